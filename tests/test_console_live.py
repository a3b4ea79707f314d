"""The host console in Chromium beside a live room: a `RoomServer` on the loopback and the attach shell.

The room plays a short recording at a pace a host can click along with; the bot attaches to it over
the WebSocket exactly as `daigang attach --console 0` does, and the page is opened from the link
attach prints. What the host does on the page is checked where it lands: in the room's chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import pytest
from playwright.async_api import Page, async_playwright

from bot.events import (
    Action,
    Comment,
    End,
    Event,
    Feature,
    Post,
    PostAcked,
    QuestionOpened,
    QuestionQueued,
    User,
    Viewers,
)
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer, Verdict
from bot.profiles import get_profile
from bot.room import Room
from bot.runtime.live import LiveBot, LiveResult
from bot.store import open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.console_driver import (
    CHROMIUM,
    PageErrors,
    answer_first_queued,
    feature_job,
    featured_job,
    launch,
    open_console,
    set_paused,
    wait_for_post,
)

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"Debian's chromium is not installed at {CHROMIUM}"
)

T0 = 1_763_600_400.0
SPEED = 2.0
"""Twice real time: the recording's 32 s of stream play in 16 s."""
LENGTH = 32.0
"""Seconds of stream time in the recording."""
WAIT = 15.0
"""Wall seconds any one step may take before the test fails."""

ASKED = [
    "3号工资多少",
    "5号包住吗",
    "7号吃饭怎么解决",
    "1号上班时间",
    "9号工资多少",
    "4号住宿怎么样",
    "6号工资多少",
    "10号工资多少",
    "11号宿舍几个人",
    "12号上几休几",
]
"""Questions the catalogue answers, asked in turn all through the recording by new viewers."""


def recording(length: float = LENGTH) -> list[Event]:
    """A stream of `length` s: J001 on screen, an off-topic question, two askers of a fact the
    catalogue lacks, then an answerable question every 1.5 s; the viewer count every 0.5 s."""
    events: list[Event] = [Viewers(T0 + i * 0.5, 100 + i) for i in range(int(length * 2) + 1)]
    events.append(Feature(T0 + 0.25, "J001"))
    said = [(1.0, "路过的老乡", "主播哪里人"), (2.0, "小王", "2号有发展吗"), (3.0, "阿强", "2号能晋升吗")]
    at = 4.0
    while at <= length:
        said.append((at, f"观众{len(said)}", ASKED[(len(said) - 3) % len(ASKED)]))
        at += 1.5
    for n, (offset, name, text) in enumerate(said, 1):
        events.append(Comment(f"c-{n:04d}", T0 + offset + 0.1, User(f"u-{n:04d}", name), text))
    events.sort(key=lambda e: e.ts)
    events.append(End(T0 + length + 0.5))
    return events


@dataclass
class Watch:
    """Every action the bot decided, with the stream time it decided it at (attach's tap)."""

    seen: list[tuple[float, Action]] = field(default_factory=list)
    now: float = 0.0
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def __call__(self, actions: list[Action], now: float) -> None:
        """One batch of actions from the worker."""
        self.seen.extend((now, a) for a in actions)
        self.now = max(self.now, now)
        self.changed.set()

    def since(self, mark: int) -> list[Action]:
        """The actions decided after the first `mark`."""
        return [a for _, a in self.seen[mark:]]

    async def until(self, check: Callable[[], bool], what: str) -> None:
        """Wait until the bot has decided what makes `check()` hold; fail after `WAIT` s."""
        try:
            async with asyncio.timeout(WAIT):
                while not check():
                    self.changed.clear()
                    await self.changed.wait()
        except TimeoutError:
            pytest.fail(f"not within {WAIT} s: {what}")


@dataclass
class Live:
    """A running attach with its console, the room it is attached to, and what the bot decided."""

    server: RoomServer
    room: Room
    task: asyncio.Task[LiveResult]
    console_url: str
    watch: Watch
    release: asyncio.Event

    async def finish(self) -> LiveResult:
        """Let attach return once the stream has ended; what the run did."""
        self.release.set()
        async with asyncio.timeout(LENGTH / SPEED + WAIT):
            return await self.task


@contextlib.asynccontextmanager
async def attached(
    events: Sequence[Event], catalog: Catalog, db: Path, capsys: pytest.CaptureFixture[str]
) -> AsyncIterator[Live]:
    """The room playing `events` at `SPEED`, the bot attached with its console on a free port.

    The console's link is read from what attach prints; attach stays in its `after` step (the
    console up) until `Live.finish`.
    """
    room = build_room(catalog, get_profile("generic"))
    room.understander.warm()
    watch = Watch()
    release = asyncio.Event()
    link: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def ready(bot: LiveBot) -> None:
        """Attach is wired and its console listens: take the printed link."""
        found = re.search(r"console:\s+(\S+)", capsys.readouterr().out)
        if found is None:
            link.set_exception(AssertionError("attach printed no console link"))
        else:
            link.set_result(found.group(1))

    async def after(result: LiveResult) -> None:
        """Keep the console up until the test is done with it."""
        await release.wait()

    with open_store(str(db)) as store:
        async with RoomServer(events, get_profile("generic"), speed=SPEED) as server:
            outputs = Outputs(console=0)
            task = asyncio.create_task(
                attach(server.url, room, catalog, store, outputs, on_ready=ready, tap=watch, after=after)
            )
            try:
                first: set[asyncio.Future[Any]] = {link, task}
                await asyncio.wait(first, timeout=WAIT, return_when=asyncio.FIRST_COMPLETED)
                if task.done():
                    task.result()
                assert link.done(), "attach did not start its console"
                yield Live(server, room, task, link.result(), watch, release)
            finally:
                release.set()
                task.cancel()
                await asyncio.wait({task})


def shown_since(server: RoomServer, count: int) -> list[Verdict]:
    """What the room showed after its first `count` verdicts."""
    return [v for v in server.verdicts[count:] if v.outcome == "shown"]


async def check_featuring_posts_its_card(page: Page, live: Live, job: str) -> None:
    """A job featured on the page, not on screen before, has its card shown in the room."""
    assert await featured_job(page) != job
    assert not any(v.kind == "card" and v.job == job for v in live.server.verdicts)
    await feature_job(page, job)
    await wait_for_post(page, "card", "shown", job=job)
    assert live.room.featured == job
    cards = [v for v in live.server.shown if v.kind == "card" and v.job == job]
    assert cards
    assert all(v.reply_to == () for v in cards)


async def check_host_answer_names_the_askers(page: Page, live: Live, answer: str) -> None:
    """The host's typed answer to the queued question is shown in the room @-ing its askers."""
    await page.wait_for_function(
        "() => document.querySelector('#queue > li:not(.sent) .askers')?.textContent === '2人在等'"
    )
    key = await answer_first_queued(page, answer)
    qids = {q for _, a in live.watch.seen if isinstance(a, QuestionQueued) and a.key == key for q in a.qids}
    askers = {a.comment_id: a.user_name for _, a in live.watch.seen if isinstance(a, QuestionOpened)}
    asked = {qid.rsplit("#", 1)[0] for qid in qids}
    assert {askers[c] for c in asked} == {"小王", "阿强"}

    def hosts() -> list[Post]:
        """The host's answers the bot has posted."""
        return [a for a in live.watch.since(0) if isinstance(a, Post) and a.kind == "host"]

    await live.watch.until(lambda: bool(hosts()), "the host's answer posted")
    await wait_for_post(page, "host", "shown")
    post_id = hosts()[0].id
    verdict = next(v for v in live.server.shown if v.id == post_id)
    assert verdict.text.startswith("@")
    assert "@小王" in verdict.text
    assert "@阿强" in verdict.text
    assert answer in verdict.text
    assert set(verdict.reply_to) == asked


async def check_pause_stops_posts(page: Page, live: Live) -> None:
    """Paused on the page, the room gets no post while questions keep coming; resumed, it does."""
    watch, server = live.watch, live.server
    await set_paused(page, True)
    assert live.room.paused
    verdicts, mark, paused_at = len(server.verdicts), len(watch.seen), watch.now

    def asked_since() -> list[QuestionOpened]:
        """Questions about a job opened since the pause."""
        return [a for a in watch.since(mark) if isinstance(a, QuestionOpened) and a.job is not None]

    await watch.until(
        lambda: len(asked_since()) >= 3 and watch.now - paused_at >= 5.0,
        "three questions over five seconds of stream while paused",
    )
    assert server.verdicts[verdicts:] == []
    assert not [a for a in watch.since(mark) if isinstance(a, Post)]
    await page.wait_for_function("() => Number(document.getElementById('waiting-total').textContent) >= 2")
    assert await page.is_visible("#paused-banner")
    waiting = {a.comment_id for a in asked_since()}

    await set_paused(page, False)
    resumed = len(watch.seen)
    await watch.until(
        lambda: any(isinstance(a, PostAcked) and a.status == "shown" for a in watch.since(resumed)),
        "a post shown after resuming",
    )
    assert shown_since(server, verdicts)
    await watch.until(
        lambda: any(set(v.reply_to) & waiting for v in shown_since(server, verdicts)),
        "an answer to a question asked during the pause shown",
    )


@pytest.mark.browser
@needs_chromium
async def test_the_console_drives_a_live_room(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Feature, answer and pause from the page beside a live room; each lands in the room's chat."""
    events = recording()
    async with async_playwright() as pw:
        chromium = await launch(pw)
        try:
            page = await chromium.new_page(viewport={"width": 1600, "height": 1000})
            page.set_default_timeout(WAIT * 1000)
            errors = PageErrors().watch(page)
            async with attached(events, seed_catalog, tmp_path / "live.db", capsys) as live:
                assert urlsplit(live.console_url).hostname == "127.0.0.1"
                await open_console(page, live.console_url)
                await check_featuring_posts_its_card(page, live, "J004")
                await check_host_answer_names_the_askers(page, live, "干满半年可以考组长")
                await check_pause_stops_posts(page, live)
                shot = tmp_path / "console-live.png"
                await page.screenshot(path=str(shot), full_page=True)
                with capsys.disabled():
                    print(f"\nconsole screenshot: {shot}")
                assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
                assert shot.stat().st_size > 20_000
                await page.wait_for_selector('body[data-ended="true"]', state="attached")
                assert errors.messages == []
                await page.close()
                result = await live.finish()
        finally:
            await chromium.close()
    assert result.ended
    assert result.comments == sum(isinstance(e, Comment) for e in events)
    assert [v.id for v in live.server.verdicts] == [p.id for p in result.posts]


def listening_on(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on `port`, from the kernel's tables."""
    found: set[str] = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, _, hex_port = fields[1].partition(":")
            if fields[3] != "0A" or int(hex_port, 16) != port:
                continue
            raw = bytes.fromhex(address)
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found.add(str(ipaddress.ip_address(words)))
    return found


async def test_the_console_of_a_live_run_needs_its_token_and_stays_on_loopback(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While attach runs, / and /ws answer 401 without the token, and only 127.0.0.1 is listened on."""
    async with attached(recording(4.0), seed_catalog, tmp_path / "auth.db", capsys) as live:
        url = urlsplit(live.console_url)
        assert url.hostname == "127.0.0.1"
        assert url.port is not None
        token = url.query.removeprefix("token=")
        base = f"http://127.0.0.1:{url.port}"
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
            for path in ("/", "/?token=not-the-token", "/api/state"):
                async with http.get(base + path) as response:
                    assert response.status == 401, path
            for path in ("/ws", "/ws?token=not-the-token"):
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await http.ws_connect(base + path)
                assert refused.value.status == 401, path
            async with http.get(live.console_url) as response:
                assert response.status == 200
            async with http.ws_connect(f"{base}/ws?token={token}") as ws:
                state = await ws.receive_json(timeout=WAIT)
                assert "paused" in state
        with pytest.raises(ConnectionRefusedError):
            await asyncio.open_connection("127.0.0.2", url.port)
        assert listening_on(url.port) == {"127.0.0.1"}
        assert not live.task.done()
        result = await live.finish()
    assert result.ended
