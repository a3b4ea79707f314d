"""The stream's clock cannot be dragged: untimed, millisecond, zero, absurd and far-off timestamps."""

from __future__ import annotations

import itertools
import math

from bot.events import Comment, End, Event, Tick, User, Viewers
from bot.runtime.streamclock import EPOCH, UNTIMED, StreamClock
from bot.runtime.timeline import Timeline

T0 = 1_763_600_000.0
USER = User("u-1", "小王")


def comment(n: int, ts: float) -> Comment:
    """A comment numbered `n` at `ts`."""
    return Comment(f"c-{n}", ts, USER, "工资多少")


def times(clock: StreamClock, events: list[Event]) -> list[float]:
    """The times the clock gives the frames, in order, as they come out."""
    return [e.ts for event in events for e in clock.admit(event)]


def test_untimed_frames_before_any_timed_one_wait_for_it() -> None:
    """Frames with no time before the first timed one come out with it, at its time, never at 0."""
    clock = StreamClock(earliest=EPOCH)
    assert clock.admit(Viewers(UNTIMED, 10)) == []
    assert clock.admit(Viewers(UNTIMED, 11)) == []
    assert not clock.started
    out = clock.admit(comment(1, T0))
    assert [e.ts for e in out] == [T0, T0, T0]
    assert [type(e) for e in out] == [Viewers, Viewers, Comment]
    assert clock.admit(Viewers(UNTIMED, 12)) == [Viewers(T0, 12)]
    assert clock.counts["untimed_early"] == 2
    assert clock.corrected == 0


def test_a_millisecond_timestamp_is_read_as_seconds() -> None:
    """1.7e12 is epoch milliseconds: the frame lands at the same second."""
    clock = StreamClock()
    assert times(clock, [comment(1, T0), comment(2, (T0 + 2) * 1000)]) == [T0, T0 + 2]
    assert clock.counts["ms"] == 1


def test_absurd_times_after_the_start_are_clamped_and_counted() -> None:
    """0, negative, 1e300, infinity and years off are handled at the newest time, each counted."""
    clock = StreamClock()
    bad = [0.0, -5.0, 1e300, math.inf, -math.inf, T0 + 3 * 365 * 86400, T0 - 3 * 365 * 86400]
    got = times(clock, [comment(0, T0)] + [comment(i + 1, ts) for i, ts in enumerate(bad)])
    assert got == [T0] * (len(bad) + 1)
    assert clock.latest == T0
    assert clock.corrected == len(bad)


def test_an_absurd_first_frame_does_not_start_the_clock() -> None:
    """A first frame at 0, negative or 1e300 waits for a real time and is placed there."""
    clock = StreamClock(earliest=EPOCH)
    assert clock.admit(comment(1, 0.0)) == []
    assert clock.admit(comment(2, 1e300)) == []
    assert clock.admit(comment(3, -1.0)) == []
    assert times(clock, [comment(4, T0)]) == [T0, T0, T0, T0]
    assert clock.latest == T0
    assert clock.corrected == 3


def test_a_recording_counting_from_zero_keeps_its_own_clock() -> None:
    """Frames at 1, 2, 3… (a relative recording) start the clock at 1 and keep their times."""
    clock = StreamClock()
    assert times(clock, [comment(i, float(i)) for i in range(1, 6)]) == [1.0, 2.0, 3.0, 4.0, 5.0]
    relative = StreamClock(earliest=EPOCH)
    assert times(relative, [comment(i, float(i)) for i in range(1, 6)]) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert relative.corrected == 0


def test_one_frame_an_hour_ahead_does_not_move_the_clock() -> None:
    """A single frame dated an hour ahead is clamped; the frames after it keep their own times."""
    clock = StreamClock()
    got = times(clock, [comment(1, T0), comment(2, T0 + 3600), comment(3, T0 + 1), comment(4, T0 + 2)])
    assert got == [T0, T0, T0 + 1, T0 + 2]
    assert clock.latest == T0 + 2
    assert clock.counts["ahead"] == 1


def test_a_feed_whose_clock_really_moved_is_followed() -> None:
    """Three frames in a row an hour on, agreeing with each other: the stream came back after a pause."""
    clock = StreamClock()
    later = [comment(i, T0 + 3600 + i) for i in range(1, 5)]
    got = times(clock, [comment(0, T0), *later])
    assert got == [T0, T0, T0, T0 + 3603, T0 + 3604]
    assert clock.latest == T0 + 3604


def test_ticks_are_lazy_and_bounded_across_a_jump() -> None:
    """A jump of decades builds no ticks up front and at most `catchup` seconds of them."""
    timeline = Timeline([(10.0, True)], step=0.5, catchup=60.0)
    assert list(timeline.before(0.0)) == []
    due = timeline.before(1e9)
    first = list(itertools.islice(due, 3))
    assert first[0].ts == 10.0  # the poll due in the skipped span still goes in, first
    rest = list(due)
    ticks = [e for e in first + rest if isinstance(e, Tick)]
    assert len(ticks) <= 60.0 / 0.5 + 2
    assert ticks[-1].ts == 1e9
    assert timeline.skipped > 0


def test_an_end_with_no_time_before_anything_waits() -> None:
    """Even an untimed end (PREPARING before any frame) does not open the session on its own."""
    clock = StreamClock(earliest=EPOCH)
    assert clock.admit(End(UNTIMED)) == []
    assert [type(e) for e in clock.admit(comment(1, T0))] == [End, Comment]
