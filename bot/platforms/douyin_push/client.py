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
import logging
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from bot.errors import InputError
from bot.events import Counted, Record
from bot.platforms import Attachment
from bot.platforms.douyin_push.codec import BadPush, PushDecoder
from bot.platforms.listener import PushSource
from bot.platforms.skipped import skipped_counters
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


class DouyinPushServer(PushSource):
    """The callback URL Douyin pushes to, feeding one bot."""

    max_body = MAX_BODY

    def __init__(
        self, port: int, secret: str, bot: BotPort, *, stamp: Callable[[], float] = time.time
    ) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port), checking pushes against `secret`."""
        self.decoder = PushDecoder(secret)
        super().__init__(bot, port, stamp=stamp)

    def announce(self, url: str) -> str:
        """Where the app's callback must point (through the host's HTTPS front)."""
        return f"douyin push: callback on {url}"

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
            self.put(event)
        return web.json_response({"err_no": 0, "err_msg": "ok"})

    def counters(self, ts: float) -> list[Record]:
        """Refused pushes, unreadable payloads and repeats, as counters for the session."""
        d = self.decoder
        refused: list[Record] = [Counted(ts, "refused_push", n, why) for why, n in sorted(d.refused.items())]
        return refused + skipped_counters(ts, bad_events=d.bad_payloads, duplicates=d.duplicates)


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
