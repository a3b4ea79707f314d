"""The stream's own clock: ticks on a fixed grid of stream time and the host's scheduled poll commands.

Ticks fall every `step` seconds counted from the first event's `ts`, and a poll command scheduled
at an offset goes in just before the first tick (or event) at or after it. Replay and the live
bot both take their ticks from here, so a live run sees exactly the events a replay of the same
frames sees, whatever the wall clock does.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.events import Event, PollCommand, Tick

TICK = 0.5
"""Seconds of stream time between two ticks."""


class Timeline:
    """Ticks and poll commands due as the stream's clock moves on (pure: it is only told the time)."""

    def __init__(self, polls: Iterable[tuple[float, bool]] = (), step: float = TICK) -> None:
        """`polls`: (offset from the first event in seconds, start?) pairs."""
        self.step = step
        self.first: float | None = None
        self.last_tick: float | None = None
        self._pending = sorted(polls)

    def _polls_until(self, ts: float) -> list[Event]:
        """Poll commands due at or before `ts`, in order."""
        assert self.first is not None
        out: list[Event] = []
        while self._pending and self.first + self._pending[0][0] <= ts:
            offset, start = self._pending.pop(0)
            out.append(PollCommand(self.first + offset, start))
        return out

    def _ticks_until(self, ts: float) -> list[Event]:
        """Every tick on the grid up to `ts`, each preceded by the poll commands due by then."""
        out: list[Event] = []
        assert self.last_tick is not None
        while self.last_tick + self.step <= ts:
            self.last_tick += self.step
            out.extend(self._polls_until(self.last_tick))
            out.append(Tick(self.last_tick))
        return out

    def before(self, ts: float) -> list[Event]:
        """What is due before an event at `ts` is handled (the first event starts the clock)."""
        if self.first is None:
            self.first = self.last_tick = ts
        out = self._ticks_until(ts)
        out.extend(self._polls_until(ts))
        return out

    def until(self, ts: float) -> list[Event]:
        """The ticks due by `ts` when no event has come (a quiet room); nothing before the first event."""
        if self.first is None:
            return []
        return self._ticks_until(ts)

    def trailing(self, seconds: float) -> list[Event]:
        """`seconds` more ticks after the last one (a recording that stops without an end)."""
        if self.last_tick is None:
            return []
        out: list[Event] = []
        for _ in range(int(seconds / self.step)):
            self.last_tick += self.step
            out.append(Tick(self.last_tick))
        return out
