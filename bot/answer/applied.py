"""The post that confirms an application: what really happens next, from the job's `apply` facts.

The catalogue's `apply.how` says how to apply and often what follows (直播间发 报名41，带电工证面试;
请私信留电话; 主播稍后联系; 到厂面试), `apply.interview` how the interview goes. The
confirmation repeats what the catalogue says after the command itself, and nothing else: with
no such fact it only says the application is recorded, never a promise (a phone call, a reply
by a certain time) the catalogue does not make.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.kept.regexes import compiled
from catalog.models import Job

_COMMAND = compiled(
    r"^\s*(?:在?直播间|弹幕|评论区?|公屏)?\s*(?:发送?|打|扣|输入|回复)?\s*[:：]?\s*报名\s*[0-9]+\s*(?:号)?"
)
"""The application command as a catalogue writes it (直播间发 报名3, 公屏发 报名3): the viewer did it."""

_LEAD = " \t，,、;；。:："
"""Separators left in front of what follows the command."""

_FIRST_CLAUSE = compiled(r"[，,；;。]")
"""What ends a clause of the recruiter's text."""

RECORDED = "已登记"
"""The words used when the catalogue says nothing about what follows."""


def next_step(job: Job) -> str | None:
    """What the catalogue says happens after applying, in its own words (None when it does not say).

    From `apply.how`, the part after the command (an alternative way to apply, 或…, is left out);
    then `apply.interview`.
    """
    return " ".join(next_steps(job)) or None


def next_steps(job: Job) -> list[str]:
    """The parts of what follows an application: what `apply.how` says after the command, then
    the interview."""
    if job.apply is None:
        return []
    said: list[str] = []
    how = (job.apply.how or "").strip()
    if how:
        command = _COMMAND.match(how)
        rest = how[command.end() :].strip(_LEAD) if command else how
        if rest and not rest.startswith("或"):
            said.append(rest)
    interview = (job.apply.interview or "").strip()
    if interview:
        said.append(interview if "面" in interview else f"面试：{interview}")
    return said


def confirmation_forms(
    job: Job, max_chars: int | None = None, allowed: Callable[[str], bool] | None = None
) -> tuple[str, ...]:
    """The confirmation's texts, longest first (the poster takes the longest that fits): what
    follows whole, then the interview alone, then the rest alone (each cut to its first clause
    when none fits `max_chars` whole); then the bare forms. `allowed`: which texts may be posted
    (a step holding a blocked word is left out)."""
    head = f"已报名{job.number}号{job.title}"
    steps = next_steps(job)
    if not steps:
        return (f"{head} {RECORDED}", *bare_confirmations(job))
    short = f"已报名{job.number}号"
    whole = " ".join(steps)
    parts = [f"{short} {part}" for part in reversed(steps)] if len(steps) > 1 else []
    fits = [f for f in (f"{short} {whole}", *parts) if allowed is None or allowed(f)]
    if max_chars is None or not any(len(f) <= max_chars for f in fits):
        # 每天上午9点厂门口面试，带身份证原件: its first clause alone fits where the whole does not.
        parts += [
            f"{short} {_FIRST_CLAUSE.split(part)[0]}"
            for part in reversed(steps)
            if _FIRST_CLAUSE.search(part)
        ]
    forms = dict.fromkeys((f"{head} {whole}", f"{short} {whole}", *parts, *bare_confirmations(job)))
    return tuple(f for f in forms if allowed is None or allowed(f))


def bare_confirmations(job: Job) -> tuple[str, str]:
    """The confirmations that only say the application is recorded: `已报名3号快递分拣员`, `已报名3号`."""
    return f"已报名{job.number}号{job.title}", f"已报名{job.number}号"
