"""The console page in headless Chromium beside a real room driven like the attach worker."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright

from bot.console.app import Console, start_console
from bot.console.hub import Hub
from bot.events import Ack, Comment, End, Event, Post, Tick, User
from bot.profiles import get_profile
from bot.room import Room
from bot.wiring import build_room
from catalog.models import Catalog
from tests.console_driver import (
    CHROMIUM,
    PageErrors,
    answer_first_queued,
    feature_job,
    launch,
    open_console,
    poll_counts,
    post_log,
    send_feedback,
    set_paused,
    start_poll,
    stop_poll,
    wait_for_post,
    wait_for_queued,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

T0 = 1_763_600_400.0


@dataclass
class VirtualClock:
    """The stream's clock, moved on by the test."""

    now: float = T0

    def __call__(self) -> float:
        """The current time."""
        return self.now


@dataclass
class Worker:
    """The attach shell's shape: one queue of events, one worker calling `room.handle` then `hub.observe`.

    Every post is acknowledged as shown by the "platform" through the same queue.
    """

    room: Room
    clock: VirtualClock
    queue: asyncio.Queue[Event] = field(default_factory=asyncio.Queue)
    posts: list[Post] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    n: int = 0

    def __post_init__(self) -> None:
        """The hub submits the host's commands onto the worker's queue."""
        self.hub = Hub(self.room, self.queue.put_nowait, self.clock)

    async def run(self) -> None:
        """Handle events in order, forever."""
        while True:
            event = await self.queue.get()
            now = self.clock()
            actions = self.room.handle(event, now)
            self.hub.observe(actions, now)
            for post in (a for a in actions if isinstance(a, Post)):
                self.posts.append(post)
                self.queue.put_nowait(Ack(now, post.id, True))
            self.queue.task_done()
            async with self.changed:
                self.changed.notify_all()

    async def step(self, event: Event) -> None:
        """Put one event on the queue and wait until it and what it caused are handled."""
        self.queue.put_nowait(event)
        await self.queue.join()

    async def say(self, user: str, name: str, text: str) -> None:
        """A viewer comments now."""
        self.n += 1
        await self.step(Comment(f"c-{self.n}", self.clock(), User(user, name), text))

    async def advance(self, seconds: float) -> None:
        """Move the stream's clock on, in half-second ticks."""
        end = self.clock.now + seconds
        while self.clock.now < end:
            self.clock.now += 0.5
            await self.step(Tick(self.clock.now))

    async def tick_until(self, check: Callable[[], bool], seconds: float = 30.0) -> None:
        """Tick the clock on until `check()` holds; fail after `seconds` of stream time."""
        end = self.clock.now + seconds
        while not check():
            assert self.clock.now < end, "nothing happened in time"
            self.clock.now += 0.5
            await self.step(Tick(self.clock.now))

    async def until(self, check: Callable[[], bool]) -> None:
        """Wait (without moving the clock) until the worker has handled what makes `check()` hold."""
        async with asyncio.timeout(15), self.changed:
            await self.changed.wait_for(check)


@dataclass
class Bench:
    """A worker, its console and a browser page on it."""

    worker: Worker
    console: Console
    page: Page
    errors: PageErrors
    feedback: list[tuple[str, int, str | None]]
    report: Path


@pytest.fixture
async def bench(seed_catalog: Catalog, tmp_path: Path) -> AsyncIterator[Bench]:
    """A real room and worker, the console on a free port, and Chromium with the console open."""
    worker = Worker(build_room(seed_catalog, get_profile("generic")), VirtualClock())
    task = asyncio.create_task(worker.run())
    feedback: list[tuple[str, int, str | None]] = []
    report = tmp_path / "report.html"
    console = await start_console(
        worker.hub,
        port=0,
        report_url=str(report),
        feedback=lambda e, s, c: feedback.append((e, s, c)),
        push_interval=0.05,
    )
    try:
        async with async_playwright() as pw:
            browser = await launch(pw)
            page = await browser.new_page(viewport={"width": 1600, "height": 1000})
            page.set_default_timeout(15_000)
            errors = PageErrors().watch(page)
            await open_console(page, console.url)
            yield Bench(worker, console, page, errors, feedback, report)
            assert errors.messages == []
            await browser.close()
    finally:
        await console.close()
        task.cancel()


async def test_choosing_a_job_features_it_and_posts_its_card(bench: Bench) -> None:
    """A click in the switcher makes the room post that job's card, shown in the post log."""
    w = bench.worker
    await feature_job(bench.page, "J003")
    assert w.room.featured == "J003"
    await w.tick_until(lambda: any(p.kind == "card" and p.job == "J003" for p in w.posts))
    await wait_for_post(bench.page, "card", "shown", job="J003")
    await feature_job(bench.page, "J005")
    await w.tick_until(lambda: any(p.kind == "card" and p.job == "J005" for p in w.posts))
    assert await bench.page.inner_text("#featured .big") == "5号 普工"


async def test_the_host_answers_a_queued_question_naming_its_askers(
    bench: Bench, seed_catalog: Catalog
) -> None:
    """Two viewers ask what the catalogue lacks; the host's typed answer is posted @-ing both."""
    w = bench.worker
    job = next(j for j in seed_catalog.jobs if j.prospects is None)
    await feature_job(bench.page, job.id)
    await w.advance(5)
    await w.say("u1", "小王", f"{job.number}号有发展吗")
    await w.say("u2", "阿强", f"{job.number}号能晋升吗")
    await bench.page.wait_for_function(
        "() => document.querySelector('#queue > li .askers')?.textContent === '2人在等'"
    )
    key = await answer_first_queued(bench.page, "干满半年可以考组长")
    assert key not in w.room.host_queue
    await w.tick_until(lambda: any(p.kind == "host" for p in w.posts))
    host = next(p for p in w.posts if p.kind == "host")
    assert "@小王" in host.text
    assert "@阿强" in host.text
    assert "干满半年可以考组长" in host.text
    assert set(host.reply_to) == {"c-1", "c-2"}
    await wait_for_post(bench.page, "host")
    assert "干满半年可以考组长" in await bench.page.inner_text("#host-answers")


async def test_no_posts_while_paused(bench: Bench) -> None:
    """Paused, the bot keeps counting questions but posts nothing; resumed, it answers."""
    w = bench.worker
    await feature_job(bench.page, "J001")
    await w.tick_until(lambda: bool(w.posts))
    await w.advance(5)
    await set_paused(bench.page, True)
    assert w.room.paused
    before = len(w.posts)
    await w.say("u1", "小王", "3号工资多少")
    await w.say("u2", "小李", "报名1")
    await w.advance(10)
    assert len(w.posts) == before
    await bench.page.wait_for_function("() => document.getElementById('waiting-total').textContent === '2'")
    assert await bench.page.is_visible("#paused-banner")
    await set_paused(bench.page, False)
    await w.tick_until(lambda: any(p.kind == "answer" and p.job == "J003" for p in w.posts))
    await w.tick_until(lambda: any(p.kind == "apply" for p in w.posts))
    await wait_for_post(bench.page, "answer", job="J003")


async def test_viewer_text_shows_as_text(bench: Bench, seed_catalog: Catalog) -> None:
    """Markup in a comment and a name is shown literally, never run or parsed."""
    w = bench.worker
    job = next(j for j in seed_catalog.jobs if j.prospects is None)
    await feature_job(bench.page, job.id)
    await w.advance(5)
    await w.say("u1", "<b>坏</b>", f'{job.number}号有发展吗<img src=x onerror="document.title=1">')
    await wait_for_queued(bench.page)
    sample = await bench.page.inner_text("#queue > li .sample")
    assert "<img src=x" in sample
    assert "<b>坏</b>" in await bench.page.inner_text("#queue > li .names")
    assert await bench.page.locator("#queue img, #queue b").count() == 0
    assert await bench.page.title() != "1"


async def test_poll_end_feedback_report_and_a_screenshot(bench: Bench, tmp_path: Path) -> None:
    """The poll runs from the page; after the end the feedback form and report link work."""
    w, page = bench.worker, bench.page
    await feature_job(page, "J003")
    await w.say("u0", "小张", "报名3")
    await w.advance(3)
    await start_poll(page)
    await w.tick_until(lambda: any(p.kind == "poll" for p in w.posts))
    for i, vote in enumerate(["1", "扣1", "2"]):
        await w.say(f"v{i}", f"观众{i}", vote)
    await page.wait_for_function("() => document.getElementById('poll-2').textContent === '1'")
    assert await poll_counts(page) == (2, 1)
    await stop_poll(page)
    assert "3号 CNC操作工" in await page.inner_text("#apps")
    kinds = {row["kind"] for row in await post_log(page)}
    assert {"card", "poll"} <= kinds
    await page.screenshot(path=str(tmp_path / "console.png"), full_page=True)
    assert (tmp_path / "console.png").stat().st_size > 10_000
    await w.step(End(w.clock()))
    await page.wait_for_selector("#after-panel", state="visible")
    await send_feedback(page, "dingtai-sz", 5, "来了很多合适的人")
    assert bench.feedback == [("dingtai-sz", 5, "来了很多合适的人")]
    assert not await page.is_visible("#report-link")
    bench.report.write_text("<!doctype html><title>复盘报告</title><h1>复盘</h1>", encoding="utf-8")
    await page.wait_for_selector("#report-link", state="visible")
    async with page.context.expect_page() as opened:
        await page.click("#report-link")
    report = await opened.value
    await report.wait_for_load_state()
    assert await report.title() == "复盘报告"
