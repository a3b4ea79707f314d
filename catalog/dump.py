"""Writing a catalogue as YAML or JSON: readable, in field order, without missing values."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from catalog.models import Catalog


def catalog_data(catalog: Catalog) -> dict[str, Any]:
    """A catalogue as plain JSON-ready data, leaving out missing values and empty lists."""
    pruned: dict[str, Any] = _pruned(catalog.model_dump(mode="json", exclude_none=True))
    return pruned


def _pruned(value: Any) -> Any:
    """`value` with empty lists dropped from every mapping (an empty mapping stays: it was given)."""
    if isinstance(value, dict):
        return {key: _pruned(item) for key, item in value.items() if item != []}
    if isinstance(value, list):
        return [_pruned(item) for item in value]
    return value


class _Dumper(yaml.SafeDumper):
    """YAML output with list items indented under their key and multi-line text as `|` blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent block sequences inside mappings (PyYAML's default puts `-` at the key's column)."""
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Represent text, as a literal block when it spans lines."""
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    """Represent a list, on one line (`[华辰, 华辰电子]`) when it holds a few short single-line texts."""
    short = all(isinstance(item, str) and "\n" not in item for item in value)
    flow = short and sum(len(item) + 2 for item in value) <= 60
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(list, _list)

_TOP_ITEM = re.compile(r"^(  - |[a-z_]+:)")


def to_yaml(catalog: Catalog) -> str:
    """A catalogue as readable YAML (Chinese as is, keys in field order, a blank line between entries)."""
    text = yaml.dump(
        catalog_data(catalog),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    lines = text.splitlines()
    spaced: list[str] = []
    for index, line in enumerate(lines):
        if index > 0 and _TOP_ITEM.match(line) and not lines[index - 1].endswith(":"):
            spaced.append("")
        spaced.append(line)
    return "\n".join(spaced) + "\n"


def to_json(catalog: Catalog) -> str:
    """A catalogue as indented JSON with Chinese as is."""
    return json.dumps(catalog_data(catalog), ensure_ascii=False, indent=2) + "\n"
