"""The live bot's small pure parts: frame dedup across resumes, the stream's ticks, the shedding queue."""

from __future__ import annotations

import asyncio

from hypothesis import given
from hypothesis import strategies as st

from bot.events import Comment, End, Event, Feature, Like, PollCommand, Tick, User, Viewers
from bot.replay import with_ticks
from bot.runtime.dedup import FrameDedup
from bot.runtime.shed import ShedQueue, looks_like_chatter
from bot.runtime.timeline import Timeline

T0 = 1_700_000_000.0
USER = User("u-1", "小王")


@st.composite
def streams(draw: st.DrawFn) -> list[Event]:
    """A room's frames in time order: comments with unique ids and other frames, some at equal times."""
    n = draw(st.integers(min_value=1, max_value=60))
    gaps = draw(st.lists(st.sampled_from([0.0, 0.0, 0.2, 0.5, 1.0, 3.7]), min_size=n, max_size=n))
    kinds = draw(st.lists(st.sampled_from(["comment", "like", "viewers", "feature"]), min_size=n, max_size=n))
    out: list[Event] = []
    ts = T0
    for i, (gap, kind) in enumerate(zip(gaps, kinds, strict=True)):
        ts += gap
        if kind == "comment":
            out.append(Comment(f"c-{i}", ts, USER, f"第{i}句"))
        elif kind == "like":
            out.append(Like(ts, User(f"u-{i}", "阿强"), i + 1))
        elif kind == "viewers":
            out.append(Viewers(ts, 1000 + i))
        else:
            out.append(Feature(ts, f"J{i:03d}"))
    out.append(End(ts + 1.0))
    return out


@given(streams(), st.data())
def test_resumed_feed_gives_every_frame_once(frames: list[Event], data: st.DataObject) -> None:
    """Drops anywhere, any rewind: after dedup the bot sees the room's frames exactly once, in order."""
    drops = sorted(data.draw(st.sets(st.integers(min_value=1, max_value=len(frames) - 1), max_size=6)))
    back = st.integers(min_value=0, max_value=8)
    rewinds = data.draw(st.lists(back, min_size=len(drops), max_size=len(drops)))
    dedup = FrameDedup()
    seen: list[Event] = []
    position = 0
    for stop, rewind in [*zip(drops, rewinds, strict=True), (len(frames), 0)]:
        dedup.resumed()
        for frame in frames[position:stop]:
            if dedup.fresh(frame):
                seen.append(frame)
        position = max(0, stop - rewind)
    assert seen == frames


def test_resume_skips_frames_at_the_newest_time_only_when_seen() -> None:
    """After a reconnect, a frame at the newest time seen passes when new and is skipped when seen."""
    dedup = FrameDedup()
    first = Viewers(T0, 10)
    assert dedup.fresh(first)
    dedup.resumed()
    assert not dedup.fresh(first)
    assert dedup.fresh(Viewers(T0, 11))
    assert dedup.fresh(Viewers(T0 + 1, 10))
    assert dedup.duplicates == 1


def test_equal_frames_in_the_normal_flow_both_count() -> None:
    """Without a reconnect, two identical likes at the same time are two likes."""
    dedup = FrameDedup()
    like = Like(T0, USER, 3)
    assert dedup.fresh(like)
    assert dedup.fresh(like)


def test_comment_ids_are_forgotten_past_the_window() -> None:
    """Only the last `window` comment ids are remembered."""
    dedup = FrameDedup(window=2)
    for i in range(3):
        assert dedup.fresh(Comment(f"c-{i}", T0 + i, USER, "hi"))
    assert not dedup.fresh(Comment("c-2", T0, USER, "hi"))
    assert dedup.fresh(Comment("c-0", T0, USER, "hi"))


@given(streams(), st.data(), st.lists(st.tuples(st.floats(0, 30), st.booleans()), max_size=4))
def test_idle_ticks_change_nothing(
    frames: list[Event], data: st.DataObject, polls: list[tuple[float, bool]]
) -> None:
    """Ticks asked for by a quiet room (never past the next frame) give exactly replay's events."""
    expected = list(with_ticks(frames, polls))
    timeline = Timeline(polls)
    got: list[Event] = []
    for frame in frames:
        if got:
            last = got[-1].ts
            idle = data.draw(st.lists(st.floats(min_value=last, max_value=frame.ts), max_size=3))
            for ts in sorted(idle):
                got.extend(timeline.until(ts))
        got.extend(timeline.before(frame.ts))
        got.append(frame)
    assert got == expected


def test_ticks_fall_on_the_grid_with_polls_before_them() -> None:
    """Ticks every half second from the first event; a poll due goes in before the tick at its time."""
    timeline = Timeline([(1.0, True)])
    assert timeline.until(T0 + 5) == []
    assert timeline.before(T0) == []
    assert timeline.before(T0 + 1.2) == [Tick(T0 + 0.5), PollCommand(T0 + 1.0, True), Tick(T0 + 1.0)]
    assert timeline.until(T0 + 1.6) == [Tick(T0 + 1.5)]
    assert timeline.trailing(1.0) == [Tick(T0 + 2.0), Tick(T0 + 2.5)]


def test_chatter_is_told_from_what_matters() -> None:
    """The cheap look sheds 666 and greetings, and keeps questions, applications and poll votes."""
    for text in ("666", "哈哈哈哈", "来了来了", "主播好", "[doge]", "88888"):
        assert looks_like_chatter(text), text
    for text in ("报名3", "工资多少", "包住吗", "扣1", "2", "三号在哪", "gongzi?", "有夫妻房吗"):
        assert not looks_like_chatter(text), text


def _comment(cid: str, text: str) -> Comment:
    """A comment from one viewer."""
    return Comment(cid, T0, USER, text)


def _chatter(item: Event) -> bool:
    """Chatter comments may be shed."""
    return isinstance(item, Comment) and looks_like_chatter(item.text)


async def test_full_queue_sheds_chatter_first_and_never_applications() -> None:
    """A full queue drops new chatter, then the oldest chatter, and waits rather than drop an application."""
    queue: ShedQueue[Event] = ShedQueue(3, _chatter)
    assert queue.offer(_comment("a", "666"))
    assert queue.offer(_comment("b", "报名3"))
    assert queue.offer(_comment("c", "哈哈哈"))
    assert queue.offer(_comment("d", "来了"))
    assert queue.offer(_comment("e", "报名5"))
    assert queue.offer(_comment("f", "工资多少"))
    assert not queue.offer(_comment("g", "报名7"))
    assert [c.id for c in queue.take_shed() if isinstance(c, Comment)] == ["d", "a", "c"]
    put = asyncio.create_task(queue.put(_comment("g", "报名7")))
    await asyncio.sleep(0)
    assert not put.done()
    got = [await queue.get()]
    await put
    got += [await queue.get() for _ in range(3)]
    assert [c.id for c in got if isinstance(c, Comment)] == ["b", "e", "f", "g"]
    assert queue.shed_total == 3
    assert queue.take_shed() == []
