"""The Bilibili live client: the room's danmaku WebSocket in, posts out through the HTTP send API.

`BilibiliFeed` connects, authenticates, sends a heartbeat every `heartbeat_interval` seconds and
yields the events of every message it receives; it does no reconnecting of its own.
`BilibiliSender` posts a message through `{base_url}/msg/send` with the account's cookie and
turns the answer into an `Ack`.

`BilibiliLive` is the connection loop around them. Per connection it asks the platform's
getDanmuInfo endpoint for a danmaku server and a one-time auth key (unless both are given),
connects with `BilibiliFeed`, and hands every event to `LiveBot.receive`. As with the
daigang-ws loop (`WsFeed`), a drop is followed by a wait from `Retry` and a new connection; a
connection that says nothing for `silence` seconds (not even a heartbeat reply) is taken for
dead. The bot skips comments it has already seen by their id.

Posts leave through `BilibiliSender` in a task of their own, so a slow send never holds up the
reading; each answer of the send endpoint comes back to the bot as the post's `Ack` (a non-zero
`code` or a silent filter is a failed post, which the room retries once). Without the account's
cookie the bot only listens: every post fails with reason `no_cookie`.

A refused auth or a refused lookup before the first connection is a configuration mistake and
ends the run; later, the same is taken for a passing fault and retried.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit

import aiohttp
import orjson
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, InvalidHandshake, InvalidURI

from bot.errors import FeedError, InputError
from bot.events import Ack, Counted, Event, Post, Record
from bot.platforms import Attachment
from bot.platforms.bilibili.codec import (
    OP_AUTH_REPLY,
    BilibiliDecoder,
    Packet,
    auth_packet,
    heartbeat_packet,
    packet_to_event,
)
from bot.platforms.ws.client import SILENCE, check_url
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot

log = logging.getLogger("daigang.live")

API: Final = "https://api.live.bilibili.com"
"""The live API: getDanmuInfo and the send endpoint live here."""
DANMU_INFO_PATH: Final = "/xlive/web-room/v1/index/getDanmuInfo"
HEARTBEAT: Final = 30.0
"""Seconds between two heartbeats, as the web client sends them."""
NO_COOKIE: Final = "no_cookie"
"""The ack reason of a post that could not be sent for want of the account's cookie."""
SENT_MEMORY: Final = 10_000
"""Post ids remembered as sent, so a post queued again after a reconnect is not sent twice."""
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


class Unreachable(FeedError):
    """The platform could not be reached this time; a later attempt may work."""


@dataclass(frozen=True, slots=True)
class DanmuServer:
    """Where to connect for one room's danmaku, and the key that admits the connection."""

    url: str
    key: str


def room_page(room_id: int) -> str:
    """The room's page on the platform: the name of the feed in the session key."""
    return f"https://live.bilibili.com/{room_id}"


def check_http_url(url: str, flag: str) -> None:
    """Refuse anything but an http:// or https:// base URL, naming the flag."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{flag} {url}: not an http:// or https:// URL")


def server_url(host: dict[str, Any], secure: bool) -> str | None:
    """A getDanmuInfo `host_list` entry as a WebSocket URL (wss on `wss_port`, ws on `ws_port`)."""
    name = host.get("host")
    port = host.get("wss_port" if secure else "ws_port")
    if not isinstance(name, str) or not name or not isinstance(port, int) or isinstance(port, bool):
        return None
    return f"{'wss' if secure else 'ws'}://{name}:{port}/sub"


async def danmu_info(
    api_url: str, room_id: int, *, cookie: str | None = None, within: float = 10.0
) -> DanmuServer:
    """Ask `{api_url}/xlive/web-room/v1/index/getDanmuInfo` for a danmaku server and an auth key.

    The answer must come `within` seconds. The server's scheme follows the API's: wss:// for an
    https:// API, ws:// for a plain one. A network fault raises `Unreachable`; a refusal (a
    non-zero `code`, no usable host) raises `FeedError` — the platform may refuse unsigned
    requests, and `--ws-url` with `--key` then skip the lookup.
    """
    url = api_url.rstrip("/") + DANMU_INFO_PATH
    headers = {"Cookie": cookie} if cookie else {}
    try:
        async with (
            aiohttp.ClientSession(
                cookie_jar=aiohttp.DummyCookieJar(), timeout=aiohttp.ClientTimeout(total=within)
            ) as session,
            session.get(url, params={"id": str(room_id), "type": "0"}, headers=headers) as resp,
        ):
            if resp.status >= 500:
                raise Unreachable(f"{url}: http {resp.status}")
            if resp.status >= 400:
                raise FeedError(f"{url}: http {resp.status} for room {room_id}")
            answer: Any = await resp.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise Unreachable(f"{url}: {exc or type(exc).__name__}") from exc
    except ValueError as exc:
        raise FeedError(f"{url}: the answer is not JSON") from exc
    if not isinstance(answer, dict):
        raise FeedError(f"{url}: the answer is not a JSON object")
    code = answer.get("code")
    if code != 0:
        message = answer.get("message") or answer.get("msg") or ""
        raise FeedError(
            f"{url}: room {room_id} refused (code {code} {message}); give --ws-url and --key instead"
        )
    data = answer.get("data")
    token = data.get("token") if isinstance(data, dict) else None
    hosts = data.get("host_list") if isinstance(data, dict) else None
    secure = urlsplit(api_url).scheme == "https"
    urls = [server_url(h, secure) for h in hosts if isinstance(h, dict)] if isinstance(hosts, list) else []
    found = next((u for u in urls if u is not None), None)
    if not isinstance(token, str) or found is None:
        raise FeedError(f"{url}: no danmaku server or token for room {room_id}")
    return DanmuServer(found, token)


def read_cookie(path: Path) -> str:
    """The account's `Cookie:` header from a file (a leading `Cookie:` is allowed); it must hold bili_jct."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read the cookie ({why})") from None
    cookie = " ".join(text.split())
    if cookie.lower().startswith("cookie:"):
        cookie = cookie[len("cookie:") :].strip()
    if not cookie:
        raise InputError(f"{path}: the cookie file is empty")
    if cookie_value(cookie, "bili_jct") is None:
        raise InputError(f"{path}: no bili_jct in the cookie (copy the whole Cookie header)")
    return cookie


@dataclass(frozen=True, slots=True)
class BilibiliOptions:
    """Which room, as whom, and where the platform's endpoints are."""

    room_id: int
    cookie: str | None = None
    """The account's `Cookie:` header; None: listen only."""
    uid: int | None = None
    """The uid to authenticate as; None: the cookie's DedeUserID, else 0 (a guest)."""
    ws_url: str | None = None
    """The danmaku server; None: ask getDanmuInfo before each connection."""
    key: str | None = None
    """The auth key; only with `ws_url` (None: ask getDanmuInfo)."""
    api_url: str = API
    """The base URL of the getDanmuInfo lookup."""
    send_url: str = API
    """The base URL of the send endpoint (`/msg/send`)."""
    heartbeat_interval: float = HEARTBEAT

    def check(self) -> None:
        """Refuse a bad combination or value with one line naming it."""
        if self.room_id <= 0:
            raise InputError(f"--room {self.room_id}: give the room's number")
        if self.uid is not None and self.uid < 0:
            raise InputError(f"--uid {self.uid}: must not be negative")
        if self.key is not None and self.ws_url is None:
            raise InputError("--key goes with --ws-url (without both, getDanmuInfo gives them)")
        if self.ws_url is not None:
            check_url(self.ws_url)
        check_http_url(self.api_url, "--api-url")
        check_http_url(self.send_url, "--send-url")
        if self.cookie is not None and cookie_value(self.cookie, "bili_jct") is None:
            raise InputError("bilibili cookie: no bili_jct in it (copy the whole Cookie header)")

    @property
    def login_uid(self) -> int:
        """The uid to authenticate as."""
        if self.uid is not None:
            return self.uid
        found = cookie_value(self.cookie, "DedeUserID") if self.cookie else None
        return int(found) if found is not None and found.isdigit() else 0


class _Listening(BilibiliDecoder):
    """The feed's decoder, telling the transport of every message and of an accepted auth."""

    def __init__(self, heard: Callable[[bool], None]) -> None:
        """Call `heard(authed)` for every message read."""
        super().__init__()
        self._heard = heard

    def feed(self, data: bytes) -> list[Packet]:
        """Decode as usual, then report the message."""
        packets = super().feed(data)
        authed = any(
            p.op == OP_AUTH_REPLY and p.data is not None and p.data.get("code") == 0 for p in packets
        )
        self._heard(authed)
        return packets


class BilibiliLive:
    """One bot's connection loop to a Bilibili room, and the task that sends its posts."""

    def __init__(
        self,
        options: BilibiliOptions,
        bot: LiveBot,
        *,
        retry: Retry | None = None,
        silence: float = SILENCE,
        open_timeout: float = 10.0,
        stamp: Callable[[], float] | None = None,
    ) -> None:
        """Connect `bot` to the room of `options`.

        `stamp` times what the platform leaves untimed (viewer figures, PREPARING, likes): by
        default the newest frame time, as the daigang-ws loop does, so the stream's clock never
        leans on the local wall clock.
        """
        options.check()
        self.options = options
        self.bot = bot
        self.retry = retry or Retry()
        self.silence = silence
        self.open_timeout = open_timeout
        self.stamp = stamp or (lambda: bot.stream_now)
        self.sender = (
            BilibiliSender(options.send_url, options.room_id, options.cookie, clock=self.stamp)
            if options.cookie is not None
            else None
        )
        self.connections = 0
        self.lookups = 0
        self.drops: list[str] = []
        self.refused: dict[str, int] = {}
        """Failed posts by reason."""
        self.bad_messages = 0
        self.unknown_commands: dict[str, int] = {}
        self._sent: OrderedDict[str, None] = OrderedDict()
        self._up_since: float | None = None
        self._ended = False

    # ------------------------------------------------------------------ the connection loop

    async def run(self) -> None:
        """Stay connected and send posts until the bot has finished (the room ended, the worker got there)."""
        if self.sender is None:
            log.warning(
                "bilibili room %d: no cookie, listening only; posts fail (%s)",
                self.options.room_id,
                NO_COOKIE,
            )
        sending = asyncio.create_task(self._send_posts())
        try:
            await self._connect_loop()
        finally:
            sending.cancel()
            await _settle(sending)
            if self.sender is not None:
                await self.sender.close()

    async def _connect_loop(self) -> None:
        """Connect, read until the connection drops, wait, connect again."""
        clock = self.bot.clock
        room = self.options.room_id
        while not self.bot.finished.is_set():
            self._up_since = None
            try:
                reason = await self._connection()
            except Unreachable as exc:
                reason = "unreachable"
                log.info("bilibili room %d: %s", room, exc)
            except FeedError as exc:
                if self.connections == 0:
                    raise
                reason = "refused"
                log.warning("bilibili room %d: %s; trying again", room, exc)
            if self.bot.finished.is_set():
                return
            self.drops.append(reason)
            self.bot.disconnected(reason)
            lasted = clock.now() - self._up_since if self._up_since is not None else 0.0
            delay = self.retry.next_delay(lasted)
            log.info("bilibili room %d: connection %s; again in %.2f s", room, reason, delay)
            await clock.sleep(delay)

    async def _server(self) -> DanmuServer:
        """The given server and key, or a fresh pair from getDanmuInfo."""
        opts = self.options
        if opts.ws_url is not None and opts.key is not None:
            return DanmuServer(opts.ws_url, opts.key)
        self.lookups += 1
        found = await danmu_info(opts.api_url, opts.room_id, cookie=opts.cookie, within=self.open_timeout)
        return DanmuServer(opts.ws_url or found.url, found.key)

    async def _connection(self) -> str:
        """One connection, until it drops (why, as a word) or the bot has finished; raises FeedError."""
        server = await self._server()
        feed = BilibiliFeed(
            server.url,
            self.options.room_id,
            self.options.login_uid,
            server.key,
            self.options.heartbeat_interval,
            auth_timeout=self.open_timeout,
            clock=self.stamp,
        )
        reader = asyncio.create_task(self._read(feed))
        finished = asyncio.create_task(self.bot.finished.wait())
        try:
            await asyncio.wait({reader, finished}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (reader, finished):
                task.cancel()
                await _settle(task)
            self.bad_messages += feed.decoder.bad
            for name, n in feed.decoder.unknown_commands.items():
                self.unknown_commands[name] = self.unknown_commands.get(name, 0) + n
        if reader.cancelled():
            return "finished"
        error = reader.exception()
        if error is None:
            if feed.drop_reason is not None:
                log.info("bilibili room %d: %s", self.options.room_id, feed.drop_reason)
            return "closed"
        if isinstance(error, TimeoutError):
            return "silence"
        if isinstance(error, FeedError) and error.__cause__ is not None:
            raise Unreachable(str(error)) from error
        raise error

    async def _read(self, feed: BilibiliFeed) -> None:
        """Hand every event over; a connection silent for `silence` seconds raises TimeoutError."""
        loop = asyncio.get_running_loop()
        async with asyncio.timeout(None) as deadline:

            def heard(authed: bool) -> None:
                """A message came: the connection is up (on the auth reply) and alive."""
                if authed:
                    self._connected()
                if not self._ended:
                    deadline.reschedule(loop.time() + self.silence)

            feed.decoder = _Listening(heard)
            async for event in feed:
                if await self.bot.receive(event):
                    self._ended = True
                    deadline.reschedule(None)

    def _connected(self) -> None:
        """The platform took the auth: tell the bot."""
        self.connections += 1
        self._up_since = self.bot.clock.now()
        self.bot.connected()

    # ------------------------------------------------------------------ sending

    async def _send_posts(self) -> None:
        """Send the outbox's posts one by one, in order, and give each answer back to the bot as its ack."""
        while True:
            post = self._post_of(await self.bot.outbox.next_frame())
            if post is None or post.id in self._sent:
                continue  # queued again after a reconnect: the HTTP send has been made already
            self._sent[post.id] = None
            if len(self._sent) > SENT_MEMORY:
                self._sent.popitem(last=False)
            ack = await self._send(post)
            if not ack.ok:
                reason = ack.reason or "unknown"
                self.refused[reason] = self.refused.get(reason, 0) + 1
                if reason != NO_COOKIE:  # said once, when the run starts
                    log.info("bilibili room %d: post %s failed (%s)", self.options.room_id, post.id, reason)
            await self.bot.receive(ack)

    async def _send(self, post: Post) -> Ack:
        """One post through the send endpoint; without a cookie, a failed ack at once."""
        if self.sender is None:
            return Ack(self.stamp(), post.id, False, NO_COOKIE)
        return await self.sender.send(post)

    def _post_of(self, frame: str) -> Post | None:
        """The post an outbox frame carries (its id and text are all the send endpoint needs)."""
        try:
            obj = orjson.loads(frame)
        except orjson.JSONDecodeError:
            return None
        if not isinstance(obj, dict):
            return None
        post_id, text = obj.get("id"), obj.get("text")
        if not isinstance(post_id, str) or not isinstance(text, str):
            return None
        return Post(self.stamp(), post_id, "card" if obj.get("type") == "card" else "other", text)

    def counters(self, ts: float) -> list[Record]:
        """What the decoder could not read or did not know, as counters for the session."""
        out: list[Record] = []
        if self.bad_messages:
            out.append(Counted(ts, "malformed_frame", self.bad_messages))
        for name, n in sorted(self.unknown_commands.items()):
            out.append(Counted(ts, "unknown_frame", n, name))
        return out


def bilibili_transport(
    options: BilibiliOptions, *, retry: Retry | None = None, silence: float = SILENCE
) -> Callable[[LiveBot], BilibiliLive]:
    """What `attach` calls to make the Bilibili loop for its bot."""
    options.check()

    def make(bot: LiveBot) -> BilibiliLive:
        """The loop for `bot`."""
        return BilibiliLive(options, bot, retry=retry, silence=silence)

    return make


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform bilibili --room ID [...]`: the room's page names the feed."""
    if args.room is None:
        raise InputError("attach: --platform bilibili needs --room ID")
    options = BilibiliOptions(
        room_id=args.room,
        cookie=read_cookie(Path(args.cookie_file)) if args.cookie_file is not None else None,
        uid=args.uid,
        ws_url=args.ws_url,
        key=args.key,
        api_url=args.api_url or API,
        send_url=args.send_url or API,
    )
    return Attachment(room_page(args.room), bilibili_transport(options, silence=args.silence))


async def _settle(task: asyncio.Task[Any]) -> None:
    """Wait for a task to be over, taking its exception so it is not reported as lost."""
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()
