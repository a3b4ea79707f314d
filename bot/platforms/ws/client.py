"""The daigang-ws v1 transport: connect to a live room, read its frames, send our posts, reconnect.

Per connection, a reader decodes each frame and hands it to `LiveBot.receive` (nothing else: no
decision waits on the socket), a sender encodes the outbox's posts as frames, and a silence
watchdog closes a connection that has said nothing for `silence` seconds. The shared
`reconnecting` loop makes the connections: after a drop it waits a delay from `Retry` and
connects again (the room resumes and the bot skips what it has already seen); a room that never
answers as a WebSocket within `connect_timeout` seconds ends the run with one line.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.uri import parse_uri

from bot.errors import InputError
from bot.events import Counted, Record
from bot.platforms import Attachment
from bot.platforms.ws.codec import RoomDecoder, encode_post
from bot.runtime.backoff import Retry
from bot.runtime.port import BotPort
from bot.runtime.reconnect import (
    CONNECT_TIMEOUT,
    Attempt,
    LinkStats,
    reconnecting,
    settle,
    until_finished,
)

log = logging.getLogger("daigang.live")

SILENCE = 60.0
"""Seconds without any frame before the connection is taken for dead and made again."""
MAX_MESSAGE = 1 << 20
"""Largest frame accepted from a room, in bytes."""


def check_url(url: str) -> None:
    """Refuse anything but a ws:// or wss:// URL, naming it."""
    try:
        parse_uri(url)
    except InvalidURI as exc:
        raise InputError(f"{url}: not a ws:// or wss:// URL ({exc})") from None


class WsFeed:
    """One bot's connection loop to a daigang-ws v1 room."""

    def __init__(
        self,
        url: str,
        bot: BotPort,
        *,
        retry: Retry | None = None,
        silence: float = SILENCE,
        open_timeout: float = 10.0,
        close_timeout: float = 2.0,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        say: Callable[[str], None] | None = None,
    ) -> None:
        """Connect `bot` to `url`; `silence` seconds without a frame count as a dead connection, and
        no first connection within `connect_timeout` seconds ends the run (`say` tells the retries)."""
        check_url(url)
        self.url = url
        self.bot = bot
        self.retry = retry or Retry()
        self.silence = silence
        self.open_timeout = open_timeout
        self.close_timeout = close_timeout
        self.decoder = RoomDecoder()
        self.connect_timeout = connect_timeout
        self.say = say or stderr_line
        self.stats = LinkStats()
        self._ended = False

    @property
    def connections(self) -> int:
        """Connections made so far."""
        return self.stats.connections

    @property
    def drops(self) -> list[str]:
        """Why each attempt ended, in order."""
        return self.stats.drops

    async def run(self) -> None:
        """Stay connected until the bot has finished (the room sent `end` and the worker got there)."""
        await stay_connected(
            self.url,
            self.bot,
            self._session,
            retry=self.retry,
            connect_timeout=self.connect_timeout,
            stats=self.stats,
            say=self.say,
            open_timeout=self.open_timeout,
            close_timeout=self.close_timeout,
        )

    async def _session(self, ws: ClientConnection) -> None:
        """Read and send over one connection until it drops (raising why) or the bot has finished."""
        sender = asyncio.create_task(self._send(ws))
        try:
            await until_finished(self._read(ws), self.bot.finished)
        finally:
            sender.cancel()
            await settle(sender)

    async def _read(self, ws: ClientConnection) -> None:
        """Decode every frame and hand it over; a silence longer than `silence` raises TimeoutError."""
        while True:
            if self._ended:
                frame = await ws.recv()
            else:
                async with asyncio.timeout(self.silence):
                    frame = await ws.recv()
            event = self.decoder.feed(frame, self.bot.stream_now)
            if event is not None and await self.bot.receive(event):
                self._ended = True

    async def _send(self, ws: ClientConnection) -> None:
        """Write the outbox's posts as daigang-ws frames, in order, at the pace the outbox lets them go."""
        while True:
            await ws.send(encode_post(await self.bot.outbox.next_post()))

    def counters(self, ts: float) -> list[Record]:
        """What the decoder skipped, as counters for the session."""
        out: list[Record] = []
        if self.decoder.malformed:
            out.append(Counted(ts, "malformed_frame", self.decoder.malformed))
        for name, n in sorted(self.decoder.unknown.items()):
            out.append(Counted(ts, "unknown_frame", n, name))
        return out


Session = Callable[[ClientConnection], Awaitable[None]]
"""What a client does with one open connection, until it drops (raising why) or the bot has finished."""


async def stay_connected(
    url: str,
    bot: BotPort,
    session: Session,
    *,
    retry: Retry,
    connect_timeout: float | None,
    stats: LinkStats,
    say: Callable[[str], None],
    open_timeout: float = 10.0,
    close_timeout: float = 2.0,
    ping_interval: float | None = 20.0,
) -> None:
    """The shared reconnecting loop over a ws:// URL: each connection up is told to the bot and given
    to `session`; each drop is told to the bot, and a new connection follows after a backoff delay."""
    attempts = reconnecting(
        url,
        classify=websocket_why,
        done=bot.finished.is_set,
        retry=retry,
        clock=bot.clock,
        give_up_after=connect_timeout,
        stats=stats,
        on_drop=bot.disconnected,
        say=say,
        notices=bot.notices,
    )
    async for attempt in attempts:
        async with (
            attempt,
            connect(
                url,
                open_timeout=open_timeout,
                close_timeout=close_timeout,
                ping_interval=ping_interval,
                max_size=MAX_MESSAGE,
            ) as ws,
        ):
            attempt.up()
            bot.connected()
            await session(ws)


def websocket_why(exc: BaseException, attempt: Attempt) -> str | None:
    """Why an attempt at a WebSocket ended, as a word; None for anything else."""
    if isinstance(exc, TimeoutError):
        return "silence" if attempt.is_up else "unreachable"
    if isinstance(exc, ConnectionClosed):
        return "closed"
    if isinstance(exc, OSError | InvalidHandshake):
        return "unreachable"
    return None


def stderr_line(line: str) -> None:
    """One line for the person running the bot."""
    print(line, file=sys.stderr, flush=True)


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach URL`: the room's URL names the feed; the loop reconnects after `--silence`."""
    url: str = args.url
    check_url(url)
    silence: float = args.silence
    connect_timeout: float | None = getattr(args, "connect_timeout", CONNECT_TIMEOUT)

    def make(bot: BotPort) -> WsFeed:
        """The loop for `bot`."""
        return WsFeed(url, bot, silence=silence, connect_timeout=connect_timeout)

    return Attachment(url, make)
