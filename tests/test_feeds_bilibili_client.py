"""The Bilibili shell against a small real Bilibili on 127.0.0.1 (tests/fakes/fake_bilibili.py)."""

from __future__ import annotations

import asyncio
import contextlib
import socket

import pytest

from bot.errors import FeedError, InputError
from bot.events import Ack, Comment, Event, Post, User, Viewers
from bot.platforms.bilibili.client import BilibiliFeed, BilibiliSender, send_reason
from tests.fakes.fake_bilibili import (
    FakeBilibiliRoom,
    FakeSendEndpoint,
    brotli_frame,
    command,
    danmu,
    zlib_frame,
)

ROOM = 22608112
KEY = "secret-key"
COOKIE = "SESSDATA=abc%2C123; bili_jct=0123456789abcdef; DedeUserID=160148624"


async def collect(feed: BilibiliFeed) -> list[Event]:
    """Every event of one connection, until the server hangs up."""
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


async def test_sender_posts_the_form_with_cookie_and_csrf() -> None:
    """A code-0 answer is a shown post; the form carries msg, roomid, csrf from bili_jct and the rest."""
    async with (
        FakeSendEndpoint(ROOM) as endpoint,
        BilibiliSender(endpoint.base_url, ROOM, COOKIE, clock=lambda: 50.0) as sender,
    ):
        ack = await sender.send(Post(1732800020.7, "p-1", "answer", "@小王 3号7000-9000/月"))
    assert ack == Ack(50.0, "p-1", True)
    [form] = endpoint.received
    assert form["msg"] == "@小王 3号7000-9000/月"
    assert form["roomid"] == str(ROOM)
    assert form["csrf"] == "0123456789abcdef"
    assert form["rnd"] == "1732800020"
    assert {"color", "fontsize", "mode"} <= form.keys()


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ((200, {"code": 10030, "message": "您发送弹幕的频率过快"}), "too_fast"),
        ((200, {"code": 1003, "message": "您已被禁言", "msg": "您已被禁言"}), "muted"),
        ((200, {"code": 10031, "message": "不能发送重复弹幕"}), "repeat"),
        ((200, {"code": -101, "message": "账号未登录"}), "账号未登录"),
        ((200, {"code": 0, "data": {}, "message": "k", "msg": "k"}), "dropped"),
        ((500, "Internal Server Error"), "http 500"),
    ],
)
async def test_sender_turns_failures_into_failed_acks(reply: tuple[int, object], reason: str) -> None:
    """A non-zero code, a silent drop or an HTTP error is an ack with ok False and a reason."""
    async with (
        FakeSendEndpoint(ROOM, {"问": reply}) as endpoint,
        BilibiliSender(endpoint.base_url, ROOM, COOKIE) as sender,
    ):
        ack = await sender.send(Post(1.0, "p-2", "answer", "问"))
    assert not ack.ok
    assert ack.reason == reason


async def test_sender_with_a_stale_csrf_is_refused() -> None:
    """The endpoint checks the CSRF token against the cookie; a mismatch comes back as a failed ack."""
    async with (
        FakeSendEndpoint(ROOM) as endpoint,
        BilibiliSender(endpoint.base_url, ROOM + 1, COOKIE) as sender,
    ):
        ack = await sender.send(Post(1.0, "p-3", "answer", "hi"))
    assert not ack.ok
    assert ack.reason == "房间号错误"


async def test_sender_survives_a_server_that_is_gone() -> None:
    """A connection error is a failed ack, not an exception."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with BilibiliSender(f"http://127.0.0.1:{port}", ROOM, COOKIE) as sender:
        ack = await sender.send(Post(1.0, "p-4", "answer", "hi"))
    assert not ack.ok
    assert str(ack.reason).startswith("error:")


def test_a_cookie_without_bili_jct_is_bad_input() -> None:
    """The CSRF token comes from the cookie; without it the sender cannot work."""
    with pytest.raises(InputError, match="bili_jct"):
        BilibiliSender("http://127.0.0.1:1", ROOM, "SESSDATA=abc")


def test_send_reasons_fall_back_to_the_message() -> None:
    """Unrecognised messages are the reason as given; no message names the code."""
    assert send_reason(10024, "超出限制长度") == "too_long"
    assert send_reason(-400, "请求错误") == "请求错误"
    assert send_reason(-400, None) == "code -400"
