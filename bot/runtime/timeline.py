"""The stream's own clock: ticks on a fixed grid of stream time and the host's scheduled poll commands.

Ticks fall every `step` seconds counted from the first event's `ts`, and a poll command scheduled
at an offset goes in just before the first tick (or event) at or after it. Replay and the live
bot both take their ticks from here, so a live run sees exactly the events a replay of the same
frames sees, whatever the wall clock does.

Ticks are generated lazily, as they are consumed, and a jump of the clock never builds more than
`catchup` seconds of them: past that the grid skips ahead (the poll commands in between still go
in, in order), so a stream that resumes after a long pause costs at most `catchup / step` ticks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from bot.events import Event, PollCommand, Tick

TICK = 0.5
"""Seconds of stream time between two ticks."""
CATCHUP = 600.0
"""Seconds of ticks at most between two events; a longer jump skips the grid ahead."""


class Timeline:
    """Ticks and poll commands due as the stream's clock moves on (pure: it is only told the time)."""

    def __init__(
        self, polls: Iterable[tuple[float, bool]] = (), step: float = TICK, catchup: float = CATCHUP
    ) -> None:
        """`polls`: (offset from the first event in seconds, start?) pairs."""
        self.step = step
        self.catchup = catchup
        self.first: float | None = None
        self.last_tick: float | None = None
        self.skipped = 0
        """Ticks left out by jumps longer than `catchup`."""
        self._pending = sorted(polls)

    def _polls_until(self, ts: float) -> Iterator[Event]:
        """Poll commands due at or before `ts`, in order."""
        assert self.first is not None
        while self._pending and self.first + self._pending[0][0] <= ts:
            offset, start = self._pending.pop(0)
            yield PollCommand(self.first + offset, start)

    def _ticks_until(self, ts: float) -> Iterator[Event]:
        """Every tick on the grid up to `ts`, each preceded by the poll commands due by then."""
        assert self.last_tick is not None
        if ts - self.last_tick > self.catchup + self.step:
            skip = math.floor((ts - self.catchup - self.last_tick) / self.step)
            yield from self._polls_until(self.last_tick + skip * self.step)
            self.last_tick += skip * self.step
            self.skipped += skip
        while self.last_tick + self.step <= ts:
            self.last_tick += self.step
            yield from self._polls_until(self.last_tick)
            yield Tick(self.last_tick)

    def due(self, ts: float) -> bool:
        """Whether anything is due before an event at `ts` (`before` would give something, or
        start the clock): a quick test for the many events between two ticks."""
        if self.last_tick is None or self.first is None or ts >= self.last_tick + self.step:
            return True
        return bool(self._pending) and self.first + self._pending[0][0] <= ts

    def before(self, ts: float) -> Iterator[Event]:
        """What is due before an event at `ts` is handled (the first event starts the clock)."""
        if self.first is None:
            self.first = self.last_tick = ts
        yield from self._ticks_until(ts)
        yield from self._polls_until(ts)

    def until(self, ts: float) -> Iterator[Event]:
        """The ticks due by `ts` when no event has come (a quiet room); nothing before the first event."""
        if self.first is None:
            return
        yield from self._ticks_until(ts)

    def trailing(self, seconds: float) -> Iterator[Event]:
        """`seconds` more ticks after the last one (a recording that stops without an end)."""
        if self.last_tick is None:
            return
        for _ in range(int(seconds / self.step)):
            self.last_tick += self.step
            yield Tick(self.last_tick)
