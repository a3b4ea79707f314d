"""The stream's clock, guarded: a frame's timestamp may move it, never drag it.

Frames from outside carry times the bot cannot trust blindly: none at all (Bilibili's first
frames after the auth), a millisecond timestamp, 0, a negative or non-finite number, or a date an
hour or years away from the stream's own time. `StreamClock.admit` (pure) looks at each frame in
arrival order and gives the time the bot uses for it:

- an untimed frame (`UNTIMED`, NaN) takes the newest time seen; before any timed frame it is held
  back and comes out with the first one, at its time — it never opens the session on its own;
- a millisecond timestamp (1e11 ≤ ts < 1e14) is read as seconds (counted);
- the first timed frame must look like a time (a finite number from `earliest` up to `LATEST`:
  a live room and a jsonl recording give seconds since the epoch, so `EPOCH` there; other
  recordings may count from 0); one that does not is counted and held back like an untimed one;
- later frames more than `behind` seconds before the newest time seen, or more than `ahead`
  seconds after it, are clamped to the newest time (counted): one frame dated an hour ahead does
  not move the clock. When `confirm` frames in a row all lead by that much and agree with each
  other (within `ahead`), the feed's clock really moved (a stream back from a pause) and the clock
  follows from that frame on.

Replay and the live bot put every frame through here in the same order, so they see the same
times.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import Final

from bot.events import Event

UNTIMED: Final = math.nan
"""The `ts` a decoder gives a frame that carries no time of its own."""
EPOCH: Final = 1e9
"""The earliest first time of a feed that gives seconds since the epoch (2001-09-09)."""
LATEST: Final = 4_102_444_800.0
"""2100-01-01 in epoch seconds: no later time is taken for one."""
MS_LOW: Final = 1e11
MS_HIGH: Final = 1e14
"""Times in this range are epoch milliseconds."""
AHEAD: Final = 2700.0
"""Seconds a frame may lead the newest time and still move the clock: a recording's quiet break
of half an hour is real time passing; a frame an hour or more ahead is not trusted alone."""
BEHIND: Final = 600.0
CONFIRM: Final = 3
MAX_HELD: Final = 1000
"""Frames held back before the first timed one; more are dropped (counted)."""


class StreamClock:
    """Admits frames onto the stream's clock (pure: it is only shown frames)."""

    def __init__(
        self,
        *,
        earliest: float = 0.0,
        ahead: float = AHEAD,
        behind: float = BEHIND,
        confirm: int = CONFIRM,
        max_held: int = MAX_HELD,
    ) -> None:
        """Frames more than `ahead` / `behind` seconds off the newest time are clamped to it; the
        first timed frame must be at `earliest` or later."""
        self.earliest = earliest
        self.ahead = ahead
        self.behind = behind
        self.confirm = confirm
        self.max_held = max_held
        self.latest: float | None = None
        """The newest time admitted; None until the first timed frame."""
        self.counts: Counter[str] = Counter()
        """What was corrected, by kind: untimed_early, bad_first, ms, ahead, behind, non_finite, held_over."""
        self._held: list[Event] = []
        self._leads: list[float] = []
        self._low = 0

    @property
    def started(self) -> bool:
        """Whether a timed frame has started the clock."""
        return self.latest is not None

    @property
    def corrected(self) -> int:
        """How many frames had their time corrected or were dropped."""
        return sum(n for kind, n in self.counts.items() if kind != "untimed_early")

    def admit(self, event: Event) -> list[Event]:
        """The frames to hand on now, with the times to use (empty while waiting for a timed frame)."""
        ts = event.ts
        latest = self.latest
        if latest is not None and latest - self.behind <= ts <= latest + self.ahead and ts < MS_LOW:
            # The usual frame of a running clock: near the newest time, a plain number of seconds
            # (what `_place` makes of it, without its checks; NaN and infinities fail the test).
            if self._leads:
                self._leads = []
            if ts > latest:
                self.latest = ts
            return [event]
        if math.isnan(ts):
            if self.latest is None:
                self.counts["untimed_early"] += 1
                return self._hold(event)
            return [replace(event, ts=self.latest)]
        if MS_LOW <= ts < MS_HIGH:
            self.counts["ms"] += 1
            ts /= 1000.0
        if self.latest is not None:
            return [_at(event, self._place(ts))]
        if not (math.isfinite(ts) and 0.0 <= ts <= LATEST):
            self.counts["bad_first"] += 1
            return self._hold(replace(event, ts=UNTIMED))
        if ts >= self.earliest:
            return self._start(ts, [_at(event, ts)])
        # Before `earliest`: a stray frame, or a feed that counts from 0 — `confirm` of them in a
        # row say the latter, and the clock starts at the first.
        self._low += 1
        held = self._hold(_at(event, ts))
        if self._low < self.confirm:
            return held
        first = min(h.ts for h in self._held if not math.isnan(h.ts))
        return self._start(first, [])

    def _hold(self, event: Event) -> list[Event]:
        """Keep a frame until the clock starts (or drop it when too many wait)."""
        if len(self._held) < self.max_held:
            self._held.append(event)
        else:
            self.counts["held_over"] += 1
        return []

    def _start(self, first: float, then: list[Event]) -> list[Event]:
        """Start the clock at `first`: the frames held back (at their own time when near it), then `then`."""
        self.latest = first
        held, self._held = self._held, []
        out: list[Event] = []
        for h in held:
            if math.isnan(h.ts):
                out.append(replace(h, ts=first))
            elif first - self.behind <= h.ts <= first + self.ahead:
                out.append(h)
                self.latest = max(self.latest, h.ts)
            else:
                self.counts["behind" if h.ts < first else "ahead"] += 1
                out.append(replace(h, ts=first))
        for e in then:
            out.append(_at(e, self._place(e.ts)))
        return out

    def _place(self, ts: float) -> float:
        """The time to use for a frame at `ts` once the clock runs."""
        latest = self.latest
        assert latest is not None
        if not math.isfinite(ts):
            self.counts["non_finite"] += 1
            return latest
        if ts < latest - self.behind:
            self.counts["behind"] += 1
            self._leads = []
            return latest
        if ts > latest + self.ahead:
            if self._leads and abs(ts - self._leads[-1]) > self.ahead:
                self._leads = []
            self._leads.append(ts)
            if len(self._leads) < self.confirm:
                self.counts["ahead"] += 1
                return latest
        self._leads = []
        if ts > latest:
            self.latest = ts
        return ts


def _at(event: Event, ts: float) -> Event:
    """`event` at `ts` (itself when unchanged)."""
    return event if event.ts == ts else replace(event, ts=ts)
