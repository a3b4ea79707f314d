"""Regular expressions built from opcodes kept between runs behave as `re.compile`'s."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.kept import regexes
from bot.kept.regexes import _Kept, compiled

PATTERNS = (
    r"(\d{1,3})\s*号",
    r"^(?P<head>[\u4e00-\u9fff]{1,6})(是啥|是什么)$",
    r"(?<![\d.])1[4-9]\d(?![\d.])\s*(以上|以下|cm)",
    r"包(吃|住)+(吗|不|没)?",
    r"(?i)wifi|无线网",
)
TEXTS = ("3号宿舍几人间", "线束是啥", "身高165以上能去吗", "包吃住吗", "WiFi免费吗", "666", "")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "daigang"


def _same(ours: re.Pattern[str], theirs: re.Pattern[str]) -> None:
    """Two pattern objects alike in every way a caller can see."""
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    for text in TEXTS:
        mine, other = ours.search(text), theirs.search(text)
        assert (mine and (mine.span(), mine.groups())) == (other and (other.span(), other.groups()))


def test_patterns_match_as_python_compiles_them(cache: Path) -> None:
    """Compiled fresh, then from kept opcodes in a later run: both as `re.compile` makes them."""
    first = _Kept()
    for pattern in PATTERNS:
        _same(first.compile(pattern, 0), re.compile(pattern))
    first.save()
    kept = list(cache.glob("regexes-*.marshal"))
    assert len(kept) == 1
    assert kept[0].stat().st_mode & 0o077 == 0
    later = _Kept()
    for pattern in PATTERNS:
        _same(later.compile(pattern, 0), re.compile(pattern))
    assert later._table is not None
    assert set(later._table) == {(p, 0) for p in PATTERNS}


def test_a_kept_file_others_could_write_or_not_marshal_is_ignored(cache: Path) -> None:
    """A kept file writable by others, or one that is not what was written, is passed over."""
    first = _Kept()
    first.compile(PATTERNS[0], 0)
    first.save()
    path = next(cache.glob("regexes-*.marshal"))
    os.chmod(path, 0o666)
    assert _Kept()._load() == {}
    os.chmod(path, 0o600)
    path.write_bytes(b"\x00not marshal")
    doubtful = _Kept()
    assert doubtful._load() == {}
    _same(doubtful.compile(PATTERNS[1], 0), re.compile(PATTERNS[1]))


def test_a_bad_pattern_is_refused_as_python_refuses_it() -> None:
    """An invalid pattern raises re.error, as `re.compile` does."""
    with pytest.raises(re.error):
        compiled("(unclosed")


def test_a_kept_entry_the_engine_refuses_is_compiled_again(cache: Path) -> None:
    """Opcodes the engine will not take (a damaged entry) are dropped and the pattern compiled anew."""
    kept = _Kept()
    table = kept._load()
    table[(PATTERNS[3], 0)] = (0, [999, 999], 0, {}, ())
    _same(kept.compile(PATTERNS[3], 0), re.compile(PATTERNS[3]))
    assert table[(PATTERNS[3], 0)][1] != [999, 999]
    assert len(table) < regexes.MOST


def test_patterns_with_flags_are_kept_and_leave_no_stray_file(cache: Path) -> None:
    """A pattern given `re.I` (an enum member, which the file cannot hold) is kept under its number,
    and the folder holds the kept file alone afterwards."""
    first = _Kept()
    _same(first.compile(r"[a-z]+信", re.I), re.compile(r"[a-z]+信", re.I))
    first.save()
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".marshal")] == []
    later = _Kept()
    _same(later.compile(r"[a-z]+信", re.I), re.compile(r"[a-z]+信", re.I))
    assert later._table is not None
    assert set(later._table) == {(r"[a-z]+信", int(re.I))}


def _keep_all() -> None:
    """A run that compiles every one of `PATTERNS` and keeps them."""
    first = _Kept()
    for pattern in PATTERNS:
        first.compile(pattern, 0)
    first.save()


def test_a_run_that_compiles_anew_keeps_only_the_patterns_it_used(cache: Path) -> None:
    """Patterns edited away leave the file when a later run writes it; those it used stay."""
    _keep_all()
    later = _Kept()
    later.compile(PATTERNS[0], 0)  # kept: read from the file
    later.compile(r"新的(模式)", 0)  # new: the file is written again at exit
    later.save()
    again = _Kept()
    assert set(again._load()) == {(PATTERNS[0], 0), (r"新的(模式)", 0)}


def test_a_run_that_compiles_nothing_new_leaves_the_file_alone(cache: Path) -> None:
    """A run using a few of the kept patterns, none new, writes nothing: the rest stay kept."""
    _keep_all()
    later = _Kept()
    later.compile(PATTERNS[1], 0)
    later.save()
    assert len(_Kept()._load()) == len(PATTERNS)
