"""Chinese names a host reads, shared by the console and the report so both say the same thing.

One table per kind of key: the intents of the contract (and `other`), and the categories of
questions the bot could not answer and handed to the host.
"""

from __future__ import annotations

INTENT_LABELS: dict[str, str] = {
    "pay": "工资待遇",
    "dorm": "住宿",
    "canteen": "吃饭伙食",
    "prospects": "发展前景",
    "hours": "上班时间",
    "duties": "工作内容",
    "insurance": "五险一金",
    "location": "地点交通",
    "requirements": "招聘要求",
    "apply": "报名面试",
    "jobs": "找岗位",
    "legitimacy": "正规性",
    "other": "其他问题",
}
"""The intents (SPEC's names) as the host reads them."""

HOST_REASONS: tuple[str, ...] = ("missing", "which_job", "unknown", "misread", "other", "stale", "blocked")
"""Why a question waits for the host, in the order the console and the report list them."""

REASON_LABELS: dict[str, str] = {
    "missing": "目录里没写",
    "which_job": "没说清哪个岗位",
    "unknown": "目录外企业",
    "misread": "含招聘词但没读懂",
    "other": "未归类（多为闲聊）",
    "stale": "来不及回答",
    "blocked": "回答含禁发词",
    "unhandled": "未处理",
}
"""Each reason in a few words.

- missing: the job is clear but the catalogue lacks the fact asked for;
- which_job: the question names an employer with several jobs, a title several employers
  share, a city, or nothing, and no job is on screen to fall back on;
- unknown: the question names a company that is not in the catalogue;
- misread: no intent fitted although the line holds a job, employer, city or topic word;
- other: a question outside recruiting (主播哪里人);
- stale: the answer could not go out in time;
- blocked: every wording of the answer holds a word the bot never posts (加微信 of a recruiter's
  text), so the host says it;
- unhandled: recorded as a question but never queued (an old recording).
"""

REASON_HINTS: dict[str, str] = {
    "missing": "补充到岗位目录",
    "which_job": "问观众指的是几号岗位",
    "unknown": "告诉观众这家不在本场",
    "misread": "主播看一眼原话",
    "other": "主播酌情回应",
    "stale": "主播补一句",
    "blocked": "主播口头回答",
    "unhandled": "主播看一眼原话",
}
"""What the host can do about each reason."""


def intent_label(intent: str) -> str:
    """An intent's Chinese name (the key itself when unknown)."""
    return INTENT_LABELS.get(intent, intent)


def reason_label(reason: str) -> str:
    """A reason's Chinese name (the key itself when unknown)."""
    return REASON_LABELS.get(reason, reason)
