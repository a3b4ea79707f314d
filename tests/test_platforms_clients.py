"""The DouyinBarrageGrab, wxlivespy and Douyin-push clients against loopback tools speaking their formats.

The tools are fakes at the edge (a WebSocket server pushing DouyinBarrageGrab's frames, an HTTP
poster sending wxlivespy's batches and Douyin's signed pushes); the bot, the clients and the
store are real.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import aiohttp

from bot.events import End, Post
from bot.live.attach import Outputs, attach
from bot.platforms.douyin_grab.client import DouyinGrabFeed
from bot.platforms.douyin_push.client import DouyinPushServer
from bot.platforms.screen import END_GRACE
from bot.platforms.wxlivespy.client import WxLiveSpyServer
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.runtime.transport import Transport
from bot.store import SessionRecords, open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.fakes.fake_barrage_grab import FakeBarrageGrab
from tests.fakes.fake_room import Script, ScriptedRoom
from tests.fakes.fake_screen import WatchedScreen
from tests.fakes.tool_frames import (
    douyin_chat,
    douyin_end,
    douyin_like,
    douyin_member,
    douyin_stats,
    push_headers,
    wx_batch,
    wx_body,
    wx_event,
)
from tests.hand_clock import HandClock

T0 = 1_763_600_400.0
PHONE = "13812345678"


class Steps:
    """A stamp that moves two seconds on each call: the tools' messages carry no time of their own."""

    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> float:
        """The next time."""
        self.t += 2.0
        return self.t


async def run_attached(
    catalog: Catalog,
    db: Path,
    make: Callable[[LiveBot], Transport],
    screen: WatchedScreen,
    drive: Callable[[LiveBot], Awaitable[None]] | None = None,
    clock: Clock | None = None,
) -> tuple[LiveResult, SessionRecords]:
    """Attach a bot (overlay profile) through `make`, posts to `screen`, until the stream ends."""
    room = build_room(catalog, get_profile("overlay"))
    driving: list[asyncio.Task[None]] = []

    def ready(bot: LiveBot) -> None:
        """Give the bot its screen, and start driving the tool."""
        bot.overlay = screen
        if drive is not None:
            driving.append(asyncio.create_task(drive(bot)))

    with open_store(str(db)) as store:
        result = await asyncio.wait_for(
            attach(
                "tool",
                room,
                catalog,
                store,
                Outputs(),
                options=LiveOptions(idle_after=None, ack_wait=2.0),
                transport=make,
                on_ready=ready,
                clock=clock,
            ),
            timeout=20,
        )
        for task in driving:
            await task
        records = store.load(result.session)
        records = replace(records, comments=list(records.comments))
    return result, records


def _answers(posts: list[Post]) -> list[Post]:
    """The answer posts."""
    return [p for p in posts if p.kind == "answer"]


async def test_douyin_grab_answers_on_screen_once_across_a_reconnect(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Questions pushed by DouyinBarrageGrab are answered on the screen; a message pushed again after a
    reconnect is handled once; a phone is masked; the tool's end ends the run."""
    first = [
        douyin_stats(1, 800),
        douyin_member(2, 11, "小王", 801),
        douyin_chat(3, 11, "小王", "3号工资多少"),
        douyin_chat(4, 12, "阿强", f"报名3 电话{PHONE}"),
    ]
    second = [douyin_chat(4, 12, "阿强", f"报名3 电话{PHONE}"), douyin_like(5, 11, "小王", 9), douyin_end(6)]
    screen = WatchedScreen()
    made: list[DouyinGrabFeed] = []

    async with ScriptedRoom([Script(first, then="close"), Script(second)]) as tool:

        def make(bot: LiveBot) -> DouyinGrabFeed:
            """The client, reconnecting at once, stamping two seconds apart."""
            feed = DouyinGrabFeed(tool.url, bot, retry=Retry(lambda: itertools.repeat(0.0)), stamp=Steps())
            made.append(feed)
            return feed

        result, records = await run_attached(seed_catalog, tmp_path / "dy.db", make, screen)
    assert result.ended
    assert tool.connections == 2
    assert made[0].decoder.duplicates == 1
    assert len(records.applications) == 1
    answers = _answers(screen.shown)
    assert answers
    assert any(p.reply_to == ("3",) for p in answers)
    assert [p.id for p in screen.shown] == [p.id for p in result.posts]
    assert len({p.id for p in screen.shown}) == len(screen.shown)
    assert all(PHONE not in p.text for p in screen.shown)
    assert all(PHONE not in c.text for c in records.comments)
    assert records.ends


async def test_douyin_grab_dropped_mid_stream_reconnects_through_the_shared_loop(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """The tool hangs up mid-stream: the loop says why, waits its backoff on the injected clock and
    connects again; every message is stored once, the one the tool sends again counted once."""
    clock = HandClock()
    screen = WatchedScreen()
    made: list[DouyinGrabFeed] = []
    said: list[str] = []
    waited: list[int] = []

    async with FakeBarrageGrab() as tool:
        url = tool.url

        def make(bot: LiveBot) -> DouyinGrabFeed:
            """The client, with a fixed 2 s backoff, stamping two seconds apart."""
            feed = DouyinGrabFeed(
                tool.url, bot, retry=Retry(lambda: itertools.repeat(2.0)), stamp=Steps(), say=said.append
            )
            made.append(feed)
            return feed

        async def drive(bot: LiveBot) -> None:
            """Two questions, a hang-up, then one of them again, an application and the end."""
            await tool.wait_connections(1)
            await tool.push(douyin_chat(1, 11, "小王", "3号工资多少"), douyin_chat(2, 12, "阿强", "包住吗"))
            await clock.until(lambda: bot.runner.comments == 2)
            await tool.drop()
            await clock.until(lambda: made[0].drops == ["closed"])
            await clock.advance(1.5)
            waited.append(tool.connections)
            await clock.until(lambda: tool.connections == 2)
            await tool.wait_connections(2)
            await clock.until(lambda: made[0].connections == 2)
            await tool.push(
                douyin_chat(2, 12, "阿强", "包住吗"), douyin_chat(3, 13, "小李", "报名3"), douyin_end(4)
            )

        result, records = await run_attached(seed_catalog, tmp_path / "drop.db", make, screen, drive, clock)
    feed = made[0]
    assert result.ended
    assert waited == [1]  # 1.5 s into a 2 s backoff: not yet again
    assert tool.connections == 2 == feed.connections
    assert feed.drops == ["closed"]
    assert said[0] == f"connecting to {url}"
    assert said[1].startswith(f"{url}: connection lost (closed")
    assert said[1].endswith("retrying in 2.0 s")
    assert [c.comment_id for c in records.comments] == ["1", "2", "3"]
    assert feed.decoder.duplicates == 1
    assert result.comments == 3
    assert len(records.applications) == 1
    assert [g.reason for g in records.gaps] == ["closed"]


async def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST a body, the status."""
    async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as resp:
        return resp.status


async def _listening(server: WxLiveSpyServer | DouyinPushServer) -> str:
    """The server's URL, once it listens."""
    await asyncio.wait_for(server.listener.started.wait(), 5)
    return server.listener.url


async def test_wxlivespy_batches_answered_once_gzip_and_bad_body(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Batches (one gzipped) get 200 at once; a batch sent again is handled once; a bad body gets 400;
    live_status 2 ends the stream."""
    ask = wx_batch([wx_event("comment", 1, "o9hA", "小王", "3号工资多少", ms=int(T0 * 1000))], online=50)
    apply = wx_batch(
        [
            wx_event("enter", 2, "o9hB", "阿强", ms=int(T0 * 1000) + 1000),
            wx_event("comment", 3, "o9hB", "阿强", "报名3", ms=int(T0 * 1000) + 2000),
        ],
        online=51,
    )
    ended = wx_batch([wx_event("like", 4, "o9hA", "小王", ms=int(T0 * 1000) + 9000)], status=2)
    screen = WatchedScreen()
    made: list[WxLiveSpyServer] = []
    statuses: list[int] = []

    def make(bot: LiveBot) -> WxLiveSpyServer:
        """The server on a free port."""
        server = WxLiveSpyServer(0, bot)
        made.append(server)
        return server

    async def drive(bot: LiveBot) -> None:
        """POST the batches as wxlivespy does."""
        url = await _listening(made[0]) + "wxlive/forward"
        json_headers = {"Content-Type": "application/json"}
        statuses.append(await _post(url, wx_body(ask), json_headers))
        statuses.append(
            await _post(url, wx_body(ask, gzipped=True), {**json_headers, "Content-Encoding": "gzip"})
        )
        statuses.append(await _post(url, b"{not json", json_headers))
        statuses.append(await _post(url, wx_body(apply), json_headers))
        statuses.append(await _post(url, wx_body(ended), json_headers))

    result, records = await run_attached(seed_catalog, tmp_path / "wx.db", make, screen, drive)
    assert statuses == [200, 200, 400, 200, 200]
    assert result.ended
    assert made[0].decoder.duplicates == 1
    assert made[0].decoder.malformed == 1
    assert result.comments == 2
    assert len(records.applications) == 1
    assert any(p.reply_to == (ask["events"][0]["msg_id"],) for p in _answers(screen.shown))
    assert records.ends
    assert records.ends[0].ts >= T0 + 9 + END_GRACE


async def test_douyin_push_checks_signatures_and_dedups(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A signed comment push gets 200 and its answer on screen; the same push again adds nothing;
    a forged push gets 401."""
    body = json.dumps(
        [
            {
                "msg_id": "m1",
                "sec_openid": "s1",
                "content": "3号工资多少",
                "nickname": "小王",
                "timestamp": int(T0),
            }
        ],
        ensure_ascii=False,
    ).encode()
    later = json.dumps(
        [
            {
                "msg_id": "m2",
                "sec_openid": "s2",
                "content": "666",
                "nickname": "路人",
                "timestamp": int(T0) + 30,
            }
        ],
    ).encode()
    screen = WatchedScreen()
    made: list[DouyinPushServer] = []
    statuses: list[int] = []

    def make(bot: LiveBot) -> DouyinPushServer:
        """The callback server on a free port."""
        server = DouyinPushServer(0, "app-secret", bot)
        made.append(server)
        return server

    async def drive(bot: LiveBot) -> None:
        """Push as the platform does, then stop the run."""
        url = await _listening(made[0])
        statuses.append(await _post(url, body, push_headers("live_comment", body, "app-secret")))
        statuses.append(await _post(url, body, push_headers("live_comment", body, "app-secret")))
        statuses.append(await _post(url, body, push_headers("live_comment", body, "forged")))
        statuses.append(await _post(url, later, push_headers("live_comment", later, "app-secret")))
        await screen.wait_for("answer")
        await bot.receive(End(T0 + 40))

    result, _ = await run_attached(seed_catalog, tmp_path / "push.db", make, screen, drive)
    assert statuses == [200, 200, 401, 200]
    assert made[0].decoder.duplicates == 1
    assert made[0].decoder.refused == {"signature": 1}
    assert result.comments == 2
    assert any(p.reply_to == ("m1",) for p in _answers(screen.shown))
