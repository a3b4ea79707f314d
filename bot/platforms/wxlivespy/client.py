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
import logging
import time
from collections.abc import Callable

from aiohttp import web

from bot.errors import InputError
from bot.events import Record
from bot.platforms import Attachment
from bot.platforms.listener import PushSource
from bot.platforms.screen import with_grace
from bot.platforms.skipped import skipped_counters
from bot.platforms.wxlivespy.codec import MAX_BODY, MalformedBody, WxLiveSpyDecoder
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.wxlivespy")


class WxLiveSpyServer(PushSource):
    """The forward URL wxlivespy POSTs to, feeding one bot."""

    max_body = MAX_BODY

    def __init__(self, port: int, bot: BotPort, *, stamp: Callable[[], float] = time.time) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port) for `bot`; `stamp` times untimed figures."""
        super().__init__(bot, port, stamp=stamp)
        self.decoder = WxLiveSpyDecoder()
        self.posts = 0

    def announce(self, url: str) -> str:
        """Where wxlivespy must forward to."""
        return f"wxlivespy: set its forward URL to {url}"

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
            self.put(with_grace(event))
        return web.json_response({"ok": True, "events": len(events)})

    def counters(self, ts: float) -> list[Record]:
        """Bad bodies, bad events and repeats, as counters for the session."""
        d = self.decoder
        return skipped_counters(
            ts,
            malformed=d.malformed,
            bad_events=d.bad_events,
            duplicates=d.duplicates,
            unknown=d.unknown,
            ignored=d.ignored,
        )


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform wxlivespy --listen PORT`: wxlivespy's forward URL on 127.0.0.1:PORT."""
    port: int | None = getattr(args, "listen", None)
    if port is None:
        raise InputError("--platform wxlivespy needs --listen PORT (the port wxlivespy forwards to)")

    def make(bot: BotPort) -> WxLiveSpyServer:
        """The server for `bot`."""
        return WxLiveSpyServer(port, bot)

    return Attachment(f"wxlivespy@127.0.0.1:{port}", make, screen=True)
