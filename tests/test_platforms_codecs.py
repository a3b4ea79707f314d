"""The codecs of DouyinBarrageGrab, wxlivespy and Douyin's data push, on messages in their real formats."""

from __future__ import annotations

import gzip
import json

import pytest

from bot.events import Comment, End, Enter, Gift, Like, User, Viewers
from bot.platforms.douyin_grab.codec import DouyinGrabDecoder
from bot.platforms.douyin_push.codec import BadPush, PushDecoder, signature
from bot.platforms.wxlivespy.codec import MalformedBody, WxLiveSpyDecoder, parse_body
from bot.profiles import get_profile
from tests.fakes.tool_frames import (
    douyin_chat,
    douyin_end,
    douyin_frame,
    douyin_gift,
    douyin_like,
    douyin_member,
    douyin_stats,
    push_headers,
    wx_batch,
    wx_body,
    wx_event,
)

NOW = 1732800000.0


def test_douyin_grab_maps_each_type() -> None:
    """Chat, like, enter, gift, statistics and the end become the bot's events, stamped `now`."""
    decoder = DouyinGrabDecoder()
    frames = [
        douyin_chat(7001, 11, "小王", "工资多少"),
        douyin_like(7002, 11, "小王", 12),
        douyin_member(7003, 12, "阿强", 340),
        douyin_gift(7004, 12, "阿强", "小心心", 3),
        douyin_stats(7005, 1200),
        douyin_end(7006),
    ]
    events = [e for f in frames for e in decoder.feed(f, NOW)]
    wang, qiang = User("11", "小王"), User("12", "阿强")
    assert events == [
        Comment("7001", NOW, wang, "工资多少"),
        Like(NOW, wang, 12),
        Enter(NOW, qiang),
        Gift(NOW, qiang, "小心心", 3),
        Viewers(NOW, 1200),
        End(NOW),
    ]
    assert decoder.malformed == 0


def test_douyin_grab_same_msg_id_once_and_counts_the_rest() -> None:
    """A message pushed twice gives one event; follows and shares are ignored; junk is counted."""
    decoder = DouyinGrabDecoder()
    chat = douyin_chat(9001, 5, "老李", "包住吗")
    assert len(decoder.feed(chat, NOW)) == 1
    assert decoder.feed(chat, NOW + 1) == []
    assert decoder.duplicates == 1
    assert decoder.feed(douyin_frame(4, 9002, 5, "老李"), NOW) == []
    assert decoder.feed(douyin_frame(8, 9003, 5, "老李", ShareType=1), NOW) == []
    assert decoder.ignored == {"follow": 1, "share": 1}
    assert decoder.feed(douyin_frame(42, 9004, 5, "老李"), NOW) == []
    assert decoder.unknown == {"42": 1}
    for bad in ["not json", "[]", '{"Type": 1, "Data": "{oops"}', '{"Type": "1", "Data": "{}"}']:
        assert decoder.feed(bad, NOW) == []
    assert (
        decoder.feed(json.dumps({"Type": 1, "ProcessName": "x", "Data": json.dumps({"MsgId": 1})}), NOW) == []
    )
    assert decoder.malformed == 5


def test_douyin_grab_user_without_id_falls_back_to_display_id() -> None:
    """A viewer whose numeric id is 0 is known by DisplayId; a gift without GiftCount counts its combo."""
    data = {
        "MsgId": 3,
        "User": {"Id": 0, "DisplayId": "abc", "Nickname": "小美"},
        "GiftName": "玫瑰",
        "RepeatCount": 4,
    }
    frame = json.dumps({"Type": 5, "ProcessName": "chrome", "Data": json.dumps(data)})
    assert DouyinGrabDecoder().feed(frame, NOW) == [Gift(NOW, User("abc", "小美"), "玫瑰", 4)]


def test_wxlivespy_batch_maps_events_and_live_info() -> None:
    """Comments, enters, gifts and likes map with their own times; the viewer figure follows them."""
    batch = wx_batch(
        [
            wx_event("comment", 1, "o9hA", "小王", "工资多少", ms=1732800001000),
            wx_event("enter", 2, "o9hB", "阿强", ms=1732800002000),
            wx_event("gift", 3, "o9hB", "阿强", "送出小心心", ms=1732800003000, gift_num=2, sec_gift_id="g1"),
            wx_event("like", 4, "o9hA", "小王", ms=1732800004000),
            wx_event("levelup", 5, "o9hA", "小王", ms=1732800004000, from_level=1, to_level=2),
        ],
        online=321,
    )
    decoder = WxLiveSpyDecoder()
    events = decoder.feed(wx_body(batch), None, NOW)
    wang, qiang = User("o9hA", "小王"), User("o9hB", "阿强")
    cid = batch["events"][0]["msg_id"]
    assert events == [
        Comment(cid, 1732800001.0, wang, "工资多少"),
        Enter(1732800002.0, qiang),
        Gift(1732800003.0, qiang, "g1", 2),
        Like(1732800004.0, wang, 1),
        Viewers(1732800004.0, 321),
    ]
    assert decoder.ignored == {"levelup": 1}


def test_wxlivespy_batch_sent_again_is_handled_once_and_status_2_ends() -> None:
    """The same gzip batch twice gives nothing the second time; live_status 2 gives one End."""
    batch = wx_batch([wx_event("comment", 1, "o9hA", "小王", "在哪里上班")])
    decoder = WxLiveSpyDecoder()
    assert len(decoder.feed(wx_body(batch, gzipped=True), "gzip", NOW)) == 2
    assert decoder.feed(wx_body(batch, gzipped=True), "gzip", NOW) == []
    ended = wx_batch([], status=2)
    assert decoder.feed(wx_body(ended), None, NOW) == [End(NOW)]
    assert decoder.feed(wx_body(ended), None, NOW) == []


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[1,2]", b'{"events": 3}', b'{"host_info": {}}', gzip.compress(b"{", mtime=0)[:-3]],
)
def test_wxlivespy_malformed_body_raises_and_counts(body: bytes) -> None:
    """A body that is not a batch raises MalformedBody and moves the counter."""
    decoder = WxLiveSpyDecoder()
    with pytest.raises(MalformedBody):
        decoder.feed(body, "gzip" if body.startswith(b"\x1f\x8b") else None, NOW)
    assert decoder.malformed == 1


def test_wxlivespy_gzip_bomb_is_refused() -> None:
    """A body that inflates past the limit is malformed, not read into memory."""
    bomb = gzip.compress(b" " * (9 << 20))
    with pytest.raises(MalformedBody, match="decompressed"):
        parse_body(bomb, "gzip")


def test_douyin_push_signature_matches_the_documented_example() -> None:
    """The platform's own example: these headers, body and secret sign as GAkalGmhzqlUGQO/TgvMug==."""
    headers = {
        "x-nonce-str": "123456",
        "x-timestamp": "456789",
        "x-roomid": "268",
        "x-msg-type": "user_group",
    }
    assert signature(headers, "abc123你好".encode(), "123abc") == "GAkalGmhzqlUGQO/TgvMug=="


def test_douyin_push_verifies_dedups_and_maps() -> None:
    """A signed comment push maps; the same push again gives nothing; a forged one is refused."""
    body = json.dumps(
        [
            {
                "msg_id": "m1",
                "sec_openid": "s1",
                "content": "多少钱一个月",
                "avatar_url": "",
                "nickname": "小王",
                "timestamp": 1732800005,
            }
        ],
        ensure_ascii=False,
    ).encode()
    decoder = PushDecoder("s3cret")
    headers = push_headers("live_comment", body, "s3cret")
    assert decoder.feed(headers, body, NOW) == [
        Comment("m1", 1732800005.0, User("s1", "小王"), "多少钱一个月")
    ]
    assert decoder.feed(headers, body, NOW) == []
    with pytest.raises(BadPush, match="signature"):
        decoder.feed(push_headers("live_comment", body, "wrong"), body, NOW)
    likes = json.dumps(
        [{"msg_id": "m2", "sec_openid": "s1", "like_num": 5, "nickname": "小王", "timestamp": 1732800006000}]
    ).encode()
    assert decoder.feed(push_headers("live_like", likes, "s3cret"), likes, NOW) == [
        Like(1732800006.0, User("s1", "小王"), 5)
    ]
    gifts = json.dumps(
        [{"msg_id": "m3", "sec_openid": "s2", "sec_gift_id": "g9", "gift_num": 2, "gift_value": 20}]
    ).encode()
    assert decoder.feed(push_headers("live_gift", gifts, "s3cret"), gifts, NOW) == [
        Gift(NOW, User("s2", "s2"), "g9", 2)
    ]
    assert decoder.refused == {"signature": 1}


def test_platform_profiles() -> None:
    """The profiles of SPEC §5.3, with the overlay's two lines of forty characters."""
    assert get_profile("douyin").max_chars == 50
    assert get_profile("kuaishou").interval == 5.0
    overlay = get_profile("overlay")
    assert (
        overlay.lines,
        overlay.line_chars,
        overlay.max_chars,
        overlay.interval,
        overlay.repeat_window,
    ) == (2, 40, 80, 4.0, 30.0)
