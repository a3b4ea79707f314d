"""`daigang attach --platform douyin-grab ws://127.0.0.1:8888`: the bot on DouyinBarrageGrab's feed.

DouyinBarrageGrab runs on the host's PC beside 直播伴侣 (or the Douyin web page) and serves every
message of the room on a local WebSocket. This client connects to it, decodes each frame
(`codec`), stamps it with the wall time of its arrival (the tool's messages carry none) and
hands it to the bot; when the tool restarts it reconnects through the shared loop
(`WebSocketClient`: backoff with jitter, each retry said with its reason, `--connect-timeout` for
a tool never reached). Douyin lets no bot post into the chat, so the bot's posts go to a sink —
the overlay page the host adds to OBS / 直播伴侣 — and the sink's acks come back to the bot.

The tool stays quiet in a quiet room, so silence is no sign of a dead link here: WebSocket pings
(every 20 s) tell a dead connection instead.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable
from typing import Unpack

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from bot.events import Record
from bot.platforms import Attachment
from bot.platforms.douyin_grab.codec import DouyinGrabDecoder
from bot.platforms.screen import ScreenPosts, screen_of, serve_screen, with_grace
from bot.platforms.skipped import skipped_counters
from bot.platforms.ws.link import LinkOptions, WebSocketClient, check_url
from bot.runtime.port import BotPort
from bot.runtime.reconnect import CONNECT_TIMEOUT, Finished, settle, until_finished

DEFAULT_URL = "ws://127.0.0.1:8888"
"""Where DouyinBarrageGrab serves its feed unless told otherwise."""


class DouyinGrabFeed(WebSocketClient):
    """One bot's connection loop to DouyinBarrageGrab, and the posts it sends to the screen."""

    posts_to_chat = False
    """The platform takes no posts from a bot: `attach` serves the overlay, and the posts go there."""

    def __init__(
        self,
        url: str,
        bot: BotPort,
        *,
        stamp: Callable[[], float] = time.time,
        **options: Unpack[LinkOptions],
    ) -> None:
        """Read `url` into `bot`; its posts go to the overlay; `stamp` times each message; no first
        connection within `connect_timeout` seconds ends the run (`say` tells the retries)."""
        super().__init__(url, bot, **options)
        self.stamp = stamp
        self.decoder = DouyinGrabDecoder()

    async def run(self) -> None:
        """Read (reconnecting) and post to the screen until the bot has finished."""
        screen = ScreenPosts(screen_of(self.bot.overlay), self.bot.receive, self.stamp)
        posting = asyncio.create_task(serve_screen(self.bot.outbox.posts, screen, self.bot.finished))
        try:
            await self.stay_connected(self._session)
            await posting
        finally:
            posting.cancel()
            await settle(posting)

    async def _session(self, ws: ClientConnection) -> None:
        """Read one connection until the bot has finished or the connection drops (raising why)."""
        if isinstance(await until_finished(self._read(ws), self.bot.finished), Finished):
            return
        raise ConnectionClosed(None, None)  # the tool hung up cleanly: still a drop to reconnect after

    async def _read(self, ws: ClientConnection) -> None:
        """Decode every frame and hand its events over."""
        async for frame in ws:
            for event in self.decoder.feed(frame, self.stamp()):
                await self.bot.receive(with_grace(event))

    def counters(self, ts: float) -> list[Record]:
        """What the decoder skipped or repeated, as counters for the session."""
        d = self.decoder
        return skipped_counters(
            ts, malformed=d.malformed, duplicates=d.duplicates, unknown=d.unknown, ignored=d.ignored
        )


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform douyin-grab [URL]`: DouyinBarrageGrab's feed (default ws://127.0.0.1:8888)."""
    url: str = args.url or DEFAULT_URL
    check_url(url)

    connect_timeout: float | None = getattr(args, "connect_timeout", CONNECT_TIMEOUT)

    def make(bot: BotPort) -> DouyinGrabFeed:
        """The loop for `bot`, posting to the overlay."""
        return DouyinGrabFeed(url, bot, connect_timeout=connect_timeout)

    return Attachment(url, make, screen=True)
