"""Sending at a pace the platform accepts, judged on the clock the bot runs on.

The room decides its posts on the stream's clock (the time the frames carry), and spaces them by
the profile's interval. But a platform judges the interval on *its* clock, when each post
arrives — and a post decided late (the frame that moved the stream's clock on came late, an ack
took a while) can arrive closer to the one after it than the room meant. So the shell paces the
actual sends as well, from the wall clock it runs on:

- two posts go out at least `interval / rate - EARLY` wall seconds apart, where `rate` is how
  many stream seconds pass per wall second (1 on a live platform; a rehearsal room may play
  faster, and the rate is measured from the frames' times against their arrival);
- a `too_fast` refusal stretches the gap (the platform's clock runs differently from ours), and
  each post shown relaxes it back towards the profile's interval.

Why a little early and not a margin late: in a busy room the room decides a post every interval,
exactly. A pacer that kept each send a margin *more* than an interval after the one before would
fall behind by that margin at every post, without end (a minute of answers at one a second puts
the last one three seconds late, and a live worker that waits for acks falls behind the room by
as much). Letting a send go `EARLY` before the full interval — far less than the jitter a
platform forgives, and the profiles' intervals are wider than the platforms' own limits — means
that a post held up once (a slow ack, a busy loop) is caught up over the next few sends instead
of delaying every later one. Only a post that is behind goes early: one with others queued
behind it, or one following a send the pacer held back (a live worker waits for each post's ack
before it decides the next, so nothing ever queues; a post decided an interval after one that
went out late is held, and without the early slot every later post would be held as long, and
the comments behind them — 80 ms late after a minute at one post a second). A post with neither
waits the full interval, so that in a room keeping pace the whole of the platform's tolerance is
left for the jitter between the bot and the platform (a machine under heavy load once ate 30 ms
of it).

`SendPacer` is pure: it is told the time and answers with waits; the outbox does the waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

EARLY = 0.02
"""Wall seconds before the full interval a send may go, so that one late send is caught up."""
MEASURE_AFTER = 2.0
"""Wall seconds of frames needed before the stream's rate is taken from them."""
MAX_STRETCH = 2.0
"""The most a run of `too_fast` refusals stretches the interval."""


@dataclass
class StreamRate:
    """Stream seconds per wall second, from fresh frames' times and arrival (1 until measured)."""

    first: tuple[float, float] | None = None
    last: tuple[float, float] | None = None

    def observe(self, wall: float, ts: float) -> None:
        """A fresh frame stamped `ts` arrived at `wall`."""
        if self.first is None:
            self.first = (wall, ts)
        self.last = (wall, ts)

    def restart(self) -> None:
        """Measure afresh (only fresh frames count: a buffer a room replays after a reconnect is
        skipped before it gets here, so a reconnect needs no restart)."""
        self.first = self.last = None

    @property
    def rate(self) -> float:
        """The measured pace, never below real time; 1 until the frames span `MEASURE_AFTER` wall
        seconds, or run that much ahead of the wall clock (a room playing as fast as it can).

        The measure leans slow (a fifth of a second added to the wall span) so that a first frame
        that came a little late does not make the stream look faster than it is.
        """
        if self.first is None or self.last is None:
            return 1.0
        wall = self.last[0] - self.first[0]
        stream = self.last[1] - self.first[1]
        if wall < MEASURE_AFTER and stream - wall < MEASURE_AFTER:
            return 1.0
        rate = stream / (wall + 0.2)
        return rate if rate > 1.5 else 1.0


class SendPacer:
    """When the next post may go out; told every send and every refusal."""

    def __init__(self, interval: float, early: float = EARLY) -> None:
        """Posts an interval of stream time apart, less `early` wall seconds."""
        self.interval = interval
        self.early = early
        self.stretch = 1.0
        self.pace = StreamRate()
        self.last_sent: float | None = None
        self.held = False
        """Whether the last send was held back by the pace (the next one is then behind too)."""

    @property
    def full_gap(self) -> float:
        """Wall seconds of a whole interval now (stretched by refusals, shortened by a fast room)."""
        return max(0.0, self.interval * self.stretch / self.pace.rate)

    @property
    def gap(self) -> float:
        """Wall seconds between two sends while catching up (`early` less than a whole interval)."""
        return max(0.0, self.full_gap - self.early)

    def wait(self, now: float, behind: bool = True) -> float:
        """Wall seconds to wait before the next send may go out (0: now); `behind`: other posts
        wait after this one, so it may go `early` to catch up (as it may after a held send)."""
        if self.last_sent is None:
            return 0.0
        return max(0.0, self.last_sent + (self.gap if behind or self.held else self.full_gap) - now)

    def sent(self, now: float, held: bool = False) -> None:
        """A post went out at `now`; `held`: the pace had held it back."""
        self.last_sent = now
        self.held = held

    def refused(self, reason: str | None) -> None:
        """The platform refused a post; `too_fast` means our interval is too short on its clock."""
        if reason == "too_fast":
            self.stretch = min(MAX_STRETCH, self.stretch * 1.25)

    def shown(self) -> None:
        """A post was shown: relax a stretched interval a little."""
        self.stretch = max(1.0, self.stretch * 0.97)
