"""Live posts go out at a pace the room accepts: none refused for rate at real speed."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from pathlib import Path

import pytest

from bot.events import Comment, End, Event, Feature, Post, User
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer
from bot.profiles import Profile
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.outbox import paced
from bot.runtime.pacer import SendPacer, StreamRate
from bot.store import open_store
from bot.wiring import build_room, human_line, transcript_line
from catalog.models import Catalog

T0 = 1_764_000_000.0


def test_sends_are_spaced_by_the_interval_on_the_bots_own_clock() -> None:
    """However late the first post went out, the next waits an interval after it (less a little slack)."""
    pacer = SendPacer(3.0, early=0.02)
    assert pacer.wait(100.0) == 0.0
    pacer.sent(100.7)
    assert pacer.wait(101.0) == pytest.approx(2.68)
    assert pacer.wait(103.68) == 0.0


def test_a_post_with_none_behind_it_waits_a_whole_interval() -> None:
    """Only a post with others queued behind it goes early; one keeping pace leaves the platform's
    whole tolerance to jitter."""
    pacer = SendPacer(5.0, early=0.02)
    pacer.sent(100.0)
    assert pacer.wait(104.99, behind=False) == pytest.approx(0.01)
    assert pacer.wait(104.99, behind=True) == 0.0
    assert pacer.wait(105.0, behind=False) == 0.0


async def test_the_outbox_tells_the_pacer_whether_posts_wait_behind() -> None:
    """The send loop asks for the early slot only while more posts are queued."""
    asked: list[bool] = []

    class Noting(SendPacer):
        def wait(self, now: float, behind: bool = True) -> float:
            asked.append(behind)
            return 0.0

    queue: asyncio.Queue[Post] = asyncio.Queue()
    for n in range(2):
        queue.put_nowait(Post(float(n), f"p-{n}", "answer", "3号包住"))
    await paced(queue, Noting(5.0), Clock())
    await paced(queue, Noting(5.0), Clock())
    assert asked == [True, False]


def test_a_busy_room_does_not_drift_behind_its_decisions() -> None:
    """Posts decided an interval apart go out as decided; one held up is caught up, not carried on."""
    pacer = SendPacer(1.0)
    late = 0.0
    for k in range(600):
        decided = 100.0 + k
        held = 0.3 if k == 10 else 0.0
        at = decided + held + pacer.wait(decided + held)
        pacer.sent(at)
        late = at - decided
    assert late == pytest.approx(0.0)


def test_a_worker_waiting_for_each_ack_does_not_drift_behind_either() -> None:
    """With nothing ever queued behind (the worker decides the next post only after the last one's
    ack), a post decided an interval after a late one is held, and the one after it may go early:
    a send held up once is caught up, and jitter in the decisions does not pile up."""
    pacer = SendPacer(1.0)
    jitter = itertools.cycle((0.004, 0.0, 0.002, 0.001))
    sent: list[float] = []
    late: list[float] = []
    for k in range(600):
        ready = 100.0 + k + next(jitter) + (0.3 if k == 10 else 0.0)
        wait = pacer.wait(ready, behind=False)
        pacer.sent(ready + wait, held=wait > 0)
        sent.append(ready + wait)
        late.append(ready + wait - (100.0 + k))
    assert max(late[30:]) <= 0.005
    assert min(b - a for a, b in itertools.pairwise(sent)) >= 1.0 - pacer.early - 1e-9


def test_a_too_fast_refusal_slows_the_pace_and_shown_posts_relax_it() -> None:
    """`too_fast` stretches the gap (at most twice); each shown post brings it back towards the interval."""
    pacer = SendPacer(3.0, early=0.0)
    pacer.refused("too_long")
    assert pacer.gap == pytest.approx(3.0)
    pacer.refused("too_fast")
    assert pacer.gap == pytest.approx(3.75)
    for _ in range(10):
        pacer.refused("too_fast")
    assert pacer.gap == pytest.approx(6.0)
    for _ in range(200):
        pacer.shown()
    assert pacer.gap == pytest.approx(3.0)


def test_the_streams_pace_is_measured_from_its_frames() -> None:
    """Real time until the frames span two seconds more than the wall clock, then their pace."""
    rate = StreamRate()
    rate.observe(0.0, 1000.0)
    rate.observe(1.0, 1002.5)
    assert rate.rate == 1.0
    rate.observe(4.8, 1096.0)
    assert rate.rate == pytest.approx(96.0 / 5.0)
    rate.restart()
    assert rate.rate == 1.0
    rate.observe(0.0, 0.0)
    rate.observe(3.0, 3.0)
    assert rate.rate == 1.0
    rate.restart()
    rate.observe(0.0, 0.0)
    rate.observe(0.05, 2400.0)
    assert rate.rate > 1000


QUESTIONS = (
    "工资多少",
    "底薪多少",
    "几号发工资",
    "包住吗",
    "宿舍几人间",
    "包吃吗",
    "一天几个小时",
    "有公积金吗",
    "在哪里",
    "累不累",
    "要体检吗",
    "怎么报名",
)
QUICK = Profile("quick", max_chars=100, interval=0.4, repeat_window=5.0)
"""A platform with the generic profile's rules at a shorter interval, so a real-time run stays short."""


def _burst() -> list[Event]:
    """The job featured, then twelve questions about it within two seconds."""
    events: list[Event] = [Feature(T0, "J003")]
    for i, text in enumerate(QUESTIONS):
        events.append(Comment(f"c-{i}", T0 + 0.5 + i * 2 / 12, User(f"u-{i}", f"观众{i}"), text))
    events.append(End(T0 + 7.0))
    return events


@pytest.mark.slow
async def test_a_burst_at_real_speed_has_no_post_refused_for_rate(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Twelve questions in two seconds, room and bot at real time under one profile: every post shown."""
    room = build_room(seed_catalog, QUICK)
    with open_store(str(tmp_path / "pace.db")) as store:
        async with RoomServer(_burst(), QUICK, speed=1.0, linger=2.0) as live_room:
            result = await attach(
                live_room.url,
                room,
                seed_catalog,
                store,
                Outputs(),
                retry=Retry(lambda: itertools.repeat(0.0)),
            )
    outcomes = Counter(v.reason or v.outcome for v in live_room.verdicts)
    assert outcomes == Counter({"shown": len(live_room.verdicts)})
    answers = [p for p in result.posts if p.kind == "answer"]
    assert len(answers) == len(QUESTIONS)
    shown = [v.ts for v in live_room.verdicts]
    assert min(b - a for a, b in itertools.pairwise(shown)) >= QUICK.interval - live_room.grace


def test_a_retry_is_marked_in_the_transcript_and_on_screen() -> None:
    """A post sent again names the one it repeats, so it never reads as a second identical answer."""
    from bot.events import Post

    first = Post(T0, "p-3", "answer", "@小王 3号底薪2490", "J003", ("pay",), ("c-1",))
    again = Post(T0 + 3, "p-4", "answer", "@小王 3号底薪2490", "J003", ("pay",), ("c-1",), retry_of="p-3")
    assert human_line(first, T0) != human_line(again, T0)
    assert "retry of p-3" in human_line(again, T0)
    assert b'"retry_of":"p-3"' in transcript_line(again)
    assert b"retry_of" not in transcript_line(first)
