"""The daigang-ws v1 transport: connect to a live room, read its frames, send our posts, reconnect.

Per connection, a reader decodes each frame and hands it to `LiveBot.receive` (nothing else: no
decision waits on the socket), a sender encodes the outbox's posts as frames, and a silence
watchdog closes a connection that has said nothing for `silence` seconds. The shared
`reconnecting` loop (`WebSocketClient`) makes the connections: after a drop it waits a delay from `Retry` and
connects again (the room resumes and the bot skips what it has already seen); a room that never
answers as a WebSocket within `connect_timeout` seconds ends the run with one line.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Unpack

from websockets.asyncio.client import ClientConnection

from bot.events import Record
from bot.platforms import Attachment
from bot.platforms.skipped import skipped_counters
from bot.platforms.ws.codec import RoomDecoder, encode_post
from bot.platforms.ws.link import LinkOptions, WebSocketClient, check_url
from bot.runtime.port import BotPort
from bot.runtime.reconnect import CONNECT_TIMEOUT, settle, until_finished

__all__ = ["SILENCE", "WsFeed", "check_url", "from_args"]

log = logging.getLogger("daigang.live")

SILENCE = 60.0
"""Seconds without any frame before the connection is taken for dead and made again."""


class WsFeed(WebSocketClient):
    """One bot's connection loop to a daigang-ws v1 room."""

    def __init__(
        self, url: str, bot: BotPort, *, silence: float = SILENCE, **options: Unpack[LinkOptions]
    ) -> None:
        """Connect `bot` to `url`; `silence` seconds without a frame count as a dead connection, and
        no first connection within `connect_timeout` seconds ends the run (`say` tells the retries)."""
        super().__init__(url, bot, **options)
        self.silence = silence
        self.decoder = RoomDecoder()
        self._ended = False

    async def run(self) -> None:
        """Stay connected until the bot has finished (the room sent `end` and the worker got there)."""
        await self.stay_connected(self._session)

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
        return skipped_counters(ts, malformed=self.decoder.malformed, unknown=self.decoder.unknown)


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
