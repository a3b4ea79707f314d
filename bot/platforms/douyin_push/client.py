"""`daigang attach --platform douyin-push --listen PORT --secret-file F`: Douyin's official data push.

A host whose 直播小玩法 (live interactive app) is approved for the comment, gift and like data
gets each batch POSTed by the platform to the app's callback URL; the host points that URL
(through their own HTTPS front, the platform only calls public addresses) at this server on
127.0.0.1:PORT. Every push is checked against the app's secret before anything is read: a
forged or altered one gets 401; a good one is answered at once (the platform counts an answer
slower than 2 s, 3 s for gifts, as a failure and stops pushing after ten in a row), its new
messages go to the bot in order. Posts go to the overlay (`bot.overlay`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.errors import InputError
from bot.events import Counted, Event, Record
from bot.platforms import Attachment
from bot.platforms.douyin_push.codec import BadPush, PushDecoder
from bot.platforms.listener import LoopbackListener
from bot.platforms.screen import ScreenPosts, screen_of, serve_screen
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.douyin_push")

MAX_BODY = 4 << 20
"""The largest push accepted, in bytes."""


def read_secret(path: Path) -> str:
    """The app's push secret from a file (one line); a missing or empty file raises InputError."""
    try:
        secret = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read the push secret ({why})") from None
    if not secret:
        raise InputError(f"{path}: the push secret file is empty")
    return secret


class DouyinPushServer:
    """The callback URL Douyin pushes to, feeding one bot."""

    posts_to_chat = False
    """The platform takes no posts from a bot: `attach` serves the overlay, and the posts go there."""

    def __init__(
        self, port: int, secret: str, bot: BotPort, *, stamp: Callable[[], float] = time.time
    ) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port), checking pushes against `secret`."""
        self.bot = bot
        self.stamp = stamp
        self.decoder = PushDecoder(secret)
        self.listener = LoopbackListener(port, self._handle, max_body=MAX_BODY)
        self._events: asyncio.Queue[Event] = asyncio.Queue()

    async def run(self) -> None:
        """Serve until the bot has finished; posts go to the screen meanwhile."""
        sink = screen_of(self.bot.overlay)
        await self.listener.start()
        print(f"douyin push: callback on {self.listener.url}", file=sys.stderr, flush=True)
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
        """One push: verified, its new messages queued, answered at once."""
        if request.method != "POST":
            return web.Response(status=405, text="POST only\n")
        body = await request.read()
        try:
            events = self.decoder.feed(request.headers, body, self.stamp())
        except BadPush as exc:
            status = 401 if "signature" in str(exc) or "missing header" in str(exc) else 400
            log.warning("douyin push %s: refused (%s)", request.path, exc)
            return web.json_response({"err_no": status, "err_msg": str(exc)}, status=status)
        for event in events:
            self._events.put_nowait(event)
        return web.json_response({"err_no": 0, "err_msg": "ok"})

    async def _hand_over(self) -> None:
        """Give the queued messages to the bot in order."""
        while True:
            await self.bot.receive(await self._events.get())

    def counters(self, ts: float) -> list[Record]:
        """Refused pushes, unreadable payloads and repeats, as counters for the session."""
        d = self.decoder
        out: list[Record] = [Counted(ts, "refused_push", n, why) for why, n in sorted(d.refused.items())]
        if d.bad_payloads:
            out.append(Counted(ts, "malformed_event", d.bad_payloads))
        if d.duplicates:
            out.append(Counted(ts, "duplicate_message", d.duplicates))
        return out


async def _settle(task: asyncio.Task[Any]) -> None:
    """Wait for a task to be over, taking its exception so it is not reported as lost."""
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform douyin-push --listen PORT --secret-file F`."""
    port: int | None = getattr(args, "listen", None)
    secret_file: str | None = getattr(args, "secret_file", None)
    if port is None or secret_file is None:
        raise InputError(
            "--platform douyin-push needs --listen PORT and --secret-file FILE (the app's secret)"
        )
    secret = read_secret(Path(secret_file))

    def make(bot: BotPort) -> DouyinPushServer:
        """The server for `bot`."""
        return DouyinPushServer(port, secret, bot)

    return Attachment(f"douyin-push@127.0.0.1:{port}", make, screen=True)
