"""How the report writes times, durations, shares and names, in Chinese for the host and employers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.answer.facets import describe

REPORT_TZ = timezone(timedelta(hours=8), "UTC+08:00")
"""Times in the report are Beijing time (the streams' audience is in China)."""

INTENT_LABELS: dict[str, str] = {
    "pay": "工资待遇",
    "dorm": "住宿",
    "canteen": "伙食",
    "prospects": "发展前景",
    "hours": "工作时间",
    "duties": "工作内容",
    "insurance": "社保公积金",
    "location": "地点交通",
    "requirements": "招聘要求",
    "apply": "报名面试",
    "jobs": "找岗位",
    "legitimacy": "正规性",
    "other": "其他问题",
}
"""Intent names as the report shows them."""

REASON_LABELS: dict[str, str] = {
    "missing": "资料缺失",
    "other": "非招聘问题",
    "stale": "未及时回答",
    "unknown": "目录外企业",
    "unhandled": "未处理",
}
"""Why a question went unanswered."""

KIND_LABELS: dict[str, str] = {
    "answer": "回答",
    "card": "岗位卡片",
    "apply": "报名确认",
    "poll": "满意度投票",
    "host": "主播回复",
    "other": "其他",
}
"""Kinds of post."""

ACK_LABELS: dict[str, str] = {
    "too_fast": "发送过快",
    "too_long": "消息过长",
    "repeat": "重复消息",
    "muted": "被禁言",
    "unknown": "原因不明",
}
"""Why the platform rejected a post."""

REFUSAL_LABELS: dict[str, str] = {"under_age": "未满16周岁", "full": "岗位已招满", "unknown_job": "无此岗位"}
"""Why an application was not recorded."""

ANSWERED_BY_LABELS: dict[str, str] = {"bot": "机器人", "card": "岗位卡片", "host": "主播"}
"""Who answered a question."""


def label(table: dict[str, str], key: str) -> str:
    """A key's label, or the key itself when the table lacks it."""
    return table.get(key, key)


def clock(ts: float | None) -> str:
    """A time of day in Beijing time (HH:MM:SS), or — for none."""
    if ts is None:
        return "—"
    return datetime.fromtimestamp(ts, REPORT_TZ).strftime("%H:%M:%S")


def stamp(ts: float | None) -> str:
    """A date and time in Beijing time, or — for none."""
    if ts is None:
        return "—"
    return datetime.fromtimestamp(ts, REPORT_TZ).strftime("%Y-%m-%d %H:%M:%S")


def iso(ts: float) -> str:
    """An ISO 8601 time with its UTC offset (for spreadsheets)."""
    return datetime.fromtimestamp(ts, REPORT_TZ).isoformat(timespec="seconds")


def duration(seconds: float | None) -> str:
    """A length of time: 1小时02分05秒, 12分30秒, 8.5秒, or — for none."""
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:g}秒"
    whole = round(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}小时{m:02d}分{s:02d}秒" if h else f"{m}分{s:02d}秒"


def share(x: float | None) -> str:
    """A share as a percentage with one decimal, or — for none."""
    return "—" if x is None else f"{x * 100:.1f}%"


def num(x: float | None) -> str:
    """A number without trailing zeros, or — for none."""
    return "—" if x is None else f"{x:g}"


def job_label(number: int | None, job: str | None, title: str | None = None) -> str:
    """How a job is named: 3号 普工 (or its id when the catalogue lacks it; 未指明 for none)."""
    if job is None:
        return "未指明岗位"
    head = f"{number}号" if number is not None else job
    return f"{head} {title}" if title and title != job else head


def minute(m: int | None) -> str:
    """A minute of the stream counted from its start: 第12分钟."""
    return "—" if m is None else f"第{m}分钟"


FACT_LABELS: dict[str, str] = {
    "min": "下限",
    "max": "上限",
    "base": "底薪",
    "overtime": "加班费",
    "payday": "发薪日",
    "shift": "班次",
    "daily": "每天工时",
    "rest": "休息",
    "content": "工作内容",
    "intensity": "劳动强度",
    "posture": "站班/坐班",
    "provided": "是否提供",
    "distance": "距离",
    "distance_m": "距离",
    "room": "几人间",
    "fee": "费用",
    "amenities": "设施",
    "couples": "夫妻房",
    "allowance": "补贴",
    "meals": "几顿饭",
    "cost": "餐费",
    "subsidy": "餐补",
    "social": "社保",
    "housing_fund": "公积金",
    "path": "晋升",
    "training": "培训",
    "age_min": "最小年龄",
    "age_max": "最大年龄",
    "education": "学历",
    "gender": "性别",
    "experience": "经验",
    "address": "地址",
    "transport": "交通",
    "pickup": "接站",
    "how": "报名方式",
    "interview": "面试",
    "start": "入职时间",
    "agency_fee": "中介费",
    "direct_hire": "是否直招",
}
"""Catalogue fields (the last part of a dotted name) as the report explains them."""


def fact(name: str) -> str:
    """A missing fact with its meaning: dorm.couples（住宿·夫妻房）, canteen.halal（伙食·清真）, or
    the words a viewer asked where no facet names them: canteen:小炒（伙食·问的是“小炒”）."""
    head, sep, words = name.partition(":")
    if sep and "." not in head:
        return f"{name}（{INTENT_LABELS.get(head, head)}·问的是“{words}”）"
    head, _, tail = name.rpartition(".")
    meaning = describe(name) or FACT_LABELS.get(tail)
    if meaning is None:
        return name
    section = INTENT_LABELS.get(head, "")
    return f"{name}（{section}·{meaning}）" if section else f"{name}（{meaning}）"
