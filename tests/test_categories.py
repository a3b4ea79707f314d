"""Why a question waits for the host: the room's reason for each kind of unanswerable question,
and the same Chinese category names in the console and in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console.hub import Hub
from bot.events import Comment, End, Event, Post, QuestionQueued, User
from bot.profiles import get_profile
from bot.report import write_report
from bot.store import open_store
from bot.wiring import Executor, build_room
from catalog.models import Catalog

T0 = 1_763_600_400.0


def reasons(catalog: Catalog, text: str) -> set[str]:
    """The reasons the room queues a comment's questions for the host with, nothing on screen."""
    room = build_room(catalog, get_profile("generic"))
    out = room.handle(Comment("c-1", T0, User("u-1", "小王"), text), T0)
    return {a.reason for a in out if isinstance(a, QuestionQueued)}


@pytest.mark.parametrize(
    "text",
    ["鼎泰的宿舍在厂里吗", "华辰那个综合多少", "常州的厂累不累", "是不是很累", "普工多少钱一个月"],
)
def test_a_catalogue_employer_city_or_nothing_is_not_an_unknown_company(
    seed_catalog: Catalog, text: str
) -> None:
    """An employer with several jobs, a city, a shared title or nothing named: 没说清哪个岗位."""
    assert reasons(seed_catalog, text) == {"which_job"}


@pytest.mark.parametrize("text", ["富士康招人吗", "南京英华达的吃住条件怎么样", "比亚迪招人吗"])
def test_only_a_company_outside_the_catalogue_is_unknown(seed_catalog: Catalog, text: str) -> None:
    """A company the catalogue does not have is 目录外企业."""
    assert reasons(seed_catalog, text) == {"unknown"}


def test_an_other_question_holding_a_domain_word_is_marked_misread(seed_catalog: Catalog) -> None:
    """技术员多少钱 names a job title but fits no intent: 含招聘词但没读懂, not 非招聘."""
    assert reasons(seed_catalog, "技术员多少钱?") == {"misread"}
    assert reasons(seed_catalog, "主播哪里人") == {"other"}


def test_console_and_report_name_the_categories_alike(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The console's queue and the report's host table show the same Chinese category for each question."""
    room = build_room(seed_catalog, get_profile("generic"))
    hub = Hub(room, lambda _e: None, lambda: T0)
    texts = ["鼎泰的宿舍在厂里吗", "富士康招人吗", "技术员多少钱?", "主播哪里人"]
    events: list[Event] = [
        Comment(f"c-{i}", T0 + i, User(f"u-{i}", f"观众{i}"), t) for i, t in enumerate(texts)
    ]
    events.append(End(T0 + 60))
    with open_store(str(tmp_path / "s.db")) as store:
        sid = store.open_session("k", "t", "generic", T0, seed_catalog.model_dump_json())
        executor = Executor(store, sid, lambda _p: None)
        for event in events:
            out = room.handle(event, event.ts)
            hub.observe(out, event.ts)
            executor.run([a for a in out if not isinstance(a, Post)])
        store.flush()
    console = {item["reason_label"] for item in hub.snapshot()["queue"]}
    assert console == {"没说清哪个岗位", "目录外企业", "含招聘词但没读懂", "未归类（多为闲聊）"}
    html = write_report(str(tmp_path / "s.db"), tmp_path / "out").html.read_text(encoding="utf-8")
    for label in console:
        assert f'<td class="nw">{label}</td>' in html
    assert "不在名单的公司" not in html
