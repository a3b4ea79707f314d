"""The post that confirms an application: what really happens next, from the job's `apply` facts.

The catalogue's `apply.how` says how to apply and often what follows (直播间发 报名41，带电工证面试;
请私信留电话; 主播稍后联系; 到厂面试), `apply.interview` how the interview goes. The
confirmation repeats what the catalogue says after the command itself, and nothing else: with
no such fact it only says the application is recorded, never a promise (a phone call, a reply
by a certain time) the catalogue does not make.
"""

from __future__ import annotations

import re

from catalog.models import Job

_COMMAND = re.compile(
    r"^\s*(?:在?直播间|弹幕|评论区?|公屏)?\s*(?:发送?|打|扣|输入|回复)?\s*[:：]?\s*报名\s*[0-9]+\s*(?:号)?"
)
"""The application command as a catalogue writes it (直播间发 报名3, 公屏发 报名3): the viewer did it."""

_LEAD = " \t，,、;；。:："
"""Separators left in front of what follows the command."""

RECORDED = "已登记"
"""The words used when the catalogue says nothing about what follows."""


def next_step(job: Job) -> str | None:
    """What the catalogue says happens after applying, in its own words (None when it does not say).

    From `apply.how`, the part after the command (an alternative way to apply, 或…, is left out);
    then `apply.interview`.
    """
    if job.apply is None:
        return None
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
    return " ".join(said) or None


def confirmation_forms(job: Job) -> tuple[str, ...]:
    """The confirmation's texts, longest first (the poster takes the longest that fits)."""
    head = f"已报名{job.number}号{job.title}"
    step = next_step(job)
    if step is None:
        return (f"{head} {RECORDED}", head, f"已报名{job.number}号")
    return (f"{head} {step}", f"已报名{job.number}号 {step}", head, f"已报名{job.number}号")
