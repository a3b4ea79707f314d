"""wxlivespy's forwarded batches (SPEC §5.5) as events, without I/O.

wxlivespy reads 视频号助手 in the host's own logged-in browser and POSTs what it decoded to a URL
it is given, as JSON (gzip-compressed with `Content-Encoding: gzip` when so configured):
`{"host_info": {…}, "live_info": {"live_status": 1|2, "online_count": n, …}, "events": [{…}]}`.
An event has `decoded_type` (comment, enter, gift, combogift, like, levelup, unknown), `msg_id`,
`seq` (the room's message number, which the tool may send again), `msg_time` (ms), `nickname`,
`content`, `decoded_openid` (stable for a viewer across one host's streams) and `sec_openid`;
a gift adds `gift_num` and `sec_gift_id`, a combo gift `combo_product_count`.

A batch sent again gives nothing new: events are remembered by `msg_id` (else `seq`), and the
viewer figure only counts when it changes. `live_status` 2 ends the stream. A body that is not
such an object is malformed (the shell answers 400); a bad event inside a good body is counted
and skipped.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any, Final

import orjson

from bot.events import Comment, End, Enter, Event, Gift, Like, User, Viewers
from bot.platforms.fields import count, ident, obj, text, unix_seconds
from bot.platforms.seen import SeenIds

LIVE: Final = 1
ENDED: Final = 2
MAX_BODY: Final = 8 << 20
"""The largest body accepted once decompressed, in bytes."""
GZIP_MAGIC: Final = b"\x1f\x8b"
DEFAULT_GIFT: Final = "礼物"
IGNORED_TYPES: Final = frozenset({"levelup"})


class MalformedBody(ValueError):
    """A POST body that is not a wxlivespy batch (the reason is the message)."""


def gunzip(body: bytes, limit: int = MAX_BODY) -> bytes:
    """A gzip body decompressed, refusing more than `limit` bytes of output."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit)
    except zlib.error as exc:
        raise MalformedBody(f"not gzip ({exc})") from None
    if inflater.unconsumed_tail:
        raise MalformedBody(f"more than {limit} bytes once decompressed")
    return out


def parse_body(body: bytes, content_encoding: str | None = None) -> dict[str, Any]:
    """The batch object of a POST body (gzip by its magic bytes); raises MalformedBody.

    A body sent with `Content-Encoding: gzip` that is no longer gzip was inflated on the way
    (the web server does that) and is read as it is.
    """
    if body.startswith(GZIP_MAGIC):
        body = gunzip(body)
    elif (content_encoding or "").strip().lower() == "gzip" and not body.lstrip().startswith((b"{", b"[")):
        raise MalformedBody("Content-Encoding: gzip, but the body is neither gzip nor JSON")
    if len(body) > MAX_BODY:
        raise MalformedBody(f"more than {MAX_BODY} bytes")
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise MalformedBody(f"not JSON ({exc})") from None
    return batch_of(parsed)


def batch_of(parsed: object) -> dict[str, Any]:
    """A parsed body as the batch (also inside the tool's `decoded_data` wrapper); raises MalformedBody."""
    batch = obj(parsed)
    if batch is None:
        raise MalformedBody("not a JSON object")
    inner = obj(batch.get("decoded_data"))
    if inner is not None and "events" not in batch:
        batch = inner
    events = batch.get("events", [])
    if not isinstance(events, list):
        raise MalformedBody("`events` is not a list")
    if "live_info" in batch and batch["live_info"] is not None and obj(batch["live_info"]) is None:
        raise MalformedBody("`live_info` is not an object")
    if "events" not in batch and "live_info" not in batch:
        raise MalformedBody("neither `events` nor `live_info`")
    return batch


def looks_like_batch(value: object) -> bool:
    """Whether a parsed JSON value is a wxlivespy batch, for format detection."""
    if not isinstance(value, dict):
        return False
    if isinstance(value.get("decoded_data"), dict):
        value = value["decoded_data"]
        assert isinstance(value, dict)
    return isinstance(value.get("events"), list) and "live_info" in value


def _user(event: dict[str, Any]) -> User | None:
    """The event's viewer: `decoded_openid` (else `sec_openid`) and `nickname`."""
    uid = ident(event.get("decoded_openid")) or ident(event.get("sec_openid"))
    if uid is None:
        return None
    return User(uid, text(event.get("nickname")) or uid)


def _key(event: dict[str, Any]) -> str | None:
    """What tells an event from every other: its `msg_id`, else its `seq`."""
    mid = ident(event.get("msg_id"))
    if mid is not None:
        return mid
    seq = count(event.get("seq"))
    return None if seq is None else f"seq:{seq}"


@dataclass
class WxLiveSpyDecoder:
    """Batches in, events out; remembers events and the viewer figure, counts what it skips."""

    malformed: int = 0
    """Bodies that were not a batch."""
    bad_events: int = 0
    """Events inside a good batch that could not be read."""
    unknown: dict[str, int] = field(default_factory=dict)
    ignored: dict[str, int] = field(default_factory=dict)
    ended: bool = False
    last_online: int | None = None
    seen: SeenIds = field(default_factory=SeenIds)
    """The memory of event ids (the last 100,000)."""

    @property
    def duplicates(self) -> int:
        """Events sent again and skipped."""
        return self.seen.repeats

    def feed(self, body: bytes, content_encoding: str | None, now: float) -> list[Event]:
        """One POST body as its new events; raises MalformedBody (and counts it) for a bad body."""
        try:
            batch = parse_body(body, content_encoding)
        except MalformedBody:
            self.malformed += 1
            raise
        return self.feed_batch(batch, now)

    def feed_object(self, parsed: object, now: float) -> list[Event]:
        """An already parsed body, as `feed`."""
        try:
            batch = batch_of(parsed)
        except MalformedBody:
            self.malformed += 1
            raise
        return self.feed_batch(batch, now)

    def feed_batch(self, batch: dict[str, Any], now: float) -> list[Event]:
        """A checked batch's new events, then its viewer figure and its end, in that order."""
        out: list[Event] = []
        latest: float | None = None
        for item in batch.get("events", []):
            event = obj(item)
            if event is None:
                self.bad_events += 1
                continue
            ts = unix_seconds(event.get("msg_time"))
            ts = now if ts is None else ts
            built = self._event(event, ts)
            if built is None:
                continue
            latest = ts if latest is None else max(latest, ts)
            out.append(built)
        stamp = now if latest is None else latest
        info = obj(batch.get("live_info")) or {}
        online = count(info.get("online_count"))
        if online is not None and online != self.last_online:
            self.last_online = online
            out.append(Viewers(stamp, online))
        if info.get("live_status") == ENDED and not self.ended:
            self.ended = True
            out.append(End(stamp))
        return out

    def _event(self, event: dict[str, Any], ts: float) -> Event | None:
        """One event of a batch, or None (counted) when bad, unknown, ignored or seen already."""
        kind = text(event.get("decoded_type"))
        if kind is None:
            self.bad_events += 1
            return None
        if kind in IGNORED_TYPES:
            self.ignored[kind] = self.ignored.get(kind, 0) + 1
            return None
        if kind not in ("comment", "enter", "gift", "combogift", "like"):
            if kind in self.unknown or len(self.unknown) < 100:
                self.unknown[kind] = self.unknown.get(kind, 0) + 1
            return None
        key = _key(event)
        user = _user(event)
        if key is None or user is None:
            self.bad_events += 1
            return None
        built = self._build(kind, event, key, user, ts)
        if built is None:
            self.bad_events += 1
            return None
        if not self.seen.first(key):
            return None
        return built

    @staticmethod
    def _build(kind: str, event: dict[str, Any], key: str, user: User, ts: float) -> Event | None:
        """The bot's event for a readable wxlivespy event."""
        if kind == "comment":
            content = text(event.get("content"))
            return None if content is None else Comment(key, ts, user, content)
        if kind == "enter":
            return Enter(ts, user)
        if kind == "like":
            return Like(ts, user, 1)
        name = ident(event.get("sec_gift_id")) or DEFAULT_GIFT
        if kind == "gift":
            gifts = count(event.get("gift_num"), 1)
            return None if gifts is None else Gift(ts, user, name, max(gifts, 1))
        # A combo's `combo_product_count` is its running total, not an increment: one gift more.
        return Gift(ts, user, name, 1)
