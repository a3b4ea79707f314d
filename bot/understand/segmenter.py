"""A private jieba tokenizer, built lazily: used only to tell a company name from a common word.

jieba's own start-up reads its whole prefix dictionary (half a million words) into memory, about
0.8 s of CPU, although a stream needs the frequencies of a few dozen words in all. Here the
dictionary is written once per machine to an SQLite file, and the tokenizer looks words up in it as
it meets them: the same segmentation, for the cost of importing jieba and a few indexed reads."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.kept.folder import private

CACHE_DIR = Path(tempfile.gettempdir()) / "daigang-jieba"
"""Where the word frequencies are kept between runs (built on first need, about 2 s)."""

COMMON_WORD_FREQ = 300
"""A word jieba has seen at least this often is a common word, not a company's name."""


class DiskFrequencies:
    """jieba's prefix dictionary (word -> frequency, 0 for a prefix that is no word) read from an
    SQLite file word by word, remembering each answer; words added at run time stay in memory.

    It offers what jieba's tokenizer asks of its dictionary: `in`, `[]`, `get` and assignment."""

    def __init__(self, path: Path) -> None:
        """Open the file read-only; its total is what jieba divides frequencies by."""
        import sqlite3  # like jieba itself, loaded only for a line that needs the segmenter

        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._known: dict[str, int | None] = {}
        row = self._db.execute("SELECT n FROM total").fetchone()
        self.total = int(row[0])

    def _lookup(self, word: str) -> int | None:
        """The word's frequency, None when the dictionary has neither it nor a word it begins."""
        try:
            return self._known[word]
        except KeyError:
            pass
        with self._lock:
            row = self._db.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
        found = None if row is None else int(row[0])
        self._known[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        """Whether `word` is a word or a word's beginning."""
        return isinstance(word, str) and self._lookup(word) is not None

    def __getitem__(self, word: str) -> int:
        """The word's frequency; KeyError when unknown."""
        found = self._lookup(word)
        if found is None:
            raise KeyError(word)
        return found

    def get(self, word: str, default: int | None = None) -> int | None:
        """The word's frequency, or `default` when unknown."""
        found = self._lookup(word)
        return default if found is None else found

    def __setitem__(self, word: str, freq: int) -> None:
        """Add or change a word for this run only."""
        self._known[word] = freq


def _frequencies_path(version: str) -> Path:
    """Where the dictionary of one jieba version is kept."""
    return CACHE_DIR / f"frequencies-{version}.sqlite3"


def frequencies_file(jieba: Any) -> Path | None:
    """The SQLite file of jieba's dictionary, written now when it is missing or unreadable; None
    when none of the user's own can be kept (a folder another user holds, a full disk)."""
    import sqlite3

    path = _frequencies_path(jieba.__version__)
    if private(path):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                db.execute("SELECT n FROM total").fetchone()
            return path
        except sqlite3.Error:
            pass  # unreadable: written again
    tmp: str | None = None
    try:
        CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
        freq, total = jieba.Tokenizer().gen_pfdict(jieba.Tokenizer().get_dict_file())
        fd, tmp = tempfile.mkstemp(dir=CACHE_DIR, suffix=".tmp")
        os.close(fd)
        db = sqlite3.connect(tmp)
        with db:
            db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE total (n INTEGER NOT NULL)")
            db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
            db.execute("INSERT INTO total VALUES (?)", (total,))
        db.close()
        os.replace(tmp, path)  # another process building it at the same time writes the same file
        return path
    except (OSError, sqlite3.Error):
        return None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


_SHARED: list[DiskFrequencies | None] = []
"""The dictionary file opened once per process for `Segmenter.seen` (empty until first need)."""
_SHARED_LOCK = threading.Lock()


def _kept_file() -> Path | None:
    """The dictionary file written on an earlier run for the jieba installed, found without
    importing jieba (a tenth of a second): its version read from its source; None when not there."""
    import importlib.util
    import re

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    try:
        with open(spec.origin, encoding="utf-8") as fh:
            found = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", fh.read(4096), re.MULTILINE)
    except OSError:
        return None
    path = _frequencies_path(found.group(1)) if found else None
    return path if path is not None and private(path) else None


def _shared_frequencies() -> DiskFrequencies | None:
    """jieba's dictionary read from its SQLite file, shared by every segmenter of the process."""
    import sqlite3

    with _SHARED_LOCK:
        if not _SHARED:
            path = _kept_file()
            if path is not None:
                try:
                    _SHARED.append(DiskFrequencies(path))
                except sqlite3.Error:
                    path = None
            if path is None:
                import jieba  # its version and, the first time on a machine, its dictionary

                path = frequencies_file(jieba)
                _SHARED.append(DiskFrequencies(path) if path is not None else None)
        return _SHARED[0]


class Segmenter:
    """jieba's word list and segmentation, on a tokenizer of its own (never jieba's global one)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        """Remember the words to add; nothing is loaded until first use."""
        self._words = tuple(dict.fromkeys(w for w in words if len(w) >= 2))
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        """A snapshot keeps the words only: the tokenizer loads again on first use."""
        return {"_words": self._words}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore from a snapshot, tokenizer not yet loaded."""
        self._words = state["_words"]
        self._tokenizer = None
        self._lock = threading.Lock()

    def _ready(self) -> Any:
        """The initialised tokenizer (loaded on first call)."""
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    import logging

                    import jieba  # 0.1 s: only a line naming an unknown company needs it

                    jieba.default_logger.setLevel(logging.WARNING)
                    tokenizer = jieba.Tokenizer()
                    path = frequencies_file(jieba)
                    if path is None:
                        tokenizer.initialize()  # no file of our own: the whole dictionary in memory
                    else:
                        frequencies = DiskFrequencies(path)
                        tokenizer.FREQ = frequencies
                        tokenizer.total = frequencies.total
                        tokenizer.initialized = True  # the file is its dictionary, read word by word
                    for word in self._words:
                        tokenizer.add_word(word, freq=10)
                    self._tokenizer = tokenizer
        return self._tokenizer

    def warm(self) -> None:
        """Load the tokenizer now rather than on the first line that needs it."""
        self._ready()

    def cut(self, text: str) -> list[str]:
        """The words of `text`."""
        return [str(w) for w in self._ready().lcut(text, HMM=True)]

    def frequency(self, word: str) -> int:
        """How often jieba's dictionary has seen `word` (0 for an unknown word)."""
        return int(self._ready().FREQ.get(word) or 0)

    def seen(self, word: str) -> int:
        """How often jieba's own dictionary has seen `word`, without the words this segmenter adds
        and without building its tokenizer (a lookup in the file every segmenter shares)."""
        shared = _shared_frequencies()
        if shared is None:
            return self.frequency(word)
        return int(shared.get(word) or 0)

    def is_common(self, word: str) -> bool:
        """Whether `word` is an ordinary word rather than a name."""
        return self.frequency(word) >= COMMON_WORD_FREQ
