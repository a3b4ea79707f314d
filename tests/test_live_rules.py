"""The live room plays a platform's posting rules, and the bot counts what was refused or silently dropped."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

from bot.answer.cards import card_posts
from bot.events import Comment, End, Event, Feature, User, Viewers
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer
from bot.platforms.ws.codec import OutgoingPost
from bot.profiles import Profile, get_profile
from bot.room import NOT_AGAIN, POLL_TEXT
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.live import LiveOptions
from bot.store import open_store
from bot.wiring import build_room
from catalog.index import CatalogIndex
from catalog.models import Catalog

T0 = 1_763_600_000.0
STRICT = Profile("strict", max_chars=40, interval=5.0, repeat_window=30.0)
"""A stricter room than the bot's own `generic` profile: shorter posts, longer gaps, a longer memory."""


class HandClock(Clock):
    """Wall time that moves only when the test says so."""

    def __init__(self) -> None:
        """Start at zero."""
        self.t = 0.0

    def now(self) -> float:
        """The time the test has set."""
        return self.t


def _room(profile: Profile, speed: float | None = 1.0, grace: float = 0.0) -> tuple[RoomServer, HandClock]:
    """A room (not listening) whose clock the test turns: stream time = T0 + hand time × speed."""
    clock = HandClock()
    return RoomServer([Viewers(T0, 1), End(T0 + 100)], profile, speed=speed, clock=clock, grace=grace), clock


def _post(pid: str, text: str) -> OutgoingPost:
    """A post frame as the room reads it."""
    return OutgoingPost(pid, "post", text)


def test_too_long_is_refused() -> None:
    """A post over the profile's length is refused as too_long; one at the limit is shown."""
    room, _ = _room(get_profile("bilibili"))
    assert room.judge(_post("p-1", "字" * 21)).reason == "too_long"
    assert room.judge(_post("p-2", "字" * 20)).outcome == "shown"


def test_too_fast_is_refused_until_the_interval_has_passed() -> None:
    """A post sooner than the interval after the last shown one is refused; after it, shown."""
    room, clock = _room(get_profile("douyin"))
    assert room.judge(_post("p-1", "一")).outcome == "shown"
    clock.t = 4.9
    verdict = room.judge(_post("p-2", "二"))
    assert (verdict.outcome, verdict.reason) == ("rejected", "too_fast")
    clock.t = 5.0
    assert room.judge(_post("p-3", "三")).outcome == "shown"


def test_a_repeat_is_dropped_silently_within_the_window() -> None:
    """The same text again within the repeat window is dropped (no ack); after the window it is shown."""
    room, clock = _room(get_profile("douyin"))
    assert room.judge(_post("p-1", "一样的话")).outcome == "shown"
    clock.t = 10.0
    verdict = room.judge(_post("p-2", "一样的话"))
    assert (verdict.outcome, verdict.reason) == ("dropped", None)
    clock.t = 30.0
    assert room.judge(_post("p-3", "一样的话")).outcome == "shown"


def test_muted_bot_is_refused() -> None:
    """While muted, every post is refused as muted."""
    room, _ = _room(get_profile("generic"))
    room.mute()
    assert room.judge(_post("p-1", "hi")).reason == "muted"
    room.mute(False)
    assert room.judge(_post("p-2", "hi")).outcome == "shown"


def test_a_post_id_sent_again_keeps_its_verdict_and_is_shown_once() -> None:
    """A post re-sent after a drop gets its first verdict again and is not shown twice."""
    room, clock = _room(get_profile("generic"))
    first = room.judge(_post("p-1", "hi"))
    clock.t = 50.0
    assert room.judge(_post("p-1", "hi")) is first
    assert [v.id for v in room.shown] == ["p-1"]


def test_grace_forgives_loopback_jitter_scaled_by_speed() -> None:
    """At 20x, 0.05 s of wall grace is a second of stream time: 4.2 s after counts as the 5 s interval."""
    room, clock = _room(get_profile("douyin"), speed=20.0, grace=0.05)
    assert room.judge(_post("p-1", "一")).outcome == "shown"
    clock.t = 4.2 / 20
    assert room.judge(_post("p-2", "二")).outcome == "shown"
    clock.t = 6.0 / 20
    assert room.judge(_post("p-3", "三")).reason == "too_fast"


def test_at_full_speed_only_length_and_muting_are_judged() -> None:
    """Without a pace there is no interval to measure: back-to-back posts and repeats are shown."""
    room, _ = _room(get_profile("douyin"), speed=None)
    assert [room.judge(_post(f"p-{i}", "同一句")).outcome for i in range(3)] == ["shown"] * 3
    assert room.judge(_post("p-9", "字" * 51)).reason == "too_long"


def _stream() -> list[Event]:
    """70 s of a room: J001 on screen at once, one viewer applying at 20.2 s, a viewer count every second."""
    events: list[Event] = [Feature(T0, "J001")]
    events += [Viewers(T0 + s, 1000 + s) for s in range(1, 70)]
    events.append(Comment("c-1", T0 + 20.2, User("u-1", "小王"), "报名1"))
    events.append(End(T0 + 70))
    return sorted(events, key=lambda e: e.ts)


async def test_bot_counts_refusals_and_silent_drops_and_retries_once(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Against a stricter room, every refusal and silent drop is recorded as such and retried at most once.

    The card (56 characters) is too long for the room; the confirmation of an application made just
    after the poll went out at 20 s comes too fast after it; the poll started again at 40 s repeats
    the one shown at 20 s.
    """
    job = CatalogIndex(seed_catalog).by_id["J001"]
    assert all(len(t) > STRICT.max_chars for t in card_posts(CatalogIndex(seed_catalog), job, 100))
    assert len(POLL_TEXT) <= STRICT.max_chars
    polls = ((20.0, True), (20.5, False), (40.0, True), (40.5, False))
    room = build_room(seed_catalog, get_profile("generic"))
    with open_store(str(tmp_path / "rules.db")) as store:
        async with RoomServer(_stream(), STRICT, speed=20.0) as live_room:
            result = await attach(
                live_room.url,
                room,
                seed_catalog,
                store,
                Outputs(),
                options=LiveOptions(polls=polls, ack_wait=0.3),
                retry=Retry(lambda: itertools.repeat(0.0)),
            )
        records = store.load(result.session)

    verdicts = {v.id: v for v in live_room.verdicts}
    reasons = Counter(v.reason or v.outcome for v in verdicts.values())
    assert reasons["too_long"] >= 1
    assert reasons["too_fast"] >= 1
    assert reasons["dropped"] >= 1
    assert result.applications == 1
    acks = {a.post_id: a for a in records.acks}
    assert set(acks) == set(verdicts) == {p.id for p in result.posts}
    for pid, verdict in verdicts.items():
        assert acks[pid].status == ("rejected" if verdict.outcome == "rejected" else verdict.outcome), pid
        assert acks[pid].reason == verdict.reason, pid

    by_id = {p.id: p for p in result.posts}
    retried = Counter(p.retry_of for p in result.posts if p.retry_of is not None)
    assert retried
    assert max(retried.values()) == 1
    assert all(by_id[original].retry_of is None for original in retried)
    failed = [c for c in records.counters if c.what == "post_failed"]
    assert failed
    for counter in failed:
        assert counter.detail is not None
        post = by_id[counter.detail]
        # Sent again as it was, a post refused as too long (or as a repeat) would fail again: not retried.
        assert post.retry_of is not None or acks[post.id].reason in NOT_AGAIN
    assert not any(acks[original].reason in NOT_AGAIN for original in retried)
