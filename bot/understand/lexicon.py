"""The understanding lexicon (seeds/lexicon.yaml) as a typed, validated record."""

from __future__ import annotations

import importlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.kept.regexes import compiled as compiled_pattern
from bot.seedfiles import LEXICON, seed_file
from bot.understand.result import INTENTS

"""The lexicon that ships with the project."""

SEARCH_FEATURES: tuple[str, ...] = (
    "day_shift",
    "night_shift",
    "seated",
    "standing",
    "easy",
    "board",
    "lodging",
    "meals",
    "high_pay",
    "couples",
    "women",
    "direct",
    "weekly_rest",
    "day_pay",
)
"""The filters a `jobs` search knows (see bot/understand/search.py)."""


class Regex:
    """A regular expression checked when the lexicon is read and compiled on first use (compiling
    the lexicon's two hundred patterns up front costs a quarter of a second at start-up)."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        """Remember the source; nothing is compiled yet."""
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in `text`, as `re.Pattern.search`."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compiled_pattern(self.pattern)
        return compiled.search(text)


class _Checked:
    """Patterns known to be valid, with their trigger characters, remembered on disk between runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: dict[str, list[str]] | None = None
        self._added = False

    def _load(self) -> dict[str, list[str]]:
        """The remembered patterns (empty when the file is missing or unreadable)."""
        if self._known is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._known = (
                    {str(k): [str(c) for c in v] for k, v in data.items()} if isinstance(data, dict) else {}
                )
            except (OSError, ValueError, TypeError, AttributeError):
                self._known = {}
        return self._known

    def trigger(self, pattern: str) -> tuple[frozenset[str], ...]:
        """The trigger characters of a pattern; re.error when it is not a valid one."""
        known = self._load()
        found = known.get(pattern)
        if found is None:
            re.compile(pattern)
            found = known[pattern] = ["".join(sorted(chars)) for chars in trigger_chars(pattern)]
            self._added = True
        return tuple(frozenset(chars) for chars in found)

    def remember(self) -> None:
        """Write newly checked patterns to the file (atomically; a read-only folder is no error)."""
        if not self._added or self._known is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._known, fh, ensure_ascii=False)
            os.replace(tmp, self.path)
            self._added = False
        except OSError:
            pass


CHECKED = _Checked(Path(tempfile.gettempdir()) / "daigang-cache" / "patterns-v2.json")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A regular expression and the intents a line matching it asks."""

    regex: Regex
    intents: tuple[str, ...]
    weak: bool = False
    trigger: tuple[frozenset[str], ...] = ()
    """Sets of characters every match holds one of each; a line lacking one is not searched."""


sre_parse: Any = importlib.import_module("re._parser")
"""Python's own parser of regular expressions (no typed stubs), to read which characters a pattern needs."""
sre_constants: Any = importlib.import_module("re._constants")

_WIDEST_RANGE = 64
"""A character class wider than this (a range of all CJK) tells nothing about which characters match."""


def _required(items: Any) -> frozenset[str] | None:
    """The smallest set of characters one of which every match of a parsed sequence holds, if any."""
    found = _all_required(items)
    return min(found, key=len) if found else None


def _all_required(items: Any) -> list[frozenset[str]]:
    """Sets of characters every match of a parsed sequence holds one of each (几点(上|下)班: 几, 点,
    上 or 下, 班)."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op is sre_constants.SUBPATTERN:
            out += _all_required(av[-1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            out += _all_required(av[2])
        else:
            found = _required_item(op, av)
            if found is not None:
                out.append(found)
    return out


def _required_item(op: Any, av: Any) -> frozenset[str] | None:
    """What `_required` says of one parsed node (None: it may match without any known character)."""
    if op is sre_constants.LITERAL:
        return frozenset(chr(av))
    if op is sre_constants.IN:
        chars: set[str] = set()
        for inner, value in av:
            if inner is sre_constants.LITERAL:
                chars.add(chr(value))
            elif inner is sre_constants.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return frozenset(chars)
    if op is sre_constants.SUBPATTERN:
        return _required(av[-1])
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _required(branch)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None


def trigger_chars(regex: str) -> tuple[frozenset[str], ...]:
    """Sets of characters every match of `regex` holds one of each; empty when none can be told."""
    try:
        parsed = sre_parse.parse(regex)
    except re.error:
        return ()
    return tuple(dict.fromkeys(_all_required(parsed)))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the understanding step uses."""

    strong: dict[str, tuple[str, ...]]
    """Topic word -> intents; makes a domain question by itself."""
    weak: dict[str, tuple[str, ...]]
    """Topic word -> intents; counts only in a question with no strong word."""
    ask: dict[str, tuple[str, ...]]
    """Topic word -> intents; counts in any question not put to the streamer, never alone."""
    patterns: tuple[Pattern, ...]
    other_patterns: RegexSet
    """Questions to the streamer or the other viewers (有人去过吗): `other`, whatever weak words they hold."""
    typos: dict[str, str]
    abbreviations: dict[str, str]
    final_particles: tuple[str, ...]
    question_words: tuple[str, ...]
    not_questions: tuple[str, ...]
    not_topics: tuple[str, ...]
    asked_with_what: frozenset[str]
    """Topic words 什么 alone asks about (什么福利); 什么 + another topic word is an echo (什么大专)."""
    """Words that hold a topic word but name something else (孕妇装, 热水瓶): they hide what is inside."""
    fillers: tuple[str, ...]
    personal: tuple[str, ...]
    qualifiers: tuple[str, ...]
    """Weak words that only qualify what else a line asks (学生交社保吗, 收不收中介费)."""
    modals: tuple[str, ...]
    chatter: frozenset[str]
    chatter_patterns: RegexSet
    companies: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    generic_company_heads: frozenset[str]
    cities: tuple[str, ...]
    provinces: dict[str, frozenset[str]]
    """Province -> its cities and the towns catalogues name (新疆 -> 库尔勒, 阿克苏 …)."""
    titles: tuple[tuple[str, ...], ...]
    """Families of job titles that name the same work (焊工, 电焊工, 电焊)."""
    search: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]]
    """Intent -> single cue words, the last resort for a question no other word explains."""
    t2s_keep: frozenset[str]
    pattern_gates: dict[str, tuple[int, ...]] = field(default_factory=dict)
    verdicts: frozenset[str] = frozenset()
    """Topic words that judge rather than name (骗人, 有毒, 合法): alone and without a question mark
    they exclaim."""
    """Character -> the patterns (by index) whose most telling needed set holds it: a line is searched
    only with the patterns one of its characters opens (patterns that need nothing known: key "")."""


def pattern_gates(patterns: Sequence[Pattern]) -> dict[str, tuple[int, ...]]:
    """For each character, the patterns whose smallest needed set holds it; "" for ungated ones."""
    return _gates([pattern.trigger for pattern in patterns])


def _gates(triggers: Sequence[tuple[frozenset[str], ...]]) -> dict[str, tuple[int, ...]]:
    """For each character, the expressions (by index) whose smallest needed set holds it; "" for
    those that need no known character."""
    gates: dict[str, list[int]] = {}
    for n, trigger in enumerate(triggers):
        if not trigger:
            gates.setdefault("", []).append(n)
            continue
        for ch in min(trigger, key=len):
            gates.setdefault(ch, []).append(n)
    return {ch: tuple(ids) for ch, ids in gates.items()}


def opened(gates: dict[str, tuple[int, ...]], chars: AbstractSet[str]) -> list[int]:
    """The indices, in order, of the expressions one of `chars` opens (with those always open)."""
    found: set[int] = set(gates.get("", ()))
    for ch in chars:
        ids = gates.get(ch)
        if ids:
            found.update(ids)
    return sorted(found)


@dataclass(frozen=True, slots=True)
class RegexSet:
    """Regular expressions of which a line is asked whether any matches: a line is searched only
    with those its characters can match (each needs one character of each of its `triggers`),
    which for most lines is none of them."""

    regexes: tuple[Regex, ...] = ()
    triggers: tuple[tuple[frozenset[str], ...], ...] = ()
    gates: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def candidates(self, text: str) -> Iterator[Regex]:
        """The expressions that may match `text`, in order (the others cannot)."""
        chars = set(text)
        triggers = self.triggers
        for n in opened(self.gates, chars):
            if not any(needed.isdisjoint(chars) for needed in triggers[n]):
                yield self.regexes[n]

    def any_match(self, text: str) -> bool:
        """Whether one of the expressions matches somewhere in `text`."""
        return any(regex.search(text) is not None for regex in self.candidates(text))


def _provinces(raw: Any, path: Path) -> dict[str, frozenset[str]]:
    """The `provinces` section: each province with the list of its cities."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError(f"{path}: provinces: expected a mapping of a province to its cities")
    return {
        str(name).strip(): frozenset(_words(cities, f"provinces.{name}", path))
        for name, cities in raw.items()
    }


def _words(raw: Any, where: str, path: Path) -> tuple[str, ...]:
    """A list of words from the YAML, every item turned into a lower-case string."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InputError(f"{path}: {where}: expected a list of words")
    out: list[str] = []
    for item in raw:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise InputError(f"{path}: {where}: {item!r} is not a word")
        word = str(item).strip().lower()
        if word:
            out.append(word)
    return tuple(out)


def _mapping(raw: Any, where: str, path: Path) -> dict[str, Any]:
    """A YAML mapping, or an InputError naming where it should have been."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError(f"{path}: {where}: expected a mapping")
    return {str(k): v for k, v in raw.items()}


def _regexes(raw: Any, where: str, path: Path) -> RegexSet:
    """A list of regular expressions from the YAML, each checked."""
    if raw is None:
        return RegexSet()
    if not isinstance(raw, list):
        raise InputError(f"{path}: {where}: expected a list of regular expressions")
    out: list[Regex] = []
    triggers: list[tuple[frozenset[str], ...]] = []
    for n, item in enumerate(str(r) for r in raw):
        try:
            triggers.append(CHECKED.trigger(item))
        except re.error as exc:
            raise InputError(f"{path}: {where}[{n}]: bad regular expression: {exc}") from exc
        out.append(Regex(item))
    return RegexSet(tuple(out), tuple(triggers), _gates(triggers))


def _intent_list(raw: Any, where: str, path: Path) -> tuple[str, ...]:
    """A list of intent names, each checked against the twelve."""
    names = _words(raw, where, path)
    for name in names:
        if name not in INTENTS:
            raise InputError(f"{path}: {where}: unknown intent {name!r}")
    return names


def _variants_table(raw: Any, path: Path) -> tuple[list[tuple[str, tuple[str, ...]]], tuple[str, ...]]:
    """The `variants` section: (word, its other spellings) pairs, and the endings a closing 吗 may take."""
    section = _mapping(raw, "variants", path)
    pairs: list[tuple[str, tuple[str, ...]]] = []
    for word, others in _mapping(section.get("words"), "variants.words", path).items():
        pairs.append((word.lower(), _words(others, f"variants.words.{word}", path)))
    return pairs, _words(section.get("final"), "variants.final", path)


def spellings(word: str, pairs: Sequence[tuple[str, Sequence[str]]], finals: Sequence[str]) -> list[str]:
    """Every spelling of a lexicon word: 什么 as 啥, 怎么 as 咋, a final 吗 as 不, 好做 as 好不好做."""
    out = [word]
    for common, others in pairs:
        for seen in list(out):
            if common in seen:
                out += [seen.replace(common, other) for other in others]
    if word.endswith("吗") and len(word) > 2:
        out += [word[:-1] + end for end in finals]
    if len(word) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word) and "不" not in word:
        out.append(word[0] + "不" + word)
    return list(dict.fromkeys(out))


def parse_lexicon(data: Any, path: Path) -> Lexicon:
    """Validate the loaded YAML of a lexicon file and build the record."""
    top = _mapping(data, "top level", path)
    pairs, finals = _variants_table(top.get("variants"), path)
    strong: dict[str, tuple[str, ...]] = {}
    weak: dict[str, tuple[str, ...]] = {}
    ask: dict[str, tuple[str, ...]] = {}
    for intent, body in _mapping(top.get("intents"), "intents", path).items():
        if intent not in INTENTS:
            raise InputError(f"{path}: intents: unknown intent {intent!r}")
        parts = _mapping(body, f"intents.{intent}", path)
        for kind, table in (("strong", strong), ("weak", weak), ("ask", ask)):
            for word in _words(parts.get(kind), f"intents.{intent}.{kind}", path):
                for spelling in spellings(word, pairs, finals):
                    if intent not in table.get(spelling, ()):
                        table[spelling] = (*table.get(spelling, ()), intent)
    for word, intents in _mapping(top.get("multi"), "multi", path).items():
        names = _intent_list(intents, f"multi.{word}", path)
        for spelling in spellings(word.lower(), pairs, finals):
            strong[spelling] = names
    patterns: list[Pattern] = []
    raw_patterns = top.get("patterns") or []
    if not isinstance(raw_patterns, list):
        raise InputError(f"{path}: patterns: expected a list")
    for n, item in enumerate(raw_patterns):
        entry = _mapping(item, f"patterns[{n}]", path)
        source = str(entry.get("re", ""))
        try:
            trigger = CHECKED.trigger(source)
        except re.error as exc:
            raise InputError(f"{path}: patterns[{n}]: bad regular expression: {exc}") from exc
        weak_flag = entry.get("weak", False)
        if not isinstance(weak_flag, bool):
            raise InputError(f"{path}: patterns[{n}].weak: expected true or false")
        intents = _intent_list(entry.get("intents"), f"patterns[{n}].intents", path)
        patterns.append(Pattern(Regex(source), intents, weak_flag, trigger))
    chatter_patterns = _regexes(top.get("chatter_patterns"), "chatter_patterns", path)
    other_patterns = _regexes(top.get("other_patterns"), "other_patterns", path)
    titles: list[tuple[str, ...]] = []
    for n, family in enumerate(top.get("titles") or []):
        words = _words(family, f"titles[{n}]", path)
        # 做饭的 is said 做饭那个 too: a job named by what it does, pointed at without 的.
        pointed = [w[:-1] + "那个" for w in words if w.endswith("的") and len(w) >= 3]
        titles.append(tuple(dict.fromkeys([*words, *pointed])))
    question = _mapping(top.get("question"), "question", path)
    search: dict[str, tuple[str, ...]] = {}
    for feature, words in _mapping(top.get("search"), "search", path).items():
        if feature not in SEARCH_FEATURES:
            raise InputError(f"{path}: search: unknown feature {feature!r}")
        listed = _words(words, f"search.{feature}", path)
        search[feature] = tuple(dict.fromkeys(v for w in listed for v in spellings(w, pairs, finals)))
    cues: dict[str, tuple[str, ...]] = {}
    for intent, words in _mapping(top.get("cues"), "cues", path).items():
        if intent not in INTENTS:
            raise InputError(f"{path}: cues: unknown intent {intent!r}")
        cues[intent] = _words(words, f"cues.{intent}", path)
    return Lexicon(
        strong=strong,
        weak=weak,
        ask=ask,
        patterns=tuple(patterns),
        other_patterns=other_patterns,
        typos={k.lower(): str(v).lower() for k, v in _mapping(top.get("typos"), "typos", path).items()},
        abbreviations={
            k.lower(): str(v) for k, v in _mapping(top.get("abbreviations"), "abbreviations", path).items()
        },
        final_particles=_words(question.get("final_particles"), "question.final_particles", path),
        question_words=_words(question.get("words"), "question.words", path),
        not_questions=tuple(
            dict.fromkeys(
                v
                for w in _words(question.get("not_questions"), "question.not_questions", path)
                for v in spellings(w, pairs, ())
            )
        ),
        not_topics=_words(top.get("not_topics"), "not_topics", path),
        asked_with_what=frozenset(_words(top.get("asked_with_what"), "asked_with_what", path)),
        fillers=_words(top.get("fillers"), "fillers", path),
        personal=_words(top.get("personal"), "personal", path),
        qualifiers=_words(top.get("qualifiers"), "qualifiers", path),
        modals=_words(top.get("modals"), "modals", path),
        chatter=frozenset(_words(top.get("chatter"), "chatter", path)),
        verdicts=frozenset(_words(top.get("verdicts"), "verdicts", path)),
        chatter_patterns=chatter_patterns,
        companies=_words(top.get("companies"), "companies", path),
        company_suffixes=_words(top.get("company_suffixes"), "company_suffixes", path),
        generic_company_heads=frozenset(
            _words(top.get("generic_company_heads"), "generic_company_heads", path)
        ),
        cities=_words(top.get("cities"), "cities", path),
        provinces=_provinces(top.get("provinces"), path),
        titles=tuple(titles),
        search=search,
        cues=cues,
        t2s_keep=frozenset("".join(_words(top.get("t2s_keep"), "t2s_keep", path))),
        pattern_gates=pattern_gates(patterns),
    )


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and validate a lexicon file (the shipped one when `path` is None)."""
    where = path or seed_file(LEXICON)
    try:
        text = where.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{where}: cannot read the lexicon: {exc.strerror or exc}") from exc
    import yaml  # a snapshot of a built understander needs no YAML at all

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f":{mark.line + 1}" if mark is not None else ""
        raise InputError(f"{where}{place}: the lexicon is not valid YAML") from exc
    lexicon = parse_lexicon(data, where)
    CHECKED.remember()
    return lexicon
