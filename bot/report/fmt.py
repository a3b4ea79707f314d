"""How the report writes times, durations, shares and names, in Chinese for the host and employers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.answer.facets import describe
from bot.labels import INTENT_LABELS
from bot.report.model import StreamFigures

REPORT_TZ = timezone(timedelta(hours=8), "UTC+08:00")
"""Times in the report are Beijing time (the streams' audience is in China)."""

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
    "note": "备注",
    "other": "其他要求",
    "headcount": "招聘人数",
    "city": "城市",
    "industry": "行业",
    "title": "岗位名称",
    "faq": "常见问答",
}
"""Catalogue fields (the last part of a dotted name) as the report explains them."""


def fact(name: str) -> str:
    """A catalogue field in Chinese, its key after it: 住宿·夫妻房（dorm.couples）; a facet the
    catalogue has no fact for: 伙食·清真（canteen.halal）; the words a viewer asked where no facet
    names them: 伙食·问的是“小炒”（canteen:小炒）; a whole section the catalogue leaves out:
    吃饭伙食·整项未填（canteen）."""
    head, sep, words = name.partition(":")
    if sep and "." not in head:
        return f"{INTENT_LABELS.get(head, head)}·问的是“{words}”（{name}）"
    head, _, tail = name.rpartition(".")
    if not head and tail in INTENT_LABELS:
        return f"{INTENT_LABELS[tail]}·整项未填（{name}）"
    meaning = describe(name) or FACT_LABELS.get(tail)
    if meaning is None:
        return f"目录字段（{name}）"
    section = INTENT_LABELS.get(head, "")
    return f"{section}·{meaning}（{name}）" if section else f"{meaning}（{name}）"


PLATFORM_LABELS: dict[str, str] = {
    "bilibili": "B站",
    "douyin": "抖音",
    "douyin-grab": "抖音",
    "douyin-push": "抖音",
    "kuaishou": "快手",
    "ws": "daigang-ws 直播间",
    "relay": "转发",
    "wechat": "视频号",
    "wxlivespy": "视频号",
    "generic": "通用直播间",
    "overlay": "画面叠加",
}
"""Platforms and posting profiles as a host names them."""


def platform(name: str) -> str:
    """A platform's name for a host: B站 (bilibili)."""
    known = PLATFORM_LABELS.get(name)
    return f"{known}（{name}）" if known and known != name else name


def stream_line(s: StreamFigures) -> str:
    """The report's header line: session, host, platform and date, each saying where it came from."""
    parts = [f"场次 {s.session}"]
    if s.host:
        parts.append(f"主播 {s.host}")
    if s.platform_from == "catalog":
        parts.append(f"平台 {platform(s.platform)}")
    else:
        parts.append(f"平台未在目录中填写（按{platform(s.profile)}规则发言）")
    when = f"{clock(s.start)} 至 {clock(s.end)}（北京时间）"
    if s.date_from == "catalog":
        parts.append(f"日期 {s.date}（岗位目录）· 录像时间 {stamp(s.start)[:10]} {when}")
    else:
        parts.append(f"日期 {s.date}（按录像时间，目录未写日期）{when}")
    if not s.ended:
        parts.append("未收到结束信号")
    return " · ".join(parts)


def poll_end(closed: float | None, closed_by: str | None) -> str:
    """When and how a poll ended: 09:40:12（主播结束）, 09:40:12（直播结束）, 未结束."""
    if closed is None:
        return "未结束"
    how = {"host": "主播结束", "end": "直播结束"}.get(closed_by or "", "")
    return f"{clock(closed)}（{how}）" if how else clock(closed)
