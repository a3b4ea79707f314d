"""Property tests: random and mutated frames never raise out of the decoders, and every bad one is counted.

Each example feeds `FRAMES` frames, so the Bilibili decoder and the daigang-ws decoder each see
10,000 frames: real packets and frames mutated by bit flips, truncation, length-field lies,
compressed garbage nested in packets, splices and plain random bytes.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from typing import Any

import brotli
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.events import Ack, Comment, Event, Feature, Gift, Like, Viewers
from bot.platforms.bilibili.codec import (
    JSON_OPS,
    OP_COMMAND,
    OP_HEARTBEAT_REPLY,
    BilibiliDecoder,
    auth_packet,
    command_to_event,
    encode_compressed,
    encode_packet,
    heartbeat_packet,
    packet_to_event,
)
from bot.platforms.ws.codec import BotFrameDecoder, RoomDecoder
from tests.conftest import SHARED_DATA

PROTOCOL = SHARED_DATA / "bilibili-protocol"
FRAMES = 8
EXAMPLES = 1250
"""FRAMES × EXAMPLES = 10,000 frames per decoder."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _command(body: dict[str, Any]) -> bytes:
    """A plain command packet."""
    return encode_packet(OP_COMMAND, orjson.dumps(body), ver=0, seq=0)


def _danmu(text: str) -> dict[str, Any]:
    """A DANMU_MSG body."""
    return {"cmd": "DANMU_MSG", "info": [[0, 1, 25, 0, 1732800012500, 0, 0, "h", 0, 0], text, [7, "小王"]]}


def _bilibili_seeds() -> list[bytes]:
    """Real packets (when the shared data is there) and frames built like the platform's."""
    gift = {"cmd": "SEND_GIFT", "data": {"uid": 5, "uname": "阿强", "giftName": "小心心", "num": 2}}
    plain = _command(_danmu("工资多少"))
    built = [
        plain,
        auth_packet(1, 22608112, "key"),
        heartbeat_packet(),
        encode_packet(OP_HEARTBEAT_REPLY, (2466).to_bytes(4, "big"), seq=0) + b"[object Object]",
        encode_compressed(plain + _command(gift), ver=2),
        encode_compressed(plain + _command({"cmd": "WATCHED_CHANGE", "data": {"num": 9}}), ver=3),
        encode_compressed(encode_compressed(plain, ver=2), ver=3),
        _command({"cmd": "INTERACT_WORD", "data": {"uid": 8, "uname": "小美", "msg_type": 1}}) + plain,
    ]
    real = [path.read_bytes() for path in sorted(PROTOCOL.glob("*.bin"))] if PROTOCOL.is_dir() else []
    return real + built


BILIBILI_SEEDS = _bilibili_seeds()

Draw = Callable[[st.SearchStrategy[Any]], Any]


def _flip(draw: Draw, data: bytes) -> bytes:
    """Flip a few random bits."""
    if not data:
        return data
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        bit = draw(st.integers(0, len(out) * 8 - 1))
        out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def _truncate(draw: Draw, data: bytes) -> bytes:
    """Cut the frame short."""
    return data[: draw(st.integers(0, max(0, len(data) - 1)))]


def _lie_about_length(draw: Draw, data: bytes) -> bytes:
    """Overwrite the packet length or the header length with a plausible or wild value."""
    if len(data) < 16:
        return data
    out = bytearray(data)
    if draw(st.booleans()):
        near = st.integers(max(0, len(data) - 20), len(data) + 20)
        struct.pack_into(">I", out, 0, draw(st.one_of(st.integers(0, 2**32 - 1), near)))
    else:
        struct.pack_into(">H", out, 4, draw(st.integers(0, 2**16 - 1)))
    return bytes(out)


def _nest_garbage(draw: Draw, data: bytes) -> bytes:
    """A compressed packet whose payload is garbage, or a mutated frame, or not compressed at all."""
    payload = draw(st.sampled_from([b"", data, _flip(draw, data)])) + draw(st.binary(max_size=48))
    how = draw(st.sampled_from(["zlib", "brotli", "raw"]))
    body = payload
    if how == "zlib":
        body = zlib.compress(payload)
    elif how == "brotli":
        body = brotli.compress(payload)
    return encode_packet(OP_COMMAND, body, ver=draw(st.sampled_from([2, 3])), seq=0)


def _splice(draw: Draw, data: bytes) -> bytes:
    """The frame, some junk, and another seed."""
    junk: bytes = draw(st.binary(max_size=24))
    other: bytes = draw(st.sampled_from(BILIBILI_SEEDS))
    return data + junk + other


def _random(draw: Draw, data: bytes) -> bytes:
    """Random bytes."""
    return bytes(draw(st.binary(max_size=200)))


def _as_is(draw: Draw, data: bytes) -> bytes:
    """The seed unchanged."""
    return data


BYTE_MUTATIONS = [_flip, _truncate, _lie_about_length, _nest_garbage, _splice, _random, _as_is]


@st.composite
def bilibili_frames(draw: Draw) -> bytes:
    """One mutated or random Bilibili frame."""
    seed = draw(st.sampled_from(BILIBILI_SEEDS))
    mutate = draw(st.sampled_from(BYTE_MUTATIONS))
    frame = mutate(draw, seed)
    assert isinstance(frame, bytes)
    return frame


@FUZZ
@given(st.lists(bilibili_frames(), min_size=FRAMES, max_size=FRAMES))
def test_bilibili_decoder_never_raises_and_counts_bad_frames(frames: list[bytes]) -> None:
    """Every frame gives packets or moves `bad`; every packet it gives is well formed and maps safely."""
    decoder = BilibiliDecoder()
    for frame in frames:
        bad = decoder.bad
        packets = decoder.feed(frame)
        assert packets or decoder.bad > bad
        for packet in packets:
            assert packet.ver in (0, 1)
            if packet.op in JSON_OPS:
                assert isinstance(packet.data, dict)
            if packet.op == OP_HEARTBEAT_REPLY:
                assert len(packet.body) >= 4
            event = packet_to_event(packet, 1.0, decoder.unknown_commands)
            assert event is None or _well_typed(event)
    assert decoder.frames == FRAMES


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)

_COMMANDS = ["DANMU_MSG", "DANMU_MSG:4:0:2", "SEND_GIFT", "GUARD_BUY", "INTERACT_WORD", "INTERACT_WORD_V2",
             "WATCHED_CHANGE", "LIKE_INFO_V3_CLICK", "SUPER_CHAT_MESSAGE", "PREPARING", "NOPE"]  # fmt: skip


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(_COMMANDS),
    st.dictionaries(st.sampled_from(["info", "data", "id", "msg_id"]), _JSON, max_size=4),
    st.one_of(
        st.just({}),
        st.fixed_dictionaries(
            {"uid": _JSON, "uname": _JSON, "msg_type": _JSON, "num": _JSON, "pb": _JSON, "timestamp": _JSON}
        ),
    ),
)
def test_mapped_commands_survive_any_body(cmd: str, body: dict[str, Any], data: dict[str, Any]) -> None:
    """Mapped commands with bodies of any shape give an event or None, never an error."""
    event = command_to_event({"cmd": cmd, **body, **({"data": data} if data else {})}, 2.0, {})
    assert event is None or _well_typed(event)


# ---------------------------------------------------------------- daigang-ws


ROOM_SEEDS: list[str] = [
    '{"type": "comment", "id": "c-1029", "ts": 1732800012.5, "user": {"id": "u-77", "name": "小王"},'
    ' "text": "工资多少"}',
    '{"type": "feature", "ts": 1732800000.0, "job": "J003"}',
    '{"type": "enter", "ts": 1732800001.0, "user": {"id": "u-78", "name": "阿强"}}',
    '{"type": "like", "ts": 1732800002.0, "user": {"id": "u-77", "name": "小王"}, "count": 12}',
    '{"type": "gift", "ts": 1732800003.0, "user": {"id": "u-77", "name": "小王"}, "gift": "小心心",'
    ' "count": 1}',
    '{"type": "viewers", "ts": 1732800004.0, "count": 10234}',
    '{"type": "end", "ts": 1732814400.0}',
    '{"type": "ack", "id": "p-17", "ok": false, "reason": "too_fast"}',
]
BOT_SEEDS: list[str] = [
    '{"type": "post", "id": "p-17", "text": "@小王 3号7000-9000元/月", "reply_to": ["c-1029", "c-1033"]}',
    '{"type": "card", "id": "p-18", "job": "J003", "text": "【3号】鼎泰精密 CNC操作工"}',
]
_KEYS = ["type", "id", "ts", "user", "text", "job", "count", "gift", "ok", "reason", "reply_to"]


def _replace_value(draw: Draw, seed: str) -> str | bytes:
    """Set one field (present or not, nested user fields too) to a random JSON value."""
    obj = orjson.loads(seed)
    target = obj["user"] if "user" in obj and draw(st.booleans()) else obj
    target[draw(st.sampled_from([*_KEYS, "name"]))] = draw(_JSON)
    return orjson.dumps(obj)


def _drop_key(draw: Draw, seed: str) -> str | bytes:
    """Remove one field."""
    obj = orjson.loads(seed)
    obj.pop(draw(st.sampled_from(sorted(obj))), None)
    return orjson.dumps(obj)


def _text_flip(draw: Draw, seed: str) -> str | bytes:
    """Bit flips in the encoded text (often no longer UTF-8)."""
    return _flip(draw, seed.encode())


def _text_truncate(draw: Draw, seed: str) -> str | bytes:
    """The frame cut short."""
    return seed[: draw(st.integers(0, len(seed) - 1))]


def _random_text(draw: Draw, seed: str) -> str | bytes:
    """Random text or bytes, or a random JSON value."""
    kind = draw(st.sampled_from(["text", "bytes", "json"]))
    if kind == "text":
        return str(draw(st.text(max_size=80)))
    if kind == "bytes":
        return bytes(draw(st.binary(max_size=80)))
    return orjson.dumps(draw(_JSON))


def _same(draw: Draw, seed: str) -> str | bytes:
    """The seed unchanged."""
    return seed


TEXT_MUTATIONS = [_replace_value, _drop_key, _text_flip, _text_truncate, _random_text, _same]


@st.composite
def text_frames(draw: Draw, seeds: list[str]) -> str | bytes:
    """One mutated or random JSON text frame."""
    mutate = draw(st.sampled_from(TEXT_MUTATIONS))
    frame: str | bytes = mutate(draw, draw(st.sampled_from(seeds)))
    return frame


def _well_typed(event: Event) -> bool:
    """The fields of an event have the types the room relies on."""
    assert isinstance(event.ts, float)
    assert math.isfinite(event.ts)
    match event:
        case Comment(id=cid, user=user, text=text):
            assert _nonempty(cid)
            assert isinstance(text, str)
            assert _nonempty(user.id)
            assert isinstance(user.name, str)
        case Like(count=count) | Gift(count=count) | Viewers(count=count):
            assert isinstance(count, int)
            assert count >= 0
        case Feature(job=job):
            assert job is None or _nonempty(job)
        case Ack(id=pid, ok=ok, reason=reason):
            assert _nonempty(pid)
            assert isinstance(ok, bool)
            assert reason is None or isinstance(reason, str)
    return True


def _nonempty(value: object) -> bool:
    """A non-empty string."""
    return isinstance(value, str) and bool(value)


@FUZZ
@given(st.lists(text_frames(ROOM_SEEDS), min_size=FRAMES, max_size=FRAMES))
def test_room_decoder_never_raises_and_counts_bad_frames(frames: list[str | bytes]) -> None:
    """Each frame is an event or exactly one count (malformed or unknown); events are well typed."""
    decoder = RoomDecoder()
    for frame in frames:
        before = decoder.malformed + sum(decoder.unknown.values())
        event = decoder.feed(frame, now=5.0)
        after = decoder.malformed + sum(decoder.unknown.values())
        if event is None:
            assert after == before + 1
        else:
            assert after == before
            assert _well_typed(event)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(text_frames(BOT_SEEDS), min_size=FRAMES, max_size=FRAMES))
def test_bot_frame_decoder_never_raises_and_counts_bad_frames(frames: list[str | bytes]) -> None:
    """The room's reader of our posts: a post or exactly one count for every frame."""
    decoder = BotFrameDecoder()
    for frame in frames:
        before = decoder.malformed + sum(decoder.unknown.values())
        post = decoder.feed(frame)
        after = decoder.malformed + sum(decoder.unknown.values())
        assert after == (before + 1 if post is None else before)
        if post is not None:
            assert _nonempty(post.id)
            assert isinstance(post.text, str)
            assert all(isinstance(ref, str) for ref in post.reply_to)
