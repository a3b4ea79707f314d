"""The word segmenter reads jieba's dictionary from disk word by word and cuts as jieba does."""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from bot.understand import segmenter
from bot.understand.segmenter import DiskFrequencies, Segmenter, frequencies_file

LINES = (
    "考虑过联动魔女",
    "血汗工厂吗",
    "洪宇那边包吃吗",
    "顺大物流是正规的吗",
    "富士康和立讯哪个好",
    "我在龙华那个电子厂干过三个月",
    "u1s1这个厂还行",
)
ADDED = ("洪宇", "顺大物流", "立讯")


def _kept() -> Path:
    """The dictionary file, which this machine can keep."""
    path = frequencies_file(jieba)
    assert path is not None
    return path


@pytest.fixture(scope="module")
def in_memory() -> jieba.Tokenizer:
    """jieba's own tokenizer with its whole dictionary in memory, the same words added."""
    jieba.default_logger.setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in ADDED:
        tokenizer.add_word(word, freq=10)
    return tokenizer


def test_cuts_and_frequencies_match_jieba_in_memory(in_memory: jieba.Tokenizer) -> None:
    """Every line is cut into the same words, each with the same frequency, as in-memory jieba."""
    ours = Segmenter(ADDED)
    for line in LINES:
        words = ours.cut(line)
        assert words == [str(w) for w in in_memory.lcut(line, HMM=True)]
        for word in words:
            assert ours.frequency(word) == int(in_memory.FREQ.get(word) or 0)


def test_a_missing_or_broken_file_is_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No file, then a file that is not a database: each time the dictionary is written anew."""
    monkeypatch.setattr(segmenter, "CACHE_DIR", tmp_path / "cache")
    path = _kept()
    assert DiskFrequencies(path).get("工厂", 0) > 0
    path.write_bytes(b"not a database")
    assert _kept() == path
    assert DiskFrequencies(path).total > 0
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [path.name]


def test_words_added_at_run_time_stay_in_memory() -> None:
    """A word set on the frequencies is seen by lookups and never written to the file."""
    freq = DiskFrequencies(_kept())
    assert "嘉宝物流园" not in freq
    freq["嘉宝物流园"] = 10
    assert freq["嘉宝物流园"] == 10
    assert "嘉宝物流园" not in DiskFrequencies(_kept())
    with pytest.raises(KeyError):
        freq["嘉宝物流园区"]


def test_a_file_others_could_write_is_written_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dictionary file anyone may write is never read: a private one takes its place."""
    monkeypatch.setattr(segmenter, "CACHE_DIR", tmp_path / "cache")
    path = _kept()
    path.chmod(0o666)
    assert _kept() == path
    assert path.stat().st_mode & 0o077 == 0


def test_without_a_folder_of_its_own_the_dictionary_stays_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: jieba.Tokenizer
) -> None:
    """Where no file can be kept (the folder's place is taken), jieba's dictionary is loaded as
    jieba loads it, and lines are cut the same."""
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    monkeypatch.setattr(segmenter, "CACHE_DIR", taken)
    assert frequencies_file(jieba) is None
    ours = Segmenter(ADDED)
    for line in LINES:
        assert ours.cut(line) == [str(w) for w in in_memory.lcut(line, HMM=True)]
