"""The report's charts as inline SVG (matplotlib, Agg, no pyplot state), safe to paste into HTML.

Every label is Chinese. With a CJK font installed (Debian: fonts-wqy-microhei or fonts-noto-cjk)
the text is drawn as outlines, so the page shows and prints to PDF the same on any machine,
offline. Without one, the text stays text under a stack of CJK font families that the viewer's
browser picks from (Windows, macOS and most phones have one).
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.labels import INTENT_LABELS
from bot.report.fmt import REPORT_TZ
from bot.report.model import Figures, JobFigures
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

_CJK_FILES = re.compile(r"(wqy|noto.*cjk|sourcehan|droidsansfallback|uming|msyh|simhei|pingfang)", re.I)
"""File names of CJK fonts, for fonts installed after matplotlib cached its font list."""

TOP_JOBS = 12
"""Jobs drawn one by one in the per-job chart; the rest share one bar."""

_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
)  # fmt: skip
"""Colours of the featured-job bands, in job order."""


@cache
def cjk_font() -> str | None:
    """The first installed font family that can draw Chinese, or None."""
    manager = font_manager.fontManager
    installed = {f.name for f in manager.ttflist}
    found = next((name for name in CJK_FAMILIES if name in installed), None)
    if found is not None:
        return found
    for path in font_manager.findSystemFonts():
        if _CJK_FILES.search(Path(path).name):
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    installed = {f.name for f in manager.ttflist}
    return next((name for name in CJK_FAMILIES if name in installed), None)


@dataclass(frozen=True, slots=True)
class Charts:
    """The report's charts, each an `<svg>` element as text."""

    timeline: str
    intents: str
    jobs: str


def _rc(font: str | None) -> dict[Any, Any]:
    """Matplotlib settings for small, deterministic SVG: glyphs as outlines from `font`, or (no
    CJK font here) text under the CJK font stack for the browser to draw."""
    rc: dict[Any, Any] = {
        "svg.fonttype": "path" if font else "none",
        "svg.hashsalt": "daigang-report",
        "font.size": 9,
        "font.family": "sans-serif",
        "font.sans-serif": [font, "DejaVu Sans"] if font else [*CJK_FAMILIES, "DejaVu Sans"],
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,
    }
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
    return svg.replace("<svg ", f'<svg class="chart" role="img" aria-label="{TITLES.get(prefix, "")}" ', 1)


TITLES: dict[str, str] = {
    "timeline": "时间线：每分钟弹幕、提问与报名",
    "intents": "各类问题的提问与回答",
    "jobs": "各岗位的提问与报名",
    "streams": "各场直播的提问与报名",
    "satisfaction": "企业评分与观众满意率",
}
"""Each chart's title, also its accessible name."""


def _svg(fig: Figure, prefix: str) -> str:
    """A figure rendered to cleaned inline SVG."""
    buf = io.StringIO()
    with warnings.catch_warnings():
        # Without a CJK font the text is measured with a Latin one; the browser draws it.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        warnings.filterwarnings("ignore", message="findfont: Font family")
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return clean_svg(buf.getvalue(), prefix)


def _job_name(number: int | None, job: str, title: str) -> str:
    """A job's short label on a chart: 3号普工."""
    return f"{number}号{title}" if number is not None else job


def timeline_chart(f: Figures, font: str | None) -> str:
    """Comments and questions per minute, applications per minute, featured jobs as bands."""
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(9, 4.2))
        top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.2]})
        xs = [m.minute + 0.5 for m in f.timeline]
        top.plot(xs, [m.comments for m in f.timeline], color="#4e79a7", label="弹幕数/分钟")
        top.plot(xs, [m.questions for m in f.timeline], color="#e15759", label="提问数/分钟")
        bottom.bar(
            [m.minute + 0.1 for m in f.timeline],
            [m.applications for m in f.timeline],
            0.8,
            align="edge",
            color="#59a14f",
        )
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_xlim(0, max(1, len(f.timeline)))
        top.set_ylabel("条/分钟")
        bottom.set_ylabel("报名")
        bottom.set_xlabel("开播后分钟")
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
            name = f"{j.number}号" if j and j.number is not None else span.job
            top.text(a, 1.0, name, transform=top.get_xaxis_transform(), fontsize=7, va="bottom", color=colour)
        top.legend(loc="upper left", frameon=False)
        top.set_ylim(bottom=0)
        bottom.set_ylim(bottom=0)
        fig.suptitle(TITLES["timeline"] + "（底色：当时讲解的岗位）", fontsize=10)
        return _svg(fig, "timeline")


def intents_chart(f: Figures, font: str | None) -> str:
    """Questions by intent, with how many were answered."""
    rows = list(f.questions.by_intent)
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(7, 0.32 * len(rows) + 1.2))
        ax = fig.subplots()
        names = [INTENT_LABELS.get(r.intent, r.intent) for r in rows]
        ys = list(range(len(rows)))
        ax.barh(ys, [r.questions for r in rows], color="#bab0ac", label="提问")
        ax.barh(ys, [r.answered for r in rows], color="#4e79a7", height=0.5, label="已回答")
        ax.set_yticks(ys, names)
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("提问数（每位观众每类问题计一次）")
        ax.legend(loc="lower right", frameon=False)
        ax.set_title(TITLES["intents"], fontsize=10)
        return _svg(fig, "intents")


@dataclass(frozen=True, slots=True)
class JobBar:
    """One row of the per-job chart: a job, or the jobs beyond the top ones together."""

    name: str
    questions: int
    askers: int
    applications: int


def job_bars(jobs: tuple[JobFigures, ...], top: int = TOP_JOBS) -> list[JobBar]:
    """The jobs most asked about or applied to (catalogue order among equals), then 其他N个岗位."""
    ranked = sorted(enumerate(jobs), key=lambda p: (-(p[1].questions + p[1].applications), p[0]))
    shown = sorted(ranked[:top], key=lambda p: p[0]) if len(jobs) > top else list(enumerate(jobs))
    bars = [
        JobBar(_job_name(j.number, j.job, j.title), j.questions, j.askers, j.applications) for _, j in shown
    ]
    rest = [j for _, j in ranked[top:]] if len(jobs) > top else []
    if rest:
        bars.append(
            JobBar(
                f"其他{len(rest)}个岗位",
                sum(j.questions for j in rest),
                sum(j.askers for j in rest),
                sum(j.applications for j in rest),
            )
        )
    return bars


def jobs_chart(f: Figures, font: str | None) -> str:
    """Per job, as horizontal bars sized to the page: questions, viewers who asked, applications."""
    bars = job_bars(f.jobs)
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(7.5, 0.42 * max(1, len(bars)) + 1.3))
        ax = fig.subplots()
        ys = list(range(len(bars)))
        h = 0.27
        ax.barh([y - h for y in ys], [b.questions for b in bars], h, color="#bab0ac", label="提问")
        ax.barh(ys, [b.askers for b in bars], h, color="#4e79a7", label="提问人数")
        ax.barh([y + h for y in ys], [b.applications for b in bars], h, color="#59a14f", label="报名")
        ax.set_yticks(ys, [b.name for b in bars])
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("人次")
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
        more = f"（前{TOP_JOBS}个岗位，其余合并）" if len(f.jobs) > TOP_JOBS else ""
        fig.suptitle(TITLES["jobs"] + more, fontsize=10)
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
    """A stream's date on a chart axis (11月20日, Beijing time)."""
    day = datetime.fromtimestamp(ts, REPORT_TZ)
    return f"{day.month}月{day.day}日"


def streams_chart(r: RangeFigures, font: str | None) -> str:
    """Per stream: questions and applications."""
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(min(9.0, max(6.0, 0.7 * len(r.streams) + 2)), 3.6))
        ax = fig.subplots()
        xs = list(range(len(r.streams)))
        w = 0.4
        ax.bar(
            [x - w / 2 for x in xs],
            [s.questions for s in r.streams],
            w,
            color="#bab0ac",
            label="提问",
        )
        ax.bar(
            [x + w / 2 for x in xs],
            [s.applications for s in r.streams],
            w,
            color="#59a14f",
            label="报名",
        )
        ax.set_xticks(xs, [_day(s.start) for s in r.streams])
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper left", frameon=False)
        return _svg(fig, "streams")


def satisfaction_chart(r: RangeFigures, font: str | None) -> str:
    """Employers' scores (1–5) per stream, and the viewers' satisfied share, over time."""
    with matplotlib.rc_context(_rc(font)):
        fig = Figure(figsize=(7, 3.6))
        ax = fig.subplots()
        index = {s.session: i for i, s in enumerate(r.streams)}
        for n, e in enumerate(r.employers):
            points = [(index[s.session], s.feedback_mean) for s in e.over_time if s.feedback_mean is not None]
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                        color=_PALETTE[n % len(_PALETTE)], label=e.name)  # fmt: skip
        ax.set_ylim(0.5, 5.5)
        ax.set_ylabel("企业评分")
        viewers = ax.twinx()
        share = [(i, s.poll_share * 100) for i, s in enumerate(r.streams) if s.poll_share is not None]
        viewers.plot([p[0] for p in share], [p[1] for p in share], linestyle="--", color="#616e7c",
                     label="观众满意率%")  # fmt: skip
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
