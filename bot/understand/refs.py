"""What a comment refers to: job numbers, titles, employers, cities, companies not in the catalogue.

Resolution (SPEC §4): an explicit reference wins (a number; an employer plus a title; a title or
employer that names one job). A title several jobs share resolves to the featured job when it is
one of them, else to the one job of that title at the featured job's employer, else to no job.
An employer with several jobs resolves to no job, even when the featured job is one of them (the
employer is still named, and the room answers about the job on screen when it is that employer's).
A city narrows to the featured job when it is there, else to no job; a workplace named by its city
(常州那个厂) names no job of several there, like an employer. A company that is not in the
catalogue resolves to no job, never to the featured one; so does a title the catalogue has no job
of (保安工资多少). With no reference at all, a job-specific question is about the featured job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from bot.kept.regexes import compiled
from bot.understand.lexicon import Lexicon
from bot.understand.pinyin import sound_key
from bot.understand.segmenter import Segmenter
from bot.understand.terms import Hit
from catalog.index import CatalogIndex

_JOB_NUMBER = compiled(
    r"(?:#|no\.?|第|编号)\s*(\d{1,3})(?![\d.]|个?(?:月|天|年|周|星期|礼拜|次|批|期|季度|小时|份))"
    r"|(?<![\d.])(\d{1,3})\s*号(?!线|楼|床|机(?!长|修)|位|码|店|门|房(?!租|费|补|钱)|车间)"
    r"|报名?\s*(\d{1,3})(?![\d.]|岁|块|元|千|万|k)"
)
_DATE_BEFORE = ("月", "月份", "每月", "日", "资是", "薪是", "资在")
_DATE_AFTER = (
    "发",
    "前",
    "之前",
    "以前",
    "以后",
    "之后",
    "开始",
    "到",
    "至",
    "晚上",
    "上午",
    "下午",
    "早上",
    "左右",
    "那天",
    "当天",
)

_HANDS_OUT = compiled(r"发(?:工服|工衣|工装|工作服|衣服|被子|被褥|鞋|劳保|手套|帽子|东西)")
"""After a number, a thing handed out (8号发工服吗): a job's number, not the day of a payday."""
_FROM: tuple[str, ...] = ("离", "到", "从", "距离", "去往", "回", "我", "我是", "俺", "俺是", "老家")
_FROM += ("老家是", "我家", "我们", "俺们", "咱们")
_FROM_HERE = ("的", "人", "过去", "过来", "到", "出发", "来的")
"""After a place, words that make it where the viewer is from (河北的, 西安过去)."""
_WORK_THERE = ("的厂", "的活", "的工作", "的岗位", "的公司", "的单位")
"""After a place, words that look for work there (江西的厂有哪些)."""
_SETTING_OUT = compiled(
    r"(?:的话)?[\s,]*(?:怎么|咋|如何|要)?(?:过去|过来|坐车|打车|出发|到厂|去厂|到你们|去你们)"
)
"""After 在 and a city, the way there from it (我在河南怎么过去): where the viewer sets out from."""
_WHERE_ONE_IS = ("我在", "人在", "俺在", "我人在", "我现在在", "我住", "我住在", "我家在", "我屋在", "俺家在")
"""Before a city, words saying the viewer lives or stays there."""
_ONE_IS_THERE = compiled(r"(?:城里|市里|县里|这边|这里|那边)?(?:[\s,]|过不去|去不了|来不了)")
"""After a city that follows one of those words, what tells the viewer is there (我在上饶 可以视频面试吗,
我住广丰城里 有车接吗, 人在武汉 面试要跑过去吗, and closing a question: 可以视频面试吗 我在上饶): where they
are, not where they look for work. Said alone (我在昆山), it is chatter naming the city."""
_WORKED = compiled(
    r"(?:的)?(?:厂里|厂|那边|那里|那儿)?(?:干过|做过|上过班|待过|呆过|打过工|干了|做了|待了|呆了|打工)"
)
"""After an employer or a city that follows 在, work the viewer or someone else did there
(在华辰干过, 我去年在东莞干了一年): where they worked, not the job asked about."""
_BEFORE = ("以前在", "之前在", "原来在", "去年在", "上次在", "上次去", "以前去", "之前去", "去年去")
"""Before a workplace, words telling the viewer was there once (上次去晋江鞋厂被压两个月)."""


def _worked_there(text: str, start: int, end: int) -> bool:
    """Whether the employer or place at text[start:end] follows 在 and is followed by work done there
    (在华辰干过, 我在福清船厂做过)."""
    return text[:start].endswith("在") and _WORKED.match(text, end) is not None


def _worked_at(text: str, start: int, end: int) -> bool:
    """Whether the workplace named at text[start:end] is where the viewer worked before, told
    (上次去晋江鞋厂, 我在福清船厂做过), not one asked about."""
    return text[:start].endswith(_BEFORE) or _worked_there(text, start, end)


_PAID_FOR = compiled(
    r"[\s,]*(?:费|哪个出|谁出|谁交|谁付|自己出|自己交|自己付|平摊|分摊|另算|怎么算|要钱|要交钱|包不包|包吗|免费)"
)
"""After 水电, words of who pays for it: the water and power of a room, not the trade."""
_SKILL = ("会", "会开", "会用", "懂", "熟悉", "干过", "做过", "当过")
"""Before a title, a skill the job asks for (要会开叉车吗), not a job; 学会开叉车 still wants that job."""
_LEARN = ("学会", "学会开", "学会用")
_MY_OWN_WORK = compiled(r"(?:我|俺)(?:之前|以前|原来|现在|一直)?(?:是|在)?(?:干|做|送|跑|开|当)?(?:过|了)?$")
"""Before a title the catalogue lacks, the asker telling their own work (我之前送外卖的): no other job
asked."""
_RISE = ("升", "升到", "升为", "晋升", "晋升为", "当上", "转成", "转为")
"""Before a title, the post one may rise to (以后能升技术员不), not the job asked about."""

_LIKE = ("跟", "和", "像", "同")
_LIKENED = compiled(r"(?:的)?(?:一样|差不多|一个样)")
"""A job number likened to (跟4号一样不): said to compare, not to name the job asked about."""
_STATION = compiled(r"(?:火车|高铁|汽车|客运)?[东南西北]?站|机场|[东南西北](?=有|接|怎么|咋|到|下车|出站)")
"""After a city, a station or airport (湖州站有接的吗, 广州南有人接吗: the station called without 站):
where one arrives, not a search for work there."""
_POINTED = compiled(r"那个|那家|那边的?|那里的?|这个|这家|的那个|的那家|的厂")
"""After a city, words that point at a workplace there (常州那个厂, 武汉那个)."""
_JOINED = compiled(r"\s*(?:和|跟|与|同|还是|或者|或|比|跟那个|和那个|跟个|还是那个)\s*")
"""Between two titles, words that join them (月嫂和保姆, 焊工还是冲压): two jobs, not one."""
_EACH = compiled(r"一个|我|俺|他|她|老婆|老公|媳妇|男人|男的|女的|爱人|对象")
"""Between two titles, another person (一个做厨师一个做护工, 我想干厨师我老婆干护工): a job for each."""
_COMPARED = compiled(r"比|和|跟|还是|与|哪个")
"""Words that set two jobs side by side."""
_THERE = compiled(r"那边|那里|那儿|那块|厂子|家的")
"""After a name, words that point at a place of work without naming a company (洪宇那边, 嘉丽家的)."""

PLACE_WORDS = ("镇", "区", "路", "街", "村", "县", "站", "大道", "大街", "市", "新区", "园区")
"""After a company's name, words that make it a place named after it (长安镇, 华为路): no company."""

_ORDINARY_WORD = compiled(r"统一(?=[去来安排住发培训接送办坐管买交报面入分])")
"""A company's name that is also an everyday word, used as one (统一去, 统一安排: all together)."""

STOP_CHARS = frozenset(
    "的了是个家么啥我你他她它们这那哪想要到找和跟说问做干上下有没不在去进能会就都也还吗呢吧啊呀与及或给让被把从向往对为很离"
    "真最更再又才刚已将等些种样点多少几怎咋如何请帮叫让"
)
"""Characters a company name does not hold: a name is what stands between them and the suffix."""


@dataclass(slots=True)
class Refs:
    """Everything a comment names."""

    numbers: list[int] = field(default_factory=list)
    number_spans: list[tuple[int, int]] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    titles: list[tuple[str, ...]] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    unknown_company: bool = False
    two_jobs: bool = False
    """Two titles of different jobs joined (月嫂和保姆, 焊工还是冲压): no single job is asked about."""
    city_named_workplace: bool = False
    """A workplace named by its city (常州那个厂包住不): like an employer named alone, it names no single
    job of several there, not even the featured one; unless pointed at as this one (北京这个多少钱), which
    is the job on screen when it is there."""
    city_named_here: bool = False
    """That workplace pointed at as this one (北京这个, 苏州这家) rather than that one (武汉那个)."""
    from_elsewhere: bool = False
    """A place with no work of ours named as where the viewer is from (河北的要不要): a place is named,
    though no job is."""
    unknown_title: bool = False
    """A job title the catalogue has no job of (保安工资多少 while a 普工 is on screen)."""
    written_in: set[str] = field(default_factory=set)
    """Jobs whose own title writes a job name the comment uses of another job (鸡肉分割工 for 分割)."""
    districts: list[str] = field(default_factory=list)
    """The districts or towns of the catalogue's addresses named (航空港 of 郑州航空港区)."""
    title_topics: list[tuple[str, ...]] = field(default_factory=list)
    """For each of `titles`, the topics its word also names (食堂, a job's alias and the canteen)."""
    regions: dict[str, frozenset[str]] = field(default_factory=dict)
    """The provinces named, each with its cities (新疆 of 新疆热不热, a job in 库尔勒 on screen)."""


_OF_THE_PLACE = ("话", "菜", "口味", "口音", "老乡", "特产", "考的", "考过")
"""What follows a place when the line names its speech, food or people (四川话, 贵州菜, 河北考的)."""
_GEAR_ENDS = frozenset("带帽鞋绳网服")
"""Characters that make part of a job's title into gear (安全带, 安全帽 of 安全员)."""
_THING_ENDS = frozenset("机器")
"""Characters that make a job's name into a thing (洗碗 of 洗碗机): no job is named then."""


def find_job_numbers(text: str) -> list[tuple[int, int, int]]:
    """Job numbers a normalised line names (3号, #3, 第3, 报名3), as (number, start, end); dates excluded."""
    found: list[tuple[int, int, int]] = []
    for match in _JOB_NUMBER.finditer(text):
        raw = match.group(1) or match.group(2) or match.group(3)
        start, end = match.span()
        if match.group(2) is not None:
            if text[max(0, start - 2) : start].endswith(_DATE_BEFORE):
                continue
            if text[end : end + 2].startswith(_DATE_AFTER) and _HANDS_OUT.match(text, end) is None:
                continue
            if "几号" in text[:start] and int(raw) <= 31 and not text.startswith("呢", end):
                continue  # 几号发工资 是不是20号: the day asked for, guessed; 几号面试 2号呢 asks of a job
        found.append((int(raw), start, end))
    return found


class CompanyFinder:
    """Tells when a comment names a company, and whether the catalogue has it."""

    def __init__(self, lexicon: Lexicon, index: CatalogIndex, segmenter: Segmenter) -> None:
        """Prepare the suffix pattern and the employers' names for fuzzy and sound-alike matching."""
        suffixes = sorted(lexicon.company_suffixes, key=len, reverse=True)
        self._suffix = compiled("|".join(re.escape(s) for s in suffixes)) if suffixes else None
        self._generic = lexicon.generic_company_heads
        self._generic_in_order = tuple(sorted(self._generic, key=lambda w: (-len(w), w)))
        """The generic words, longest first: stripped in one order whatever the hash seed."""
        self._segmenter = segmenter
        employers = index.catalog.employers
        self._names = [(name, e.id) for e in employers for name in (e.name, *e.aliases)]
        self._sound_table: dict[str, str] | None = None
        self._long_names = [(name.lower(), employer) for name, employer in self._names if len(name) >= 6]
        titles = [w for j in index.catalog.jobs for w in (j.title, *j.aliases)]
        self._own_words = " ".join([*(name for name, _ in self._names), *titles]).lower()
        """The catalogue's own names: a trade one of them holds (座椅厂, 医药厂) names no other company."""
        self._told_of = " ".join(f"{f.q} {f.a}" for e in employers for f in e.faq).lower()
        """What the employers' FAQs say: a brand named there (美团 of the station that runs its riders,
        富士康 of the agency that places workers there) is the employer's partner, not a company the
        catalogue lacks."""

    @property
    def _sounds(self) -> dict[str, str]:
        """Each employer name's sound -> the employer (built on first need: it reads a pinyin table)."""
        if self._sound_table is None:
            table: dict[str, str] = {}
            for name, employer in self._names:
                if len(name) >= 2:
                    table.setdefault(sound_key(name), employer)
            self._sound_table = table
        return self._sound_table

    def match_employer(self, name: str) -> str | None:
        """The catalogue employer a misspelt name stands for: same sound, or a long name one slip away."""
        found = self._sounds.get(sound_key(name))
        if found is not None:
            return found
        if len(name) >= 6:
            best: tuple[float, str] | None = None
            for known, employer in self._long_names:
                from rapidfuzz import fuzz  # only a long misspelt name needs it

                score = fuzz.ratio(name, known)
                if score >= 88 and (best is None or score > best[0]):
                    best = (score, employer)
            if best is not None:
                return best[1]
        return None

    def has_suffix(self, text: str) -> bool:
        """Whether the line holds a company suffix at all (厂, 电子, 公司 …)."""
        return self._suffix is not None and self._suffix.search(text) is not None

    def _name_before(self, text: str, start: int, owner: list[Hit | None]) -> tuple[str, str | None]:
        """The name standing before a company suffix: (name, employer id when it is a catalogue one)."""
        i = start - 1
        while i >= 0:
            hit = owner[i]
            if hit is not None:
                if hit.term.employers:
                    return "", hit.term.employers[0]
                if hit.term.company:
                    return hit.term.word, None
                break
            ch = text[i]
            if ch in STOP_CHARS or not ("\u4e00" <= ch <= "\u9fff" or "a" <= ch <= "z"):
                break
            i -= 1
        return text[i + 1 : start], None

    def find(self, text: str, hits: list[Hit], *, careful: bool = True) -> tuple[list[str], bool]:
        """Employers named by sound or spelling before a company suffix; whether an unknown one is named.

        Telling a company's name from ordinary words takes the word segmenter; without `careful`
        (a line whose result cannot depend on it) a name that is no employer's is not looked at.
        """
        unknown = any(
            h.term.company
            and not h.term.employers
            and not text.startswith(PLACE_WORDS, h.end)
            and _ORDINARY_WORD.match(text, h.start) is None
            and h.term.word not in self._told_of
            for h in hits
        )
        employers: list[str] = []
        if self._suffix is None:
            return employers, unknown
        owner: list[Hit | None] = [None] * len(text)
        for hit in hits:
            for k in range(hit.start, hit.end):
                owner[k] = hit
        for match in self._suffix.finditer(text):
            covering = owner[match.start()]
            if covering is not None and (covering.term.employers or covering.term.company):
                continue
            raw, employer = self._name_before(text, match.start(), owner)
            if employer is not None:
                continue
            name = self._strip_heads(raw)
            # A catalogue name's sound-alike is looked for before generic words are stripped (顺大物流).
            known = self.match_employer(raw + match.group(0)) if len(raw) >= 2 else None
            if known is None and len(name) < 2:
                continue
            known = known or self.match_employer(name + match.group(0)) or self.match_employer(name)
            if known is not None:
                employers.append(known)
            elif careful and name.lower() not in self._own_words and self._is_name(name):
                unknown = unknown or not _worked_at(text, match.start() - len(raw), match.end())
        for match in _THERE.finditer(text):
            # 洪宇那边包吃吗: a catalogue name's sound-alike before 那边; any other name there is a place.
            raw, employer = self._name_before(text, match.start(), owner)
            known = self.match_employer(raw) if employer is None and len(raw) >= 2 else None
            if known is not None and known not in employers:
                employers.append(known)
        return employers, unknown

    def _strip_heads(self, name: str) -> str:
        """Drop generic words (这个, 电子, 大型) from the front and back of a would-be name."""
        while name and name not in self._generic:
            # One word at a time, the longest first, so the result is the same whatever the order
            # of the set: 大型电子 loses 大型 and is then 电子, a generic word itself.
            for head in self._generic_in_order:
                if len(head) < len(name) and name.startswith(head):
                    name = name[len(head) :]
                    break
                if len(head) < len(name) and name.endswith(head):
                    name = name[: -len(head)]
                    break
            else:
                return name
        return ""

    def _is_name(self, name: str) -> bool:
        """Whether `name` is a proper name rather than ordinary words (文化, 老乡)."""
        words = [w for w in self._segmenter.cut(name) if w.strip()]
        while words and (self._segmenter.is_common(words[0]) or words[0] in self._generic):
            words.pop(0)
        rest = "".join(words)
        if len(rest) < 2 or rest in self._generic:
            return False
        return not self._segmenter.is_common(rest)


def _from_elsewhere(text: str, hit: Hit, worked: frozenset[str]) -> bool:
    """Whether a place with no work of ours is where the viewer is from (河北的要不要, 西安过去远不远,
    我在济南能去吗), not a place they look for work in (有没有西安的)."""
    return (
        bool(hit.term.city)
        and hit.term.city not in worked
        and (text.startswith(_FROM_HERE, hit.end) or text[: hit.start].endswith("在"))
        and not text[: hit.start].endswith(("有", "有没有", "有没", "哪"))
        and not text.startswith(_WORK_THERE, hit.end)
    )


def find_refs(
    text: str,
    hits: list[Hit],
    index: CatalogIndex,
    companies: CompanyFinder,
    *,
    careful: bool = True,
) -> Refs:
    """Everything a normalised line names (an unknown company only when `careful`: see CompanyFinder.find)."""
    refs = Refs()
    titled: list[Hit] = []
    origin_end = -1  # where a place the viewer comes from ends: a place right after it is part of it
    numbers = find_job_numbers(text)
    for number, start, end in numbers:
        if len(numbers) == 1 and _LIKENED.match(text, end) and text[:start].endswith(_LIKE):
            continue  # 有年终奖吗 跟4号一样不: the job on screen is asked, 4号 is what it is likened to
        refs.numbers.append(number)
        refs.number_spans.append((start, end))
    worked = index.city_names
    city_end = -1  # where the last place named ends: a place read across its end is no place
    for hit in hits:
        term = hit.term
        if term.city and not term.employers:
            if hit.start < city_end:
                continue  # 佛山西有接站不: 山西 read across 佛山 and its 西 (佛山西站)
            city_end = hit.end
        if (term.employers or term.city) and _worked_at(text, hit.start, hit.end):
            continue  # 在华辰干过, 之前在东莞被坑过: a past workplace, told
        if term.jobs and term.word == "水电" and _PAID_FOR.match(text, hit.end) is not None:
            continue  # 住宿舍要交钱吗 水电哪个出: a room's water and power, not the 水电 trade
        if term.city and not term.employers and text.startswith(_OF_THE_PLACE, hit.end):
            continue  # 四川话, 贵州菜, 广东老乡: the speech, food or people of a place, not where the job is
        if term.employers:
            for employer in term.employers:
                if employer not in refs.employers:
                    refs.employers.append(employer)
        elif (term.jobs or term.kin_jobs) and (
            text[: hit.start].endswith(_SKILL) and not text[: hit.start].endswith(_LEARN)
        ):
            pass
        elif (term.jobs or term.kin_jobs) and text[: hit.start].endswith(_RISE):
            pass  # 升技术员 names a post to rise to, not the job asked about
        elif (term.jobs or term.kin_jobs) and text[: hit.start].endswith(("比", "比起")):
            pass  # 累不累啊 比总装轻快不: the job compared with, not the one asked about
        elif (term.jobs or term.kin_jobs or term.title) and text[hit.end : hit.end + 1] == "证":
            pass  # 我只有焊工证: a certificate named after a trade, not a job asked about
        elif (term.jobs or term.kin_jobs) and text[hit.end : hit.end + 1] in _THING_ENDS:
            pass  # 有洗碗机吗: a machine the job's name begins, not the job
        elif (
            (term.jobs or term.kin_jobs)
            and text[hit.end : hit.end + 1] in _GEAR_ENDS
            and all(len(index.by_id[j].title) > hit.end - hit.start for j in (*term.jobs, *term.kin_jobs))
        ):
            pass  # 有没有安全带: gear named by part of a title (安全 of 安全员), not the job
        elif term.jobs:
            refs.titles.append(term.jobs)
            refs.title_topics.append(term.strong)
            refs.written_in.update(term.written_in)
            titled.append(hit)
        elif term.kin_jobs:
            refs.titles.append(term.kin_jobs)
            refs.title_topics.append(term.strong)
            titled.append(hit)
        elif (
            term.title
            and not text[: hit.start].endswith((*_SKILL, *_RISE, "学", "学当", "学做"))
            and _MY_OWN_WORK.search(text, max(0, hit.start - 8), hit.start) is None
        ):
            refs.unknown_title = True
        # 离苏州火车站远吗, 从上海过去, 我们四川人, 我湖南的: where one comes from, not which job.
        origin = (
            text[: hit.start].endswith(_FROM)
            or (term.city is not None and hit.start == origin_end)  # 从河南商丘: the city of the province
            or text.startswith(("人", "本地人"), hit.end)
            or (text[: hit.start].endswith("在") and _SETTING_OUT.match(text, hit.end) is not None)
            or (
                text[: hit.start].endswith(_WHERE_ONE_IS)
                and (_ONE_IS_THERE.match(text, hit.end) is not None or (hit.end == len(text) and " " in text))
            )
            or _STATION.match(text, hit.end) is not None
            or _from_elsewhere(text, hit, worked)
        )
        if term.city and origin and term.city not in worked:
            refs.from_elsewhere = True
            origin_end = hit.end
        if term.district and not origin:
            refs.districts.append(term.word)
        if term.city and term.city not in refs.cities and not origin:
            refs.cities.append(term.city)
            if term.within:
                refs.regions[term.city] = term.within
            pointed = _POINTED.match(text, hit.end)
            if pointed:
                refs.city_named_workplace = True
                refs.city_named_here = pointed.group(0).startswith("这")
    refs.two_jobs = any(
        not set(a.term.jobs or a.term.kin_jobs) & set(b.term.jobs or b.term.kin_jobs)
        and _JOINED.fullmatch(text, a.end, b.start) is not None
        for a, b in pairwise(titled)
    ) or any(
        # 一个做厨师一个做护工, 我想干厨师我老婆干护工: each of two named for its own person
        a.term.jobs
        and b.term.jobs
        and not set(a.term.jobs) & set(b.term.jobs)
        and _EACH.search(text, a.end, b.start) is not None
        for a, b in pairwise(titled)
    )
    if refs.numbers and refs.titles and _compared_between(text, refs.number_spans, titled):
        # SMT工资比2号高吗: one job named by its title, another by its number, set side by side.
        numbered = {index.by_number[n].id for n in refs.numbers if n in index.by_number}
        refs.two_jobs = bool(numbered) and not any(numbered & set(titled) for titled in refs.titles)
    if any(h.term.company for h in hits) or companies.has_suffix(text) or _THERE.search(text):
        named, unknown = companies.find(text, hits, careful=careful)
        for employer in named:
            if employer not in refs.employers:
                refs.employers.append(employer)
        refs.unknown_company = unknown and not refs.employers and not refs.numbers
    return refs


def _compared_between(text: str, numbered: list[tuple[int, int]], titled: list[Hit]) -> bool:
    """Whether a job's number and a title are set side by side: a joining word stands between them
    (焊工比2号累吗, 2号还是焊工), or 哪个 asks which; 10号包装坐着做还是站着 compares two postures."""
    if "哪个" in text:
        return True
    spans = [*numbered, *((h.start, h.end) for h in titled)]
    first_end = min(end for _, end in spans)
    last_start = max(start for start, _ in spans)
    return first_end < last_start and _COMPARED.search(text, first_end, last_start) is not None


def _addresses(index: CatalogIndex, job_id: str | None) -> str:
    """The addresses of a job and of its employer, as one text."""
    shown = index.by_id[job_id or ""]
    own = shown.location.address if shown.location else None
    return " ".join(a or "" for a in (own, index.employer_of(shown).address))


def resolve_job(
    refs: Refs,
    index: CatalogIndex,
    featured: str | None,
    job_specific: bool,
) -> str | None:
    """The one job a comment is about, following the rules in this module's docstring."""
    if refs.numbers:
        jobs = {index.by_number[n].id for n in refs.numbers if n in index.by_number}
        if refs.two_jobs:
            return None  # SMT工资比2号高吗: a job by its title, another by its number
        if len(jobs) == 1 and len(set(refs.numbers)) == 1:
            return jobs.pop()
        return None
    if refs.unknown_company or (refs.unknown_title and not (refs.titles or refs.employers)):
        return None
    placed = job_specific and not (refs.titles or refs.employers) and featured in index.by_id
    if placed and refs.districts and any(d in _addresses(index, featured) for d in refs.districts):
        return featured  # 航空港那边离市区远不: the place of the job on screen
    if (
        placed
        and refs.cities
        and index.city_of(index.by_id[featured or ""]) not in refs.cities
        and all(
            c in _addresses(index, featured)
            or index.place_of(index.by_id[featured or ""]) in refs.regions.get(c, ())
            for c in refs.cities
        )
    ):
        # 新疆太远了 路费报不报 of a job at 新疆哈密市… or in 库尔勒: the province it is in
        return featured
    if featured in refs.written_in and len(refs.titles) == 1 and not refs.employers:
        return featured  # 分割要站一天吗 with 鸡肉分割工 on screen: that job, not the 分割工 elsewhere
    candidates: set[str] | None = None
    if refs.titles:
        if refs.two_jobs:
            return None  # 月嫂和保姆哪个挣得多: two jobs named, neither is the one asked about
        candidates = set().union(*refs.titles)
    if refs.employers:
        of_employers = {j.id for e in refs.employers for j in index.jobs_of.get(e, ())}
        candidates = of_employers if candidates is None else candidates & of_employers
    if refs.cities and (candidates is None or len(candidates) > 1):
        in_cities = {j.id for j in index.catalog.jobs if index.city_of(j) in refs.cities}
        if candidates is None:
            candidates = in_cities
        elif candidates & in_cities:
            candidates &= in_cities
    if candidates is None:
        return featured if job_specific and featured in index.by_id else None
    if len(candidates) == 1:
        return next(iter(candidates))
    named_alone = (
        refs.employers or (refs.city_named_workplace and not refs.city_named_here)
    ) and not refs.titles
    if featured in candidates and not named_alone:
        return featured  # an employer named alone names none of its several jobs, not even the one on screen
    if refs.titles and not refs.employers and featured in index.by_id:
        same = {j for j in candidates if index.by_id[j].employer == index.by_id[featured].employer}
        if len(same) == 1:
            return same.pop()
    return None


def resolve_employer(refs: Refs, index: CatalogIndex, job: str | None) -> str | None:
    """The employer a comment names or its job implies."""
    if job is not None:
        return index.by_id[job].employer
    if refs.unknown_company:
        return None
    if len(refs.employers) == 1:
        return refs.employers[0]
    return None


def resolve_city(refs: Refs, index: CatalogIndex, job: str | None, employer: str | None) -> str | None:
    """The city a comment names or its job or employer implies."""
    if job is not None:
        return index.city_of(index.by_id[job])
    if refs.cities:
        return refs.cities[0]
    if employer is not None:
        return index.employers[employer].city
    return None
