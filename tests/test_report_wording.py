"""The report's words as a host reads them: header, poll, missing facts, counters, confirmations."""

from __future__ import annotations

from pathlib import Path

from bot.answer.applied import confirmation_forms
from bot.events import Ack, Comment, End, Event, Feature, PollCommand, Post, Tick, User
from bot.profiles import get_profile
from bot.report import write_report
from bot.report.fmt import fact
from bot.report.templating import counter_label
from bot.store import open_store
from bot.wiring import Executor, build_room
from catalog.models import Apply, Catalog

T0 = 1_763_600_400.0
"""2025-11-20 09:00 Beijing time: a year before the seed catalogue's own date."""


def report_of(catalog: Catalog, events: list[Event], tmp: Path) -> tuple[str, str]:
    """report.md and report.html of these events run through a room on `catalog` (generic profile)."""
    room = build_room(catalog, get_profile("generic"))
    with open_store(str(tmp / "s.db")) as store:
        sid = store.open_session("k", "t", "generic", T0, catalog.model_dump_json())
        executor = Executor(store, sid, lambda _p: None)
        for event in events:
            out = room.handle(event, event.ts)
            executor.run(out)
            for post in [a for a in out if isinstance(a, Post)]:
                executor.run(room.handle(Ack(event.ts, post.id, True), event.ts))
        store.flush()
    paths = write_report(str(tmp / "s.db"), tmp / "out")
    return paths.markdown.read_text(encoding="utf-8"), paths.html.read_text(encoding="utf-8")


def say(n: int, text: str, at: float) -> Comment:
    """Viewer n comments at T0 + at."""
    return Comment(f"c-{n}-{at}", T0 + at, User(f"u-{n}", f"观众{n}"), text)


def test_header_date_and_platform_come_from_the_catalogue(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The catalogue's stream date and platform head the report, the recording's date named as such."""
    md, html = report_of(seed_catalog, [say(1, "3号工资多少", 1), End(T0 + 60)], tmp_path)
    header = md.splitlines()[2]
    assert "平台 B站（bilibili）" in header
    assert "日期 2026-11-20（岗位目录）" in header
    assert "录像时间 2025-11-20 09:00:01" in header
    assert "generic" not in header
    assert "日期 2026-11-20（岗位目录）" in html


def test_header_falls_back_to_the_recording_and_says_so(seed_catalog: Catalog, tmp_path: Path) -> None:
    """Without a stream block the date is the recording's and the header says where it came from."""
    bare = seed_catalog.model_copy(update={"stream": None})
    md, _ = report_of(bare, [say(1, "3号工资多少", 1), End(T0 + 60)], tmp_path)
    header = md.splitlines()[2]
    assert "日期 2025-11-20（按录像时间，目录未写日期）" in header
    assert "平台未在目录中填写（按通用直播间（generic）规则发言）" in header


def test_an_open_poll_ends_with_the_stream(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A poll the host never closed shows the stream's end as its end."""
    events: list[Event] = [PollCommand(T0 + 10, True), say(1, "1", 12), say(2, "2", 13), End(T0 + 70)]
    md, html = report_of(seed_catalog, events, tmp_path)
    assert "| 09:01:10（直播结束） |" in md
    assert "09:01:10（直播结束）" in html


def test_a_poll_the_host_closed_says_so(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A poll closed by the host shows that time and who closed it."""
    events: list[Event] = [
        PollCommand(T0 + 10, True), say(1, "1", 12), PollCommand(T0 + 30, False), Tick(T0 + 31), End(T0 + 70)
    ]  # fmt: skip
    md, _ = report_of(seed_catalog, events, tmp_path)
    assert "| 09:00:30（主播结束） |" in md


def test_missing_facts_and_counters_read_in_chinese() -> None:
    """Every catalogue key and counter has a Chinese name; a whole section left out says so."""
    assert fact("canteen") == "吃饭伙食·整项未填（canteen）"
    assert fact("jobs") == "找岗位·整项未填（jobs）"
    assert fact("insurance") == "五险一金·整项未填（insurance）"
    assert fact("dorm.couples") == "住宿·夫妻房（dorm.couples）"
    assert fact("requirements.other") == "招聘要求·其他要求（requirements.other）"
    assert counter_label("duplicate_application") == "重复报名（同一观众同一岗位，只记一次）"
    assert counter_label("something_new") == "其他计数（something_new）"


def test_the_seed_report_has_no_raw_keys_in_its_missing_facts(seed_catalog: Catalog, tmp_path: Path) -> None:
    """Asking what the seed catalogue leaves out gives Chinese names in the missing-facts table."""
    events: list[Event] = [Feature(T0, "J006")]
    events += [say(i, t, 2 + i) for i, t in enumerate(["6号有夫妻房吗", "6号加班费怎么算", "报名6", "报名6"])]
    events += [say(3, "报名6", 9), End(T0 + 60)]
    md, _ = report_of(seed_catalog, events, tmp_path)
    section = md.split("## 目录缺失的信息")[1].split("## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| 6号")]
    assert rows
    for row in rows:
        shown = row.split("|")[2]
        assert "·" in shown or "（" in shown
    assert "计数：重复报名（同一观众同一岗位，只记一次）" in md
    assert "duplicate_application |" not in md


def test_the_confirmation_says_what_the_catalogue_says_happens_next(seed_catalog: Catalog) -> None:
    """报名 confirmations repeat the job's apply facts and never promise a phone call."""
    jobs = {j.number: j for j in seed_catalog.jobs}
    assert confirmation_forms(jobs[41])[0] == "已报名41号电工 带电工证面试"
    assert confirmation_forms(jobs[36])[0] == "已报名36号普工 周一到周五下午面试"
    assert confirmation_forms(jobs[6])[0] == "已报名6号包装工 已登记"
    said = {form for j in seed_catalog.jobs for form in confirmation_forms(j)}
    assert not [s for s in said if "电话通知" in s or "联系你" in s]


def test_a_confirmation_in_the_catalogues_own_words_reaches_the_viewer(seed_catalog: Catalog) -> None:
    """With apply.how 请私信留电话, the post to the applicant says exactly that."""
    job = seed_catalog.jobs[0]
    told = job.model_copy(update={"apply": Apply(how="请私信留电话")})
    catalog = seed_catalog.model_copy(update={"jobs": (told, *seed_catalog.jobs[1:])})
    room = build_room(catalog, get_profile("generic"))
    posts: list[Post] = []
    at = T0
    out = room.handle(Comment("c-1", at, User("u-1", "小王"), f"报名{told.number}"), at)
    for _ in range(20):
        posts += [a for a in out if isinstance(a, Post)]
        for p in [a for a in out if isinstance(a, Post)]:
            room.handle(Ack(at, p.id, True), at)
        at += 0.5
        out = room.handle(Tick(at), at)
    confirmation = next(p for p in posts if p.kind == "apply")
    assert confirmation.text == f"@小王 已报名{told.number}号{told.title} 请私信留电话"
