"""What both Bilibili clients (the web room and the open platform) do around one danmaku connection.

`DanmakuLink` runs the shared reconnecting loop (`bot.runtime.reconnect`: backoff with jitter,
each retry said and shown on the console, no first connection within `connect_timeout` seconds
ends the run) around the client's own way of making one connection; reads each connection
through `read_feed` (events to the bot, notices to the client, a silence watchdog no longer
armed once the stream has ended) until it drops or the bot has finished; tells the loop and the
bot when the server takes the auth; keeps the grace period after the host's stream stops; and
adds up what the decoders could not read or did not know.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Final, TypedDict, Unpack

from bot.events import Event, Record
from bot.platforms.bilibili.codec import Notice
from bot.platforms.bilibili.feed import BilibiliFeed, read_feed, why_bilibili
from bot.platforms.bilibili.grace import StreamGrace
from bot.platforms.bilibili.poster import host_line
from bot.platforms.skipped import skipped_counters
from bot.platforms.ws.client import SILENCE
from bot.runtime.backoff import Retry
from bot.runtime.port import BotPort
from bot.runtime.reconnect import (
    CONNECT_TIMEOUT,
    Attempt,
    Finished,
    LinkCounters,
    LinkStats,
    attempts_for,
    until_finished,
)

log = logging.getLogger("daigang.live")

AT_ONCE: Final = "session_end"
"""The reason after which the next attempt is due at once (the platform ended the app session)."""


class LinkOptions(TypedDict, total=False):
    """How a Bilibili client keeps its connection, as the client's keyword arguments."""

    retry: Retry | None
    """The backoff (a fresh `Retry` when not given)."""
    silence: float
    """Seconds without any message (not even a heartbeat reply) before the connection is dead."""
    connect_timeout: float | None
    """Seconds without a first connection before the run ends (None: never)."""
    stamp: Callable[[], float] | None
    """Times what the platform leaves untimed: by default the newest frame time, or the wall clock
    before any frame has come, so that an untimed first frame never opens the session at zero."""
    wall: Callable[[], float]
    """Unix seconds, as the platform's own stamps and signatures are."""
    tell: Callable[[str], None]
    """Gives the host a line (stderr by default)."""


class DanmakuLink(LinkCounters):
    """The connection loop and the reading of one Bilibili client; the client makes each connection."""

    def __init__(self, bot: BotPort, grace: float, **options: Unpack[LinkOptions]) -> None:
        """For `bot`, as `options` say; `grace` seconds after the host's stream stops it ends."""
        self.bot = bot
        self.retry = options.get("retry") or Retry()
        self.silence = options.get("silence", SILENCE)
        self.connect_timeout = options.get("connect_timeout", CONNECT_TIMEOUT)
        self.wall = wall = options.get("wall", time.time)
        self.stamp: Callable[[], float] = options.get("stamp") or (lambda: bot.stream_now or wall())
        self.tell = tell = options.get("tell", host_line)
        self.stats = LinkStats()
        self.grace = StreamGrace(bot, grace, self.stamp, tell)
        self.online = False
        """Whether a connection is up (its auth taken) right now."""
        self.bad_messages = 0
        self.unknown_commands: dict[str, int] = {}
        self._attempt: Attempt | None = None
        self._ended = False

    async def stay_connected(self, name: str, connection: Callable[[], Awaitable[str]]) -> None:
        """Make one connection after another with `connection()` (why it ended, as a word) until
        the bot has finished."""
        attempts = attempts_for(
            self.bot,
            name,
            classify=why_bilibili,
            retry=self.retry,
            give_up_after=self.connect_timeout,
            stats=self.stats,
            say=self.tell,
        )
        async for attempt in attempts:
            self._attempt = attempt
            try:
                async with attempt:
                    reason = await connection()
                    attempt.lost(reason, at_once=reason == AT_ONCE)
            finally:
                self.online = False

    async def read(self, feed: BilibiliFeed, notice: Callable[[Notice], str | None]) -> str:
        """One connection until it drops (`closed`), a notice ends it (its word), or the bot has
        finished (`finished`); silence raises TimeoutError."""
        watch = None if self._ended or self.grace.ended else self.silence
        try:
            outcome = await until_finished(
                read_feed(feed, watch, authed=self._connected, notice=notice, receive=self._receive),
                self.bot.finished,
            )
        finally:
            self.bad_messages += feed.decoder.bad
            for name, n in feed.decoder.unknown_commands.items():
                self.unknown_commands[name] = self.unknown_commands.get(name, 0) + n
        if isinstance(outcome, Finished):
            return "finished"
        if feed.drop_reason is not None:
            log.info("%s: %s", feed.url, feed.drop_reason)
        return outcome

    async def _receive(self, event: Event) -> bool:
        """An event to the bot; True (and silence no longer watched) once the stream has ended."""
        if await self.bot.receive(event):
            self._ended = True
        return self._ended

    def _connected(self) -> None:
        """The server took the auth: tell the loop and the bot."""
        if self._attempt is not None:
            self._attempt.up()
        self.online = True
        self.bot.connected()

    def skipped(self, ts: float) -> list[Record]:
        """What the decoders could not read or did not know, as counters."""
        return skipped_counters(ts, malformed=self.bad_messages, unknown=self.unknown_commands)
