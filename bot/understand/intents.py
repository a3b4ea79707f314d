"""Is a normalised line a question, and which of the twelve intents does it ask (primary first)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.fastinit import quicken_all
from bot.kept.regexes import compiled
from bot.understand.lexicon import Lexicon
from bot.understand.normalize import PUNCTUATION
from bot.understand.terms import Hit

_CLAUSES = compiled(r"[\s,.!?;:~、。…]+|(?<=吗)(?=[\u4e00-\u9fff])|(?<=[^干搞弄做要为]嘛)(?=[\u4e00-\u9fff])")
"""What divides clauses: signs and spaces, and the close of a question in a spoken run-on line
(进去就给交社保吗试用期多长时间, 是长白班不嘛不上夜班哦; 干嘛的 asks what)."""
_X_NOT_X = compiled(r"([\u4e00-\u9fff]{1,2})[不没]\1")
_XY_NOT_X = compiled(
    r"([\u4e00-\u9fff])[\u4e00-\u9fff][不没]\1(?=$|[\s?,.!~吗么嘛啊呀])"
    r"|([交买包管给发扣押报退算配签收能要有是会])[\u4e00-\u9fff]{2,3}[不没]\2(?=$|[\s?,.!~吗么嘛啊呀我俺咱])"
)
"""包住不包, 管饭不管, 交社保不交: the verb asked again after 不, a spoken X不X; past a longer object
only a verb of what a job gives or takes (交, 包, 管, 扣 …)."""
_ASKED_THEN_TOLD = compiled(
    r"(?:能|可以|要|会|给|有|上|包|管|交)[\u4e00-\u9fff]{1,4}[不没]有?(?=我|俺|咱|刚|才)"
    r"|([交买包管给发扣押压报退算签收要有是会])[\u4e00-\u9fff]{0,5}还是[不没]\1"
)
"""能睡觉不我年纪大了, 能借支冇刚去冇钱: a question closed by 不 or 没 and run on by voice input into
what the asker tells; 压一个月还是不压: the verb asked again after 还是不."""
LAUGHTER = frozenset("哈h嘿呵嘻啊哇呜草6嗯哦噢喔诶欸额呃")
_INDEFINITE = ("都", "也", "无所谓")
_SOFT_ENDINGS = "啊呀哈嘞咧哇哦喔噢咯哟"
_VOCATIVES: tuple[str, ...] = ("老铁们", "老铁", "家人们", "兄弟们", "兄弟", "姐妹们", "主播", "老师", "美女")
_VOCATIVES += ("帅哥", "大哥", "大姐", "老乡", "亲", "老板", "宝子", "家人")
_VOCATIVES += ("姐姐", "哥哥", "妹子", "姐", "哥")
"""Whom a clause is said to, after its closing particle (包吃住不老铁, 有夜班吗主播): it still asks."""
_TAGS = ("对吧", "是吧", "对不", "是不")
"""Particles that soften a clause without changing whether it asks (靠谱不啊, 交社保不呀)."""
_STILL_OPENERS = (
    "竟然",
    "居然",
    "果然",
    "依然",
    "仍然",
    "原来",
    "本来",
    "但是",
    "但",
    "可是",
    "不过",
    "结果",
    "最后",
    "毕竟",
    "我觉得",
    "觉得",
    "我感觉",
    "感觉",
    "我认为",
    "我看",
)
"""Adverbs after which 还是 means "still" (竟然还是学生), longest first where one holds another."""
_WONDERING = ("想着", "在想", "正想", "寻思", "要看看", "来看看", "去看看", "再看看", "先看看", "得看看")
"""Before a question word in its clause: someone thinking it over (我也在想吃啥) or going to see for
themself (回头看看是不是真的, 来看看有没有合适的), not asking."""
_WATCH_ME = ("看我", "看俺")
"""What opens a clause that shows off rather than asks (看我下个月挣多少: "watch how much I make")."""
_RHETORICAL = ("怎么可能", "咋可能", "哪可能", "不可能")
"""Before a question word in its clause: it cannot be so (咋可能干十几个小时), nothing is asked."""
_SEVERAL = compiled(r"几(?:十|百|千|万|10+|k|w)多?(?:块钱|块|元|万|千)?")
_SEVERAL_ASKS = compiled(
    r"(?:$|[\s?!,.;~、。…]|[吗么嘛呢啊呀吧啦哇]|[一每]个?(?:月|天|小时|钟头|年|周|星期))"
)
"""几百, 几千 before more words (几百块钱的耳机, 几千块的手机): "several hundred", not a question;
closing its clause, or before a period (一个月几千, 能拿几千块, 几千一个月), it asks how much."""
_GUESSES = ("应该是", "可能是", "大概是", "也许是", "估计是", "就是", "还是", "都是", "也是", "不是")
"""Before 吧, words that guess or agree (应该是吧, 就是吧) rather than ask to confirm."""
_NONE_AT_ALL = ("都没有", "也没有", "都没", "也没", "都不", "也不", "都无", "也无", "全无")
"""A clause closed by 都没有 or 也不 tells that there is none at all (我连毕业证都没有), it does not ask."""
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


_NO_SIGNS = {ord(ch): None for ch in (*PUNCTUATION, " ")}
_NO_LAUGHTER = {ord(ch): None for ch in LAUGHTER}


_DOING = ("在", "正在", "我在", "我正在", "还在", "我还在", "都在", "我们在")
_DOING_WITHIN = ("也在", "都在", "正在", "还在", "还没")
"""Words within a clause closed by 呢 that tell what is going on or not yet (也在看呢, 还没吃呢)."""
_ASKS_WITHIN = ("哪", "吗", "么", "啥", "什么", "怎", "咋", "几", "多少", "谁")
"""Words that ask even in a clause that opens with 在 (在哪里呢, 在干什么呢)."""
_SOUNDS = frozenset("哦噢喔啊呃额哎唉嗯诶欸")
"""Sounds that open an exclamation (哦不, 啊不: "oh no")."""


def core_of(text: str) -> str:
    """The line without punctuation and spaces."""
    return text.translate(_NO_SIGNS)


def is_laughter(core: str) -> bool:
    """A line of laughter and exclamation only (哈哈, hhh, 666, 啊啊)."""
    return bool(core) and not core.translate(_NO_LAUGHTER)


_TRAILING_NUMBER = compiled(r"(?<=[\u4e00-\u9fff])\s*\d{1,3}\s*号$")
"""A job's number added after the question (离地铁远不7号): the question closes before it."""


_ASSERTING = ("噻",)
"""Sichuan and Chongqing 噻 closing a clause that holds no question word asserts (喷漆有毒噻: "it is
toxic, you know"); with one it closes a question (啥时候上班噻), which the question word marks."""


def is_marked_question(text: str, hits: Iterable[Hit], final_particles: tuple[str, ...]) -> bool:
    """A question mark, a question word, an X不X, or a question particle closing a clause."""
    if "?" in text.lstrip("? "):
        return True  # a line opened by ? alone (？我还以为涨了) is puzzled by what was said, it tells
    # 什么都行, 干啥都好: a question word before 都/也 is indefinite, not a question.
    hits = list(hits)
    if any(
        h.term.question
        and not _indefinite(text, h, hits)
        and not _still(text, h, hits)
        and not _wondered(text, h.start, hits)
        and not _several(text, h)
        for h in hits
    ):
        return True
    if ("不" in text or "没" in text) and any(
        not _wondered(text, m.start(), hits)
        for m in (*_X_NOT_X.finditer(text), *_XY_NOT_X.finditer(text), *_ASKED_THEN_TOLD.finditer(text))
    ):
        return True
    if _closing_chars(final_particles).search(text) is None:
        return False  # no clause can end in a particle or a checking 吧
    # A clause that is only a particle (没有，我近视) answers rather than asks.
    spans = clause_spans(text)
    if len(spans) > 1 and text[spans[-1][0] : spans[-1][1]] in _TAGS:
        # 住宿免费 时薪21 对吧: a tag that asks to confirm what was said.
        return True
    for start, end in spans:
        bare = _without_vocative(_TRAILING_NUMBER.sub("", text[start:end]).rstrip(_SOFT_ENDINGS))
        if (
            bare.endswith(final_particles)
            and not bare.endswith(_ASSERTING)
            and bare not in final_particles
            and not _interjection(bare)
            and not _progressive(bare)
            and not bare.endswith(_NONE_AT_ALL)
        ):
            return True
        if len(bare) > 2 and bare.endswith("吧") and _checks(bare[:-1], start + len(bare) - 1, hits):
            return True
        if _checked_within(text, start, end, hits):
            return True
    return False


_NOT_A_PARTICLE = frozenset("网酒贴水氧书茶话陶迪嘎吧")
"""Characters before 吧 when it is part of a word (网吧, 酒吧, 贴吧), not a particle."""


def _checked_within(text: str, start: int, end: int, hits: list[Hit]) -> bool:
    """Whether a checking 吧 closes a clause run on into the next without a sign between
    (是长白班吧不用上夜班吧, 这个是三班倒吧要上夜班啊)."""
    at = text.find("吧", start + 3, end - 1)
    while at != -1:
        if (
            "\u4e00" <= text[at + 1] <= "\u9fff"
            and text[at - 1] not in _NOT_A_PARTICLE
            and _checks(text[start:at], at, hits)
        ):
            return True
        at = text.find("吧", at + 1, end - 1)
    return False


def _without_vocative(clause: str) -> str:
    """A clause without whom it is said to at its close (包吃住不老铁 -> 包吃住不)."""
    if not clause.endswith(_VOCATIVES):
        return clause
    for word in _VOCATIVES:
        if clause.endswith(word) and len(clause) > len(word) + 1:
            return clause[: -len(word)].rstrip(_SOFT_ENDINGS)
    return clause


def _indefinite(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether a question word, or the longer one it opens (哪 of 哪里), stands before 都/也:
    anywhere, anything (我去哪里都是, 什么都行), not a question."""
    end = max((h.end for h in hits if h.start == hit.start and h.term.question), default=hit.end)
    return text.startswith(_INDEFINITE, hit.end) or text.startswith(_INDEFINITE, end)


def _progressive(clause: str) -> bool:
    """Whether a clause tells what someone is doing or how it is (在家带娃呢, 我在上班呢, 在家闲着呢):
    在 … 呢 or … 着呢, no question."""
    if any(w in clause for w in _ASKS_WITHIN):
        return False
    if clause.endswith("着呢") or (clause.endswith("呢") and clause.startswith(_DOING)):
        return True
    # 俺家那口子也在看呢, 饭还没吃呢: one doing a thing, or not yet, told within the clause.
    return clause.endswith("呢") and any(w in clause for w in _DOING_WITHIN)


def _interjection(clause: str) -> bool:
    """Whether a clause is a sound and a particle (哦不, 啊不, 嗯呢): an exclamation, not a question."""
    return len(clause) == 2 and clause[0] in _SOUNDS


def _several(text: str, hit: Hit) -> bool:
    """Whether 几 opens "several hundred" or "several thousand" said on (几百块钱的耳机), not asked."""
    if not text.startswith("几", hit.start):
        return False
    several = _SEVERAL.match(text, hit.start)
    return several is not None and _SEVERAL_ASKS.match(text, several.end()) is None


def _wondered(text: str, at: int, hits: list[Hit]) -> bool:
    """Whether a question word (or an X不X) at `at` only says what someone is thinking about
    (满脑子想着怎么挣钱, 我也在想吃啥) or is going to see (来看看有没有合适的, 回头看看是不是真的),
    or its clause shows off (看我下个月挣多少) or calls it impossible (咋可能干十几个小时): not asking.
    Wondering about a plain topic of work (我在想工资多少) still asks."""
    start = max((m.end() for m in _CLAUSES.finditer(text, 0, at)), default=0)
    # 我也想出去看看你们那边远不远: a spoken line turning to the job's side asks again.
    if "你们" in text:
        start = max(
            (a for a, _ in spoken_spans(text) if a <= at and text.startswith("你们", a)), default=start
        )
    before = text[start:at]
    if any(word in before for word in _RHETORICAL) or before.startswith(_WATCH_ME):
        return True
    if not any(word in before for word in _WONDERING):
        return False
    close = _CLAUSES.search(text, at)
    end = close.start() if close is not None else len(text)
    return not any(h.term.strong and start <= h.start < end for h in hits)


def _still(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether 还是 means "still" or "had better" rather than "or": after only an adverb (竟然还是学生),
    in a comparison (体力比专业爱豆还是差点感觉), or in advice closed by 吧 (你们还是吃一顿李庄白肉吧).
    白班还是夜班 offers a choice and asks."""
    if text[hit.start : hit.end] != "还是":
        return False
    if text.rstrip(_SOFT_ENDINGS + "!~. ").endswith("吧"):
        return True
    before = core_of(text[: hit.start])
    if before and _only_openers(before):
        return True
    start = max((m.end() for m in _CLAUSES.finditer(text, 0, hit.start)), default=0)
    return any(
        text.startswith("比", i)
        and not text.startswith("比较", i)
        and not any(h.start <= i < h.end and h.term.meaningful for h in hits)
        for i in range(start, hit.start)
    )


def _only_openers(before: str) -> bool:
    """Whether `before` is nothing but adverbs that open a remark (竟然, 果然, 但是)."""
    while before:
        opener = next((o for o in _STILL_OPENERS if before.startswith(o)), None)
        if opener is None:
            return False
        before = before[len(opener) :]
    return True


@lru_cache(maxsize=8)
def _closing_chars(final_particles: tuple[str, ...]) -> re.Pattern[str]:
    """A class of the characters a clause that asks by its ending ends with (吗, 么, 不 …, and 吧):
    one scan of a line tells whether any clause of it can (a set of them would make a string of
    each character of the line)."""
    chars = {p[-1] for p in final_particles if p} | {"吧"} | {t[-1] for t in _TAGS}
    return compiled("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


_WORRIED = ("不会", "该不会", "应该不会", "不会是")
"""How a clause closing in 吧 opens when it voices a fear to be told is unfounded (不会要交钱吧)."""
_THE_WORK = compiled(r"(?:这|那|这个|那个|这份|干这|做这)(?:活|工作|工|岗位|班)|干这个|做这个|这活")
"""The work on screen named as what a closing 吧 checks (这活儿, 这个工作, 干这个)."""


_PAST_THE_LIMIT = ("超了", "超龄了", "超龄", "超过了", "太大了", "大了点", "超出了")
"""How a guess closed by 吧 says one is past an age limit (41岁超了吧)."""
_AGE_TOLD = compiled(r"\d{2}\s*(?:岁|周岁)?(?!号)|岁数|年纪|年龄")
"""An age told before such a guess (41岁, 年纪)."""
_HARDSHIP = compiled(
    r"(?:热|冷|累|晒|闷|呛|吵|臭|脏)(?:死了|死人|得很|得要命|坏了|惨了)$|(?:废|烂)了?$"
    r"|(?:很|挺|贼|蛮|特别|超|巨)(?:累|热|冷|晒|闷|沉|重|脏|苦|辛苦)(?:的)?$"
)
"""How hard a thing is, guessed before 吧 (热得很, 累死了, 废了, 很沉, 挺累的)."""
_ENOUGH = ("就行", "就可以", "就够了", "就成", "就中")
"""How a clause closing in 吧 asks whether what one has is enough (高中毕业就行吧)."""
_FREE_SAID = ("免费", "不要钱", "不收钱", "不收费", "不花钱", "不用钱", "不用交钱", "不用花钱", "不扣钱")
"""How a clause closing in 吧 says a thing costs nothing (住宿免费吧): what it checks."""
_NOT_THE_WORK = ("主播", "你", "他", "她", "今天", "昨天", "今晚", "天气", "太", "这天")
"""Words of a hardship guessed of someone or of the weather, or exclaimed (也太累了吧), not of the job."""


_SELF_PAID = compiled(r"(?:要|得|需要|是)自己(?:出钱|掏钱|掏|出|付钱|付|交钱|交|买|承担)(?:的)?$")
"""A cost borne by the worker (要自己出钱, 得自己买), said before a checking 吧."""


_NEEDED = ("得有", "要有", "需要", "得要", "必须有", "得会", "要会")
"""What opens a clause naming what one must hold or know (得有驾照吧, 要会电脑吧)."""


def _checks(before: str, end: int, hits: list[Hit]) -> bool:
    """Whether a closing 吧 checks a fact (包吃吧, 坐着干的吧, 对吧, 周三面试是吧) rather than urges
    (走吧, 报名吧); 不给看是吧 complains."""
    if before.endswith("对") or (len(before) >= 4 and before.endswith("的")):
        return True
    if len(before) >= 3 and before.endswith("是") and not before.endswith(_GUESSES) and "不" not in before:
        return True  # 周三面试是吧: a tag that asks to confirm what was said (应该是吧 only guesses)
    if any(h.end == end and h.term.strong and not {"apply", "jobs"} & set(h.term.strong) for h in hits):
        return True
    if before.lstrip().startswith(_NEEDED) and any(h.end == end and h.term.ask for h in hits):
        return True  # 得有驾照吧: what one must hold, checked
    if before.endswith(_NEEDED) and any(h.end <= end - 2 and (h.term.ask or h.term.strong) for h in hits):
        return True  # 叉车证得有吧: the same, the thing named first
    if before.lstrip().startswith(_WORRIED) and any(h.term.strong or h.term.ask for h in hits):
        return True  # 不会让我签培训贷吧: a fear put as a question
    if before.startswith("是") and any(h.start == end - len(before) and h.term.strong for h in hits):
        return True  # 是直招不是中介吧: what the job is said to be, checked
    if _SELF_PAID.search(before) and any(h.term.strong and h.end <= end for h in hits):
        return True  # 入职体检要自己出钱吧: whether one pays for a thing oneself, checked
    if before.endswith(_PAST_THE_LIMIT) and _AGE_TOLD.search(before):
        return True  # 41岁超了吧: whether one's age is past the job's limit
    if before.endswith(_ENOUGH) and any((h.term.strong or h.term.ask) and h.end <= end - 2 for h in hits):
        return True  # 高中毕业就行吧: whether what one has is enough, checked
    if before.endswith(_FREE_SAID) and any(h.term.strong and h.end <= end for h in hits):
        return True  # 住宿免费吧, 吃饭不要钱吧: that a thing costs nothing, checked
    hardship = _HARDSHIP.search(before)
    if hardship is not None and not any(w in before for w in _NOT_THE_WORK):
        # 炉前热得很吧, 夏天烫台热死了吧: how hard the work is, guessed of what the job is done at
        # (主播很累吧, 今天热死了吧 are no questions of the job).
        return len(core_of(before[: hardship.start()]).removesuffix("也").removesuffix("都")) >= 2
    # 这活儿挺累吧, 干这个很热吧: how the work is, checked of the work named (主播很累吧 only sympathises).
    return _THE_WORK.search(before) is not None and any(
        h.end == end and h.term.weak and set(h.term.weak) <= {"duties", "hours"} for h in hits
    )


def leftover(
    text: str,
    hits: Iterable[Hit],
    spans: Iterable[tuple[int, int]],
    *,
    weak_is_topic: bool = False,
    ignore: Iterable[str] = (),
    within: tuple[int, int] | None = None,
) -> str:
    """What is left of a line (or of its part `within`) once known terms, references and signs are out.

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
    first, last = within if within is not None else (0, len(text))
    rest = "".join(
        ch
        for ch, c in zip(text[first:last], covered[first:last], strict=True)
        if not c and ch not in _IGNORABLE
    )
    for word in ignore:
        rest = rest.replace(word, "")
    return rest


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of a line starts and ends (signs and spaces divide them)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSES.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_SPOKEN_RUN = 12
"""A clause this long with no sign in it is likely a spoken line run on (voice input)."""
_NEW_SUBJECT = compiled(
    r"(?<=[\u4e00-\u9fff])(?<![的给跟和让叫帮找问对把被说与同向替教带是要请])(?=我|俺|他|她|你们|咱们)"
    r"|(?<=[\u4e00-\u9fff]了)(?![解吗吧呢啊呀没不么嘛的])(?=[\u4e00-\u9fff])"
)
"""Where a run-on spoken line turns to another subject (…有证他想去…, …干过你们这个…) or goes on
after telling what has happened (我闺女放假了想找个…)."""


def spoken_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a line, a long run-on clause cut where it turns to another subject (我老公开过
    五年叉车有证他想去你们那个叉车岗位一个月多少钱: 我老公开过五年叉车有证 | 他想去你们那个叉车岗位…)."""
    spans: list[tuple[int, int]] = []
    for start, end in clause_spans(text):
        if end - start < _SPOKEN_RUN:
            spans.append((start, end))
            continue
        cuts = [m.start() for m in _NEW_SUBJECT.finditer(text, start, end)]
        last = start
        for cut in cuts:
            if cut - last >= 3 and end - cut >= 3:
                spans.append((last, cut))
                last = cut
        spans.append((last, end))
    return spans


def strong_intents(hits: Iterable[Hit]) -> list[Scored]:
    """The intents of the strong terms, in the order they appear."""
    return [Scored(i, h.start, STRONG) for h in hits for i in h.term.strong]


def ask_intents(hits: Iterable[Hit]) -> list[Scored]:
    """The intents of the words that ask only within a question (睡哪, 澡堂, 过敏), in order."""
    return [Scored(i, h.start, PATTERN) for h in hits for i in h.term.ask]


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """Where one lexicon pattern matched a line, and what it asks."""

    start: int
    end: int
    intents: tuple[str, ...]
    weak: bool


def match_patterns(text: str, lexicon: Lexicon) -> list[PatternMatch]:
    """Every lexicon pattern that matches the line, at its first match."""
    found: list[PatternMatch] = []
    chars = set(text)
    gates = lexicon.pattern_gates
    opened: set[int] = set(gates.get("", ()))
    for ch in chars:
        ids = gates.get(ch)
        if ids:
            opened.update(ids)
    for n in sorted(opened):
        pattern = lexicon.patterns[n]
        if any(needed.isdisjoint(chars) for needed in pattern.trigger):
            continue
        match = pattern.regex.search(text)
        if match is not None:
            found.append(PatternMatch(match.start(), match.end(), pattern.intents, pattern.weak))
    return found


def pattern_spans(matches: Iterable[PatternMatch]) -> list[tuple[int, int]]:
    """Where the lexicon's patterns match: words they explain are no leftover."""
    return [(m.start, m.end) for m in matches]


def explained(hits: Iterable[Hit], matches: list[PatternMatch]) -> tuple[list[Hit], list[PatternMatch]]:
    """The hits and matches left once longer strong phrases have explained what lies inside them."""
    # A topic word or a shorter phrase within a phrase that asks something else gives way to it:
    # 加班咋算钱 asks about pay, not hours; 押不押证件 about the deposit, not papers; 宿舍离车间远吗
    # about the dorm, not the way there; 住宿需要交费吗 about the dorm, not a fee to an agent.
    # Search phrases neither explain nor are explained: whether a line searches is decided apart.
    strong = [m for m in matches if not m.weak and "jobs" not in m.intents]

    def inside(start: int, end: int, topics: set[str]) -> bool:
        """Whether a longer strong match asking none of `topics` holds text[start:end]."""
        return any(
            m.start <= start
            and end <= m.end
            and m.end - m.start > end - start
            and not topics & set(m.intents)
            for m in strong
        )

    kept: list[Hit] = []
    for hit in hits:
        term = hit.term
        topics = {*term.strong, *term.weak, *term.ask}
        if topics and "jobs" not in topics and inside(hit.start, hit.end, topics):
            continue
        kept.append(hit)
    left = [m for m in matches if "jobs" in m.intents or not inside(m.start, m.end, set(m.intents))]
    return kept, left


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


def pattern_intents(matches: Iterable[PatternMatch], *, weak: bool = False) -> list[Scored]:
    """The intents of the strong (or, with `weak`, weak) pattern matches."""
    return [
        Scored(i, m.start, WEAK if weak else PATTERN) for m in matches if m.weak == weak for i in m.intents
    ]


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


quicken_all(globals())
