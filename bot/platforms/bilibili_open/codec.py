"""Bilibili's live open platform (直播开放平台), pure: request signing and its message commands.

Every request to the platform's HTTP API carries `x-bili-*` headers and an `Authorization` that
is the HMAC-SHA256 (hex) of those headers, sorted by name and written `name:value` one per line,
under the developer's access key secret. `x-bili-content-md5` is the MD5 of the body, the nonce
is fresh for each request and the timestamp is Unix seconds.

The danmaku feed speaks the danmaku protocol of the web room (the same packets), authenticated
with the `auth_body` the app session's start hands out; its commands are named
`LIVE_OPEN_PLATFORM_*` and carry the viewer's `open_id` (stable per app) and unmasked `uname`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from typing import Any, Final

from bot.events import Comment, Enter, Event, Gift, Like, User
from bot.platforms.bilibili.codec import Notice, command_name

SIGNATURE_METHOD: Final = "HMAC-SHA256"
SIGNATURE_VERSION: Final = "1.0"
SIGNED: Final = (
    "x-bili-accesskeyid",
    "x-bili-content-md5",
    "x-bili-signature-method",
    "x-bili-signature-nonce",
    "x-bili-signature-version",
    "x-bili-timestamp",
)
"""The headers the signature covers, in the order they are written (sorted by name)."""


def signature(headers: Mapping[str, str], secret: str) -> str:
    """The `Authorization` value for these `x-bili-*` headers."""
    text = "\n".join(f"{name}:{headers[name]}" for name in SIGNED)
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def signed_headers(body: bytes, key_id: str, secret: str, timestamp: int, nonce: str) -> dict[str, str]:
    """Every header of one request to the platform's HTTP API."""
    headers = {
        "x-bili-accesskeyid": key_id,
        "x-bili-content-md5": hashlib.md5(body, usedforsecurity=False).hexdigest(),
        "x-bili-signature-method": SIGNATURE_METHOD,
        "x-bili-signature-nonce": nonce,
        "x-bili-signature-version": SIGNATURE_VERSION,
        "x-bili-timestamp": str(timestamp),
    }
    return {
        "Accept": "application/json",
        "Content-Type": "application/json",
        **headers,
        "Authorization": signature(headers, secret),
    }


# ---------------------------------------------------------------- commands


def _text(value: object) -> str | None:
    """A non-empty string."""
    return value if isinstance(value, str) and value else None


def _count(value: object, default: int = 1) -> int:
    """A positive count."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return default


def _ts(value: object, now: float) -> float:
    """A timestamp in seconds (milliseconds read as such), `now` when there is none."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return now
    return value / 1000 if value > 1e11 else float(value)


def _viewer(data: Mapping[str, Any]) -> User | None:
    """The viewer of a command: `open_id` (the uid when an old body has no open_id), and the name."""
    who = _text(data.get("open_id"))
    if who is None:
        uid = data.get("uid")
        who = str(uid) if isinstance(uid, int) and not isinstance(uid, bool) and uid > 0 else None
    if who is None:
        return None
    return User(who, _text(data.get("uname")) or who)


def _dm(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_DM: a comment."""
    user, text = _viewer(data), _text(data.get("msg"))
    msg_id = _text(data.get("msg_id"))
    if user is None or text is None or msg_id is None:
        return None
    return Comment(f"od-{msg_id}", _ts(data.get("timestamp"), now), user, text)


def _super_chat(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_SUPER_CHAT: a paid comment, a comment all the same."""
    user, text = _viewer(data), _text(data.get("message"))
    sc_id = data.get("message_id")
    if user is None or text is None or sc_id is None:
        return None
    return Comment(f"osc-{sc_id}", _ts(data.get("start_time") or data.get("timestamp"), now), user, text)


def _gift(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_SEND_GIFT: a gift."""
    user, gift = _viewer(data), _text(data.get("gift_name"))
    if user is None or gift is None:
        return None
    return Gift(_ts(data.get("timestamp"), now), user, gift, _count(data.get("gift_num")))


def _guard(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_GUARD: a guard bought, a gift."""
    info = data.get("user_info")
    user = _viewer(info) if isinstance(info, dict) else None
    if user is None:
        return None
    level = _count(data.get("guard_level"), 0)
    return Gift(_ts(data.get("timestamp"), now), user, f"guard{level}", _count(data.get("guard_num")))


def _like(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_LIKE: likes."""
    user = _viewer(data)
    if user is None:
        return None
    return Like(_ts(data.get("timestamp"), now), user, _count(data.get("like_count")))


def _enter(data: Mapping[str, Any], now: float) -> Event | None:
    """LIVE_OPEN_PLATFORM_LIVE_ROOM_ENTER: a viewer enters."""
    user = _viewer(data)
    if user is None:
        return None
    return Enter(_ts(data.get("timestamp"), now), user)


_COMMANDS: Final[dict[str, Callable[[Mapping[str, Any], float], Event | None]]] = {
    "LIVE_OPEN_PLATFORM_DM": _dm,
    "LIVE_OPEN_PLATFORM_SUPER_CHAT": _super_chat,
    "LIVE_OPEN_PLATFORM_SEND_GIFT": _gift,
    "LIVE_OPEN_PLATFORM_GUARD": _guard,
    "LIVE_OPEN_PLATFORM_LIKE": _like,
    "LIVE_OPEN_PLATFORM_LIVE_ROOM_ENTER": _enter,
}

INTERACTION_END: Final = "LIVE_OPEN_PLATFORM_INTERACTION_END"
"""The app session ended (no heartbeat for 60 s): start a new one."""


def open_command(
    body: dict[str, Any], now: float, unknown: dict[str, int] | None = None
) -> Event | Notice | None:
    """A command of the open platform's feed as an event or a notice about the room (None: neither)."""
    name = command_name(body)
    if name == "LIVE_OPEN_PLATFORM_LIVE_END":
        return Notice("preparing")
    if name == "LIVE_OPEN_PLATFORM_LIVE_START":
        return Notice("live")
    if name == INTERACTION_END:
        return Notice("session_end")
    data = body.get("data")
    handler = _COMMANDS.get(name) if name is not None else None
    if handler is None or not isinstance(data, dict):
        if unknown is not None:
            label = name or "(no cmd)"
            unknown[label] = unknown.get(label, 0) + 1
        return None
    return handler(data, now)
