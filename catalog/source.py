"""A parsed catalogue file before validation: its plain data and where every value came from.

YAML and JSON are parsed here with the line of each key and list item; sheets build the same
structure with cells for places (catalog.sheets).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from catalog.errors import CatalogError, cell_name
from catalog.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, shorten, size_words

PathKey = tuple[str | int, ...]
"""Where a value sits in the data: keys and list indexes from the top, e.g. ("jobs", 2, "pay", "min")."""


@dataclass(frozen=True)
class Place:
    """Where a value is in its file: a line for YAML/JSON, a sheet cell (or row) for CSV/XLSX."""

    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: int | None = None

    def describe(self) -> str:
        """The place in words for a message: `line 12`, `jobs!R3C2`, `R3C2` or `jobs`."""
        if self.line is not None:
            return f"line {self.line}"
        cell = cell_name(self.row, self.column)
        if self.sheet is not None:
            return f"{self.sheet}!{cell}" if cell else self.sheet
        return cell or "the file"


@dataclass(frozen=True)
class Note:
    """A problem found while parsing, tied to a data path (and a place when the path's own is not it)."""

    path: PathKey
    message: str
    place: Place | None = None


@dataclass
class Source:
    """Plain data read from one file, with the place of each path and the problems met on the way."""

    file: str
    data: object
    places: dict[PathKey, Place] = field(default_factory=dict)
    texts: dict[PathKey, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    def place_of(self, path: PathKey) -> Place:
        """The place of `path`, or of its nearest recorded parent."""
        for end in range(len(path), -1, -1):
            found = self.places.get(path[:end])
            if found is not None:
                return found
        return Place()


MAX_TEXT_BYTES = 4 << 20
"""The largest YAML or JSON catalogue read: parsing text costs far more per byte than a sheet."""
MAX_ALIASED = 10_000
"""The most values YAML aliases may repeat in all (a few `<<: *defaults` need a few hundred)."""


def read_text(path: Path) -> str:
    """A UTF-8 text file's content (a leading BOM dropped); raise CatalogError when it cannot be read."""
    decoded = read_bytes(path, MAX_TEXT_BYTES)
    try:
        return decoded.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = decoded[: exc.start].count(b"\n") + 1
        raise CatalogError.single(str(path), "not UTF-8 text: save the file as UTF-8", line) from exc


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes; raise CatalogError naming the file when it is missing, unreadable or over `limit`."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise CatalogError.single(
                str(path), f"the file is larger than {size_words(limit)}: not a catalogue this tool reads"
            )
        return data
    except FileNotFoundError as exc:
        raise CatalogError.single(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise CatalogError.single(str(path), "is a directory, not a catalogue file") from exc
    except PermissionError as exc:
        raise CatalogError.single(str(path), "cannot read the file: permission denied") from exc
    except OSError as exc:
        raise CatalogError.single(str(path), f"cannot read the file: {exc.strerror or exc}") from exc


class _TooBig(Exception):
    """A YAML document over a cap, with the line where it went over."""

    def __init__(self, message: str, line: int) -> None:
        """Keep the message and the 1-based line."""
        super().__init__(message)
        self.message = message
        self.line = line


class _Budget:
    """Counts a YAML document's values as the composer takes its events: depth, values, aliases.

    An alias counts as every value it repeats (its anchor's size is known once the anchor's node
    ends), so a "billion laughs" of nested aliases is refused after a few events, and nesting is
    refused before the composer recurses past `MAX_DEPTH`.
    """

    def __init__(self) -> None:
        """Nothing counted yet."""
        self.open: list[tuple[str | None, int]] = []
        self.sizes: dict[str, int] = {}
        self.values = 0
        self.aliased = 0

    def take(self, event: yaml.Event) -> None:
        """Count one event; raise _TooBig when the document goes over a cap."""
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.CollectionStartEvent):
            if len(self.open) >= MAX_DEPTH:
                raise _TooBig(f"nested more than {MAX_DEPTH} levels deep", line)
            self.open.append((event.anchor, 0))
            return
        if isinstance(event, yaml.CollectionEndEvent) and self.open:
            anchor, inside = self.open.pop()
            self._add(inside + 1, anchor, line)
        elif isinstance(event, yaml.ScalarEvent):
            self._add(1, event.anchor, line)
        elif isinstance(event, yaml.AliasEvent):
            size = self.sizes.get(str(event.anchor))
            if size is None:
                raise _TooBig(f"the alias *{event.anchor} repeats a value that contains it", line)
            self.aliased += size
            if self.aliased > MAX_ALIASED:
                raise _TooBig(
                    f"aliases repeat more than {MAX_ALIASED:,} values: write the values out"
                    " instead of nesting aliases",
                    line,
                )
            self._add(size, None, line, counted=False)

    def _add(self, size: int, anchor: str | None, line: int, counted: bool = True) -> None:
        """Add a finished value of `size` values to the collection it is in."""
        if anchor is not None:
            self.sizes[anchor] = size
        if counted:
            self.values += 1
            if self.values > MAX_NODES:
                raise _TooBig(f"more than {MAX_NODES:,} values: not a catalogue this tool reads", line)
        if self.open:
            name, inside = self.open[-1]
            self.open[-1] = (name, inside + size)


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where it is installed (ten times faster); the pure-Python one otherwise."""


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]  # chosen at import time
    """YAML 1.1 safe loading, except that dates stay text (`date: 2024-05-01` is the string)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_MERGE_TAG = "tag:yaml.org,2002:merge"
_INT_TAG = "tag:yaml.org,2002:int"
_OCTAL = re.compile(r"[-+]?0[0-7_]+")


def parse_yaml(file: str, text: str) -> Source:
    """Parse YAML text, recording each key's line; duplicate keys become notes. Raises CatalogError."""
    try:
        budget = _Budget()
        for event in yaml.parse(text, Loader=_Loader):
            budget.take(event)
    except _TooBig as exc:
        raise CatalogError.single(file, exc.message, exc.line) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(file, exc) from None
    except yaml.YAMLError as exc:
        raise CatalogError.single(file, f"YAML syntax error: {exc}") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        source = Source(file=file, data=None)
        if node is not None:
            _walk_yaml(loader, node, (), source, set())
            source.places[()] = Place(line=node.start_mark.line + 1)
            source.data = loader.construct_document(node)
        return source
    except RecursionError:
        raise CatalogError.single(file, f"nested more than {MAX_DEPTH} levels deep") from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(file, exc) from exc
    except yaml.YAMLError as exc:
        raise CatalogError.single(file, f"YAML syntax error: {exc}") from exc
    finally:
        loader.dispose()


def _syntax_error(file: str, exc: yaml.MarkedYAMLError) -> CatalogError:
    """A YAML syntax error as one problem at its line."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    what = exc.problem or exc.context or "unreadable YAML"
    return CatalogError.single(file, f"YAML syntax error: {shorten(what, 120)}", line)


def _walk_yaml(loader: _Loader, node: yaml.Node, path: PathKey, source: Source, active: set[int]) -> None:
    """Record lines and scalar texts under `node` and note duplicate mapping keys."""
    if id(node) in active:
        return
    active.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        source.texts[path] = str(node.value)
        if node.tag == _INT_TAG and _OCTAL.fullmatch(str(node.value)):
            message = (
                f"{shorten(str(node.value))} reads as an octal number in YAML: drop the leading 0 or quote it"
            )
            source.notes.append(Note(path, message, Place(line=node.start_mark.line + 1)))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            source.places[(*path, index)] = Place(line=item.start_mark.line + 1)
            _walk_yaml(loader, item, (*path, index), source, active)
    elif isinstance(node, yaml.MappingNode):
        first_line: dict[object, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
                continue
            key = loader.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str | int):
                key = str(key_node.value)
            sub = (*path, key)
            if key in first_line:
                source.notes.append(
                    Note(
                        sub,
                        f"duplicate key {shorten(repr(key))} (first at line {first_line[key]})",
                        Place(line=line),
                    )
                )
            else:
                first_line[key] = line
            source.places[sub] = Place(line=line)
            _walk_yaml(loader, value_node, sub, source, active)
    active.discard(id(node))


_SPACE = re.compile(r"[ \t\n\r]*")


def parse_json(file: str, text: str) -> Source:
    """Parse JSON text, recording each key's line; duplicate keys become notes. Raises CatalogError."""
    _json_shape(file, text)
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError.single(file, f"JSON syntax error: {exc.msg}", exc.lineno) from exc
    except RecursionError as exc:
        raise CatalogError.single(file, "JSON nested too deeply") from exc
    return _JsonWalker(file, text).run()


_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]')


def _json_shape(file: str, text: str) -> None:
    """Refuse JSON nested deeper than `MAX_DEPTH` or holding more than `MAX_NODES` values, before
    a recursive parser meets it (the line of the first value over the cap is named)."""
    depth = 0
    values = 0
    for match in _JSON_TOKEN.finditer(text):
        char = match.group(0)[0]
        if char in "[{":
            depth += 1
            values += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                raise CatalogError.single(file, f"nested more than {MAX_DEPTH} levels deep", line)
        elif char in "]}":
            depth -= 1
        elif char == ",":
            values += 1
            if values > MAX_NODES:
                line = text.count("\n", 0, match.start()) + 1
                raise CatalogError.single(
                    file, f"more than {MAX_NODES:,} values: not a catalogue this tool reads", line
                )


class _JsonWalker:
    """Re-reads JSON already known to be valid, noting the line of each key and item."""

    def __init__(self, file: str, text: str) -> None:
        """Prepare to walk `text` (valid JSON) from `file`."""
        self.text = text
        self.source = Source(file=file, data=None)
        self.decoder = json.JSONDecoder()
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def run(self) -> Source:
        """Walk the whole document and return its Source."""
        start = self._skip(0)
        self.source.places[()] = Place(line=self._line(start))
        self.source.data, _ = self._value(start, ())
        return self.source

    def _skip(self, index: int) -> int:
        """The index of the next non-blank character."""
        match = _SPACE.match(self.text, index)
        return match.end() if match else index

    def _line(self, index: int) -> int:
        """The 1-based line of character `index`."""
        return bisect.bisect_left(self.newlines, index) + 1

    def _value(self, index: int, path: PathKey) -> tuple[object, int]:
        """Decode the value starting at `index`; return it and the index after it."""
        char = self.text[index]
        if char == "{":
            return self._object(index + 1, path)
        if char == "[":
            return self._array(index + 1, path)
        value, end = self.decoder.raw_decode(self.text, index)
        self.source.texts[path] = self.text[index:end]
        return value, end

    def _object(self, index: int, path: PathKey) -> tuple[object, int]:
        """Decode an object's members after its `{`."""
        result: dict[str, object] = {}
        first_line: dict[str, int] = {}
        index = self._skip(index)
        if self.text[index] == "}":
            return result, index + 1
        while True:
            index = self._skip(index)
            line = self._line(index)
            key, index = self.decoder.raw_decode(self.text, index)
            assert isinstance(key, str)
            sub = (*path, key)
            if key in first_line:
                self.source.notes.append(
                    Note(
                        sub,
                        f"duplicate key {shorten(repr(key))} (first at line {first_line[key]})",
                        Place(line=line),
                    )
                )
            else:
                first_line[key] = line
            self.source.places[sub] = Place(line=line)
            index = self._skip(self._skip(index) + 1)
            result[key], index = self._value(index, sub)
            index = self._skip(index)
            if self.text[index] == "}":
                return result, index + 1
            index += 1

    def _array(self, index: int, path: PathKey) -> tuple[object, int]:
        """Decode an array's items after its `[`."""
        result: list[object] = []
        index = self._skip(index)
        if self.text[index] == "]":
            return result, index + 1
        while True:
            index = self._skip(index)
            sub = (*path, len(result))
            self.source.places[sub] = Place(line=self._line(index))
            value, index = self._value(index, sub)
            result.append(value)
            index = self._skip(index)
            if self.text[index] == "]":
                return result, index + 1
            index += 1
