"""The Bilibili shell against a small real Bilibili on 127.0.0.1 (tests/fakes/fake_bilibili.py)."""

from __future__ import annotations

import asyncio
import contextlib
import socket

import pytest

from bot.errors import FeedError
from bot.events import Comment, Event, User, Viewers
from bot.platforms.bilibili.codec import Notice
from bot.platforms.bilibili.feed import BilibiliFeed
from tests.fakes.fake_bilibili import (
    FakeBilibiliRoom,
    brotli_frame,
    command,
    danmu,
    zlib_frame,
)

ROOM = 22608112
KEY = "secret-key"


async def collect(feed: BilibiliFeed) -> list[Event | Notice]:
    """Every event and notice of one connection, until the server hangs up."""
    return [event async for event in feed]


async def test_feed_authenticates_and_reads_compressed_danmaku() -> None:
    """Auth is checked, zlib and brotli DANMU_MSG packets become comments, heartbeats give viewers."""
    frames = [
        zlib_frame(
            command(danmu("工资多少", 77, "小王", 1732800012500)),
            command(danmu("包住吗", 78, "阿强", 1732800013000)),
        ),
        brotli_frame(command(danmu("3号几点上班", 79, "小美", 1732800014250))),
    ]
    async with FakeBilibiliRoom(ROOM, KEY, frames, popularity=4321, close_after_heartbeats=2) as room:
        feed = BilibiliFeed(room.url, ROOM, 160148624, KEY, heartbeat_interval=0.01, clock=lambda: 100.0)
        events = await asyncio.wait_for(collect(feed), timeout=10)
    assert room.auth == {
        "uid": 160148624, "roomid": ROOM, "protover": 3, "platform": "web", "type": 2, "key": KEY
    }  # fmt: skip
    comments = [e for e in events if isinstance(e, Comment)]
    assert [(c.text, c.user, c.ts) for c in comments] == [
        ("工资多少", User("77", "小王"), 1732800012.5),
        ("包住吗", User("78", "阿强"), 1732800013.0),
        ("3号几点上班", User("79", "小美"), 1732800014.25),
    ]
    assert Viewers(100.0, 4321) in events
    assert room.heartbeats == 2
    assert feed.decoder.bad == 0
    assert feed.drop_reason is None


async def test_heartbeats_follow_the_interval() -> None:
    """With a tiny interval the server sees heartbeat after heartbeat while the feed is read."""
    async with FakeBilibiliRoom(ROOM, KEY, beats_wanted=5) as room:
        feed = BilibiliFeed(room.url, ROOM, 1, KEY, heartbeat_interval=0.005)
        reader = asyncio.create_task(collect(feed))
        await asyncio.wait_for(room.enough_beats.wait(), timeout=10)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
    assert room.heartbeats >= 5
    assert feed.heartbeats_sent >= 5


async def test_a_refused_auth_is_a_feed_error() -> None:
    """A wrong key gets a non-zero auth reply: FeedError, not a silent empty feed."""
    async with FakeBilibiliRoom(ROOM, KEY) as room:
        feed = BilibiliFeed(room.url, ROOM, 1, "wrong-key", heartbeat_interval=0.01)
        with pytest.raises(FeedError, match="refused the auth"):
            await asyncio.wait_for(collect(feed), timeout=10)


async def test_an_unreachable_server_is_a_feed_error() -> None:
    """Nothing listening on the port: FeedError naming the URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"ws://127.0.0.1:{port}/sub"
    with pytest.raises(FeedError, match=url):
        await collect(BilibiliFeed(url, ROOM, 1, KEY))


async def test_notices_come_apart_from_events() -> None:
    """PREPARING, LIVE, LOG_IN_NOTICE and the account's own danmaku are notices, not events."""
    own = 160148624
    frames = [
        command({"cmd": "LOG_IN_NOTICE", "data": {"notice_msg": "未登录无法查看他人昵称"}}),
        command(danmu("3号工资多少", 79, "小美", 1732800012500)),
        command(danmu("@小美 3号7000-9000/月", own, "带岗小助手", 1732800013000)),
        command({"cmd": "PREPARING", "roomid": str(ROOM)}),
        command({"cmd": "LIVE", "roomid": ROOM}),
    ]
    async with FakeBilibiliRoom(ROOM, KEY, frames, close_after_heartbeats=1) as room:
        feed = BilibiliFeed(room.url, ROOM, own, KEY, heartbeat_interval=0.01, buvid="B3", clock=lambda: 5.0)
        items = await asyncio.wait_for(collect(feed), timeout=10)
    assert room.auth is not None
    assert room.auth["buvid"] == "B3"
    notices = [i for i in items if isinstance(i, Notice)]
    assert notices == [
        Notice("login_notice", "未登录无法查看他人昵称"),
        Notice("echo", "@小美 3号7000-9000/月"),
        Notice("preparing"),
        Notice("live"),
    ]
    assert [c.user.id for c in items if isinstance(c, Comment)] == ["79"]
