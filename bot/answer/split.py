"""Cutting free text (the host's own words) into posts: only between words, never inside a number.

A word is a run of Latin letters or digits (any digit form, with the separators a number carries:
`7000-9000`, `3.5`, `15:30`, `50%`), or a single Chinese character or punctuation mark. Pieces
break after a space or punctuation when one is near the end of the room, else between two words.
A single word longer than the room (a URL, say) is the only thing ever cut inside.
"""

from __future__ import annotations

from bot.kept.regexes import compiled
from bot.privacy import CHINESE_DIGITS

_NUMERALS = "".join(CHINESE_DIGITS) + "十百千万"
_WORD = compiled(
    r"\s+"
    r"|[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a_]+(?:[.,:/\-~%％．：／－][0-9A-Za-z\uff10-\uff19]+)*%?"
    rf"|[{_NUMERALS}]+"
    r"|."
)
_PAUSE = compiled(r"[，。！？；、,.!?;:：…）)】」』]")
"""A good place to end a piece: after a punctuation mark."""


def words(text: str) -> list[str]:
    """`text` as its unbreakable words, in order (joined they give `text` back)."""
    return _WORD.findall(text)


def split_words(text: str, width: int) -> list[str]:
    """Pieces of at most `width` characters, cut only between words; spaces at the cuts dropped."""
    width = max(1, width)
    text = " ".join(text.split())
    if len(text) <= width:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    pause = 0  # words in `current` up to its last pause
    for whole in words(text):
        word = whole
        if size + len(word) > width and current:
            cut = pause if pause * 3 >= len(current) * 2 and pause > 0 else len(current)
            pieces.append("".join(current[:cut]).strip())
            current = current[cut:]
            size = sum(len(w) for w in current)
            pause = 0
        while len(word) > width:  # one word longer than a whole post
            pieces.append(word[:width])
            word = word[width:]
        if not current and word.isspace():
            continue
        current.append(word)
        size += len(word)
        if _PAUSE.fullmatch(word[-1]):
            pause = len(current)
    if current:
        pieces.append("".join(current).strip())
    return [piece for piece in pieces if piece] or [""]
