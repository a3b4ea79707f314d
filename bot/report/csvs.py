"""applications.csv: one row per application, for the employers' spreadsheets (UTF-8 with BOM)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from bot.privacy import mask
from bot.report.fmt import iso
from bot.report.model import ApplicationRow
from bot.report.rangefigures import RangeApplication

HEADER: tuple[str, ...] = (
    "time",
    "viewer",
    "job",
    "employer",
    "how",
    "job_number",
    "job_title",
    "employer_name",
)
"""The columns of applications.csv: the contract's five, then names for people."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: masked, and never read as a formula."""
    text = mask(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _row(r: ApplicationRow) -> tuple[object, ...]:
    """The cells of one application."""
    return (
        iso(r.ts),
        cell(r.viewer),
        cell(r.job),
        cell(r.employer),
        cell(r.how),
        "" if r.number is None else r.number,
        cell(r.title or ""),
        cell(r.employer_name or ""),
    )


def applications_csv(rows: Iterable[ApplicationRow]) -> str:
    """The CSV text of these applications (time in ISO 8601 with its UTC offset)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_row(r) for r in rows)
    return out.getvalue()


def range_applications_csv(rows: Iterable[RangeApplication]) -> str:
    """The CSV text of applications across streams: the same columns, then the stream's session."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*HEADER, "session"))
    writer.writerows((*_row(r.application), r.session) for r in rows)
    return out.getvalue()
