"""A live room that drops the connection 20 times: nothing handled twice, nothing lost, the same posts."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.events import Action, ApplicationMade, Comment, CommentSeen, Event
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer, Verdict, load_events
from bot.platforms.ws.codec import encode_event
from bot.profiles import get_profile
from bot.replay import replay
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveOptions, LiveResult
from bot.store import open_store
from bot.wiring import build_room, transcript_line
from catalog.models import Catalog
from tests.conftest import SEEDS

STREAM = SEEDS / "stream.jsonl"
DROPS = 20
REWIND = 5


@dataclass
class Run:
    """One live run: what the bot did, what it decided, what the room showed, what the store holds."""

    result: LiveResult
    actions: list[Action] = field(default_factory=list)
    shown: list[Verdict] = field(default_factory=list)
    drops: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    duplicate_frames: int = 0
    duplicate_comments: int = 0


def no_wait() -> Retry:
    """Reconnect at once: the test has no use for backoff's waits."""
    return Retry(lambda: itertools.repeat(0.0))


async def live_run(
    catalog: Catalog, events: list[Event], db: Path, drop_at: list[int], record: Path | None = None
) -> Run:
    """Play `events` from a RoomServer at full speed to the bot over a real WebSocket."""
    profile = get_profile("generic")
    room = build_room(catalog, profile)
    actions: list[Action] = []
    store = open_store(str(db))
    try:
        async with RoomServer(events, profile, drop_at=drop_at, rewind=REWIND) as live_room:
            result = await attach(
                live_room.url,
                room,
                catalog,
                store,
                Outputs(record=record),
                options=LiveOptions(idle_after=None, ack_wait=30.0),
                retry=no_wait(),
                tap=lambda batch, now: actions.extend(batch),
            )
        run = Run(result, actions, live_room.shown, live_room.drops)
        tables = ("comments", "applications", "gaps", "posts")
        run.counts = {t: store.count(result.session, t) for t in tables}
        counters = store.load(result.session).counters
        run.duplicate_frames = sum(c.n for c in counters if c.what == "duplicate_frame")
        run.duplicate_comments = sum(c.n for c in counters if c.what == "duplicate_comment")
    finally:
        store.close()
    return run


@pytest.fixture(scope="module")
def events() -> list[Event]:
    """The seed recording, as the room plays it."""
    return load_events(STREAM)


async def test_twenty_drops_change_nothing(
    seed_catalog: Catalog, events: list[Event], tmp_path: Path
) -> None:
    """20 drops: each comment and application handled once, every frame recorded once, the same transcript."""
    step = len(events) // (DROPS + 1)
    drop_at = [step * k for k in range(1, DROPS + 1)]
    record = tmp_path / "recorded.jsonl"
    calm = await live_run(seed_catalog, events, tmp_path / "calm.db", [])
    rough = await live_run(seed_catalog, events, tmp_path / "rough.db", drop_at, record)

    assert rough.drops == DROPS
    assert rough.result.gaps == DROPS
    assert rough.counts["gaps"] == DROPS
    assert rough.result.duplicates == rough.duplicate_frames == DROPS * REWIND
    assert rough.duplicate_comments == 0

    comment_ids = [e.id for e in events if isinstance(e, Comment)]
    seen = Counter(a.comment_id for a in rough.actions if isinstance(a, CommentSeen))
    assert set(seen) == set(comment_ids)
    assert set(seen.values()) == {1}
    assert rough.counts["comments"] == len(comment_ids)

    applied = Counter((a.user_id, a.job) for a in rough.actions if isinstance(a, ApplicationMade))
    calm_applied = Counter((a.user_id, a.job) for a in calm.actions if isinstance(a, ApplicationMade))
    assert applied == calm_applied
    assert set(applied.values()) == {1}
    assert rough.counts["applications"] == calm.counts["applications"] == len(applied) > 0

    rough_lines = [transcript_line(p) for p in rough.result.posts]
    assert rough_lines == [transcript_line(p) for p in calm.result.posts]
    assert len(rough_lines) == rough.counts["posts"] > 0
    assert [v.id for v in rough.shown] == [p.id for p in rough.result.posts]

    recorded = record.read_text(encoding="utf-8").splitlines()
    assert recorded == [encode_event(e) for e in events]


async def test_live_run_decides_as_replay_does(
    seed_catalog: Catalog, events: list[Event], tmp_path: Path
) -> None:
    """Over a real WebSocket with drops, the bot posts exactly what a replay of the recording posts."""
    live = await live_run(seed_catalog, events, tmp_path / "live.db", [len(events) // 3, len(events) // 2])
    with open_store(str(tmp_path / "replay.db")) as store:
        replayed = await replay(STREAM, seed_catalog, get_profile("generic"), store)
    assert [transcript_line(p) for p in live.result.posts] == [transcript_line(p) for p in replayed.posts]
    assert live.result.applications == replayed.applications
