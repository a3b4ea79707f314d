"""report.html in headless Chromium: every section and chart renders, offline, without console errors."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from bot.report import write_report
from bot.store import open_store
from bot.store.export import record_from_dict

CHROMIUM = Path("/usr/bin/chromium")
DATA = Path(__file__).parent / "data" / "report"
SECTIONS = (
    "overview", "timeline", "questions", "missing-facts", "host-questions", "jobs", "employers",
    "satisfaction", "applications", "posts", "gaps", "definitions",
)  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt install chromium)"
    ),
]


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic session's report.html."""
    tmp = tmp_path_factory.mktemp("browser")
    lines = (DATA / "session.jsonl").read_text(encoding="utf-8").splitlines()
    with open_store(str(tmp / "s.db")) as store:
        sid = store.open_session(
            "browser", "t", "bilibili", 1732800000.0, (DATA / "catalog.json").read_text("utf-8")
        )
        store.write(sid, [record_from_dict(orjson.loads(line)) for line in lines])
    return write_report(str(tmp / "s.db"), tmp / "out").html


def test_report_renders_in_chromium(report_html: Path) -> None:
    """Every section is visible, the three charts draw, nothing runs, nothing is fetched, no console error."""
    from playwright.sync_api import ConsoleMessage, Dialog, sync_playwright

    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page()

            def on_console(message: ConsoleMessage) -> None:
                """Keep console errors."""
                if message.type == "error":
                    errors.append(message.text)

            def on_dialog(dialog: Dialog) -> None:
                """Keep and dismiss any alert a script might raise."""
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("console", on_console)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", on_dialog)
            page.goto(report_html.as_uri())
            page.wait_for_load_state("load")
            for section in SECTIONS:
                assert page.locator(f"section#{section}").is_visible(), section
            charts = page.locator("svg.chart")
            assert charts.count() == 3
            for i in range(3):
                box = charts.nth(i).bounding_box()
                assert box is not None
                assert box["width"] > 100
                assert box["height"] > 100
            assert page.get_by_text("<script>alert(1)</script>宿舍几人间").count() == 1
            assert page.locator("img").count() == 0
        finally:
            browser.close()
    assert errors == []
    assert dialogs == []
    assert requests == [report_html.as_uri()]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the seed stream (42 jobs, a hundred groups of host questions) with the demo's poll."""
    import asyncio

    from bot.profiles import get_profile
    from bot.replay import replay
    from catalog.load import load_catalog
    from tests.conftest import SEEDS

    tmp = tmp_path_factory.mktemp("seed-browser")
    catalog = load_catalog(SEEDS / "catalog.yaml")
    with open_store(str(tmp / "s.db")) as store:
        result = asyncio.run(
            replay(SEEDS / "stream.jsonl", catalog, get_profile("generic"), store, polls="00:37:00")
        )
    return write_report(str(tmp / "s.db"), tmp / "out", result.session).html


WIDER_THAN_THE_PAGE = """() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter(e => e.getBoundingClientRect().right > limit + 0.5)
        .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
}"""


def test_every_table_fits_the_page_at_1080_pixels(seed_report: Path) -> None:
    """At 1080 px no element reaches past the page, and the host table lists every group."""
    from playwright.sync_api import sync_playwright

    groups = len(orjson.loads((seed_report.parent / "report.json").read_bytes())["host_questions"])
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1080, "height": 900})
            page.goto(seed_report.as_uri())
            page.wait_for_load_state("load")
            for details in page.locator("details").all():
                details.evaluate("d => d.open = true")
            assert page.evaluate(WIDER_THAN_THE_PAGE) == []
            assert page.evaluate("document.documentElement.scrollWidth") <= 1080
            tables = page.evaluate(
                "[...document.querySelectorAll('table')]"
                ".map(t => [t.scrollWidth, t.parentElement.clientWidth])"
            )
            assert len(tables) > 10
            assert all(inner <= outer for inner, outer in tables)
            rows = page.locator("#host-questions tbody tr").count()
            assert rows == groups + 1
            assert page.get_by_text("见 report.json").count() == 0
        finally:
            browser.close()
