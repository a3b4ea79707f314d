"""Words typed with one character of the same sound (夫七房, 建康证, 包名, 空条, 学厉).

Viewers who type by sound, and voice input that guesses, put a character of the same reading in
place of the one meant. The lexicon lists the slips seen often; this table catches the rest for
every word the understanding knows: a run of characters that reads like a known word, differs from
it in one character only and is no word of its own (面食 is food, not 面试) is read as that word.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

_LONGEST = 4
"""The longest word looked for: a longer slip is rare and its word usually has a shorter part."""
_BINDING = frozenset(
    "不吗呢吧啊呀哒啦咯嘞哟呦哦噢呗哈嘿了的得地是么嘛没有能要会可以在这那哪什啥怎咋谁就只也又都还很太完里个"
)
"""Characters that ask or bind rather than name: no known word holds one (能坐吗, 饭不) and no slip
is one (宿舍里 is no 宿舍离, 工作是 no 工作时)."""
_FUNCTION = _BINDING | frozenset("几多少点一二两三四五六七八九十百千万")
"""Those and the ones that count: in a word of two no slip is one of them (五休二 is no 午休); in a
longer word a numeral may be one (夫七房)."""
_WORD = 20
"""How often the dictionary must have seen a run of characters for it to be a word of its own
(面食 64, 抱住 1133) rather than a slip (空条 3, 学力 4)."""
_PAIR = 3
"""How often it must have seen a slip's character with its neighbour outside the run for the two to
be a word that holds the character (店长 of 能当店长不, 带薪 of 培训带薪吗)."""
_MOST_FIXES = 3
"""Slips mended in one line at the most (钱台底薪 and 夫七房 in one question)."""


def _is_cjk(word: str) -> bool:
    """Whether every character of `word` is a Chinese character."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def core_words(phrases: Iterable[str], least: int = 3) -> list[str]:
    """Words of two or three characters that open or close at least `least` of the `phrases`
    (面试 of 面试时间, 面试地点, 在哪面试): the words the phrases are built around."""
    counts: dict[str, int] = {}
    for phrase in dict.fromkeys(phrases):
        if len(phrase) < 3 or not _is_cjk(phrase):
            continue
        ends = {phrase[:n] for n in (2, 3) if n < len(phrase)} | {
            phrase[-n:] for n in (2, 3) if n < len(phrase)
        }
        for part in ends:
            counts[part] = counts.get(part, 0) + 1
    return [part for part, n in counts.items() if n >= least]


def _common(ch: str) -> bool:
    """Whether a character is among the ones everyday text is written in (GB 2312)."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_COMMON: dict[Callable[[str], str | None], dict[str, str]] = {}
"""The readings of the common characters, worked out once per process and reading function."""


def _common_readings(reading: Callable[[str], str | None]) -> dict[str, str]:
    """Every common Chinese character with a reading, and that reading."""
    table = _COMMON.get(reading)
    if table is None:
        table = {}
        for code in range(0x4E00, 0xA000):
            ch = chr(code)
            sound = reading(ch)
            if sound is not None and _common(ch):
                table[ch] = sound
        _COMMON[reading] = table
    return table


class SoundAlikes:
    """Known words by their reading, and the readings of the characters that may stand for them."""

    def __init__(
        self,
        words: Iterable[str],
        spoken: Callable[[str], list[str]],
        reading: Callable[[str], str | None],
    ) -> None:
        """Index the Chinese `words` of two to four characters by how they are read (`spoken`: a
        toneless syllable a character, read as a word: 空调 is kong tiao); where two words read
        alike the first one given is taken (the words come most telling first). `reading` gives a
        typed character's first reading, None when unknown."""
        by_sound: dict[str, str] = {}
        syllables: set[str] = set()
        for word in dict.fromkeys(words):
            if not 2 <= len(word) <= _LONGEST or not _is_cjk(word) or not _FUNCTION.isdisjoint(word):
                continue
            sounds = spoken(word)
            if len(sounds) != len(word):
                continue
            key = " ".join(sounds)
            if key not in by_sound:
                by_sound[key] = word  # the first word of a reading wins: words come most telling first
            syllables.update(sounds)
        self._words = by_sound
        self._syllables = frozenset(syllables)
        self._known = frozenset(self._words.values())
        self._openings = frozenset(" ".join(key.split(" ")[:2]) for key in by_sound)
        """The first two syllables of every word: a run opening otherwise is passed at once."""
        table = _common_readings(reading)
        self._reading = {ch: sound for ch, sound in table.items() if sound in syllables}

    def adding(
        self,
        words: Iterable[str],
        spoken: Callable[[str], list[str]],
        reading: Callable[[str], str | None],
    ) -> SoundAlikes:
        """A table holding these words as well, after the ones it has (a catalogue's names added to
        the lexicon's words, which are indexed once per process)."""
        more = SoundAlikes(words, spoken, reading)
        merged = copy.copy(self)
        merged._words = {**more._words, **self._words}
        merged._known = frozenset(merged._words.values())
        merged._openings = self._openings | more._openings
        if not more._syllables <= self._syllables:
            merged._syllables = self._syllables | more._syllables
            merged._reading = {**more._reading, **self._reading}
        return merged

    def fix(
        self,
        text: str,
        frequency: Callable[[str], int],
        kept: Callable[[str], Iterable[tuple[int, int]]] = lambda _: (),
        written: Callable[[str], bool] = lambda _: False,
    ) -> tuple[str, tuple[str, ...]] | None:
        """`text` with its sound-alikes of known words replaced by the words (a few at the most),
        and those words; None when it holds none. A run that is a word of its own (`frequency`:
        how often a dictionary has seen it), a known word or one the catalogue writes (`written`:
        急修 of 半夜急修每次补贴50元) is no slip; nor is one that cuts into a span `kept` finds in
        the text (a word the line plainly holds, 3号), looked for only once a run that sounds like
        a known word is met."""
        spans: list[tuple[int, int]] | None = None
        fixed = text
        words: list[str] = []
        for _ in range(_MOST_FIXES):
            if spans is None and not self._sounds_alike(fixed):
                break
            if spans is None:
                spans = list(kept(text))
            found = self._first(fixed, frequency, spans, written)
            if found is None:
                break
            start, word = found
            fixed = fixed[:start] + word + fixed[start + len(word) :]
            spans.append((start, start + len(word)))
            words.append(word)
        return (fixed, tuple(words)) if words else None

    def _sounds_alike(self, text: str) -> bool:
        """Whether any two characters of `text` in a row read like the opening of a known word."""
        reading = self._reading
        last = None
        for ch in text:
            sound = reading.get(ch)
            if last is not None and sound is not None and f"{last} {sound}" in self._openings:
                return True
            last = sound
        return False

    def _first(
        self,
        text: str,
        frequency: Callable[[str], int],
        kept: list[tuple[int, int]],
        written: Callable[[str], bool] = lambda _: False,
    ) -> tuple[int, str] | None:
        """Where the first sound-alike of a known word starts, and the word."""
        sounds = [self._reading.get(ch) for ch in text]
        for start in range(len(text) - 1):
            first, second = sounds[start], sounds[start + 1]
            if first is None or second is None or f"{first} {second}" not in self._openings:
                continue
            for size in range(min(_LONGEST, len(text) - start), 1, -1):
                part = sounds[start : start + size]
                if None in part:
                    continue
                word = self._words.get(" ".join(s for s in part if s is not None))
                if word is None:
                    continue
                typed = text[start : start + size]
                if sum(a != b for a, b in zip(typed, word, strict=True)) != 1:
                    break  # the word itself, or a run of other characters that only sounds alike
                end = start + size
                if any(a < end and start < b and not (start <= a and b <= end) for a, b in kept):
                    continue
                if typed in self._known or written(typed) or frequency(typed) >= _WORD:
                    break
                slip = next(n for n in range(size) if typed[n] != word[n])
                if typed[slip] in (_FUNCTION if size == 2 else _BINDING):
                    continue  # 五休二, 点钱, 过完年: a numeral or a word that only binds is no slip
                if (slip == 0 and start > 0 and frequency(text[start - 1 : start + 1]) >= _PAIR) or (
                    slip == size - 1 and end < len(text) and frequency(text[end - 1 : end + 1]) >= _PAIR
                ):
                    continue  # 能当店长不: the character belongs with its neighbour (店长), not in 涨不
                if (
                    size == 2
                    and slip == 0
                    and end < len(text)
                    and frequency(text[end - 1 : end + 1]) >= _WORD
                ):
                    continue  # 离工地: the character kept opens a word of its own (工地), not 力工's
                return start, word
        return None
