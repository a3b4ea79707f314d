"""daigang-ws v1 (SPEC §5.1): the generic live-room protocol's JSON text frames, without I/O.

Bot side: `RoomDecoder` turns room → bot frames into events and `encode_post` writes our posts.
Room side (`daigang room`): `encode_event` writes events as frames, `BotFrameDecoder` reads the
bot's posts and `encode_ack` answers them. Unknown types and malformed frames are counted and
skipped, never raised.

What a frame must hold to be well formed: `type` a string; `ts` a finite number (a missing `ts`
takes the receiver's `now`); ids a non-empty string (an integer is taken as its decimal string);
a comment needs `id`, `user.id` and `text`; a user's missing `name` defaults to its id; counts
are non-negative integers (`like`/`gift` count defaults to 1); a feature's `job` is a string or
null; an ack needs `id` and a boolean `ok`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Literal

import orjson

from bot.events import Ack, Comment, End, Enter, Event, Feature, Gift, Like, Post, User, Viewers

Problem = Literal["malformed", "unknown"]
"""Why a frame gave no event."""

MAX_UNKNOWN_NAMES: Final = 100
"""Distinct unknown type names counted one by one; the rest share `OTHER_UNKNOWN`."""

OTHER_UNKNOWN: Final = "(other)"

_MISSING: Final = object()


def _ident(value: object) -> str | None:
    """A non-empty id: a string, or an integer as its decimal string."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _number(value: object) -> float | None:
    """A finite number as a float (booleans are not numbers here)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number):
            return number
    return None


def _ts(obj: dict[str, Any], now: float) -> float | None:
    """The frame's `ts`, `now` when absent or null, None when it is not a number."""
    value = obj.get("ts")
    if value is None:
        return now
    return _number(value)


def _count(obj: dict[str, Any], default: int | None) -> int | None:
    """A non-negative integer `count`, `default` when absent."""
    value = obj.get("count", _MISSING)
    if value is _MISSING:
        return default
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _user(value: object) -> User | None:
    """A `{"id", "name"}` object as a User (name defaults to the id)."""
    if not isinstance(value, dict):
        return None
    uid = _ident(value.get("id"))
    if uid is None:
        return None
    name = value.get("name", uid)
    if name is None:
        name = uid
    if not isinstance(name, str):
        return None
    return User(uid, name)


def comment_event(obj: dict[str, Any], now: float) -> Comment | None:
    """A comment frame (its `type` already read) as a comment, None when it is malformed."""
    cid, text, user, ts = obj.get("id"), obj.get("text"), obj.get("user"), obj.get("ts")
    if type(cid) is str and cid and type(text) is str and type(user) is dict and type(ts) is float:
        # The usual frame, checked in one go (what the general path below would make of it).
        uid, name = user.get("id"), user.get("name")
        if type(uid) is str and uid and type(name) is str and math.isfinite(ts):
            return Comment(cid, ts, User(uid, name), text)
    return _any_comment(obj, now)


def _any_comment(obj: dict[str, Any], now: float) -> Comment | None:
    """A comment frame, each field read as the protocol allows (ids as integers, no name, no time)."""
    cid = _ident(obj.get("id"))
    text = obj.get("text")
    user = _user(obj.get("user"))
    ts = _ts(obj, now)
    if cid is None or not isinstance(text, str) or user is None or ts is None:
        return None
    return Comment(cid, ts, user, text)


def _feature(obj: dict[str, Any], now: float) -> Event | None:
    """A feature frame (`job` null: nothing featured)."""
    job = obj.get("job", _MISSING)
    ts = _ts(obj, now)
    if ts is None or job is _MISSING:
        return None
    if job is None:
        return Feature(ts, None)
    job_id = _ident(job)
    return None if job_id is None else Feature(ts, job_id)


def _enter(obj: dict[str, Any], now: float) -> Event | None:
    """An enter frame."""
    user = _user(obj.get("user"))
    ts = _ts(obj, now)
    if user is None or ts is None:
        return None
    return Enter(ts, user)


def _like(obj: dict[str, Any], now: float) -> Event | None:
    """A like frame."""
    user = _user(obj.get("user"))
    ts = _ts(obj, now)
    count = _count(obj, 1)
    if user is None or ts is None or count is None:
        return None
    return Like(ts, user, count)


def _gift(obj: dict[str, Any], now: float) -> Event | None:
    """A gift frame."""
    user = _user(obj.get("user"))
    ts = _ts(obj, now)
    gift = obj.get("gift")
    count = _count(obj, 1)
    if user is None or ts is None or not isinstance(gift, str) or count is None:
        return None
    return Gift(ts, user, gift, count)


def _viewers(obj: dict[str, Any], now: float) -> Event | None:
    """A viewer-count frame."""
    ts = _ts(obj, now)
    count = _count(obj, None)
    if ts is None or count is None:
        return None
    return Viewers(ts, count)


def _end(obj: dict[str, Any], now: float) -> Event | None:
    """An end frame."""
    ts = _ts(obj, now)
    return None if ts is None else End(ts)


def _ack(obj: dict[str, Any], now: float) -> Event | None:
    """An ack frame: it carries no time, so it takes `now`."""
    pid = _ident(obj.get("id"))
    ok = obj.get("ok")
    reason = obj.get("reason")
    if pid is None or not isinstance(ok, bool) or not (reason is None or isinstance(reason, str)):
        return None
    return Ack(now, pid, ok, reason)


_ROOM_FRAMES: Final[dict[str, Callable[[dict[str, Any], float], Event | None]]] = {
    "comment": comment_event,
    "feature": _feature,
    "enter": _enter,
    "like": _like,
    "gift": _gift,
    "viewers": _viewers,
    "end": _end,
    "ack": _ack,
}

ROOM_FRAME_TYPES: Final = frozenset(_ROOM_FRAMES)
"""The room → bot frame types this version knows."""


def object_to_event(obj: object, now: float) -> Event | Problem:
    """One parsed room → bot frame as an event, or why it gives none."""
    if not isinstance(obj, dict):
        return "malformed"
    kind = obj.get("type")
    if not isinstance(kind, str):
        return "malformed"
    build = _ROOM_FRAMES.get(kind)
    if build is None:
        return "unknown"
    event = build(obj, now)
    return "malformed" if event is None else event


def _bump(counter: dict[str, int], name: str) -> None:
    """Count `name`, folding names past the first `MAX_UNKNOWN_NAMES` into one bucket."""
    if name not in counter and len(counter) >= MAX_UNKNOWN_NAMES:
        name = OTHER_UNKNOWN
    counter[name] = counter.get(name, 0) + 1


class RoomDecoder:
    """Room → bot frames in, events out; counts what it skips."""

    def __init__(self) -> None:
        """Start with zero counts."""
        self.malformed = 0
        self.unknown: dict[str, int] = {}

    def feed(self, frame: str | bytes, now: float) -> Event | None:
        """One text frame as an event; None (and a count) for unknown types and malformed frames."""
        try:
            obj = orjson.loads(frame)
        except orjson.JSONDecodeError:
            self.malformed += 1
            return None
        return self.feed_object(obj, now)

    def feed_object(self, obj: object, now: float) -> Event | None:
        """An already parsed frame as an event, counted like `feed`."""
        result = object_to_event(obj, now)
        if result == "malformed":
            self.malformed += 1
            return None
        if result == "unknown":
            assert isinstance(obj, dict)
            _bump(self.unknown, obj["type"])
            return None
        assert not isinstance(result, str)
        return result


def _dumps(obj: dict[str, Any]) -> str:
    """Compact JSON text."""
    return orjson.dumps(obj).decode()


def encode_post(post: Post) -> str:
    """Our post as a bot → room frame: a `card` for card posts, else a `post`."""
    if post.kind == "card":
        return _dumps({"type": "card", "id": post.id, "job": post.job, "text": post.text})
    return _dumps({"type": "post", "id": post.id, "text": post.text, "reply_to": list(post.reply_to)})


def _user_obj(user: User) -> dict[str, str]:
    """A user as its frame object."""
    return {"id": user.id, "name": user.name}


def encode_event(event: Event) -> str:
    """A room event as a room → bot frame (comment, feature, enter, like, gift, viewers, end)."""
    match event:
        case Comment(id=cid, ts=ts, user=user, text=text):
            obj: dict[str, Any] = {"type": "comment", "id": cid, "ts": ts, "user": _user_obj(user)}
            obj["text"] = text
        case Feature(ts=ts, job=job):
            obj = {"type": "feature", "ts": ts, "job": job}
        case Enter(ts=ts, user=user):
            obj = {"type": "enter", "ts": ts, "user": _user_obj(user)}
        case Like(ts=ts, user=user, count=count):
            obj = {"type": "like", "ts": ts, "user": _user_obj(user), "count": count}
        case Gift(ts=ts, user=user, gift=gift, count=count):
            obj = {"type": "gift", "ts": ts, "user": _user_obj(user), "gift": gift, "count": count}
        case Viewers(ts=ts, count=count):
            obj = {"type": "viewers", "ts": ts, "count": count}
        case End(ts=ts):
            obj = {"type": "end", "ts": ts}
        case _:
            raise TypeError(f"{type(event).__name__} is not sent by a room")
    return _dumps(obj)


def encode_ack(id: str, ok: bool, reason: str | None) -> str:
    """The room's answer to a post (`reason` only when given)."""
    obj: dict[str, Any] = {"type": "ack", "id": id, "ok": ok}
    if reason is not None:
        obj["reason"] = reason
    return _dumps(obj)


@dataclass(frozen=True, slots=True)
class OutgoingPost:
    """A bot → room frame as the room reads it."""

    id: str
    kind: Literal["post", "card"]
    text: str
    reply_to: tuple[str, ...] = ()
    job: str | None = None


def _reply_to(value: object) -> tuple[str, ...] | None:
    """A list of comment ids (absent or null: none)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        return None
    ids = tuple(_ident(item) for item in value)
    if any(item is None for item in ids):
        return None
    return tuple(item for item in ids if item is not None)


class BotFrameDecoder:
    """Bot → room frames in, `OutgoingPost`s out; counts what it skips."""

    def __init__(self) -> None:
        """Start with zero counts."""
        self.malformed = 0
        self.unknown: dict[str, int] = {}

    def feed(self, frame: str | bytes) -> OutgoingPost | None:
        """One text frame as a post; None (and a count) for unknown types and malformed frames."""
        try:
            obj = orjson.loads(frame)
        except orjson.JSONDecodeError:
            self.malformed += 1
            return None
        post = self._post(obj)
        kind = obj.get("type") if isinstance(obj, dict) else None
        if post is None and isinstance(kind, str) and kind not in ("post", "card"):
            _bump(self.unknown, kind)
            return None
        if post is None:
            self.malformed += 1
        return post

    @staticmethod
    def _post(obj: object) -> OutgoingPost | None:
        """A parsed post or card frame, None when it is anything else."""
        if not isinstance(obj, dict):
            return None
        kind = obj.get("type")
        pid = _ident(obj.get("id"))
        text = obj.get("text")
        if pid is None or not isinstance(text, str):
            return None
        if kind == "post":
            reply_to = _reply_to(obj.get("reply_to"))
            return None if reply_to is None else OutgoingPost(pid, "post", text, reply_to)
        if kind == "card":
            job = obj.get("job")
            if job is None:
                return OutgoingPost(pid, "card", text)
            job_id = _ident(job)
            return None if job_id is None else OutgoingPost(pid, "card", text, (), job_id)
        return None
