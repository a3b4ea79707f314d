"""Replay a recorded stream through the bot on a virtual clock.

The recording's own timestamps are the room's clock; ticks fall on fixed steps of that clock, so
the bot decides exactly the same things at every speed. `speed` only paces the wall clock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bot.events import Comment, Counted, End, Event, Feature, Post, Tick
from bot.profiles import Profile
from bot.recordings.read import RecordingStats, detect_format, parse_offset, read_recording
from bot.room import Room, RoomConfig
from bot.runtime.clock import Clock
from bot.runtime.runner import Runner
from bot.runtime.streamclock import EPOCH, StreamClock
from bot.runtime.timeline import TICK, Timeline
from bot.runtime.writes import DirectWrites
from bot.store import Store
from bot.wiring import build_room
from catalog.models import Catalog

APPLICATION_GROUP = 16
"""Applications committed together in a replay (their confirmations wait for the commit)."""
HOLD = 256
"""Posts and records a replay as fast as it goes gathers before handing them to the store."""
TRAILING = 60.0
"""Seconds of ticks after the last event of a recording that stops without an end."""


T = TypeVar("T")


@dataclass
class ReplayResult:
    """What a replay did."""

    session: str
    posts: list[Post]
    comments: int = 0
    events: int = 0
    applications: int = 0
    start: float = 0.0
    end: float = 0.0
    extra: dict[str, int] = field(default_factory=dict)
    recording: RecordingStats = field(default_factory=RecordingStats)
    """What reading the recording met: records skipped (why, and the first place), warnings."""
    unknown_features: list[str] = field(default_factory=list)
    """Jobs the recording (or --feature) puts on screen that the catalogue does not have."""


def session_key(log: Path, catalog_json: str, profile: Profile) -> str:
    """A stable key for one replay of one recording: re-running it continues the same session."""
    digest = hashlib.sha256()
    with log.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    digest.update(catalog_json.encode())
    digest.update(profile.name.encode())
    return f"replay:{log.name}:{digest.hexdigest()[:16]}"


def parse_polls(spec: str | None) -> list[tuple[float, bool]]:
    """`--poll 00:36:00-00:40:00` (or only a start) as (offset, start?) pairs."""
    if not spec:
        return []
    out: list[tuple[float, bool]] = []
    for part in spec.split(","):
        start, _, stop = part.partition("-")
        out.append((parse_offset(start, "--poll"), True))
        if stop.strip():
            out.append((parse_offset(stop, "--poll"), False))
    return out


def with_ticks(events: Iterable[Event], polls: list[tuple[float, bool]]) -> Iterator[Event]:
    """The recording's events with ticks every `TICK` seconds and the host's poll commands."""
    timeline = Timeline(polls, TICK)
    for event in events:
        yield from timeline.before(event.ts)
        yield event
        if isinstance(event, End):
            return
    yield from timeline.trailing(TRAILING)


async def replay(
    log: Path,
    catalog: Catalog,
    profile: Profile,
    store: Store,
    *,
    speed: float | None = None,
    fmt: str | None = None,
    features: str | None = None,
    polls: str | None = None,
    clock: Clock | None = None,
    room: Room | None = None,
    config: RoomConfig | None = None,
    on_post: Callable[[Post], None] | None = None,
    progress: Callable[[int], None] | None = None,
    yield_every: int = 2000,
    checkpoint: Callable[[], Awaitable[None]] | None = None,
) -> ReplayResult:
    """Run a recording through the bot; `speed` None is as fast as the machine goes."""
    clock = clock or Clock()
    room = room or build_room(catalog, profile, config)
    catalog_json = room.index.catalog_json if room.index.catalog is catalog else catalog.model_dump_json()
    unpaced = speed is None and checkpoint is None
    writes = DirectWrites(store, group=APPLICATION_GROUP, hold=HOLD if unpaced else 0)

    def open_session(first_ts: float) -> str:
        """The replay's session: the same recording, catalogue and profile continue one session."""
        key = session_key(log, catalog_json, profile)
        return store.open_session(key, str(log), profile.name, first_ts, catalog_json)

    # A jsonl recording holds a live room's frames: seconds since the epoch, as a live run takes them.
    absolute = (fmt or detect_format(log)) == "jsonl"
    guard = StreamClock(earliest=EPOCH if absolute else 0.0)
    runner = Runner(room, writes, open_session, polls=parse_polls(polls), on_post=on_post, clock=guard)
    result = ReplayResult(session="", posts=[])
    events = read_recording(log, fmt, features, result.recording)
    known = {j.id for j in catalog.jobs}
    """Jobs the catalogue has, and those already reported as not in it."""
    wall_start = clock.now()
    n = 0
    handled = 0
    apply = runner.apply
    yielding = checkpoint is not None and speed is None
    try:
        for event in events:
            for admitted in runner.admit(event):
                if yielding and n % yield_every == 0:
                    assert checkpoint is not None
                    await checkpoint()
                n += 1
                for step in runner.plan(admitted):
                    if speed is not None:
                        delay = wall_start + (step.ts - runner.start) / speed - clock.now()
                        if delay > 0:
                            await clock.sleep(delay)
                    apply(step)
                    if not isinstance(step, Tick):
                        handled += 1
                if isinstance(admitted, Feature) and admitted.job is not None and admitted.job not in known:
                    known.add(admitted.job)
                    result.unknown_features.append(admitted.job)
                if isinstance(admitted, Comment) and progress is not None:
                    progress(1)
            if runner.ended:
                break
        result.events = handled
        if not runner.ended:
            for tick in runner.trailing(TRAILING):
                runner.apply(tick)
        runner.settle()
        runner.record(runner.clock_counters())
        if result.recording.skipped:
            first = result.recording.first
            runner.record(
                [
                    Counted(runner.now, "skipped_record", n, f"{reason} (first at {first.get(reason, '?')})")
                    for reason, n in result.recording.skipped.items()
                ]
            )
    finally:
        writes.release()  # what is held goes to the store however the run stops
    store.flush()
    result.posts = runner.posts
    result.comments = runner.comments
    result.applications = writes.applications
    result.session = runner.session
    result.start = runner.start
    result.end = runner.now if runner.started else 0.0
    return result


def run_unpaced(coro: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never waits on anything (a replay as fast as it goes, with no
    checkpoint), run to its end without an event loop: a loop and its library cost a replay's
    start-up more than they do for it."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coro.close()
    raise RuntimeError("an unpaced replay waited on something")


def run_in_loop(coro: Coroutine[Any, Any, T]) -> T:
    """A coroutine run to its end in an event loop of its own (a paced replay waits on the clock)."""
    import asyncio

    return asyncio.run(coro)
