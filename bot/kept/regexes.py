"""Regular expressions compiled once per machine rather than once per process.

Python compiles a pattern in two steps: its parser and code generator, written in Python, turn the
pattern into a list of opcodes, and the C engine builds the pattern object from that list (checking
every opcode it is given). For the understanding's few hundred patterns the first step costs about
a tenth of a second of CPU in every process that starts — as much as reading ten thousand comments.

So the opcode lists are kept in the user's cache folder, one file per Python version and engine
version, and a later process builds its patterns straight from them: the same objects `re.compile`
makes, for a fiftieth of the cost. Anything unexpected (another Python, a file that cannot be read
or is not the user's own) falls back to `re.compile`, which is always right.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from typing import Any

from bot.kept.folder import cache_dir, private, trusted

_sre: Any = importlib.import_module("_sre")
"""The C engine (no typed stubs): `_sre.compile` builds a pattern object from its opcodes."""
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the engine needs besides the pattern: flags, opcodes, groups, group names both ways."""

MOST = 4000
"""Patterns kept at the most; a file grown past it (patterns since edited away) starts afresh."""


def _file_name() -> str:
    """The kept opcodes' file: one per Python build and engine version."""
    return f"regexes-{sys.implementation.cache_tag}-{sys.version_info[2]}-{_sre.MAGIC}.marshal"


def _entry(pattern: str, flags: int) -> Entry:
    """Parse and generate the opcodes of a pattern, as `re.compile` does."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    names = dict(parsed.state.groupdict)
    index: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(index)


class _Kept:
    """The opcodes of the patterns compiled on this machine, read on first use and written at exit
    when the run compiled new ones — then only the patterns this run used, so that patterns edited
    away do not make every later process read a larger file (a run that misses some compiles them
    afresh and keeps them in turn)."""

    def __init__(self) -> None:
        self._table: dict[tuple[str, int], Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        self._added = False

    def _load(self) -> dict[tuple[str, int], Entry]:
        """The kept opcodes (empty when there is no file of the user's own to read)."""
        if self._table is None:
            self._table = {}
            path = cache_dir() / _file_name()
            try:
                if trusted(path):
                    found = marshal.loads(path.read_bytes())  # our own file, checked by trusted()
                    if isinstance(found, dict) and len(found) <= MOST:
                        self._table = found
            except (OSError, ValueError, EOFError, TypeError):
                pass
        return self._table

    def save(self) -> None:
        """Write the opcodes of this run's new patterns for the next one (nothing when that fails)."""
        if not self._added or self._table is None:
            return
        try:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not private(folder):
                return
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        except OSError:
            return
        try:
            kept = {key: entry for key, entry in self._table.items() if key in self._used}
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(kept, fh)
            os.replace(tmp, folder / _file_name())
            self._added = False
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(tmp)  # a half-written file is no use to the next run

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """The pattern object, from kept opcodes when there are some."""
        flags = int(flags)  # re.I is an enum member, which the file cannot hold: the number can
        table = self._load()
        self._used.add((pattern, flags))
        entry = table.get((pattern, flags))
        if entry is not None:
            try:
                found: re.Pattern[str] = _sre.compile(pattern, *entry)
                return found
            except Exception:  # a kept entry in doubt: compiled again below
                table.pop((pattern, flags), None)
        try:
            entry = _entry(pattern, flags)
            found = _sre.compile(pattern, *entry)
        except re.error:
            raise
        except Exception:  # another Python's internals: compile as Python does
            return re.compile(pattern, flags)
        if len(table) >= MOST:
            table.clear()
        table[(pattern, flags)] = entry
        if not self._added:
            self._added = True
            atexit.register(self.save)
        return found


_KEPT = _Kept()


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept opcodes when this machine has compiled it before."""
    return _KEPT.compile(pattern, flags)
