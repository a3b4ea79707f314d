"""Job cards: the key facts of a job, split over as many posts as the platform's length needs."""

from __future__ import annotations

from bot.answer import facts as F
from catalog.index import CatalogIndex
from catalog.models import Job


def card_facts(index: CatalogIndex, job: Job) -> list[str]:
    """The card's phrases in reading order: who and what, pay, dorm, meals, hours, how to apply."""
    employer = index.employer_of(job)
    short = employer.aliases[0] if employer.aliases else employer.name
    parts = [f"【{job.number}号】{short} {job.title}", index.city_of(job)]
    rng = F.pay_range(job)
    if rng:
        parts.append(rng)
    parts.extend(key_facts(job))
    parts.append(apply_line(job))
    return parts


def key_facts(job: Job) -> list[str]:
    """The card's facts after the pay: dorm, meals, hours, openings."""
    parts = [f.text for f in F.dorm_facts(job)[:2]]
    parts.extend(f.text for f in F.canteen_facts(job)[:2])
    parts.extend(f.text for f in F.hours_facts(job)[:1])
    if job.headcount is not None:
        parts.append(f"招{job.headcount}人")
    return parts


def apply_line(job: Job) -> str:
    """How to apply for `job` in the chat: `报名发:报名3`."""
    return f"报名发:报名{job.number}"


def split_card(parts: list[str], max_chars: int) -> list[str]:
    """Pack phrases into messages of at most `max_chars`, in order; a phrase too long is left out
    (cutting it could cut a figure in half)."""
    messages: list[str] = []
    current = ""
    for part in parts:
        if len(part) > max_chars:
            continue
        candidate = f"{current} {part}" if current else part
        if len(candidate) <= max_chars:
            current = candidate
        else:
            messages.append(current)
            current = part
    if current:
        messages.append(current)
    return messages


def card_posts(index: CatalogIndex, job: Job, max_chars: int) -> list[str]:
    """The card of `job` as the texts of consecutive posts."""
    return split_card(card_facts(index, job), max_chars)
