"""Answers composed from catalogue facts only, in the fewest characters that still read naturally.

Each answer has several forms from long to short; the longest that fits the platform's message
length (mention included) is used. A question whose fact the catalogue lacks gets no text: the
caller hands it to the host.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import facts as F
from bot.answer.facets import facet_in
from bot.answer.facts import Fact
from bot.kept.regexes import compiled
from catalog.index import CatalogIndex
from catalog.models import Employer, FaqItem, Job

_SPACE = compiled(r"\s+")
_CLAUSE_MARK = compiled(r"[，,；;。]")


@dataclass(frozen=True, slots=True)
class Composed:
    """The answer's body forms, long to short; or the missing field when there is none."""

    forms: tuple[str, ...]
    missing: str | None = None
    unheaded: tuple[str, ...] = ()
    """Forms telling the asked facts whole without the job's number, where `forms` cut them short:
    for when the job is the one on screen, whose number the viewers see."""


def intent_facts(intent: str, job: Job, employer: Employer) -> list[Fact]:
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


def forms_of(
    head_long: str,
    head_short: str,
    lead: Sequence[Fact],
    rest: Sequence[Fact] = (),
    whole: bool = False,
) -> tuple[str, ...]:
    """Every form of an answer, longest first: the asked facts (`lead`) always, then as many of the
    other facts of the topic as fit; each with the long or short head and wording (`whole`: an
    asked fact of several clauses only whole, never cut to one of them)."""
    out: set[str] = set()
    # A fact of the topic that is an asked fact in other words (its field and text) is told once.
    told = {(p.field, p.text) for p in lead}
    rest = [f for f in rest if (f.field, f.text) not in told]
    for k in range(len(rest), -1, -1):
        parts = [*lead, *rest[:k]]
        wordings = [
            [p.text for p in parts],
            [
                p.text if whole and p in lead and _CLAUSE_MARK.search(p.text) else p.short or p.text
                for p in parts
            ],
        ]
        for wording in wordings:
            body = " ".join(wording)
            for head in (head_long, head_short):
                out.add(f"{head}{body}" if head else body)
    return tuple(sorted(out, key=lambda t: (-len(t), t)))


def job_head(job: Job) -> tuple[str, str]:
    """`3号CNC操作工 ` (long) and `3号` (short)."""
    return f"{job.number}号{job.title} ", f"{job.number}号"


_EMPLOYER_FACETS = {
    "legitimacy.direct_hire": "employer.direct_hire",
    "legitimacy.agency_fee": "employer.agency_fee",
}
"""Facets of legitimacy an employer's own fields state."""


_FIRST_CLAUSE = compiled(r"[，,；;。]")
"""Where an FAQ's answer ends its first clause (2012年成立，在沈阳有3家养老院 → 2012年成立)."""


def _faq_telling(
    items: Sequence[FaqItem], words: tuple[str, ...], field: str, answers_too: bool
) -> list[Fact]:
    """The first FAQ entry whose question (or, `answers_too`, whose answer) holds one of `words`, as
    a fact cut short at its first clause; none when no entry does."""
    return [
        Fact(field, item.a, _FIRST_CLAUSE.split(item.a, 1)[0] or None)
        for item in items
        if any(w in item.q or (answers_too and w in item.a) for w in words)
    ][:1]


def compose_employer(
    employer: Employer, intent: str, text: str = "", shared: Sequence[FaqItem] = ()
) -> Composed:
    """An employer-wide answer (legitimacy, location) when the comment names no single job; a facet
    asked (捷隆是直招不) is told by its own field, else by the stream's FAQ (`shared`) on it (本场
    所有岗位报名不收中介费), and is missing when neither says it."""
    name = employer.aliases[0] if employer.aliases else employer.name
    if intent == "legitimacy":
        facts = F.legitimacy_facts(employer)
        facet = facet_in(intent, text.lower()) if text else None
        if facet is not None and facet.key in _EMPLOYER_FACETS:
            field = _EMPLOYER_FACETS[facet.key]
            # The stream's FAQ asks in a viewer's words: its question holds a cue (报名要钱吗 of the fee),
            # not only a mark (费 of 路费报销吗).
            facts = [f for f in facts if f.field == field] or _faq_telling(
                shared, facet.cues, "faq.stream", answers_too=False
            )
            if not facts:
                return Composed((), field)
        elif facet is not None:
            # 仁和开了多少年 asks what no field of the employer holds: an FAQ of its saying it (公司成立
            # 多久了 → 2012年成立) answers; whether it hires directly does not.
            facts = _faq_telling(employer.faq, facet.words, "faq", answers_too=True)
            if not facts:
                return Composed((), facet.key)
    elif intent == "location" and employer.address:
        facts = [Fact("employer.address", employer.address)]
    else:
        return Composed((), intent)
    if not facts:
        return Composed((), "employer.direct_hire" if intent == "legitimacy" else "employer.address")
    return Composed(forms_of(f"{name} ", "", facts[:1], facts[1:]))


def compose_search(
    index: CatalogIndex, found: Sequence[str], city: str | None, max_chars: int | None = None
) -> Composed:
    """A `jobs` search answer: `苏州有:3号CNC 4号仓管`, long titles first then numbers only. When
    every job found fits with its title (`西安有:14号机场行李装卸员`), that is the only form offered:
    what the work is tells the asker more than their name in front of bare numbers or fewer jobs."""
    jobs = [index.by_id[j] for j in found if j in index.by_id]
    if not jobs:
        return Composed((), "jobs")
    head = f"{city}有:" if city else "有:"
    titled = [f"{j.number}号{j.title}" for j in jobs]
    numbered = [f"{j.number}号" for j in jobs]
    whole = head + " ".join(titled)
    if max_chars is not None and len(whole) <= max_chars:
        return Composed((whole,))
    forms: list[str] = []
    for k in range(len(jobs), 0, -1):
        forms.append(head + " ".join(titled[:k]))
        forms.append(head + " ".join(numbered[:k]))
    return Composed(tuple(dict.fromkeys(forms)))


def mention(names: Sequence[str], budget: int) -> str:
    """`@小王 @阿强 `, else `@小王等12人 `, else `@小王 `, else '': a name is shown whole or not at all."""
    clean = [_SPACE.sub("", n).replace("@", "") or "观众" for n in names]
    if not clean:
        return ""
    full = "".join(f"@{n} " for n in clean)
    if len(full) <= budget:
        return full
    if len(clean) > 1:
        first = f"@{clean[0]}等{len(clean)}人 "
        if len(first) <= budget:
            return first
    if len(clean) == 1 and len(clean[0]) + 2 <= budget:
        return f"@{clean[0]} "
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
