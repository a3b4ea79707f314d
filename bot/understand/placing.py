"""Placing a question by the catalogue's own words: 组装是拧螺丝吗 asks the duties when only the
duties of the job in question say 拧螺丝.

The lexicon knows how viewers ask about pay, dorms or hours; it cannot know every word a
recruiter writes (洁净服, 双流西站, 犯罪记录). A question the lexicon places in no topic is placed
in the one topic whose catalogue text shares its longest piece with the question, when that
piece is specific: three characters or more, two of them left once numerals, units, particles
and words every kind of text is full of (可以, 需要, 每天) are taken out, and found in one topic
of the job only.

Pure: built once per catalogue, asked per line (the understander caches its results).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.kept.regexes import compiled
from catalog.index import CatalogIndex

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from catalog.models import Job

SECTIONS = (
    "pay",
    "hours",
    "duties",
    "dorm",
    "canteen",
    "insurance",
    "prospects",
    "requirements",
    "location",
)
"""The sections of a job whose text may place a question, each the intent of the same name."""

LONGEST = 8
"""The longest piece of a question looked for in the catalogue text."""

_COMMON_WORDS = (
    "可以 需要 没有 不用 不要 一个 每天 每月 多少 什么 怎么 这个 那个 是不 不是 有没 公司 工作"
    " 上班 时间 现在 一下 一般 如果 或者 还是 就是 要求 以上 以下 左右 自己 我们 你们 他们 不会"
    " 会不 能不 可不 行不 好不 大不 多不 一起 之前 之后 以后 以前 然后 岗位 员工 厂里 车间 一天"
    " 小时 几个 个人 人员 不能 不行 可能 必须 按照 根据 统一 提供 安排 负责 主要 其他 另外 以及"
    " 进行 相关 包括 接受 一样 一直 一次 每个 所有 全部 直接 出来 过去 起来 知道 看看 有的 的话 了吗"
)

COMMON = frozenset(_COMMON_WORDS.split())
"""Words too common in catalogue text of every kind to place a question."""
_COMMON_RE = compiled("|".join(sorted(COMMON, key=len, reverse=True)))

SHORTEST = 3
"""The shortest piece that places a question: two characters (热水, 测试, 字母) are shared by
chat and catalogue text alike far too often."""

_RUNS = compiled(r"[0-9a-z\u4e00-\u9fff]+")
_PLAIN = compiled(
    r"[零一二三四五六七八九十百千万两几半个月天年周日号点分钟秒小时元块米斤岁人次的了吗呢吧啊是不能会要有]"
)
"""Numerals, units and particles: a piece needs two characters besides them (个月, 一个月 and 分钟
are said of anything)."""
_HAN = compiled(r"[\u4e00-\u9fff]")
_FIGURE = compiled(r"\d+(?:\.\d+)?")
DESCRIBED = 2
"""The fewest characters a job's names and work must share with what a viewer says it does."""
_NO_DOING = frozenset("的那个这是干做活工人员东西些")
"""Characters every description holds (做…的, 那个): they tell no job from another."""


def section_text(section: object) -> str:
    """Every word a catalogue section holds (its texts, lists of texts and facts said in words)."""
    from pydantic import BaseModel  # read when an understander is built, never from a snapshot

    if not isinstance(section, BaseModel):
        return ""
    parts: list[str] = []
    for name in type(section).model_fields:
        value = getattr(section, name)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    parts.append(item)
                elif isinstance(item, BaseModel):
                    parts.append(section_text(item))
    return " ".join(parts).lower()


class CatalogueWords:
    """Each job's section texts, to place a question in the one topic whose words it shares.

    Each job's specific pieces (three to `LONGEST` characters of its texts) are listed once, on
    the first question about it, with the topics whose text holds each: a line is then placed by
    a lookup per piece of it, not a search of every text."""

    def __init__(self, index: CatalogIndex) -> None:
        """The texts of every job of `index`."""
        self._texts: dict[str, dict[str, str]] = {job.id: _texts_of(job) for job in index.catalog.jobs}
        self._figures: dict[str, dict[str, frozenset[str]]] = {
            job.id: _figures_of(job) for job in index.catalog.jobs
        }
        self._doings: dict[str, frozenset[str]] = {job.id: _doing_chars(job) for job in index.catalog.jobs}
        self._tables: dict[str, dict[str, frozenset[str]]] = {}
        self._anywhere: frozenset[str] | None = None
        self._all = "\n".join(body for texts in self._texts.values() for body in texts.values())

    def writes(self, word: str) -> bool:
        """Whether some job's texts write `word` (lower case) as it is."""
        return word in self._all

    def place(self, job_id: str, text: str) -> tuple[str, str] | None:
        """The topic of `job_id` whose text alone shares the longest specific piece of `text`
        (lower case, the words naming jobs, employers and places already blanked), and that piece;
        None on a tie or when no specific piece is shared."""
        table = self._table(job_id)
        if not table:
            return None
        best: dict[str, str] = {}
        for piece in _pieces(text):
            holders = table.get(piece)
            if holders is not None and len(holders) == 1:
                (intent,) = holders
                if len(best.get(intent, "")) < len(piece):
                    best[intent] = piece
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: len(kv[1]), reverse=True)
        if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
            return None
        return ranked[0]

    def place_figures(self, job_id: str, figures: list[str]) -> str | None:
        """The one topic of `job_id` whose facts hold every figure of `figures` (200 in a dorm fee of
        200 a month, 1.5 in overtime paid 1.5 times); None when a figure is in none or in two."""
        table = self._figures.get(job_id, {})
        topics: set[str] = set()
        for figure in figures:
            holders = table.get(figure)
            if holders is None:
                return None
            topics |= holders
        return next(iter(topics)) if len(topics) == 1 else None

    def described(self, doing: str) -> str | None:
        """The one job whose names and work share the most characters with what a viewer says it
        does (缝座椅的 of a 座椅缝纫工, 包药的 of a 药品包装工): two at least, more than any other job."""
        chars = set(doing) - _NO_DOING
        if len(chars) < DESCRIBED:
            return None
        ranked = sorted(((len(chars & own), job) for job, own in self._doings.items()), reverse=True)
        if not ranked or ranked[0][0] < DESCRIBED or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    @property
    def prepared(self) -> bool:
        """Whether every job's pieces are listed."""
        return self._anywhere is not None

    def prepare(self) -> None:
        """List every job's pieces now (a snapshot kept after this starts with them listed)."""
        if self._anywhere is None:
            self._anywhere = frozenset(p for job in self._texts for p in self._table(job))

    def could_place(self, text: str) -> bool:
        """Whether some job's texts hold a specific piece of `text` (else no job on screen can
        place it, and the line reads the same whatever is featured)."""
        self.prepare()
        anywhere = self._anywhere
        assert anywhere is not None  # listed by prepare()
        return any(piece in anywhere for piece in _pieces(text))

    def _table(self, job_id: str) -> dict[str, frozenset[str]]:
        """The specific pieces of a job's texts and the topics holding each (built once)."""
        table = self._tables.get(job_id)
        if table is None:
            found: dict[str, set[str]] = {}
            for intent, body in self._texts.get(job_id, {}).items():
                for piece in _pieces(body):
                    found.setdefault(piece, set()).add(intent)
            table = self._tables[job_id] = {
                piece: frozenset(topics) for piece, topics in found.items() if _specific(piece)
            }
        return table


def _pieces(text: str) -> Iterator[str]:
    """Every piece of `text` from `SHORTEST` to `LONGEST` characters within one run of letters,
    digits or Chinese characters."""
    for run in _RUNS.findall(text):
        for size in range(SHORTEST, min(len(run), LONGEST) + 1):
            for start in range(len(run) - size + 1):
                yield run[start : start + size]


def _specific(piece: str) -> bool:
    """Whether a piece says something of its own: two characters or more left once numerals,
    units, particles and the words of every kind of text are taken out."""
    rest = _COMMON_RE.sub("", _PLAIN.sub("", piece))
    return len(_HAN.findall(rest)) >= 2


def _texts_of(job: Job) -> dict[str, str]:
    """A job's section texts by intent (sections it lacks or that hold no words left out)."""
    out: dict[str, str] = {}
    for name in SECTIONS:
        text = section_text(getattr(job, name))
        if text.strip():
            out[name] = text
    return out


def figure(value: float) -> str:
    """A figure as a line writes it (200, not 200.0; 1.5)."""
    return str(int(value)) if value == int(value) else str(value)


def _figures_of(job: Job) -> dict[str, frozenset[str]]:
    """Every figure (not 0: free is said in words) each topic of a job holds, in its facts and its
    words alike (fee 200, 每天餐补15元), to the topics holding it."""
    found: dict[str, set[str]] = {}
    for name in SECTIONS:
        if name == "location":
            continue  # 保税路18号, 地铁7号线: the figures of an address are no facts said back
        for value in _figures_in(getattr(job, name)):
            found.setdefault(value, set()).add(name)
    return {value: frozenset(topics) for value, topics in found.items()}


def _figures_in(value: object) -> Iterator[str]:
    """The figures a catalogue value holds, looking inside texts, lists and records."""
    from pydantic import BaseModel  # read when an understander is built, never from a snapshot

    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int | float):
        if value:
            yield figure(value)
    elif isinstance(value, str):
        for found in _FIGURE.findall(value):
            if float(found):
                yield figure(float(found))
    elif isinstance(value, tuple):
        for item in value:
            yield from _figures_in(item)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _figures_in(getattr(value, name))


def _doing_chars(job: Job) -> frozenset[str]:
    """The characters of a job's title, other names and work (座椅缝纫工, 药盒装箱)."""
    work = job.duties.content if job.duties is not None else None
    text = " ".join([job.title, *job.aliases, work or ""])
    return frozenset(_HAN.findall(text.lower())) - _NO_DOING
