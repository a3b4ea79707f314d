"""Bilibili's live danmaku protocol (SPEC §5.2), pure: packets in and out, commands to events.

A WebSocket message holds one or more packets, each a 16-byte big-endian header (packet length
u32, header length u16, protocol version u16, operation u32, sequence u32) and a body. Version 0
is JSON, 1 a heartbeat (its reply's body opens with a u32 popularity), 2 a zlib and 3 a brotli
body that inflates to more packets. `BilibiliDecoder.feed` never raises: what it cannot read it
counts in `bad` and skips; fewer than 16 bytes left after a good packet (the real heartbeat reply
carries 15 such bytes) are counted in `trailing` and ignored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import math
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Literal

import brotli
import orjson

from bot.events import Comment, End, Enter, Event, Gift, Like, User, Viewers

log = logging.getLogger(__name__)

HEADER: Final = struct.Struct(">IHHII")
HEADER_SIZE: Final = HEADER.size

OP_HEARTBEAT: Final = 2
OP_HEARTBEAT_REPLY: Final = 3
OP_COMMAND: Final = 5
OP_AUTH: Final = 7
OP_AUTH_REPLY: Final = 8
JSON_OPS: Final = frozenset({OP_COMMAND, OP_AUTH, OP_AUTH_REPLY})
"""Operations whose body is one JSON object."""

VER_JSON: Final = 0
VER_HEARTBEAT: Final = 1
VER_ZLIB: Final = 2
VER_BROTLI: Final = 3

HEARTBEAT_BODY: Final = b"[object Object]"
"""What the web client sends as a heartbeat's body."""

MAX_NESTING: Final = 3
"""Compressed packets inside compressed packets, at most this deep."""

MAX_INFLATED: Final = 8 << 20
"""Bytes one compressed body may inflate to."""

MAX_UNKNOWN_NAMES: Final = 200
"""Distinct unknown command names counted one by one; the rest share one bucket."""


@dataclass(frozen=True, slots=True)
class Packet:
    """One uncompressed packet; `data` is the parsed body of JSON operations (5, 7, 8)."""

    op: int
    ver: int
    seq: int
    body: bytes
    data: dict[str, Any] | None = None


def encode_packet(op: int, body: bytes, ver: int = VER_HEARTBEAT, seq: int = 1) -> bytes:
    """One packet: header and body."""
    return HEADER.pack(HEADER_SIZE + len(body), HEADER_SIZE, ver, op, seq) + body


def encode_compressed(packets: bytes, ver: int = VER_BROTLI, seq: int = 0) -> bytes:
    """Packets wrapped in one command packet whose body is zlib (2) or brotli (3)."""
    if ver == VER_ZLIB:
        body = zlib.compress(packets)
    elif ver == VER_BROTLI:
        body = brotli.compress(packets)
    else:
        raise ValueError(f"protocol version {ver} is not compressed")
    return encode_packet(OP_COMMAND, body, ver, seq)


def auth_body(uid: int, room_id: int, key: str, protover: int = VER_BROTLI, buvid: str = "") -> bytes:
    """The JSON body that authenticates a connection to a room (`buvid`: the buvid3 cookie)."""
    body: dict[str, object] = {"uid": uid, "roomid": room_id, "protover": protover}
    if buvid:
        body["buvid"] = buvid
    body.update({"platform": "web", "type": 2, "key": key})
    return orjson.dumps(body)


def auth_packet(uid: int, room_id: int, key: str, buvid: str = "") -> bytes:
    """The first packet a client sends."""
    return encode_packet(OP_AUTH, auth_body(uid, room_id, key, buvid=buvid))


def heartbeat_packet() -> bytes:
    """The packet a client sends every 30 s."""
    return encode_packet(OP_HEARTBEAT, HEARTBEAT_BODY)


def popularity(packet: Packet) -> int | None:
    """The popularity figure of a heartbeat reply."""
    if packet.op != OP_HEARTBEAT_REPLY or len(packet.body) < 4:
        return None
    value: int = struct.unpack_from(">I", packet.body)[0]
    return value


def _json_object(body: bytes) -> dict[str, Any] | None:
    """A JSON object body (invalid UTF-8 replaced), None when it is not one."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        try:
            data = orjson.loads(body.decode("utf-8", "replace"))
        except orjson.JSONDecodeError:
            return None
    return data if isinstance(data, dict) else None


def _inflate(body: bytes, ver: int) -> bytes | None:
    """A compressed body's packets; None when it is corrupt, truncated or too big."""
    try:
        if ver == VER_ZLIB:
            inflater = zlib.decompressobj()
            out = inflater.decompress(body, MAX_INFLATED)
            return out if inflater.eof else None
        decoder = brotli.Decompressor()
        out = decoder.process(body, output_buffer_limit=MAX_INFLATED)
        return out if decoder.is_finished() else None
    except (zlib.error, brotli.error):
        return None


class BilibiliDecoder:
    """WebSocket messages in, packets (and events) out; counts what it cannot read."""

    def __init__(self) -> None:
        """Start with zero counts."""
        self.frames = 0
        self.bad = 0
        self.trailing = 0
        self.unknown_commands: dict[str, int] = {}

    def feed(self, data: bytes) -> list[Packet]:
        """The packets of one message, compressed ones inflated in place."""
        self.frames += 1
        out: list[Packet] = []
        if not data:
            self.bad += 1
        else:
            self._split(bytes(data), 0, out)
        return out

    def events(self, data: bytes, now: float) -> list[Event]:
        """The events of one message (`now` for those that carry no time)."""
        events: list[Event] = []
        for packet in self.feed(data):
            event = packet_to_event(packet, now, self.unknown_commands)
            if event is not None:
                events.append(event)
        return events

    def _split(self, data: bytes, depth: int, out: list[Packet]) -> None:
        """Read the packets laid end to end in `data`."""
        pos = 0
        size = len(data)
        while pos < size:
            if size - pos < HEADER_SIZE:
                if pos == 0:
                    self.bad += 1
                else:
                    self.trailing += 1
                return
            length, header_len, ver, op, seq = HEADER.unpack_from(data, pos)
            if header_len < HEADER_SIZE or length < header_len or length > size - pos:
                self.bad += 1
                return
            body = data[pos + header_len : pos + length]
            pos += length
            if ver in (VER_ZLIB, VER_BROTLI):
                inner = _inflate(body, ver) if depth < MAX_NESTING else None
                if not inner:
                    self.bad += 1
                else:
                    self._split(inner, depth + 1, out)
            elif ver in (VER_JSON, VER_HEARTBEAT):
                packet = self._packet(op, ver, seq, body)
                if packet is None:
                    self.bad += 1
                else:
                    out.append(packet)
            else:
                self.bad += 1

    @staticmethod
    def _packet(op: int, ver: int, seq: int, body: bytes) -> Packet | None:
        """A plain packet, None when its body does not fit its operation."""
        if op in JSON_OPS:
            data = _json_object(body)
            return None if data is None else Packet(op, ver, seq, body, data)
        if op == OP_HEARTBEAT_REPLY and len(body) < 4:
            return None
        return Packet(op, ver, seq, body)


def packet_to_event(packet: Packet, now: float, unknown: dict[str, int] | None = None) -> Event | None:
    """A command or a heartbeat reply as an event (None for everything else)."""
    if packet.op == OP_COMMAND and packet.data is not None:
        return command_to_event(packet.data, now, unknown)
    if packet.op == OP_HEARTBEAT_REPLY:
        count = popularity(packet)
        # Bilibili retired the figure and now answers a placeholder 1: no count at all.
        if count is not None and count > 1:
            return Viewers(now, count)
    return None


# ---------------------------------------------------------------- commands


def _uid(value: object) -> str | None:
    """A user id (a positive integer or a non-empty string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value > 0 else None
    if isinstance(value, str) and value:
        return value
    return None


def _int(value: object, default: int) -> int:
    """A non-negative integer field, `default` when it is not one."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return default


def _seconds(value: object, now: float) -> float:
    """A platform timestamp (seconds, milliseconds or nanoseconds since the epoch) in seconds."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return now
    if value > 1e17:
        return value / 1e9
    if value > 1e11:
        return value / 1e3
    return float(value)


def _name(value: object, fallback: str) -> str:
    """A display name, the fallback when there is none."""
    return value if isinstance(value, str) and value else fallback


def _stable_id(prefix: str, *parts: object) -> str:
    """An id that is the same every time the same message arrives."""
    digest = hashlib.blake2b("\x1f".join(str(part) for part in parts).encode(), digest_size=8)
    return f"{prefix}-{digest.hexdigest()}"


def _danmu(body: dict[str, Any], now: float) -> Event | None:
    """DANMU_MSG: a comment (text info[1], user info[2][0:2], time info[0][4] in ms)."""
    info = body["info"]
    meta, text, sender = info[0], info[1], info[2]
    if not isinstance(text, str) or not isinstance(meta, list) or not isinstance(sender, list):
        return None
    ts_ms = meta[4] if len(meta) > 4 else None
    if isinstance(ts_ms, int) and not isinstance(ts_ms, bool) and ts_ms > 0:
        ts = ts_ms / 1000
    else:
        extra = info[9] if len(info) > 9 else None
        ts = _seconds(extra.get("ts") if isinstance(extra, dict) else None, now)
    uid = _uid(sender[0])
    if uid is None:
        # Logged-out sessions see uid 0: the sender's hash still tells viewers apart.
        user_hash = meta[7] if len(meta) > 7 else None
        uid = f"h:{user_hash}" if isinstance(user_hash, str) and user_hash else "0"
    name = _name(sender[1] if len(sender) > 1 else None, uid)
    cid = _uid(body.get("id")) or _uid(body.get("msg_id")) or _stable_id("bd", ts, uid, text)
    return Comment(cid, ts, User(uid, name), text)


def _send_gift(body: dict[str, Any], now: float) -> Event | None:
    """SEND_GIFT (and SEND_GIFT_V2, the same body under a new name): a gift."""
    data = body["data"]
    uid = _uid(data.get("uid"))
    gift = data.get("giftName") or data.get("gift_name")
    if uid is None or not isinstance(gift, str):
        return None
    user = User(uid, _name(data.get("uname"), uid))
    return Gift(_seconds(data.get("timestamp"), now), user, gift, _int(data.get("num"), 1))


def _guard_buy(body: dict[str, Any], now: float) -> Event | None:
    """GUARD_BUY: a viewer buys a guard (舰长) — a gift."""
    data = body["data"]
    uid = _uid(data.get("uid"))
    if uid is None:
        return None
    gift = _name(data.get("gift_name"), f"guard{_int(data.get('guard_level'), 0)}")
    user = User(uid, _name(data.get("username"), uid))
    return Gift(_seconds(data.get("start_time"), now), user, gift, _int(data.get("num"), 1))


def _interaction(uid: str | None, name: object, msg_type: int, ts: float) -> Event | None:
    """INTERACT_WORD's kinds: 1 enters the room; follows and shares give no event."""
    if msg_type != 1 or uid is None:
        return None
    return Enter(ts, User(uid, _name(name, uid)))


def _interact_word(body: dict[str, Any], now: float) -> Event | None:
    """INTERACT_WORD: an enter (msg_type 1)."""
    data = body["data"]
    ts = _seconds(data.get("trigger_time") or data.get("timestamp"), now)
    return _interaction(_uid(data.get("uid")), data.get("uname"), _int(data.get("msg_type"), 0), ts)


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    """A protobuf varint at `pos` and the position after it (IndexError/ValueError when bad)."""
    value = 0
    for shift in range(0, 70, 7):
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
    raise ValueError("varint too long")


def protobuf_fields(buf: bytes) -> dict[int, int | bytes] | None:
    """The first value of each top-level field of a protobuf message; None when it is corrupt."""
    fields: dict[int, int | bytes] = {}
    pos = 0
    try:
        while pos < len(buf):
            key, pos = _varint(buf, pos)
            number, wire = key >> 3, key & 7
            value: int | bytes
            if wire == 0:
                value, pos = _varint(buf, pos)
            elif wire == 2:
                length, pos = _varint(buf, pos)
                if pos + length > len(buf):
                    return None
                value, pos = buf[pos : pos + length], pos + length
            elif wire in (1, 5):
                width = 8 if wire == 1 else 4
                if pos + width > len(buf):
                    return None
                value, pos = int.from_bytes(buf[pos : pos + width], "little"), pos + width
            else:
                return None
            fields.setdefault(number, value)
    except (IndexError, ValueError):
        return None
    return fields


def _interact_word_v2(body: dict[str, Any], now: float) -> Event | None:
    """INTERACT_WORD_V2: INTERACT_WORD as base64 protobuf (1 uid, 2 uname, 5 msg_type, 7 ts)."""
    encoded = body["data"]["pb"]
    if not isinstance(encoded, str):
        return None
    try:
        fields = protobuf_fields(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return None
    if fields is None:
        return None
    uid, name, msg_type, ts = fields.get(1), fields.get(2), fields.get(5), fields.get(7)
    if not isinstance(uid, int) or not isinstance(msg_type, int):
        return None
    uname = name.decode("utf-8", "replace") if isinstance(name, bytes) else None
    return _interaction(_uid(uid), uname, msg_type, _seconds(ts, now))


def _online_rank_count(body: dict[str, Any], now: float) -> Event | None:
    """ONLINE_RANK_COUNT: viewers in the room now (`online_count`; older bodies only `count`).

    WATCHED_CHANGE, by contrast, counts everyone who has watched since the stream began: it only
    grows, and is not taken for viewers.
    """
    data = body["data"]
    for name in ("online_count", "count"):
        num = data.get(name)
        if isinstance(num, int) and not isinstance(num, bool) and num >= 0:
            return Viewers(now, num)
    return None


def _like_click(body: dict[str, Any], now: float) -> Event | None:
    """LIKE_INFO_V3_CLICK: a viewer taps like."""
    data = body["data"]
    uid = _uid(data.get("uid"))
    if uid is None:
        return None
    return Like(now, User(uid, _name(data.get("uname"), uid)), 1)


def _super_chat(body: dict[str, Any], now: float) -> Event | None:
    """SUPER_CHAT_MESSAGE: a paid comment — a comment all the same."""
    data = body["data"]
    uid = _uid(data.get("uid"))
    text = data.get("message")
    if uid is None or not isinstance(text, str):
        return None
    info = data.get("user_info")
    name = _name(info.get("uname") if isinstance(info, dict) else None, uid)
    ts = _seconds(data.get("ts") or data.get("start_time"), now)
    sc_id = _uid(data.get("id"))
    cid = f"sc-{sc_id}" if sc_id else _stable_id("sc", ts, uid, text)
    return Comment(cid, ts, User(uid, name), text)


def _preparing(body: dict[str, Any], now: float) -> Event | None:
    """PREPARING: the host stopped streaming."""
    return End(now)


_COMMANDS: Final[dict[str, Callable[[dict[str, Any], float], Event | None]]] = {
    "DANMU_MSG": _danmu,
    "SEND_GIFT": _send_gift,
    "SEND_GIFT_V2": _send_gift,
    "GUARD_BUY": _guard_buy,
    "INTERACT_WORD": _interact_word,
    "INTERACT_WORD_V2": _interact_word_v2,
    "ONLINE_RANK_COUNT": _online_rank_count,
    "LIKE_INFO_V3_CLICK": _like_click,
    "SUPER_CHAT_MESSAGE": _super_chat,
    "PREPARING": _preparing,
}

IGNORED_COMMANDS: Final = frozenset(
    {
        # Repeats of what a mapped command already says.
        "COMBO_SEND",
        "ENTRY_EFFECT",
        "ENTRY_EFFECT_MUST_RECEIVE",
        "SUPER_CHAT_MESSAGE_JPN",
        "LIKE_INFO_V3_UPDATE",
        "DM_INTERACTION",
        "USER_TOAST_MSG",
        # How many have watched since the start: it only grows (viewers now: ONLINE_RANK_COUNT).
        "WATCHED_CHANGE",
        # Room chrome: ranks, banners, notices.
        "LOG_IN_NOTICE",
        "ONLINE_RANK_V2",
        "ONLINE_RANK_V3",
        "ONLINE_RANK_TOP3",
        "NOTICE_MSG",
        "STOP_LIVE_ROOM_LIST",
        "WIDGET_BANNER",
        "ROOM_REAL_TIME_MESSAGE_UPDATE",
        "HOT_RANK_CHANGED",
        "HOT_RANK_CHANGED_V2",
        "LIVE",
    }
)
"""Commands known to carry nothing the room needs: skipped without a count."""


def command_name(body: dict[str, Any]) -> str | None:
    """A command's name without the suffixes some carry (`DANMU_MSG:4:0:2:2:2:0`)."""
    cmd = body.get("cmd")
    if not isinstance(cmd, str) or not cmd:
        return None
    return cmd.split(":", 1)[0]


def command_to_event(body: dict[str, Any], now: float, unknown: dict[str, int] | None = None) -> Event | None:
    """A command body as an event; None for the rest.

    Commands we do not map are counted in `unknown` (when given), each name logged the first
    time it is counted. A mapped command whose body lacks what it needs gives None.
    """
    name = command_name(body)
    handler = _COMMANDS.get(name) if name is not None else None
    if handler is None:
        if name in IGNORED_COMMANDS:
            return None
        label = name or "(no cmd)"
        if unknown is not None:
            if label not in unknown and len(unknown) >= MAX_UNKNOWN_NAMES:
                label = "(other)"
            if label not in unknown:
                log.info("bilibili: command %s is not mapped; skipping it", label)
            unknown[label] = unknown.get(label, 0) + 1
        return None
    try:
        return handler(body, now)
    except (KeyError, IndexError, TypeError, AttributeError, ValueError):
        return None


# ---------------------------------------------------------------- notices about the room itself


@dataclass(frozen=True, slots=True)
class Notice:
    """What the platform says about the room rather than in it, for the client to act on.

    preparing: the host's stream stopped (often only for seconds); live: it is back;
    login_notice: names are masked because the connection is not logged in; echo: the account's
    own post, shown in the room; session_end: the open platform ended the app session.
    """

    kind: Literal["preparing", "live", "login_notice", "echo", "session_end"]
    text: str = ""
    ts: float | None = None
    """When the platform sent it (PREPARING's `send_time`, in seconds), when it says."""


def _sent_from_me(meta: object) -> bool:
    """`send_from_me` of a DANMU_MSG's extra JSON (info[0][15]['extra'])."""
    if not isinstance(meta, list) or len(meta) < 16 or not isinstance(meta[15], dict):
        return False
    extra = meta[15].get("extra")
    if not isinstance(extra, str):
        return False
    data = _json_object(extra.encode())
    return data is not None and data.get("send_from_me") is True


def _send_time(body: dict[str, Any]) -> float | None:
    """A command's `send_time` in seconds; None when it has none that reads."""
    sent = _seconds(body.get("send_time"), math.nan)
    return None if math.isnan(sent) else sent


def room_notice(body: dict[str, Any], own_uid: int) -> Notice | None:
    """The notice a command is (None for the rest); `own_uid` (0: none) tells the account's echoes."""
    name = command_name(body)
    if name == "PREPARING":
        return Notice("preparing", ts=_send_time(body))
    if name == "LIVE":
        return Notice("live")
    if name == "LOG_IN_NOTICE":
        data = body.get("data")
        text = data.get("notice_msg") if isinstance(data, dict) else None
        return Notice("login_notice", text if isinstance(text, str) else "")
    if name == "DANMU_MSG":
        info = body.get("info")
        if not isinstance(info, list) or len(info) < 3 or not isinstance(info[1], str):
            return None
        sender = info[2]
        uid = sender[0] if isinstance(sender, list) and sender else None
        mine = own_uid > 0 and isinstance(uid, int) and not isinstance(uid, bool) and uid == own_uid
        if mine or _sent_from_me(info[0]):
            return Notice("echo", info[1])
    return None
