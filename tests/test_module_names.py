"""A module's constants are bound once: a second `_NAME = …` at the top of a module silently replaces
the first for every function that reads it, so the rule written first stops working unseen."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("catalog/**/*.py")])


def _constants_bound(tree: ast.Module) -> Counter[str]:
    """How many times each upper-case name is bound by a statement at the module's top level."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                bound[target.id] += 1
    return bound


def test_there_are_sources_to_read() -> None:
    """The check reads the project's own modules, not an empty list."""
    assert any(p.name == "asked.py" for p in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_constant_is_bound_twice(path: Path) -> None:
    """Each module-level constant is assigned once."""
    bound = _constants_bound(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, n in bound.items() if n > 1] == []
