"""The review report (复盘) of a stream: report.html, report.md, report.json, applications.csv.

    paths = write_report("daigang.db", Path("out"), session=None, per_employer=True)
    paths = write_range_report("daigang.db", Path("out"), since=t0, until=t1, employer="huachen")

Figures are computed purely from the stored records (figures.py) and rendered separately
(html.py, markdown.py, charts.py, csvs.py, jsonfile.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from bot.errors import InputError
from bot.progress import Bar, progress_bar
from bot.report.charts import draw, draw_range
from bot.report.csvs import applications_csv, range_applications_csv
from bot.report.feedback import record_feedback
from bot.report.figures import compute
from bot.report.fmt import stamp
from bot.report.html import render_html, render_range_html
from bot.report.jsonfile import figures_json
from bot.report.markdown import render_markdown, render_range_markdown
from bot.report.model import Figures
from bot.report.rangefigures import RangeFigures, combine
from bot.report.session import open_existing, resolve_session, session_catalog

T = TypeVar("T")

__all__ = [
    "Figures",
    "RangeFigures",
    "ReportPaths",
    "record_feedback",
    "render",
    "render_range",
    "write_range_report",
    "write_report",
]


@dataclass(frozen=True, slots=True)
class ReportPaths:
    """Where the report's files were written."""

    html: Path
    markdown: Path
    json: Path
    applications: Path
    per_employer: dict[str, Path] = field(default_factory=dict)
    session: str = ""


def _safe_name(text: str) -> str:
    """A string fit for a file name."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text) or "_"


def _write(path: Path, data: str | bytes) -> None:
    """Write one file of the report, naming it if that fails."""
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot write the report: {e.strerror or e}") from e


def _mkdir(out: Path) -> None:
    """Create the report directory, naming it if that fails."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"{out}: cannot create the report directory: {e.strerror or e}") from e


def render(f: Figures, out: Path, per_employer: bool = False, font: str | None = None) -> ReportPaths:
    """Write the report's files for figures `f` into directory `out`."""
    _mkdir(out)
    paths = ReportPaths(
        html=out / "report.html",
        markdown=out / "report.md",
        json=out / "report.json",
        applications=out / "applications.csv",
        session=f.stream.session,
    )
    _write(paths.html, render_html(f, draw(f, font)))
    _write(paths.markdown, render_markdown(f))
    _write(paths.json, figures_json(f))
    _write(paths.applications, applications_csv(f.applications))
    if per_employer:
        for emp in f.employers:
            path = out / f"applications-{_safe_name(emp.employer)}.csv"
            _write(path, applications_csv(a for a in f.applications if a.employer == emp.employer))
            paths.per_employer[emp.employer] = path
    return paths


def write_report(db: str, out: Path, session: str | None = None, per_employer: bool = False) -> ReportPaths:
    """Write the review report of `session` (None: the latest) in store `db` into directory `out`."""
    store = open_existing(db)
    try:
        sid = resolve_session(store, session)
        catalog = session_catalog(store, sid)
        records = store.load(sid)
        with progress_bar(records.comment_count, "report", " comments") as bar:
            figures = compute(records, catalog, _counted(records.comments, bar))
    finally:
        store.close()
    return render(figures, out, per_employer)


def _counted(items: Iterable[T], bar: Bar) -> Iterator[T]:
    """The items, moving the progress bar every thousand."""
    n = 0
    for item in items:
        yield item
        n += 1
        if n == 1000:
            bar.update(n)
            n = 0
    bar.update(n)


def render_range(r: RangeFigures, out: Path, font: str | None = None) -> ReportPaths:
    """Write the cross-stream report's files for figures `r` into directory `out`."""
    _mkdir(out)
    paths = ReportPaths(
        html=out / "report.html",
        markdown=out / "report.md",
        json=out / "report.json",
        applications=out / "applications.csv",
    )
    _write(paths.html, render_range_html(r, draw_range(r, font)))
    _write(paths.markdown, render_range_markdown(r))
    _write(paths.json, figures_json(r))
    _write(paths.applications, range_applications_csv(r.applications))
    return paths


def write_range_report(
    db: str,
    out: Path,
    since: float | None = None,
    until: float | None = None,
    employer: str | None = None,
) -> ReportPaths:
    """Write the report across the streams that started in [since, until), for one employer or all."""
    store = open_existing(db)
    try:
        chosen = [
            s
            for s in store.sessions()
            if (since is None or s.started >= since) and (until is None or s.started < until)
        ]
        if not chosen:
            raise InputError(f"{store.label}: no session started between {stamp(since)} and {stamp(until)}")
        figures: list[Figures] = []
        with progress_bar(len(chosen), "report", " streams") as bar:
            for info in chosen:
                records = store.load(info.id)
                figures.append(compute(records, session_catalog(store, info.id)))
                bar.update(1)
    finally:
        store.close()
    if employer is not None and not any(e.employer == employer for f in figures for e in f.employers):
        raise InputError(f"--employer {employer}: not an employer of any session in that range")
    return render_range(combine(figures, since, until, employer), out)
