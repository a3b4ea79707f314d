"""The overlay page in headless Chromium beside a real room: what viewers see, when a post counts as shown."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from PIL import Image
from playwright.async_api import Browser, BrowserContext, Dialog, Page, async_playwright

from bot.answer.facts import pay_range
from bot.console.app import STATE_KEY, Console, start_console
from bot.console.hub import Hub
from bot.console.overlay import CardBook, OverlaySink
from bot.events import Ack, Comment, Event, Feature, Post, Tick, User
from bot.profiles import get_profile
from bot.room import Room
from bot.wiring import build_room
from catalog.models import Catalog
from tests.console_driver import CHROMIUM, WATCH_ANSWERS, PageErrors, launch, open_console

pytestmark = [
    pytest.mark.browser,
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

T0 = 1_763_600_400.0
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
"""Screenshots kept for a person to look at (git-ignored)."""


@dataclass
class HandClock:
    """The overlay's wall clock, moved only by the test."""

    t: float = 0.0

    def __call__(self) -> float:
        """The time the test has set."""
        return self.t


@dataclass
class Rig:
    """A room under the overlay profile, its hub and console, and the overlay sink its posts go to."""

    room: Room
    hub: Hub
    sink: OverlaySink
    clock: HandClock
    console: Console
    browser: BrowserContext
    now: float = T0
    posts: list[Post] = field(default_factory=list)
    acks: dict[str, Ack] = field(default_factory=dict)
    n: int = 0

    def handle(self, event: Event) -> list[Post]:
        """One event into the room at the stream's `now`; its posts go to the overlay."""
        actions = self.room.handle(event, self.now)
        self.hub.observe(actions, self.now)
        posts = [a for a in actions if isinstance(a, Post)]
        for post in posts:
            self.posts.append(post)
            self.sink.send(post)
        return posts

    def say(self, name: str, text: str) -> None:
        """A viewer comments now."""
        self.n += 1
        self.handle(Comment(f"c-{self.n}", self.now, User(f"u-{self.n}", name), text))

    def until_post(self, kind: str) -> Post:
        """Tick the stream on, half a second at a time, until the room posts a `kind` post."""
        for _ in range(40):
            self.now += 0.5
            found = [p for p in self.handle(Tick(self.now)) if p.kind == kind]
            if found:
                return found[0]
        raise AssertionError(f"no {kind} post in 20 s")

    async def ack(self, post_id: str) -> Ack:
        """The overlay's ack of one post (handed back to the room, as the live bot does)."""
        async with asyncio.timeout(15):
            while post_id not in self.acks:
                ack = await self.sink.acks.get()
                self.acks[ack.id] = ack
                actions = self.room.handle(ack, self.now)
                self.hub.observe(actions, self.now)
        return self.acks[post_id]

    def tick_overlay(self, seconds: float) -> None:
        """Move the overlay's clock on and let it act."""
        self.clock.t += seconds
        self.sink.tick()

    async def page(self, width: int = 1280, height: int = 720) -> Page:
        """The overlay open in a new page, its first view on screen."""
        page = await self.browser.new_page()
        await page.set_viewport_size({"width": width, "height": height})
        page.set_default_timeout(15_000)
        await page.add_init_script(WATCH_ANSWERS)
        await page.goto(self.console.overlay_url)
        await page.wait_for_selector('body[data-state="live"]:not([data-version=""])', state="attached")
        return page


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    """One Chromium for the module's tests (each gets a fresh context)."""
    async with async_playwright() as pw:
        chromium = await launch(pw)
        yield chromium
        await chromium.close()


@pytest_asyncio.fixture(loop_scope="module")
async def rig(seed_catalog: Catalog, browser: Browser) -> AsyncIterator[Rig]:
    """A room under the overlay profile, the console on a free port, a fresh browser context."""
    room = build_room(seed_catalog, get_profile("overlay"))
    clock = HandClock()
    sink = OverlaySink(CardBook(room.index), clock=clock)
    holder: list[Rig] = []

    def submit(event: Event) -> None:
        """The host's commands go into the room like the worker's events."""
        holder[0].handle(event)

    hub = Hub(room, submit, lambda: holder[0].now, overlay=sink)
    console = await start_console(hub, port=0, push_interval=0.05)
    context = await browser.new_context()
    try:
        holder.append(Rig(room, hub, sink, clock, console, context))
        yield holder[0]
    finally:
        await context.close()
        await console.close()


async def _shown(page: Page) -> list[str]:
    """The answers the page has put on screen, in order."""
    seen: list[str] = await page.evaluate("window.__answers.filter(Boolean)")
    return seen


async def _watch(page: Page) -> tuple[PageErrors, list[str]]:
    """Collect the page's errors and any dialog it opens (a script run from viewer text would)."""
    dialogs: list[str] = []

    async def dismiss(dialog: Dialog) -> None:
        """Note and close the dialog."""
        dialogs.append(dialog.message)
        await dialog.dismiss()

    page.on("dialog", dismiss)
    return PageErrors().watch(page), dialogs


async def test_the_overlay_needs_the_token_which_may_ride_in_the_url(rig: Rig) -> None:
    """Without the token /overlay, its socket and its script are refused with 401; `?token=` opens it."""
    base = rig.console.url.split("/?", 1)[0]
    async with aiohttp.ClientSession() as http:
        for path in ("/overlay", "/overlay/ws", "/static/overlay.js", "/overlay?token=wrong"):
            async with http.get(base + path) as resp:
                assert resp.status == 401, path
        async with http.get(rig.console.overlay_url) as resp:
            assert resp.status == 200
            page = await resp.text()
            assert "overlay.js" in page
            assert "http" not in page.replace(rig.console.overlay_url.split("/overlay")[0], "")
            assert "default-src 'none'" in resp.headers["Content-Security-Policy"]


async def test_the_card_and_an_answer_with_its_askers_appear(rig: Rig, seed_catalog: Catalog) -> None:
    """The featured job's card (from the catalogue) and the room's answer naming its asker are on screen."""
    page = await rig.page()
    errors, _ = await _watch(page)
    job = next(j for j in seed_catalog.jobs if j.number == 3)
    card = next(p for p in rig.handle(Feature(rig.now, job.id)) if p.kind == "card")
    assert (await rig.ack(card.id)).ok
    await page.wait_for_selector(f'#card[data-job="{job.id}"]', state="visible")
    assert await page.inner_text("#card-title") == job.title
    assert await page.inner_text("#card-num") == "3号"
    assert await page.inner_text("#card-city") == rig.room.index.city_of(job)
    assert await page.inner_text("#card-pay") == pay_range(job)
    assert "报名3" in await page.inner_text("#card-apply")
    rig.say("小王", "3号工资多少")
    answer = rig.until_post("answer")
    ack = await rig.ack(answer.id)
    assert ack.ok
    assert await page.get_attribute("#answer", "data-id") == answer.id
    assert await page.inner_text("#answer-askers") == "小王"
    text = await page.inner_text("#answer-text")
    assert text
    assert text in answer.text
    assert rig.hub.snapshot()["posts"]["counts"]["shown"] == 2
    assert errors.messages == []


async def test_viewer_markup_shows_as_text(rig: Rig) -> None:
    """A viewer named `<img src=x onerror=alert(1)>` and markup in a post are shown literally, never run."""
    page = await rig.page()
    errors, dialogs = await _watch(page)
    rig.handle(Feature(rig.now, "J003"))
    rig.say("<img src=x onerror=alert(1)>", "3号工资多少")
    answer = rig.until_post("answer")
    assert (await rig.ack(answer.id)).ok
    assert (await page.inner_text("#answer-askers")).startswith("<img")  # the room cuts names to 12
    rig.tick_overlay(5)
    markup = "@<img/src=x/onerror=alert(2)> <img src=x onerror=alert(3)><b>粗</b>"
    rig.sink.send(Post(rig.now, "h-1", "host", markup))
    assert (await rig.ack("h-1")).ok
    assert await page.inner_text("#answer-askers") == "<img/src=x/onerror=alert(2)>"
    assert await page.inner_text("#answer-text") == "<img src=x onerror=alert(3)><b>粗</b>"
    assert await page.locator("#stage img, #stage b").count() == 0
    assert dialogs == []
    assert errors.messages == []


async def test_a_phone_number_in_a_post_is_masked(rig: Rig) -> None:
    """A phone number typed into an answer reaches the screen masked."""
    page = await rig.page()
    rig.sink.send(Post(rig.now, "h-1", "host", "@小李 有事打13812345678或0512-66881234"))
    assert (await rig.ack("h-1")).ok
    shown = await page.inner_text("#answer-text")
    assert "138****5678" in shown
    assert "13812345678" not in await page.content()
    assert "66881234" not in await page.content()


async def test_a_post_is_acked_only_once_it_is_on_screen(rig: Rig) -> None:
    """No page: no_overlay at once. With a page: ok only after the page shows it; the next waits its turn."""
    rig.sink.send(Post(rig.now, "p-0", "answer", "@小王 3号包住"))
    assert await rig.ack("p-0") == Ack(rig.clock.t, "p-0", False, "no_overlay")
    page = await rig.page()
    rig.sink.send(Post(rig.now, "p-1", "answer", "@小王 3号包住"))
    rig.sink.send(Post(rig.now, "p-2", "answer", "@阿强 5号不包吃"))
    assert (await rig.ack("p-1")).ok
    assert await page.get_attribute("#answer", "data-id") == "p-1"
    assert rig.sink.acks.empty()
    assert "p-2" not in rig.acks
    assert "5号不包吃" not in await page.inner_text("body")
    rig.tick_overlay(4.0)
    assert (await rig.ack("p-2")).ok
    assert await page.get_attribute("#answer", "data-id") == "p-2"
    assert await _shown(page) == ["p-1", "p-2"]
    await page.close()
    await _pages(rig.sink, 0)
    rig.sink.send(Post(rig.now, "p-3", "answer", "@小李 7号日结"))
    assert (await rig.ack("p-3")).reason == "no_overlay"


async def _pages(sink: OverlaySink, count: int) -> None:
    """Wait until the server side counts `count` pages (a closed page's socket goes asynchronously)."""
    changed = asyncio.Event()
    stop = sink.listen(changed.set)
    try:
        async with asyncio.timeout(15):
            while sink.stage.pages != count:
                await changed.wait()
                changed.clear()
    finally:
        stop()


async def test_stale_answers_are_dropped_on_the_overlays_clock(rig: Rig) -> None:
    """Answers that waited past the limit behind others are dropped unseen, the rest shown in turn."""
    page = await rig.page()
    for i, text in enumerate(["一号包住", "二号包吃", "三号日结", "四号长白班"]):
        rig.sink.send(Post(rig.now, f"p-{i}", "answer", f"@观众{i} {text}"))
    assert (await rig.ack("p-0")).ok
    rig.tick_overlay(4.0)
    assert (await rig.ack("p-1")).ok
    rig.tick_overlay(4.5)
    assert (await rig.ack("p-2")).reason == "stale"
    assert (await rig.ack("p-3")).reason == "stale"
    assert await page.get_attribute("#answer", "data-id") == "p-1"
    assert await _shown(page) == ["p-0", "p-1"]
    rig.tick_overlay(15.0)
    await page.wait_for_selector("#answer", state="hidden")


async def test_nothing_is_shown_twice(rig: Rig) -> None:
    """One post handed over twice, a retry of a shown post, the same words to the same askers: shown once."""
    page = await rig.page()
    post = Post(rig.now, "p-1", "answer", "@小王 3号包住")
    rig.sink.send(post)
    rig.sink.send(post)
    assert (await rig.ack("p-1")).ok
    rig.sink.send(Post(rig.now, "p-2", "answer", "@小王 3号包住", retry_of="p-1"))
    assert (await rig.ack("p-2")).ok
    rig.tick_overlay(5.0)
    rig.sink.send(Post(rig.now, "p-3", "answer", "@小王 3号包住"))
    assert (await rig.ack("p-3")).reason == "repeat"
    rig.sink.send(Post(rig.now, "p-4", "answer", "@阿强 3号包住"))
    assert (await rig.ack("p-4")).ok
    rig.tick_overlay(26.0)
    rig.sink.send(Post(rig.now, "p-5", "answer", "@小王 3号包住"))
    assert (await rig.ack("p-5")).ok
    assert await _shown(page) == ["p-1", "p-4", "p-5"]


async def test_a_page_that_reconnects_does_not_show_the_answer_again(rig: Rig) -> None:
    """After its socket drops, the page comes back to the same answer without showing it a second time."""
    page = await rig.page()
    rig.sink.send(Post(rig.now, "p-1", "answer", "@小王 3号包住"))
    assert (await rig.ack("p-1")).ok
    for ws in list(rig.console.runner.app[STATE_KEY].sockets):
        await ws.close()
    await page.wait_for_selector('body[data-state="offline"]', state="attached")
    await page.wait_for_selector('body[data-state="live"]', state="attached")
    await _pages(rig.sink, 1)
    assert await page.get_attribute("#answer", "data-id") == "p-1"
    assert await page.is_visible("#answer")
    assert await _shown(page) == ["p-1"]
    assert rig.sink.acks.empty()


async def test_the_host_hides_the_overlay_from_the_console(rig: Rig) -> None:
    """The console shows the overlay connected; hidden, the overlay shows nothing and posts are not shown."""
    overlay = await rig.page()
    rig.handle(Feature(rig.now, "J003"))
    await overlay.wait_for_selector('#card[data-job="J003"]', state="visible")
    console = await rig.browser.new_page()
    await console.set_viewport_size({"width": 1600, "height": 1000})
    console.set_default_timeout(15_000)
    await open_console(console, rig.console.url)
    await console.wait_for_selector('#overlay-status[data-pages="1"]', state="attached")
    assert "已连接 1" in await console.inner_text("#overlay-status")
    ARTIFACTS.mkdir(exist_ok=True)
    await console.locator("header.bar").screenshot(path=str(ARTIFACTS / "console-overlay-status.png"))
    await console.click("#overlay-toggle")
    await overlay.wait_for_selector('body[data-hidden="true"]', state="attached")
    assert not await overlay.is_visible("#card")
    await console.wait_for_selector('#overlay-status[data-hidden="true"]', state="attached")
    rig.sink.send(Post(rig.now, "x-1", "answer", "@小王 3号包住"))
    assert await rig.ack("x-1") == Ack(rig.clock.t, "x-1", False, "hidden")
    assert not await overlay.is_visible("#answer")
    await console.click("#overlay-toggle")
    await overlay.wait_for_selector('#card[data-job="J003"]', state="visible")
    rig.sink.send(Post(rig.now, "x-2", "answer", "@小王 5号不包吃"))
    assert (await rig.ack("x-2")).ok
    assert await _shown(overlay) == ["x-2"]


@pytest.mark.parametrize(("name", "width", "height"), [("landscape", 1920, 1080), ("portrait", 1080, 1920)])
async def test_screenshots_are_readable_and_transparent(
    rig: Rig, tmp_path: Path, name: str, width: int, height: int
) -> None:
    """At 16:9 and 9:16 the card and the answer fit the frame in large type over a transparent background."""
    page = await rig.page(width, height)
    rig.handle(Feature(rig.now, "J003"))
    rig.say("小王", "3号工资多少")
    rig.say("阿强", "3号工资怎么算")
    answer = rig.until_post("answer")
    assert (await rig.ack(answer.id)).ok
    for box_id in ("#card", "#answer"):
        box = await page.locator(box_id).bounding_box()
        assert box is not None
        assert box["x"] >= 0
        assert box["y"] >= 0
        assert box["x"] + box["width"] <= width
        assert box["y"] + box["height"] <= height
    size = await page.eval_on_selector("#answer", "el => parseFloat(getComputedStyle(el).fontSize)")
    assert size >= 0.02 * width
    png = await page.screenshot(omit_background=True, animations="disabled")
    ARTIFACTS.mkdir(exist_ok=True)
    for folder in (tmp_path, ARTIFACTS):
        (folder / f"overlay-{name}.png").write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    assert image.size == (width, height)
    assert image.getpixel((width // 2, height // 2))[3] == 0
    assert image.getpixel((width - 2, 2))[3] == 0
    card = await page.locator("#card").bounding_box()
    assert card is not None
    inside = image.getpixel((int(card["x"] + card["width"] / 2), int(card["y"] + 4)))
    assert inside[3] > 150
