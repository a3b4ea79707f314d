"""report.html: one self-contained page (inline CSS and SVG, no external URL), viewer text escaped."""

from __future__ import annotations

from markupsafe import Markup

from bot.report.charts import Charts, RangeCharts
from bot.report.model import Figures
from bot.report.rangefigures import RangeFigures
from bot.report.templating import environment


def render_html(f: Figures, charts: Charts) -> str:
    """The report page for figures `f` with their charts."""
    safe = Charts(Markup(charts.timeline), Markup(charts.intents), Markup(charts.jobs))
    return environment("html", f).get_template("report.html.j2").render(f=f, charts=safe)


def render_range_html(r: RangeFigures, charts: RangeCharts) -> str:
    """The cross-stream report page."""
    safe = RangeCharts(Markup(charts.streams), Markup(charts.satisfaction))
    return environment("html").get_template("range.html.j2").render(r=r, charts=safe)
