"""The poster's pacing and reasons, against the strict fake, on a hand-turned clock."""

from __future__ import annotations

import asyncio
import itertools
import time

from bot.events import Post
from bot.platforms.bilibili.api import BilibiliApi
from bot.platforms.bilibili.cookies import BilibiliCookie
from bot.platforms.bilibili.poster import Poster
from tests.fakes.fake_bilibili_strict import StrictBilibili
from tests.hand_clock import HandClock


def account(fake: StrictBilibili) -> BilibiliCookie:
    """The fake's account."""
    return BilibiliCookie(f"SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={fake.uid}; buvid3=B3")


async def test_eight_posts_at_once_go_one_a_second_and_five_in_ten() -> None:
    """Handed over together, eight posts reach the platform ≥1 s apart, never six within 10 s; all shown."""
    clock = HandClock()
    async with StrictBilibili(mono=clock.now) as fake, BilibiliApi(account(fake), fake.base_url) as api:
        poster = Poster(api, fake.room_id, clock, time.time, length=fake.danmu_length)
        sending = asyncio.gather(
            *(poster.post(Post(0.0, f"p-{i}", "answer", f"第{i}条回答")) for i in range(8))
        )
        await clock.until(sending.done, within=60.0)
        acks = await sending
    assert [a.ok for a in acks] == [True] * 8
    assert fake.shown == [f"第{i}条回答" for i in range(8)]
    times = [s.at for s in fake.sends]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
    assert all(sum(1 for t in times if start <= t < start + 10.0) <= 5 for start in times)
    assert times[5] - times[0] >= 10.0


async def test_a_post_longer_than_the_account_may_send_is_not_sent() -> None:
    """The account's length limit in the room: a longer post fails as too_long, never sent."""
    clock = HandClock()
    async with StrictBilibili(mono=clock.now) as fake, BilibiliApi(account(fake), fake.base_url) as api:
        poster = Poster(api, fake.room_id, clock, time.time, length=fake.danmu_length)
        ack = await poster.post(Post(0.0, "p-1", "answer", "字" * (fake.danmu_length + 1)))
    assert (ack.ok, ack.reason) == (False, "too_long")
    assert fake.sends == []
