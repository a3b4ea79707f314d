"""Douyin's official data push for 直播小玩法 (live interactive apps), without I/O.

Once a host's app is mounted in the room and a push task is started for a message type, the
platform POSTs each batch to the developer's URL with the headers `x-nonce-str`, `x-timestamp`
(ms), `x-roomid`, `x-msg-type` (`live_comment`, `live_gift`, `live_like`) and `x-signature`, and a
JSON body: the list of that type's payloads. Every payload has `msg_id`, `sec_openid`,
`nickname`, `avatar_url` and `timestamp`; a comment adds `content`, a gift `sec_gift_id`,
`gift_num` and `gift_value`, a like `like_num`.

The signature: the four `x-` headers (all but `x-signature`) sorted by name and joined as
`name=value&…`, then the body and the app's secret appended as they are, the MD5 of those UTF-8
bytes, base64-encoded. A push must be answered within 2 s (3 s for gifts) with a 2xx, else it
counts as failed; the same message may come more than once, so payloads are remembered by
`msg_id`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import orjson

from bot.events import Comment, Event, Gift, Like, User
from bot.platforms.fields import count, ident, obj, text, unix_seconds
from bot.platforms.seen import SeenIds

SIGNED_HEADERS: Final = ("x-msg-type", "x-nonce-str", "x-roomid", "x-timestamp")
"""The headers that go into the signature, in the order they are joined."""
COMMENT: Final = "live_comment"
GIFT: Final = "live_gift"
LIKE: Final = "live_like"
MSG_TYPES: Final = frozenset({COMMENT, GIFT, LIKE})
DEADLINE: Final[dict[str, float]] = {COMMENT: 2.0, GIFT: 3.0, LIKE: 2.0}
"""Seconds the platform waits for the answer before it counts the push as failed."""
DEFAULT_GIFT: Final = "礼物"


class BadPush(ValueError):
    """A push that is not signed right or cannot be read (the reason is the message)."""


def signature(headers: Mapping[str, str], body: bytes, secret: str) -> str:
    """The platform's signature of a push: base64(md5(sorted `name=value&…` + body + secret))."""
    lowered = {k.lower(): v for k, v in headers.items()}
    joined = "&".join(f"{name}={lowered.get(name, '')}" for name in SIGNED_HEADERS)
    digest = hashlib.md5(joined.encode() + body + secret.encode(), usedforsecurity=False).digest()
    return base64.b64encode(digest).decode()


def verify(headers: Mapping[str, str], body: bytes, secret: str) -> None:
    """Raise BadPush unless the push carries every signed header and the right signature."""
    lowered = {k.lower(): v for k, v in headers.items()}
    missing = [name for name in (*SIGNED_HEADERS, "x-signature") if not lowered.get(name)]
    if missing:
        raise BadPush(f"missing header {', '.join(missing)}")
    expected = signature(lowered, body, secret)
    if not hmac.compare_digest(expected.encode(), lowered["x-signature"].strip().encode()):
        raise BadPush("signature does not match")


def payloads(body: bytes) -> list[dict[str, Any]]:
    """The payloads of a push body (a JSON list of objects, or one object); raises BadPush."""
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BadPush(f"body is not JSON ({exc})") from None
    items = parsed if isinstance(parsed, list) else [parsed]
    found = [o for o in (obj(item) for item in items) if o is not None]
    if len(found) != len(items):
        raise BadPush("body is not a list of objects")
    return found


def _user(item: dict[str, Any]) -> User | None:
    """The payload's viewer: `sec_openid` and `nickname`."""
    uid = ident(item.get("sec_openid"))
    if uid is None:
        return None
    return User(uid, text(item.get("nickname")) or uid)


def payload_event(msg_type: str, item: dict[str, Any], now: float) -> Event | None:
    """One payload as the bot's event, None when it lacks what its type needs."""
    user = _user(item)
    mid = ident(item.get("msg_id"))
    if user is None or mid is None:
        return None
    ts = unix_seconds(item.get("timestamp"))
    ts = now if ts is None else ts
    if msg_type == COMMENT:
        content = text(item.get("content"))
        return None if content is None else Comment(mid, ts, user, content)
    if msg_type == GIFT:
        gifts = count(item.get("gift_num"), 1)
        name = ident(item.get("sec_gift_id")) or DEFAULT_GIFT
        return None if gifts is None else Gift(ts, user, name, max(gifts, 1))
    if msg_type == LIKE:
        taps = count(item.get("like_num"), 1)
        return None if taps is None else Like(ts, user, max(taps, 1))
    return None


@dataclass
class PushDecoder:
    """Signed pushes in, new events out; remembers message ids and counts what it refuses."""

    secret: str
    refused: dict[str, int] = field(default_factory=dict)
    """Pushes refused, by reason (signature, malformed, type)."""
    bad_payloads: int = 0
    seen: SeenIds = field(default_factory=SeenIds)
    """The memory of message ids (the last 100,000)."""

    @property
    def duplicates(self) -> int:
        """Payloads pushed again and skipped."""
        return self.seen.repeats

    def _refuse(self, reason: str, message: str) -> BadPush:
        """Count a refused push and make its error."""
        self.refused[reason] = self.refused.get(reason, 0) + 1
        return BadPush(message)

    def feed(self, headers: Mapping[str, str], body: bytes, now: float) -> list[Event]:
        """One push: its signature checked, then its new events; raises BadPush (counted)."""
        try:
            verify(headers, body, self.secret)
        except BadPush as exc:
            raise self._refuse("signature", str(exc)) from None
        msg_type = {k.lower(): v for k, v in headers.items()}["x-msg-type"].strip()
        if msg_type not in MSG_TYPES:
            raise self._refuse("type", f"unknown x-msg-type {msg_type[:40]}")
        try:
            items = payloads(body)
        except BadPush as exc:
            raise self._refuse("malformed", str(exc)) from None
        out: list[Event] = []
        for item in items:
            event = payload_event(msg_type, item, now)
            if event is None:
                self.bad_payloads += 1
                continue
            if self.seen.first(f"{msg_type}:{item['msg_id']}"):
                out.append(event)
        return out
