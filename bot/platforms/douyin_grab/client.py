"""`daigang attach --platform douyin-grab ws://127.0.0.1:8888`: the bot on DouyinBarrageGrab's feed.

DouyinBarrageGrab runs on the host's PC beside 直播伴侣 (or the Douyin web page) and serves every
message of the room on a local WebSocket. This client connects to it, decodes each frame
(`codec`), stamps it with the wall time of its arrival (the tool's messages carry none) and
hands it to the bot; it reconnects with backoff when the tool restarts. Douyin lets no bot post
into the chat, so the bot's posts go to a sink — the overlay page the host adds to OBS /
直播伴侣 — and the sink's acks come back to the bot.

The tool stays quiet in a quiet room, so silence is no sign of a dead link here: WebSocket pings
(every 20 s) tell a dead connection instead.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bot.events import Counted, Record
from bot.platforms import Attachment
from bot.platforms.douyin_grab.codec import DouyinGrabDecoder
from bot.platforms.screen import ScreenPosts, screen_of, serve_screen, with_grace
from bot.platforms.ws.client import check_url
from bot.runtime.backoff import Retry
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.douyin")

DEFAULT_URL = "ws://127.0.0.1:8888"
"""Where DouyinBarrageGrab serves its feed unless told otherwise."""
MAX_MESSAGE = 1 << 20
"""Largest frame accepted, in bytes."""


class DouyinGrabFeed:
    """One bot's connection loop to DouyinBarrageGrab, and the posts it sends to the screen."""

    posts_to_chat = False
    """The platform takes no posts from a bot: `attach` serves the overlay, and the posts go there."""

    def __init__(
        self,
        url: str,
        bot: BotPort,
        *,
        retry: Retry | None = None,
        stamp: Callable[[], float] = time.time,
        open_timeout: float = 10.0,
        ping_interval: float | None = 20.0,
    ) -> None:
        """Read `url` into `bot`; its posts go to the overlay; `stamp` times each message."""
        check_url(url)
        self.url = url
        self.bot = bot
        self.retry = retry or Retry()
        self.stamp = stamp
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.decoder = DouyinGrabDecoder()
        self.connections = 0
        self.drops: list[str] = []

    async def run(self) -> None:
        """Read (reconnecting) and post to the screen until the bot has finished."""
        screen = ScreenPosts(screen_of(self.bot.overlay), self.bot.receive, self.stamp)
        posting = asyncio.create_task(serve_screen(self.bot.outbox.frames, screen, self.bot.finished))
        try:
            await self._connect_loop()
            await posting
        finally:
            posting.cancel()
            await _settle(posting)

    async def _connect_loop(self) -> None:
        """Connect, read until the connection drops, wait, connect again."""
        clock = self.bot.clock
        while not self.bot.finished.is_set():
            started: float | None = None
            reason = "closed"
            try:
                async with connect(
                    self.url,
                    open_timeout=self.open_timeout,
                    ping_interval=self.ping_interval,
                    max_size=MAX_MESSAGE,
                ) as ws:
                    started = clock.now()
                    self.connections += 1
                    self.bot.connected()
                    if await self._read_until_done(ws):
                        return
            except TimeoutError:
                reason = "unreachable" if started is None else "silence"
            except ConnectionClosed:
                reason = "closed"
            except (OSError, InvalidHandshake) as exc:
                reason = "unreachable"
                log.info("cannot reach DouyinBarrageGrab at %s: %s", self.url, exc)
            if self.bot.finished.is_set():
                return
            self.drops.append(reason)
            self.bot.disconnected(reason)
            lasted = clock.now() - started if started is not None else 0.0
            delay = self.retry.next_delay(lasted)
            log.info("DouyinBarrageGrab at %s: connection %s; again in %.2f s", self.url, reason, delay)
            await clock.sleep(delay)

    async def _read_until_done(self, ws: ClientConnection) -> bool:
        """Read until the bot has finished (True) or the connection drops (raises)."""
        reader = asyncio.create_task(self._read(ws))
        finished = asyncio.create_task(self.bot.finished.wait())
        try:
            await asyncio.wait({reader, finished}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (reader, finished):
                task.cancel()
                await _settle(task)
        if reader.cancelled():
            await ws.close()
            return True
        error = reader.exception()
        raise error if error is not None else ConnectionClosed(None, None)

    async def _read(self, ws: ClientConnection) -> None:
        """Decode every frame and hand its events over."""
        async for frame in ws:
            for event in self.decoder.feed(frame, self.stamp()):
                await self.bot.receive(with_grace(event))

    def counters(self, ts: float) -> list[Record]:
        """What the decoder skipped or repeated, as counters for the session."""
        d = self.decoder
        out: list[Record] = []
        if d.malformed:
            out.append(Counted(ts, "malformed_frame", d.malformed))
        if d.duplicates:
            out.append(Counted(ts, "duplicate_message", d.duplicates))
        for name, n in sorted(d.unknown.items()):
            out.append(Counted(ts, "unknown_frame", n, name))
        for name, n in sorted(d.ignored.items()):
            out.append(Counted(ts, "ignored_frame", n, name))
        return out


async def _settle(task: asyncio.Task[Any]) -> None:
    """Wait for a task to be over, taking its exception so it is not reported as lost."""
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform douyin-grab [URL]`: DouyinBarrageGrab's feed (default ws://127.0.0.1:8888)."""
    url: str = args.url or DEFAULT_URL
    check_url(url)

    def make(bot: BotPort) -> DouyinGrabFeed:
        """The loop for `bot`, posting to the overlay."""
        return DouyinGrabFeed(url, bot)

    return Attachment(url, make, screen=True)
