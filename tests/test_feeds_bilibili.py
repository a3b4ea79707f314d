"""Bilibili's live danmaku protocol (SPEC §5.2), tested on the platform's real packets and commands."""

from __future__ import annotations

import logging
import zlib
from typing import Any

import brotli
import orjson
import pytest

from bot.events import Comment, End, Enter, Gift, Like, User, Viewers
from bot.platforms.bilibili.codec import (
    OP_AUTH,
    OP_AUTH_REPLY,
    OP_COMMAND,
    OP_HEARTBEAT,
    OP_HEARTBEAT_REPLY,
    BilibiliDecoder,
    Notice,
    auth_body,
    auth_packet,
    command_to_event,
    encode_compressed,
    encode_packet,
    heartbeat_packet,
    packet_to_event,
    popularity,
    protobuf_fields,
    room_notice,
)
from tests.conftest import SHARED_DATA

DATA = SHARED_DATA / "bilibili-protocol"


def real(name: str) -> bytes:
    """One of the real packets, or a skip when the shared data is not there."""
    path = DATA / name
    if not path.is_file():
        pytest.skip(f"shared data missing: {path} (see the README in that folder)")
    return path.read_bytes()


def examples(cmd: str | None = None) -> list[dict[str, Any]]:
    """The command examples of cmd_examples.jsonl (those of one command when named)."""
    path = DATA / "cmd_examples.jsonl"
    if not path.is_file():
        pytest.skip(f"shared data missing: {path} (see the README in that folder)")
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    return [row for row in rows if cmd is None or row["cmd"] == cmd]


def command_packet(body: dict[str, Any]) -> bytes:
    """A plain command packet."""
    return encode_packet(OP_COMMAND, orjson.dumps(body), ver=0, seq=0)


def danmu(text: str, uid: int = 7, name: str = "小王", ts_ms: int = 1732800012500) -> dict[str, Any]:
    """A minimal DANMU_MSG body."""
    meta = [0, 1, 25, 16777215, ts_ms, 0, 0, "0bc8acd0", 0, 0]
    return {"cmd": "DANMU_MSG", "info": [meta, text, [uid, name, 0, 0, 0, 10000, 1, ""]]}


# ---------------------------------------------------------------- the real packets


def test_auth_packet_is_read_and_rebuilt_byte_for_byte() -> None:
    """auth.bin is op 7 with the auth body; our builder writes the very same bytes."""
    raw = real("auth.bin")
    decoder = BilibiliDecoder()
    [packet] = decoder.feed(raw)
    assert (packet.op, packet.ver, packet.seq) == (OP_AUTH, 1, 1)
    assert packet.data is not None
    assert packet.data["roomid"] == 22608112
    assert packet.data["protover"] == 3
    assert packet.data["platform"] == "web"
    assert packet.data["type"] == 2
    assert auth_packet(packet.data["uid"], packet.data["roomid"], packet.data["key"]) == raw
    assert orjson.loads(auth_body(1, 2, "k")) == {
        "uid": 1, "roomid": 2, "protover": 3, "platform": "web", "type": 2, "key": "k"
    }  # fmt: skip
    assert decoder.bad == 0


def test_auth_reply_says_code_zero() -> None:
    """auth_reply.bin is op 8 with `{"code": 0}`."""
    [packet] = BilibiliDecoder().feed(real("auth_reply.bin"))
    assert packet.op == OP_AUTH_REPLY
    assert packet.data == {"code": 0}


def test_heartbeat_is_what_the_web_client_sends() -> None:
    """heartbeat.bin is op 2, and our heartbeat packet is the same bytes."""
    raw = real("heartbeat.bin")
    [packet] = BilibiliDecoder().feed(raw)
    assert packet.op == OP_HEARTBEAT
    assert heartbeat_packet() == raw


def test_heartbeat_reply_with_a_lying_length_still_gives_popularity() -> None:
    """heartbeat_reply.bin says 20 bytes but 35 follow: the packet is read, the rest counted as trailing."""
    decoder = BilibiliDecoder()
    [packet] = decoder.feed(real("heartbeat_reply.bin"))
    assert packet.op == OP_HEARTBEAT_REPLY
    assert popularity(packet) == 2466
    assert packet_to_event(packet, now=50.0) == Viewers(50.0, 2466)
    assert decoder.bad == 0
    assert decoder.trailing == 1


def test_brotli_command_inflates_to_watched_change() -> None:
    """command_brotli.bin is version 3 wrapping WATCHED_CHANGE: read, and not taken for viewers now."""
    decoder = BilibiliDecoder()
    raw = real("command_brotli.bin")
    [packet] = decoder.feed(raw)
    assert packet.op == OP_COMMAND
    assert packet.data is not None
    assert packet.data["cmd"] == "WATCHED_CHANGE"
    assert packet.data["data"]["num"] == 22097
    assert decoder.events(raw, now=12.0) == []
    assert decoder.bad == 0


def test_several_packets_in_one_frame_are_all_read() -> None:
    """A frame of plain, zlib and brotli packets gives every inner packet, in order."""
    inner = command_packet(danmu("工资多少")) + command_packet(danmu("包住吗"))
    frame = (
        real("auth_reply.bin")
        + encode_compressed(inner, ver=2)
        + encode_compressed(command_packet(danmu("几号上班")), ver=3)
        + command_packet({"cmd": "ONLINE_RANK_COUNT", "data": {"count": 99, "online_count": 99}})
    )
    decoder = BilibiliDecoder()
    events = decoder.events(frame, now=1.0)
    assert [e.text for e in events if isinstance(e, Comment)] == ["工资多少", "包住吗", "几号上班"]
    assert events[-1] == Viewers(1.0, 99)
    assert decoder.bad == 0


# ---------------------------------------------------------------- what cannot be read


@pytest.mark.parametrize(
    "frame",
    [
        b"",
        b"\x00" * 10,
        b"\x00\x00\x00\x08\x00\x10\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00",
        b"\x00\x00\x00\x20\x00\x04\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00" + b"{}" * 8,
        encode_packet(OP_COMMAND, b'{"cmd": "DANMU_MSG"}', ver=0)[:-3],
        encode_packet(OP_COMMAND, b"not json", ver=0),
        encode_packet(OP_COMMAND, b"[1, 2]", ver=0),
        encode_packet(OP_COMMAND, b"garbage", ver=2),
        encode_packet(OP_COMMAND, b"garbage", ver=3),
        encode_packet(OP_COMMAND, zlib.compress(b"x" * 40)[:-4], ver=2),
        encode_packet(OP_COMMAND, brotli.compress(b""), ver=3),
        encode_packet(OP_COMMAND, b"{}", ver=9),
        encode_packet(OP_HEARTBEAT_REPLY, b"\x00\x01", ver=1),
    ],
)
def test_unreadable_frames_are_counted_never_raised(frame: bytes) -> None:
    """Truncation, length lies, bad versions, corrupt or empty compression: counted in `bad`, no packets."""
    decoder = BilibiliDecoder()
    assert decoder.feed(frame) == []
    assert decoder.bad == 1


def test_a_good_packet_survives_garbage_after_it() -> None:
    """Garbage after a good packet is counted; the good packet still comes out."""
    decoder = BilibiliDecoder()
    good = command_packet(danmu("工资多少"))
    packets = decoder.feed(good + b"\xff" * 40)
    assert len(packets) == 1
    assert decoder.bad == 1


def test_compression_nested_too_deep_is_refused() -> None:
    """Compressed packets inside compressed packets stop at a fixed depth."""
    frame = command_packet(danmu("x"))
    for _ in range(3):
        frame = encode_compressed(frame, ver=2)
    decoder = BilibiliDecoder()
    assert len(decoder.feed(frame)) == 1
    frame = encode_compressed(frame, ver=3)
    assert decoder.feed(frame) == []
    assert decoder.bad == 1


def test_a_compression_bomb_is_refused() -> None:
    """A body that inflates past the limit is counted, not inflated."""
    bomb = encode_packet(OP_COMMAND, zlib.compress(b"\x00" * (9 << 20), 9), ver=2)
    decoder = BilibiliDecoder()
    assert decoder.feed(bomb) == []
    assert decoder.bad == 1


# ---------------------------------------------------------------- commands


def test_every_real_danmu_msg_becomes_a_comment() -> None:
    """Each DANMU_MSG example gives a comment with its text, user and time in seconds."""
    rows = examples("DANMU_MSG")
    assert rows
    for row in rows:
        body = row["json"]
        info = body["info"]
        event = command_to_event(body, now=0.0)
        assert isinstance(event, Comment)
        assert event.text == info[1]
        assert event.user == User(str(info[2][0]), info[2][1])
        assert event.ts == info[0][4] / 1000
        assert event.id
        packet = encode_compressed(command_packet(body), ver=3)
        assert BilibiliDecoder().events(packet, now=0.0) == [event]


def test_every_real_gift_enter_and_viewer_example_maps() -> None:
    """SEND_GIFT(_V2) → Gift, INTERACT_WORD(_V2) → Enter, ONLINE_RANK_COUNT → Viewers; not WATCHED_CHANGE."""
    gifts = examples("SEND_GIFT")
    enters = examples("INTERACT_WORD") + examples("INTERACT_WORD_V2")
    watched = examples("WATCHED_CHANGE")
    online = examples("ONLINE_RANK_COUNT")
    assert gifts
    assert enters
    assert watched
    assert online
    for row in gifts:
        data = row["json"]["data"]
        event = command_to_event(row["json"], now=0.0)
        user = User(str(data["uid"]), data["uname"])
        assert event == Gift(float(data["timestamp"]), user, data["giftName"], 1)
        assert command_to_event({**row["json"], "cmd": "SEND_GIFT_V2"}, now=0.0) == event
    for row in enters:
        event = command_to_event(row["json"], now=0.0)
        assert isinstance(event, Enter)
        assert event.user.id
        assert event.user.name
    assert command_to_event(examples("INTERACT_WORD")[0]["json"], 0.0) == Enter(
        1644563947876475000 / 1e9, User("335979315", "TIM_Init")
    )
    assert command_to_event(examples("INTERACT_WORD_V2")[0]["json"], 0.0) == Enter(
        1751716524.0, User("439367700", "StarSea246")
    )
    unknown: dict[str, int] = {}
    for row in watched:
        assert command_to_event(row["json"], now=3.0, unknown=unknown) is None
    assert unknown == {}
    for row in online:
        assert command_to_event(row["json"], now=3.0) == Viewers(3.0, row["json"]["data"]["online_count"])


def test_no_real_example_crashes_and_unknown_ones_are_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    """Every example body maps or gives None; unmapped names are counted, each logged the first time."""
    unknown: dict[str, int] = {}
    rows = examples()
    with caplog.at_level(logging.INFO, logger="bot.platforms.bilibili.codec"):
        for _ in range(2):
            for row in rows:
                command_to_event(row["json"], 0.0, unknown)
    assert unknown["PLAY_TOGETHER"] == 4
    assert "DANMU_MSG" not in unknown
    assert "COMBO_SEND" not in unknown
    logged = [r.getMessage() for r in caplog.records if "PLAY_TOGETHER" in r.getMessage()]
    assert len(logged) == 1


def test_other_real_commands_map_sensibly() -> None:
    """Super chats are comments, guard purchases gifts, like clicks likes, PREPARING the end."""
    [sc] = examples("SUPER_CHAT_MESSAGE")
    text = "猪播完美预测自己第一个死，这就是鹅鸭杀高玩吗"
    viewer = User("294094150", "界原虚")
    assert command_to_event(sc["json"], 0.0) == Comment("sc-6522809", 1677069035.0, viewer, text)
    [guard] = examples("GUARD_BUY")
    buyer = User("14225357", "妙妙喵喵妙妙喵O_O")
    assert command_to_event(guard["json"], 0.0) == Gift(1677069316.0, buyer, "舰长", 1)
    [like] = examples("LIKE_INFO_V3_CLICK")
    assert command_to_event(like["json"], 4.0) == Like(4.0, User("32174213", "MeiDngS"), 1)
    for row in examples("PREPARING"):
        assert command_to_event(row["json"], 9.0) == End(9.0)
        # PREPARING says when it was sent (epoch ms): the time the stream stopped.
        assert room_notice(row["json"], own_uid=0) == Notice("preparing", ts=row["json"]["send_time"] / 1000)
    [notice] = examples("LOG_IN_NOTICE")
    assert room_notice(notice["json"], own_uid=0) == Notice(
        "login_notice", "为保护用户隐私，未登录无法查看他人昵称"
    )
    [danmaku] = examples("DANMU_MSG")
    assert room_notice(danmaku["json"], own_uid=0) is None
    assert room_notice(danmaku["json"], own_uid=6088969) == Notice("echo", "白花300块[热]")


def test_command_suffixes_match() -> None:
    """`DANMU_MSG:4:0:2:2:2:0` is a DANMU_MSG."""
    body = danmu("工资多少")
    body["cmd"] = "DANMU_MSG:4:0:2:2:2:0"
    event = command_to_event(body, 0.0)
    assert isinstance(event, Comment)
    assert event.text == "工资多少"


def test_comment_ids_are_the_bodys_or_a_stable_hash() -> None:
    """A body id wins; else the id is a hash of (time, user, text): same message, same id."""
    with_id = {**danmu("工资多少"), "id": "m-1"}
    first = command_to_event(with_id, 0.0)
    assert isinstance(first, Comment)
    assert first.id == "m-1"
    a = command_to_event(danmu("工资多少"), 0.0)
    b = command_to_event(danmu("工资多少"), 99.0)
    c = command_to_event(danmu("工资多少", ts_ms=1732800012501), 0.0)
    d = command_to_event(danmu("包住吗"), 0.0)
    assert isinstance(a, Comment)
    assert isinstance(b, Comment)
    assert isinstance(c, Comment)
    assert isinstance(d, Comment)
    assert a.id == b.id
    assert len({a.id, c.id, d.id}) == 3


def test_logged_out_viewers_are_told_apart_by_hash() -> None:
    """Uid 0 (a logged-out session) falls back to the sender hash of info[0][7]."""
    event = command_to_event(danmu("hi", uid=0, name="t***"), 0.0)
    assert isinstance(event, Comment)
    assert event.user == User("h:0bc8acd0", "t***")


def test_follow_and_share_give_no_event() -> None:
    """INTERACT_WORD kinds other than entering give nothing, and are not unknown commands."""
    unknown: dict[str, int] = {}
    for msg_type in (2, 3, 4, 5):
        body = {"cmd": "INTERACT_WORD", "data": {"uid": 5, "uname": "a", "msg_type": msg_type}}
        assert command_to_event(body, 0.0, unknown) is None
    assert unknown == {}


def test_placeholder_popularity_gives_no_viewers() -> None:
    """A popularity of 1 is the platform's placeholder, not a count."""
    decoder = BilibiliDecoder()
    reply = encode_packet(OP_HEARTBEAT_REPLY, (1).to_bytes(4, "big"), seq=0)
    assert decoder.events(reply, now=1.0) == []


@pytest.mark.parametrize(
    "body",
    [
        {"cmd": "DANMU_MSG"},
        {"cmd": "DANMU_MSG", "info": "x"},
        {"cmd": "DANMU_MSG", "info": [[], 3, []]},
        {"cmd": "SEND_GIFT", "data": []},
        {"cmd": "SEND_GIFT", "data": {"uid": "u"}},
        {"cmd": "INTERACT_WORD_V2", "data": {"pb": "%%%"}},
        {"cmd": "INTERACT_WORD_V2", "data": {"pb": "CJTw"}},
        {"cmd": "WATCHED_CHANGE", "data": {"num": "many"}},
        {"cmd": 5},
        {},
    ],
)
def test_broken_command_bodies_give_none(body: dict[str, Any]) -> None:
    """A mapped command missing what it needs gives None rather than an error."""
    assert command_to_event(body, 0.0) is None


def test_protobuf_reader_rejects_corrupt_messages() -> None:
    """Truncated fields and unknown wire types give None."""
    assert protobuf_fields(b"\x08\x96\x01\x12\x03abc") == {1: 150, 2: b"abc"}
    assert protobuf_fields(b"\x12\x05ab") is None
    assert protobuf_fields(b"\x0b") is None
    assert protobuf_fields(b"\x08\xff") is None
