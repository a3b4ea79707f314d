"""A private jieba tokenizer, built lazily: used only to tell a company name from a common word."""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CACHE_DIR = Path(tempfile.gettempdir()) / "daigang-jieba"
"""Where the tokenizer keeps its prefix dictionary between runs (start-up ~0.6 s instead of ~1.5 s)."""

COMMON_WORD_FREQ = 300
"""A word jieba has seen at least this often is a common word, not a company's name."""


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
                    import jieba  # costs 0.3 s: only a line naming an unknown company needs it

                    CACHE_DIR.mkdir(parents=True, exist_ok=True)
                    tokenizer = jieba.Tokenizer()
                    tokenizer.tmp_dir = str(CACHE_DIR)
                    tokenizer.cache_file = "daigang-jieba.cache"
                    jieba.default_logger.setLevel(logging.WARNING)
                    tokenizer.initialize()
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

    def is_common(self, word: str) -> bool:
        """Whether `word` is an ordinary word rather than a name."""
        return self.frequency(word) >= COMMON_WORD_FREQ
