"""The Jinja2 environments of the report: HTML autoescaped, Markdown with every value escaped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.report import fmt
from bot.report.model import Figures

COUNTER_LABELS: dict[str, str] = {
    "spam": "刷屏/垃圾弹幕",
    "shed": "高峰时略过的闲聊",
    "chatter_shed": "高峰时略过的闲聊",
    "unknown_frame": "无法识别的消息",
    "malformed": "格式错误的消息",
}
"""Names of the room's counters as the report shows them."""

ROWS_SHOWN = 100
"""Groups of host questions listed in report.html and report.md (report.json has all)."""

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
    env.filters.update(
        clock=fmt.clock,
        stamp=fmt.stamp,
        duration=fmt.duration,
        share=fmt.share,
        num=fmt.num,
        minute=fmt.minute,
        fact=fmt.fact,
        jobname=_job_namer(f),
        intent=lambda k: fmt.label(fmt.INTENT_LABELS, k),
        reason=lambda k: fmt.label(fmt.REASON_LABELS, k),
        kind=lambda k: fmt.label(fmt.KIND_LABELS, k),
        ack=lambda k: fmt.label(fmt.ACK_LABELS, k),
        refusal=lambda k: fmt.label(fmt.REFUSAL_LABELS, k),
        counter=lambda k: fmt.label(COUNTER_LABELS, k),
        rangejob=_labelled,
        appjob=_labelled,
    )
    return env
