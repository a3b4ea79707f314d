"""Replay a recorded stream through the bot on a virtual clock.

The recording's own timestamps are the room's clock; ticks fall on fixed steps of that clock, so
the bot decides exactly the same things at every speed. `speed` only paces the wall clock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.events import Ack, Action, Comment, Counted, End, Event, Feature, Post, Tick
from bot.profiles import Profile
from bot.recordings.read import RecordingStats, parse_offset, read_recording
from bot.room import Room, RoomConfig
from bot.runtime.clock import Clock
from bot.runtime.timeline import TICK, Timeline
from bot.store import Store
from bot.wiring import Executor, build_room
from catalog.models import Catalog


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
    yield from timeline.trailing(60.0)


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
    catalog_json = catalog.model_dump_json()
    room = room or build_room(catalog, profile, config)
    result = ReplayResult(session="", posts=[])
    events = read_recording(log, fmt, features, result.recording)
    session = ""
    executor: Executor | None = None
    wall_start = clock.now()
    stream_start = 0.0

    pending_acks: list[Post] = []
    ack = pending_acks.append
    known = {j.id for j in catalog.jobs}
    """Jobs the catalogue has, and those already reported as not in it."""
    for n, event in enumerate(with_ticks(events, parse_polls(polls))):
        if executor is None:
            stream_start = event.ts
            session = store.open_session(
                session_key(log, catalog_json, profile), str(log), profile.name, stream_start, catalog_json
            )
            executor = Executor(store, session, ack, on_post=on_post)
            result.start = stream_start
        if speed is not None:
            due = wall_start + (event.ts - stream_start) / speed
            delay = due - clock.now()
            if delay > 0:
                await clock.sleep(delay)
        elif checkpoint is not None and n % yield_every == 0:
            await checkpoint()
        now = event.ts
        actions: list[Action] = room.handle(event, now)
        executor.run(actions)
        while pending_acks:
            post = pending_acks.pop(0)
            executor.run(room.handle(Ack(now, post.id, True), now))
        if isinstance(event, Feature) and event.job is not None and event.job not in known:
            known.add(event.job)
            result.unknown_features.append(event.job)
        if isinstance(event, Comment):
            result.comments += 1
            if progress is not None:
                progress(1)
        if not isinstance(event, Tick):
            result.events += 1
        result.end = now
    if executor is not None and result.recording.skipped:
        first = result.recording.first
        store.write(
            session,
            [
                Counted(result.end, "skipped_record", n, f"{reason} (first at {first.get(reason, '?')})")
                for reason, n in result.recording.skipped.items()
            ],
        )
    store.flush()
    if executor is not None:
        result.posts = executor.transcript
        result.applications = executor.applications
    result.session = session
    return result
