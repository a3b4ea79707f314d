"""Toneless pinyin of words, remembered on disk.

pypinyin's phrase dictionaries cost about 70 MB and 0.2 s to load; the bot only needs the pinyin
of its lexicon and catalogue names, which rarely change. They are kept in a small JSON file in the
temporary folder, and pypinyin is loaded only for a word not seen before.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import tempfile
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "daigang-cache" / "pinyin.json"


class PinyinCache:
    """Word -> pinyin, read from `path` once, computed with pypinyin for new words."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: dict[str, str] | None = None
        self._added = 0

    def _load(self) -> dict[str, str]:
        """The remembered keys (empty when the file is missing or unreadable)."""
        if self._known is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._known = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._known = {}
        return self._known

    def key(self, word: str) -> str:
        """A word's toneless pinyin run together (工资 -> gongzi)."""
        known = self._load()
        key = known.get(word)
        if key is None:
            from pypinyin import Style, lazy_pinyin

            key = "".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore")).lower()
            known[word] = key
            self._added += 1
        return key

    def remember(self) -> None:
        """Write new keys to the file (atomically; a read-only folder is no error)."""
        if not self._added or self._known is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._known, fh, ensure_ascii=False)
            os.replace(tmp, self.path)
            self._added = 0
        except OSError:
            pass


_CACHE = PinyinCache(CACHE)


def pinyin_key(word: str) -> str:
    """A word's toneless pinyin run together (工资 -> gongzi)."""
    return _CACHE.key(word)


def initials_key(word: str) -> str:
    """The first letters of a word's syllables, one a character (设备技术员 -> sbjsy)."""
    return "".join(pinyin_key(ch)[:1] for ch in word)


def remember() -> None:
    """Keep the pinyin computed so far for the next start."""
    _CACHE.remember()


_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_READINGS: dict[int, str] | None = None
READINGS = CACHE.parent / "readings.marshal"
"""The disk copy of the toneless single-character table."""


def _readings() -> dict[int, str]:
    """Each character's first toneless reading, from pypinyin's single-character table read as data
    (importing pypinyin itself loads its phrase dictionary: half a second), kept on disk in marshal
    form after the first run (a tenth of a second to read the table, a few milliseconds the copy)."""
    global _READINGS  # noqa: PLW0603  # one table per process, read on first need
    if _READINGS is None:
        _READINGS = _remembered_readings()
    return _READINGS


def _remembered_readings() -> dict[int, str]:
    """The table from the disk copy, or read afresh from pypinyin's data and copied to disk."""
    try:
        data = marshal.loads(READINGS.read_bytes())
        if isinstance(data, dict) and data:
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table: dict[int, str] = {}
    spec = importlib.util.find_spec("pypinyin")
    for folder in list(spec.submodule_search_locations or []) if spec is not None else []:
        try:
            raw = json.loads((Path(folder) / "pinyin_dict.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        table = {int(k): str(v).split(",", 1)[0].translate(_TONELESS) for k, v in raw.items()}
        break
    if table:
        try:
            READINGS.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=READINGS.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(table))
            os.replace(tmp, READINGS)
        except OSError:
            pass
    return table


def sound_key(word: str) -> str:
    """A word's sound, character by character (华辰 -> huachen): what a sound-alike name shares."""
    readings = _readings()
    return "".join(readings.get(ord(ch), ch) for ch in word.lower())


def reading(ch: str) -> str | None:
    """A character's first toneless reading (资 -> zi), None for a character without one."""
    return _readings().get(ord(ch))


_SYLLABLES: dict[str, list[str]] = {}
"""Words read so far by `syllables`, for the next understander built in the same process."""


def syllables(word: str) -> list[str]:
    """A word's toneless syllables as the word is read (空调 -> kong, tiao), one a character."""
    found = _SYLLABLES.get(word)
    if found is None:
        from pypinyin import Style, lazy_pinyin  # only when an understander is built

        found = [s.lower() for s in lazy_pinyin(word, style=Style.NORMAL, errors="ignore")]
        _SYLLABLES[word] = found
    return found
