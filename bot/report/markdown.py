"""report.md: the report as Markdown tables, every value escaped so viewer text stays text."""

from __future__ import annotations

from bot.report.model import Figures
from bot.report.rangefigures import RangeFigures
from bot.report.templating import environment


def render_markdown(f: Figures) -> str:
    """The report as Markdown for figures `f`."""
    return environment("md", f).get_template("report.md.j2").render(f=f)


def render_range_markdown(r: RangeFigures) -> str:
    """The cross-stream report as Markdown."""
    return environment("md").get_template("range.md.j2").render(r=r)
