"""The Bilibili HTTP API layer against the strict fake platform on 127.0.0.1."""

from __future__ import annotations

import aiohttp
import pytest

from bot.errors import InputError
from bot.platforms.bilibili.api import USER_AGENT, BilibiliApi, Refused, send_outcome
from bot.platforms.bilibili.cookies import BilibiliCookie
from tests.fakes.fake_bilibili_strict import StrictBilibili

UID = 160_148_624


def account(fake: StrictBilibili, *, uid: int = UID, buvid3: str | None = None) -> BilibiliCookie:
    """The fake's account cookie (without buvid3 unless given)."""
    header = f"SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={uid}"
    return BilibiliCookie(header + (f"; buvid3={buvid3}" if buvid3 else ""))


async def test_the_way_in_is_signed_and_one_browser_throughout() -> None:
    """buvid, login, short id, signed getDanmuInfo, length: no refusal, one Mozilla UA, Referer and Origin."""
    async with StrictBilibili() as fake, BilibiliApi(account(fake), fake.base_url) as api:
        assert await api.check_login() == UID
        await api.ensure_buvid()
        room = await api.room_init(fake.short_id)
        info = await api.danmu_info(room.room_id)
        length = await api.danmu_length(room.room_id)
    assert room.room_id == fake.room_id
    assert room.short_id == fake.short_id
    assert info.hosts == (f"ws://127.0.0.1:{fake.port}/sub",)
    assert fake.tokens[info.token].buvid3 == api.cookie.buvid3
    assert length == fake.danmu_length
    assert fake.refusals == []
    assert fake.paths() == [
        "/x/web-interface/nav",
        "/x/frontend/finger/spi",
        "/room/v1/Room/room_init",
        "/xlive/web-room/v1/index/getDanmuInfo",
        "/xlive/web-room/v1/index/getInfoByUser",
    ]
    assert {s.user_agent for s in fake.requests} == {USER_AGENT}
    assert "Mozilla/" in USER_AGENT
    assert {s.referer for s in fake.requests} == {"https://live.bilibili.com/"}
    assert {s.origin for s in fake.requests} == {"https://live.bilibili.com"}
    signed = fake.requests[3].query
    assert set(signed) == {"id", "type", "web_location", "wts", "w_rid"}


async def test_new_day_keys_are_fetched_again_after_a_refusal() -> None:
    """The fake turns its keys over: one -352, nav again, the query signed again and answered."""
    async with StrictBilibili() as fake, BilibiliApi(account(fake, buvid3="B3"), fake.base_url) as api:
        await api.check_login()
        fake.rotate_keys()
        info = await api.danmu_info(fake.room_id)
    assert info.token in fake.tokens
    assert fake.refusals == [("/xlive/web-room/v1/index/getDanmuInfo", -352)]
    assert fake.paths().count("/x/web-interface/nav") == 2


async def test_a_day_old_key_is_fetched_before_signing() -> None:
    """Keys fetched yesterday are not used: nav is asked first, and no query is refused."""
    now = [1_702_204_169.0]
    async with (
        StrictBilibili(wall=lambda: now[0]) as fake,
        BilibiliApi(account(fake, buvid3="B3"), fake.base_url, wall=lambda: now[0]) as api,
    ):
        await api.check_login()
        now[0] += 86_400
        fake.rotate_keys()
        await api.danmu_info(fake.room_id)
    assert fake.refusals == []
    assert fake.paths().count("/x/web-interface/nav") == 2


async def test_the_fake_refuses_what_the_platform_refuses() -> None:
    """A wts 400 s off gets -352; a request without a browser UA gets 412."""
    async with StrictBilibili() as fake:
        skewed = BilibiliApi(account(fake, buvid3="B3"), fake.base_url, wall=lambda: fake.wall() - 400)
        async with skewed:
            with pytest.raises(Refused, match="code -352"):
                await skewed.danmu_info(fake.room_id)
        async with (
            aiohttp.ClientSession() as plain,
            plain.get(fake.base_url + "/x/web-interface/nav") as resp,
        ):
            assert resp.status == 412
    assert ("/x/web-interface/nav", 412) in fake.refusals


async def test_a_cookie_of_another_account_is_refused() -> None:
    """DedeUserID must be the uid nav logs in as: one line saying both."""
    async with StrictBilibili() as fake:
        async with BilibiliApi(account(fake, uid=42), fake.base_url) as api:
            with pytest.raises(InputError, match=f"DedeUserID 42 but the platform says uid {UID}"):
                await api.check_login()
        old = account(fake)
        fake.sessdata = "renewed"
        async with BilibiliApi(old, fake.base_url) as api:
            with pytest.raises(InputError, match="not logged in"):
                await api.check_login()


async def test_send_answers_become_reasons() -> None:
    """Shown; `msg in 1s`; `msg repeat`; a filtered word; -111: each its own reason."""
    mono = [0.0]
    async with (
        StrictBilibili(mono=lambda: mono[0]) as fake,
        BilibiliApi(account(fake, buvid3="B3"), fake.base_url) as api,
    ):
        first = await api.send(fake.room_id, "3号工资7000")
        mono[0] = 0.5
        fast = await api.send(fake.room_id, "3号包住")
        mono[0] = 2.0
        repeat = await api.send(fake.room_id, "3号工资7000")
        mono[0] = 4.0
        filtered = await api.send(fake.room_id, "违禁词")
        fake.csrf = "changed"
        stopped = await api.send(fake.room_id, "还在吗")
    assert first.ok
    assert (fast.ok, fast.code, fast.message, fast.reason) == (False, 0, "msg in 1s", "too_fast")
    assert (repeat.ok, repeat.reason) == (False, "repeat")
    assert (filtered.ok, filtered.reason) == (False, "filtered")
    assert (stopped.ok, stopped.reason, stopped.stops) == (False, "csrf", True)
    assert fake.shown == ["3号工资7000"]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ({"code": 0, "message": "k", "msg": "k"}, "filtered"),
        ({"code": 0, "message": "内容非法"}, "filtered"),
        ({"code": -101, "message": "账号未登录"}, "logged_out"),
        ({"code": 10030, "message": "您发送弹幕的频率过快"}, "too_fast"),
        ({"code": -500, "message": "超出限制长度"}, "too_long"),
        ({"code": 0, "message": "", "msg": ""}, None),
    ],
)
def test_send_outcome(answer: dict[str, object], reason: str | None) -> None:
    """The endpoint's answers the platform gives, each read as the reason it means."""
    result = send_outcome(answer)
    assert result.reason == reason
    assert result.ok is (reason is None)


def test_the_cookie_stays_out_of_the_api_repr() -> None:
    """The API object's repr names the uid, never the cookie's secrets."""
    api = BilibiliApi(BilibiliCookie("SESSDATA=topsecret; bili_jct=x1; DedeUserID=7"), "http://127.0.0.1:9")
    assert "topsecret" not in repr(api)
    assert "uid=7" in repr(api)


def test_a_cookie_over_plain_http_elsewhere_is_refused() -> None:
    """--api-url http:// to another host with a cookie is one clear line."""
    with pytest.raises(InputError, match="https only"):
        BilibiliApi(BilibiliCookie("SESSDATA=a; bili_jct=b; DedeUserID=7"), "http://example.com")
