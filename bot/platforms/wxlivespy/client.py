"""`daigang attach --platform wxlivespy --listen PORT`: the bot on what wxlivespy forwards.

wxlivespy reads 视频号助手 in the host's own logged-in browser and POSTs each batch of the
room's messages to the forward URL the host sets in it. This client serves that URL on
127.0.0.1:PORT, at any path: every POST is answered 200 at once (wxlivespy does not wait for
the bot), its new events go to the bot in the order they came; a body that is not a batch gets
400 and one line in the log. `live_status` 2 ends the stream. WeChat Channels lets no bot post
into the chat, so the bot's posts go to the overlay (`bot.overlay`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.errors import InputError
from bot.events import Counted, Event, Record
from bot.platforms import Attachment
from bot.platforms.listener import LoopbackListener
from bot.platforms.screen import ScreenPosts, screen_of, serve_screen, with_grace
from bot.platforms.wxlivespy.codec import MAX_BODY, MalformedBody, WxLiveSpyDecoder
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.wxlivespy")


class WxLiveSpyServer:
    """The forward URL wxlivespy POSTs to, feeding one bot."""

    posts_to_chat = False
    """The platform takes no posts from a bot: `attach` serves the overlay, and the posts go there."""

    def __init__(self, port: int, bot: BotPort, *, stamp: Callable[[], float] = time.time) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port) for `bot`; `stamp` times untimed figures."""
        self.bot = bot
        self.stamp = stamp
        self.decoder = WxLiveSpyDecoder()
        self.listener = LoopbackListener(port, self._handle, max_body=MAX_BODY)
        self.posts = 0
        self._events: asyncio.Queue[Event] = asyncio.Queue()

    async def run(self) -> None:
        """Serve until the bot has finished; posts go to the screen meanwhile."""
        sink = screen_of(self.bot.overlay)
        await self.listener.start()
        print(f"wxlivespy: set its forward URL to {self.listener.url}", file=sys.stderr, flush=True)
        self.bot.connected()
        screen = ScreenPosts(sink, self.bot.receive, self.stamp)
        handing = asyncio.create_task(self._hand_over())
        try:
            await serve_screen(self.bot.outbox.frames, screen, self.bot.finished)
        finally:
            handing.cancel()
            await _settle(handing)
            await self.listener.close()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """One request: a POST's events queued for the bot and 200 at once; a bad body 400."""
        if request.method == "GET":
            return web.Response(text="daigang: POST wxlivespy's batches here\n")
        if request.method != "POST":
            return web.Response(status=405, text="POST only\n")
        self.posts += 1
        body = await request.read()
        try:
            events = self.decoder.feed(body, request.headers.get("Content-Encoding"), self.stamp())
        except MalformedBody as exc:
            log.warning("wxlivespy POST %s: malformed body (%s)", request.path, exc)
            return web.Response(status=400, text=f"malformed body: {exc}\n")
        for event in events:
            self._events.put_nowait(with_grace(event))
        return web.json_response({"ok": True, "events": len(events)})

    async def _hand_over(self) -> None:
        """Give the queued events to the bot in order (the bot may make us wait; the POSTs never do)."""
        while True:
            event = await self._events.get()
            await self.bot.receive(event)

    def counters(self, ts: float) -> list[Record]:
        """Bad bodies, bad events and repeats, as counters for the session."""
        d = self.decoder
        out: list[Record] = []
        if d.malformed:
            out.append(Counted(ts, "malformed_frame", d.malformed))
        if d.bad_events:
            out.append(Counted(ts, "malformed_event", d.bad_events))
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
    """`daigang attach --platform wxlivespy --listen PORT`: wxlivespy's forward URL on 127.0.0.1:PORT."""
    port: int | None = getattr(args, "listen", None)
    if port is None:
        raise InputError("--platform wxlivespy needs --listen PORT (the port wxlivespy forwards to)")

    def make(bot: BotPort) -> WxLiveSpyServer:
        """The server for `bot`."""
        return WxLiveSpyServer(port, bot)

    return Attachment(f"wxlivespy@127.0.0.1:{port}", make, screen=True)
