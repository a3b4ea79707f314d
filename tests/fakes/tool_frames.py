"""Messages as DouyinBarrageGrab, wxlivespy and Douyin's data push write them, built apart from the bot.

DouyinBarrageGrab serialises each message with Newtonsoft.Json (PascalCase properties, numbers
as numbers) and wraps it, once more serialised, in `{"Type", "ProcessName", "Data"}`. wxlivespy
forwards `{"host_info", "live_info", "events"}` with snake_case keys. Douyin's push is a JSON
list of payloads with a signature over four headers.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from typing import Any


def _douyin_user(uid: int, name: str) -> dict[str, Any]:
    """A MsgUser as the tool writes it."""
    return {
        "Id": uid,
        "ShortId": uid % 100000,
        "DisplayId": f"dy{uid}",
        "Nickname": name,
        "Level": 0,
        "PayLevel": 3,
        "Gender": 1,
        "HeadImgUrl": "",
        "SecUid": f"MS4w{uid}",
        "FansClub": {"ClubName": "", "Level": 0},
        "FollowerCount": 12,
        "FollowStatus": 0,
        "FollowingCount": 3,
    }


def douyin_frame(kind: int, msg_id: int, uid: int = 0, name: str = "", **fields: Any) -> str:
    """One pushed frame: `Type` kind, the message (with `fields`) serialised into `Data`."""
    data: dict[str, Any] = {
        "MsgId": msg_id,
        "User": _douyin_user(uid, name) if uid else None,
        "Content": fields.pop("Content", ""),
        "RoomId": 7350000000000000001,
        "WebRoomId": 123456789,
    }
    data.update(fields)
    return json.dumps(
        {"Type": kind, "ProcessName": "直播伴侣", "Data": json.dumps(data, ensure_ascii=False)},
        ensure_ascii=False,
    )


def douyin_chat(msg_id: int, uid: int, name: str, content: str) -> str:
    """A chat message (Type 1)."""
    return douyin_frame(1, msg_id, uid, name, Content=content)


def douyin_like(msg_id: int, uid: int, name: str, n: int) -> str:
    """A like (Type 2)."""
    return douyin_frame(2, msg_id, uid, name, Count=n, Total=1000 + n, Content=f"{name} 为主播点赞了")


def douyin_member(msg_id: int, uid: int, name: str, current: int) -> str:
    """A viewer enters (Type 3)."""
    return douyin_frame(3, msg_id, uid, name, CurrentCount=current, Content=f"{name} 来了")


def douyin_gift(msg_id: int, uid: int, name: str, gift: str, n: int) -> str:
    """A gift (Type 5)."""
    return douyin_frame(
        5, msg_id, uid, name, GiftId=463, GiftName=gift, GroupId=1, GiftCount=n, RepeatCount=n, DiamondCount=1
    )


def douyin_stats(msg_id: int, online: int) -> str:
    """Room statistics (Type 6)."""
    return douyin_frame(
        6,
        msg_id,
        OnlineUserCount=online,
        TotalUserCount=online * 5,
        OnlineUserCountStr=str(online),
        TotalUserCountStr=str(online * 5),
    )


def douyin_end(msg_id: int) -> str:
    """The stream ended (Type 9)."""
    return douyin_frame(9, msg_id, Content="直播已结束")


def wx_event(
    kind: str, seq: int, openid: str, name: str, content: str = "", ms: int = 1732800000000, **extra: Any
) -> dict[str, Any]:
    """One event of a wxlivespy batch."""
    event: dict[str, Any] = {
        "msg_time": ms,
        "decoded_type": kind,
        "msg_id": f"finderlive_usermsg_{kind}_{seq:08d}_{openid}",
        "sec_openid": f"sec{openid}",
        "decoded_openid": openid,
        "nickname": name,
        "seq": seq,
        "content": content,
        "msg_sub_type": "1" if kind == "comment" else "20009",
    }
    event.update(extra)
    return event


def wx_batch(events: list[dict[str, Any]], online: int = 100, status: int = 1) -> dict[str, Any]:
    """A wxlivespy batch: host, room and events."""
    return {
        "host_info": {"wechat_uin": "12345", "finder_username": "v2_host@finder"},
        "live_info": {
            "wechat_uin": "12345",
            "live_id": "2078581932480529517",
            "live_status": status,
            "online_count": online,
            "start_time": 1732799000,
            "like_count": 40,
            "reward_total_amount_in_wecoin": 0,
            "nickname": "主播",
            "head_url": "",
        },
        "events": events,
    }


def wx_body(batch: dict[str, Any], gzipped: bool = False) -> bytes:
    """A batch as wxlivespy POSTs it (JSON, or gzip when so configured)."""
    raw = json.dumps(batch, ensure_ascii=False).encode()
    return gzip.compress(raw) if gzipped else raw


def push_headers(
    msg_type: str, body: bytes, secret: str, nonce: str = "n0nce", ts: int = 1732800000000
) -> dict[str, str]:
    """The headers of a Douyin data push, signed as the platform documents it."""
    headers = {
        "x-nonce-str": nonce,
        "x-timestamp": str(ts),
        "x-roomid": "7350000000000000001",
        "x-msg-type": msg_type,
    }
    joined = "&".join(f"{k}={headers[k]}" for k in sorted(headers))
    digest = hashlib.md5(joined.encode() + body + secret.encode()).digest()
    headers["x-signature"] = base64.b64encode(digest).decode()
    headers["content-type"] = "application/json"
    return headers
