"""The cross-stream report: per employer and job across sessions, satisfaction over time."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import orjson
import pytest

from bot.errors import InputError
from bot.events import GapSeen, Post, Record
from bot.report import ReportPaths, record_feedback, write_range_report
from bot.store import open_store
from bot.store.export import record_from_dict

DATA = Path(__file__).parent / "data" / "report"
START = 1732800000.0
DAY = 86400.0


def shifted(items: list[Post | Record], by: float) -> list[Post | Record]:
    """The same stream moved `by` seconds later."""
    out: list[Post | Record] = []
    for item in items:
        moved = dataclasses.replace(item, ts=item.ts + by)
        if isinstance(moved, GapSeen):
            moved = dataclasses.replace(moved, start=moved.start + by)
        out.append(moved)
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Three streams a day apart, with employers' scores 3, 4, 5 for huachen and one for dingtai."""
    path = str(tmp_path_factory.mktemp("range") / "s.db")
    lines = (DATA / "session.jsonl").read_text(encoding="utf-8").splitlines()
    items = [record_from_dict(orjson.loads(line)) for line in lines]
    catalog = (DATA / "catalog.json").read_text(encoding="utf-8")
    sids = []
    with open_store(path) as store:
        for day in range(3):
            sid = store.open_session(f"day{day}", "t", "bilibili", START + day * DAY, catalog)
            store.write(sid, shifted(items, day * DAY))
            sids.append(sid)
    for day, sid in enumerate(sids):
        record_feedback(
            path, sid, "huachen", 3 + day, f"第{day + 1}场 电话13800138000", START + day * DAY + 3600
        )
    record_feedback(path, sids[2], "dingtai", 2, "<script>x</script>", START + 2 * DAY + 3600)
    return path


@pytest.fixture(scope="module")
def everyone(db: str, tmp_path_factory: pytest.TempPathFactory) -> ReportPaths:
    """The report over every stream and employer."""
    return write_range_report(db, tmp_path_factory.mktemp("all"))


def test_totals_sum_the_streams(everyone: ReportPaths) -> None:
    """Three streams: three times the synthetic stream's comments, questions and applications."""
    data = orjson.loads(everyone.json.read_bytes())
    assert data["totals"]["streams"] == 3
    assert data["totals"]["comments"] == 48
    assert data["totals"]["questions"] == 33
    assert data["totals"]["applications"] == 6
    assert [s["start"] for s in data["streams"]] == [START, START + DAY, START + 2 * DAY]


def test_employers_and_jobs_across_streams(everyone: ReportPaths) -> None:
    """Per employer and job: streams, time on screen, questions, applications and conversion add up."""
    data = orjson.loads(everyone.json.read_bytes())
    huachen = next(e for e in data["employers"] if e["employer"] == "huachen")
    assert huachen["streams"] == 3
    assert huachen["on_screen_s"] == 450.0
    assert huachen["applications"] == 3
    assert huachen["conversion"] == round(3 / 9, 3)
    assert huachen["feedback_mean"] == 4.0
    assert [s["feedback_mean"] for s in huachen["over_time"]] == [3.0, 4.0, 5.0]
    j2 = next(j for j in data["jobs"] if j["job"] == "J002")
    assert (j2["streams"], j2["questions"], j2["applications"]) == (3, 9, 3)
    assert j2["missing_facts"] == ["dorm.couples"]


def test_one_employer_only(db: str, tmp_path: Path) -> None:
    """With an employer, only its jobs, applications and scores appear."""
    paths = write_range_report(db, tmp_path, employer="dingtai")
    data = orjson.loads(paths.json.read_bytes())
    assert [e["employer"] for e in data["employers"]] == ["dingtai"]
    assert {j["job"] for j in data["jobs"]} == {"J002", "J003"}
    rows = list(csv.reader(io.StringIO(paths.applications.read_text(encoding="utf-8-sig"))))
    assert rows[0][-1] == "场次"
    assert {r[rows[0].index("企业ID")] for r in rows[1:]} == {"dingtai"}
    assert data["totals"]["feedback_mean"] == 2.0


def test_a_date_range_selects_streams(db: str, tmp_path: Path) -> None:
    """since/until keep the streams that started in [since, until)."""
    paths = write_range_report(db, tmp_path, since=START + DAY, until=START + 2 * DAY)
    data = orjson.loads(paths.json.read_bytes())
    assert data["totals"]["streams"] == 1
    assert data["streams"][0]["start"] == START + DAY


def test_all_four_forms_are_safe(everyone: ReportPaths) -> None:
    """HTML, Markdown, JSON and CSV mask phone numbers and show hostile text as text; charts inline."""
    for path in (everyone.html, everyone.markdown, everyone.json, everyone.applications):
        text = path.read_text(encoding="utf-8-sig")
        assert "13800138000" not in text
        assert "13900001111" not in text
        assert "<script>" not in text or path.suffix == ".json"
    page = everyone.html.read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert page.count("<svg") == 2
    assert "http" not in page


def test_no_stream_in_range_or_unknown_employer_is_an_input_error(db: str, tmp_path: Path) -> None:
    """An empty range or an employer in none of the streams is an InputError."""
    with pytest.raises(InputError, match="no session started between"):
        write_range_report(db, tmp_path, since=START + 10 * DAY)
    with pytest.raises(InputError, match="--employer foxconn"):
        write_range_report(db, tmp_path, employer="foxconn")
