"""Is a normalised line a question, and which of the twelve intents does it ask (primary first)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.understand.lexicon import Lexicon
from bot.understand.normalize import PUNCTUATION
from bot.understand.terms import Hit

_CLAUSES = re.compile(r"[\s,.!?;:~、。…]+")
_X_NOT_X = re.compile(r"([\u4e00-\u9fff]{1,2})[不没]\1")
_XY_NOT_X = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff][不没]\1(?=$|[\s?,.!~吗么嘛啊呀])")
"""包住不包, 管饭不管: the verb asked again after 不, a spoken X不X."""
_LAUGHTER = frozenset("哈h嘿呵嘻啊哇呜草6嗯哦噢喔诶欸额呃")
_INDEFINITE = ("都", "也", "无所谓")
_IGNORABLE = PUNCTUATION | frozenset(" 0123456789号")

STRONG = 0.9
PATTERN = 0.85
BARE = 0.8
WEAK = 0.6


@dataclass(frozen=True, slots=True)
class Scored:
    """One intent with where its evidence starts and how sure we are."""

    intent: str
    position: int
    confidence: float


def core_of(text: str) -> str:
    """The line without punctuation and spaces."""
    return "".join(ch for ch in text if ch not in PUNCTUATION and ch != " ")


def is_laughter(core: str) -> bool:
    """A line of laughter and exclamation only (哈哈, hhh, 666, 啊啊)."""
    return bool(core) and all(ch in _LAUGHTER for ch in core)


def is_marked_question(text: str, hits: Iterable[Hit], final_particles: tuple[str, ...]) -> bool:
    """A question mark, a question word, an X不X, or a question particle closing a clause."""
    if "?" in text:
        return True
    # 什么都行, 干啥都好: a question word before 都/也 is indefinite, not a question.
    if any(h.term.question and not text.startswith(_INDEFINITE, h.end) for h in hits):
        return True
    if _X_NOT_X.search(text) or _XY_NOT_X.search(text):
        return True
    # A clause that is only a particle (没有，我近视) answers rather than asks.
    return any(
        clause.endswith(final_particles) and clause not in final_particles
        for clause in _CLAUSES.split(text)
        if clause
    )


def leftover(
    text: str,
    hits: Iterable[Hit],
    spans: Iterable[tuple[int, int]],
    *,
    weak_is_topic: bool = False,
    ignore: Iterable[str] = (),
) -> str:
    """What is left of a line once every known term, reference and sign is taken out.

    A term that is only a weak topic word stays in the leftover unless `weak_is_topic`:
    加班辛苦 is a statement, not the bare topic 加班. So does an exclamation (我还是喜欢长白班).
    """
    covered = bytearray(len(text))
    for hit in hits:
        term = hit.term
        if not weak_is_topic and term.weak and not (term.strong or term.filler or term.question):
            continue
        if term.not_question and not (term.strong or term.filler):
            continue
        covered[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    for start, end in [*spans, *(m.span() for m in _X_NOT_X.finditer(text))]:
        covered[start:end] = b"\x01" * (end - start)
    rest = "".join(ch for ch, c in zip(text, covered, strict=True) if not c and ch not in _IGNORABLE)
    for word in ignore:
        rest = rest.replace(word, "")
    return rest


def strong_intents(hits: Iterable[Hit]) -> list[Scored]:
    """The intents of the strong terms, in the order they appear."""
    return [Scored(i, h.start, STRONG) for h in hits for i in h.term.strong]


def ask_intents(hits: Iterable[Hit]) -> list[Scored]:
    """The intents of the words that ask only within a question (睡哪, 澡堂, 过敏), in order."""
    return [Scored(i, h.start, PATTERN) for h in hits for i in h.term.ask]


def pattern_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where the lexicon's patterns match: words they explain are no leftover."""
    return [m.span() for p in lexicon.patterns for m in [p.regex.search(text)] if m is not None]


def weak_intents(hits: Iterable[Hit], *, skip_modifiers: bool = False) -> list[Scored]:
    """The intents of the weak terms, in the order they appear.

    With `skip_modifiers`, a weak word right after a strong one only qualifies it (转正难吗 asks
    about 转正, not about duties) and adds nothing; nor does a qualifier (学生交社保吗 asks
    about insurance only).
    """
    found: list[Scored] = []
    strong_spans: list[tuple[int, int]] = []
    for h in hits:
        if h.term.strong:
            strong_spans.append((h.start, h.end))
        modifies = any(start < h.start <= end for start, end in strong_spans)
        if h.term.weak and not (skip_modifiers and (modifies or h.term.qualifier)):
            found.extend(Scored(i, h.start, WEAK) for i in h.term.weak)
    return found


def pattern_intents(text: str, lexicon: Lexicon, *, weak: bool = False) -> list[Scored]:
    """The intents of the lexicon's strong (or, with `weak`, weak) patterns that match."""
    found: list[Scored] = []
    for pattern in lexicon.patterns:
        if pattern.weak != weak:
            continue
        match = pattern.regex.search(text)
        if match:
            found.extend(Scored(i, match.start(), WEAK if weak else PATTERN) for i in pattern.intents)
    return found


def ordered(scored: Iterable[Scored]) -> list[Scored]:
    """Each intent once, at its first evidence and best confidence, primary (earliest) first."""
    best: dict[str, Scored] = {}
    for s in scored:
        seen = best.get(s.intent)
        if seen is None:
            best[s.intent] = s
        else:
            best[s.intent] = Scored(
                s.intent, min(seen.position, s.position), max(seen.confidence, s.confidence)
            )
    return sorted(best.values(), key=lambda s: s.position)
