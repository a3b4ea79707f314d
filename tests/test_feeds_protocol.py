"""daigang-ws v1 frames (SPEC §5.1): the bot's decoder and encoder, and the room's side."""

from __future__ import annotations

import orjson
import pytest

from bot.events import Ack, Comment, End, Enter, Event, Feature, Gift, Like, Post, Tick, User, Viewers
from bot.platforms.ws.codec import (
    OTHER_UNKNOWN,
    BotFrameDecoder,
    OutgoingPost,
    RoomDecoder,
    encode_ack,
    encode_event,
    encode_post,
)

SPEC_FRAMES: list[tuple[str, Event]] = [
    (
        '{"type": "comment", "id": "c-1029", "ts": 1732800012.5, "user": {"id": "u-77", "name": "小王"},'
        ' "text": "工资多少"}',
        Comment("c-1029", 1732800012.5, User("u-77", "小王"), "工资多少"),
    ),
    ('{"type": "feature", "ts": 1732800000.0, "job": "J003"}', Feature(1732800000.0, "J003")),
    (
        '{"type": "enter", "ts": 1732800001.0, "user": {"id": "u-78", "name": "阿强"}}',
        Enter(1732800001.0, User("u-78", "阿强")),
    ),
    (
        '{"type": "like", "ts": 1732800002.0, "user": {"id": "u-77", "name": "小王"}, "count": 12}',
        Like(1732800002.0, User("u-77", "小王"), 12),
    ),
    (
        '{"type": "gift", "ts": 1732800003.0, "user": {"id": "u-77", "name": "小王"}, "gift": "小心心",'
        ' "count": 1}',
        Gift(1732800003.0, User("u-77", "小王"), "小心心", 1),
    ),
    ('{"type": "viewers", "ts": 1732800004.0, "count": 10234}', Viewers(1732800004.0, 10234)),
    ('{"type": "end", "ts": 1732814400.0}', End(1732814400.0)),
]


@pytest.mark.parametrize(("frame", "event"), SPEC_FRAMES)
def test_spec_frames_decode_to_their_events(frame: str, event: Event) -> None:
    """Every room → bot example of SPEC §5.1 decodes to the event it describes."""
    decoder = RoomDecoder()
    assert decoder.feed(frame, now=1.0) == event
    assert decoder.feed(frame.encode(), now=1.0) == event
    assert decoder.malformed == 0
    assert decoder.unknown == {}


def test_ack_frames_take_the_receivers_time() -> None:
    """An ack carries no time: it is stamped with `now`, with its reason when refused."""
    decoder = RoomDecoder()
    assert decoder.feed('{"type": "ack", "id": "p-17", "ok": true}', now=9.5) == Ack(9.5, "p-17", True)
    refused = decoder.feed('{"type": "ack", "id": "p-18", "ok": false, "reason": "too_fast"}', now=10.0)
    assert refused == Ack(10.0, "p-18", False, "too_fast")


def test_missing_ts_and_name_and_count_take_defaults() -> None:
    """No `ts` means now; no user name means the id; a like without count counts one."""
    decoder = RoomDecoder()
    event = decoder.feed('{"type": "like", "user": {"id": 42}}', now=7.0)
    assert event == Like(7.0, User("42", "42"), 1)


@pytest.mark.parametrize(
    "frame",
    [
        '{"type": "comment", "ts": 1.0, "user": {"id": "u", "name": "n"}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": 1.0, "user": {"id": "u", "name": "n"}}',
        '{"type": "comment", "id": "", "ts": 1.0, "user": {"id": "u", "name": "n"}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": "1.0", "user": {"id": "u", "name": "n"}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": true, "user": {"id": "u", "name": "n"}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": 1.0, "user": "u", "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": 1.0, "user": {"name": "n"}, "text": "hi"}',
        '{"type": "comment", "id": ["c"], "ts": 1.0, "user": {"id": "u"}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": 1.0, "user": {"id": "u", "name": 5}, "text": "hi"}',
        '{"type": "comment", "id": "c", "ts": 1.0, "user": {"id": "u"}, "text": 12}',
        '{"type": "like", "ts": 1.0, "user": {"id": "u"}, "count": -1}',
        '{"type": "like", "ts": 1.0, "user": {"id": "u"}, "count": true}',
        '{"type": "gift", "ts": 1.0, "user": {"id": "u"}, "count": 1}',
        '{"type": "viewers", "ts": 1.0}',
        '{"type": "viewers", "ts": 1.0, "count": 1.5}',
        '{"type": "feature", "ts": 1.0}',
        '{"type": "feature", "ts": 1.0, "job": 3.5}',
        '{"type": "ack", "id": "p-1", "ok": "yes"}',
        '{"type": "ack", "ok": true}',
        '{"type": "ack", "id": "p-1", "ok": false, "reason": 3}',
        '{"type": 7}',
        '{"id": "c"}',
        '["comment"]',
        '"comment"',
        "null",
        "{not json",
        "",
        b"\xff\xfe{}",
    ],
)
def test_malformed_frames_are_counted_and_skipped(frame: str | bytes) -> None:
    """A frame that breaks the contract gives no event and moves only the malformed count."""
    decoder = RoomDecoder()
    assert decoder.feed(frame, now=1.0) is None
    assert decoder.malformed == 1
    assert decoder.unknown == {}


def test_unknown_types_are_counted_by_name() -> None:
    """Unknown frame types are skipped and counted per type."""
    decoder = RoomDecoder()
    for frame in ('{"type": "poll"}', '{"type": "poll", "x": 1}', '{"type": "share", "ts": 1}'):
        assert decoder.feed(frame, now=1.0) is None
    assert decoder.unknown == {"poll": 2, "share": 1}
    assert decoder.malformed == 0


def test_unknown_type_names_are_bounded() -> None:
    """A flood of distinct unknown names cannot grow the counter without bound."""
    decoder = RoomDecoder()
    for i in range(500):
        decoder.feed(orjson.dumps({"type": f"t{i}"}), now=1.0)
    assert len(decoder.unknown) <= 101
    assert sum(decoder.unknown.values()) == 500
    assert decoder.unknown[OTHER_UNKNOWN] == 400


def test_encode_post_writes_post_and_card_frames() -> None:
    """Posts go out as `post` frames with reply_to, cards as `card` frames with their job."""
    post = Post(5.0, "p-17", "answer", "@小王 @阿强 3号CNC综合7000-9000元/月", reply_to=("c-1029", "c-1033"))
    card = Post(6.0, "p-18", "card", "【3号】鼎泰精密 CNC操作工", job="J003")
    assert orjson.loads(encode_post(post)) == {
        "type": "post",
        "id": "p-17",
        "text": "@小王 @阿强 3号CNC综合7000-9000元/月",
        "reply_to": ["c-1029", "c-1033"],
    }
    assert orjson.loads(encode_post(card)) == {
        "type": "card",
        "id": "p-18",
        "job": "J003",
        "text": "【3号】鼎泰精密 CNC操作工",
    }


def test_room_events_round_trip_through_the_frames() -> None:
    """What the room encodes, the bot decodes to the same event."""
    decoder = RoomDecoder()
    for _, event in SPEC_FRAMES:
        assert decoder.feed(encode_event(event), now=0.0) == event
    assert decoder.feed(encode_event(Feature(3.0, None)), now=0.0) == Feature(3.0, None)


def test_encode_event_refuses_what_a_room_does_not_send() -> None:
    """Ticks and other bot-internal events are not frames."""
    with pytest.raises(TypeError):
        encode_event(Tick(1.0))


def test_the_room_reads_the_bots_posts() -> None:
    """The room side decodes what `encode_post` writes."""
    decoder = BotFrameDecoder()
    post = Post(5.0, "p-17", "answer", "3号7000-9000元/月", reply_to=("c-1",))
    card = Post(6.0, "p-18", "card", "【3号】CNC操作工", job="J003")
    assert decoder.feed(encode_post(post)) == OutgoingPost("p-17", "post", "3号7000-9000元/月", ("c-1",))
    assert decoder.feed(encode_post(card)) == OutgoingPost("p-18", "card", "【3号】CNC操作工", (), "J003")
    assert decoder.malformed == 0


@pytest.mark.parametrize(
    "frame",
    [
        '{"type": "post", "text": "x"}',
        '{"type": "post", "id": "p", "text": 3}',
        '{"type": "post", "id": "p", "text": "x", "reply_to": "c-1"}',
        '{"type": "post", "id": "p", "text": "x", "reply_to": [1.5]}',
        '{"type": "card", "id": "p", "text": "x", "job": {}}',
        "[]",
        "not json",
    ],
)
def test_the_room_counts_malformed_posts(frame: str) -> None:
    """A broken bot frame is counted, never raised."""
    decoder = BotFrameDecoder()
    assert decoder.feed(frame) is None
    assert decoder.malformed == 1


def test_the_room_counts_unknown_bot_frames() -> None:
    """Bot frames of unknown types are counted by name."""
    decoder = BotFrameDecoder()
    assert decoder.feed('{"type": "typing", "id": "p"}') is None
    assert decoder.unknown == {"typing": 1}
    assert decoder.malformed == 0


def test_acks_written_by_the_room_are_read_by_the_bot() -> None:
    """`encode_ack` writes what `RoomDecoder` reads, with the reason only when refused."""
    assert orjson.loads(encode_ack("p-17", True, None)) == {"type": "ack", "id": "p-17", "ok": True}
    decoder = RoomDecoder()
    assert decoder.feed(encode_ack("p-18", False, "repeat"), now=3.0) == Ack(3.0, "p-18", False, "repeat")
