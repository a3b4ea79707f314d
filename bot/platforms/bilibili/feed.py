"""One connection to a Bilibili danmaku server: open it as the browser, authenticate, beat, read.

`BilibiliFeed` opens the WebSocket with the same User-Agent and Origin as every HTTP request (the
token is tied to the browser that fetched it), sends the auth packet at once (the server hangs
up on a connection silent for 5 s) with the real room id, `protover` 3, the account's uid and
buvid3 and the token as `key`, and yields what each message holds: events for the bot, and
`Notice`s about the room (PREPARING, LIVE, LOG_IN_NOTICE, the account's own echoes) for the
client. It does no reconnecting: a connection that cannot be opened raises `CannotConnect`, a
refused auth `AuthRefused`, and a drop ends the iteration with `drop_reason` saying why.

`read_feed` is what both Bilibili clients (the web room and the open platform) do with one
connection inside the shared reconnecting loop: events to the bot, notices to the client, and
a silence watchdog that every message, the heartbeat replies included, pushes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Final

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, InvalidHandshake, InvalidURI
from websockets.frames import CloseCode

from bot.errors import FeedError
from bot.events import Event
from bot.platforms.bilibili.api import Unreachable
from bot.platforms.bilibili.codec import (
    OP_AUTH,
    OP_AUTH_REPLY,
    OP_COMMAND,
    BilibiliDecoder,
    Notice,
    Packet,
    auth_packet,
    encode_packet,
    heartbeat_packet,
    packet_to_event,
    room_notice,
)
from bot.runtime.reconnect import Attempt, Watchdog

MAX_MESSAGE: Final = 4 << 20
"""Largest WebSocket message accepted, in bytes."""
AUTH_WITHIN: Final = 5.0
"""Seconds for the auth reply (the server gives the client 5 s to authenticate)."""


Commands = Callable[[dict[str, Any], float, dict[str, int]], "Event | Notice | None"]
"""How a feed reads a command body: (body, now, unknown-command counts) → an event, a notice or None."""


class CannotConnect(FeedError):
    """The danmaku server could not be reached (try the next host)."""


class AuthRefused(FeedError):
    """The danmaku server refused the auth packet (the token may be stale: fetch a new one)."""


class ListeningDecoder(BilibiliDecoder):
    """A feed's decoder that tells its owner of every message read and of an accepted auth."""

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


class BilibiliFeed:
    """One connection to a room's danmaku server, read as events and notices."""

    def __init__(
        self,
        url: str,
        room_id: int,
        uid: int,
        key: str,
        heartbeat_interval: float = 30.0,
        *,
        buvid: str = "",
        headers: dict[str, str] | None = None,
        auth_timeout: float = AUTH_WITHIN,
        clock: Callable[[], float] = time.time,
        auth_body: bytes | None = None,
        commands: Commands | None = None,
    ) -> None:
        """Where to connect and as whom; `clock` stamps events that carry no time of their own.

        `headers` are the browser's User-Agent and Origin (as `BilibiliApi.ws_headers` gives them).
        `auth_body` replaces the auth packet's body (the open platform hands one out) and
        `commands` the reading of command bodies (the open platform names its own).
        """
        self.url = url
        self.room_id = room_id
        self.uid = uid
        self.key = key
        self.buvid = buvid
        self.headers = dict(headers or {})
        self.heartbeat_interval = heartbeat_interval
        self.auth_timeout = auth_timeout
        self.clock = clock
        self.auth_body = auth_body
        self.commands = commands
        self.decoder = BilibiliDecoder()
        self.heartbeats_sent = 0
        self.drop_reason: str | None = None

    def __aiter__(self) -> AsyncIterator[Event | Notice]:
        """The events and notices of one connection."""
        return self.events()

    def _read(self, packet: Packet) -> Event | Notice | None:
        """A packet as a notice about the room, an event, or nothing."""
        if packet.op == OP_COMMAND and packet.data is not None and self.commands is not None:
            return self.commands(packet.data, self.clock(), self.decoder.unknown_commands)
        if packet.op == OP_COMMAND and packet.data is not None:
            notice = room_notice(packet.data, self.uid)
            if notice is not None:
                return notice
        return packet_to_event(packet, self.clock(), self.decoder.unknown_commands)

    async def _open(self) -> ClientConnection:
        """Open the WebSocket as the browser does."""
        headers = dict(self.headers)
        user_agent = headers.pop("User-Agent", None)
        origin = headers.pop("Origin", None)
        try:
            return await connect(
                self.url,
                max_size=MAX_MESSAGE,
                open_timeout=self.auth_timeout,
                user_agent_header=user_agent,
                origin=origin,  # type: ignore[arg-type]  # websockets' Origin is a NewType of str
                additional_headers=headers or None,
            )
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
            raise CannotConnect(f"cannot connect to {self.url}: {exc}") from exc

    async def events(self) -> AsyncIterator[Event | Notice]:
        """Connect, authenticate, beat, and yield until the connection ends."""
        ws = await self._open()
        async with _closing(ws):
            pending = await self._authenticate(ws)
            beat = asyncio.create_task(self._beat(ws))
            try:
                for item in pending:
                    yield item
                async for message in ws:
                    data = message.encode() if isinstance(message, str) else message
                    for packet in self.decoder.feed(data):
                        found = self._read(packet) if packet.op != OP_AUTH_REPLY else None
                        if found is not None:
                            yield found
                self.drop_reason = None
            except ConnectionClosedOK:
                self.drop_reason = None
            except ConnectionClosed as exc:
                self.drop_reason = str(exc)
            finally:
                beat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await beat

    async def _authenticate(self, ws: ClientConnection) -> list[Event | Notice]:
        """Send the auth packet and wait for its reply; what came with it."""
        pending: list[Event | Notice] = []
        try:
            if self.auth_body is not None:
                await ws.send(encode_packet(OP_AUTH, self.auth_body))
            else:
                await ws.send(auth_packet(self.uid, self.room_id, self.key, self.buvid))
            async with asyncio.timeout(self.auth_timeout):
                while True:
                    message = await ws.recv()
                    data = message.encode() if isinstance(message, str) else message
                    authed = False
                    for packet in self.decoder.feed(data):
                        if packet.op == OP_AUTH_REPLY:
                            code = packet.data.get("code") if packet.data else None
                            if code != 0:
                                raise AuthRefused(
                                    f"{self.url}: room {self.room_id} refused the auth (code {code})"
                                )
                            authed = True
                            continue
                        item = self._read(packet)
                        if item is not None:
                            pending.append(item)
                    if authed:
                        return pending
        except ConnectionClosed as exc:
            raise AuthRefused(f"{self.url}: connection closed before the auth reply ({exc})") from exc
        except TimeoutError as exc:
            raise AuthRefused(f"{self.url}: no auth reply within {self.auth_timeout} s") from exc

    async def _beat(self, ws: ClientConnection) -> None:
        """Send a heartbeat now and every `heartbeat_interval` seconds until the connection ends."""
        packet = heartbeat_packet()
        with contextlib.suppress(ConnectionClosed):
            while True:
                await ws.send(packet)
                self.heartbeats_sent += 1
                await asyncio.sleep(self.heartbeat_interval)


async def read_feed(
    feed: BilibiliFeed,
    silence: float | None,
    *,
    authed: Callable[[], None],
    notice: Callable[[Notice], str | None],
    receive: Callable[[Event], Awaitable[bool]],
) -> str:
    """Read one connection: `authed()` once the auth is taken, each notice to `notice` (a word back
    ends the connection with that reason), each event to `receive` (True: the stream has ended,
    silence is no longer watched). A drop returns `closed`; `silence` seconds of nothing raise
    TimeoutError (None: not watched)."""
    async with Watchdog(silence) as watchdog:

        def heard(auth_taken: bool) -> None:
            """A message came: the connection is up (on the auth reply) and alive."""
            if auth_taken:
                authed()
            watchdog.heard()

        feed.decoder = ListeningDecoder(heard)
        async for item in feed:
            if isinstance(item, Notice):
                reason = notice(item)
                if reason is not None:
                    return reason
            elif await receive(item):
                watchdog.stop()
    return "closed"


def why_bilibili(exc: BaseException, attempt: Attempt) -> str | None:
    """Why an attempt at a Bilibili room ended, as a word; None for what a retry cannot mend."""
    if isinstance(exc, Unreachable):
        return "unreachable"
    if isinstance(exc, TimeoutError):
        return "silence"
    if isinstance(exc, FeedError) and attempt.ever_up:
        return "refused"  # refused once it had worked: a passing fault
    return None  # refused before any connection: a configuration mistake, said as it is


@contextlib.asynccontextmanager
async def _closing(ws: ClientConnection) -> AsyncIterator[ClientConnection]:
    """The connection, closed on the way out: normally (1000) when the bot ends it on purpose (the
    run finished, Ctrl-C), as an internal error (1011) only when something failed."""
    try:
        yield ws
    except (GeneratorExit, asyncio.CancelledError):
        await ws.close()
        raise
    except BaseException:
        await ws.close(CloseCode.INTERNAL_ERROR)
        raise
    else:
        await ws.close()
