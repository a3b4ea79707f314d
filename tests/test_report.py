"""The review report: golden report.md and report.json, escaping, masking, CSVs, feedback input.

The golden files tests/data/report/golden_report.md and golden_report.json are the report of the
synthetic session tests/data/report/session.jsonl (every record type, a hostile viewer name and
comment, phone and ID numbers) with the catalogue tests/data/report/catalog.json. After a
deliberate change to the report, regenerate them and review the diff:

    DAIGANG_REGEN_GOLDEN=1 PYTHONPATH=. python -m pytest tests/test_report.py -k golden
"""

from __future__ import annotations

import csv
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

from bot.errors import InputError
from bot.events import (
    CommentSeen,
    FeatureChanged,
    Post,
    QuestionAnswered,
    QuestionOpened,
    QuestionQueued,
    Record,
    StreamEnded,
)
from bot.report import ReportPaths, record_feedback, write_report
from bot.report.charts import cjk_font, draw, job_bars
from bot.report.figures import compute, p90
from bot.report.model import Figures, JobFigures
from bot.report.templating import md_escape
from bot.store import SessionInfo, SessionRecords, open_store
from bot.store.export import record_from_dict
from catalog.models import Catalog

DATA = Path(__file__).parent / "data" / "report"
START = 1732800000.0
PHONES_AND_IDS = ("13900001111", "13812345678", "13800138000", "110101199003074512")
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def build_store(db: Path) -> str:
    """The synthetic session in a new SQLite store, with two employers' feedback; its id."""
    lines = (DATA / "session.jsonl").read_text(encoding="utf-8").splitlines()
    items = [record_from_dict(orjson.loads(line), f"session.jsonl:{n}") for n, line in enumerate(lines, 1)]
    with open_store(str(db)) as store:
        sid = store.open_session(
            "golden", "session.jsonl", "bilibili", START, (DATA / "catalog.json").read_text(encoding="utf-8")
        )
        store.write(sid, items)
    record_feedback(str(db), None, "huachen", 5, "效果很好，有事打13800138000 <b>谢谢</b>", START + 3600)
    record_feedback(str(db), sid, "dingtai", 3, None, START + 3700)
    return sid


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportPaths:
    """The synthetic session's report, written once for this module."""
    tmp = tmp_path_factory.mktemp("report")
    build_store(tmp / "s.db")
    return write_report(str(tmp / "s.db"), tmp / "out", per_employer=True)


def _golden(name: str, actual: str) -> None:
    """Compare with a golden file (or rewrite it when DAIGANG_REGEN_GOLDEN is set)."""
    path = DATA / name
    if os.environ.get("DAIGANG_REGEN_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs; see the module docstring"


def test_golden_markdown(report: ReportPaths) -> None:
    """report.md matches the reviewed golden file."""
    _golden("golden_report.md", report.markdown.read_text(encoding="utf-8"))


def test_golden_json(report: ReportPaths) -> None:
    """report.json matches the reviewed golden file."""
    _golden("golden_report.json", report.json.read_text(encoding="utf-8"))


def test_json_has_every_section_and_key_figures(report: ReportPaths) -> None:
    """report.json carries the documented top-level keys and the figures the host reads first."""
    data = orjson.loads(report.json.read_bytes())
    for k in ("stream", "questions", "jobs", "employers", "poll", "feedback", "posts", "gaps", "timeline"):
        assert k in data
    assert "missing_facts" in data
    assert data["stream"]["comments"] == 16
    assert data["stream"]["length_s"] == 360.0
    assert data["questions"]["total"] == 11
    assert data["questions"]["answered"] == 4
    assert data["questions"]["p90_answer_s"] == 70.0
    assert data["poll"]["satisfied"] == 3
    assert data["poll"]["unsatisfied"] == 1
    jobs = {j["job"]: j for j in data["jobs"]}
    assert jobs["J001"]["on_screen_s"] == 150.0
    assert jobs["J001"]["applications"] == 1
    assert jobs["J001"]["conversion"] == round(1 / 3, 3)
    assert data["missing_facts"][0]["fact"] == "dorm.couples"
    assert data["missing_facts"][0]["askers"] == 2
    assert data["gaps"]["total_s"] == 15.0


class _Elements(HTMLParser):
    """Collects the element names and attribute names of an HTML page."""

    def __init__(self) -> None:
        """Start with nothing seen."""
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note an element and its attributes."""
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        self.links += [
            value or "" for name, value in attrs if name in ("src", "href", "xlink:href", "action")
        ]


def test_viewer_text_is_escaped_in_html(report: ReportPaths) -> None:
    """A `<script>` comment and an `<img onerror>` name show as text: no such element in the page."""
    page = report.html.read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert not [a for a in parser.attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    for raw in HOSTILE:
        assert raw not in page


def test_viewer_text_is_escaped_in_markdown(report: ReportPaths) -> None:
    """In report.md the hostile comment is entity-escaped, so a Markdown viewer shows it as text."""
    text = report.markdown.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<" not in text.replace("<br>", "")


def test_phone_and_id_numbers_are_masked_everywhere(report: ReportPaths) -> None:
    """No phone or ID number a viewer or employer typed appears in any file of the report."""
    files = [report.html, report.markdown, report.json, report.applications, *report.per_employer.values()]
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        for number in PHONES_AND_IDS:
            assert number not in text, f"{number} in {path.name}"
    assert "139****1111" in report.applications.read_text(encoding="utf-8-sig")


def test_report_html_is_self_contained(report: ReportPaths) -> None:
    """report.html names no external URL and loads nothing: CSS and three charts are inline."""
    page = report.html.read_text(encoding="utf-8")
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]", page)
    parser = _Elements()
    parser.feed(page)
    assert "link" not in parser.tags
    assert all(link.startswith("#") for link in parser.links)
    assert page.count("<svg") == 3
    assert "<style>" in page


def test_applications_csv(report: ReportPaths) -> None:
    """Chinese columns for Excel (BOM, Excel-style times), the viewer's account id and masked name,
    job, employer, masked words, status and next step; one file per employer."""
    rows = list(csv.reader(io.StringIO(report.applications.read_text(encoding="utf-8-sig"))))
    assert rows[0] == [
        "报名时间", "平台", "观众ID", "观众昵称", "岗位编号", "岗位", "企业", "报名原话（已打码）",
        "状态", "下一步（岗位目录）", "岗位ID", "企业ID",
    ]  # fmt: skip
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["报名时间"] == "2024-11-28 21:20:50"
    assert first["平台"] == "B站"
    assert first["观众ID"] == "u4"
    assert first["观众昵称"] == "张三139****1111"
    assert (first["岗位编号"], first["岗位"]) == ("1", "普工")
    assert first["状态"] == "已报名，待企业联系"
    assert [r[7] for r in rows[1:]] == ["弹幕报名1", "弹幕报名2"]
    assert [r[10:] for r in rows[1:]] == [["J001", "huachen"], ["J002", "dingtai"]]
    assert report.applications.read_bytes().startswith(b"\xef\xbb\xbf")
    per = {
        k: list(csv.reader(io.StringIO(p.read_text(encoding="utf-8-sig"))))
        for k, p in report.per_employer.items()
    }
    assert sorted(per) == ["dingtai", "huachen"]
    assert [r[10] for r in per["huachen"][1:]] == ["J001"]
    assert [r[10] for r in per["dingtai"][1:]] == ["J002"]


def test_a_formula_in_a_name_stays_text_in_csv(tmp_path: Path) -> None:
    """A viewer named `=HYPERLINK(…)` is written with a leading quote so a spreadsheet shows text."""
    from bot.report.csvs import cell

    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert cell("小王") == "小王"


def test_markdown_escape_keeps_tables_whole() -> None:
    """A pipe, a newline and Markdown marks in viewer text cannot break a table or add markup."""
    assert md_escape("a|b\n*c* [x](y) <b>") == "a\\|b \\*c\\* \\[x\\](y) &lt;b&gt;"


def _figures(report: ReportPaths) -> Figures:
    """The figures of the report's stored session."""
    with open_store(str(report.html.parent.parent / "s.db")) as store:
        sid = store.latest_session()
        assert sid is not None
        records = store.load(sid)
        return compute(records, Catalog.model_validate_json(records.catalog_json))


ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def test_chart_labels_are_chinese_text_under_a_cjk_font_stack_without_a_cjk_font(
    report: ReportPaths,
) -> None:
    """With no CJK font here, the labels stay Chinese text for the browser to draw from a CJK stack."""
    charts = draw(_figures(report), font=None, detect=False)
    svg = charts.timeline + charts.intents + charts.jobs
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "1号普工" in texts
    assert "工资待遇" in texts
    assert "开播后分钟" in texts
    # Job titles are the catalogue's own words (CNC操作工); every other label is Chinese.
    assert not [t for t in texts if ENGLISH_WORD.search(t) and not re.match(r"\d+号", t)]
    assert "Noto Sans CJK SC" in svg
    assert "Microsoft YaHei" in svg


def test_chart_labels_are_outlines_with_a_cjk_font(report: ReportPaths) -> None:
    """With a CJK font installed, chart text is drawn as outlines: no <text> left, Chinese titles."""
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (apt install fonts-wqy-microhei)")
    charts = draw(_figures(report), font=font)
    for svg in (charts.timeline, charts.intents, charts.jobs):
        assert "<text" not in svg
        assert "<path" in svg
        label = re.search(r'aria-label="([^"]*)"', svg)
        assert label is not None
        assert re.search(r"[\u4e00-\u9fff]", label.group(1))
        assert not ENGLISH_WORD.search(label.group(1))


def test_the_per_job_chart_keeps_the_top_jobs_and_sums_the_rest() -> None:
    """Forty jobs give twelve bars and one 其他28个岗位 bar holding the rest's questions."""
    jobs = tuple(
        JobFigures(f"J{i:03d}", i, "普工", "e", "厂", None, 0.0, 0, 0, i, i, 0, 0, 0, i % 3, 0, None, 0, ())
        for i in range(1, 41)
    )
    bars = job_bars(jobs)
    assert len(bars) == 13
    assert bars[-1].name == "其他28个岗位"
    assert bars[-1].questions == sum(range(1, 29))
    assert bars[0].name == "29号普工"


def _records(items: list[Post | Record], catalog: Catalog) -> SessionRecords:
    """SessionRecords built in memory (no store) from a list of posts and records."""

    def of(cls: type) -> list:  # type: ignore[type-arg]
        """The items of one type."""
        return [i for i in items if type(i) is cls]

    from bot import events as ev

    return SessionRecords(
        info=SessionInfo("s", "k", "test", "generic", START),
        catalog_json=catalog.model_dump_json(),
        comment_count=len(of(CommentSeen)),
        comments=of(CommentSeen),
        questions=of(QuestionOpened),
        answers=of(QuestionAnswered),
        queued=of(QuestionQueued),
        posts=of(Post),
        applications=of(ev.ApplicationMade),
        refusals=of(ev.ApplicationRefused),
        polls=of(ev.PollChanged),
        votes=of(ev.PollVote),
        features=of(FeatureChanged),
        audience=of(ev.AudienceSeen),
        acks=of(ev.PostAcked),
        gaps=of(ev.GapSeen),
        ends=of(StreamEnded),
        counters=of(ev.Counted),
        feedback=[],
    )


def _catalog() -> Catalog:
    """The test catalogue."""
    return Catalog.model_validate_json((DATA / "catalog.json").read_text(encoding="utf-8"))


def test_answer_time_runs_to_the_first_answer() -> None:
    """A question answered twice counts the time to the first answer only."""
    q = QuestionOpened(START, "c1#pay", "c1", "u1", "小王", "pay", "J001", "huachen")
    items: list[Post | Record] = [
        q,
        QuestionAnswered(START + 8, ("c1#pay",), "p1", "bot"),
        QuestionAnswered(START + 30, ("c1#pay",), "p2", "host"),
        StreamEnded(START + 60),
    ]
    f = compute(_records(items, _catalog()), _catalog())
    assert f.questions.median_answer_s == 8.0
    assert f.questions.answered_by == {"bot": 1, "card": 0, "host": 0}


def test_time_on_screen_runs_until_the_next_change_or_the_end() -> None:
    """Each featured stretch ends at the next FeatureChanged, the last one at StreamEnded."""
    items: list[Post | Record] = [
        FeatureChanged(START, "J001"),
        FeatureChanged(START + 100, None),
        FeatureChanged(START + 130, "J002"),
        FeatureChanged(START + 200, "J001"),
        StreamEnded(START + 260),
    ]
    f = compute(_records(items, _catalog()), _catalog())
    seconds = {j.job: j.on_screen_s for j in f.jobs}
    assert seconds == {"J001": 160.0, "J002": 70.0, "J003": 0.0}
    assert [m.featured for m in f.timeline] == ["J001", "J001", "J002", "J001", "J001"]


def test_p90_is_by_nearest_rank() -> None:
    """The 90th percentile of 1..10 is 9; of one value, that value; of none, None."""
    assert p90([float(x) for x in range(10, 0, -1)]) == 9.0
    assert p90([4.0]) == 4.0
    assert p90([]) is None


@pytest.mark.parametrize("score", [0, 6, -1])
def test_feedback_rejects_a_bad_score(tmp_path: Path, score: int) -> None:
    """A score outside 1–5 is an InputError naming --score."""
    build_store(tmp_path / "s.db")
    with pytest.raises(InputError, match="--score"):
        record_feedback(str(tmp_path / "s.db"), None, "huachen", score, None, START)


def test_feedback_rejects_an_unknown_session(tmp_path: Path) -> None:
    """A session the store does not have is an InputError naming --session."""
    build_store(tmp_path / "s.db")
    with pytest.raises(InputError, match="--session nope: no such session"):
        record_feedback(str(tmp_path / "s.db"), "nope", "huachen", 4, None, START)


def test_feedback_rejects_an_employer_not_in_the_catalogue(tmp_path: Path) -> None:
    """An employer the session's catalogue lacks is an InputError listing the known ones."""
    build_store(tmp_path / "s.db")
    with pytest.raises(InputError, match=r"--employer foxconn: .*huachen, dingtai"):
        record_feedback(str(tmp_path / "s.db"), None, "foxconn", 4, None, START)


def test_feedback_and_report_need_an_existing_store(tmp_path: Path) -> None:
    """A store file that does not exist is an InputError naming it, and no file is created."""
    missing = tmp_path / "none.db"
    with pytest.raises(InputError, match=r"none\.db: no such store"):
        record_feedback(str(missing), None, "huachen", 4, None, START)
    with pytest.raises(InputError, match=r"none\.db: no such store"):
        write_report(str(missing), tmp_path / "out")
    assert not missing.exists()


def test_a_report_of_an_empty_store_is_an_input_error(tmp_path: Path) -> None:
    """A store without sessions cannot be reported on."""
    open_store(str(tmp_path / "e.db")).close()
    with pytest.raises(InputError, match="no session yet"):
        write_report(str(tmp_path / "e.db"), tmp_path / "out")


def test_a_session_without_records_still_reports(tmp_path: Path) -> None:
    """A session that recorded nothing gives a report of zeros, not an error."""
    with open_store(str(tmp_path / "z.db")) as store:
        sid = store.open_session(
            "z", "t", "generic", START, (DATA / "catalog.json").read_text(encoding="utf-8")
        )
    paths = write_report(str(tmp_path / "z.db"), tmp_path / "out", session=sid)
    data = orjson.loads(paths.json.read_bytes())
    assert data["stream"]["comments"] == 0
    assert data["questions"]["answered_share"] is None
    assert paths.html.read_text(encoding="utf-8").count("<svg") == 3


@pytest.mark.postgres
def test_the_report_from_postgres_matches_the_golden_json(tmp_path: Path) -> None:
    """The same session stored in PostgreSQL gives the golden report.json (bar the session id)."""
    import uuid

    url = os.environ.get("DAIGANG_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but DAIGANG_TEST_PG names no PostgreSQL server")
        pytest.skip("PostgreSQL tests need DAIGANG_TEST_PG=postgresql://… (not set)")
    lines = (DATA / "session.jsonl").read_text(encoding="utf-8").splitlines()
    with open_store(url) as store:
        sid = store.open_session(
            f"golden-{uuid.uuid4().hex}",
            "session.jsonl",
            "bilibili",
            START,
            (DATA / "catalog.json").read_text("utf-8"),
        )
        store.write(sid, [record_from_dict(orjson.loads(line)) for line in lines])
    record_feedback(url, sid, "huachen", 5, "效果很好，有事打13800138000 <b>谢谢</b>", START + 3600)
    record_feedback(url, sid, "dingtai", 3, None, START + 3700)
    actual = orjson.loads(write_report(url, tmp_path, session=sid).json.read_bytes())
    golden = orjson.loads((DATA / "golden_report.json").read_bytes())
    golden["stream"]["session"] = sid
    assert actual == golden
