"""The Jinja2 environments of the report: HTML autoescaped, Markdown with every value escaped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot import labels
from bot.report import fmt
from bot.report.model import Figures

COUNTER_LABELS: dict[str, str] = {
    "spam": "刷屏/垃圾弹幕",
    "shed": "高峰时略过的闲聊",
    "chatter_shed": "高峰时略过的闲聊",
    "unknown_frame": "无法识别的消息",
    "malformed": "格式错误的消息",
    "malformed_frame": "格式错误的消息",
    "duplicate_application": "重复报名（同一观众同一岗位，只记一次）",
    "duplicate_comment": "重复弹幕（重连后重发，只处理一次）",
    "duplicate_frame": "重复消息（重连后重发）",
    "post_blocked": "含屏蔽词、未发出的发言",
    "post_failed": "发送失败的发言",
    "unknown_feature": "切换到目录外的岗位",
}
"""Names of the room's counters as the report shows them."""

_MD_SPECIAL = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "|": "\\|",
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "#": "\\#",
        "~": "\\~",
        "!": "\\!",
        "\n": " ",
        "\r": " ",
    }
)


def counter_label(key: str) -> str:
    """A counter's Chinese name (an unnamed one as 其他计数 with its key)."""
    return COUNTER_LABELS.get(key, f"其他计数（{key}）")


def md_escape(text: str) -> str:
    """Text shown as itself in Markdown: no markup, no HTML, no table breaks, one line."""
    return text.translate(_MD_SPECIAL)


def _finalize_md(value: Any) -> str:
    """Every value printed into report.md: none as —, strings escaped."""
    if value is None:
        return "—"
    return md_escape(str(value))


def _finalize_html(value: Any) -> Any:
    """Every value printed into report.html: none as — (autoescaping does the rest)."""
    return "—" if value is None else value


def _job_namer(f: Figures | None) -> Callable[[str | None], str]:
    """A filter naming a job by its number and title as this report's figures know it."""
    jobs = {j.job: j for j in f.jobs} if f else {}

    def name(job: str | None) -> str:
        """3号 普工 for a job id."""
        j = jobs.get(job or "")
        return fmt.job_label(j.number, j.job, j.title) if j else fmt.job_label(None, job)

    return name


def _labelled(row: Any) -> str:
    """A job row or application row named by its number and title (3号 普工)."""
    return fmt.job_label(row.number, row.job, row.title)


def environment(kind: str, f: Figures | None = None) -> Environment:
    """The environment for the HTML (`kind` "html") or Markdown ("md") templates; `f` names jobs."""
    if kind == "html":
        env = Environment(
            loader=PackageLoader("bot.report", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            finalize=_finalize_html,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )
    else:
        env = Environment(
            loader=PackageLoader("bot.report", "templates"),
            autoescape=False,
            finalize=_finalize_md,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )
    env.globals["poll_end"] = fmt.poll_end
    env.filters.update(
        clock=fmt.clock,
        stamp=fmt.stamp,
        streamline=fmt.stream_line,
        platform=fmt.platform,
        duration=fmt.duration,
        share=fmt.share,
        num=fmt.num,
        minute=fmt.minute,
        fact=fmt.fact,
        jobname=_job_namer(f),
        intent=labels.intent_label,
        reason=labels.reason_label,
        kind=lambda k: fmt.label(fmt.KIND_LABELS, k),
        ack=lambda k: fmt.label(fmt.ACK_LABELS, k),
        refusal=lambda k: fmt.label(fmt.REFUSAL_LABELS, k),
        counter=counter_label,
        rangejob=_labelled,
        appjob=_labelled,
    )
    return env
