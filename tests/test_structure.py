"""The package's structure: every module imports, and no module imports one that imports it back."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "catalog")


def modules() -> dict[str, Path]:
    """Every module of the project's packages by dotted name (a package by its own name)."""
    out: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules `path` imports, anywhere in it (type-checking imports included), and
    the packages an import runs on the way (importing `a.b.c` runs `a` and `a.b` first)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    with_parents = set(found)
    for name in found:
        parts = name.split(".")
        with_parents.update(".".join(parts[:k]) for k in range(1, len(parts)))
    return {name for name in with_parents if name in known}


def graph() -> dict[str, set[str]]:
    """Who imports whom among the project's modules (a module's own packages left out)."""
    known = modules()
    out: dict[str, set[str]] = {}
    for name, path in known.items():
        own = {name.rsplit(".", k)[0] for k in range(1, name.count(".") + 1)}
        out[name] = imports(path, known) - own - {name}
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (each is an import cycle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    """No import cycle among the project's modules (replay and live, cli and demo included)."""
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check itself: a cycle of three and a self-standing module are told apart."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(n for n in modules() if n != "bot.__main__"))
def test_every_module_imports(name: str) -> None:
    """Each module imports on its own."""
    assert importlib.import_module(name).__name__ == name
