"""Which catalogue fact answers a question: its facet, found from its own words, or none.

A question's facet comes from its words (`facets.facet_in`); the fact is the field the facet
names, else a free-text fact holding the facet's words (requirements.other, the notes, amenities,
pick-up, the FAQ). A question with no facet word is about the topic in general, unless words are
left over once the job's names, the topic's general words and the particles are taken out: those
words are matched against the free-text facts, and when nothing holds them the catalogue lacks
the fact — the question goes to the host with the words asked, never to the nearest fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from bot.answer.compose import Composed, forms_of, intent_facts, job_head
from bot.answer.facets import (
    BY_KEY,
    DRIVING_CLASSES,
    MA_CLOSES,
    SUM_SAID,
    Facet,
    asks_in_form,
    clause_of,
    facet_in,
)
from bot.answer.facts import NO_FEE, Fact, legitimacy_facts
from bot.kept.regexes import compiled
from catalog.index import CatalogIndex
from catalog.models import Job

MAX_CHARS_ONE_FACT = 20
"""At this message length or below, an answer states the asked fact only."""


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(text.split())


FREE_FIELDS = frozenset(
    {
        "pay.note",
        "pay.overtime",
        "pay.payday",
        "pay.base",
        "hours.shift",
        "hours.rest",
        "hours.note",
        "duties.content",
        "duties.intensity",
        "duties.posture",
        "duties.note",
        "dorm.provided",
        "dorm.distance",
        "dorm.fee",
        "dorm.couples",
        "dorm.room",
        "dorm.allowance",
        "dorm.note",
        "canteen.provided",
        "canteen.cost",
        "canteen.subsidy",
        "canteen.note",
        "insurance.social",
        "insurance.note",
        "prospects.path",
        "prospects.training",
        "prospects.note",
        "requirements.education",
        "requirements.gender",
        "requirements.experience",
        "requirements.other",
        "location.transport",
        "location.pickup",
        "location.note",
        "apply.how",
        "apply.interview",
        "apply.start",
    }
)
"""Facts written as free text by the recruiter: searched for a facet's words and a question's."""

TOPICS = (
    "pay",
    "dorm",
    "canteen",
    "hours",
    "duties",
    "insurance",
    "prospects",
    "location",
    "requirements",
    "apply",
)

COMMON = _words(
    "请问 靓仔 靓女 问下 问一下 想问 想问下 想问一下 咨询 咨询一下 主播 老师 你好 您好 那个 "
    "这个 这边 那边 你们的 你们 您们 咱们 我们 贵公司 公司 厂里 工厂 厂子 厂 院子 饭庄 店里 "
    "岗位 这个岗 那个岗 工作 的话 的 了 啊 呀 吖 哦 喔 嘞 咧 呐 吧 嘛 呢 吗 么 不 没有 "
    "没 有没有 有无 有 和 跟 还有 一下 下 请 谢谢 具体 大概 平时 现在 这里 "
    "那里 怎么样 咋样 如何 多少 几 怎么 咋 啥 什么 情况 问题 方面 条件 提供 "
    "需要 需不需要 要不要 要 能不能 可不可以 可以 能 给 想 知道 说说 自己 一直 "
    "很 会不会 会 是不是 是 还是 还 都 也 就 吗 讲讲 介绍 介绍一下 求 求问 "
    "在吗 在 号 这家 那家 哪些 哪个 哪 多 少 好不好 好 行不行 行 用不用 "
    "用 这 那 个 些 我 你 他 她 咱 们 兄弟 姐妹 家人们 老铁 宝子 大家 朋友 咋弄 怎么弄 咋整 怎么整 "
    "老乡 老表 老表们 大兄弟 老妹 老妹儿 大妹子 老弟 老哥 大哥 大姐 哥们 美女 帅哥 "
    "请教 问一哈 问哈 活路 告诉 一般 基本 大约 左右 平均 目前 到底 究竟 真的 真 吗? 么? "
    "再 又 先 得 地 着 过 嗯 噢 额 呃 哈 哎 诶 呗 咯 啦 哇 不是 对吧 对 "
    "呗 上 里 中 多长 多久 呀 么样 样 啥样 好多 几多 好久 么子 啥子 没得 冇得 不咯 的时候 时候 期间 "
    "求回 求回复 做得到 做得了 能做到 干得到 整得到 搞得到 挣得到 拿得到 手快的 手慢的 手快 手慢 "
    "解决 怎么解决 怎么办 怎么弄 怎么搞 咋整 咋办 意思 什么意思 啥意思 咋回事 怎么回事 "
    "几百块 几千块 几百 几千 "
    "儿子 小子 女儿 闺女 孩儿 姑娘 老婆 媳妇 老公 男人 老伴 爱人 对象 家里人 亲戚 侄子 侄女 外甥 "
    "我听说 听人说 听别人说 挺高 挺高的 讲讲看 说说看 给个准话 "
    "学出来 学会了 学会后 上手了 上手后 "
    "我家 打工 想去 想来 想干 想做 "
    "说实话 讲真 在线等 老实说 实话实说 说真的 是否 能否 可否 贵公司 贵司 范围 区间 大致 大体 "
    "实数 说个实数 给个实数 实在的 说实在的 直说 说数 说个数 别绕弯子 绕弯子 老鼻子 "
    "说下 说一下 讲下 讲一下 报一下 报下 科普 求科普 科普一下 科普下 问哈 的事 看看 我看看 麻烦"
)
"""Words that ask nothing by themselves (particles, fillers, question words; who the asker speaks
for and what they want, 俺儿子想进厂: the question is what follows)."""

GENERAL: dict[str, tuple[str, ...]] = {
    topic: tuple(words.split())
    for topic, words in {
        "pay": (
            "工资 薪资 薪水 薪酬 工钱 待遇 收入 月薪 综合 工价 钱 挣 赚 拿 跑 掏钱 另外 额外 到手 "
            "最多 最高 最少 最低 一个月 每个月 每月 个月 月 一天 每天 天 算 开 发 薪 高 福利 k 千 "
            "元 块 水平 行情 人工 落 攒 存 剩 够花 够用"
        ),
        "dorm": "宿舍 住宿 包住 住 睡 房间 房子 寝室 宿舍楼 条件 环境 怎么样 管 安排 吃住 包吃住",
        "canteen": "食堂 吃饭 伙食 包吃 吃 饭 饭菜 餐 顿 管 饭堂 工作餐 吃的 吃住 包 伙食费",
        "hours": "上班 下班 时间 班 工作时间 作息 上 干 做 小时 天 时长",
        "duties": "工作内容 工作 干活 活 做 干 内容 岗位 具体 车间 环境 主要",
        "insurance": "五险一金 五险 一金 社保 保险 交 买 缴 缴纳 入职 险",
        "prospects": "发展 晋升 前途 前景 学 技术 培训 空间 机会",
        "location": "地址 在哪 哪里 位置 地方 去 过去 到 坐 远 近 路",
        "requirements": "要求 条件 门槛 限制 招 收 人 能去 去 做 干 报 报名 够格 符合 合适",
        "apply": "报名 面试 入职 应聘 流程 去 怎么 报",
        "legitimacy": "正规 靠谱 骗子 真的 假的 直招 中介",
    }.items()
}
"""Words that name a topic in general: a question of these and COMMON only asks the topic."""

_PLAIN = frozenset(c for words in (*GENERAL.values(), COMMON) for w in words for c in w)
"""Characters of the words that name a topic in general or ask nothing."""
_CLAUSES = compiled(r"[，,；;。]+")
_CLAUSE_BREAK = compiled(r"[\s，,。.？?！!；;~、]+")
_SPOKEN_BREAK = compiled(r"[\s，,。.？?！!；;~、]+|(?:(?<=吗)|" + MA_CLOSES + r")(?=[\u4e00-\u9fff])")
"""Clauses as `_CLAUSE_BREAK` divides them, and where a spoken run-on line closes its question
(一个月拿得到好多钱嘛我孙娃子在屋头闲起的: what follows 嘛 tells why)."""
_CJK_OR_WORD = compiled(r"[\u4e00-\u9fffA-Za-z]")
_CJK = compiled(r"[\u4e00-\u9fff]")
_FUNCTION = frozenset(
    "的了吗呢啊呀吧嘛么哦喔嘞咧呐啦呗咯哇哈嗯额呃噢诶哎有没不是要能会可以和跟与或及我你他她它们这那哪"
    "个些一在给把被让叫去来到都也就还很太真再又先得地着过多少几什啥怎咋谁样请问下上里中吗么好行对发"
)
"""Characters that ask or join but name nothing: a word left alone does not grow over them."""
_CERT = compiled(r"([\u4e00-\u9fff]{2,4})证")
_ASKING = "要需有持的能带办考没无不"
"""Characters that ask for a certificate rather than name it (叉车要证, 电工有证)."""
LESSER_MARKS: dict[str, tuple[str, ...]] = {
    "duties.weight": ("搬", "扛", "抬"),
    "pay.withhold": ("上月", "上个月"),
    "pay.advance": ("生活费",),
}
"""Words a free text may hold to answer a facet when none holds its own marks (a weight; pay held
back told by paying last month's, where no text says 押 or 压; money to live on paid weekly, where
none says 借支)."""
_DAY_KINDS = ("节假日", "法定", "周末", "过年", "春节", "国庆", "五一", "过节")
"""Days whose overtime a question may ask apart from the usual rate."""
_CERT_KINDS = ("员", "工", "操作", "作业", "上岗", "资格", "执业", "从业")
"""Words between a certificate's head and 证 as catalogues write them (保安员证, 电工操作证, 高空作业证)."""
_TRAINED = compiled(r"带考|给考|帮考|包考|考证|带着考|组织考|公司考|能考|可以考|给办|帮办|帮忙办|代办|包办")
"""Words asking whether the company gets one the certificate."""
_LATER = compiled(r"再考|现考|进去考|进厂考|入职后考|再办")
"""Words asking whether one may start and take the certificate afterwards."""
_HOLDING = compiled(r"(?:持|持有|有了)[\u4e00-\u9fff]{0,4}?证")
"""A question opened by the certificate one holds (持叉车证有补贴吗)."""
_LACKING = compiled(
    r"(?:没有|没得|木有|冇|没|无)[\u4e00-\u9fff]{0,4}?证|证\s*(?:没有|没得|木有|冇|没)|不会开"
)
"""A viewer telling they lack the certificate (没证能去吗, 木有叉车证, 不会开): does that stop them?"""
_TAKEN_WITHOUT = compiled(
    r"无证|没证|没有证|不需要证|无需证|不要求证|带考|包考|帮考|免费考|公司考|零基础|可培训"
    r"|没有也可以|没有也行|没有也能|没有的也"
)
"""A text of a certificate telling the job takes those without it (无证可培训, 没有的公司带考)."""
_CLOSING_DOING = compiled(r"(?:能|可以|让|给|准|许|保证)([\u4e00-\u9fff]{2})(?:不|吗|么|嘛|没)[?？!！~]*$")
"""A yes or no closing a question on a doing of two characters (能睡觉不, 可以抽烟吗, 保证接单吗)."""
_BEARING = frozenset(("扛住", "顶住", "撑住", "熬住", "受住", "适应", "习惯", "坚持", "吃消", "扛得", "受得"))
"""Doings of bearing what the work is (能扛住不): the fact of it (零下18度) is the answer, the asker
judges; they are no doing the facts must name."""
_QUESTION_PARTS = ("什么", "啥", "哪", "几", "么")
"""Words that ask which certificate (要什么证件): no part of a certificate's name."""
_VAGUE_CERT = ("什么", "啥", "要", "有", "持", "需要", "哪些", "哪个", "几个", "证")


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks about one job, and the facts that answer it.

    `key` names what was asked (a facet key, the topic itself, or a fact found by the words), the
    same for every asker of the same fact; `lead` are the facts that answer it, `rest` the other
    facts of the topic; `missing` names the fact the catalogue lacks (then `lead` is empty).
    """

    key: str
    lead: tuple[Fact, ...]
    rest: tuple[Fact, ...] = ()
    missing: str | None = None
    words: str = ""
    """The words asked, for a question whose fact is missing and has no facet."""
    echoed: bool = False
    """Whether the first clause of the first fact's short wording only says again what was asked,
    and the clause after it tells the answer."""


TWO_FACTS = frozenset({"location.pickup", "insurance.both"})
"""Facets answered by two facts together (接站 and how to get there; 五险 and 一金)."""

DERIVED = frozenset({"pay.hourly", "pay.dayrate", "pay.scheme", "canteen.three_meals"})
"""Facts that restate another fact for one facet: never added after the asked one."""


def _others(facts: list[Fact], lead: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The topic's other facts, to follow the asked ones where the message has room."""
    texts = {f.text for f in lead} | {f.short for f in lead if f.short}
    return tuple(f for f in facts if f.field not in DERIVED and f.text not in texts and f not in lead)


def _clause_saying(text: str, says: re.Pattern[str]) -> str | None:
    """The last clause of a text that `says` finds in, or None when none does."""
    found = [c for c in _CLAUSES.split(text) if c and says.search(c)]
    return found[-1] if found else None


def _on_to_sum(text: str, clause: str) -> str:
    """`clause` of `text` run on to the next clause that speaks of money (unchanged when none does)."""
    start = text.find(clause)
    if start < 0:
        return clause
    for mark in _CLAUSES.finditer(text, start + len(clause)):
        nxt = _CLAUSES.search(text, mark.end())
        end = nxt.start() if nxt else len(text)
        if _says_money(text[mark.end() : end]):
            return text[start:end]
    return clause


_JOB_NAMED = compiled(r"^\s*\d{1,3}\s*号")
"""A job's number opening a question (10号能在家做吗)."""


def _item_with(text: str, words: tuple[str, ...]) -> str | None:
    """The item of a list written as one clause (事故车钣金修复、整形、做底、调漆、烤漆房喷漆) that holds
    one of `words` (烤漆房喷漆), when the list has items to leave out; else None."""
    items = [i for i in _LISTED.split(text) if i]
    if len(items) < 2:
        return None
    return next((i for i in items if any(w in i.lower() for w in words)), None)


def _clause_with(text: str, words: tuple[str, ...]) -> str | None:
    """The clause of a long free text that holds one of `words` (its shorter wording), if shorter;
    failing that, the clause sharing most two-character pieces with them (电解液味道大 finds
    有少量电解液气味)."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    if len(clauses) < 2:
        return None
    for clause in clauses:
        if any(w in clause.lower() for w in words):
            return clause
    # A word under another of its names (带被子 of 被褥要自己带, 走人 of 做满7天离职也结算) is
    # looked for as that too: whole, then by its pieces.
    forms = {f for w in words for f in (w, *_said_otherwise(w))}
    for clause in clauses:
        if any(f in clause.lower() for f in forms):
            return clause
    pieces = {f[i : i + 2] for f in forms if len(f) >= 3 for i in range(len(f) - 1)}
    scored = [(sum(p in clause.lower() for p in pieces), -i, clause) for i, clause in enumerate(clauses)]
    best = max(scored)
    return best[2] if best[0] > 0 else None


NEAR: dict[str, tuple[str, ...]] = {
    "requirements": ("duties", "prospects"),
    "duties": ("requirements",),
    "prospects": ("requirements",),
    "pay": ("prospects", "hours"),
    "location": ("dorm",),
}
"""Topics whose free text may hold what another asks (要会做月子餐吗 is written in the duties;
没生过孩子能做吗 in the requirements; 考证费谁出 in the requirements; 当店长一个月多少 in the
prospects, 店长月薪8000以上; 不休给钱不 in the rest days, 月休2天，不休的按天补钱; 营地离工地多远 in the
dorm's distance, 营地离工地5公里)."""

_ALSO_IN: dict[str, tuple[str, ...]] = {"requirements": ("hours",), "apply": ("hours",)}
"""Topics whose texts also hold what a condition or applying asks (做到几号结束 in the hours' note)."""
_QUESTION_CHARS = frozenset("什么啥时候多少几哪怎咋样吗呢吧么嘛")
"""Characters that ask rather than name what is asked."""
_MARK_FIRST = frozenset({"duties.temperature"})
"""Facets asked of a place or thing the text names in one clause and says of in another (冷库冷不冷
of 要在冷库进出，冬天手冷): the clause saying it is told."""
_DISTANCE_ASKED = compiled(r"远不远|多远|远吗|远不|近不近|近吗|几公里|多少公里|多少米|多久能到|要多久")
_DISTANCE_SAID = compiled(
    r"[\d一两二三四五六七八九十半]\s*个?\s*(?:公里|km|米|分钟|小时|钟头|站)|远|近|步行|走路|车程|对面|隔壁|旁边|附近|门口"
)
"""How far a place is, asked and told."""
_CONDITION_ASKED = compiled(r"经验|证书|(?<!身份)证|技术|熟手|老手|熟练|学历|大专|本科")
"""A condition more pay is asked for (有经验加钱吗, 有叉车证多给吗)."""
_DONE_FOR = "办"
"""What is done for someone with a thing (给办不): a question asking it is not answered by an FAQ that
only says the thing is there (保安公司有证吗)."""

_DEALT = frozenset("买租借退赔换修")
"""Characters naming what is done with a thing (电驴要自己买吗): what is asked, however plain."""

FIGURE_FACETS = frozenset(
    {
        "pay.bonus",
        "pay.extra",
        "pay.allowance",
        "pay.year_end",
        "pay.full_attendance",
        "insurance.housing_fund",
    }
)
"""Yes/no facets of pay and the housing fund whose sum or share, when asked, only a text with a figure
states (公积金交几个点 is not told by 有公积金)."""

PRICED = frozenset({"pay.piece", "legitimacy.rebate"})
"""Facets whose price, when asked, only a text with a figure states (一件几毛钱 of 计件)."""

_AMOUNT_OR_SHARE = compiled(r"多少|几多|好多|几个点|几成|几块|几百|几千")
"""Words asking how much (提成几个点, 补贴多少)."""

_ANY_FIGURE = compiled(
    r"\d|[一二两三四五六七八九十百千万]+(?:元|块|成|倍|个点)|[一两二三四五六七八九十][万千]"
)
"""A figure of any kind in a text (夜班每晚补贴20, 三倍)."""

_HOURS_SAID = compiled(r"(?<![\d.:])(?:[4-9]|1[0-6])\s*个?(?:小时|钟头|钟)(?!工)")
"""A count of hours asked whether it is so (上12个小时吗): the daily hours."""

_AGE_SAID = compiled(
    r"(?<![\d.])[1-7]\d\s*(?:岁|周岁)?\s*(?:了|多)|[我俺她他]\s*(?:今年)?\s*[1-7]\d\s*(?:岁|周岁)?(?![\d.年月号])"
)
"""An age told (我妈今年56了, 俺外甥女17 能干么 read without its kin): the question is whether that age is
taken."""


PAID_APART = ("pay.year_end", "pay.bonus", "pay.full_attendance", "pay.allowance", "pay.overtime")
"""Pay named apart from the wage: when it is paid is asked of it, not of the monthly payday."""
_NAMES_A_THING = frozenset({"requirements.experience", "prospects.training"})
"""Facets a question may ask of a thing it names (不会用收银机, 能学编程吗): a text of the topic
writing the thing answers before the facet's own (操作工-调机员-编程员 before 师傅带教); when the
catalogue lacks the facet, a text near it that writes the thing and every word asked answers."""
_WHEN_SAID = compiled(
    r"\d+\s*号|月底|月初|年底|年前|年后|年末|春节|过年|季度|每月|每个月|当月|次月|下月|随工资|一起发|同发|转正"
)
"""A text saying when something is paid (年底有13薪, 随工资发)."""


def _on_to_when(fact: Fact) -> Fact:
    """A fact told by a clause that names a bonus without its time (绩效奖金按门店业绩 of 绩效奖金按门店
    业绩，每季度发): told on to the clause saying when."""
    if fact.short is None or _WHEN_SAID.search(fact.short):
        return fact
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    at = next((i for i, c in enumerate(clauses) if c in fact.short or fact.short in c), None)
    when = next((i for i, c in enumerate(clauses) if _WHEN_SAID.search(c)), None)
    if at is None or when is None or when <= at:
        return fact
    return replace(fact, short="，".join(clauses[at : when + 1]))


_FEE_SAID_AS = ("中介", "介绍费", "报名费", "服务费", "收费", "费用", "不收")
"""Words by which a text speaks of a fee charged for the job itself, not of a deposit."""
_REST_SAID = compiled(
    r"[上做干](?:[一二三四五六七1-7]|[一二三]?十[一二三四五六七八九]?|[1-3]\d)天?休(?:[一二三四五六七1-7]|十|1\d)"
)
"""Days on and days off told (上一休一, 做六休一, 上20休10)."""
_HEIGHT_SAID = compiled(
    r"[一1]米[五六七八九5-9]|(?<![\d.])1\.[5-9]\d?\s*米|(?<!\d)1[5-9]\d\s*(?:cm|公分|厘米)"
)
"""A height told (一米六八, 1米7, 1.68米, 168cm): the question is whether that height is taken."""


_TIME_ASKED = compiled(r"几点|什么时间|啥时间|几时")
_TIME_SAID = compiled(r"\d\s*(?:点|:|：)|[上下]午|早上|晚上|中午|凌晨|半夜|随到随|随时")
_SPAN_ASKED = compiled(r"(?<![好十])(?:几年|几个月|几天|几周|几个星期)|多少年|多久|多长时间|多少天")
"""Words asking how long something lasts (试用期多久, 学徒要几个月, 试工几天); 过期好几年了 and 十几天
tell a while."""
_WAIT_ASKED = compiled(r"(?<![好十])(?:几年|几个月|几天)|多久|多长时间|多少年|多少天")
"""How long a thing takes, asked of a yes or no (夫妻房要排多久); 开了好几年叉车 tells a while."""
_SPAN_SAID = compiled(r"\d|[一二两三四五六七八九十半]+\s*(?:年|个月|月|天|周|星期)")
_SAYS_NO = compiled(r"[不无没免]")
"""A fact saying there is none (不押工资, 经验不限): it answers how long as well."""
TIMED = {"location": (_TIME_ASKED, _TIME_SAID), "prospects": (_SPAN_ASKED, _SPAN_SAID)}
"""Topics whose texts often name a thing without its time: a time (or a span) asked of them is
told only by a text giving one."""


_END_ASKED = compiled(r"下班|收工|放工|几点走|几点结束|干到几点|做到几点|上到几点")
"""The end of the day asked (冬天几点下班), not its start."""
_START_ONLY = compiled(r"上班|到岗|开工|报到")
_END_SAID = compiled(r"下班|收工|放工|结束|[到至~～—-]")
"""A time text telling when the day ends, or both ends (8:00-17:30, 早8点到晚6点)."""
_END_WORD = compiled(r"下班|收工|放工|结束")
"""A word saying the day ends (虾剥完就收工), where a span's dash may be another shift's."""


def _end_not_said(lead: tuple[Fact, ...], text: str) -> bool:
    """Whether the end of the day is asked (冬天几点下班) and the facts found give only its start
    (冬天早上7点半上班)."""
    if not _END_ASKED.search(text) or "上班" in text.replace("上下班", ""):
        return False
    said = [c for f in lead for c in _CLAUSES.split(f.short or f.text) if _TIME_SAID.search(c)]
    if not said or any(_END_SAID.search(c) for c in said):
        return False
    return all(_START_ONLY.search(c) for c in said)


def _from_the_end(fact: Fact, text: str) -> Fact:
    """The end of the day asked alone (几点下班) of a text opening with its start (早上6点半上班，虾剥完就
    收工，一般下午四五点): told from the clause saying the end, so a short post keeps it."""
    if "上班" in text.replace("上下班", "") or (fact.short and _END_SAID.search(fact.short)):
        return fact
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    ending = next((i for i, c in enumerate(clauses) if _END_SAID.search(c)), None)
    if ending is None or ending == 0:
        return fact
    return replace(fact, short="，".join(clauses[ending:]))


_CONTENT_ASKED = compiled(r"(?:查|考|问|测|检查|考核)(?:些|的)?(?:啥|什么|哪些|什么内容|啥内容|个啥)")
"""What a check holds asked (体检都查啥, 面试考啥), not whether there is one."""
CONTENT_SAID: dict[str, re.Pattern[str]] = {
    "requirements.medical": compiled(r"查|项目|乙肝|肝功|视力|色盲|色弱|胸片|血|尿|听力|心电|传染|常规"),
    "apply.interview": compiled(
        r"考|问|实操|笔试|操作|测|(?<!面)试(?!用期)|看手艺|聊|认字|写字|打字|演示|现场|挑毛病|看(?!情况)"
    ),
}
"""Facets whose texts often say only that there is a check: what it holds is told only by a text
naming some of it (乙肝, 实操)."""


def _unsaid(facet: Facet, text: str) -> str:
    """What a question asks that the facts found leave unsaid: the name of the missing fact."""
    if facet.key in CONTENT_SAID and _CONTENT_ASKED.search(text):
        return "内容"
    measured = MEASURED.get(facet.key)
    if measured is not None and measured.asked.search(text):
        return measured.name
    if facet.key == "hours.clock" and _END_ASKED.search(text):
        return "下班"
    return "时间"


class Measure(NamedTuple):
    """A measure a facet's question may ask (几度), what a text gives it by (零下18度), the missing
    fact's name, and whether only a clause naming the facet gives it (a holiday's length: 月休4天 in
    月休4天，节假日轮休 is the month's rest)."""

    asked: re.Pattern[str]
    said: re.Pattern[str]
    name: str
    in_naming_clause: bool = False


MEASURED: dict[str, Measure] = {
    "duties.temperature": Measure(
        compiled(r"几度|多少度|零下几|几摄氏度|多少摄氏度|好多度"),
        compiled(r"\d+\s*(?:度|℃|摄氏度)"),
        "度数",
    ),
    "hours.holiday": Measure(
        compiled(r"几天|多少天|多久|多长时间|好久|放几|休几|几号"),
        compiled(
            r"\d+\s*(?:天|号|日)|[一二两三四五六七八九十]+\s*天|初[一二三四五六七八九十]|十[一二三四五六七八九]"
        ),
        "天数",
        in_naming_clause=True,
    ),
}
"""Facets whose texts often speak of the thing without its measure: a measure asked (冷库里零下几度,
过年放几天) is told only by a text giving one (零下18度)."""


def _measure_given(facet: Facet, fact: Fact, measure: Measure) -> bool:
    """Whether the fact gives the measure asked: anywhere in it (冷库温度低，零下18度 gives the cold in
    the clause after the one naming it), or, for a measure given only where the facet is named, in a
    clause naming the facet when one does."""
    clauses = [c for c in _CLAUSES.split(fact.short or fact.text) if c]
    naming = [c for c in clauses if any(w in c for w in facet.words)] if measure.in_naming_clause else []
    return any(measure.said.search(c) for c in naming or clauses)


def _says_what_is_asked(facet: Facet, lead: tuple[Fact, ...], text: str) -> bool:
    """Whether the facts found give the time or span a question asks, when it asks one, and say
    nothing else than the facet (a fare paid back is no bonus)."""
    if facet.key == "hours.clock" and _end_not_said(lead, text):
        return False
    unsaid = NOT_SAYS.get(facet.key)
    if unsaid is not None and all(unsaid.search(f.text) for f in lead):
        return False
    measured = MEASURED.get(facet.key)
    if measured is not None and measured.asked.search(text):
        # 冷库里零下几度 of 在冷库里干活，发棉大衣: how cold is asked in degrees, which no text gives.
        return any(_measure_given(facet, f, measured) for f in lead)
    content = CONTENT_SAID.get(facet.key)
    if content is not None and _CONTENT_ASKED.search(text):
        return any(content.search(f.short or f.text) for f in lead)
    asked, said = TIMED.get(facet.topic, (None, None))
    if asked is None or said is None or not asked.search(text):
        return True
    return any(said.search(f.text) for f in lead)


SAME: tuple[tuple[str, ...], ...] = (
    ("电动车", "电瓶车", "电车", "电驴", "小电驴", "电摩"),
    ("熟手", "熟练工", "老手"),
    ("新手", "新人", "新员工", "新来的", "刚来的"),
    ("登高证", "登高架设作业证", "高处作业证", "高空作业证"),
    ("危险品证", "危货证", "危险货物"),
    ("摩托车", "摩托"),
    ("自行车", "单车"),
    ("房租", "租房", "租房子"),
    ("取暖", "供暖", "暖气"),
    ("停车", "车位"),
    ("洗衣机", "洗衣房"),
    ("热水器", "热水"),
    ("wifi", "无线网", "wf", "网络", "宽带"),
    ("独卫", "独立卫生间", "独立卫浴"),
    ("高空", "爬高", "登高", "高处", "恐高", "怕高"),
    ("高血压", "血压高"),
    ("民族", "汉族", "回族", "少数民族"),
    ("做饭", "做三餐", "烧饭", "煮饭", "做一日三餐", "厨师"),
    ("大小便", "屎尿", "端屎端尿", "把屎把尿", "接屎接尿"),
    ("试岗", "试工", "试做", "试干"),
    ("购物", "买东西"),
    ("快递", "包裹"),
    ("近视", "戴眼镜"),
    ("夜宵", "宵夜"),
    ("食品", "吃的", "零食"),
    ("被子", "被褥", "铺盖", "床上用品"),
    ("宠物", "猫", "狗"),
    ("冰箱", "冰柜"),
    ("厕所", "卫生间", "洗手间", "卫浴"),
    ("工服", "工衣", "工作服", "工装", "制服", "服装"),
    ("饭卡", "餐卡"),
    ("班车", "厂车", "通勤车"),
    ("棉衣", "棉服", "棉大衣", "防寒服", "厚衣服", "羽绒服"),
    ("鞋", "劳保鞋", "工鞋"),
    ("水鞋", "水靴", "雨靴", "防水靴", "胶鞋", "套鞋"),
    ("自己带", "自带", "自备", "带自己的", "自己准备"),
    ("电瓶", "电池"),
    ("看图", "识图", "图纸", "看图纸"),
    ("体检", "身体检查"),
    ("门卫", "门岗"),
    ("暑假工", "寒暑假", "暑假", "学生工"),
    ("寒假工", "寒暑假", "寒假", "学生工"),
    ("手指头", "手指"),
    ("伤口", "口子"),
    ("出海", "出航"),
    ("游泳", "会水", "水性"),
    ("家长", "监护人", "父母"),
    ("眼睛", "眼神", "视力"),
    ("睡觉", "起夜", "起来"),
    ("老两口", "夫妻", "两口子"),
    ("孙子", "孙女", "孩子", "小孩"),
    ("钢板", "钢钉", "金属植入物", "植入物"),
    ("湿疹", "皮炎", "皮肤过敏", "皮肤病"),
    ("帮找", "帮忙找", "帮忙介绍"),
    ("走人", "离职", "辞职", "不干了"),
    ("早饭", "早餐", "早点"),
    ("防护服", "喷漆服", "防尘服", "防化服"),
    ("过年", "春节"),
    ("周末", "礼拜天", "星期天", "星期日", "礼拜日", "周日"),
    ("周末", "礼拜六", "星期六", "周六"),
)
"""Words that name the same thing: a question's word found in a text under another of them."""


class _InOrder:
    """Words in a fixed order, indexed by their first character: of a text, only the words it can
    hold are tried, still in that order (a word taken out of a text only takes characters away,
    so a word whose first character a text lacks is never found in it later either)."""

    __slots__ = ("_by_first", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        """Index `words` (empty ones, which change no text, are left out)."""
        self.words = words
        by_first: dict[str, list[int]] = {}
        for n, word in enumerate(words):
            if word:
                by_first.setdefault(word[0], []).append(n)
        self._by_first = {c: tuple(ns) for c, ns in by_first.items()}

    def within(self, text: str) -> list[str]:
        """The words whose first character `text` holds, in their order."""
        found: list[int] = []
        by_first = self._by_first
        for c in set(text):
            ns = by_first.get(c)
            if ns:
                found.extend(ns)
        found.sort()
        words = self.words
        return [words[n] for n in found]


_MONTHLY_SUM = compiled(r"(?:每月|每个月|一个月|月)\s*\d{2,}|\d{2,}\s*(?:元|块)")
"""A sum a month or in yuan (每月300, 300元)."""


_HANDED_OUT = compiled(r"(?:发|提供|配)(?![工薪钱饷奖])")
"""A thing handed out by the employer (厂里发, 发防水靴, 公司配): the worker pays nothing for it."""


def _speaks_of_money(text: str) -> bool:
    """Whether a text speaks of money: a word of it (费, 免费, 自理) or a sum (每月300)."""
    return any(m in text for m in MONEY_MARKS) or _MONTHLY_SUM.search(text) is not None


def _thing_to_sum(text: str, things: tuple[str, ...]) -> str | None:
    """Of a text, the clauses from the first naming a thing to the first after it that speaks of
    money (夫妻房单独一间，每月300 of 夫妻房单独一间，每月300；骑电动车10分钟), else None."""
    breaks = list(_CLAUSES.finditer(text))
    spans = list(zip((0, *(m.end() for m in breaks)), (*(m.start() for m in breaks), len(text)), strict=True))
    start = next((i for i, (a, b) in enumerate(spans) if any(w in text[a:b] for w in things)), None)
    if start is None:
        return None
    end = next((i for i in range(start, len(spans)) if _speaks_of_money(text[slice(*spans[i])])), None)
    if end is None:
        return None
    return text[spans[start][0] : spans[end][1]]


def _pair_held(word: str, text: str, general: frozenset[str]) -> bool:
    """Whether a text holds a question's word: whole, under another of its names, or (a word of
    three characters or more) by a pair of its characters that is no general word."""
    forms = (word, *_said_otherwise(word))
    if any(form in text for form in forms):
        return True
    # A pair across the place one name was put for another (作工 of 工作工鞋) is no word asked.
    pairs = (
        p
        for form in forms
        for i in range(len(form) - 1)
        if (p := form[i : i + 2]) in word or p in _SAME_PAIRS
    )
    return len(word) >= 3 and any(p in text for p in pairs if p not in general)


def _half_held(word: str, text: str, general: frozenset[str]) -> bool:
    """`_pair_held`, and a long word held for at least half of its characters: 和雇主闹矛盾怎么办
    asks of a quarrel, not of the 雇主家 a viewer asks the district of."""
    if not _pair_held(word, text, general):
        return False
    if len(word) <= 4 or any(form in text for form in (word, *_said_otherwise(word))):
        return True
    held = {k for i in range(len(word) - 1) if word[i : i + 2] in text for k in (i, i + 1)}
    return 2 * len(held) >= len(word)


_FIGURE_NAMED = compiled(
    r"(?<![\d.])(\d{2,}|\d(?=\s*(?:路|号线))|(?<=满)\d(?=\s*(?:天|个月)))"
    r"\s*(%|天|小时|个小时|个班|趟|单|件|斤|吨|米|间|公里|分钟|路|号线|个月)"
)
"""A figure with its unit (26天, 12小时, 25路, 3号线, 满7天): a day's count, a length, a load, a bus or
metro line, a time served; two digits at least otherwise, so a job's number (3号) is never read as
one."""


def _figures(text: str) -> set[tuple[str, str]]:
    """The figures a text writes with their units (("26", "天"), ("25", "路"))."""
    return {(m.group(1), m.group(2)) for m in _FIGURE_NAMED.finditer(text)}


_SAME_PAIRS = frozenset(m[i : i + 2] for group in SAME for m in group for i in range(len(m) - 1))
"""Each pair of characters written inside one of SAME's words."""


@lru_cache(maxsize=4096)
def _said_otherwise(word: str) -> tuple[str, ...]:
    """A question's word with one of its SAME words written as another (电瓶车要自己买吗 finds
    电动车公司提供)."""
    return tuple(word.replace(m, o) for group in SAME for m in group if m in word for o in group if o != m)


_PUT_TO_SOMEONE = compiled(r"主播|你(?!们)|您(?!们)")
"""Words that put a question to the streamer or another viewer (你们 is the company)."""
_SAID_OF_SELF = compiled(
    r"[一1]米[一二三四五六七八九十\d]{1,2}|1\.\d{1,2}\s*米?|\d{3}\s*(?:cm|公分|厘米)|\d{2}\s*(?:岁|周岁)?\s*(?:了|多)"
)
"""A height or an age told (一米六二, 168cm, 50了)."""
_X_NOT_X = compiled(r"([\u4e00-\u9fff])[不没]\1")
"""A question's X不X form (会不会, 大不大)."""
_ASKING_FORM = _X_NOT_X
"""A question's own form (大不大): no word the fact must hold."""
_MEASURE_ASKED = compiled(
    r"(?:多少|几|好多|几多)个?(天|月|年|周|星期|小时|钟头|点|斤|公斤|米|岁|人|次|钱|块)"
)
"""A quantity asked with its unit (多少天, 几个月, 多少斤): what the unit (its group) measures is asked."""


def _asked_beside(provided: Facet, facet: Facet, text: str) -> bool:
    """Whether a question asks whether there is a dorm or meals besides its facet: a cue of it
    outside every cue of the facet (有饭补吗 holds 有饭 only inside 饭补)."""
    taken = {
        i for c in facet.cues for m in re.finditer(re.escape(c), text) for i in range(m.start(), m.end())
    }
    return any(
        not set(range(m.start(), m.end())) & taken
        for c in provided.cues
        for m in re.finditer(re.escape(c), text)
    )


def _general_beside(topic: str, facet: Facet, text: str) -> bool:
    """Whether a question holds one of the topic's general words besides the facet's cues."""
    rest = text
    for cue in facet.cues:
        rest = rest.replace(cue, " ")
    return any(w in rest for w in GENERAL[topic])


def _rank(order: tuple[str, ...], topic: str) -> int:
    """A topic's place in `order`, after all of them when it is not there."""
    return order.index(topic) if topic in order else len(order)


_WAGE = compiled(r"薪\s*\d|\d\s*万|[一两二三四五六七八九十]\s*[万千]")
"""A wage written as one (月薪1万左右, 两人一起约一万)."""


def _says_money(text: str) -> bool:
    """Whether a text says what something costs or pays (免费, 80元, 7000一单)."""
    return (
        any(m in text for m in MONEY_MARKS)
        or _FIGURE.search(text) is not None
        or _WAGE.search(text) is not None
    )


_KIN = compiled(
    r"闺女|女儿|儿子|儿女|老婆|媳妇|老公|对象|男人|孙女|孙子|侄女|侄子|女婿|外甥女?|妹子|妹妹|弟弟"
)
"""Kin an asker speaks for: their 女 or 男 tells who asks, not the sex the job is for."""


_WITHHELD_SAID = compiled(r"[押压扣]\s*(?:\d+|[一两半三四五六七八九十]+)\s*(?:%|成|天|个月|月)")
"""Pay held back, told with its share or span (押20%工资, 压半个月)."""
_EXAM_NAMED = compiled(r"考[\u4e00-\u9fff]{1,8}?证")
"""A certificate named between 考 and 证 (考初级评茶员证)."""
_ROOM_SAID = compiled(r"[两二三四五六七八九十\d]+\s*个?人\s*(?:住|一间|一屋)")
"""How many to a room, told back (两个人住, 4人一间)."""
_NEVER_DONE = compiled(r"(?:没|没有|从没|从来没|没咋)[\u4e00-\u9fff]{1,2}过(?!敏|期|户)")
"""Never having done a thing (没采过茶, 没开过叉车): the experience is asked."""


def _facet_by_form(topic: str, text: str) -> Facet | None:
    """A facet asked by the form of its words rather than a cue: an age told, a certificate named."""
    if topic == "hours" and _HOURS_SAID.search(text):
        return BY_KEY["hours.daily"]
    if topic == "hours" and _REST_SAID.search(text):
        return BY_KEY["hours.rest"]  # 上一休一是真的吗: a pattern of days on and off told back
    if topic == "dorm" and _ROOM_SAID.search(text):
        return BY_KEY["dorm.room"]  # 宿舍两个人住？: how many to a room, told back
    if topic == "pay" and _WITHHELD_SAID.search(text):
        return BY_KEY["pay.withhold"]  # 押20%工资？: a share or a span held back, told back
    if topic != "requirements":
        return None
    if _AGE_SAID.search(text):
        return BY_KEY["requirements.age"]
    if _HEIGHT_SAID.search(text):
        return BY_KEY["requirements.height"]
    if _NEVER_DONE.search(text):
        return BY_KEY["requirements.experience"]  # 没采过茶能行不: never having done the work
    if any(m.group(1).rstrip(_ASKING) not in ("", "身份", "健康") for m in _CERT.finditer(text)):
        return BY_KEY["requirements.licence"]
    return None


STILL_ASKED = frozenset(
    {"dorm.allowance", "canteen.subsidy", "dorm.provided", "canteen.provided", "dorm.children", "dorm.rental"}
)
"""Facets of a dorm or canteen that mean something where there is none (the allowance instead;
whether a child may come along, or help to rent a room, is not answered by 不包住)."""


ALLOWANCE_KINDS = (
    "夜班",
    "高温",
    "技能",
    "岗位",
    "交通",
    "话费",
    "全勤",
    "满勤",
    "工龄",
    "学历",
    "证书",
    "保安证",
)
"""What an allowance is paid for, when a question names it."""

_DORM_SAID = ("宿舍", "房间", "屋里", "寝室", "住的")
"""Words by which an answer speaks of where one sleeps."""
_FARE_SAID = ("车补", "交通", "出车", "车费", "路费")
"""How an allowance for getting about is written, when 车补 is asked."""
_OTHER_ALLOWANCE = compiled(r"(餐|饭|房|车|话)补")
"""An allowance of a kind of its own (餐补, 房补): it answers only a question naming that kind."""
_HOUSING = (
    "租房",
    "住房",
    "房租",
    "外宿",
    "外住",
    "住外",
    "外面住",
    "外头住",
    "外边住",
    "出去租",
    "自己租",
    "外面租",
    "不住宿",
    "不住厂",
    "不想住宿",
    "住家里",
    "住自己家",
)
_HOUSING_SAID = ("不住宿", "住宿补贴", "房补", "住房补贴", "租房补贴", "外宿", "外住")
"""Allowances for a roof, and how a catalogue writes them."""
_KIND = compiled(r"([\u4e00-\u9fff]{2})(?:补贴|补助|津贴)")
"""The two characters naming an allowance asked (出车补助, 冷库补贴)."""

_KIND_HAS = compiled(r"([\u4e00-\u9fff]{2,3})(?:有没有|有|给)(?:补贴|补助|津贴)")
"""A place or kind of work named before the allowance asked of it (冷冻区有补贴么)."""
_FUNCTION_CHARS = "".join(sorted(_FUNCTION))
"""The function characters as one string, to strip from a word's ends."""

_SUM = r"\d+(?:\.\d+)?\s*(?:%|元|块)|保底\s*\d+|\d{3,}|[一二三四五六七八九]成"
"""A sum of money or a share of the pay written in a text (80%, 150元, 保底3500, 八成)."""

_TERM_SAID = compiled(r"[\d一二两三四五六七八九十半]+\s*(?:个)?(?:天|周|星期|月|年)")
"""A span a text gives (45天, 三个月): what a least stay is said in."""

SAYS: dict[str, re.Pattern[str]] = {
    "pay.allowance": compiled(r"补贴|补助|津贴|夜班费|高温费|补\s*\d|多\s*\d|加\s*\d"),
    # 一餐 with a price after it (一餐大概10块) is what a meal costs, not how many there are
    "canteen.meals": compiled(
        r"[\d二两三四五六七八九十]\s*(?:餐|顿)|一\s*[餐顿](?![^，,；;]*?(?:元|块|钱))"
        r"|早中晚|早餐|午餐|晚餐|早饭|午饭|晚饭"
    ),
    "hours.leave_pay": compiled(r"扣|带薪|照发|算工资|有工资|没工资|无薪"),
    "canteen.time": compiled(r"\d\s*(?:点|:|：)|小时|分钟|钟头"),
    "canteen.cost": compiled(
        r"免费|扣|承担|公司出|不要钱|不收|自理|自费|刷卡|饭卡|[一每]\s*[餐顿]|[餐顿]\s*\d|\d+(?:\.\d+)?\s*(?:元|块)\s*/\s*[餐顿]"
    ),
    "hours.depart": compiled(r"\d\s*(?:点|:|：)|[一二三四五六七八九十两]点"),
    "hours.workdays": compiled(r"(?:上|做|干)\s*\d+\s*天"),
    "legitimacy.rebate": compiled(r"返\s*\d|返费|返现|返钱|返还|返工时"),
    "pay.daily": compiled(
        r"^(?!.*(?:补贴|补助|津贴|餐补|房补)).*(?:日薪|(?:一天|每天|按天|点工)[^，,。；;]{0,6}?\d{2,}"
        r"|\d{2,}\s*(?:元|块)\s*(?:/|一|每)\s*天)"
    ),
    "duties.temperature": compiled(
        r"\d\s*度|零下|高温|低温|温度|常温|恒温|室温|冷|热|暖|寒|凉|冻|空调|风扇|冬天|夏天|防寒|棉"
    ),
    "pay.year_end": compiled(r"奖|薪|红包|分红"),
    "hours.trip": compiled(
        r"一趟[^，,。；;]{0,4}?\d+\s*(?:到|-|~|至)?\s*\d*\s*天|\d+\s*天(?:一趟|回来|回家|回一次)"
        # 连续干满3个月可以休假10天, 一个航次10个月: how long one is away, and the leave after it
        r"|(?:满|航次|出海)[^，,。；;]{0,4}?[\d一二两三四五六七八九十]+\s*个?(?:月|天)|休假\s*\d+\s*天"
    ),
    "duties.height": compiled(r"\d+\s*(?:米|层|m)|[一二三四五六七八九十几]+层"),
    "hours.until": compiled(
        r"\d{1,2}\s*月|[一二三四五六七八九十]+月|年底|春节|过年|腊月|为止|双十一|双十二|双11|双12|开学|结束"
    ),
    "pay.accident": compiled(r"赔|负责|承担|全险|保险|修车|处理|认定"),
    "pay.fines": compiled(r"负责|承担|处理|自己|公司出|报销|罚款"),
    "duties.quota": compiled(
        r"\d+\s*(?:间|件|单|个|箱|台|副|双|只|套|位|床|公斤|斤|株|筐|包|袋|吨|亩|棚|家|趟|车|栋|层|通|个电话)"
        r"|(?<![一两二三四五六七八九十])[两二三四五六七八九十]+个?(?:间|件|单|箱|台|套|位|床|株|筐|亩|棚)"
    ),
    "hours.break": compiled(r"小时|分钟|钟头|\d\s*(?:点|:|：)"),
    "hours.monthly": compiled(r"(?:月|满)[^，,。；;]{0,4}?(?:\d{3}\s*[-~到至]\s*)?\d{3}\s*(?:个)?小时"),
    "pay.net": compiled(r"\d{3,}"),
    "apply.term": _TERM_SAID,
    "requirements.term": _TERM_SAID,
    "location.pickup": compiled(r"站|机场|码头|火车|高铁"),
    "insurance.cover": compiled(r"\d+(?:\.\d+)?\s*(?:万|元|块)"),
    # 岗前培训3天 says nothing of the pay while training; 带薪 or a sum does
    "pay.training": compiled(r"带薪|无薪|不带薪|工资|有钱|没钱|照发|\d+\s*(?:元|块)|补贴|底薪"),
    "hours.daily": compiled(
        r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+几?|十几)\s*(?:个)?(?:小时|钟头|个钟)|\d\s*(?:点|:|：)"
    ),
    "hours.overtime": compiled(
        r"不加班|没有加班|无加班|很少加班|不用加班|偶尔加班|经常加班|天天加班|每天加班|加班多|加班少|"
        r"加班[^，,。；;]{0,4}?\d+\s*(?:个)?小时|\d+\s*(?:个)?小时[^，,。；;]{0,4}?加班|旺季加班|淡季|赶工|加不加班|"
        r"要加班|加班到"
    ),
    "apply.where": compiled(
        r"[\u4e00-\u9fff]{2,}(?:路|街|号|门店|店|公司|办公室|大厦|中心|站|园|楼|广场|市场|街道|项目部)"
    ),
    "hours.holiday": compiled(r"放|休|假|回家|上班|值班|三倍|双倍|加班费|照常营业|照常开|营业|开门"),
    "pay.probation": compiled(
        _SUM + r"|[\d一二三四五六七八九]+(?:\.\d+)?折|不打折|不打扣|一样|同工同酬|全额|照发|不扣|相同"
        r"|没区别|无区别"
    ),
    "hours.rotation": compiled(
        r"[\d一二两三四五六七八九十半]+\s*(?:天|周|个月|月|星期)\s*(?:一倒|换一次|一换|[白夜]班)|倒一次|轮换"
    ),
    "pay.extra": compiled(
        r"(?:加|多给|多补|多发|多拿|多挣|多赚|另加|另补|另给|涨到|涨|多|额外[\u4e00-\u9fff]{0,2})\s*\d"
        # 持Q1证每月另加证书补贴300元: what is added named before its sum
        r"|(?:另加|另补|另给|另发)[\u4e00-\u9fff]{1,6}\d"
    ),
    "prospects.probation": compiled(
        r"(?:试用期|学徒期|实习期|考核期)[^，,。；;]{0,3}?[\d一二两三四五六]+个?(?:月|天|周|星期)"
        r"|[\d一二两三四五六]+个?(?:月|天|周|星期)[^，,。；;]{0,2}转正"
        # 干满一年考核合格转春汽正式工: the time served before one is taken on
        r"|满[\d一二两三四五六]+个?(?:年|月|天|周)[^，,。；;]{0,8}?转"
    ),
}
"""What a text must say to answer a facet, beyond naming it: how long the probation is (试用期1个月,
3个月转正), not only that something waits for it (转正后交公积金)."""

_GEAR_KINDS: tuple[tuple[str, ...], ...] = (
    ("口罩", "面具", "面罩", "防毒"),
    ("棉衣", "棉服", "棉大衣", "防寒服", "棉鞋", "棉袄", "军大衣", "羽绒服", "保暖"),
    ("手套",),
    ("耳塞", "耳罩"),
    ("安全帽", "头盔"),
    ("护目镜", "防护眼镜"),
)
"""Kinds of gear, each under its other names: gear asked of is told by a text giving its kind."""

_AGENCY_FEE = ("中介费", "介绍费", "服务费")
"""An agency's fee under its other names: what `legitimacy.agency_fee` itself asks."""
_FEE_KINDS: tuple[tuple[str, ...], ...] = (
    ("押金",),
    _AGENCY_FEE,
    ("培训费", "学费"),
    ("体检费",),
    ("工服", "工衣", "工作服", "制服"),
    ("住宿费", "房租"),
)
"""Kinds of money paid and paid back, each with its other names."""


def _other_fees(text: str) -> list[tuple[str, ...]]:
    """The kinds of money a question names besides an agency's fee (押金, 学费, 工服), each with its
    other names."""
    return [kinds for kinds in _FEE_KINDS if kinds != _AGENCY_FEE and any(k in text for k in kinds)]


FROM_MARK = frozenset({"pay.net"})
"""Facets a text tells from its mark on (到手6000 of 扣掉车租大概到手6000): what comes before
only qualifies it."""

NAMED = frozenset({"requirements.illness", "dorm.aircon", "requirements.makeup"})
"""Facets whose question names the very thing asked: only a text naming it answers."""

MONEY_FACETS = frozenset(
    {
        "dorm.fee",
        "dorm.utilities",
        "dorm.allowance",
        "canteen.cost",
        "canteen.subsidy",
        "apply.fee",
        "dorm.couples",
    }
)
"""Facets that are about money already (a cost asked of them is the facet itself)."""

MONEY_ASKED = compiled(
    r"要钱|收费|收钱|交钱|多少钱|好多钱|几多钱|费用|谁出|报销|花钱|掏钱|出钱|自费|几块钱|自己买|自己出|几毛|几分钱"
    r"|几块|押金"
    r"|费多少|费是多少|费谁|谁掏|谁付|厂里掏|公司掏"
)
"""Words asking what something costs."""

_MONEY_CHARS = frozenset("收交付费钱元块免")
"""Characters of the words that speak of money: 收 of 收中介费吗 asks no more than 要钱吗."""
MONEY_MARKS = (
    "费",
    "钱",
    "元",
    "免费",
    "报销",
    "自理",
    "自费",
    "公司出",
    "不收",
    "提供",
    "公司给",
    "公司发",
    "统一发",
    "承担",
    "带薪",
)
"""Words a text must hold to say what something costs."""

_PRECISE_PLACE = (
    "哪个区",
    "什么区",
    "哪个镇",
    "哪条路",
    "什么路",
    "哪个街",
    "门牌",
    "具体地址",
    "具体位置",
    "小区",
)
"""Words asking for more than the city."""

_FREE = compiled(r"免费|承担|不要钱|不收|全包|包三餐")
"""Words saying meals cost the worker nothing (or part of them: 中餐晚餐公司承担)."""
_OWN_COST = compiled(r"自理|自费|自己出|自己付|自己掏")
"""Words saying the worker pays for meals in full (早餐自理): an answer to what a meal costs."""


def _with_meals(facts: list[Fact]) -> list[Fact]:
    """What is told with a yes to meals: their cost where it says they are free; else what they cost
    and the meal allowance (包吃吗 of a canteen at 6元/餐 asks whether one pays), then how many."""
    free = [f for f in facts if f.field == "canteen.cost" and _FREE.search(f.text)]
    if free:
        return free
    paid = [f for f in facts if f.field in ("canteen.cost", "canteen.subsidy")]
    return paid + [f for f in facts if f.field == "canteen.meals"]


WITH_MEALS = frozenset({"canteen.provided"})
"""Facets whose yes is told with how many meals or the meal allowance (包吃吗 → 有食堂 每天3餐)."""

_MODE_REACHES = compiled(r"(地铁|公交|轻轨|大巴)(?=能到|可以到|能不能到|到不到|直达|能直达)")
"""A way to get to work asked whether it reaches (地铁能到吗)."""
_MODE_ASKED = compiled(
    r"有(?:没有|没)?(地铁|公交|轻轨|大巴)|(地铁|公交|轻轨|大巴)(?:有没有|有吗|有没|通不通)|通(地铁|公交|轻轨)"
)
"""Whether a way to get to work is there at all (有没有地铁到厂门口): only a text naming the same
way answers it; how to go by another way is a neighbouring fact."""
_MODE_HOW = compiled(r"坐(地铁|公交|轻轨|大巴)(?:怎么|咋|如何)")
"""How to come by a way named (坐地铁咋过去): the text naming it tells, where one does."""

_SAYS_YES_NO = compiled(r"有|没|无|不|免费|包|需|要|可以|能")


def _span_with(text: str, words: tuple[str, ...]) -> str | None:
    """The clauses of `text` from the first to the last that holds one of `words` (so a condition
    written between them stays: 有夫妻房，需排队，夫妻房每月150元); None when none holds one."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    hits = [i for i, c in enumerate(clauses) if any(w and w in c.lower() for w in words)]
    if not hits:
        return None
    return "，".join(clauses[hits[0] : hits[-1] + 1])


def _detail(facet: Facet, words: tuple[str, ...], facts: list[Fact], lead: tuple[Fact, ...]) -> Fact | None:
    """What the topic's note adds about the facet asked (the recruiter's conditions: 需排队, 转正后
    交公积金), as the clauses that speak of it; None when the note says nothing of it."""
    for fact in facts:
        if fact.field != f"{facet.topic}.note" or any(f.text == fact.text for f in lead):
            continue
        span = _span_with(fact.text, words)
        if span is not None and not any(span in f.text for f in lead):
            return Fact(fact.field, span)
    return None


def _not_provided(facet: Facet, job: Job, facts: list[Fact]) -> Fact | None:
    """For a question about the dorm or the canteen of a job that has none (几人间 where no dorm is
    provided), the fact that says so: the true answer, never a neighbouring fact."""
    if facet.key in STILL_ASKED or facet.topic not in ("dorm", "canteen"):
        return None
    part = job.dorm if facet.topic == "dorm" else job.canteen
    if part is None or part.provided is not False:
        return None
    if any(f.field in facet.fields for f in facts):
        return None  # what it costs is written even so (不包吃，仓库有食堂 / 8到12元一餐)
    said = [f for f in facts if f.field == f"{facet.topic}.provided"]
    return said[0] if said else None


_YES_NO = compiled(
    r"^(?:有|没有|没|无|要|不要|需要|不需要|不用|可以|不可以|能|不能|是|不是|包|不包|管|不管|免费|不收|会|不会"
    r"|一样|不一样|行|不行|对|不对)"
    r"[\u4e00-\u9fff]{0,3}$"
)
"""An FAQ answer's first clause that says yes or no by itself (要, 不要钱, 可以): its short form."""
_EXPLAIN = compiled(r"意思|咋回事|怎么回事|啥叫|什么叫|是啥|是什么")
"""Words asking what a word of the catalogue means (两头班是什么意思)."""

_MEASURES = "台件米单票箱斤张条双只间次趟吨包筐根盒袋瓶"
_COUNT_ASKED = compiled(
    rf"(?:几|多少|好多)个?([{_MEASURES}])|(?:能做|能干|能跑|能送|能摘|能剪|能装|能包|能糊|能剥|能杀|能缝|能贴)"
    rf"(?:多少|几)"
)
_PER_ORDER_ASKED = compiled(r"一单[^\s,，?？]{0,3}(?:(?:几|多少|好多)个?(天|小时|钟头|钟)|多久|多长时间)")
"""How long one order lasts, asked (一单干几天, 一单几个钟头, 一单多久)."""
_PER_ORDER_SAID = compiled(r"一单\D{0,3}\d+(?:\.\d+)?(?:[到\-~～]\d+)?个?(天|小时)")
"""How long one order lasts, written (一单26天, 一单3小时起)."""
_COUNT_SAID = compiled(
    rf"\d+(?:\.\d+)?(?:[到\-~～]\d+)?多?个?[{_MEASURES}]?|[一二两三四五六七八九十]*[百千万]多?个?[{_MEASURES}]?"
    rf"|(?:[二两三四五六七八九十]|[一二两三四五六七八九十]{{2,}})多?个?[{_MEASURES}]"
)
"""A count of work asked (看几台, 一天能做多少) and one written (12到16台, 两百多); 一间 of 做一间房
提成6元 is the unit a price is given by, no count."""

_PERIODS = ("试用期", "学徒期", "实习期", "考核期")
"""The periods a new hand serves under their own name."""

_RENT = compiled(r"房租|租房|租金|租个房|租间房")
_RENT_SAID = ("租房", "房租", "租金", "租个房", "租间房", "租一间")
"""How a rent is asked, and how a note tells the rent of a room near work."""

_WRITTEN_WHEN_ASKED: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    # 按天算还是按月 of 一级护理每天200元: a day's rate says it is paid by the day.
    "pay.piece": (compiled(r"按天"), ("每天",)),
    # 多久能转正 of 干满一年考核合格转春汽正式工: how long one serves before being taken on.
    "prospects.probation": (_SPAN_ASKED, ("合格转", "考核转", "转为正式", "转成正式")),
}
"""Words a facet's text may be written by, only when the question asks in a certain way: a text
saying 每天 answers 按天算吗 but not 计件还是计时."""

_NO_OPENINGS = ("不", "无", "没")
"""How a field saying no opens (不包住, 无夫妻房, 没有食堂)."""

_BESIDE_NO_DORM = 12
"""The longest fact told after 不包住 (可以帮忙找附近日租房): a longer one is told alone."""

_YES_NO_ROOM = 16
"""The most characters an FAQ's yes or no may take with the clause after it (可以，很多宝妈带孩子住)."""


def _yes_no_short(answer: str) -> str | None:
    """An FAQ answer's short form when its first clause says yes or no: that clause with the next
    one when both fit in a short post (可以，很多宝妈带孩子住宿舍 says what a bare 可以 does not),
    else the clause alone; None when the first clause says neither."""
    breaks = [m.start() for m in _CLAUSES.finditer(answer)]
    first = answer[: breaks[0]] if breaks else answer
    if not _YES_NO.match(first) or len(first) >= len(answer):
        return None
    both = answer[: breaks[1]] if len(breaks) > 1 else answer
    if len(both) <= _YES_NO_ROOM and len(both) < len(answer):
        return both
    if _BUT.match(answer, breaks[0] + 1):
        return None  # 可以学，但签合同两年内不能在附近开同类店: a bare 可以学 would say another thing
    return first


_BUT = compiled(r"\s*(?:但是|但|不过|只是|除非|前提是|前提)")
"""How a clause opens that takes back part of the yes or no before it."""


_MARKS = compiled(r"[\s?？!！。，,、~～…]+")
_PARTICLES = compiled(r"(?<![什怎这那多])[吗呢啊呀嘛么吧哦呐啦]+$")
"""Closing particles; the 么 of 什么, 怎么, 这么, 那么 or 多么 is part of its word."""


ALIKE = (
    ("谁掏钱", "谁出"),
    ("谁出钱", "谁出"),
    ("谁付钱", "谁出"),
    ("谁给钱", "谁出"),
    ("谁掏", "谁出"),
    ("谁付", "谁出"),
    ("谁报销", "谁出"),
    ("回来", "回国"),
    ("一块来", "一起来"),
    ("一块去", "一起去"),
    ("一块儿", "一起"),
    ("外面租", "租房"),
    ("外头租", "租房"),
    ("外边租", "租房"),
    ("在外租", "租房"),
    ("出去租", "租房"),
    ("自己租", "租房"),
    ("学会手艺", "学会"),
    ("学手艺", "学"),
    ("工衣", "工服"),
    ("工作服", "工服"),
    ("服装", "工服"),
    ("制服", "工服"),
    ("厂服", "工服"),
    ("掏钱", "要钱"),
    ("花钱", "要钱"),
    ("出钱", "要钱"),
    ("自己买", "要钱"),
    ("几月份", "什么时候"),
    ("几月", "什么时候"),
    ("费", "钱"),
    ("不干了", "离职"),
    ("不想干了", "离职"),
    ("中途走", "中途离职"),
    ("干一半走", "中途离职"),
    ("干到一半走", "中途离职"),
    ("男生多还是女生多", "男女比例"),
    ("女生多还是男生多", "男女比例"),
    ("男的多还是女的多", "男女比例"),
    ("女的多还是男的多", "男女比例"),
    ("工资", "钱"),
    ("辞职", "离职"),
    ("厂子", "厂里"),
    ("工厂", "厂里"),
    ("咋", "怎么"),
    ("啥", "什么"),
    ("哪家", "什么"),
    ("哪个", "什么"),
    ("暑假工", "学生工"),
    ("寒假工", "学生工"),
    ("便宜", "有优惠"),
    ("叫什么", "是什么"),
    ("没有", "没"),
    ("两口子", "夫妻"),
    ("两公婆", "夫妻"),
    ("一块", "一起"),
    ("在1块", "在一起"),
    ("1块住", "一起住"),
    ("1块去", "一起去"),
    ("孩子", "小孩"),
    ("娃", "小孩"),
    ("孙子", "小孩"),
    ("孙女", "小孩"),
    ("能不能", "能"),
    ("可不可以", "可以"),
    ("要不要", "要"),
    ("有没有", "有"),
    ("往家拿", "带回家"),
    ("拿回家", "带回家"),
    ("拿回去", "带回家"),
    ("带回去", "带回家"),
    ("带走", "带回家"),
    ("收钱", "要钱"),
    ("穿什么", "工服"),
    ("穿啥", "工服"),
    ("逢年过节", "过节"),
    ("过年过节", "过节"),
    ("洗澡的地方", "澡堂"),
    ("洗澡地方", "澡堂"),
    ("洗澡间", "澡堂"),
    ("澡堂子", "澡堂"),
    ("浴池", "澡堂"),
    ("浴室", "澡堂"),
)
"""Ways of saying the same thing, written one way before two questions are compared."""


def _first_held(words: tuple[str, ...], text: str) -> int:
    """The place in `words` of the first of them `text` holds (len(words) when it holds none)."""
    return next((n for n, w in enumerate(words) if w in text), len(words))


_PAID_ONESELF = compiled(r"要自己(?:掏|出|付)钱?$")
"""A question closed by whether one pays oneself (体检费要自己掏么): who pays is asked (体检费谁出);
洁净服要自己掏钱买 still asks whether one buys it oneself."""


def _alike(text: str) -> str:
    """A question with each of ALIKE's wordings written the one way."""
    text = _PAID_ONESELF.sub("谁出", text)
    for said, same in ALIKE:
        text = text.replace(said, same)
    return text


_COUNTED = "箱盒袋筐桶瓶罐柜担捆篮板车"
"""Things counted or priced by the piece, said with 子 (箱子, 袋子) where a recruiter writes 箱, 袋."""
_COUNTED_THINGS = frozenset(_COUNTED)
_ONE_OF_A_THING = compiled(rf"(?<=[一每几两])个(?=[{_COUNTED}])")
"""The 个 of 一个箱, 每个袋: the thing's own measure says as much."""
_DAYS_COUNTED = compiled(r"(?:休|歇|放)(?:息)?(?:几|多少)天")
"""How many days off are asked (一个月能休几天, 歇多少天)."""
_TIME_OF_DAY_OR_SPAN = compiled(
    r"[\d一二两三四五六七八九十半]+\s*个?(?:小时|钟头|钟|分钟|点(?:半)?)|\d{1,2}:\d\d"
)
"""A time of day or a span of hours (早7点, 休息两小时, 9:30): no count of days off."""
_DAYS_TOLD = compiled(
    r"[\d一二两三四五六七八九十单双]|周末|礼拜|星期|大小周|固定|轮休|调休|自己安排|请假|看订单|看情况"
    r"|(?<!节假日)(?<!节日)(?<!法定)不休"
)
"""A rest fact that says how many days or which, or how they are had (月休4天, 单休, 做六休一, 周末双休,
不固定, 自己安排, 可以请假, 雪季不休息); a holiday worked (节假日不休) says none of it."""
_CHILD = compiled(r"孩|娃|子女|儿子|女儿|闺女|伢|崽|细路")
"""A child named (娃, 小孩, 孩子, 伢子): whose schooling a question of 读书 or 上学 asks."""
_WHICH_CERTIFICATE = compiled(
    r"(?:啥|什么|哪些|哪个|哪种|哪样)(?:级别|等级|样)?的?证|(?:我|俺)有个?[^,\s]{0,4}证"
)
"""Which certificate is asked (要啥证, 要啥级别的证), whatever certificate the asker names as their own;
or one the asker holds is told (俺有个初级证 中不中): the job's own certificate is the answer."""
_ASKING_OPENS = compiled(
    r"^[^?？]{0,8}?(?:问一下|问一哈|问一声|问下|问哈|打听一下|打听下)[,，\s]*"
    r"|^报告(?:主播|班长|首长)?[!！,，\s]*"
)
"""Whom a question is put to before it opens (老周我问一哈, 大哥问下, a soldier's 报告主播): no word of
what is asked."""
_COUNTED_WITH_ZI = compiled(rf"(?<=[一每几两])([{_COUNTED}])子")
"""A thing counted said with 子 after its number (一箱子 of 一个箱子): as 一箱."""
_SOMEWHAT = compiled(r"(?:有一?点|有些)(?=[高低胖瘦矮近远累晕怕慢差])")
"""A degree said of oneself (血压有点高, 腿有点慢): the thing said is what is asked."""
_LIGHT = frozenset("做干讲说")
"""Verbs an FAQ's question may hold that the same question asked need not (能做暑假工吗 is 暑假工收不收)."""
_ASKING_WORDS = ("哪", "几", "多少", "什么", "谁", "怎么", "多久")
_MEASURED = "大远重高长宽深"
"""What 多 asks the measure of (多大, 多远): a question asking it names the measure (大不大, 远吗)."""
_MEASURE_SAID = {
    m: compiled(rf"(?<=[多很挺太蛮老贼好有够真超]){m}|{m}(?=[不吗么没啊嘛?吧呀呢了点些小近轻矮短浅窄低 ]|$)")
    for m in _MEASURED
}
"""A measure asked as one (厂子大不大, 有多远, 宿舍远吗), not the character inside a word (大米, 高中,
长白班): 厂子给发米不 五常大米嘎嘎香 does not ask 厂子多大."""


_CODE_NAMED = compiled(r"[a-z]+\d+|\d+[a-z]+")
"""A code of letters and digits an FAQ's question names (b2, a3, 4s)."""


def _asks_all_of(asked: str, question: str) -> bool:
    """Whether a question (written alike) names everything an FAQ's question names, a word of two
    or more characters of it as it stands, and asks what it asks (its 哪, 几, 谁 …): 工衣要自己掏钱买不
    asks 工服要钱吗, 要会讲粤语吗 asks 要会粤语吗; 门店有空调吗 does not ask 门店在哪."""
    theirs = _content(question) - _LIGHT
    if len(theirs) < 2 or not theirs <= _content(asked):
        return False
    if any(code not in asked for code in _CODE_NAMED.findall(question)):
        return False  # B2能开公交吗 is not asked by a line naming no B2 (开公交出了事故要赔么)
    if any(w in question and w not in asked for w in _ASKING_WORDS):
        return False
    if any(f"多{m}" in question and _MEASURE_SAID[m].search(asked) is None for m in _MEASURED):
        return False  # 仓库多大 is not asked by 宿舍离仓库远么: the size, not the distance
    if _LACKING.search(question) and not _LACKING.search(asked) and _HOLDING.match(asked):
        return False  # 持叉车证有补贴吗 is not asked by 没有叉车证可以吗: one holds what the other lacks
    pairs = (question[i : i + 2] for i in range(len(question) - 1))
    return any(p in asked for p in pairs if set(p) & theirs and _CJK.fullmatch(p[0]) and _CJK.fullmatch(p[1]))


def _content(text: str) -> set[str]:
    """The characters of a question that name something (not particles or question words)."""
    return {c for c in text if _CJK.match(c) and c not in _FUNCTION}


def _core(text: str) -> str:
    """A question without spaces, punctuation and its closing particles."""
    return _PARTICLES.sub("", _MARKS.sub("", text.lower()))


_MONTH_ASKED = compiled(r"一个月|1个月|每个月|一月|月薪|月入|综合")
"""Words asking a month's pay (一个月综合多少)."""
_MONTH_SCALE = compiled(r"\d{4,}|\d+(?:\.\d+)?\s*[万wk]|过万|上万")
"""A sum of a month's scale (5000, 1.2万, 8k): what a month's pay is said in."""
_SHIFT_TIMES = ("夜班", "白班", "中班", "周末", "节假日", "法定", "旺季", "淡季")
"""Times a rule of the hours or the pay is written apart for (白班…，夜班19:00-次日6:00)."""
_QUALIFIERS = ("试用期", "转正", "实习期", "学徒期", "考核期", *_SHIFT_TIMES)
"""Words that say of what time a fact holds (试用期也买): a note saying them qualifies the rule."""
_EXTRA_ASKED = compiled(r"多拿|多挣|多赚|多给|多发|加多少|多多少|涨多少|加几|提成|补贴|奖")
"""Words asking a sum added to the pay (熟练了能多拿多少), not a month's whole pay."""
_AMOUNT_ASKED = compiled(
    r"几毛|几分钱|给多少|几块|几元|几百|几千|多少钱|好多钱|几多钱|多少元|多少块|单价|什么价|啥价|价格|价钱|几钱"
    r"|[咋怎]么?给钱"
)
"""Words asking for a figure of money."""
_PRICED_BY = compiled(r"(?:一|每|1)个?(斤|公斤|捆|筐|箱|件|双|吨|趟|单|柜)")
"""A measure a price is asked by (一斤多少钱, 一捆几块)."""
_SHARE_ASKED = compiled(r"几个点|多少个点|百分之几|百分之多少|比例")
"""Words asking for a share (公积金交几个点): of pay or insurance, a figure such as 5%."""
_FIGURE = compiled(_SUM)
_MONEY_NAMED = compiled(r"[钱费价]|租金|工资|薪")
"""The words naming money in a question (租金多少)."""
_FIGURE_OR_RATE = compiled(_SUM + r"|\d(?:\.\d+)?\s*倍|[一二两三四五]倍")
"""A sum or a rate of the pay (1.5倍, 三倍)."""


def _colon_head(asked: Asked) -> Asked:
    """Of a fact opened by a colon (照顾0-3岁宝宝：冲奶、做辅食…), the opening alone when only it
    says the facet asked with its figure (带多大的娃娃: 照顾0-3岁宝宝), not the list a short post
    would keep."""
    if not asked.lead or asked.key not in BY_KEY:
        return asked
    fact = asked.lead[0]
    wording = fact.short or fact.text
    head, colon, rest = wording.partition("：")
    if not colon:
        head, colon, rest = wording.partition(":")
    marks = BY_KEY[asked.key].words
    if not colon or _ANY_FIGURE.search(head) is None:
        return asked  # 经验：做过服装查货 names the field before its colon, it says nothing
    if not any(m in head for m in marks) or any(m in rest for m in marks):
        return asked
    return replace(asked, lead=(replace(fact, short=head), *asked.lead[1:]))


def _most_named_first(asked: Asked, text: str) -> Asked:
    """Of the facts found for a facet, one naming more of the question's own words than the first
    does, or as many and more of its characters, leads (烘干房里热不热 of 推料车进出烘干房、看温度 and
    烘干房里热: both name 烘干房, the second 热 too), where the first names some."""
    if len(asked.lead) < 2:
        return asked
    named = _named_pairs(text)
    chars = {c for c in text if _CJK.match(c) and c not in _FUNCTION}
    counts = [
        (len(named & _named_pairs(f.short or f.text)), len(chars & set(f.short or f.text)))
        for f in asked.lead
    ]
    best = max(range(len(counts)), key=lambda i: counts[i])
    if best == 0 or counts[0][0] == 0 or counts[best] <= counts[0]:
        return asked
    lead = (asked.lead[best], *asked.lead[:best], *asked.lead[best + 1 :])
    return replace(asked, lead=lead)


def _asked_clause(asked: Asked, text: str) -> Asked:
    """Under a short limit, the clause of the first fact told that holds most of the question's
    own words (加班多不多 of 旺季每周加班一天，淡季基本双休; 学生生病了要送医院不 of 管女生宿舍，查寝，
    学生生病通知班主任) is its short wording, when the clause a short post would keep holds none of
    them. A first clause saying yes or no is kept."""
    if not asked.lead:
        return asked
    fact = asked.lead[0]
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    if len(clauses) < 2 or _YES_NO.match(clauses[0]) or _SAYS_NO.match(clauses[0]):
        return asked
    kept = _CLAUSES.split(fact.short)[0] if fact.short else clauses[0]
    if _figures(text) & _figures(kept):
        return asked  # 押20%工资？ keeps 剩下20%项目结束一次性结清: the figure named is said
    if _DISTANCE_ASKED.search(text) and _DISTANCE_SAID.search(kept):
        return asked  # 离市里远不远 keeps 坐车一个小时左右: how far is said
    if asked.key == "hours.clock" and _END_ASKED.search(text) and _END_WORD.search(kept):
        return asked  # 几点下班 keeps 虾剥完就收工，一般下午四五点: the end of the day is said
    marks = BY_KEY[asked.key].words if asked.key in BY_KEY else ()
    amount = _AMOUNT_OR_SHARE.search(text) or MONEY_ASKED.search(text)
    named = _named_pairs(text)
    holding = [c for c in clauses if named & _named_pairs(c)]
    # 洗大货车提成多少 of 计件提成，小车每台4元，大货车每台15元: the clause naming most of what is asked
    # first, of those naming as much (a sum asked) one giving a figure.
    holding.sort(
        key=lambda c: (-len(named & _named_pairs(c)), bool(amount) and _ANY_FIGURE.search(c) is None)
    )
    # 自己带的老客提成咋算 of 剪发业绩提成35%，…，自带老客提成40%: a clause naming more of what is asked
    # than the clause kept does.
    more_named = bool(holding) and len(named & _named_pairs(holding[0])) > len(named & _named_pairs(kept))
    # An FAQ answers its own question whole; a clause chosen for the count or figure asked, or
    # saying the facet where the clause naming the thing does not, says what was asked.
    # A sum asked (洗大货车提成多少) is told by the clause naming the thing with its figure, though the
    # clause kept names the facet (计件提成) and gives none.
    sum_named = (
        bool(holding)
        and bool(amount)
        and not _ANY_FIGURE.search(kept)
        and bool(_ANY_FIGURE.search(holding[0]))
    )
    chosen_for = (
        asked.key.startswith("faq:")
        or (fact.short is not None and "~" in asked.key)
        or (
            bool(holding)
            and not sum_named
            and any(w in kept for w in marks)
            and not any(w in holding[0] for w in marks)
        )
    )
    if (
        holding
        and not chosen_for
        and (_names_none(kept, named) or sum_named or more_named)
        and kept not in holding[0]
    ):
        # 箱型柱多少一吨 of 按吨计件，H型钢每吨180元，箱型柱每吨260元: the clause naming the thing
        # asked, when the clause kept names nothing asked; a figure kept is only put by a figure,
        # and a sum asked (学徒期多少钱, 健康证谁出钱) only by a clause speaking of money.
        chosen = holding[0]
        if (not _ANY_FIGURE.search(kept) or _ANY_FIGURE.search(chosen)) and (
            not amount or _speaks_of_money(chosen)
        ):
            return replace(asked, lead=(replace(fact, short=chosen), *asked.lead[1:]))
    if not chosen_for or asked.key.startswith("faq:"):
        # An FAQ's answer too, when it is cut: the clause saying the deed, not its opening.
        doing = _doing_asked(text, kept, clauses)
        if doing is not None:
            return replace(asked, lead=(replace(fact, short=doing), *asked.lead[1:]))
    mine = _content(text)
    shared = [len(mine & _content(c)) for c in clauses]
    best = max(range(len(clauses)), key=lambda i: (shared[i], -i))
    if clauses[best] == kept or shared[best] < 2 or mine & _content(kept):
        return asked
    if _ANY_FIGURE.search(kept) and (amount or not _ANY_FIGURE.search(clauses[best])):
        return asked  # 学徒期多少钱 of …新手学徒期3个月，每月保底3500: the figure kept says it
    if amount and _speaks_of_money(kept):
        return asked  # 健康证谁出钱 of 需能做健康证，费用自理: who pays is what the clause kept says
    if fact.short is not None and any(w in kept for w in marks):
        return asked  # 中介费退吗 of …，做满三个月返还: a clause chosen for saying the facet asked
    return replace(asked, lead=(replace(fact, short=clauses[best]), *asked.lead[1:]))


_TOPIC_HEADS = {
    "canteen": ("食堂", "饭堂", "伙食"),
    "dorm": ("宿舍", "寝室"),
    "insurance": ("社保", "五险", "公积金"),
}
"""Words that put a question under one topic whatever else it holds (厂里有几个食堂)."""
_PROVIDED_HEADS = {
    "dorm": (*_TOPIC_HEADS["dorm"], "住宿", "住哪", "住的"),
    "canteen": (*_TOPIC_HEADS["canteen"], "吃饭", "吃的"),
}
"""Words an FAQ's question asks the dorm or the meals by (住宿怎么安排, 吃饭怎么解决): the topic's
heads and the everyday words for staying and eating."""
_OVERTIME_RATE = compiled(r"(?:\d+(?:\.\d+)?|[一二两三四五])\s*倍")
"""A rate of pay for extra hours (1.5倍, 两倍), not a load doubled (翻倍)."""
_HAND_HURT = compiled(r"[烫压砸夹伤碰划割扎洗泡搓冻磨]到手")
"""A hand hurt by the work (烫到手): 到手 there is no pay in hand."""
_SKILL_KEYS = frozenset(("requirements.experience", "requirements.skill", "requirements.computer"))
_LATIN_WORD = compiled(r"[a-z]{2,}")
"""A word in Latin letters (plc, cad, ug): a skill or a tool named."""
_NO_SKILL = frozenset(("wifi", "app", "ok", "bb", "gz", "hr", "vx", "wx", "qq", "zp"))
"""Latin words of chat that name no skill."""
_CAN_DO = compiled(
    r"(?:要|得|必须|需)会([\u4e00-\u9fff]{2})|([\u4e00-\u9fff]{2})(?:也|都|还)?(?:要|得|必须|需要)会(?:吗|不|么|嘛|$)"
)
"""A doing one must be able to do (要会调色不, 得会焊接吗, 仰焊也要会吗): two characters of it name the
skill."""
_CANNOT = compiled(r"不会([\u4e00-\u9fff]{2})")
"""A doing one cannot do, told (不会游泳): two characters of it name the skill."""
_EITHER_WAY = compiled(r"([\u4e00-\u9fff])[不没]\1")
"""A verb asked both ways (报不报, 退不退): what is asked is whether it is done."""
_MODAL_VERBS = frozenset("是有能要会可行好对让用够算")
"""Verbs asked both ways that say nothing of the deed (是不是, 能不能, 要不要)."""
_HOW_RECKONED = compiled(r"[咋怎]么?个?(?:算|计算|结算)|如何(?:计)?算|怎样算|啥算法|什么算法")
"""Words asking how a sum is worked out (提成咋个算)."""


def _doing_asked(text: str, kept: str, clauses: list[str]) -> str | None:
    """The clause saying the deed asked, when the clause kept does not: 体检钱报不报 of
    健康证体检大约60元，自己先垫，入职满一个月报销 is told by the clause saying 报销; 提成咋个算 of
    底薪加提成，按收费率和巡检路段算 by the clause saying by what it is reckoned."""
    either = _EITHER_WAY.search(text)
    if either is not None and either.group(1) not in _MODAL_VERBS and either.group(1) not in kept:
        saying = [c for c in clauses if either.group(1) in c]
        if saying:
            return saying[0]
    if _HOW_RECKONED.search(text) and "按" not in kept and not _ANY_FIGURE.search(kept):
        # 补贴咋算 of 野外补贴每天60元，按出勤天数算: a figure kept already says it.
        basis = [c for c in clauses if "按" in c]
        if basis:
            return basis[0]
    return None


_GENERAL_PAIRS = frozenset(
    w for words in (*GENERAL.values(), COMMON) for w in words if len(w) == 2
) | frozenset(("多少", "几多", "怎么", "什么", "可以", "一个", "每个"))
"""Two-character words every question may hold (工资, 多少, 报名): they name nothing asked."""


_CLOCK_SAID = compiled(r"\d{1,2}\s*(?:点|:\d\d)")
"""An hour of the day written (6点, 8:30)."""
_YEARS_OLD = compiled(r"(?<![\d.])[1-7]\d\s*(?:岁|周岁)")
"""An age told with its unit anywhere in a line (58岁能做不)."""
_TOLD_OF_ONESELF_FACETS = frozenset({"requirements.age", "requirements.gender"})
"""Facets of who is taken that a question reaches by what the asker tells of themself (我32, 俺家妹子)
rather than by what it asks."""
_TOLD_MEASURES = (
    (
        compiled(r"(?:干|做|开|学|跑|当|修|焊)过?了?\s*(?:[\d一二两三四五六七八九十]+|半|几)\s*(?:年|个月)"),
        "requirements.experience",
        "",
        ("requirements",),
    ),
    (
        compiled(r"1\s*米\s*[5-9]\d?|1[5-9]\d\s*(?:cm|公分|厘米)"),
        "requirements.height",
        "身高",
        ("requirements", "requirements.gender"),
    ),
)
"""What one tells of oneself that a condition measures (开了两年塔吊, 1米56): the facet it asks, the
words a written condition holds to state it when the facet has no field of its own, and the facets a
question so told may have been read as asking."""
_CONDITION_WORDS = frozenset({"要求", "需要", "优先", "以上", "以下", "不能", "必须", "能够", "会用"})
"""Pairs every written condition may hold: they name no condition of their own."""


def _condition_named(facts: list[Fact], named: set[str], facet: Facet | None) -> Fact | None:
    """The recruiter's written condition (requirements.other) naming the most of a question's own
    pairs of characters, the facet's own cues left out (宝妈 of 我32 带俩孩子 宝妈要不要 → 宝妈优先,
    狐臭 of 我家妹子有点狐臭 能干不 → 不能有狐臭); None when none names any."""
    cues = facet.cues if facet is not None else ()
    asked = {p for p in named - _CONDITION_WORDS if not any(p in c for c in cues)}
    if not asked:
        return None
    scored = [
        (len(asked & _named_pairs(f.text.lower())), -n, f)
        for n, f in enumerate(facts)
        if f.field == "requirements.other"
    ]
    best = max(scored, default=None, key=lambda s: s[:2])
    return best[2] if best is not None and best[0] > 0 else None


def _named_pairs(text: str) -> set[str]:
    """The pairs of characters a text writes that may name a thing (箱型, 型柱, 加班, 视频)."""
    return {
        p
        for i in range(len(text) - 1)
        if _CJK.match((p := text[i : i + 2])[0])
        and _CJK.match(p[1])
        and (not set(p) & _FUNCTION or p in _BEDDING)
        and p not in _GENERAL_PAIRS
    }


_BEDDING = frozenset({"被套", "被子", "被褥", "被罩", "被单", "被芯"})
"""Things named with a character that elsewhere only joins (被 of 被骗): bedding a laundry counts."""


def _names_none(clause: str, named: set[str]) -> bool:
    """Whether a clause writes none of the pairs a question names."""
    return not named & _named_pairs(clause)


def _closest(clauses: list[str], text: str) -> str | None:
    """Of `clauses`, the one sharing most characters with the question (the first of the best)."""
    asked_chars = {c for c in text if _CJK.match(c) and c not in _FUNCTION}
    scored = [(len(asked_chars & set(clause)), -i, clause) for i, clause in enumerate(clauses)]
    return max(scored)[2] if scored else None


_ANY_FEE = compiled(r"任何费用|任何钱|一分钱|一切费用|所有费用|任何收费|要钱都别给|要钱别给")
"""A recruiter's text saying no money at all is taken, whatever it is called."""
_PERIOD_ASKED = compiled(r"多久|多长|几天|几个月|几周|几个星期|多少天|一周|一个月")
"""How often a thing comes round, asked (多久倒一次班)."""
_SCHEME = compiled(r"[两三四]班[两三]?(?:倒|运转)")
"""A rotation's scheme by its name (两班倒, 四班三倒, 四班三运转)."""
_ROTATION_NAMED = compiled(SAYS["hours.rotation"].pattern + "|" + _SCHEME.pattern)
"""A rotation told by its scheme's name as well as by its period."""


NOT_SAYS: dict[str, re.Pattern[str]] = {
    # 干满3个月报销单程火车票 pays a fare back: no bonus for staying (做满45天每小时补2元 is one)
    "pay.bonus": compiled(r"报销|路费|车票|机票"),
}
"""Words a free-text fact holds when it says something else than the facet, whatever marks it holds."""

CLAUSE_SAYS: dict[str, re.Pattern[str]] = {
    "pay.payday": compiled(
        _WHEN_SAID.pattern + r"|结清|发薪|发工资|日结|周结|月结|当天结|每周[一二三四五六日天]?发"
    ),
}
"""Facets whose field is often written with another matter first (每周五可借支生活费300元，每月15号结清
上个月工资): the clauses saying the facet itself."""


def _from_said_clause(asked: Asked, facet: Facet) -> Asked:
    """The first fact told from its clause that says the facet, when its first clause says
    something else (每月15号结清上个月工资 of 每周五可借支生活费300元，每月15号结清…): cut to a
    short message it says what was asked, never the other matter."""
    says = CLAUSE_SAYS.get(facet.key)
    if says is None or not asked.lead:
        return asked
    first = asked.lead[0]
    told = first.short or first.text
    clauses = [c for c in _CLAUSES.split(told) if c]

    def saying(clause: str) -> bool:
        # 平时每月借支2000生活费 says 每月 of an advance, which is not the payday
        return says.search(clause) is not None and _ADVANCE.search(clause) is None

    if len(clauses) < 2 or saying(clauses[0]):
        return asked
    said = [c for c in clauses if saying(c)]
    if not said:
        return asked
    return replace(asked, lead=(replace(first, short="，".join(said)), *asked.lead[1:]))


_ADVANCE = compiled(r"借支|可借|能借|借生活费")
"""Words of borrowing on one's pay (每月借支2000生活费): another matter than when the pay is paid
(每月预支生活费2000元 and 每月25号发生活费 are part of it)."""


def _to_the_price(asked: Asked, facet: Facet, text: str) -> Asked:
    """A piece rate asked by a measure (一斤多少钱) told first by the fact naming that measure, and
    in its clauses up to the first giving a price (计件按斤，一公斤1.5元 of 计件按斤，一公斤1.5元，
    手快一天摘150公斤): cut to a short message, the price stays."""
    if facet.key not in PRICED or not asked.lead:
        return asked
    lead = list(asked.lead)
    measure = _PRICED_BY.search(text)
    if measure is not None:
        holding = [f for f in lead if measure.group(1) in f.text]
        lead = holding + [f for f in lead if f not in holding]
    elif not _PRICE_ASKED.search(text):
        return asked  # 计件还是计时 asks the way of paying, which the unit paid by says
    elif not _PRICE.search(lead[0].text):
        # 剥虾咋算钱: the recruiter's price (剥一斤虾仁2.8元) says more than the unit paid by
        # (计件, 按焊缝米数计件), whether the fact holding it was found first or only told after.
        told = [f for f in asked.rest if f.field == "pay.note"]
        holding = [f for f in (*lead, *told) if _PRICE.search(f.text)]
        lead = holding[:1] + [f for f in lead if f not in holding[:1]]
    first = lead[0]
    clauses = [c for c in _CLAUSES.split(first.text) if c]
    priced = next((i for i, c in enumerate(clauses) if _PRICE.search(c)), None)
    said = _CLAUSES.split(first.short)[0] if first.short else ""
    if priced is not None and priced > 0 and not _PRICE.search(said):
        # 计件，每包3分钱左右: the price is the short wording; what precedes it names the unit
        # the price names too, unless it gives a figure of its own.
        before = clauses[:priced]
        short = (
            clauses[priced]
            if not any(_ANY_FIGURE.search(c) for c in before)
            else "，".join(clauses[: priced + 1])
        )
        first = replace(first, short=short)
    elif first.short is None and priced is not None and priced < len(clauses) - 1:
        first = replace(first, short="，".join(clauses[: priced + 1]))
    return replace(asked, lead=(first, *lead[1:]), rest=tuple(f for f in asked.rest if f not in lead))


_PRICE_ASKED = compiled(r"算|单价|多少|几多|几钱|几毛|几分|几块|价")
"""Words asking what a piece pays or how it is counted (计件咋算, 单价几多), not which way one is paid."""
_PRICE = compiled(r"\d+(?:\.\d+)?\s*(?:元|块|毛|角|分钱)")
"""A price in money (1.5元, 2块, 5毛)."""


def _clause_giving(fact: Fact, gives: re.Pattern[str]) -> Fact:
    """`fact` told by its clause that `gives` what is asked (a span, a figure), when the clause it is
    told by gives none: the first such clause from the one told on, else before it."""
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    told = fact.short if fact.short is not None else clauses[0]
    if gives.search(_CLAUSES.split(told)[0]):
        return fact
    at = next((i for i, c in enumerate(clauses) if c in told or told in c), 0)
    giving = [c for c in (*clauses[at:], *clauses[:at]) if gives.search(c)]
    return replace(fact, short=giving[0]) if giving else fact


def _told_by_clause(fact: Fact, words: tuple[str, ...], facet: Facet) -> Fact:
    """`fact` told by its clause holding every word of `words` (and the facet's mark, where another
    clause has it); a clause already chosen that holds them and a figure stays, where the one found
    gives none (一天能拾多少公斤 of 按公斤计价，…，熟手一天能拾150公斤左右 keeps the count), and so does
    one saying the facet where the one found does not."""
    clause = _clause_with(fact.text, words)
    if not clause or not all(w in clause.lower() for w in words):
        return fact
    kept = fact.short
    if (
        kept
        and all(w in kept.lower() for w in words)
        and _ANY_FIGURE.search(kept)
        and not _ANY_FIGURE.search(clause)
    ):
        return fact
    says = SAYS.get(facet.key)
    if kept and says is not None and says.search(kept) and not says.search(clause):
        return fact  # 一天做几个客人 keeps 一天一般做6到10位: 每做一位客人提成35元 says no count
    return replace(fact, short=_marked_clause(fact.text, clause, facet))


def _marked_clause(text: str, clause: str, facet: Facet) -> str:
    """The clause of a text telling a facet asked with words of its own: the one holding those words
    (`clause`), unless a sum is asked, it lacks the facet's marks and another clause holds them
    (宝妈班一小时多少 of 可以，有宝妈班9:00-15:00，按小时算每小时18元 → 按小时算每小时18元); a
    clause naming what is asked of (再往厨师方向发展 of 能学厨师吗) is the answer itself."""
    if (facet.topic != "pay" and facet.key not in _MARK_FIRST) or any(w in clause for w in facet.words):
        return clause
    marked = [c for c in _CLAUSES.split(text) if c and any(w in c for w in facet.words)]
    if marked and facet.key in _MARK_FIRST:
        # 冷库冷不冷 of 要在冷库进出，冬天手冷，公司发防寒手套: the clauses saying the cold.
        return "，".join(marked)
    return marked[0] if len(marked) == 1 else clause


_SPECIAL_CASES = (
    "夜班",
    "白班",
    "周末",
    "节假日",
    "法定",
    "旺季",
    "淡季",
    "加班",
    "过年",
    "春节",
    "高温",
    "雨天",
)
"""Times and cases a clause of pay may be for alone (夜班每箱多0.5元)."""


def _amount_clause(asked: Asked, text: str, says: re.Pattern[str] | None = None) -> Asked:
    """A figure asked (焊锡几毛一个, 一模几分钱) of a long free text: its clause that holds a figure
    and shares most words with the question is the short wording (焊锡0.12元一个), not the
    first clause that names the facet (计件和计时都有)."""
    if not asked.lead or not _AMOUNT_ASKED.search(text):
        return asked
    fact = asked.lead[0]
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    if len(clauses) < 2:
        return asked
    asked_chars = {c for c in text if _CJK.match(c) and c not in _FUNCTION}
    # 宝妈班一小时多少 → 每小时18元, not 宝妈班9:00-15:00: a clause holding the facet's own marks first.
    marks = BY_KEY[asked.key].words if asked.key in BY_KEY else ()
    # 一箱给多少 of 一个自然箱2.5元，夜班每箱多0.5元: a clause for a time or case not asked
    # (夜班, 周末) comes after one for none.
    scored = [
        (
            not any(q in clause and q not in text for q in _SPECIAL_CASES),
            any(w in clause for w in marks),
            len(asked_chars & set(clause)),
            -i,
            clause,
        )
        for i, clause in enumerate(clauses)
        if _FIGURE.search(clause) and (says is None or says.search(clause))
    ]
    if not scored or max(scored)[2] == 0:
        return asked
    best = max(scored)[4]
    if fact.short is not None and best in fact.short and _FIGURE.search(_CLAUSES.split(fact.short)[0]):
        return asked  # the short wording's first clause, what a short post keeps, gives a figure
    return replace(asked, lead=(replace(fact, short=best), *asked.lead[1:]))


_ADDRESS_LEVEL = compiled(r"[省市区县镇乡村路道街巷号](?![省市区县镇乡村路道街巷号])")
"""The end of one level of an address (区, 镇, 路, 号): where it may be cut."""
_AREA_LEVEL = compiled(r"[区县镇乡](?![区县镇乡])")
"""The end of an area of an address (吉阳区, 度假区, 湖光镇), before its street."""
_LONG_ADDRESS = 16
"""An address longer than this leaves no room in a 20-character post for the job's number."""


_STREET_ASKED = compiled(r"具体|详细|哪条路|什么路|哪个街|门牌|定位|导航")
"""Words asking where exactly, not which district (哪块, 哪个区)."""
_ADDRESS_CITY = compiled(r"(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,3}市(?![区场])")
"""The province and city an address opens with (浙江省嘉兴市)."""


def _address_asked_from(address: str, text: str) -> int:
    """Where the part of a long address a question asks begins, 0 for the whole: where exactly
    (具体在哪个位置) is its street and number (椰风路6号); with the city named (在昆明哪里) it is
    told from its district on."""
    if _STREET_ASKED.search(text):
        areas = [m.end() for m in _AREA_LEVEL.finditer(address)]
        return areas[-1] if areas and areas[-1] < len(address) - 2 else 0
    city = _ADDRESS_CITY.match(address)
    if city is None:
        return 0
    name = city.group(0).rsplit("省", 1)[-1].removesuffix("市")
    return city.end() if len(name) >= 2 and name in text else 0


def _cut_forms(head: str, fact: Fact, max_chars: int) -> tuple[str, ...]:
    """When no answer fits the message: the first asked fact alone, then its wording up to the end
    of a clause (要，入职前公司统一带去办，费用公司出 → 要，入职前公司统一带去办), never cut
    inside a clause, so no fragment says what the whole does not."""
    out: list[str] = []
    said = (fact.text, fact.short or fact.text)
    # 旺季（11月到次年4月）每月多发旺季补贴500元 → 旺季每月多发旺季补贴500元: an aside in brackets is
    # the first thing left out.
    for wording in dict.fromkeys((*said, *(_ASIDE.sub("", w) for w in said))):
        ends = [m.start() for m in _CLAUSES.finditer(wording)]
        starts = [0]
        if fact.field in ("location.address", "employer.address"):
            # An address without its province and city (the job's own, told on its card) says as
            # much; read from its start it names a place at each level it reaches (嘉兴市南湖区大桥镇
            # 亚太路1号浩运物流园 → 嘉兴市南湖区大桥镇): less precise, never another place.
            city = _ADDRESS_CITY.match(wording)
            starts += [city.end()] if city and city.end() < len(wording) - 2 else []
            ends += [m.end() for m in _ADDRESS_LEVEL.finditer(wording)]
            ends.sort()
        for cut in (len(wording), *reversed(ends)):
            for start in starts:
                piece = wording[start:cut]
                if len(piece) >= 2 and len(head) + len(piece) <= max_chars:
                    out.append(f"{head}{piece}")
    if not out and fact.field.startswith("duties."):
        # 挂防水板、绑钢筋、台车立模、浇混凝土时打下手 has no clause short enough: the tasks listed up
        # to an item's end, two at least, marked as going on (挂防水板、绑钢筋等), rather than nothing;
        # a list opened by a colon (医院病房陪护：生活照料、帮病人做康复锻炼…) from its first item on,
        # without what opens it when that leaves no room. Only of the work's tasks: items sharing
        # what follows them (超速、超载罚款自己承担) say nothing cut from it.
        wording = fact.short or fact.text
        colon = max(wording.find("："), wording.find(":"))
        ends = [m.start() for m in _LISTED.finditer(wording)]
        for item in reversed(ends if colon >= 0 else ends[1:]):
            for start in (0, colon + 1) if 0 <= colon < item else (0,):
                piece = f"{wording[start:item]}等"
                if len(piece) >= 3 and len(head) + len(piece) <= max_chars:
                    out.append(f"{head}{piece}")
    return tuple(sorted(dict.fromkeys(out), key=lambda t: (-len(t), t)))


_FIGURELESS_CLAUSES = compiled(r"(?:[，,]+[^，,；;。\d]+(?=[，,；;。]|$))+")
"""Clauses after a comma, up to the sentence's end, none giving a figure (，离职结清，可以先走)."""


def _told_on(fact: Fact) -> Fact:
    """The clause a fact was cut to (`short`) with the clauses after it in its sentence that give no
    figure (离职结清, 可以轮换休息, 费用自理): they tell more of the same thing, where a clause with a
    figure tells another (月休4天，每天10小时). The fact itself when there are none."""
    short = fact.short
    at = fact.text.find(short) if short else -1
    if not short or at < 0:
        return fact
    kept = _FIGURELESS_CLAUSES.match(fact.text, at + len(short))
    return replace(fact, text=short + kept.group(), short=None) if kept else fact


def _in_own_words(asked: Asked, clause: str) -> bool:
    """Whether a fee asked is answered by a recruiter's text before the fee field's stock phrase (不收
    任何费用), and `clause`, cut from the text, names a fee (本场所有岗位报名不收中介费). Whether one is
    hired direct keeps its field's phrase (劳务派遣): that is the answer, where a clause only leads to it."""
    first, last = asked.lead[0], asked.lead[-1]
    return (
        asked.key == "legitimacy.agency_fee"
        and last.field == "employer.agency_fee"
        and not first.field.startswith("employer.")
        and any(w in clause for w in BY_KEY[asked.key].words)
    )


def _said_on(fact: Fact) -> bool:
    """Whether every clause of a fact after the one it may be cut to gives no figure (押半个月工资，
    第三个月一起发): they tell more of the same thing, where a figure tells another (月休4天，每天10小时)."""
    short = fact.short
    if not short or short == fact.text:
        return True
    return fact.text.startswith(short) and _FIGURELESS_CLAUSES.fullmatch(fact.text, len(short)) is not None


_ASIDE = compiled(r"（[^（）]*）|\([^()]*\)")
"""An aside in brackets (（11月到次年4月）, （五星酒店，面试时告知））."""
_LISTED = compiled(r"、")
"""The mark between the items of a list (挂防水板、绑钢筋)."""


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, then in character order."""
    return -len(word), word


_ASKING_CHARS = frozenset("多少几")
"""Characters of the words that ask how much or how many."""
_WHEN = compiled(r"什么时候|啥时候|时候")
_WHEN_ASKED = compiled(r"什么时候|啥时候|几月|哪个月|几号|哪天")
"""Words asking when."""
_TIME_GIVEN = compiled(
    r"\d+\s*(?:月|号|日|点)|[一二三四五六七八九十腊正]+月|春节|过年|国庆|暑假|寒假|月底|月初"
    r"|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|每天|天天"
)
"""A time a clause gives (9月到春节, 每月15号, 周一、周四)."""
_HOW_ASKED = compiled(r"咋|怎么|怎样|如何|什么时候|啥时候|多少|几|多久|多长时间")
"""Words asking how, when or how much of a thing: a question holding one may be placed in a clause
of the job's texts by a word of two characters (包工咋算); else its own words must make three."""
_ALL_IN = ("一共", "总共", "加起来", "加一起", "合起来")
"""Words asking a sum of everything named (连加班啥的一共): the named parts are in it."""
_THERE_ASKED = compiled(r"(?:有没有|有木有|有无|有)[^\s,.?!]{2,6}?(?:吗|么|嘛|没|不|没有)?\??")
"""A question whether there is a thing (有军训吗, 有没有宵夜): it too may be placed by a word of two
characters, the thing asked."""
_FOR_SELF = compiled(
    r"^(?:我|咱|额|俺)(?:想|在|是|今年|刚|们想|手快|手慢|手脚|力气|要|们|那个|家|屋头|老"
    r"|开了|开过|干了|干过|做了|做过|学过|以前|之前|原来|这腿|这腰|这身体|不懂|也不懂|上个|上一个|上家)"
    r"|儿子|女儿|闺女|老婆|媳妇|老公|对象|男人|老伴|孩子|孩儿|孙子|孙女|孙娃|侄儿|侄子|外甥|老汉|娃儿|娃子"
    r"|^(?:我|俺|咱)(?:哥|姐|弟|妹|大哥|大姐|表哥|表姐|堂哥|老弟|小弟|弟弟|妹妹)"
    r"|^(?:他|她)(?:以前|之前|原来|开了|开过|干了|干过|做了|做过|学过|在老家)"
    r"|^(?:替|帮|给)(?:我|咱)?[\u4e00-\u9fff]{0,4}?问"
    r"|^(?:说实在的|说实话|实话实说|老实说|别忽悠|别骗|不要骗|别坑|不要忽悠)"
)
"""A clause about the asker or whom they ask for (我儿子想进厂, 俺闺女刚毕业, 我手快, 俺开了十来年铲车了,
他以前在老家帮人杀过猪, 替俺老舅问问, 我上个厂才6千出头), or asking to be told straight (说实在的别忽悠)."""
_COMPARED = compiled(
    r"^(?:比[\u4e00-\u9fffa-z]{1,6}?|(?:跟|和)[\u4e00-\u9fffa-z]{1,6}?比)(?:多|高|强|少|低|差|好)"
    r"|^(?:南方|北方|南边|北边|别家|别的厂|别处|外面|外地|老家|沿海|其他地方)[\u4e00-\u9fff]{0,3}?"
    r"(?:的|得)?(?:多|高|少|低)(?:不|吗|么|嘛|没|些|点)"
)
"""A clause weighing the fact asked against something else (比普货多不, 跟南方比高不, 南方给的多不):
the fact is what is asked; what it is weighed against is no word of the question."""


_TOLD_END = compiled(r"(?:哦|喔|噢|啦)$")
"""A clause closed as one tells, not asks (剥虾计件的哦): what the asker knows already."""
_HEARSAY = compiled(
    r"^(?:我们|我|俺们|俺)?(?:班主任|老师|学校|朋友|老乡|别人|他们|人家|中介|听人|听别人)(?:都|也)?(?:说|讲)"
)
"""Who told the asker what follows (我们班主任说要签三方): not asked about."""
_ASK_OPENER = compiled(r"想问一下|想问下|想问问|问一下|问下|请问|想了解一下|想知道")
"""Words opening the question a viewer asks after telling who they are."""


_CALLED_BY_NAME = compiled(r"^(?:老|小|阿)[\u4e00-\u9fff](?:[\s,，]+|(?=这|那))")
"""Someone called by name to open a question (老周 这1号保安多少钱, 小王, 阿强): nothing asked."""


def _without_telling(text: str) -> str:
    """A question without the clauses that only tell who asks and for whom (我儿子想出来打工),
    when another clause is in the form of a question; else the question as it is."""
    text = _CALLED_BY_NAME.sub("", _HEARSAY.sub("", text))
    opener = _ASK_OPENER.search(text)
    if opener is not None and opener.start() > 0 and asks_in_form(text[opener.end() :]):
        # 我闺女是卫校毕业的想问一下二号护士一个月给多少钱: voice input runs what is told into the
        # question; what follows 想问一下 is what is asked.
        text = text[opener.end() :]
    clauses = [c for c in _SPOKEN_BREAK.split(text) if c]
    if len(clauses) < 2:
        return text
    kept = [
        c
        for c in clauses
        if (asks_in_form(c) or not (_FOR_SELF.search(c) or _TOLD_END.search(c)))
        and _COMPARED.match(c) is None
    ]
    if len(kept) == len(clauses) or not any(asks_in_form(c) for c in kept):
        return text
    return " ".join(kept)


def _giving(facts: Sequence[Fact], words: Sequence[str], said: re.Pattern[str]) -> Fact | None:
    """The first fact writing every one of `words` that also gives what `said` finds (a span)."""
    return next((f for f in facts if all(w in f.text.lower() for w in words) and said.search(f.text)), None)


def _span_first(asked: Asked, text: str) -> Asked:
    """How long a thing lasts, asked (试工要试几天) of a lead that gives no span (带身份证来试工), is
    told by a fact of the same topic that names the same thing and gives one (试工半天)."""
    if not asked.lead or _SPAN_ASKED.search(text) is None:
        return asked
    lead = asked.lead[0]
    if _SPAN_SAID.search(lead.short or lead.text):
        return asked
    spanned = [f for f in asked.lead if _SPAN_SAID.search(f.short or f.text)]
    if spanned:
        # 做多久可以买社保 of 派遣公司买商业意外险 and 做满3个月可以转买社保: the one giving the span first.
        return replace(asked, lead=(*spanned, *(f for f in asked.lead if f not in spanned)))
    shared = {w for w in _named_pairs(text) if w in (lead.short or lead.text)}
    topic = lead.field.partition(".")[0]
    giving = next(
        (
            f
            for f in asked.rest
            if f.field.partition(".")[0] == topic
            and _SPAN_SAID.search(f.text)
            and any(w in f.text for w in shared)
        ),
        None,
    )
    if giving is None:
        return asked
    return replace(asked, lead=(giving,), rest=(*asked.lead, *(f for f in asked.rest if f is not giving)))


_SPAN_FIGURE = r"(?:\d+|[一二两三四五六七八九十半]+)"
"""The figure of a span, in digits or in words."""
_SPAN_TOLD = compiled(rf"{_SPAN_FIGURE}\s*(?:年|个月|天|周|星期)")
"""A span told with its unit (3个月, 半年), not any figure (底薪3000)."""
_SPAN_GIVEN = compiled(rf"{_SPAN_FIGURE}\s*个?半?\s*(?:年|个月|月|天|周|星期|小时|钟头|分钟)")
"""A span of the work's day as well (4个小时, 一个半小时): what a duty asked how long is told by."""
_EXTRA_RATE = compiled(r"超过|超出|多加|另算|另加|加班")
"""A clause paying more for work past a quota or for overtime, not the plain rate."""


def _plain_rate_first(asked: Asked, text: str) -> Asked:
    """A rate asked (做一间房给几块钱) is told by the plain rate (标准间每间8元) before the rate for work
    past the quota or overtime (超出定额的房每间另算12元), unless that is what is asked; so is a rate
    an hour, of a text giving both (时薪25-28元，一个月超过200小时每小时多加2元)."""
    if asked.key not in ("pay.piece", "pay.hourly") or any(w in text for w in ("加班", "超", "另算", "多加")):
        return asked
    if len(asked.lead) == 1 and asked.lead[0].short and _EXTRA_RATE.search(asked.lead[0].short):
        first = asked.lead[0]
        marks = BY_KEY[asked.key].words
        # 旺季每月旺季奖300元 is no rate: only a clause giving one (每间8元) tells the plain rate.
        clauses = [
            c
            for c in _CLAUSES.split(first.text)
            if _ANY_FIGURE.search(c) and not _EXTRA_RATE.search(c) and any(w in c for w in marks)
        ]
        return replace(asked, lead=(replace(first, short=clauses[0]),)) if clauses else asked
    if asked.key != "pay.piece" or len(asked.lead) < 2:
        return asked
    plain = tuple(f for f in asked.lead if f.field != "pay.overtime")
    extra = tuple(f for f in asked.lead if f.field == "pay.overtime")
    return replace(asked, lead=(*plain, *extra)) if plain and extra else asked


def _certificates(text: str) -> list[str]:
    """The certificates a question names (叉车要证不 names 叉车证: the words asking, 要 需 有 没, are
    no part of the name), each also as catalogues write it (保安证 as 保安员证, 电工证 as 电工操作证)."""
    # 叉车那个要证吗: a pointing word between the thing and its certificate is no part of the name.
    bare = text.replace("那个", "").replace("这个", "")
    heads = [m.group(1).rstrip(_ASKING) for m in _CERT.finditer(bare)]
    named = [
        head[i:] + "证"
        for head in heads
        for i in range(len(head) - 1)
        if head[i:] not in _VAGUE_CERT and not any(q in head[i:] for q in _QUESTION_PARTS)
    ]
    if "驾照" in text or "驾驶证" in text or any(c in text for c in DRIVING_CLASSES):
        named.extend(("驾照", "驾驶证"))
    # 登高证 of 高空作业证: a certificate is asked under any of its names.
    named += [o for n in named if n.endswith("证") for o in _said_otherwise(n) if o.endswith("证")]
    return named + [f"{n[:-1]}{kind}证" for n in named if n.endswith("证") for kind in _CERT_KINDS]


CHOSEN = frozenset({"pay", "legitimacy", "insurance"})
"""Topics whose 'A or B' questions (打卡还是现金), of a facet no field states, a free text answers
only by naming one of them (a field's yes or no, 直招 or not, answers its own)."""
_CHOICE = compiled(r"([\u4e00-\u9fff]{1,4}?)还是([\u4e00-\u9fff]{1,4})")


_MEASURE_COUNTED = compiled(r"几\s*(吨|台|米|公里|斤|公斤|层|平米|平方)")
"""A count asked in a unit of measure (几吨的, 看几台, 几层楼)."""


def _measure_told(text: str, unit: str) -> bool:
    """Whether a text gives a figure in `unit` (3吨, 三吨, 6到8台)."""
    return re.search(rf"[\d一二两三四五六七八九十百半]\s*{unit}", text) is not None


_HIRE_ASKED = ("派遣", "直招", "劳务", "外包")
"""Words of an FAQ asking, and answering, through whom one is hired."""
_FEE_ASKED = ("中介费", "收费", "交钱", "要钱", "收钱", "费用")
_FEE_SAID = ("不收中介费", "不收任何费用", "免费", "不收费", "不收钱")
"""Words of an FAQ asking what one pays to get the job, and of its answer saying nothing is paid."""
_AGENCY_SAID = ("派遣", "劳务公司", "人力资源公司")
"""How a text names the agency a viewer calls 中介."""


def _choice_told(asked: Asked, lowered: str) -> bool:
    """Whether the facts found name one of the ways an 'A or B' question offers (a character of A
    or of B that is no particle); True when the question offers no such choice."""
    found = _CHOICE.search(lowered)
    if found is None or not asked.lead:
        return True
    before, after = ("".join(c for c in part if c not in _FUNCTION) for part in found.groups())
    offered = set(before[-2:]) | set(after[:2])  # the ways offered, next to 还是 (打卡, 现金)
    told = "".join(f"{f.text}{f.short or ''}" for f in (*asked.lead, *asked.rest))
    if any(w in told for w in _AGENCY_SAID):
        told += "中介"  # 厂里发还是中介发 of 派遣公司发工资: an agency named is the middleman offered
    return not offered or any(c in told for c in offered)


def _figure_not_given(asked: Asked, lowered: str) -> bool:
    """Whether a sum or share is asked (多少, 几个点) and the facts found give no figure at all (a
    contribution paid on the lowest base, 按最低基数交, says what is paid as a figure would)."""
    return (
        (_AMOUNT_OR_SHARE.search(lowered) is not None or _AMOUNT_ASKED.search(lowered) is not None)
        and bool(asked.lead)
        and not any(
            _ANY_FIGURE.search(f.short or f.text) or _BASE_SAID.search(f.short or f.text) for f in asked.lead
        )
    )


_BASE_SAID = compiled(r"最低基数|最低标准|基本工资交|按底薪交")
"""How a catalogue says what a contribution is paid on, in words rather than a figure."""


def _figure_beside(asked: Asked) -> Asked:
    """A sum asked where a clause found (公积金入职即交) is cut from a text whose next clause gives
    the figure (公积金入职即交，比例5%): that text, told from the clause to the figure."""
    for fact in asked.lead:
        whole = next(
            (
                f
                for f in asked.rest
                if f.field == fact.field and f.text != fact.text and f.text.startswith(fact.text)
            ),
            None,
        )
        if whole is None:
            continue
        moved = _on_to_the_figure(Asked(asked.key, (replace(whole, short=fact.text),)))
        if moved.lead[0].short != fact.text:
            return replace(asked, lead=moved.lead, rest=_others([*asked.lead, *asked.rest], moved.lead))
    return asked


def _on_to_the_figure(asked: Asked) -> Asked:
    """A sum asked of a text whose clause found names the thing and the next clause gives its
    figure (冷库补贴多少 of 有冷库补贴，零下库每天30元): told from that clause to the figure."""
    fact = asked.lead[0]
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    told = fact.short or fact.text
    start = next((i for i, c in enumerate(clauses) if c in told), None)
    if start is None or start + 1 >= len(clauses) or not _ANY_FIGURE.search(clauses[start + 1]):
        return asked
    short = "，".join(clauses[start : start + 2])
    # The clause naming the thing is what the question named: a post too short for both tells the
    # figure's clause alone (一个棚一季最多奖2000元 of 产量奖励有多少).
    return replace(asked, lead=(replace(fact, short=short), *asked.lead[1:]), echoed=True)


def _priced_thing(asked: Asked, text: str) -> Asked:
    """A piece's price asked of a thing the question names (油烟机洗一台多少) and the facts found do
    not: the clause pricing that thing, in any fact of the pay (油烟机120元 of 挂机空调清洗一台提成
    60元，柜机80元，油烟机120元), leads, when one does."""
    if asked.key not in PRICED or not asked.lead:
        return asked
    named = _named_pairs(text)
    if not named or any(named & _named_pairs(f.short or f.text) for f in asked.lead):
        return asked
    best: tuple[int, Fact, str] | None = None
    for fact in (*asked.lead, *asked.rest):
        for clause in _CLAUSES.split(fact.text):
            shared = len(named & _named_pairs(clause))
            # Two pairs at least (油烟, 烟机): one alone (补胎) may name a task another clause prices.
            if shared >= 2 and _PRICE.search(clause) and (best is None or shared > best[0]):
                best = (shared, fact, clause)
    if best is None:
        return asked
    _, fact, clause = best
    lead = replace(fact, short=clause if clause != fact.text else None)
    return replace(asked, lead=(lead,), rest=_others([*asked.lead, *asked.rest], (fact,)))


_PARTED = compiled(r"[\s,，;；。!！~]+|(?<=[?？])(?=[^?？\s])")
"""What parts two clauses, the question mark left with the clause it closes."""
_CHEER = compiled(r"攒劲|乖乖|我的天|天哪|哇塞|好家伙|厉害|真香|绝了|不错|舒服|爽|牛|666|哈哈")
"""A cheer or a sigh (那攒劲, 俄滴个乖乖, 好家伙): said after a question, it asks nothing."""


def _without_after_words(lowered: str, intent: str) -> str:
    """The question less the short cheers said after its last asking clause (干20休10是真的么 那攒劲,
    两万？俄滴个乖乖): a cheer or a sigh holds no word asked. What one tells of oneself
    still names the condition a requirement asks about (我有纹身 行不行), wherever it stands."""
    if intent == "requirements":
        return lowered
    clauses = [c for c in _PARTED.split(lowered) if c]  # a clause keeps its question mark
    if len(clauses) < 2:
        return lowered
    asking = [n for n, c in enumerate(clauses) if asks_in_form(c)]
    if not asking or asking[-1] == len(clauses) - 1:
        return lowered
    after = clauses[asking[-1] + 1 :]
    if not all(len(c) <= 6 and _CHEER.search(c) for c in after):
        return lowered  # 考斯特还是大客, 冬天冷: what follows still says what is asked, or why
    return " ".join(clauses[: asking[-1] + 1])


_PAY_ASKED = compiled(r"一个月|每月|月薪|工资|一天|每天|日薪|时薪|一小时|每小时|年薪|能挣|能拿|能开|到手")
"""Words that make a sum asked a sum earned (多少钱一个月, 一天几块)."""


def _pay_asked_apart(facet: Facet, text: str) -> bool:
    """Whether the sum a line asks is asked in a clause of its own, of what one earns, apart from the
    clause that names the facet (我老公有叉车证 多少钱一个月: the pay is asked, not what the licence
    costs)."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
    if len(clauses) < 2:
        return False
    own = [c for c in clauses if any(cue in c for cue in facet.cues)]
    money = [c for c in clauses if MONEY_ASKED.search(c)]
    return (
        bool(own)
        and bool(money)
        and not any(MONEY_ASKED.search(c) for c in own)
        and all(_PAY_ASKED.search(c) for c in money)
    )


def _cost_of_thing(asked: Asked, text: str) -> Asked:
    """What a thing costs asked of a thing a facet names (夫妻房要不要钱): the fact naming that thing
    and saying money (夫妻房每月交水电费100元) leads, when the first found says none (有夫妻房，需排队)."""
    if len(asked.lead) < 2 or MONEY_ASKED.search(text) is None:
        return asked
    first = asked.lead[0]
    if _says_money(first.short or first.text):
        return asked
    named = _named_pairs(text)
    priced = [f for f in asked.lead[1:] if named & _named_pairs(f.text) and _says_money(f.text)]
    if not priced:
        return asked
    return replace(asked, lead=(priced[0], *_others(list(asked.lead), (priced[0],))))


_MEAL_NAMED = compiled(r"[早午中晚][餐饭]|夜宵|宵夜")
"""A meal named (包午饭, 中餐晚餐公司承担, 早餐自己解决)."""


def _meals_named(asked: Asked) -> Asked:
    """How many meals asked (管几顿饭), told by their number alone: the fact naming which meals
    follows it (每天1餐 包午饭), so a post with room for one fact says which as well as how many."""
    if asked.key != "canteen.meals" or len(asked.lead) != 1 or _MEAL_NAMED.search(asked.lead[0].text):
        return asked
    named = next((f for f in asked.rest if _MEAL_NAMED.search(f.text)), None)
    if named is None:
        return asked
    return replace(asked, lead=(*asked.lead, named), rest=tuple(f for f in asked.rest if f is not named))


_RECKONING_ASKED = compiled(
    r"[咋怎么]个?样?算|如何算|怎样算|给钱|给不给钱|有钱没|几点|几时|多久|多长时间|好久"
)
"""Words asking how a thing is reckoned or paid, or when (包工咋个算, 停工给钱不, 几点的)."""


def _past_the_echo(asked: Asked, text: str) -> Asked:
    """A clause kept that gives no figure and only says again what the question says (台风天停工 of
    台风天停工给钱不, 也可以按筐算 of 按筐算一筐好多钱), when a sum, a reckoning or a time is asked
    and the fact's next clause gives a figure: the short wording runs on to that clause
    (台风天停工，停工期间每天发生活费100元), which a post too short for both tells alone."""
    if not asked.lead or not (
        _AMOUNT_OR_SHARE.search(text) or _AMOUNT_ASKED.search(text) or _RECKONING_ASKED.search(text)
    ):
        return asked
    fact = asked.lead[0]
    clauses = [c for c in _CLAUSES.split(fact.text) if c]
    kept = fact.short or clauses[0]
    if kept not in clauses:
        return asked
    at = clauses.index(kept)
    if at + 1 >= len(clauses) or _ANY_FIGURE.search(kept) or not _ANY_FIGURE.search(clauses[at + 1]):
        return asked
    content = [c for c in kept if c not in _FUNCTION and _CJK.match(c)]
    if len(content) < 2 or sum(c in text for c in content) < 0.6 * len(content):
        return asked
    short = f"{kept}，{clauses[at + 1]}"
    return replace(asked, lead=(replace(fact, short=short), *asked.lead[1:]), echoed=True)


_JOB_NUMBER = compiled(r"^\d+号")
"""The job's number opening a form (7号有杯量提成): no figure of the fact."""
_DIGITS = compiled(r"\d+(?:\.\d+)?")


def _widened(lead: tuple[Fact, ...], others: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The asked facts, each clause of a field's text told as that whole text (the field's other
    fact that holds it), once each."""
    out: list[Fact] = []
    for fact in lead:
        whole = next(
            (f for f in others if f.field == fact.field and fact.text in f.text and f.text != fact.text),
            fact,
        )
        if whole not in out:
            out.append(whole)
    return tuple(out)


def _keeping_figures(forms: tuple[str, ...], max_chars: int) -> tuple[str, ...]:
    """Under a limit that holds one fact, the forms that fit and keep every figure the fullest of
    them gives (7号有杯量提成，每杯0.2元 rather than 7号有杯量提成): a figure asked for is worth more
    than the room it leaves to name the asker, who may then go unnamed."""

    def figures(form: str) -> int:
        return len(set(_DIGITS.findall(_JOB_NUMBER.sub("", form))))

    fitting = [f for f in forms if len(f) <= max_chars]
    if not fitting:
        return forms
    most = max(figures(f) for f in fitting)
    return tuple(f for f in forms if len(f) > max_chars or figures(f) >= most)


class Answerer:
    """Finds the fact a question asks for, per job, and composes the answer's forms."""

    def __init__(self, index: CatalogIndex) -> None:
        """Learn the catalogue's names (taken out of a question before its leftover words are read)."""
        self.index = index
        names: set[str] = set()
        for employer in index.catalog.employers:
            names.update([employer.name, *employer.aliases, employer.city])
        for job in index.catalog.jobs:
            names.update([job.title, *job.aliases])
            if job.city:
                names.add(job.city)
        # Longest first, then in character order: the same words go out of a question in the same
        # order in every process (a set's order changes with the hash seed).
        self._names = tuple(sorted({n.lower() for n in names if n}, key=_longest_first))
        self._free: dict[str, tuple[tuple[str, Fact], ...]] = {}
        self._parts: dict[str, tuple[str, ...]] = {}
        self._vocab: dict[str, tuple[str, ...]] = {}
        for topic, own in GENERAL.items():
            # Another topic's single characters (到, 坐, 天) are no general words here: 到账 in a
            # question about pay asks something, it does not name the location.
            other = [w for t, words in GENERAL.items() if t != topic for w in words if len(w) >= 2]
            self._vocab[topic] = tuple(sorted({*own, *other, *COMMON}, key=_longest_first))
        every = {w for words in GENERAL.values() for w in words}
        self._all_vocab = tuple(sorted({*every, *COMMON}, key=_longest_first))
        self._names_in = _InOrder(self._names)
        self._vocab_in = {topic: _InOrder(words) for topic, words in self._vocab.items()}
        self._all_vocab_in = _InOrder(self._all_vocab)
        self._all_vocab_set = frozenset(self._all_vocab)

    # ------------------------------------------------------------------ free text

    def _parts_of(self, job: Job) -> tuple[str, ...]:
        """Every run of two or more characters of the job's title and aliases, longest first: a
        question names its job in part (叉车工资咋样 on 叉车司机)."""
        cached = self._parts.get(job.id)
        if cached is None:
            parts = {
                name[i:j].lower()
                for name in (job.title, *job.aliases)
                for i in range(len(name))
                for j in range(i + 2, len(name) + 1)
            }
            cached = self._parts[job.id] = tuple(sorted(parts, key=_longest_first))
        return cached

    def _name_chars(self, job: Job) -> frozenset[str]:
        """The characters of the job's title and aliases: a question writes them to name the job,
        not to ask what a text must say."""
        return frozenset(c for part in self._parts_of(job) for c in part)

    def free_texts(self, job: Job) -> tuple[tuple[str, Fact], ...]:
        """The job's free-text facts as (text to search, fact), topic facts first, then the FAQ."""
        cached = self._free.get(job.id)
        if cached is not None:
            return cached
        employer = self.index.employer_of(job)
        out: list[tuple[str, Fact]] = []
        for topic in TOPICS:
            for fact in intent_facts(topic, job, employer):
                if fact.field in FREE_FIELDS:
                    out.append((fact.text.lower(), fact))
        if job.dorm is not None:
            for item in job.dorm.amenities:
                out.append((item.lower(), Fact("dorm.amenities", f"宿舍有{item}")))
        for n, faq in enumerate((*job.faq, *employer.faq, *self.index.catalog.faq)):
            # An FAQ answers what its question asks; its first clause usually says yes or no.
            field = "faq" if n < len(job.faq) + len(employer.faq) else "faq.stream"
            short = _yes_no_short(faq.a)
            out.append((faq.q.lower(), Fact(field, faq.a, short)))
        self._free[job.id] = tuple(out)
        return self._free[job.id]

    def _longest_written(self, job: Job, word: str) -> str | None:
        """The longest piece of `word`, two characters at least, that the job's free texts write
        (酒驾 of 次酒驾记录, when they say 无酒驾记录); None when none is."""
        for size in range(len(word), 1, -1):
            for start in range(len(word) - size + 1):
                if self._written(job, (word[start : start + size],)):
                    return word[start : start + size]
        return None

    def _written(self, job: Job, words: tuple[str, ...]) -> bool:
        """Whether any of the job's free texts writes one of `words`."""
        return any(w in t for w in words for t, _ in self.free_texts(job))

    def _by_words(self, job: Job, words: tuple[str, ...], facet: Facet, asked: str = "") -> Fact | None:
        """The first free-text fact of the job holding one of `words`: of the facet's topic, or an
        FAQ whose question asks the same facet of the same thing (制服要钱吗 answers no question
        about the agency's fee: 制服 is not asked); else, for a facet whose words mean the same
        anywhere, of any topic."""
        says = SAYS.get(facet.key)
        if facet.key == "hours.rotation" and not _PERIOD_ASKED.search(asked) and not _SCHEME.search(asked):
            # 咋倒班的 is told by the scheme itself (12小时两班倒); 四班三倒咋倒 is not
            says = _ROTATION_NAMED
        unsaid = NOT_SAYS.get(facet.key)
        texts = [
            (text, fact)
            for text, fact in self.free_texts(job)
            # An FAQ whose question asks the same facet answers it in the recruiter's words (搬的东西重吗
            # → 单箱一般不超过20斤 for 箱子重不重), whether or not its question holds the facet's marks.
            if (
                any(w in text for w in words)
                or (fact.field == "faq" and facet_in(facet.topic, text) == facet)
            )
            and (not fact.field.startswith("faq") or self._faq_fits(job, text, facet, asked))
            and (says is None or says.search(fact.text) is not None)
            and (unsaid is None or unsaid.search(fact.text) is None)
        ]
        found = [(text, fact) for text, fact in texts if fact.field.partition(".")[0] in (facet.topic, "faq")]
        if (
            facet.anywhere
            and facet.key in PRICED
            and _AMOUNT_OR_SHARE.search(asked)
            and not any(_FIGURE.search(fact.text) for _, fact in found)
        ):
            # 返费多少 of a rule written in the FAQ (返费按在职天数发) and a sum in the pay's note
            # (在职满55天返费3000元): the text giving a sum answers it.
            found = [(text, fact) for text, fact in texts if _FIGURE.search(fact.text)] or found
        if facet.anywhere and found and all(fact.field == "faq.stream" for _, fact in found):
            # 大龄有返费没: the job's own text (大龄工不参与返费, in its pay's note) before what the stream's
            # FAQ says of every job.
            own = [(text, fact) for text, fact in texts if not fact.field.startswith("faq")]
            found = own or found
        if not found and facet.anywhere:
            # Another topic's text: the topics nearest the facet's first (没保安证能干不 is told
            # what the training says of that certificate before what the pay adds for it).
            near = (facet.topic, *NEAR.get(facet.topic, ()), "prospects")
            found = sorted(texts, key=lambda tf: _rank(near, tf[1].field.partition(".")[0]))
        if not found and not facet.fields:
            # 合同跟谁签 of the employer's FAQ 是派遣吗 → 是劳务派遣，合同跟渝才人力签: the recruiter's
            # answer to another question that says it, for a facet no field states.
            # Of the dorm, a thing like the one asked (风扇 for 空调) only by an FAQ answer speaking of
            # the dorm: 做什么产品 → 做电饭煲、风扇这些小家电 names a fan that is no dorm's.
            found = [
                (fact.text.lower(), fact)
                for question, fact in self.free_texts(job)
                if fact.field == "faq"
                and any(w in fact.text.lower() for w in words)
                and (says is None or says.search(fact.text) is not None)
                and (
                    facet.topic != "dorm"
                    or any(w in asked and w in fact.text.lower() for w in words)
                    or any(w in fact.text for w in _DORM_SAID)
                )
            ]
        if not found:
            return None
        # The recruiter's own text first, then the one holding the facet's foremost word (早餐每餐扣3元
        # before 中餐晚餐公司承担 for 早饭管不管).
        found.sort(key=lambda tf: (tf[1].field.startswith("faq"), _first_held(words, tf[0])))
        fact = found[0][1]
        short = _span_with(fact.text, words)
        if says is not None:
            saying = [c for c in _CLAUSES.split(fact.text) if says.search(c)]
            # 每月到手大约多少 of 到手4000左右，干满一年每月加100元: the clause with the facet's mark first.
            marked = [c for c in saying if any(w in c for w in words)]
            short = _closest(marked or saying, asked) or short
        if fact.field == "requirements.other" and short is None:
            return fact
        return replace(fact, short=short) if short and short != fact.text else fact

    def _taken_without(self, job: Job, named: tuple[str, ...]) -> Fact | None:
        """The text telling that the job takes those without a certificate (the one named, when
        one is), the requirements first; else an FAQ asking of the certificate that says so (有厨师证
        要求吗 → 有证优先，没有也可以), whole; None when none tells it."""
        return self._of_certificate(
            job,
            "证",
            lambda text: (
                _TAKEN_WITHOUT.search(text) is not None
                and (not named or any(n in text for n in (*named, "无证", "没证", "没有证")))
            ),
            lambda question, answer: (
                _TAKEN_WITHOUT.search(answer) is not None
                and (not named or any(n in question or n in answer for n in named))
            ),
        )

    def _exam(self, job: Job, named: tuple[str, ...]) -> Fact | None:
        """The text telling of a certificate's exam (没有的公司带考, 考电工证公司报销), of the
        certificate named when one is: the requirements first, then the prospects, then the rest;
        else an FAQ of the certificate asking or telling of its exam (叉车证能现考吗 → 不能，入职前要
        自己有证), whole."""
        return self._of_certificate(
            job,
            "考",
            # 煤矿证 names 煤矿安全培训合格证 by its head
            lambda text: (
                "考" in text
                and (not named or any(n in text or (len(n) >= 3 and n[:-1] in text) for n in named))
            ),
            lambda question, answer: (
                ("考" in question or "办" in question or "办证" in answer or "考证" in answer)
                and (not named or any(n in question for n in named))
            ),
        )

    def _of_certificate(
        self,
        job: Job,
        mark: str,
        text_tells: Callable[[str], bool],
        faq_tells: Callable[[str, str], bool],
    ) -> Fact | None:
        """A text naming a certificate (证) that tells what is asked of it, told from its clause
        holding `mark`: the requirements first, then the prospects, then the pay, then the rest;
        else the first FAQ whose question names a certificate and tells it, whole."""
        found = [
            fact
            for _, fact in self.free_texts(job)
            if not fact.field.startswith("faq") and "证" in fact.text and text_tells(fact.text)
        ]
        if not found:
            return next(
                (
                    fact
                    for question, fact in self.free_texts(job)
                    if fact.field == "faq" and "证" in question and faq_tells(question, fact.text)
                ),
                None,
            )
        order = ("requirements", "prospects", "pay")
        fact = min(found, key=lambda f: _rank(order, f.field.partition(".")[0]))
        short = _span_with(fact.text, (mark,))
        return replace(fact, short=short) if short and short != fact.text else fact

    def _faq_fits(self, job: Job, question: str, facet: Facet, asked: str) -> bool:
        """Whether an FAQ's question asks the facet asked, of nothing the asker did not name."""
        if facet_in(facet.topic, question) != facet:
            return False
        if facet.topic == "dorm" and not any(
            w in question for w in (*_PROVIDED_HEADS["dorm"], *_DORM_SAID, "住")
        ):
            return False  # 厂里有宝妈班吗 asks of a shift at the plant, not how far the dorm is from it
        if any(
            head in question and head not in asked
            for topic, heads in _TOPIC_HEADS.items()
            if topic != facet.topic
            for head in heads
        ):
            return False  # 厂里有几个食堂 asks about the canteen, not how far the dorm is from the plant
        rest = question
        for word in sorted((*facet.cues, *facet.words), key=_longest_first):
            rest = rest.replace(word, " ")
        # 东西 of 搬的东西多重 names whatever is carried: 袋子多重 asks the same.
        words = [w for w in self.leftover(rest, facet.topic, job, whole=False) if w != "东西"]
        return all(w in asked for w in (*words, *self._whole_words(rest, facet.topic, job)))

    def faq(self, job: Job, text: str) -> Asked | None:
        """The job's or employer's FAQ entry a question asks, as what was asked; None when none."""
        found = self._faq_asked(job, text.lower())
        if found is None:
            return None
        return self._answer_clause(job, Asked(f"faq:{found[0]}", (found[1],)), text.lower())

    def _answer_clause(self, job: Job, asked: Asked, text: str) -> Asked:
        """A recruiter's answer told by its first clause when cut short (培训免费), when the question
        asks more than the FAQ's own (培训费退不退 of 培训要钱吗 → 培训免费，签约后不满一年离开需退
        培训费1500元): the clause holding most of the words the FAQ's question lacks is its short
        wording, when it holds more of them than the first."""
        if not asked.lead or not asked.lead[0].field.startswith("faq"):
            return asked
        fact = asked.lead[0]
        clauses = [c for c in _CLAUSES.split(fact.text) if c]
        if len(clauses) < 2 or fact.short not in (None, clauses[0], _yes_no_short(fact.text)):
            return asked
        question = next((q for q, f in self.free_texts(job) if f.text == fact.text), "")
        # What it costs and the facet's own words are asked in many ways (要钱 of 收费吗): no more;
        # a clause telling of the asker (我住双流) asks nothing.
        parts = [c for c in _CLAUSE_BREAK.split(text) if c]
        rest = MONEY_ASKED.sub(" ", " ".join(c for c in parts if asks_in_form(c)) or text)
        for cue in BY_KEY[asked.key].cues if asked.key in BY_KEY else ():
            rest = rest.replace(cue, " ")
        more = _content(rest) - _content(question) - _PLAIN - _MONEY_CHARS
        # 宝妈班一小时多少 of 可以，有宝妈班9:00-15:00，按小时算每小时18元: the clause saying the facet
        # asked (每小时) before the one naming most of what else was asked.
        marks = BY_KEY[asked.key].words if asked.key in BY_KEY else ()
        scored = [(any(w in c for w in marks), len(more & set(c)), -i, c) for i, c in enumerate(clauses)]
        best = max(scored)
        if _AMOUNT_OR_SHARE.search(text) and _MONEY_NAMED.search(text) and not SUM_SAID.search(clauses[0]):
            # 电动车租金多少 of 没车可以租站点的车，每月租金350元: a price asked is told by the clause
            # holding one, when the first holds none.
            summed = [c for c in clauses[1:] if SUM_SAID.search(c)]
            if summed:
                return replace(asked, lead=(replace(fact, short=summed[0]), *asked.lead[1:]))
        if best[:2] <= scored[0][:2]:
            # 宝妈班包住不 of 宝妈可以做吗 → 可以，…，不包住: a topic the FAQ's question does not ask,
            # asked by its own words, is told by the clause holding them.
            words = [
                w
                for topic in TOPICS
                if (facet := facet_in(topic, text)) is not None and facet_in(topic, question.lower()) is None
                for w in facet.cues
                if len(w) >= 2 and w in text
            ]
            holding = [c for c in clauses[1:] if any(w in c for w in words)]
            if words and holding and not any(w in clauses[0] for w in words):
                return replace(asked, lead=(replace(fact, short=holding[0]), *asked.lead[1:]))
            return asked
        return replace(asked, lead=(replace(fact, short=best[3]), *asked.lead[1:]))

    def _faq_asked(self, job: Job, text: str) -> tuple[str, Fact] | None:
        """The job's or employer's FAQ entry whose question is the question asked, in the same words
        give or take the particles (健康证谁出钱 → the recruiter's own answer to it); the employer
        named in the question is no word of it (芯特有几个食堂 of 厂里有几个食堂)."""
        found = self._faq_asked_as_said(job, text)
        if found is not None:
            return found
        employer = self.index.employer_of(job)
        unnamed = text
        for name in sorted((employer.name, *employer.aliases), key=len, reverse=True):
            if len(name) >= 2:
                unnamed = unnamed.replace(name.lower(), "")
        return self._faq_asked_as_said(job, unnamed) if unnamed != text else None

    def _faq_asked_as_said(self, job: Job, text: str) -> tuple[str, Fact] | None:
        """`_faq_asked` on the question's words as they stand."""
        asked = _core(text)
        if len(asked) < 3:
            return None
        bare = asked[:-1] if asked[-1] in "不没" else asked  # 能转正不 asks as 能转正吗 does
        for question, fact in self.free_texts(job):
            if fact.field != "faq":
                continue  # the stream's FAQ is for everyone: a job's own facts come first
            core = _core(question)
            if core == asked or (len(core) >= 4 and core in asked and len(asked) - len(core) <= 2):
                return core, fact
            if len(bare) >= 5 and bare in core and len(core) - len(bare) <= 2:
                return core, fact  # 小时工能转正不 of 小时工能转正式工吗
        found = self._faq_reworded(job, asked)
        clauses = [c for c in _CLAUSE_BREAK.split(_JOB_NAMED.sub("", text)) if c]
        if found is None and len(clauses) > 1:
            # 10号能在家做吗 宅女狂喜: the clause asking is the FAQ's question; the other only tells.
            asking = [c for c in clauses if asks_in_form(c)]
            if len(asking) == 1:
                return self._faq_asked(job, asking[0])
        return found

    def _faq_reworded(self, job: Job, asked: str) -> tuple[str, Fact] | None:
        """The job's or employer's FAQ entry asked in other words or another order (没健康证咋办 is
        健康证没有怎么办, 不干了工资多久能结 is 离职多久结工资): once both are written alike, nearly
        every word of the FAQ's question is asked, and little else."""
        said = _alike(asked)
        mine = _content(said)
        if len(mine) < 2:
            return None
        own = _content(self._unnamed(job, said))
        for question, fact in self.free_texts(job):
            if fact.field != "faq":
                continue
            core = _alike(_core(question))
            if not own & _content(self._unnamed(job, core)):
                # The job's own name (奶茶 of 奶茶店员) is no word asked: 要会做奶茶吗 is not asked
                # by 奶茶店有公积金吗, whose only shared word is the name.
                continue
            theirs = _content(core)
            shared = len(mine & theirs)
            if any(w in said and w not in core for w in _ASKING_WORDS):
                continue  # 健康证谁办 asks who, which 要办健康证吗 does not answer
            if _DONE_FOR in said and _DONE_FOR not in core:
                continue  # 保安证公司给办不 asks who gets it done, which 保安公司有证吗 does not answer
            if (
                len(theirs) >= 3
                and len(mine) >= 3
                and shared >= 0.85 * len(theirs)
                and shared >= 0.7 * len(mine)
            ):
                return _core(question), fact
            if _asks_all_of(said, core):
                return _core(question), fact
        return None

    def _facet_named(self, topic: str, job: Job, lowered: str) -> Facet | None:
        """The facet of `topic` the words ask; a cue only inside the job's own name (写字 of 写字楼
        in 写字楼保洁要多大年纪) asks nothing."""
        facet = facet_in(topic, lowered)
        if facet is not None:
            untitled = self._untitled(job, lowered)
            if (
                untitled != lowered
                and not any(cue in untitled for cue in facet.cues)
                and not self._cue_past_title(job, lowered, facet)
            ):
                facet = facet_in(topic, untitled)
        return facet

    def _cue_past_title(self, job: Job, text: str, facet: Facet) -> bool:
        """Whether a cue of `facet` runs on past the job's name it starts in (平板组装工价多少: 工价
        begins with the title's last 工), so that blanking the name does not take it."""
        spans = [
            (m.start(), m.end())
            for part in self._parts_of(job)
            if len(part) >= 3
            for m in re.finditer(re.escape(part), text)
        ]
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in spans)
            for cue in facet.cues
            for m in re.finditer(re.escape(cue), text)
        )

    def _untitled(self, job: Job, text: str) -> str:
        """A question with the job's title, aliases and their pieces of three characters or more
        blanked (its two-character pieces are often the topic's own words: 夜班 of 夜班保安); a piece
        naming a certificate (护理员证) stays."""
        for part in self._parts_of(job):
            if len(part) >= 3 and part in text and f"{part}证" not in text:
                text = text.replace(part, " ")
        return text

    def _unnamed(self, job: Job, text: str) -> str:
        """A question with the parts of the job's title and aliases blanked."""
        for part in self._parts_of(job):
            if part in text:
                text = text.replace(part, " ")
        return text

    # ------------------------------------------------------------------ the question's words

    def leftover(
        self, text: str, topic: str | None = None, job: Job | None = None, whole: bool = True
    ) -> list[str]:
        """The words of a question (two characters or more) once the catalogue's names, the
        topic's general words (every topic's when none is given) and the particles are out.

        A character left alone is part of a word the general words cut into (试用期 loses 用,
        工作服 loses 工作): it takes back its neighbours that are no particles, so the question
        still asks 试用期 rather than nothing (`whole`; without it, only the words left whole)."""
        # 一个箱 counts as 一箱 does (一个自然箱2.5元 is found for either).
        original = _ONE_OF_A_THING.sub("", _ASKING_OPENS.sub("", text.lower()))
        rest = re.sub(
            r"\d+(\.\d+)?\s*(号|元|块|岁|个|天|小时|点)?", lambda m: "\x00" * len(m.group(0)), original
        )
        for name in self._parts_of(job) if job is not None else ():
            if name in rest:
                rest = rest.replace(name, "\x02" * len(name))
        for name in self._names_in.within(rest):
            if name in rest:
                rest = rest.replace(name, "\x02" * len(name))
        vocab = self._vocab.get(topic or "", self._all_vocab)
        for word in self._vocab_in.get(topic or "", self._all_vocab_in).within(rest):
            if word in rest:
                rest = rest.replace(word, "\x01" * len(word))
        kept = [bool(_CJK_OR_WORD.match(c)) for c in rest]
        whole_words: list[str] = []
        for run in re.finditer(r"[\u4e00-\u9fffa-z]+", rest if whole else ""):
            core = run.group(0).strip("".join(_FUNCTION))
            if len(core) != 1 or not _CJK.match(core):
                continue
            start, end = run.start(), run.end()
            pairs = (original[max(start - 1, 0) : start + 1], original[start : start + 2])
            if any(len(p) == 2 and p in vocab for p in pairs):
                # The character ends or starts a general word a name cut into (叉车工资 on
                # 叉车工: 资 is 工资's): it asks nothing of its own.
                kept[start:end] = [False] * (end - start)
                continue
            written = self._written_around(original, start, end, job)
            if written is not None:
                # 地下室 loses 地 and 下 to the particles: the job's own text holds it whole.
                whole_words.append(original[written[0] : written[1]])
                kept[start:end] = [False] * (end - start)
                continue
            while start > 0 and rest[start - 1] == "\x01" and original[start - 1] not in _FUNCTION:
                start -= 1
                kept[start] = True
            while end < len(rest) and rest[end] == "\x01" and original[end] not in _FUNCTION:
                kept[end] = True
                end += 1
        words: list[str] = list(dict.fromkeys(whole_words))
        i = 0
        while i < len(rest):
            if not kept[i]:
                i += 1
                continue
            j = i
            while j < len(rest) and kept[j]:
                j += 1
            word = original[i:j].strip("".join(_FUNCTION))
            if (
                job is not None
                and len(word) == 2
                and word[0] in _COUNTED_THINGS
                and word[1] == "子"
                and self._written(job, (word[0],))
            ):
                word = ""  # 一个箱子给多少 of 20尺箱一个90元: the thing counted, as the job writes it
            if len(word) >= 2 and _CJK_OR_WORD.search(word) and word not in words:
                words.append(word)
            i = j
        return words

    def _whole_words(self, text: str, topic: str, job: Job) -> list[str]:
        """The words of three characters or more a question holds whole that the general words cut
        into (试用期 loses 用): asked as they stand, though the pieces left are single characters."""
        return [w for w in self.leftover(text, topic, job) if len(w) >= 3 and not set(w) & _FUNCTION]

    def _written_around(self, text: str, start: int, end: int, job: Job | None) -> tuple[int, int] | None:
        """The longest run of a question around a lone character (two to four characters) that the
        job's free text writes as it is, as its span; None when the job writes none."""
        if job is None:
            return None
        texts = [t for t, _ in self.free_texts(job)]
        spans = [
            (i, j)
            for i in range(max(start - 2, 0), start + 1)
            for j in range(end, min(end + 2, len(text)) + 1)
            if 2 <= j - i <= 4 and _CJK.fullmatch(text[i:j][0]) and _CJK.fullmatch(text[j - 1])
        ]
        # A run holding a question word (跑多少 of 一个月能跑多少钱) asks; it names nothing written.
        found = [
            (j - i, -i, i, j)
            for i, j in spans
            if any(text[i:j] in t for t in texts) and not set(text[i:j]) & _ASKING_CHARS
        ]
        if not found:
            return None
        _, _, i, j = max(found)
        return i, j

    def _by_leftover(
        self, job: Job, topic: str, words: list[str], money: bool = False, facet: Facet | None = None
    ) -> Fact | None:
        """The free-text fact of the topic or the FAQ holding most of the leftover words (more than
        half of their characters). Another topic's text is no answer: 不住宿舍有补贴吗 read as pay
        is not told how far the dorm is because both say 宿舍. Of two holding as many, an FAQ
        whose question asks the same `facet` goes first (项目在哪些地方 for 哪个区的项目)."""
        total = sum(len(w) for w in words)
        general = frozenset(self._vocab.get(topic, self._all_vocab))
        best: tuple[float, bool, bool, bool, bool, Fact] | None = None
        for text, fact in self.free_texts(job):
            if fact.field.partition(".")[0] not in (topic, "faq", *NEAR.get(topic, ())):
                continue
            if money and not _says_money(fact.text):
                continue
            # Of a question naming no facet, an FAQ whose answer writes every word asked answers it
            # (有门禁吗 of 宿舍安全吗 → 女生宿舍单独一栋，晚上11点门禁).
            answered = (
                facet is None
                and fact.field.startswith("faq")
                and all(_pair_held(w, fact.text.lower(), general) for w in words)
            )
            if fact.field.startswith("faq") and not answered:
                # 电动车要自己买吗 is not 装备要自己买吗: the FAQ asks of a thing the viewer did not name.
                asked = "".join(words)
                theirs = self.leftover(text, topic, job, whole=False)
                if not all(_half_held(w, asked, general) for w in theirs):
                    continue
            # A pair of a longer word counts, unless it is only a general word (宿舍新不新
            # holds 宿舍, which every dorm text says).
            hit = sum(len(w) for w in words if _pair_held(w, text, general))
            by_answer = answered and hit < total  # found only in the answer: a text's own words go first
            hit = total if answered else hit
            score = hit / total
            own = fact.field.partition(".")[0] in (topic, "faq")
            same = facet is not None and fact.field.startswith("faq") and facet_in(facet.topic, text) == facet
            # Of two holding as many, the one saying the facet's own word (店长分红吗: 做到店长可以拿
            # 门店分红, not 学徒-师傅-店长).
            marked = facet is not None and any(m in text for m in (facet.marks or facet.cues))
            if score > 0.5 and (best is None or (score, not by_answer, own, same, marked) > best[:5]):
                best = (score, not by_answer, own, same, marked, fact)
        if best is None:
            return None
        fact = best[5]
        short = _clause_with(fact.text, tuple(words))
        if short is None and fact.field.startswith("duties."):
            # Only the work's tasks are items of their own: 湖州站每周一、周四免费接站 shares its end.
            short = _item_with(fact.text, tuple(words))
        if (
            (money or topic == "pay")
            and short
            and not _says_money(short)
            and not any(c.isdigit() for c in short)
        ):
            # 半年以后能涨到多少 of 半年考核转中工，工资4500起: the clause naming what was asked, with no
            # figure of its own, on to the one giving its sum.
            short = _on_to_sum(fact.text, short)
        return replace(fact, short=short) if short and short != fact.text else fact

    # ------------------------------------------------------------------ the decision

    def asked(self, intent: str, job: Job, text: str) -> Asked:
        """What a question (its normalised words) asks about `job`, and the facts that answer it.

        Words set apart one by one (工资 什么 时候 给, 宿舍 几个 人 住), as those for whom Mandarin is a
        second language type them, ask what they ask read together, when apart they ask only the topic."""
        found = self._asked_whole(intent, job, text)
        # Only where the whole line found nothing of its topic: a fact of the topic found by the
        # second clause's words (宿舍在哪 离车站远不远 → the dorm's note) is kept.
        of_topic = any(f.field.partition(".")[0] == intent for f in found.lead)
        qualified = found.missing or (found.key if ":" in found.key and not of_topic else None)
        if qualified is not None and found.key != intent:
            # 宿舍远不远 住宿要钱吗: the second clause read as what the first asks of (the cost of
            # the distance) asks a fact of its own.
            apart = self._asked_apart(intent, job, text)
            if apart is not None and qualified.startswith(f"{apart.key}:"):
                return apart
        if found.key != intent or found.missing is not None or " " not in text.strip():
            return found
        joined = self._asked_whole(intent, job, text.replace(" ", ""))
        return joined if joined.key != intent and joined.missing is None and joined.lead else found

    def _asked_apart(self, intent: str, job: Job, text: str) -> Asked | None:
        """Two facts of one topic asked in clauses of their own (宿舍远不远 住宿要钱吗), the second
        read as a qualifier of the first and so missing: each clause asked alone, the first one
        asking a facet leading; None when that one's fact is missing too (the host is told). The
        caller keeps it only when the first is the facet the whole line was read to ask."""
        clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
        if len(clauses) < 2:
            return None
        found = [a for c in clauses if (a := self._asked_whole(intent, job, c)).key != intent]
        if len(found) < 2 or found[0].missing is not None or not found[0].lead:
            return None
        lead = list(found[0].lead)
        for other in found[1:]:
            if other.missing is None:
                lead.extend(f for f in other.lead if f not in lead)
        facts = [*found[0].lead, *found[0].rest]
        return replace(found[0], lead=tuple(lead), rest=_others(facts, tuple(lead)))

    def _asked_whole(self, intent: str, job: Job, text: str) -> Asked:
        """What a question asks about `job` as its words stand, and the facts that answer it."""
        # 一个箱子给多少 asks as 一箱给多少 does; 血压有点高 as 血压高.
        text = _SOMEWHAT.sub("", _COUNTED_WITH_ZI.sub(r"\1", _ONE_OF_A_THING.sub("", text)))
        found = self._no_dorm_first(
            job, self._answer_clause(job, self._asked(intent, job, text), text.lower())
        )
        found = self._clock_elsewhere(
            job, text.lower(), self._condition_told(intent, job, text.lower(), found)
        )
        found = self._figure_named(intent, job, text.lower(), found)
        found = self._skill_named(job, text.lower(), found)
        found = self._closing_word_unsaid(intent, job, text.lower(), found)
        found = _plain_rate_first(found, text.lower())
        found = self._span_elsewhere(job, _span_first(found, text.lower()), text.lower())
        # The job called by its whole name (篷布工一个月能挣多少) names nothing asked of a clause;
        # a part of its name (冷库 of 冷库分拣员 in 冷库补贴多少) may.
        unnamed = text.lower()
        for name in sorted((job.title, *job.aliases), key=len, reverse=True):
            if len(name) >= 2 and name.lower() in unnamed:
                unnamed = unnamed.replace(name.lower(), " ")
        found = _asked_clause(
            _most_named_first(self._count_elsewhere(job, text.lower(), found), unnamed), unnamed
        )
        found = _cost_of_thing(_priced_thing(_meals_named(found), unnamed), unnamed)
        found = self._asked_by_faq(job, self._provided_by_faq(job, found), unnamed)
        measure = _MEASURE_COUNTED.search(unnamed)
        if measure and found.lead and not any(_measure_told(f.text, measure.group(1)) for f in found.lead):
            # 叉车是几吨的 of 开叉车转运原材料: how many tons is written nowhere found.
            key = found.key.partition("~")[0].partition(":")[0]
            return Asked(key, (), missing=f"{key}:几{measure.group(1)}", words=text)
        if "~" in found.key and found.lead and not _choice_told(found, unnamed):
            # 角磨机自己带还是厂里给 of 用角磨机打磨铸件毛刺: a text found by the thing named tells
            # neither way offered.
            return Asked(
                found.key.partition("~")[0], (), missing=f"{found.key.partition('~')[0]}:哪种", words=text
            )
        return _past_the_echo(_colon_head(found), unnamed)

    def _clock_elsewhere(self, job: Job, text: str, asked: Asked) -> Asked:
        """The hour of a day asked (婚礼那天早上几点要到) where the hours write none: the clause giving
        an hour of the free text, of any topic, that names what the question names besides the hour
        (婚礼当天早上6点要到场 of the duties' note); missing as it was when none does."""
        if asked.key != "hours.clock" or asked.lead or asked.missing is None:
            return asked
        named = _named_pairs(self._unnamed(job, text)) - {"几点", "点钟", "早上", "晚上", "上班", "下班"}
        if not named:
            return asked
        end = _END_ASKED.search(text) is not None
        for _, fact in self.free_texts(job):
            if fact.field.startswith("hours."):
                continue  # the hours' own texts were read for the facet, and found wanting
            clause = next((c for c in _CLAUSES.split(fact.text) if _CLOCK_SAID.search(c)), None)
            if clause is None or (end and _END_WORD.search(clause) is None):
                continue  # 几点下班 is not told by the start of a day
            if named & _named_pairs(fact.text.lower()):
                told = replace(fact, short=clause if clause != fact.text else None)
                return Asked(f"hours.clock~{fact.field}:{fact.text}", (told,))
        return asked

    def _condition_told(self, intent: str, job: Job, text: str, asked: Asked) -> Asked:
        """Whether one is taken, asked with what one tells of oneself (我32 带俩孩子 宝妈要不要, 俺家
        妹子有点狐臭 能干不) and read as a question of age or sex or of who is taken at large: a
        condition the recruiter wrote in the words told (宝妈优先, 不能有狐臭) is the answer, unless
        the age told is near or past the job's bounds or the job takes one sex only."""
        if intent != "requirements" or asked.missing is not None or MONEY_ASKED.search(text):
            return asked
        if asked.key not in ("requirements", *_TOLD_OF_ONESELF_FACETS):
            return asked
        need = job.requirements
        one_sex = need is not None and need.gender is not None and "不限" not in need.gender
        if asked.key == "requirements.gender" and one_sex:
            return asked  # 女哩能开不 of 限男性: the sex told is the answer
        told = _AGE_SAID.search(text) or _YEARS_OLD.search(text)
        figure = _DIGITS.search(told.group()) if told is not None else None
        if figure is not None and need is not None:
            age = int(float(figure.group()))
            low, high = need.age_min or 16, need.age_max or 70
            if not low + 2 <= age <= high - 5:
                return asked  # 58岁能做不 眼睛还好 of 18-60岁: the age told is the question
        facts = intent_facts(intent, job, self.index.employer_of(job))
        for told_by, key, says, read_as in _TOLD_MEASURES:
            # 俺开了两年塔吊 行不行 tells the years one has done it: the experience asked is the answer
            # (女嘞能开不 俺开了六七年叉车 still asks of the sex); 我女子1米56 能行不 tells a height
            if asked.key in read_as and told_by.search(text):
                measured = [f for f in facts if f.field == key or (says and says in f.text)]
                if measured:
                    return Asked(key, (measured[0],), _others(facts, (measured[0],)))
        facet = BY_KEY.get(asked.key)
        written = _condition_named(facts, _named_pairs(self._unnamed(job, text)), facet)
        if written is None or (asked.lead and asked.lead[0].text == written.text):
            return asked
        return Asked(f"{intent}~{written.field}:{written.text}", (written,), _others(facts, (written,)))

    def _span_elsewhere(self, job: Job, asked: Asked, text: str) -> Asked:
        """How long a thing lasts, asked (学徒得学多长时间) of a lead found in another field that gives
        no span (学徒期底薪3000), told by the free text of the lead's topic naming the same thing
        with a span (学徒期3个月，出师后5000以上)."""
        if not asked.lead or _SPAN_ASKED.search(text) is None:
            return asked
        lead = asked.lead[0]
        if _SPAN_TOLD.search(lead.short or lead.text):
            return asked
        shared = {w for w in _named_pairs(text) if w in (lead.short or lead.text)}
        topic = lead.field.partition(".")[0]
        giving = next(
            (
                f
                for _, f in self.free_texts(job)
                if f.field.partition(".")[0] == topic
                and f.text != lead.text
                and (clause := _clause_with(f.text, tuple(shared))) is not None
                and _SPAN_TOLD.search(clause)
            ),
            None,
        )
        if giving is None or not shared:
            return asked
        short = _clause_with(giving.text, tuple(shared))
        giving = replace(giving, short=short) if short and short != giving.text else giving
        return replace(asked, lead=(giving,), rest=(*asked.lead, *asked.rest))

    def _skill_named(self, job: Job, text: str, asked: Asked) -> Asked:
        """A skill asked by its Latin name (PLC不会行不行, 要会CAD吗) or as a doing one must be able to
        do (要会调色不) is told by the requirement naming it (懂PLC优先, 有调色经验优先), not the
        experience in general, when the fact found does not name it; the job's own name (smt of
        SMT操作员) names no skill unless asked as a doing."""
        if asked.key not in _SKILL_KEYS or not (asked.lead or asked.missing):
            return asked
        named = [w for w in _LATIN_WORD.findall(self._unnamed(job, text)) if w not in _NO_SKILL]
        if not asked.lead:
            # 不会游泳行不行 where no experience is written: the requirement naming the doing one
            # lacks (会游泳) tells it.
            named += [
                m.group(1) for m in _CANNOT.finditer(text) if m.group(1)[0] not in "什啥哪些多几点那这说"
            ]
        # A doing named in the job's own name (调色 of 调色员) is still a skill one may lack; of the
        # computer only a tool named (要会excel咩) is, 做表格 being what the computer is for.
        named += [
            w
            for m in _CAN_DO.finditer(text)
            if (w := m.group(1) or m.group(2))[0] not in "什啥哪些多几点那这"
            and asked.key != "requirements.computer"
        ]
        if not named or any(w in f.text.lower() for f in asked.lead for w in named):
            return asked
        naming = [
            f
            for _, f in self.free_texts(job)
            if f.field.partition(".")[0] in ("requirements", "prospects", "duties")
            and any(w in f.text.lower() for w in named)
        ]
        if not naming:
            return asked
        if not asked.lead:
            naming.sort(key=lambda f: f.field.partition(".")[0] != "requirements")
        fact = naming[0]
        return Asked(asked.key, (fact,), _others([*asked.lead, *asked.rest], (fact,)))

    def _figure_named(self, intent: str, job: Job, text: str, asked: Asked) -> Asked:
        """A question naming a figure with its unit (超26天怎么算钱, 坐25路能到吗) that the facts found
        do not write, told by the one fact of its topic writing that figure with that unit (超过26天按
        日薪2倍, 市区坐25路公交到亚龙湾站)."""
        named = _figures(text)
        if named and asked.lead:
            first = asked.lead[0]
            clauses = [c for c in _CLAUSES.split(first.text) if c]
            kept = _CLAUSES.split(first.short or first.text)[0]
            figured = [c for c in clauses if named & _figures(c)]
            if figured and not named & _figures(kept):
                # 押20%工资？ of 每月月底发上月工资的80%，剩下20%项目结束一次性结清: the clause with the
                # figure named is what a short post keeps.
                return replace(asked, lead=(replace(first, short=figured[0]), *asked.lead[1:]))
        if not named or any(named & _figures(f.text) for f in asked.lead):
            return asked
        holding = [
            f for f in intent_facts(intent, job, self.index.employer_of(job)) if named & _figures(f.text)
        ]
        if len(holding) != 1:
            return asked
        if holding[0].text.lower() in text:
            return asked  # 24小时值班能睡觉不: a fact the question only repeats tells nothing
        return Asked(f"figure~{holding[0].field}", (holding[0],))

    def _count_elsewhere(self, job: Job, text: str, asked: Asked) -> Asked:
        """A count asked (一个人看几台机子, 一天能做几多) told by the clause counting it of the text,
        of any topic, that shares most words with the question (熟手一人看12到16台机 of the pay's
        note), when the facts found count it in fewer of them; what was found otherwise."""
        counted = _COUNT_ASKED.search(text)
        if counted is None:
            return self._per_order(job, text, asked)
        measure = counted.group(1) or ""
        verb = counted.group(0)[1:2]
        mine = _content(text)

        def counting(fact: Fact) -> tuple[int, str]:
            """How many words asked a text shares, and its clause counting what is asked that shares
            most (一天要做14到16间, not 做一间房提成6元, for 一天要做几间房)."""
            clauses = [
                c
                for c in _CLAUSES.split(fact.text)
                if (said := _COUNT_SAID.search(c)) is not None
                and (not measure or measure in said.group(0))
                # 一天能做多少 is counted by a clause saying what one 能做; 能糊几个 by one saying 糊
                and (measure or counted.group(0)[:2] in c or (verb not in "做干" and verb in c))
            ]
            if not clauses:
                return 0, ""
            return len(mine & _content(fact.text)), max(clauses, key=lambda c: len(mine & _content(c)))

        told = max((counting(f)[0] for f in asked.lead), default=0)
        best: tuple[int, Fact] | None = None
        for _, fact in self.free_texts(job):
            shared, clause = counting(fact)
            if shared >= (3 if measure else 2) and shared > told and (best is None or shared > best[0]):
                best = (shared, replace(fact, short=clause))
        if best is None:
            return asked
        fact = best[1]
        return Asked(f"count~{fact.field}:{fact.short}", (fact,), tuple(f for f in asked.lead if f != fact))

    def _asked_by_faq(self, job: Job, asked: Asked, text: str) -> Asked:
        """What an FAQ asks in the viewer's words, answered there in the recruiter's: whether the
        job is hired direct, asked where an FAQ asks it too (是派遣还是直招 →
        劳务派遣，合同跟鑫达人力签): the FAQ's answer, saying through whom, leads the bare 劳务派遣;
        and a fee asked (报名要交钱么) where the employer's fee is a bare 0 and an FAQ asks it (报名要钱吗
        → 本场所有岗位报名不收任何费用) in the viewer's words: the recruiter's own words lead the
        bot's 不收任何费用."""
        asking: tuple[str, ...]
        saying: tuple[str, ...]
        if asked.key == "legitimacy.agency_fee" and asked.lead and asked.lead[0].text == NO_FEE:
            asking = tuple(w for w in (*_FEE_ASKED, "报名") if w in text)
            saying = _FEE_SAID
        elif asked.key == "legitimacy.direct_hire" and asked.lead:
            asking, saying = _HIRE_ASKED, _HIRE_ASKED
        else:
            return asked
        for question, fact in self.free_texts(job):
            if (
                fact.field.startswith("faq")
                and any(w in question for w in asking)
                and any(w in fact.text for w in saying)
                and fact not in asked.lead
            ):
                lead = (fact, *(f for f in asked.lead if f.text not in fact.text))
                return replace(asked, lead=lead, rest=_others([*asked.lead, *asked.rest], lead))
        return asked

    def _provided_by_faq(self, job: Job, asked: Asked) -> Asked:
        """Whether there is a dorm or meals at all, asked of a job whose fields never say (包住不
        with no dorm written): the job's or employer's FAQ answer of that topic that says it
        (住宿怎么安排 → 不包住，每月租房补贴400元), told from its clause saying it."""
        if asked.lead or asked.missing not in BY_KEY or not asked.missing.endswith(".provided"):
            return asked
        facet = BY_KEY[asked.missing]
        for question, fact in self.free_texts(job):
            asks_topic = facet_in(facet.topic, question.lower()) is not None or any(
                w in question for w in _PROVIDED_HEADS[facet.topic]
            )
            if not fact.field.startswith("faq") or not asks_topic:
                continue
            clauses = [c for c in _CLAUSES.split(fact.text) if c]
            saying = [c for c in clauses if any(w in c for w in facet.words)]
            if saying:
                short = saying[0] if saying[0] != fact.text else None
                return Asked(facet.key, (replace(fact, short=short),))
        return asked

    def _per_order(self, job: Job, text: str, asked: Asked) -> Asked:
        """How long one order lasts (一单干几天, 一单几个钟头), asked of work taken order by order, told
        by the clause of any text giving it (一单26天 of the pay's note), when the facts found do not."""
        unit = _PER_ORDER_ASKED.search(text)
        if unit is None or any(_PER_ORDER_SAID.search(f.text) for f in asked.lead):
            return asked
        # 几天 asks days; 几个钟头, 几小时 ask hours; 多久 either.
        wanted = None if unit.group(1) is None else "天" if unit.group(1) == "天" else "小时"
        for _, fact in self.free_texts(job):
            for clause in _CLAUSES.split(fact.text):
                said = _PER_ORDER_SAID.search(clause)
                if said is not None and wanted in (None, said.group(1)):
                    short = clause if clause != fact.text else None
                    return Asked(f"order~{fact.field}:{clause}", (replace(fact, short=short),))
        # 一单多少天 of a job whose texts never say it: not the hours of a day.
        return Asked("hours.order", (), missing="hours.order", words=text)

    def _closing_word_unsaid(self, intent: str, job: Job, text: str, asked: Asked) -> Asked:
        """A yes or no asked of a doing the facts found never name (24小时值班能睡觉不 told only
        24小时值班): what closes the question is what it asks, so it is missing."""
        if not asked.lead or asked.key not in BY_KEY:
            return asked
        closing = _CLOSING_DOING.search(text)
        if closing is None:
            return asked
        word = closing.group(1)
        if word in _BEARING or (word == "回家" and asked.key == "hours.holiday"):
            # 过年能回家吗 is told whether the holiday is worked (春节期间不休): that says it.
            return asked
        facet = BY_KEY[asked.key]
        if any(word in w or w in word for w in (*facet.words, *facet.cues) if len(w) >= 2):
            return asked
        if not any(word in w for w in self.leftover(text, intent, job)):
            return asked
        told = " ".join(f"{f.text} {f.short or ''}" for f in (*asked.lead, *asked.rest)).lower()
        if _pair_held(word, told, frozenset()) or any(c in told for c in word):
            return asked
        return Asked(asked.key, (), missing=f"{asked.key}:{word}", words=text)

    def _no_dorm_first(self, job: Job, asked: Asked) -> Asked:
        """A question about the dorm of a job that gives none (住哪啊 of 不包住, 可以帮忙找日租房) is
        told that first; what the recruiter adds follows."""
        if not asked.lead or asked.lead[0].field.partition(".")[0] != "dorm" or asked.key == "dorm.allowance":
            return asked
        facts = intent_facts("dorm", job, self.index.employer_of(job))
        none = [f for f in facts if f.field == "dorm.provided" and f.text.startswith(_NO_OPENINGS)]
        if not none or none[0] in asked.lead:
            return asked
        if len(asked.lead[0].short or asked.lead[0].text) > _BESIDE_NO_DORM:
            return asked  # 陪护期间睡病房陪护床，等单期间…: a note this long says where, and leaves no room
        return replace(asked, lead=(none[0], *asked.lead), rest=tuple(f for f in asked.rest if f != none[0]))

    def _asked(self, intent: str, job: Job, text: str) -> Asked:
        """What a question asks about `job`, each fact told in its own short wording."""
        lowered = text.lower()
        faq = self._faq_asked(job, lowered)
        if faq is not None:
            return Asked(f"faq:{faq[0]}", (faq[1],))
        employer = self.index.employer_of(job)
        facts = intent_facts(intent, job, employer)
        facet = self._facet_named(intent, job, lowered) or _facet_by_form(intent, lowered)
        if facet is not None and facet.key == "requirements.gender" and _KIN.search(lowered):
            # 俺闺女19了能进不: 女 names who asks; the age told is what is asked.
            unkin = _KIN.sub(" ", lowered)
            other = facet_in(intent, unkin)
            if other != facet:
                # 我媳妇只在屋头踩过缝纫机 得不得: the experience the rest of the words ask.
                facet = _facet_by_form(intent, unkin) or other or facet
        if facet is not None and facet.key == "pay.payday":
            # 年终奖什么时候发 asks when the year-end bonus is paid, not the monthly payday.
            asking = clause_of(facet, lowered)
            paid = next((BY_KEY[k] for k in PAID_APART if any(c in asking for c in BY_KEY[k].cues)), None)
            if paid is not None:
                asked = self._facet_asked(paid, intent, job, facts, lowered)
                lead = tuple(_on_to_when(f) for f in asked.lead)
                if lead and not any(_WHEN_SAID.search(f.short or f.text) for f in lead):
                    return Asked(paid.key, (), missing=f"{paid.key}:时间", words=lowered)
                return replace(asked, lead=lead)
        if facet is not None and facet.key.endswith(".provided"):
            later = self._more_asked(facet, intent, job, facts, lowered)
            if later != facet:
                return self._with_provided(
                    facet, self._facet_asked(later, intent, job, facts, lowered), job, facts
                )
        provided = BY_KEY.get(f"{intent}.provided")
        if facet is not None and provided is not None and _asked_beside(provided, facet, lowered):
            # 保安有宿舍么有空调没: the later facet is read first, and whether there is one is asked too.
            asked = self._facet_asked(facet, intent, job, facts, lowered)
            return self._with_provided(provided, asked, job, facts)
        if facet is not None:
            asked = self._facet_asked(facet, intent, job, facts, lowered)
            if asked.missing is not None and facet.key == "pay.piece" and "提成" in lowered:
                # 提成是按什么算的 where no piece rate is written: the text of the commission says
                # what it goes by (出苗率达标有提成).
                bonus = self._facet_asked(BY_KEY["pay.bonus"], intent, job, facts, lowered)
                if bonus.lead:
                    return bonus
            if facet.key in _NAMES_A_THING and asked.lead:
                # 不会看图行吗 of 经验:会二保焊 and 能看图的优先: the text writing the thing named.
                words = [w for w in self.leftover(lowered, intent, job) if len(w) >= 2]
                naming = [f for f in facts if f not in asked.lead and any(w in f.text for w in words)]
                if naming and not any(w in f.text for f in asked.lead for w in words):
                    return Asked(f"{facet.key}~{naming[0].text}", (naming[0],), _others(facts, (naming[0],)))
            if asked.missing is not None and facet.key in _NAMES_A_THING:
                # 不会用收银机咋整: no experience is asked of at all, but the duties' note names the
                # till (要会用收银机，新人有人教) and says what is asked of one who cannot use it.
                words = self.leftover(lowered, intent, job)
                near = self._worded_near(intent, job, lowered, words) if words else None
                return near or asked
            return asked
        return self._unfaceted(intent, job, facts, lowered)

    def _met_at(self, job: Job, text: str) -> Fact | None:
        """The pickup fact naming the station or place the question names, three characters of it
        at least (昆明南 of 昆明南站可接站; 合肥站 is not 合肥南站)."""
        runs = {text[i : i + 3] for i in range(len(text) - 2) if all(_CJK.match(c) for c in text[i : i + 3])}
        employer = self.index.employer_of(job)
        for fact in intent_facts("location", job, employer):
            if fact.field == "location.pickup" and any(r in fact.text for r in runs):
                return fact
        return None

    def _timed(self, job: Job, words: list[str]) -> Fact | None:
        """The first text of the job, of any topic, holding every word asked and giving a time
        (工期从3月底干到11月中旬 for 工期); None when none does."""
        return next(
            (f for t, f in self.free_texts(job) if all(w in t for w in words) and _TIME_GIVEN.search(f.text)),
            None,
        )

    def _worded_near(self, intent: str, job: Job, lowered: str, words: list[str]) -> Asked | None:
        """A clause of a topic near `intent` writing every character asked (做到啥时候结束, read as a
        condition, of the hours' note 做到11月20号左右结束); None when none does (电驴要自己买吗 is
        not told 需会骑电动车: 买 is not written there)."""
        worded = self.worded(job, lowered)
        if worded is None or worded[0] not in (intent, *NEAR.get(intent, ()), *_ALSO_IN.get(intent, ())):
            return None
        clause = (worded[1].lead[0].short or worded[1].lead[0].text).lower()
        forms = "".join(f for w in words for f in _said_otherwise(w))
        asked_chars = (_content(lowered) - _PLAIN - _QUESTION_CHARS - self._name_chars(job)) | (
            set(lowered) & _DEALT
        )
        return worded[1] if all(c in clause or c in forms for c in asked_chars) else None

    def _with_provided(self, provided: Facet, asked: Asked, job: Job, facts: list[Fact]) -> Asked:
        """Whether there is a dorm or meals, asked before more of it (保安有宿舍么有空调没, 包住不
        宿舍多少钱): the yes or no leads the later fact, unless that fact says it already."""
        said = [f for f in facts if f.field == provided.key]
        if not asked.lead or not said or any(said[0].text in f.text for f in asked.lead):
            return asked
        return replace(asked, lead=(said[0], *asked.lead), rest=tuple(f for f in asked.rest if f != said[0]))

    def _facet_asked(self, facet: Facet, intent: str, job: Job, facts: list[Fact], lowered: str) -> Asked:
        """What a question asking one facet is told: its fact, narrowed to what the words ask."""
        asked = self._facet(facet, intent, job, facts, lowered)
        periods = [p for p in _PERIODS if p in lowered]
        if (
            facet.key == "prospects.probation"
            and periods
            and asked.lead
            and not any(p in f.text for p in periods for f in asked.lead)
        ):
            # 有试用期吗 of 干满一年考核合格转正式工: when one is taken on is written, no probation.
            return Asked(facet.key, (), missing=f"{facet.key}:{periods[0]}", words=lowered)
        if asked.lead and not _says_what_is_asked(facet, asked.lead, lowered):
            # 天津站几点接站 of 天津站可接站, 要做几年才能升 of the ranks only: not said, unless
            # another fact of the topic on the same thing gives it (多久能当店长: 6个月…任副店长).
            giving = [
                f
                for f in asked.rest
                if _says_what_is_asked(facet, (f,), lowered)
                and len(_content(f.text) & _content(lowered)) >= 2
            ]
            if not giving and facet.topic == "prospects":
                # 学徒要学多久 of 师傅一带一 and a pay note 学徒期2个月每月3000, 培训要多久 of a start
                # 培训3天后上岗: the span is written where the pay of that time or the start is, by
                # the clause naming what was asked.
                named = _content(lowered)
                giving = [
                    replace(f, short=clause)
                    for _, f in self.free_texts(job)
                    if f.field.startswith(("pay.", "apply."))
                    for clause in _CLAUSES.split(f.text)
                    if len(named & set(clause)) >= 2
                    and _says_what_is_asked(facet, (Fact(f.field, clause),), lowered)
                ]
                # 学多久能出师 of a note 学徒期2个月，出师后转美甲师: the clause giving the span, of a
                # text whose next clause names what was asked.
                pairs = _named_pairs(lowered)
                giving = giving or [
                    replace(f, short=clause)
                    for _, f in self.free_texts(job)
                    if f.field.startswith(("pay.", "apply.", "prospects.")) and pairs & _named_pairs(f.text)
                    for clause in _CLAUSES.split(f.text)
                    if _SPAN_SAID.search(clause)
                    and _says_what_is_asked(facet, (Fact(f.field, clause),), lowered)
                    and named & set(clause)
                ]
            if not giving:
                return Asked(facet.key, (), missing=f"{facet.key}:{_unsaid(facet, lowered)}", words=lowered)
            asked = replace(asked, lead=(giving[0],), rest=tuple(f for f in asked.rest if f is not giving[0]))
        if facet.key == "hours.clock" and asked.lead and _END_ASKED.search(lowered):
            asked = replace(asked, lead=(_from_the_end(asked.lead[0], lowered), *asked.lead[1:]))
        if asked.lead and facet.topic == "duties" and _SPAN_ASKED.search(lowered):
            # 连体服一穿穿多久 of 穿全身连体无尘服，…，一进去就是4个小时: the clause giving the span (of
            # the work only: 多久发工资 asks how often, which a span elsewhere in the pay does not tell).
            asked = replace(asked, lead=(_clause_giving(asked.lead[0], _SPAN_GIVEN), *asked.lead[1:]))
        if (
            facet.yesno
            and asked.lead
            and _WAIT_ASKED.search(lowered)
            and not any(_SPAN_SAID.search(f.text) or _SAYS_NO.search(f.text) for f in asked.lead)
        ):
            # 夫妻房要排多久 of 有夫妻房，需排队: how long is asked, and only that there is one is written.
            return Asked(facet.key, (), missing=f"{facet.key}:时间", words=lowered)
        if (
            facet.key == "apply.interview"
            and asked.lead
            and (_WHEN_ASKED.search(lowered) or "几点" in lowered)
            and all(f.field != "apply.interview" for f in asked.lead)
        ):
            # 什么时候面试, 面试几点到 of no interview written and 面试合格第二天上岗: when one starts
            # after it is no time of the interview.
            return Asked(facet.key, (), missing=f"{facet.key}:时间", words=lowered)
        if (
            facet.key == "location.downtown"
            and asked.lead
            and _DISTANCE_ASKED.search(lowered)
            and not any(_DISTANCE_SAID.search(f.text) for f in asked.lead)
        ):
            # 离市区多远 of 市区有通勤班车: the town is named, how far it is is not.
            return Asked(facet.key, (), missing=f"{facet.key}:距离", words=lowered)
        condition = _CONDITION_ASKED.search(lowered) if facet.key == "pay.extra" else None
        if condition and asked.lead and not any(condition.group(0) in f.text for f in asked.lead):
            # 有电脑组装经验加钱吗 of 夜班每小时多1元: more pay for a condition no text names is missing.
            return Asked(facet.key, (), missing=f"{facet.key}:{condition.group(0)}", words=lowered)
        if facet.key in FIGURE_FACETS and _figure_not_given(asked, lowered):
            asked = _on_to_the_figure(asked)
            if _figure_not_given(asked, lowered):
                asked = _figure_beside(asked)
            if _figure_not_given(asked, lowered):
                # 提成一般能拿多少 where the catalogue only says 另有酒水提成: the sum is missing.
                return Asked(facet.key, (), missing=f"{facet.key}:多少", words=lowered)
        about_money = facet.topic in ("pay", "legitimacy") or facet.key in MONEY_FACETS
        if (
            facet.key in MONEY_FACETS
            and facet.yesno
            and _AMOUNT_ASKED.search(lowered)
            and not any(_ANY_FIGURE.search(f.text) or _FREE.search(f.text) for f in asked.lead)
        ):
            # 夫妻房要多少钱 of 夫妻房，两人一间: a sum asked, whether there is one is no answer.
            about_money = False
        if facet.key.endswith(".provided") and asked.lead and asked.lead[0].field == facet.key:
            part = job.dorm if facet.topic == "dorm" else job.canteen
            if part is not None and part.provided is False:
                # 管吃不 还是自己买 of 不包吃: none is given, so one pays oneself; that is the answer.
                return asked
        if (
            MONEY_ASKED.search(lowered)
            and not about_money
            and not _pay_asked_apart(facet, lowered)
            and MONEY_ASKED.search(self._untitled(job, lowered))  # 收费员几点下班 asks no cost
        ):
            cost = self._cost_of(asked, facet, job, lowered)
            if (
                cost.lead
                and _AMOUNT_ASKED.search(lowered)
                and not any(_ANY_FIGURE.search(f.text) or _FREE.search(f.text) for f in cost.lead)
            ):
                # 体检要多少钱 of 需入职体检自费: who pays is written, not how much: the sum is missing.
                return Asked(facet.key, (), missing=f"{facet.key}:多少", words=lowered)
            return cost
        narrowed = self._narrowed(asked, facet, intent, job, clause_of(facet, lowered))
        priced = self._amount(_amount_clause(narrowed, lowered, SAYS.get(facet.key)), facet, job, lowered)
        if (
            facet.key == "canteen.cost"
            and _figure_not_given(priced, lowered)
            and not any(
                _FREE.search(f.short or f.text) or _OWN_COST.search(f.short or f.text) for f in priced.lead
            )
        ):
            # 一餐几多钱 of 食堂刷卡吃饭 alone: how one pays is written, not what a meal costs.
            return Asked(facet.key, (), missing=f"{facet.key}:多少", words=lowered)
        if facet.key in PRICED and _figure_not_given(priced, lowered):
            # 一件几毛钱 where the catalogue says 计件 and a month's income only: the price is missing.
            return Asked(facet.key, (), missing=f"{facet.key}:多少", words=lowered)
        if (
            facet.key == "hours.rest"
            and _DAYS_COUNTED.search(lowered)
            and priced.lead
            and not any(
                _DAYS_TOLD.search(_TIME_OF_DAY_OR_SPAN.sub("", f.short or f.text)) for f in priced.lead
            )
        ):
            # 一个月能休几天 of a note 节假日不休 alone, or 中午休息两小时: how many days is not written.
            return Asked(facet.key, (), missing=f"{facet.key}:几天", words=lowered)
        if facet.topic in CHOSEN and not facet.fields and not _choice_told(priced, lowered):
            # 返费是打卡还是现金 of 做满90天返费2000元: neither way is written.
            return Asked(facet.key, (), missing=f"{facet.key}:哪种", words=lowered)
        told = _to_the_price(_from_said_clause(priced, facet), facet, lowered)
        if facet.key == "location.downtown" and _DISTANCE_ASKED.search(lowered):
            # 黄岛离青岛市区要过海底隧道，坐车一个小时左右: the clause saying how far is the short
            # wording (the whole where it fits).
            lead = tuple(
                replace(f, short=_clause_saying(f.text, _DISTANCE_SAID))
                if f.short and not _DISTANCE_SAID.search(f.short)
                else f
                for f in told.lead
            )
            told = replace(told, lead=lead)
        return told

    def _unfaceted(self, intent: str, job: Job, facts: list[Fact], lowered: str) -> Asked:
        """What a question naming no facet is told: the text holding its own words, else the
        topic in general; missing when it has words of its own that no text holds. A clause
        telling who asks and for whom (我儿子想出来打工 一个月能落多少) holds no words asked."""
        words = self.leftover(_without_telling(self._past_cheers(job, lowered, intent)), intent, job)
        if intent == "requirements" and not words:
            # 我以前有过一次酒驾记录，还要不要: what one tells of oneself is the condition asked, when
            # the job's texts write it (无酒驾记录).
            held = [
                part
                for w in self.leftover(lowered, intent, job)
                if (part := self._longest_written(job, w)) is not None
            ]
            words = held or words
        if words and _WHEN_ASKED.search(lowered):
            # 工期到啥时候 of 赶工期时会开夜车 (hours) and 工期从3月底干到11月中旬 (duties): the text
            # holding the words asked that gives a time, of any topic, told by that clause.
            named = self.leftover(_WHEN.sub(" ", _without_telling(lowered)), intent, job)
            timed = self._timed(job, named) if named else None
            span_said = TIMED.get(intent, (None, None))[1] if intent == "prospects" else None
            if timed is None and named and span_said is not None:
                # 什么时候能上砧板 of 一年左右可上砧板: a step of the way up is reached after a span.
                timed = _giving(facts, named, span_said)
                if timed is not None:
                    return Asked(f"{intent}~{timed.field}:{timed.text}", (timed,))
            if timed is not None:
                clause = next((c for c in _CLAUSES.split(timed.text) if _TIME_GIVEN.search(c)), None)
                fact = replace(timed, short=clause if clause != timed.text else None)
                return Asked(f"{intent}~{fact.field}:{fact.text}", (fact,))
        if words:
            # 电动车要自己买吗: the thing is what is looked for; its cost is checked on what is found.
            things = [w for w in words if not MONEY_ASKED.fullmatch(w)] or words
            # 考证要自己花钱不: a text that says nothing of money does not answer it.
            found = self._by_leftover(job, intent, things, money=MONEY_ASKED.search(lowered) is not None)
            if found is None and len(things) > 1 and "还是" in lowered:
                # 是手洗还是机器洗 of 有洗碗机，大件要手洗: a text holding one of the ways offered
                # tells which it is.
                ways = (self._by_leftover(job, intent, [w]) for w in things if len(w) >= 2)
                found = next((f for f in ways if f is not None), None)
            notes = [f for f in facts if f.field == f"{intent}.note" and f != found]
            if found is not None and found.text.lower() in lowered and notes and _EXPLAIN.search(lowered):
                # 两头班是什么意思 of shift 两头班: the word asked only repeated tells nothing; the
                # topic's note (早上9点到下午2点，下午4点半到晚上9点) tells what it is.
                return Asked(f"{intent}~{notes[0].field}:{notes[0].text}", (notes[0],), (found,))
            far = _DISTANCE_ASKED.search(lowered)
            if found is not None and far and not _DISTANCE_SAID.search(found.text):
                # 离长安汽车站远不远 of 长安汽车站免费接站: the station is named, how far it is is not.
                return Asked(f"{intent}:距离", (), missing=f"{intent}:距离", words=lowered)
            if found is not None and _WHEN_ASKED.search(lowered) and not _TIME_GIVEN.search(found.text):
                # A text naming what was asked but giving no time: the one that gives it, else missing.
                found = self._timed(job, things)
                if found is None:
                    return Asked(f"{intent}:时间", (), missing=f"{intent}:时间", words=lowered)
            span_asked, span_said = TIMED.get(intent, (None, None))
            if (
                found is not None
                and span_asked
                and span_said
                and span_asked.search(lowered)
                and not span_said.search(found.text)
            ):
                # 多久能上砧板 of the path 帮厨-砧板-炒锅 and the training 一年左右可上砧板: the text
                # giving the span; 多久能出师 of 出师后可以转油漆学徒 alone: how long is not written.
                found = _giving(facts, things, span_said)
                if found is None:
                    return Asked(f"{intent}:时间", (), missing=f"{intent}:时间", words=lowered)
            if found is not None:
                return Asked(f"{intent}~{found.field}:{found.text}", (found,))
            holding = [f for f in facts if all(len(w) >= 2 and w in f.text.lower() for w in words)]
            if holding:
                # 在通州哪 of 北京市通州区梨园镇云景里小区: a fact of the topic that writes every word asked.
                return Asked(f"{intent}~{holding[0].field}:{holding[0].text}", (holding[0],))
            clauses = [c for c in _CLAUSE_BREAK.split(lowered) if c]
            if len(clauses) > 1:
                # 宿舍有阳台吗 晒衣服: the clause asking comes first; what follows says why.
                first = self._unfaceted(intent, job, facts, clauses[0])
                if first.lead and first.key != intent:
                    return first
            placed = self.placed(job, lowered, named=True)
            told = " ".join(f"{f.text} {f.short or ''}" for f in placed[1].lead).lower() if placed else ""
            if placed is not None and placed[0] != intent and all(w in told for w in words):
                # 做帮厨以后能做到炒锅吗, read as the work: 做到 asks the prospects, whose path
                # (帮厨-砧板-炒锅) holds every word the work's texts lack.
                return placed[1]
            near = self._worded_near(intent, job, lowered, words)
            untimed = near is not None and not any(_TIME_GIVEN.search(f.short or f.text) for f in near.lead)
            if untimed and _WHEN_ASKED.search(lowered):
                near = None  # 工期到啥时候 of 赶工期时会开夜车: 工期 is named, no time is given
            if near is not None:
                return near
            said = "".join(words)
            return Asked(f"{intent}:{said}", (), missing=f"{intent}:{said}", words=said)
        if not facts:
            return Asked(intent, (), missing=intent)
        lead, _ = self._general(intent, facts)
        monthly_asked = intent == "pay" and _MONTH_ASKED.search(lowered) is not None
        if monthly_asked and lead and not _MONTH_SCALE.search(lead[0].text):
            # 一个月能挣多少 of a job paid by the piece (计件8元/件) whose note says 一个月7000到11000:
            # the month's sum, told by the clause giving it.
            monthly = [f for f in facts if f not in lead and "月" in f.text and _MONTH_SCALE.search(f.text)]
            if monthly:
                clause = next(
                    (c for c in _CLAUSES.split(monthly[0].text) if "月" in c and _MONTH_SCALE.search(c)), None
                )
                month = replace(monthly[0], short=clause if clause != monthly[0].text else None)
                return Asked(intent, (month,), _others(facts, (month,)))
        return Asked(intent, lead, _others(facts, lead))

    def _past_cheers(self, job: Job, lowered: str, intent: str) -> str:
        """The question less short clauses after it that ask nothing (`_without_after_words`), when
        none of their words is written in the job's texts (那攒劲 is a cheer; 冬天 may be what is
        asked of)."""
        cut = _without_after_words(lowered, intent)
        if cut == lowered:
            return lowered
        dropped = set(self.leftover(lowered, intent, job)) - set(self.leftover(cut, intent, job))
        texts = [t for t, _ in self.free_texts(job)]
        return lowered if any(w in t for w in dropped for t in texts) else cut

    def holding(self, intent: str, job: Job, text: str, piece: str) -> tuple[str, Asked] | None:
        """A question placed in its topic by a piece of the catalogue's own words (上厕所 of
        节拍快，上厕所要找人顶岗): what it asks there, when the first fact told holds that piece (of
        the facts told, only those holding it), or else the topic's one fact that holds it whole
        (干20休10是真的么 of a rest written 干20休10)."""
        asked = self.asked(intent, job, text)
        if asked.missing is not None or not asked.lead:
            return None
        holding = tuple(f for f in asked.lead if piece.lower() in f.text.lower())
        if not holding or holding[0] is not asked.lead[0]:
            whole = [f for f in asked.rest if f.text.lower() == piece.lower()]
            if holding or len(whole) != 1:
                return None
            return intent, replace(
                asked, lead=(whole[0],), rest=tuple(f for f in asked.rest if f is not whole[0])
            )
        # 被套一条多少钱 of 枕套叠一条0.12元，被套一条0.3元 beside 计件: the fact holding the words, alone.
        return intent, replace(asked, lead=holding)

    def worded(self, job: Job, text: str) -> tuple[str, Asked] | None:
        """A question read as no topic whose own words (three characters or more, once names,
        general words and particles are out; two when it asks how, when or how much) are all
        written in one clause of one of the job's texts (包工咋算 of 点工每天400起，包工按吨算;
        有没有塑料味 of an FAQ's 有一点塑料味): that clause's fact, in its topic; None when no
        text or several hold them (two texts writing the same clause are one)."""
        lowered = _without_telling(text.lower())
        if _PUT_TO_SOMEONE.search(lowered):
            return None
        how = _HOW_ASKED.search(lowered) is not None or _THERE_ASKED.fullmatch(lowered.strip()) is not None
        lowered = _WHEN.sub(" ", lowered)
        words = [w for w in self.leftover(lowered, None, job) if len(w) >= 2 and _CJK.match(w)]
        if not words or sum(len(w) for w in words) < (2 if how else 3):
            return None
        summed = _AMOUNT_OR_SHARE.search(lowered) or _AMOUNT_ASKED.search(lowered)
        exact = [(w, *_said_otherwise(w)) for w in words]
        hits = self._clauses_holding(job, exact, bool(summed))
        if not hits:
            # A word of three characters may be written as two of them (下雨天 of 下雨停工照发工资);
            # every character asked must still be written in the clause found (checked below).
            general = self._all_vocab_set
            loose = [
                (
                    *form,
                    *(w[i : i + 2] for i in range(len(w) - 1) if len(w) >= 3 and w[i : i + 2] not in general),
                )
                for w, form in zip(words, exact, strict=True)
            ]
            hits = self._clauses_holding(job, loose, bool(summed))
        if len(hits) > 1:
            # 需自带手工工具 and 自带手工工具 say the same: the shortest, when every other holds it.
            shortest = min(hits, key=len)
            if all(shortest in span for span in hits):
                hits = {shortest: hits[shortest]}
        if len(hits) > 1 and _WHEN_ASKED.search(text):
            # 旺季是啥时候 of 旺季9月到春节工资高 and 旺季干完可以走: the clause giving a time.
            timed = {span: hit for span, hit in hits.items() if _TIME_GIVEN.search(span)}
            hits = timed if len(timed) == 1 else hits
        if len(hits) != 1:
            return None  # no text holds them, or two say different things of them
        ((fact, clause),) = hits.values()
        for word, form in zip(words, exact, strict=True):
            written = next((o for o in form if o in clause), word)
            lowered = lowered.replace(word, written)  # 电瓶车 asked is the 电动车 written
        named = self._name_chars(job)
        if any(c not in clause and c not in named for c in _content(lowered) - _PLAIN):
            return None  # 湖州站有接的吗 of 湖州站坐织里专线大巴: 接 is asked and not written there
        topic = fact.field.partition(".")[0]
        said = replace(fact, short=clause if clause != fact.text.lower() else None)
        return (topic if topic in TOPICS else "other"), Asked(f"worded:{fact.text}:{clause}", (said,))

    def _clauses_holding(
        self, job: Job, forms: list[tuple[str, ...]], summed: bool
    ) -> dict[str, tuple[Fact, str]]:
        """Each clause of the job's texts holding a form of every word asked, with its fact (a
        text holding them only across clauses gives the span between)."""
        hits: dict[str, tuple[Fact, str]] = {}
        for _, fact in self.free_texts(job):
            lowered = fact.text.lower()
            if not all(any(o in lowered for o in form) for form in forms):
                continue
            whole = [c for c in _CLAUSES.split(lowered) if all(any(o in c for o in form) for form in forms)]
            if summed:
                # 线长多少钱 of 熟练工可以升线长，线长月薪9000以上: the clause giving a sum.
                whole.sort(key=lambda c: _ANY_FIGURE.search(c) is None)
            span = whole[0] if whole else _span_with(lowered, tuple(o for form in forms for o in form))
            if span is not None and summed and _ANY_FIGURE.search(span) is None:
                continue  # 好评奖金多少钱 of 好评有奖金: a sum asked is not told by a clause giving none
            if span is not None:
                hits.setdefault(span, (fact, span))
        return hits

    def placed(self, job: Job, text: str, named: bool = False) -> tuple[str, Asked] | None:
        """A question read as no topic whose own words still ask one facet of the job (每天干多久,
        要什么文凭, 凤凰机场有人接吗), as its topic and what it asks; None unless exactly one topic
        has a facet asked by a cue of two characters or more (or by the form of its words), the
        catalogue states it, and every other word the question holds is in the fact told
        (`named`: there is such a word, 凤凰机场, or a part of the job's name, 厨房 of 厨房学徒 —
        the line read as said of something else)."""
        lowered = _HAND_HURT.sub(" ", text.lower())  # 会不会烫到手: a hand hurt, not the pay in hand
        if _PUT_TO_SOMEONE.search(lowered):
            return None  # 主播你多大了: asked of the streamer, not of the job
        school = BY_KEY["location.school"]
        if _CHILD.search(lowered) and any(c in lowered for c in school.cues):
            # 娃跟过去能读书不: a child's schooling is no topic of the twelve, but a text of the job or
            # its employer telling of the schools there (陈埭镇有公办小学) answers it.
            facts = intent_facts("location", job, self.index.employer_of(job))
            schooled = self._facet_asked(school, "location", job, facts, lowered)
            if schooled.lead and schooled.missing is None:
                return "location", schooled
        found: dict[str, Facet] = {}
        forms = [range(m.start(), m.end()) for m in _X_NOT_X.finditer(lowered)]
        for topic in TOPICS:
            facet = self._facet_named(topic, job, lowered)
            if facet is not None and all(
                any(set(range(m.start(), m.end())) < set(f) for f in forms)
                for c in facet.cues
                for m in re.finditer(re.escape(c), lowered)
            ):
                continue  # 会不会 holds 不会 (no experience): the question's form, not its facet
            if facet is not None and max(len(c) for c in facet.cues if c in lowered) >= 2:
                found[topic] = facet
            elif facet is None and (by_form := _facet_by_form(topic, lowered)) is not None:
                found[topic] = by_form
        if len(found) > 1:
            # 每天干多久 asks the hours (多久 is a cue of three topics; only the hours' words are there).
            found = {t: f for t, f in found.items() if _general_beside(t, f, lowered)}
        if len(found) != 1:
            return None
        ((topic, facet),) = found.items()
        cues = [range(m.start(), m.end()) for c in facet.cues for m in re.finditer(re.escape(c), lowered)]
        for measure in _MEASURE_ASKED.finditer(lowered):
            if not any(set(r) & set(range(measure.start(1), measure.end(1))) for r in cues):
                return None  # 一单多少天 asks how many days, which the cue 一单 (piece rate) does not
        asked = self.asked(topic, job, lowered)
        if asked.missing is not None or not asked.lead:
            return None
        # Only the clause asking the facet must be told whole (灰大不大啊 会不会吸一肚子: the
        # second clause says why it is asked); 一米六二, 我50了 are what the viewer tells of themself.
        rest = _ASKING_FORM.sub(
            " ", _SAID_OF_SELF.sub(" ", clause_of(facet, self._past_cheers(job, lowered, topic)))
        )
        for cue in sorted(facet.cues, key=_longest_first):
            rest = rest.replace(cue, " ")
        told = " ".join(f"{f.text} {f.short or ''}" for f in asked.lead).lower()
        words = self.leftover(rest, topic, job)
        names_job = any(part in lowered for part in self._parts_of(job))
        if any(w not in told for w in words) or (named and not words and not names_job):
            return None  # 厂里有篮球场吗: 篮球场 is in no fact; 厂里 alone asks nothing
        return topic, asked

    def _more_asked(self, facet: Facet, intent: str, job: Job, facts: list[Fact], text: str) -> Facet:
        """Whether there is a dorm or meals at all, asked with more of the same topic in a later
        clause (包吃吗？早饭管不管): the later facet is the question, when the catalogue states it
        (中餐晚餐公司承担，早餐自理 says both); else whether there is one."""
        for clause in _CLAUSE_BREAK.split(text):
            later = facet_in(intent, clause) if clause else None
            if (
                later is not None
                and later != facet
                and self._facet(later, intent, job, facts, clause).missing is None
            ):
                return later
        return facet

    def _amount(self, asked: Asked, facet: Facet, job: Job, text: str) -> Asked:
        """A figure asked (夫妻房多少钱, 计件单价多少) where the facts found hold none (有夫妻房,
        计件工资): the topic's text that names the facet and gives a figure in the same or the
        next clause answers it (夫妻房单独一间，每月300), first; else the facts found stay."""
        amount = (
            _AMOUNT_ASKED.search(text)
            or (facet.key in PRICED and _AMOUNT_OR_SHARE.search(text))
            or (facet.topic in ("pay", "insurance") and _SHARE_ASKED.search(text))
        )
        if not asked.lead or not amount:
            return asked
        with_figure = [f for f in asked.lead if _FIGURE.search(f.text)]
        if with_figure:
            # The fact giving a figure goes first (计件，熟手单价0.35元一双起 before 计件工资).
            return replace(asked, lead=(*with_figure, *(f for f in asked.lead if f not in with_figure)))
        found: list[tuple[int, int, str, Fact]] = []
        for n, (_, fact) in enumerate(self.free_texts(job)):
            if fact.field.partition(".")[0] != facet.topic:
                continue
            clauses = [c for c in _CLAUSES.split(fact.text) if c]
            for i, clause in enumerate(clauses):
                if not any(w in clause.lower() for w in facet.words):
                    continue
                for j in (i, i + 1):
                    if j < len(clauses) and _FIGURE.search(clauses[j]):
                        span = "，".join(clauses[i : j + 1])
                        found.append((len(_content(text) & set(span)), -n, span, fact))
                        break
        if not found:
            return asked
        _, _, span, fact = max(found, key=lambda f: (f[0], f[1]))
        said = replace(fact, short=span if span != fact.text else None)
        lead = (said, *(f for f in asked.lead if f.text not in fact.text))
        return replace(asked, lead=lead, rest=tuple(f for f in asked.rest if f.text != fact.text))

    def _cost_of(self, asked: Asked, facet: Facet, job: Job, text: str) -> Asked:
        """What something costs (体检要钱吗, 工作服要钱吗): a text that speaks of the thing and of
        money, as the clauses that do; else the catalogue lacks it. The thing is what the question
        names (工服: a text on 服务费 says nothing of it), or the facet's words when it names none."""
        named = tuple(c for c in facet.cues if c in text)
        # 工衣要钱不 of 厂服免费发两套: the thing as the catalogue may write it too.
        canon = {a for a in (_alike(c) for c in named) if not _speaks_of_money(a)}
        otherwise = (o for c in named for o in _said_otherwise(c))  # 早饭 of 早餐每餐扣3元
        named = tuple(
            dict.fromkeys((*named, *canon, *(said for said, same in ALIKE if same in canon), *otherwise))
        )
        # 中午饭要钱么 of 中餐免费，早晚餐自费: the facet's own words name the same thing in its topic.
        tries = [(named or facet.words, False), (facet.words, True)] if named else [(facet.words, False)]
        for things, own_topic in tries:
            for source, fact in self.free_texts(job):
                if own_topic and fact.field.partition(".")[0] != facet.topic:
                    continue
                exam = _EXAM_NAMED.search(source) if "考证" in things else None
                # 考证谁掏钱 of 考初级评茶员证公司出钱: the certificate is named between 考 and 证.
                named_here = (*things, exam.group(0)) if exam is not None else things
                if not _speaks_of_money(fact.text) and not (
                    # 手套鞋子要自己买吗 of 要戴手套穿劳保鞋，厂里发: what is handed out costs nothing.
                    _HANDED_OUT.search(fact.text) and any(w in source for w in named_here)
                ):
                    continue
                if not any(w in source for w in named_here) and not (
                    # An FAQ's answer may name the thing its question does not (要交押金吗 → 工服押金
                    # 100元): in a clause that speaks of its money.
                    fact.field.startswith("faq")
                    and any(
                        any(w in c for w in named_here if not _speaks_of_money(w)) and _speaks_of_money(c)
                        for c in _CLAUSES.split(fact.text.lower())
                    )
                ):
                    continue
                span = _span_with(fact.text, (*named_here, *MONEY_MARKS)) or fact.text
                if not _speaks_of_money(span):
                    span = _thing_to_sum(fact.text, named_here) or fact.text  # 夫妻房单独一间，每月300
                # Under a short limit the clause that names the thing and speaks of money is the
                # answer (早晚餐自费), else the one that speaks of money.
                both = [
                    c for c in _CLAUSES.split(span) if any(w in c for w in named_here) and _speaks_of_money(c)
                ]
                short = both[0] if both and both[0] != span else None
                if not both:
                    short = _clause_with(span, MONEY_MARKS)
                    if sum(_speaks_of_money(c) for c in _CLAUSES.split(span)) > 1:
                        # 夫妻房单独一间，每月300；…；被褥20元一套: from the thing to its sum, not another.
                        short = _thing_to_sum(span, named_here) or short
                return Asked(f"{facet.key}:cost", (replace(fact, text=span, short=short),))
        room = job.dorm.room if job.dorm is not None else None
        if facet.key == "dorm.room" and room and room in text:
            # 6人间住宿多少钱 of a dorm of 6人间: the room asked is the only one, and its fee is the dorm's.
            dorm = intent_facts("dorm", job, self.index.employer_of(job))
            fees = [f for f in dorm if f.field == "dorm.fee"]
            if fees:
                return Asked("dorm.fee", (fees[0],))
        return Asked(f"{facet.key}:cost", (), missing=f"{facet.key}:费用", words=text)

    def _narrowed(self, asked: Asked, facet: Facet, intent: str, job: Job, text: str) -> Asked:
        """A facet asked with words of its own beside its cue (熟手一个月能拿多少): the topic's
        free text holding those words answers it, when one does; a time asked of (夜班几点下班)
        is told by the clause of the fact that names it (夜班19:00-次日6:00)."""
        narrowed = self._narrowed_facts(asked, facet, intent, job, text)
        times = [q for q in _SHIFT_TIMES if q in text]
        if not times or not narrowed.lead:
            return narrowed
        first = narrowed.lead[0]
        told = first.short or first.text
        if any(q in told for q in times):
            return narrowed  # the wording told already names the time (夜班每晚补贴15元)
        # 法定节假日加班几倍 of 平时1.5倍，周末2倍，法定3倍: the clause naming the time, not the first.
        clause = _clause_with(first.text, tuple(times))
        if clause is None or not any(q in clause for q in times):
            return narrowed
        return replace(narrowed, lead=(replace(first, short=clause), *narrowed.lead[1:]))

    def _narrowed_facts(self, asked: Asked, facet: Facet, intent: str, job: Job, text: str) -> Asked:
        """What `_narrowed` tells, before the clause naming a time asked of is chosen."""
        if asked.missing is not None and facet.topic != "pay":
            return asked
        if facet.key == "pay.total" and any(w in text for w in _ALL_IN):
            return asked  # 连加班啥的一共: the overtime is in the total asked, not a text to narrow to
        rest = text
        for cue in facet.cues:
            rest = rest.replace(cue, " ")
        if facet.topic in ("pay", "legitimacy") or facet.key in MONEY_FACETS:
            # 夫妻房收费吗: what it costs is the facet itself, not another text that says 收费.
            rest = MONEY_ASKED.sub(" ", rest)
        words = self.leftover(rest, intent, job, whole=False)
        words += [w for w in self._whole_words(rest, intent, job) if not any(w in v or v in w for v in words)]
        if not words:
            return asked
        if asked.missing is not None:
            # 宝妈班一小时多少 where no field gives an hour's pay: a text holding the words asked and
            # the facet's marks (可以，有宝妈班…，每小时18元) tells it; else it stays missing.
            found = self._by_leftover(job, intent, words, money=True, facet=facet)
            if found is None or not any(w in found.text for w in facet.words):
                return asked
            said = _marked_clause(found.text, found.short or found.text, facet)
            return Asked(asked.key, (replace(found, short=said if said != found.text else None),))
        later = [
            f
            for f in asked.rest
            if (f.field.endswith(".note") or f.field.startswith("faq"))
            and all(w in f.text.lower() for w in words)
            and any(q in w for w in words for q in _QUALIFIERS)
        ]
        if later and not any(all(w in f.text.lower() for w in words) for f in asked.lead):
            # The qualified fact (试用期也买) told rather than the general one (入职买五险).
            return replace(
                asked, lead=(later[0],), rest=tuple(f for f in (*asked.lead, *asked.rest) if f != later[0])
            )
        holding = [f for f in asked.lead if all(w in f.text.lower() for w in words)]
        if not holding:
            # 做熟了一个月能拿多少: a character naming something (熟) found in one of the facts only.
            named = {c for w in words for c in w if _CJK.match(c) and c not in _FUNCTION and c not in _PLAIN}
            holding = [f for f in asked.lead if named & set(f.text)]
            holding = holding if len(holding) < len(asked.lead) else []
        # 当店长一个月多少: a sum asked of pay is told by a text giving one (店长月薪8000以上), not by
        # the ranks that name the same words (店员-副店长-店长).
        summed = facet.topic == "pay" and (_AMOUNT_OR_SHARE.search(text) or _AMOUNT_ASKED.search(text))
        whole_month = summed and not _EXTRA_ASKED.search(text)
        if holding and whole_month and not any(_MONTH_SCALE.search(f.text) for f in holding):
            # 熟手能拿多少 of 熟手一件0.8元到3元: a month's pay asked, a piece's price is no answer;
            # the month's range is.
            return asked
        if holding:
            # The fact holding the words asked goes first (it stays when the others do not fit),
            # told by its clause that holds them (夜班19:00-次日6:00 of 白班…，夜班…，半月一倒).
            told = [_told_by_clause(f, tuple(words), facet) for f in holding]
            if _SPAN_ASKED.search(text):
                # 学多久能出师 of 学徒期2个月，出师后转美甲师: how long is asked; the clause giving a span.
                told = [_clause_giving(f, _SPAN_SAID) for f in told]
            elif facet.topic == "pay" and _AMOUNT_OR_SHARE.search(text):
                # 补胎一条提成多少 of 换胎补胎按条提成，货车每条20元: a sum is asked; the clause giving it.
                # A clause holding the words that gives a figure already says it (夜班每个班补30元
                # of 6到9月高温补贴每月300元，夜班每个班补30元).
                told = [
                    f if f.short and _ANY_FIGURE.search(f.short) else _clause_giving(f, _ANY_FIGURE)
                    for f in told
                ]
            return replace(asked, lead=(*told, *(f for f in asked.lead if f not in holding)))
        general = frozenset(self._vocab.get(intent, self._all_vocab))
        if all(_pair_held(w, asked.lead[0].text.lower(), general) for w in words):
            return asked  # 青岛北站天天接吗 of 青岛北站周一周三接站: the facet's fact holds the words too
        found = self._by_leftover(job, intent, words, money=bool(summed), facet=facet)
        if found is None or any(found.text == f.text for f in asked.lead):
            return asked
        if (
            found.field.partition(".")[0] not in (facet.topic, "faq")
            and not any(w in found.text for w in facet.words)
            and asked.lead[0].field.startswith(f"{facet.topic}.")
        ):
            return asked  # 一单做完了工资啥时候给 of 一单做完可以休息: the rest holds the words
        says = SAYS.get(facet.key) if facet.topic == "pay" else None
        if says is not None and says.search(found.text) is None and says.search(asked.lead[0].text):
            return asked  # 持叉车证有补贴吗 of 持证补贴每月200元: an FAQ naming 叉车证 pays nothing
        if (
            whole_month
            and asked.lead[0].field == "pay.range"
            and not _MONTH_SCALE.search(found.short or found.text)
        ):
            return asked  # 熟手能拿多少 of 新手保底5000，熟手计件: the clause asked of gives no month's sum
        if (
            facet.key == "location.address"
            and asked.lead[0].field in facet.fields
            and found.field not in facet.fields
            and not found.field.startswith("faq")
        ):
            return asked  # 仓库的地址在哪 is told the address, not a note on the warehouse's rooms
        if (
            facet.topic not in ("pay", "location")
            and not found.field.startswith("faq")
            and (facet.yesno or (facet.fields and asked.lead[0].field in facet.fields))
            and not any(w in found.text.lower() for w in (*facet.cues, *facet.words))
        ):
            # 板房住几个人, 板房有空调吗: the room (8人间) or the air conditioning answers it; 板房
            # is where the dorm is, not what is asked. (Pay's texts qualify a sum: 出师后5000; a
            # place named is the one asked of: 从虎门站怎么过去 of 东莞南站、虎门站每天上午10点统一接站.)
            return asked
        if found.text.lower() in text:
            return asked  # 两头班系几点到几点: a fact that only repeats the words asked tells nothing
        if found.short is not None:
            found = replace(found, short=_marked_clause(found.text, found.short, facet))
        return replace(asked, lead=(found,), rest=tuple(f for f in (*asked.lead, *asked.rest) if f != found))

    def _general(self, intent: str, facts: list[Fact]) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
        """A question about a topic in general: its first fact leads, the others may follow."""
        first = facts[0]
        if intent == "canteen" and first.field == "canteen.provided" and len(facts) > 1:
            # The same facts as 包吃吗 is told, so askers of either share one post.
            lead = (first, *_with_meals(facts)[:1])
            return lead, tuple(f for f in facts if f not in lead)
        if intent == "hours" and len(facts) > 1 and facts[1].field == "hours.daily":
            return (first, facts[1]), tuple(facts[2:])
        return (first,), tuple(facts[1:])

    def _facet(self, facet: Facet, intent: str, job: Job, facts: list[Fact], text: str) -> Asked:
        """The facts that state one facet, from its fields or the free text; missing when none."""
        absent = _not_provided(facet, job, facts)
        if absent is not None:
            # 有冇宵夜 of 不包吃 and an FAQ 夜班有夜宵吗 → 凌晨1点发一份夜宵: a text telling the facet
            # itself answers before the topic's being provided at all.
            own = None if facet.fields else self._by_words(job, facet.words, facet, text)
            if facet.key == "dorm.fee" and _RENT.search(text):
                # 房租多少 of 不包住 and a note 附近租房一个月500左右: the rent outside is asked.
                rent = self._by_words(job, _RENT_SAID, facet, text)
                if rent is not None and _FIGURE.search(rent.text):
                    return Asked(facet.key, (rent,), tuple(f for f in facts if f is not rent))
            if own is not None and own.field.startswith("faq") and own.field != "faq.stream":
                return Asked(facet.key, (own,), tuple(f for f in facts if f is not own))
            return Asked(facet.key, (absent,), tuple(f for f in facts if f is not absent))
        words = facet.words
        when = _WRITTEN_WHEN_ASKED.get(facet.key)
        if when is not None and when[0].search(text):
            words = (*words, *when[1])
        if facet.key == "requirements.licence":
            # 危险品证 is written 危险货物…资格证 too: a certificate is found under its other names.
            named = list(dict.fromkeys(o for n in _certificates(text) for o in (n, *_said_otherwise(n))))
            texts = [t for t, _ in self.free_texts(job)]
            if named and not any(n in t for n in named for t in texts):
                # 信号工没有证能干不: the job's title before the words asking is no certificate's name.
                # 保安证 of a 保安 job is still the certificate asked when the job's texts name no
                # certificate at all (带身份证, 无犯罪记录证明 are no licence): the catalogue lacks it.
                licensed = any("证" in t.replace("身份证", "").replace("证明", "") for t in texts)
                named = _certificates(self._unnamed(job, text)) or ([] if licensed else named)
                if licensed and _WHICH_CERTIFICATE.search(text):
                    # 要啥证 我就一个退伍证: which one is needed is asked; the one held is told.
                    named = []
            words = tuple(named) or words
            if _LACKING.search(text) and not _TRAINED.search(text):
                # 没证能去吗: a text telling the job takes those without it (无证可培训) answers;
                # without one, that the certificate is required does.
                taken = self._taken_without(job, tuple(named))
                if taken is None and named and not any(n in t for n in named for t in texts):
                    # 没有煤矿的证可以不 of 下井前安全培训7天，考煤矿安全培训合格证: no text requires
                    # it, and the one telling of its exam says the job gets one the certificate.
                    taken = self._exam(job, tuple(named))
                if taken is not None:
                    return Asked(facet.key, (taken,), _others(facts, (taken,)))
            if _TRAINED.search(text):
                # 没证公司带考吗 asks whether the company gets one the certificate: a text telling
                # of the exam answers it, never the certificate's being required.
                exam = self._exam(job, tuple(named))
                if exam is None:
                    return Asked(facet.key, (), missing=f"{facet.key}:考证", words=text)
                return Asked(facet.key, (exam,), _others(facts, (exam,)))
            if _LATER.search(text):
                # 叉车证能进去再考吗: a text telling of the exam answers (叉车证能现考吗 → 不能，
                # 入职前要自己有证); without one, that the certificate is required does.
                exam = self._exam(job, tuple(named))
                if exam is not None:
                    return Asked(facet.key, (exam,), _others(facts, (exam,)))
        if facet.key in NAMED:
            # 有鼻炎过敏能干不 asks of those conditions: a text naming another says nothing of them.
            named_here = sorted((w for w in facet.words if w in text), key=len, reverse=True)
            # 指甲油能涂不 names 指甲油 and the 指甲 inside it: a text naming the longer says it.
            written = next((w for w in named_here if self._written(job, (w,))), None)
            words = (written,) if written else tuple(named_here) or words
            if words == ("空调",):
                # 宿舍有空调吗 of a room the list gives a fan: what cools it is told (宿舍有风扇).
                words = ("空调", "风扇")
            elif words == ("暖气",):
                # 宿舍有暖气没 of a list giving 电暖器: the heating it has is told.
                words = ("暖气", "电暖", "供暖", "地暖", "取暖")
        if facet.key == "pay.allowance":
            # 上夜班有补贴吗 asks the night allowance: only a fact naming the night answers it.
            kinds = [k for k in ALLOWANCE_KINDS if k in text]
            kinds += [k for k in _KIND.findall(text) if k not in kinds and not set(k) & _FUNCTION]
            # 加油车津贴多少 of a 矿区加油车司机: a part of the job's name that no text of it writes
            # names the job, not a kind of allowance.
            kinds = [k for k in kinds if k not in job.title or self._written(job, (k,))]
            if not kinds:
                # 冷冻区有补贴么: the place named before the allowance asked is the kind, where a text
                # paying an allowance writes it (钻舱 is no word of 进舱作业另加舱室补贴; 领班有津贴吗 of
                # a 领班 job asks the job's allowance).
                paying = [t for t, f in self.free_texts(job) if SAYS[facet.key].search(f.text)]
                # 下雨天有补贴吗: a kind opened by a function character (下) is named by the rest (雨天).
                kinds = [
                    k
                    for k in (found.strip(_FUNCTION_CHARS) for found in _KIND_HAS.findall(text))
                    if len(k) >= 2 and not set(k) & _FUNCTION and any(k in t for t in paying)
                ]
            if any(h in text for h in _HOUSING):
                # 租房有补贴吗 asks what is paid to one who lives out, however the catalogue words it.
                kinds = [k for k in kinds if k not in _HOUSING] + list(_HOUSING_SAID)
            if "车补" in text:
                # 有车补吗 asks what is paid for getting about, however it is written (交通补贴, 出车补助).
                kinds += [k for k in _FARE_SAID if k not in kinds]
            if kinds:
                # 冷库补贴 or 夜班每晚补贴15元 may be written in any topic's text; the kind named is asked.
                words = tuple(kinds)
                facet = replace(facet, anywhere=True)
        if facet.key == "location.transport":
            modes = tuple(str(m) for found in _MODE_ASKED.finditer(text) for m in found.groups() if m)
            how = tuple(str(m) for m in _MODE_HOW.findall(text))
            if not modes and self._written(job, how):
                modes = how  # 坐地铁咋过去 of 地铁13号线井冈山路站下车: not 昌平线南邵站, which names no 地铁
            reached = tuple(str(m) for m in _MODE_REACHES.findall(text))
            if not modes and self._written(job, reached):
                words = reached  # 地铁能到吗: the text naming the metro, when one does; else the way there
            if modes:
                words = modes
                # 坐地铁咋过去: the ways written naming the metro; a note on another way (生活区到码头有班车)
                # is no answer beside them.
                naming = [
                    f for f in facts if f.field == "location.transport" and any(m in f.text for m in modes)
                ]
                facts = [
                    f
                    for f in facts
                    if f.field not in ("location.transport", "location.note")
                    or any(m in f.text for m in modes)
                    or (not naming and f.field == "location.note")
                ]
        if facet.key == "apply.fee":
            # What applying costs is the employer's fee: the same fact the legitimacy topic states.
            facts = [*facts, *legitimacy_facts(self.index.employer_of(job))]
        if facet.key in ("apply.fee", "legitimacy.agency_fee") and "押金" in text:
            # 要押金不: a deposit the job's texts name (餐箱押金200元，离职退还) is what is asked; the
            # agency's fee is another thing.
            held = [f for _, f in self.free_texts(job) if "押金" in f.text and f.field != "faq.stream"]
            if held:
                short = _span_with(held[0].text, ("押金",))
                deposit = replace(held[0], short=short if short != held[0].text else None)
                return Asked(facet.key, (deposit,), _others(facts, (deposit,)))
        if facet.key == "legitimacy.agency_fee":
            # 学徒收不收学费 of the job's FAQ 要交学费吗 → 不收学费: a fee named by its kind is told by
            # a text of the job naming that kind, before what the employer says of its own fee.
            kinds = [k for ks in _other_fees(text) for k in ks]
            naming = [
                f
                for t, f in self.free_texts(job)
                if kinds and f.field != "faq.stream" and any(k in t or k in f.text for k in kinds)
            ]
            # The job's own FAQ answering that very fee comes before a text that mentions it in passing.
            naming.sort(key=lambda f: f.field != "faq")
            if naming:
                return Asked(facet.key, (naming[0],), _others(facts, (naming[0],)))
        by_field = [f for name in facet.fields for f in facts if f.field == name]
        if facet.key == "location.address" and by_field and len(by_field[0].text) > _LONG_ADDRESS:
            start = _address_asked_from(by_field[0].text, text)
            if start:
                by_field[0] = replace(by_field[0], short=by_field[0].text[start:])
        if facet.key == "location.address" and not by_field:
            # No address: a district or a street asked is missing; a place asked in general is
            # told where the recruiter says the work is (门店在浦东、徐汇、闵行), else the city.
            if any(w in text for w in _PRECISE_PLACE):
                return Asked(facet.key, (), missing=facet.key, words=text)
            said = [f for f in facts if f.field in ("location.transport", "location.note")][:1]
            by_field = said or [f for f in facts if f.field == "location.city"][:1]
        by_text = None
        days = tuple(k for k in _DAY_KINDS if k in text) if facet.key == "pay.overtime" else ()
        days += tuple(o for k in days for o in _said_otherwise(k) if o not in days)  # 过年 written 春节
        if days and not any(k in f.text for f in by_field for k in days):
            # 节假日有加班费吗: the text naming the holidays (法定节假日三倍工资) before the usual rate.
            by_text = self._by_words(job, days, facet, text)
        if by_text is None and (facet.text_first or not by_field):
            by_text = self._by_words(job, words, facet, text)
            if by_text is None and facet.key in LESSER_MARKS:
                # 搬东西重吗 of 要搬饮料箱和米面 where no weight is written: what is carried tells it.
                by_text = self._by_words(job, LESSER_MARKS[facet.key], facet, text)
            if by_text is None and facet.key == "pay.overtime":
                # 周六加班咋算钱 of no overtime field and an hours note 旺季周六加班，加班按1.5倍算: a
                # rate of the pay written with the hours.
                by_text = self._by_words(job, ("倍",), replace(facet, anywhere=True), text)
                if by_text is not None and not _OVERTIME_RATE.search(by_text.short or by_text.text):
                    by_text = None  # 双十一件量翻倍 says how much work, not what an hour pays
            if (
                by_text is not None
                and facet.key == "pay.allowance"
                and any(
                    m.group(1) not in clause_of(facet, text)
                    for m in _OTHER_ALLOWANCE.finditer(by_text.short or by_text.text)
                )
            ):
                by_text = None  # 夜班补贴 asked of 夜班每天餐补15元: a meal allowance is no night allowance
            if by_text is not None and facet.key == "legitimacy.refund":
                # 押金退吗 is not told that the agency's fee is paid back: the fee named must be.
                fees = [kinds for kinds in _FEE_KINDS if any(k in text for k in kinds)]
                if fees and not any(k in by_text.text for kinds in fees for k in kinds):
                    by_text = None
            if by_text is not None and facet.key in FROM_MARK:
                # 扣掉车租大概到手6000到9000: told from its mark on (到手6000到9000), which fits a
                # short message and says what the clause does.
                clause = by_text.short or by_text.text
                at = min((clause.find(w) for w in facet.words if w in clause), default=-1)
                if at > 0:
                    by_text = replace(by_text, short=clause[at:])
            if by_text is not None and facet.key.startswith("dorm.") and by_text.field == "dorm.amenities":
                by_text = replace(by_text, text=f"宿舍有{by_text.text.removeprefix('宿舍有')}")
        lead: tuple[Fact, ...]
        if by_text is not None:
            lead = (by_text,)
        elif by_field:
            lead = tuple(by_field[:2]) if facet.key in TWO_FACTS else (by_field[0],)
            if facet.key == "insurance.both" and any(w in lead[0].text for w in ("一金", "公积金")):
                lead = lead[:1]
        elif facet.key == "location.transport" and (met := self._met_at(job, text)) is not None:
            # 我坐高铁到昆明南 怎么过去 with no way written but 昆明站、昆明南站可免费接站: the pickup at
            # the station the asker names is how they get there.
            lead = (met,)
        else:
            return Asked(facet.key, (), missing=facet.key, words=text)
        if facet.key == "duties.gear":
            # 戴口罩吗 of 店里发橡胶手套和围裙: the kind of gear named must be what the text gives
            # (口罩 of 防毒面具, 棉袄 of 棉大衣; 劳保全发 gives all).
            gear = [k for k in _GEAR_KINDS if any(w in text for w in k)]
            given = (*(w for k in gear for w in k), "劳保")
            if gear and not any(w in f.text for f in lead for w in given):
                return Asked(facet.key, (), missing=f"{facet.key}:{gear[0][0]}", words=text)
        if (
            facet.key == "legitimacy.agency_fee"
            and lead
            and "押金" not in text
            and all("押金" in f.text and not any(w in f.text for w in _FEE_SAID_AS) for f in lead)
        ):
            # 中介费收不收 is not told a deposit (提车交押金3000元): a fee asked is no deposit.
            return Asked(facet.key, (), missing=f"{facet.key}:中介费", words=text)
        if facet.key == "legitimacy.agency_fee":
            # 保洁要交押金吗 is not told that signing up is free: a deposit, a training fee, the
            # uniform named must be what the text speaks of (an agency's fee is this facet's own).
            fees = _other_fees(text)
            if fees and not any(k in f.text for f in lead for kinds in fees for k in kinds):
                # 本场报名不收中介费，不收押金 says so of the deposit named; a recruiter's 不收任何费用，
                # 谁找你要钱都别给 leaves none out (not the fee's own field: its 不收任何费用, written for
                # a fee of 0, speaks of the agency's fee alone)
                naming = [f for _, f in self.free_texts(job) if any(k in f.text for ks in fees for k in ks)]
                naming = naming or [f for _, f in self.free_texts(job) if _ANY_FEE.search(f.text)]
                if not naming:
                    return Asked(facet.key, (), missing=f"{facet.key}:{fees[0][0]}", words=text)
                lead = (naming[0],)
        if facet.key == "requirements.age":
            # 我16岁能进不: a condition the recruiter wrote for that age (16到18岁要户口本) is the answer.
            ages = re.findall(r"(\d+)\s*岁", text)
            said = [f for f in facts if f.field == "requirements.other" and "岁" in f.text]
            lead = (*[f for f in said if any(a in f.text for a in ages)][:1], *lead)
        if facet.key == "pay.total" and _MONTH_ASKED.search(text) and not _MONTH_SCALE.search(lead[0].text):
            # 一个月综合多少 of 21-23元/时 and a note 综合月收入约5500-6500元: the month's sum first.
            monthly = [
                f for f in facts if f not in lead[:1] and "月" in f.text and _MONTH_SCALE.search(f.text)
            ]
            if monthly:
                lead = (monthly[0],)
        if facet.key in WITH_MEALS and lead[0].field == facet.key:
            # 包吃 is meals given free: what they cost says so when it does (免费三餐, 公司承担).
            lead = (*lead, *_with_meals(facts)[:1])
        detail = _detail(facet, words, facts, lead)
        if detail is not None:
            says = facet.yesno and _SAYS_YES_NO.search(detail.text) is not None
            # 包吃吗 of 不包吃 and a note 厂里有食堂: a field saying no is never replaced by a
            # clause saying yes of something near it; both are told, the field first.
            refused = lead[0].field in facet.fields and lead[0].text.startswith(_NO_OPENINGS)
            if (says and not refused) or any(f.text in detail.text for f in lead):
                lead = (detail,)
            else:
                lead = (*lead, detail)
        return Asked(facet.key, lead, _others(facts, lead))

    def compose(self, asked: Asked, job: Job, max_chars: int) -> Composed:
        """The forms of an answer, longest first; under a short limit the asked facts only."""
        if asked.missing is not None or not asked.lead:
            return Composed((), asked.missing or asked.key)
        long_head, short_head = job_head(job)
        unheaded: tuple[str, ...] = ()
        rest = asked.rest if max_chars > MAX_CHARS_ONE_FACT else ()
        widened = _widened(asked.lead, asked.rest) if not rest else asked.lead
        if widened != asked.lead:
            # 夜班多不多 of a note 国际货班多在夜里，夜班多: under a limit of one fact, the whole note
            # the clause asked is of, when it fits, rather than the clause alone.
            forms = forms_of(long_head, short_head, widened, (), whole=True)
            if any(len(f) <= max_chars for f in forms):
                return Composed(_keeping_figures(forms, max_chars))
        # The asked facts in their whole wording when that fits at all, even with no room left
        # for a name: a shorter wording is for when nothing else fits.
        forms = forms_of(long_head, short_head, asked.lead, rest, whole=True)
        if not any(len(f) <= max_chars for f in forms):
            # 压半个月工资，离职结清 of a note on the hourly rate first: the clause asked with the
            # clauses after it that only tell more of it, when they fit, rather than the clause alone.
            told_on = tuple(_told_on(p) for p in asked.lead)
            if told_on != asked.lead:
                forms = forms_of(long_head, short_head, told_on, rest, whole=True)
        if not any(len(f) <= max_chars for f in forms):
            whole = " ".join(p.text for p in asked.lead)
            if len(whole) <= max_chars and all(_said_on(p) for p in asked.lead):
                # 前两个月各押半个月工资，第三个月一起发 of 押工资么: on screen, the asked facts whole
                # without the job's number rather than with it and cut short, which would leave out
                # what their later clauses add.
                unheaded = (whole,)
            forms = forms_of(long_head, short_head, asked.lead, rest)
        # When the asked facts do not fit together, the first alone, then the last (the
        # recruiter's detail) alone, then the first up to the end of a clause.
        for n, fallback in enumerate((asked.lead[:1], asked.lead[-1:])):
            if any(len(f) <= max_chars for f in forms):
                break
            cut = _cut_forms(short_head, asked.lead[0], max_chars) if n == 1 else ()
            if cut and _FIGURE_OR_RATE.search(cut[0]) and not _FIGURE_OR_RATE.search(asked.lead[-1].text):
                # 每单5.5到8元，雨天和高峰每单加1元 before 计件, 平时加班1.5倍 before 看加班多少: the
                # figure asked, up to a clause's end, rather than the last fact without one.
                forms = cut
                break
            if cut and _in_own_words(asked, cut[0]):
                # 本场所有岗位报名不收中介费 before the fee field's 不收任何费用, of 要中介费吗: the
                # recruiter's clause naming what is asked, rather than the field's stock phrase.
                forms = cut
                break
            forms = forms_of(long_head, short_head, fallback, ())
        first = asked.lead[0]
        if asked.echoed and first.short and not any(len(f) <= max_chars for f in forms):
            # 台风天停工，停工期间每天发生活费100元 of 台风天停工给钱不: the clause with the figure, which
            # the question did not already say.
            alone = replace(first, text=_CLAUSES.split(first.short)[-1], short=None)
            forms = _cut_forms(short_head, alone, max_chars) or _cut_forms("", alone, max_chars) or forms
        if (
            not any(len(f) <= max_chars for f in forms)
            and first.short
            and not first.text.startswith(first.short)
        ):
            # 培训费退不退 of 培训免费，签约后不满一年离开需退培训费1500元: the clause asked, without
            # the job's number if need be, rather than the first clause, which says something else.
            clause = replace(first, text=first.short, short=None)
            forms = _cut_forms(short_head, clause, max_chars) or _cut_forms("", clause, max_chars) or forms
        facet = BY_KEY.get(asked.key)
        if not any(len(f) <= max_chars for f in forms) and facet is not None and facet.topic == "pay":
            # 工资咋算 of 一人照顾4到6个病人，按床位提成，每床每天25元: the clauses of the pay holding the
            # facet's marks and a sum, rather than a first clause with no sum, which says something else.
            marked = _span_with(first.text, facet.words)
            if (
                marked
                and not first.text.startswith(marked)
                and _FIGURE_OR_RATE.search(marked)
                and not _FIGURE_OR_RATE.search(_CLAUSES.split(first.text)[0])
            ):
                clause = replace(first, text=marked, short=None)
                forms = (
                    _cut_forms(short_head, clause, max_chars) or _cut_forms("", clause, max_chars) or forms
                )
        if not any(len(f) <= max_chars for f in forms) and len(first.text) <= max_chars:
            # 退休年龄的可以不买社保，公司买意外险: the whole fact without the job's number (on screen,
            # and the asker is named) rather than its first clause, which leaves the rest unsaid.
            forms = (first.text,)
        if not any(len(f) <= max_chars for f in forms):
            forms = _cut_forms(short_head, asked.lead[0], max_chars) or forms
        if not any(len(f) <= max_chars for f in forms):
            # 东莞南站、虎门站每天上午10点统一接站 has no clause to end at: said without the job's
            # number (the job on screen) rather than not at all.
            forms = _cut_forms("", asked.lead[0], max_chars) or forms
        return Composed(
            _keeping_figures(forms, max_chars) if max_chars <= MAX_CHARS_ONE_FACT else forms,
            unheaded=unheaded,
        )
