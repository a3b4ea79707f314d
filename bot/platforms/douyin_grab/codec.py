"""DouyinBarrageGrab's pushes (SPEC §5.4) as events, without I/O.

The tool runs beside 直播伴侣 or the Douyin web page on the host's PC and pushes every message
of the room as one WebSocket text frame: `{"Type": n, "ProcessName": "…", "Data": "<JSON>"}`,
where `Data` is the message serialised once more as a JSON string. Its types: 1 chat, 2 like,
3 member enter, 4 follow, 5 gift, 6 room statistics, 7 fans club, 8 share, 9 stream ended.
Every message has `MsgId`, `User` {`Id`, `DisplayId`, `Nickname`, …}, `Content` and `RoomId`;
a like adds `Count`/`Total`, an enter `CurrentCount`, a gift `GiftName`/`GiftCount` (this push's
increment)/`RepeatCount` (the combo so far), statistics `OnlineUserCount`/`TotalUserCount`.

The messages carry no time of their own: each is stamped with the receiver's `now`. A message
pushed twice (the same type and `MsgId`) gives its events once. Follows, fans-club news and
shares are read but mean nothing to the bot (`ignored`); unknown types and malformed frames are
counted and skipped, never raised.
"""

from __future__ import annotations

from typing import Any, Final

import orjson

from bot.events import Comment, End, Enter, Event, Gift, Like, User, Viewers
from bot.platforms.fields import count, ident, obj, text
from bot.platforms.seen import SeenIds

CHAT: Final = 1
LIKE: Final = 2
MEMBER: Final = 3
FOLLOW: Final = 4
GIFT: Final = 5
STATS: Final = 6
FANSCLUB: Final = 7
SHARE: Final = 8
ENDED: Final = 9

IGNORED_TYPES: Final[dict[int, str]] = {FOLLOW: "follow", FANSCLUB: "fansclub", SHARE: "share"}
"""Types the tool pushes that the bot has no use for."""

DEFAULT_GIFT: Final = "礼物"


def _user(data: dict[str, Any]) -> User | None:
    """The message's viewer: `User.Id` (else `DisplayId`) and `Nickname` (else the id)."""
    user = obj(data.get("User"))
    if user is None:
        return None
    uid = ident(user.get("Id"))
    if uid is None or uid == "0":
        uid = ident(user.get("DisplayId"))
    if uid is None:
        return None
    name = text(user.get("Nickname")) or uid
    return User(uid, name)


def _msg_id(data: dict[str, Any]) -> str | None:
    """The message's id (`MsgId`; 0 means none)."""
    mid = ident(data.get("MsgId"))
    return None if mid == "0" else mid


def _chat(data: dict[str, Any], now: float) -> list[Event] | None:
    """A chat message: a comment (it needs an id, a viewer and text)."""
    mid = _msg_id(data)
    user = _user(data)
    content = text(data.get("Content"))
    if mid is None or user is None or content is None:
        return None
    return [Comment(mid, now, user, content)]


def _like(data: dict[str, Any], now: float) -> list[Event] | None:
    """A like: `Count` taps (1 when absent)."""
    user = _user(data)
    taps = count(data.get("Count"), 1)
    if user is None or taps is None:
        return None
    return [Like(now, user, max(taps, 1))]


def _member(data: dict[str, Any], now: float) -> list[Event] | None:
    """A viewer enters."""
    user = _user(data)
    return None if user is None else [Enter(now, user)]


def _gift(data: dict[str, Any], now: float) -> list[Event] | None:
    """A gift: this push's `GiftCount` (else the combo's `RepeatCount`, else 1) of `GiftName`."""
    user = _user(data)
    if user is None:
        return None
    name = text(data.get("GiftName")) or DEFAULT_GIFT
    gifts = count(data.get("GiftCount"), 0)
    if not gifts:
        gifts = count(data.get("RepeatCount"), 0)
    if gifts is None:
        return None
    return [Gift(now, user, name, gifts or 1)]


def _stats(data: dict[str, Any], now: float) -> list[Event] | None:
    """Room statistics: the viewers online now."""
    online = count(data.get("OnlineUserCount"))
    return None if online is None else [Viewers(now, online)]


def _ended(data: dict[str, Any], now: float) -> list[Event] | None:
    """The stream ended."""
    return [End(now)]


_BUILDERS: Final = {CHAT: _chat, LIKE: _like, MEMBER: _member, GIFT: _gift, STATS: _stats, ENDED: _ended}


def envelope(frame: object) -> tuple[int, dict[str, Any]] | None:
    """A parsed frame's type and its message (the `Data` string parsed); None when malformed."""
    outer = obj(frame)
    if outer is None:
        return None
    kind = outer.get("Type")
    if isinstance(kind, bool) or not isinstance(kind, int):
        return None
    data: object = outer.get("Data")
    if isinstance(data, (str, bytes)):
        try:
            data = orjson.loads(data)
        except orjson.JSONDecodeError:
            return None
    inner = obj(data)
    return None if inner is None else (kind, inner)


def looks_like_frame(value: object) -> bool:
    """Whether a parsed JSON value has the tool's envelope (`Type` and `Data`), for format detection."""
    return isinstance(value, dict) and "Type" in value and "Data" in value


class DouyinGrabDecoder:
    """The tool's frames in, events out; remembers message ids and counts what it skips."""

    def __init__(self, window: int = 100_000) -> None:
        """Start with zero counts, remembering the last `window` message ids."""
        self.malformed = 0
        self.unknown: dict[str, int] = {}
        self.ignored: dict[str, int] = {}
        self.seen = SeenIds(window)

    @property
    def duplicates(self) -> int:
        """Messages pushed again and skipped."""
        return self.seen.repeats

    def skipped(self) -> dict[str, int]:
        """Frames that gave no event so far, by reason."""
        return {
            "malformed frame": self.malformed,
            "message seen before": self.duplicates,
            "unknown type": sum(self.unknown.values()),
            "ignored type": sum(self.ignored.values()),
        }

    def feed(self, frame: str | bytes, now: float) -> list[Event]:
        """One text frame as its events (none for a repeat, an ignored type or a bad frame)."""
        try:
            parsed = orjson.loads(frame)
        except orjson.JSONDecodeError:
            self.malformed += 1
            return []
        return self.feed_object(parsed, now)

    def feed_object(self, parsed: object, now: float) -> list[Event]:
        """An already parsed frame, as `feed`."""
        found = envelope(parsed)
        if found is None:
            self.malformed += 1
            return []
        kind, data = found
        ignored = IGNORED_TYPES.get(kind)
        if ignored is not None:
            self.ignored[ignored] = self.ignored.get(ignored, 0) + 1
            return []
        build = _BUILDERS.get(kind)
        if build is None:
            name = str(kind)
            if name in self.unknown or len(self.unknown) < 100:
                self.unknown[name] = self.unknown.get(name, 0) + 1
            return []
        events = build(data, now)
        if events is None:
            self.malformed += 1
            return []
        mid = _msg_id(data)
        if mid is not None and not self.seen.first(f"{kind}:{mid}"):
            return []
        return events
