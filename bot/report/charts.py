"""The report's charts as inline SVG (matplotlib, Agg, no pyplot state), safe to paste into HTML.

Labels are Chinese when a CJK font is installed; otherwise they are ASCII (job numbers, intent
names) so that nothing renders as empty boxes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.report.fmt import INTENT_LABELS, REPORT_TZ
from bot.report.model import Figures
from bot.report.rangefigures import RangeFigures

CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
)
"""Font families that can draw Chinese, best first."""

_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
)  # fmt: skip
"""Colours of the featured-job bands, in job order."""


@cache
def cjk_font() -> str | None:
    """The first installed font family that can draw Chinese, or None."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FAMILIES if name in installed), None)


@dataclass(frozen=True, slots=True)
class Charts:
    """The report's charts, each an `<svg>` element as text."""

    timeline: str
    intents: str
    jobs: str


def _rc(font: str | None) -> dict[Any, Any]:
    """Matplotlib settings for small, deterministic, text-as-text SVG."""
    rc: dict[Any, Any] = {
        "svg.fonttype": "none",
        "svg.hashsalt": "daigang-report",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    if font:
        rc["font.family"] = "sans-serif"
        rc["font.sans-serif"] = [font, "DejaVu Sans"]
    return rc


def clean_svg(svg: str, prefix: str) -> str:
    """Matplotlib's SVG made fit to inline: no prolog, metadata or namespace URLs; ids prefixed."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
    svg = svg.replace("xlink:href=", "href=")
    ids = set(re.findall(r'\sid="([^"]+)"', svg))
    if ids:
        pattern = re.compile(
            r'(\sid="|#)('
            + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
            + r')(?=["\)])'
        )
        svg = pattern.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    return svg.replace("<svg ", f'<svg class="chart" role="img" aria-label="{prefix}" ', 1)


def _svg(fig: Figure, prefix: str) -> str:
    """A figure rendered to cleaned inline SVG."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return clean_svg(buf.getvalue(), prefix)


def _job_name(number: int | None, job: str, title: str, zh: bool) -> str:
    """A job's short label on a chart."""
    if number is None:
        return job
    return f"{number}号{title}" if zh else f"#{number}"


def timeline_chart(f: Figures, font: str | None) -> str:
    """Comments and questions per minute, applications per minute, featured jobs as bands."""
    zh = font is not None
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(9, 4.2))
        top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.2]})
        xs = [m.minute + 0.5 for m in f.timeline]
        top.plot(
            xs, [m.comments for m in f.timeline], color="#4e79a7", label="弹幕/分钟" if zh else "comments/min"
        )
        top.plot(
            xs,
            [m.questions for m in f.timeline],
            color="#e15759",
            label="提问/分钟" if zh else "questions/min",
        )
        bottom.bar(
            [m.minute + 0.1 for m in f.timeline],
            [m.applications for m in f.timeline],
            0.8,
            align="edge",
            color="#59a14f",
        )
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_xlim(0, max(1, len(f.timeline)))
        bottom.set_ylabel("报名" if zh else "applications")
        bottom.set_xlabel("开播后分钟" if zh else "minutes from start")
        numbers = {j.job: j for j in f.jobs}
        colours = {j.job: _PALETTE[i % len(_PALETTE)] for i, j in enumerate(f.jobs)}
        for span in f.features:
            if span.job is None:
                continue
            a = (span.start - f.stream.start) / 60
            b = (span.end - f.stream.start) / 60
            colour = colours.get(span.job, "#bab0ac")
            for ax in (top, bottom):
                ax.axvspan(a, b, color=colour, alpha=0.15, linewidth=0)
            j = numbers.get(span.job)
            name = _job_name(j.number, j.job, j.title, zh) if j else span.job
            top.text(a, 1.0, name, transform=top.get_xaxis_transform(), fontsize=7, va="bottom", color=colour)
        top.legend(loc="upper right", frameon=False)
        top.set_ylim(bottom=0)
        bottom.set_ylim(bottom=0)
        return _svg(fig, "timeline")


def intents_chart(f: Figures, font: str | None) -> str:
    """Questions by intent, with how many were answered."""
    zh = font is not None
    rows = list(f.questions.by_intent)
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(7, 3.8))
        ax = fig.subplots()
        names = [INTENT_LABELS.get(r.intent, r.intent) if zh else r.intent for r in rows]
        ys = list(range(len(rows)))
        ax.barh(ys, [r.questions for r in rows], color="#bab0ac", label="提问" if zh else "questions")
        ax.barh(
            ys, [r.answered for r in rows], color="#4e79a7", height=0.5, label="已回答" if zh else "answered"
        )
        ax.set_yticks(ys, names)
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="lower right", frameon=False)
        return _svg(fig, "intents")


def jobs_chart(f: Figures, font: str | None) -> str:
    """Per job: questions, viewers who asked, and applications."""
    zh = font is not None
    jobs = list(f.jobs)
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(max(6.0, 0.9 * len(jobs) + 2), 3.8))
        ax = fig.subplots()
        xs = list(range(len(jobs)))
        w = 0.27
        ax.bar(
            [x - w for x in xs],
            [j.questions for j in jobs],
            w,
            color="#bab0ac",
            label="提问" if zh else "questions",
        )
        ax.bar(xs, [j.askers for j in jobs], w, color="#4e79a7", label="提问人数" if zh else "askers")
        ax.bar(
            [x + w for x in xs],
            [j.applications for j in jobs],
            w,
            color="#59a14f",
            label="报名" if zh else "applications",
        )
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xticks(xs, [_job_name(j.number, j.job, j.title, zh) for j in jobs], rotation=30 if zh else 0)
        ax.legend(loc="upper right", frameon=False)
        return _svg(fig, "jobs")


def draw(f: Figures, font: str | None = None, detect: bool = True) -> Charts:
    """Every chart of the report; `font` None and `detect` picks an installed CJK font if any."""
    chosen = font if font is not None or not detect else cjk_font()
    return Charts(timeline_chart(f, chosen), intents_chart(f, chosen), jobs_chart(f, chosen))


@dataclass(frozen=True, slots=True)
class RangeCharts:
    """The cross-stream report's charts, each an `<svg>` element as text."""

    streams: str
    satisfaction: str


def _day(ts: float) -> str:
    """A stream's date on a chart axis (MM-DD, Beijing time)."""
    return datetime.fromtimestamp(ts, REPORT_TZ).strftime("%m-%d")


def streams_chart(r: RangeFigures, font: str | None) -> str:
    """Per stream: questions and applications."""
    zh = font is not None
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(max(6.0, 0.7 * len(r.streams) + 2), 3.6))
        ax = fig.subplots()
        xs = list(range(len(r.streams)))
        w = 0.4
        ax.bar(
            [x - w / 2 for x in xs],
            [s.questions for s in r.streams],
            w,
            color="#bab0ac",
            label="提问" if zh else "questions",
        )
        ax.bar(
            [x + w / 2 for x in xs],
            [s.applications for s in r.streams],
            w,
            color="#59a14f",
            label="报名" if zh else "applications",
        )
        ax.set_xticks(xs, [_day(s.start) for s in r.streams])
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper left", frameon=False)
        return _svg(fig, "streams")


def satisfaction_chart(r: RangeFigures, font: str | None) -> str:
    """Employers' scores (1–5) per stream, and the viewers' satisfied share, over time."""
    zh = font is not None
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(7, 3.6))
        ax = fig.subplots()
        index = {s.session: i for i, s in enumerate(r.streams)}
        for n, e in enumerate(r.employers):
            points = [(index[s.session], s.feedback_mean) for s in e.over_time if s.feedback_mean is not None]
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                        color=_PALETTE[n % len(_PALETTE)], label=e.employer)  # fmt: skip
        ax.set_ylim(0.5, 5.5)
        ax.set_ylabel("企业评分" if zh else "employer score")
        viewers = ax.twinx()
        share = [(i, s.poll_share * 100) for i, s in enumerate(r.streams) if s.poll_share is not None]
        viewers.plot([p[0] for p in share], [p[1] for p in share], linestyle="--", color="#616e7c",
                     label="观众满意率%" if zh else "viewers satisfied %")  # fmt: skip
        viewers.set_ylim(0, 105)
        ax.set_xticks(list(range(len(r.streams))), [_day(s.start) for s in r.streams])
        ax.set_xlim(-0.5, max(0.5, len(r.streams) - 0.5))
        handles = ax.get_legend_handles_labels()
        more = viewers.get_legend_handles_labels()
        ax.legend(handles[0] + more[0], handles[1] + more[1], loc="lower left", frameon=False, fontsize=7)
        return _svg(fig, "satisfaction")


def draw_range(r: RangeFigures, font: str | None = None, detect: bool = True) -> RangeCharts:
    """Every chart of the cross-stream report."""
    chosen = font if font is not None or not detect else cjk_font()
    return RangeCharts(streams_chart(r, chosen), satisfaction_chart(r, chosen))
