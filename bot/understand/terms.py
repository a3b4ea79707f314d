"""One Aho-Corasick automaton over every lexicon and catalogue term, and what each term means."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

import ahocorasick

from bot.fastinit import quicken_all
from bot.understand.lexicon import Lexicon
from catalog.index import CatalogIndex

TITLE_SUFFIXES: tuple[str, ...] = (
    "操作工",
    "操作员",
    "作业员",
    "技术员",
    "帮工",
    "杂工",
    "司机",
    "师傅",
    "员",
    "工",
)
"""Endings a job title can be typed without (质检员 -> 质检, 叉车司机 -> 叉车, 后厨帮工 -> 后厨)."""

TITLE_HEADS: tuple[str, ...] = ("学徒",)
"""Endings a job title is also named by alone (蛋糕学徒 -> 学徒): 学徒底薪多少 asks of that job."""

COMPANY_ENDINGS: tuple[str, ...] = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "公司",
)
"""Legal endings of an employer's full name, dropped to make the name viewers type."""


@dataclass(slots=True)
class Term:
    """Everything one matched word can mean; a word may mean several things at once."""

    word: str
    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()
    question: bool = False
    not_question: bool = False
    filler: bool = False
    personal: bool = False
    qualifier: bool = False
    city: str | None = None
    district: bool = False
    """A district or town an address of the catalogue names (张浦 of 昆山市张浦镇); `city` is its city."""
    within: frozenset[str] = frozenset()
    """The cities of a province (新疆: 库尔勒, 阿克苏 …): a job in one of them is there."""
    employers: tuple[str, ...] = ()
    jobs: tuple[str, ...] = ()
    kin_jobs: tuple[str, ...] = ()
    """Jobs this word names only as another name of their title's family (电焊 for a 焊工 job)."""
    written_in: tuple[str, ...] = ()
    """Other jobs whose own title or aliases write this job name (鸡肉分割工 writes 分割 of 分割工)."""
    company: bool = False
    title: bool = False
    """A job title the lexicon knows (保安, 电工), whether or not the catalogue has such a job."""
    features: tuple[str, ...] = ()
    meaningful: bool = False
    """Whether the term says more than "this is a question" or "filler": only such terms hide the
    terms inside them (想报个名 still holds 报个名). Set by `TermIndex.finish`."""

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        """Pickled as its word and the fields it sets: a snapshot holds thousands of terms, most of
        them default but for a field or two, and reads back in a third of the time."""
        changed = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name != "word" and getattr(self, f.name) != f.default
        }
        return (_term, (self.word, changed))

    def says_something(self) -> bool:
        """What `meaningful` holds, worked out from the other fields."""
        return bool(
            self.strong
            or self.weak
            or self.ask
            or self.not_question
            or self.city
            or self.employers
            or self.jobs
            or self.kin_jobs
            or self.company
            or self.title
            or self.features
        )


def _term(word: str, changed: dict[str, object]) -> Term:
    """A term rebuilt from a snapshot: its word and the fields it sets."""
    return Term(word, **changed)  # type: ignore[arg-type]  # the fields as they were pickled


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a line: text[start:end]."""

    start: int
    end: int
    term: Term


@dataclass(slots=True)
class TermIndex:
    """The automaton and the tables behind it, built once per lexicon and catalogue."""

    terms: dict[str, Term] = field(default_factory=dict)
    automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)

    def term(self, word: str) -> Term:
        """The term for `word`, created empty on first use."""
        word = word.lower()
        found = self.terms.get(word)
        if found is None:
            found = Term(word)
            self.terms[word] = found
        return found

    def finish(self) -> None:
        """Build the automaton once every term is in."""
        for word, term in self.terms.items():
            term.meaningful = term.says_something()
            if word:
                self.automaton.add_word(word, term)
        if self.terms:
            self.automaton.make_automaton()

    def hits(self, text: str) -> list[Hit]:
        """Every term of `text` not inside a longer one, left to right (overlapping terms all count:
        夫妻能住一起 holds both 能住 and 住一起; 加班费 hides 加班)."""
        if not self.terms:
            return []
        found = sorted(
            (Hit(end - len(term.word) + 1, end + 1, term) for end, term in self.automaton.iter(text)),
            key=lambda h: (h.start, -h.end),
        )
        kept: list[Hit] = []
        reach = -1  # the furthest end of a meaningful term kept so far (every one starts no later)
        for hit in found:
            if hit.end <= reach:
                continue
            kept.append(hit)
            if hit.term.meaningful and hit.end > reach:
                reach = hit.end
        return _without_straddlers(kept) if len(kept) >= 3 else kept


def _without_straddlers(hits: list[Hit]) -> list[Hit]:
    """The hits less any that straddles two meaningful words written side by side, beginning inside
    the first and ending inside the second: 工时 of 学生工时薪 is read across 学生工 and 时薪."""
    ends = {h.end: h for h in hits if h.term.meaningful}
    starts = {h.start: h for h in hits if h.term.meaningful}
    joints = [j for j in ends if j in starts]
    if not joints:
        return hits
    return [
        h
        for h in hits
        if not any(
            ends[j].start < h.start < j < h.end < starts[j].end and not h.term.city and not h.term.employers
            for j in joints
        )
    ]


def _add(seq: tuple[str, ...], items: Iterable[str]) -> tuple[str, ...]:
    """`seq` with `items` appended, each once."""
    out = list(seq)
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def employer_names(name: str, aliases: Iterable[str], cities: Iterable[str]) -> list[str]:
    """The names viewers use for an employer: full name, aliases, the name without city or legal ending."""
    names = [name, *aliases]
    short = name
    for ending in COMPANY_ENDINGS:
        if short.endswith(ending) and len(short) > len(ending) + 1:
            short = short[: -len(ending)]
            break
    names.append(short)
    for city in sorted(cities, key=len, reverse=True):
        if short.startswith(city) and len(short) > len(city) + 1:
            names.append(short[len(city) :])
            break
    return [n.lower() for n in names if len(n) >= 2]


_NO_STEMS = frozenset({"小时", "临时", "短期", "长期", "兼职", "全职", "正式", "计件", "计时"})
"""Stems that say how long or how one is paid, not what the work is (小时 of 小时工 asks the hours)."""


def title_names(
    title: str,
    aliases: Iterable[str],
    families: Iterable[tuple[str, ...]] = (),
    known: frozenset[str] = frozenset(),
) -> list[str]:
    """A title's own names: itself, aliases, their stems (传菜员 -> 传菜; an alias's stem only when it
    is no word the lexicon knows, as 技术 of 技术员 is), and the family titles it ends with (普工 for
    电池普工)."""
    names = [title, *aliases]
    for name in (title, *aliases):
        for suffix in TITLE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                stem = name[: -len(suffix)]
                if (name == title or stem.lower() not in known) and stem not in _NO_STEMS:
                    names.append(stem)
                break
    names += [head for head in TITLE_HEADS if title.endswith(head) and len(title) > len(head)]
    lowered = [n.lower() for n in names if n]
    members = [m for family in families for m in family]
    bases = [m for m in members if any(n.endswith(m) and len(n) > len(m) for n in lowered)]
    return list(dict.fromkeys([*lowered, *bases]))


def pointed_heads(title: str, known: frozenset[str], places: frozenset[str]) -> list[str]:
    """A long title pointed at by its first characters (锂电池那个, 光伏那个 for 锂电池电芯操作工 and
    光伏组件装配工): its two- and three-character heads before 那个, where two characters of the
    title stay after them and the head is no word the lexicon knows nor a place."""
    heads = [title[:k] for k in (2, 3) if len(title) - k >= 2]
    return [h + "那个" for h in heads if h.lower() not in known and h not in places]


def lexicon_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word the lexicon gives a meaning of its own (topic words, cue words)."""
    words = {*lexicon.strong, *lexicon.weak, *lexicon.ask, *lexicon.asked_with_what}
    words.update(w for cue in lexicon.cues.values() for w in cue)
    return frozenset(w.lower() for w in words)


def kin_names(own: Iterable[str], families: Iterable[tuple[str, ...]]) -> list[str]:
    """The other names of every title family a job's own names belong to (电焊工 for a 焊工)."""
    mine = set(own)
    kin = [m for family in families if mine & set(family) for m in family]
    return list(dict.fromkeys(m for m in kin if m not in mine))


def title_families(lexicon: Lexicon, titles: Iterable[str]) -> list[tuple[str, ...]]:
    """The lexicon's title families plus each catalogue title alone (模具技工 is a 技工 too)."""
    return [*lexicon.titles, *((t.lower(),) for t in dict.fromkeys(titles) if len(t) >= 2)]


def build_terms(lexicon: Lexicon, index: CatalogIndex) -> TermIndex:
    """Every term the understanding step looks for, with its meanings merged."""
    terms = TermIndex()
    for word in lexicon.fillers:
        terms.term(word).filler = True
    for word in lexicon.personal:
        terms.term(word).personal = True
    for word in lexicon.qualifiers:
        terms.term(word).qualifier = True
    for word, intents in lexicon.weak.items():
        t = terms.term(word)
        t.weak = _add(t.weak, intents)
    for word, intents in lexicon.strong.items():
        t = terms.term(word)
        t.strong = _add(t.strong, intents)
    for word, intents in lexicon.ask.items():
        t = terms.term(word)
        t.ask = _add(t.ask, intents)
    for feature, words in lexicon.search.items():
        for word in words:
            t = terms.term(word)
            t.features = _add(t.features, (feature,))
    for word in (*lexicon.not_questions, *lexicon.not_topics):
        terms.term(word).not_question = True
    for word in lexicon.companies:
        terms.term(word).company = True
    cities = list(dict.fromkeys([*index.cities(), *lexicon.cities]))
    for city in cities:
        t = terms.term(city)
        t.city = city
    for province, within in lexicon.provinces.items():
        terms.term(province).within = within
    for city in index.cities():
        # 宁德 (宁德时代) where the catalogue has work in 宁德: the city is meant, not a company.
        terms.term(city).company = False
    for place, city in index.districts().items():
        # 在张浦哪 of an address in 昆山市张浦镇: the job's city is meant; a word the lexicon
        # already gives a meaning keeps it.
        if place not in terms.terms:
            t = terms.term(place)
            t.city = city
            t.district = True
    for employer in index.catalog.employers:
        for name in employer_names(employer.name, employer.aliases, cities):
            t = terms.term(name)
            t.employers = _add(t.employers, (employer.id,))
            t.company = False
    for family in lexicon.titles:
        for word in family:
            terms.term(word).title = True
    families = title_families(lexicon, (j.title for j in index.catalog.jobs))
    known = lexicon_words(lexicon)
    places = frozenset(cities)
    written = {job.id: (job.title.lower(), *(a.lower() for a in job.aliases)) for job in index.catalog.jobs}
    exact = {name for names in written.values() for name in names}
    for job in index.catalog.jobs:
        # A name made from an alias (司机 of 叉车司机) that another job is called as written (a
        # 货车司机 with the alias 司机) is that job's alone; one made from the title (普工 of 电池普工)
        # is shared, the job on screen choosing.
        titled = title_names(job.title, (), families, known)
        own = [
            n
            for n in title_names(job.title, job.aliases, families, known)
            if n in written[job.id] or n in titled or n not in exact
        ]
        for name in own:
            t = terms.term(name)
            t.jobs = _add(t.jobs, (job.id,))
        for name in kin_names(own, lexicon.titles):
            t = terms.term(name)
            t.kin_jobs = _add(t.kin_jobs, (job.id,))
        for name in pointed_heads(job.title, known, places):
            if name not in own:
                t = terms.term(name)
                t.jobs = _add(t.jobs, (job.id,))
    # Who may do a job (学生, 宝妈, 暑假工) names a job only as that job's whole title or alias:
    # 学生可以去吗 asks of the job on screen, not of a job called 学生工.
    for word in lexicon.qualifiers:
        q = terms.terms.get(word)
        if q is not None and word.lower() not in exact:
            q.jobs = q.kin_jobs = ()
    # A name one job's alias gives (分割 of 分割工) that another job's own title writes (鸡肉分割工)
    # may mean that job too: with it on screen, it is the one meant.
    for t in list(terms.terms.values()):
        if t.jobs and len(t.word) >= 2:
            t.written_in = tuple(
                j for j, names in written.items() if j not in t.jobs and any(t.word in n for n in names)
            )
    # A catalogue's own name for an employer or a job is a reference there, not a topic word
    # (a job called 学徒 is not a question about prospects).
    for t in terms.terms.values():
        if t.employers or t.jobs:
            t.weak = t.ask = ()
    # A search phrase hides the topic word inside it (工资高 holds 工资): asked as a question it is
    # about that topic, so it carries the topic's intents as weak ones.
    strong_words = sorted(lexicon.strong, key=len, reverse=True)
    for word, t in terms.terms.items():
        if t.features and not t.strong and not t.weak and not t.ask:
            inner = next((w for w in strong_words if w != word and w in word), None)
            if inner is not None:
                t.weak = lexicon.strong[inner]
    question_words = [w for w in lexicon.question_words if w]
    for word in question_words:
        terms.term(word)
    for word, t in terms.terms.items():
        if not t.not_question and any(q in word for q in question_words):
            t.question = True
    terms.finish()
    return terms


quicken_all(globals())
