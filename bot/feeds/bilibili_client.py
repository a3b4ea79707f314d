"""The thin async shell around `bilibili`: a room's danmaku feed and posting through the HTTP API.

`BilibiliFeed` connects, authenticates, sends a heartbeat every `heartbeat_interval` seconds and
yields the events of every message it receives; it does no reconnecting of its own (the caller's
loop does, and records the gap). `BilibiliSender` posts a message through `{base_url}/msg/send`
with the account's cookie and turns the answer into an `Ack`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any, Final

import aiohttp
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, InvalidHandshake, InvalidURI

from bot.errors import FeedError, InputError
from bot.events import Ack, Event, Post
from bot.feeds.bilibili import OP_AUTH_REPLY, BilibiliDecoder, auth_packet, heartbeat_packet, packet_to_event

MAX_MESSAGE: Final = 4 << 20
"""Largest WebSocket message accepted, in bytes."""


class BilibiliFeed:
    """One connection to a Bilibili room's danmaku server, read as events.

    Iterate it (`async for event in feed`, closed with `contextlib.aclosing(feed.events())` when
    leaving early). A server that cannot be reached or refuses the auth raises `FeedError`; a
    connection that drops ends the iteration, with `drop_reason` saying why (None: a clean close).
    """

    def __init__(
        self,
        url: str,
        room_id: int,
        uid: int,
        key: str,
        heartbeat_interval: float = 30.0,
        *,
        auth_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Where to connect and as whom; `clock` stamps events that carry no time of their own."""
        self.url = url
        self.room_id = room_id
        self.uid = uid
        self.key = key
        self.heartbeat_interval = heartbeat_interval
        self.auth_timeout = auth_timeout
        self.clock = clock
        self.decoder = BilibiliDecoder()
        self.heartbeats_sent = 0
        self.drop_reason: str | None = None

    def __aiter__(self) -> AsyncIterator[Event]:
        """The events of one connection."""
        return self.events()

    async def events(self) -> AsyncIterator[Event]:
        """Connect, authenticate, beat, and yield events until the connection ends."""
        try:
            ws = await connect(self.url, max_size=MAX_MESSAGE, open_timeout=self.auth_timeout)
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
            raise FeedError(f"cannot connect to {self.url}: {exc}") from exc
        async with ws:
            pending = await self._authenticate(ws)
            beat = asyncio.create_task(self._beat(ws))
            try:
                for event in pending:
                    yield event
                async for message in ws:
                    data = message.encode() if isinstance(message, str) else message
                    for event in self.decoder.events(data, self.clock()):
                        yield event
                self.drop_reason = None
            except ConnectionClosedOK:
                self.drop_reason = None
            except ConnectionClosed as exc:
                self.drop_reason = str(exc)
            finally:
                beat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await beat

    async def _authenticate(self, ws: ClientConnection) -> list[Event]:
        """Send the auth packet and wait for its reply; the events that came with it."""
        pending: list[Event] = []
        try:
            await ws.send(auth_packet(self.uid, self.room_id, self.key))
            async with asyncio.timeout(self.auth_timeout):
                while True:
                    message = await ws.recv()
                    data = message.encode() if isinstance(message, str) else message
                    authed = False
                    for packet in self.decoder.feed(data):
                        if packet.op == OP_AUTH_REPLY:
                            code = packet.data.get("code") if packet.data else None
                            if code != 0:
                                raise FeedError(
                                    f"{self.url}: room {self.room_id} refused the auth (code {code})"
                                )
                            authed = True
                            continue
                        event = packet_to_event(packet, self.clock(), self.decoder.unknown_commands)
                        if event is not None:
                            pending.append(event)
                    if authed:
                        return pending
        except ConnectionClosed as exc:
            raise FeedError(f"{self.url}: connection closed before the auth reply ({exc})") from exc
        except TimeoutError as exc:
            raise FeedError(f"{self.url}: no auth reply within {self.auth_timeout} s") from exc

    async def _beat(self, ws: ClientConnection) -> None:
        """Send a heartbeat now and every `heartbeat_interval` seconds until the connection ends."""
        packet = heartbeat_packet()
        with contextlib.suppress(ConnectionClosed):
            while True:
                await ws.send(packet)
                self.heartbeats_sent += 1
                await asyncio.sleep(self.heartbeat_interval)


def cookie_value(cookie: str, name: str) -> str | None:
    """One value of a `Cookie:` header string (`a=1; b=2`), None when absent or empty."""
    for part in cookie.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key.strip() == name:
            return value.strip().strip('"') or None
    return None


_REASONS: Final = (
    ("频率过快", "too_fast"),
    ("过于频繁", "too_fast"),
    ("太快", "too_fast"),
    ("超出限制长度", "too_long"),
    ("长度", "too_long"),
    ("太长", "too_long"),
    ("重复", "repeat"),
    ("禁言", "muted"),
    ("被禁", "muted"),
)
"""Words of the platform's error messages and the ack reason each means."""

SILENT_DROPS: Final = frozenset({"f", "k"})
"""`message` values of a code-0 answer whose text is filtered and never shown."""


def send_reason(code: object, message: object) -> str:
    """An ack reason for a failed send: too_fast/too_long/repeat/muted when recognised, else the message."""
    text = message if isinstance(message, str) else ""
    for word, reason in _REASONS:
        if word in text:
            return reason
    return text or f"code {code}"


class BilibiliSender:
    """Posts messages to a room through Bilibili's HTTP send endpoint with the account's cookie."""

    def __init__(
        self,
        base_url: str,
        room_id: int,
        cookie: str,
        *,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`cookie` is the account's `Cookie:` header; it must hold `bili_jct` (the CSRF token)."""
        csrf = cookie_value(cookie, "bili_jct")
        if csrf is None:
            raise InputError("bilibili cookie: no bili_jct in it (copy the whole Cookie header)")
        self.url = base_url.rstrip("/") + "/msg/send"
        self.room_id = room_id
        self.cookie = cookie
        self.csrf = csrf
        self.timeout = timeout
        self.clock = clock
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> BilibiliSender:
        """Use as `async with`: the HTTP session closes on exit."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the HTTP session."""
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session (a later send opens a new one)."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _form(self, post: Post) -> dict[str, str]:
        """The send endpoint's form fields for one post."""
        return {
            "msg": post.text,
            "roomid": str(self.room_id),
            "csrf": self.csrf,
            "csrf_token": self.csrf,
            "rnd": str(int(post.ts)),
            "color": "16777215",
            "fontsize": "25",
            "mode": "1",
        }

    async def send(self, post: Post) -> Ack:
        """Post one message; an Ack that says whether the platform took it, and if not why."""
        if self._session is None:
            self._session = aiohttp.ClientSession(
                cookie_jar=aiohttp.DummyCookieJar(), timeout=aiohttp.ClientTimeout(total=self.timeout)
            )
        try:
            request = self._session.post(self.url, data=self._form(post), headers={"Cookie": self.cookie})
            async with request as resp:
                if resp.status >= 400:
                    return Ack(self.clock(), post.id, False, f"http {resp.status}")
                answer: Any = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            return Ack(self.clock(), post.id, False, f"error: {exc or type(exc).__name__}")
        if not isinstance(answer, dict):
            return Ack(self.clock(), post.id, False, "error: the answer is not a JSON object")
        code, message = answer.get("code"), answer.get("message", answer.get("msg"))
        if code != 0:
            return Ack(self.clock(), post.id, False, send_reason(code, message))
        if message in SILENT_DROPS or answer.get("msg") in SILENT_DROPS:
            return Ack(self.clock(), post.id, False, "dropped")
        return Ack(self.clock(), post.id, True)
