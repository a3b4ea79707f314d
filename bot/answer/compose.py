"""Answers composed from catalogue facts only, in the fewest characters that still read naturally.

Each answer has several forms from long to short; the longest that fits the platform's message
length (mention included) is used. A question whose fact the catalogue lacks gets no text: the
caller hands it to the host.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import facts as F
from bot.answer.facts import Fact
from catalog.index import CatalogIndex
from catalog.models import Employer, Job

# What a question asks within an intent: the first facet whose words appear decides the field
# the answer must state. When that field is missing, the question goes to the host.
FACETS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pay": (
        ("pay.payday", ("发薪", "几号发", "发工资", "押工资", "押不押", "压工资", "日结", "月结", "周结")),
        ("pay.base", ("底薪", "保底", "基本工资")),
        ("pay.overtime", ("加班费", "加班工资", "几倍")),
    ),
    "dorm": (
        ("dorm.distance", ("远", "近", "距离", "离厂", "走路", "步行", "几分钟", "多久")),
        ("dorm.room", ("几人", "人间", "几个人", "几张床")),
        ("dorm.fee", ("住宿费", "收费", "免费", "要钱", "交钱", "多少钱", "水电")),
        ("dorm.amenities", ("空调", "热水", "卫生间", "独卫", "卫浴", "wifi", "洗衣")),
        ("dorm.couples", ("夫妻", "情侣", "两口子")),
        ("dorm.allowance", ("补贴", "外宿", "自己租")),
    ),
    "canteen": (
        ("canteen.subsidy", ("餐补", "饭补", "伙食补")),
        ("canteen.cost", ("多少钱", "收费", "免费", "要钱", "一餐", "一顿", "扣钱")),
        ("canteen.meals", ("几顿", "几餐", "夜宵")),
    ),
    "hours": (
        ("hours.rest", ("休息", "单休", "双休", "休几天", "放假", "月休", "做六休一")),
        ("hours.shift", ("倒班", "夜班", "白班", "两班", "三班", "轮班")),
        ("hours.daily", ("几个小时", "几小时", "多久", "几点")),
    ),
    "insurance": (("insurance.housing_fund", ("公积金", "一金")),),
    "location": (
        ("location.pickup", ("接站", "接人", "来接")),
        ("location.transport", ("班车", "地铁", "公交", "怎么去", "交通", "坐车")),
    ),
    "requirements": (
        ("requirements.age", ("年龄", "岁", "多大")),
        ("requirements.education", ("学历", "文化", "毕业", "初中", "高中", "中专", "大专")),
        ("requirements.gender", ("男", "女", "性别")),
        ("requirements.experience", ("经验", "新手", "没干过", "小白")),
    ),
    "prospects": (
        ("prospects.training", ("培训", "学技术", "带教", "师傅")),
        ("prospects.path", ("晋升", "升职", "发展", "转正", "涨薪", "前途")),
    ),
    "duties": (
        ("duties.posture", ("站", "坐")),
        ("duties.intensity", ("累", "辛苦", "轻松", "强度", "重不重", "搬")),
    ),
    "apply": (
        ("apply.interview", ("面试",)),
        ("apply.start", ("入职", "上班", "什么时候", "多久")),
    ),
}

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Composed:
    """The answer's body forms, long to short; or the missing field when there is none."""

    forms: tuple[str, ...]
    missing: str | None = None


def facet_of(intent: str, text: str) -> str | None:
    """The dotted field a question asks about within its intent, if its words say so."""
    lowered = text.lower()
    for field, words in FACETS.get(intent, ()):
        if any(w in lowered for w in words):
            return field
    return None


def _intent_facts(intent: str, job: Job, employer: Employer) -> list[Fact]:
    """All the facts the catalogue holds for one intent about one job."""
    match intent:
        case "pay":
            return F.pay_facts(job)
        case "dorm":
            return F.dorm_facts(job)
        case "canteen":
            return F.canteen_facts(job)
        case "hours":
            return F.hours_facts(job)
        case "duties":
            return F.duties_facts(job)
        case "insurance":
            return F.insurance_facts(job)
        case "prospects":
            return F.prospects_facts(job)
        case "location":
            return F.location_facts(job, employer)
        case "requirements":
            return F.requirements_facts(job)
        case "apply":
            return F.apply_facts(job)
        case "legitimacy":
            return F.legitimacy_facts(employer)
        case _:
            return []


def _order(facts: list[Fact], facets: Sequence[str]) -> tuple[list[Fact], str | None]:
    """Put the asked facets first, in the order given; report the first one the catalogue lacks."""
    asked: list[Fact] = []
    for facet in facets:
        found = [f for f in facts if (f.field == facet or f.field.startswith(facet + ".")) and f not in asked]
        if not found and not any(f.field == facet for f in asked):
            return [], facet
        asked.extend(found)
    return asked + [f for f in facts if f not in asked], None


def _forms(head_long: str, head_short: str, parts: Sequence[Fact]) -> tuple[str, ...]:
    """Every form from all facts with the long head down to the first fact, shortest wording,
    short head; longest first."""
    out: set[str] = set()
    for k in range(len(parts), 0, -1):
        for wording in ([p.text for p in parts[:k]], [p.short or p.text for p in parts[:k]]):
            body = " ".join(wording)
            for head in (head_long, head_short):
                out.add(f"{head}{body}" if head else body)
    return tuple(sorted(out, key=lambda t: (-len(t), t)))


def job_head(job: Job) -> tuple[str, str]:
    """`3号CNC操作工 ` (long) and `3号` (short)."""
    return f"{job.number}号{job.title} ", f"{job.number}号"


def compose(index: CatalogIndex, intent: str, job: Job, text: str) -> Composed:
    """The answer to one question about one job, in forms from long to short."""
    facet = facet_of(intent, text)
    return compose_facets(index, intent, job, [facet] if facet else [])


def compose_facets(index: CatalogIndex, intent: str, job: Job, facets: Sequence[str]) -> Composed:
    """The answer to one intent about one job, the asked facets first, in forms from long to short."""
    employer = index.employer_of(job)
    facts = _intent_facts(intent, job, employer)
    if intent == "legitimacy":
        facts = facts + [f for f in F.legitimacy_facts(employer) if f not in facts]
        if not facts:
            return Composed((), "employer.direct_hire")
        head = f"{job.number}号{employer.aliases[0] if employer.aliases else employer.name} "
        return Composed(_forms(head, f"{job.number}号", facts))
    ordered, missing = _order(facts, facets)
    if missing is not None:
        return Composed((), missing)
    if not ordered:
        return Composed((), intent)
    long_head, short_head = job_head(job)
    return Composed(_forms(long_head, short_head, ordered))


def compose_employer(employer: Employer, intent: str) -> Composed:
    """An employer-wide answer (legitimacy, location) when the comment names no single job."""
    name = employer.aliases[0] if employer.aliases else employer.name
    if intent == "legitimacy":
        facts = F.legitimacy_facts(employer)
    elif intent == "location" and employer.address:
        facts = [Fact("employer.address", employer.address)]
    else:
        return Composed((), intent)
    if not facts:
        return Composed((), "employer.direct_hire" if intent == "legitimacy" else "employer.address")
    return Composed(_forms(f"{name} ", "", facts))


def compose_search(index: CatalogIndex, found: Sequence[str], city: str | None) -> Composed:
    """A `jobs` search answer: `苏州有:3号CNC 4号仓管`, long titles first then numbers only."""
    jobs = [index.by_id[j] for j in found if j in index.by_id]
    if not jobs:
        return Composed((), "jobs")
    head = f"{city}有:" if city else "有:"
    titled = [f"{j.number}号{j.title}" for j in jobs]
    numbered = [f"{j.number}号" for j in jobs]
    forms: list[str] = []
    for k in range(len(jobs), 0, -1):
        forms.append(head + " ".join(titled[:k]))
        forms.append(head + " ".join(numbered[:k]))
    return Composed(tuple(dict.fromkeys(forms)))


def mention(names: Sequence[str], budget: int) -> str:
    """`@小王 @阿强 `, or `@小王等12人 `, shortened to fit `budget` characters; '' if nothing fits."""
    clean = [_SPACE.sub("", n).replace("@", "") or "观众" for n in names]
    if not clean:
        return ""
    full = "".join(f"@{n} " for n in clean)
    if len(full) <= budget:
        return full
    for width in (8, 6, 4, 3, 2, 1):
        first = clean[0][:width]
        text = f"@{first}等{len(clean)}人 " if len(clean) > 1 else f"@{first} "
        if len(text) <= budget:
            return text
    return ""


def fit(names: Sequence[str], forms: Sequence[str], max_chars: int) -> str | None:
    """The longest form that still leaves room to name the askers; else the longest that fits."""
    fitting = [f for f in forms if len(f) <= max_chars]
    if not fitting:
        return None
    for form in fitting:
        named = mention(names, max_chars - len(form))
        if named or not names:
            return named + form
    return fitting[0]
