"""Property tests: mutated and random messages never raise out of the platform codecs; bad ones are counted.

DouyinBarrageGrab frames, wxlivespy bodies and Douyin push bodies are taken from their real
shapes and mutated: bit flips, truncation, splices, random JSON in every field, random bytes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.events import Comment, End, Enter, Event, Gift, Like, Viewers
from bot.platforms.douyin_grab.codec import DouyinGrabDecoder
from bot.platforms.douyin_push.codec import BadPush, PushDecoder
from bot.platforms.wxlivespy.codec import MalformedBody, WxLiveSpyDecoder
from tests.fakes.tool_frames import (
    douyin_chat,
    douyin_end,
    douyin_gift,
    douyin_like,
    douyin_member,
    douyin_stats,
    push_headers,
    wx_batch,
    wx_body,
    wx_event,
)

FUZZ = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
Draw = Callable[[st.SearchStrategy[Any]], Any]

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)

DOUYIN_SEEDS = [
    douyin_chat(1, 11, "小王", "工资多少 13812345678"),
    douyin_like(2, 11, "小王", 3),
    douyin_member(3, 12, "阿强", 99),
    douyin_gift(4, 12, "阿强", "小心心", 1),
    douyin_stats(5, 1200),
    douyin_end(6),
]
WX_SEEDS = [
    wx_body(
        wx_batch([wx_event("comment", 1, "o9hA", "小王", "包吃住吗"), wx_event("like", 2, "o9hB", "阿强")])
    ),
    wx_body(wx_batch([wx_event("gift", 3, "o9hB", "阿强", "x", gift_num=2)], status=2), gzipped=True),
]


def _well_typed(event: Event) -> bool:
    """An event a room can take: ids and names non-empty strings, counts non-negative, times finite."""
    if isinstance(event, Comment):
        return (
            bool(event.id) and bool(event.user.id) and isinstance(event.text, str) and math.isfinite(event.ts)
        )
    if isinstance(event, (Like, Gift)):
        return event.count >= 1 and bool(event.user.id) and math.isfinite(event.ts)
    if isinstance(event, Viewers):
        return event.count >= 0
    return isinstance(event, (Enter, End))


def _mutate(draw: Draw, data: bytes) -> bytes:
    """Flip bits, truncate, splice junk, or replace with random bytes."""
    how = draw(st.sampled_from(["flip", "cut", "splice", "random", "same"]))
    if how == "flip" and data:
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            bit = draw(st.integers(0, len(out) * 8 - 1))
            out[bit // 8] ^= 1 << (bit % 8)
        return bytes(out)
    if how == "cut":
        return data[: draw(st.integers(0, max(0, len(data) - 1)))]
    if how == "splice":
        return data + draw(st.binary(max_size=16)) + data
    if how == "random":
        return bytes(draw(st.binary(max_size=120)))
    return data


@st.composite
def douyin_frames(draw: Draw) -> bytes:
    """A real-shaped frame mutated as bytes, or its message's fields replaced with random JSON."""
    seed = draw(st.sampled_from(DOUYIN_SEEDS))
    if draw(st.booleans()):
        return _mutate(draw, seed.encode())
    outer = json.loads(seed)
    data = json.loads(outer["Data"])
    for key in draw(st.lists(st.sampled_from([*data, "User", "Count", "GiftCount"]), max_size=3)):
        data[key] = draw(_JSON)
    outer["Data"] = json.dumps(data) if draw(st.booleans()) else data
    if draw(st.integers(0, 5)) == 0:
        outer["Type"] = draw(_JSON)
    return json.dumps(outer).encode()


@FUZZ
@given(st.lists(douyin_frames(), min_size=8, max_size=8))
def test_douyin_grab_decoder_never_raises(frames: list[bytes]) -> None:
    """Each frame gives well-typed events, or moves a counter (malformed, unknown, ignored, duplicate)."""
    decoder = DouyinGrabDecoder()
    for frame in frames:
        before = (
            decoder.malformed,
            sum(decoder.unknown.values()),
            sum(decoder.ignored.values()),
            decoder.duplicates,
        )
        events = decoder.feed(frame, 1.0)
        after = (
            decoder.malformed,
            sum(decoder.unknown.values()),
            sum(decoder.ignored.values()),
            decoder.duplicates,
        )
        assert events or after != before
        assert all(_well_typed(e) for e in events)


@st.composite
def wx_bodies(draw: Draw) -> bytes:
    """A real-shaped body mutated as bytes, or its events' fields replaced with random JSON."""
    seed = draw(st.sampled_from(WX_SEEDS))
    if draw(st.booleans()):
        return _mutate(draw, seed)
    batch = wx_batch(
        [wx_event("comment", i, f"o{i}", "x", "y") for i in range(draw(st.integers(0, 3)))],
        online=draw(st.integers(0, 10)),
    )
    for event in batch["events"]:
        for key in draw(st.lists(st.sampled_from(list(event)), max_size=3)):
            event[key] = draw(_JSON)
    if draw(st.integers(0, 4)) == 0:
        batch["live_info"] = draw(_JSON)
    return json.dumps(batch).encode()


@FUZZ
@given(st.lists(wx_bodies(), min_size=6, max_size=6))
def test_wxlivespy_decoder_never_raises_beyond_malformed(bodies: list[bytes]) -> None:
    """Each body gives well-typed events or raises MalformedBody, which is counted."""
    decoder = WxLiveSpyDecoder()
    for body in bodies:
        before = decoder.malformed
        try:
            events = decoder.feed(body, None, 1.0)
        except MalformedBody:
            assert decoder.malformed == before + 1
            continue
        assert all(_well_typed(e) for e in events)


@FUZZ
@given(st.sampled_from(["live_comment", "live_gift", "live_like", "other"]), _JSON, st.booleans())
def test_douyin_push_decoder_never_raises_beyond_bad_push(
    msg_type: str, payload: object, signed: bool
) -> None:
    """Any body, signed or not, gives well-typed events or a counted BadPush."""
    body = json.dumps(payload).encode()
    decoder = PushDecoder("k")
    headers = push_headers(msg_type, body, "k" if signed else "not-k")
    try:
        events = decoder.feed(headers, body, 1.0)
    except BadPush:
        assert sum(decoder.refused.values()) == 1
        return
    assert signed
    assert all(_well_typed(e) for e in events)
