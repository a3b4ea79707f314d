"""The grace period after the host's stream stops, for both Bilibili clients.

The room says PREPARING (the web room) or LIVE_END (the open platform) when the host's stream
stops, and LIVE / LIVE_START when it is back. An encoder dropping for a few seconds is common, so
a stop only starts a grace period; the stream ends (an `End` to the bot, at the time of the stop
when the platform says it) when it runs out, unless the stream is back first. The host is told
both ways: a line, and a notice on the console that stands while the bot is counting down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Final

from bot.events import End
from bot.runtime.port import BotPort
from bot.runtime.reconnect import settle

PAUSED: Final = "stream_paused"
"""The console's notice while the grace period runs."""


class StreamGrace:
    """Counts down `seconds` after a stop; the stream ends when the count runs out."""

    def __init__(
        self, bot: BotPort, seconds: float, stamp: Callable[[], float], tell: Callable[[str], None]
    ) -> None:
        """For `bot`: `stamp` times the end, `tell` gives the host a line."""
        self.bot = bot
        self.seconds = seconds
        self.stamp = stamp
        self.tell = tell
        self.stops = 0
        self.resumed = 0
        self.ended = False
        """Whether the grace ran out and ended the stream."""
        self._task: asyncio.Task[None] | None = None
        self._stopped_at = 0.0

    @property
    def running(self) -> bool:
        """Whether a grace period is counting down."""
        return self._task is not None and not self._task.done()

    def stopped(self, what: str, at: float | None = None) -> None:
        """The host's stream stopped (`what` the platform's word, `at` its time when it says):
        start counting, unless already. If the count runs out, the stream ended when it stopped."""
        self.stops += 1
        if self.running:
            return
        now = self.stamp()
        # The platform's own time of the stop, unless it is off the stream's clock by minutes.
        self._stopped_at = at if at is not None and abs(at - now) <= self.seconds * 4 else now
        text = f"the host's stream stopped ({what}); ending in {self.seconds:g} s unless it resumes"
        self.tell(text)
        self.bot.notices.show(PAUSED, text, "warning")
        self._task = asyncio.create_task(self._end_after())

    def back(self, what: str) -> None:
        """The host's stream is back: the count stops."""
        if not self.running:
            return
        assert self._task is not None
        self._task.cancel()
        self.resumed += 1
        text = f"the host's stream is back ({what})"
        self.tell(text)
        self.bot.notices.say(PAUSED, text)

    async def close(self) -> None:
        """Stop counting (the run is over)."""
        if self._task is not None:
            self._task.cancel()
            await settle(self._task)

    async def _end_after(self) -> None:
        """The stream ends when the grace period runs out."""
        await self.bot.clock.sleep(self.seconds)
        # Never before the newest frame: an older one would read as re-sent after a reconnect.
        end = End(max(self._stopped_at, self.stamp()))
        if not self.bot.finished.is_set() and await self.bot.receive(end):
            self.ended = True
