"""applications.csv: one row per application, for a recruiter's Excel (UTF-8 with BOM, CRLF).

The columns are Chinese, in the order a recruiter works through them: when, on which platform,
the viewer's account id (what the recruiter reaches them by, e.g. a private message) and masked
display name, the job, the employer, what the viewer wrote (masked), the status, and what the
catalogue says happens next. Times are Beijing time as `YYYY-MM-DD HH:MM:SS`, which Excel reads
as a date and time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from bot.privacy import mask
from bot.report.fmt import PLATFORM_LABELS, REPORT_TZ
from bot.report.model import ApplicationRow
from bot.report.rangefigures import RangeApplication

HEADER: tuple[str, ...] = (
    "报名时间",
    "平台",
    "观众ID",
    "观众昵称",
    "岗位编号",
    "岗位",
    "企业",
    "报名原话（已打码）",
    "状态",
    "下一步（岗位目录）",
    "岗位ID",
    "企业ID",
)
"""The columns of applications.csv."""

STATUS = "已报名，待企业联系"
"""Every recorded application's status when the report is written."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: masked, and never read as a formula."""
    return _text(mask(text))


def _text(text: str) -> str:
    """Text a spreadsheet never reads as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def excel_time(ts: float) -> str:
    """A time Excel reads as a date and time: 2024-11-28 21:20:50 (Beijing time)."""
    return datetime.fromtimestamp(ts, REPORT_TZ).strftime("%Y-%m-%d %H:%M:%S")


def _row(r: ApplicationRow) -> tuple[object, ...]:
    """The cells of one application (the account id as the platform gave it, not masked: it is
    how the recruiter reaches the applicant, not a number the viewer typed)."""
    return (
        excel_time(r.ts),
        PLATFORM_LABELS.get(r.platform, r.platform),
        _text(r.viewer_id),
        cell(r.viewer),
        "" if r.number is None else r.number,
        cell(r.title or r.job),
        cell(r.employer_name or r.employer),
        cell(r.how),
        STATUS,
        cell(r.next_step or "目录未写，请企业自行联系"),
        cell(r.job),
        cell(r.employer),
    )


def applications_csv(rows: Iterable[ApplicationRow]) -> str:
    """The CSV text of these applications."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_row(r) for r in rows)
    return out.getvalue()


def range_applications_csv(rows: Iterable[RangeApplication]) -> str:
    """The CSV text of applications across streams: the same columns, then the stream's session."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*HEADER, "场次"))
    writer.writerows((*_row(r.application), r.session) for r in rows)
    return out.getvalue()
