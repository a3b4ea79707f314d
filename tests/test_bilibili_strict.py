"""The Bilibili client against the strict fake platform (tests/fakes/fake_bilibili_strict.py), in-process.

Everything of ours is real: the API layer, the feed, the poster, the live bot and the store.
Time that the client waits on (pacing, the echo wait, the grace after PREPARING) is a hand-turned
clock; the fake's rate limits read the same clock.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest

from bot.platforms.bilibili.api import USER_AGENT
from bot.platforms.bilibili.client import BilibiliOptions
from catalog.models import Catalog
from tests.bilibili_run import cookie_of, options_for, running, strict
from tests.fakes.fake_bilibili_strict import danmu_body
from tests.hand_clock import HandClock

UID = 160_148_624


async def test_a_short_room_id_is_joined_as_the_real_server_wants(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """One browser UA, signed lookups, the auth packet as the platform checks it; answers echo back."""
    clock = HandClock()
    async with strict(clock) as fake:
        options = BilibiliOptions(fake.short_id, cookie=cookie_of(fake), api_url=fake.base_url)
        async with running(seed_catalog, tmp_path / "a.db", clock, options) as run_:
            await asyncio.wait_for(fake.authed.wait(), 10)
            await fake.say("3号工资多少", 79, "小美")
            await clock.until(lambda: len(fake.sends) >= 1)
            await fake.preparing()
            await run_.hear("PREPARING")
            await clock.until(run_.task.done, within=26.0)
            run = await run_.finish()

    assert fake.refusals == []
    assert fake.auth_refusals == []
    assert fake.close_codes == [1000]  # the run ended on purpose: a normal close, not an error
    assert fake.user_agents == {USER_AGENT}
    auth = fake.auths[0]
    token = fake.tokens[auth["key"]]
    assert (auth["roomid"], auth["protover"], auth["uid"]) == (fake.room_id, 3, UID)
    assert auth["buvid"] == token.buvid3
    assert token.user_agent == USER_AGENT
    assert run.result.ended
    shown = [p.text for p in run.posts]
    assert shown == fake.shown
    assert any("7000" in text for text in shown)
    assert {a.status for a in run.records.acks} == {"shown"}
    assert run.live.poster.confirmed == len(shown)
    assert [c.user_id for c in run.comments] == ["79"]


async def test_preparing_is_a_grace_period_that_live_cancels(seed_catalog: Catalog, tmp_path: Path) -> None:
    """LIVE within the grace keeps the run going; a second PREPARING ends it 25 s later, not sooner
    (the whole run over within 30 s of the stop)."""
    clock = HandClock()
    async with (
        strict(clock) as fake,
        running(seed_catalog, tmp_path / "g.db", clock, options_for(fake)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.preparing()
        await run_.hear("PREPARING")
        await clock.advance(20.0)
        await fake.live()
        await run_.hear("back (LIVE)")
        await clock.advance(20.0)
        assert not run_.task.done()
        await fake.say("3号工资多少", 79, "小美")
        await clock.until(lambda: len(fake.sends) >= 1)
        await fake.preparing()
        await clock.until(lambda: len([t for t in run_.told if "PREPARING" in t]) == 2)
        stopped = clock.now()
        await clock.advance(24.5)
        assert not run_.task.done()
        await clock.until(run_.task.done, within=5.0)
        ended = clock.now()
        run = await run_.finish()
    assert run.result.ended
    assert 24.5 < ended - stopped <= 25.5
    assert run.live.grace.stops == 2
    assert run.live.grace.resumed == 1
    assert fake.shown == [p.text for p in run.posts]
    counters = {(c.what, c.n) for c in run.records.counters}
    assert {("preparing", 2), ("live_again", 1)} <= counters


async def test_own_echoes_are_never_answered_nor_stored(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A question from the bot's own account is no viewer's: not stored, not answered; posts are confirmed."""
    clock = HandClock()
    async with (
        strict(clock) as fake,
        running(seed_catalog, tmp_path / "e.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.say("3号包住吗", fake.uid, fake.uname)
        await fake.say("3号工资多少", 79, "小美")
        await clock.until(lambda: len(fake.sends) >= 1)
        await clock.advance(10.0)
        await fake.preparing()
        run = await run_.finish()
    assert [c.user_id for c in run.comments] == ["79"]
    assert [q.user_id for q in run.records.questions] == ["79"]
    assert all("小美" in p.text for p in run.posts if p.kind == "answer")
    assert run.live.poster.confirmed == len(fake.shown) >= 1
    assert run.live.poster.stray_echoes == 1


async def test_a_filtered_post_is_not_answered_nor_sent_again(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The word filter takes the answer out (code 0, message f): refused, host told, question not answered."""
    clock = HandClock()
    async with (
        strict(clock, filtered_words=("7000",)) as fake,
        running(seed_catalog, tmp_path / "f.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.say("3号工资多少", 79, "小美")
        await clock.until(lambda: run_.heard("word filter"))
        await clock.advance(10.0)
        await fake.preparing()
        run = await run_.finish()
    filtered = [s for s in fake.sends if s.answer.get("message") == "f"]
    assert len(filtered) == 1
    assert fake.shown == []
    assert run.records.answers == []
    assert ("rejected", "filtered") in {(a.status, a.reason) for a in run.records.acks}
    assert run.live.refused == {"filtered": 1}


async def test_msg_in_1s_slows_down_and_the_retry_is_shown(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The platform answers `msg in 1s`: the gap grows, the room's retry goes out later and is shown."""
    clock = HandClock()
    slow = {"code": 0, "data": {}, "message": "msg in 1s", "msg": "msg in 1s"}
    async with (
        strict(clock, answers=[slow]) as fake,
        running(seed_catalog, tmp_path / "s.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.say("3号工资多少", 79, "小美")
        await clock.until(lambda: len(fake.shown) >= 1, within=30.0)
        await fake.preparing()
        run = await run_.finish()
    first, again = fake.sends[:2]
    assert first.answer["message"] == "msg in 1s"
    assert again.text == first.text
    assert again.at - first.at >= 1.5
    assert run.posts[1].retry_of == run.posts[0].id
    assert [a.post_id for a in run.records.answers] == [run.posts[1].id]


async def test_a_logged_out_cookie_stops_posting_and_tells_the_host(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """-101 from /msg/send: one clear line to the host, no more sends, and no post listed that was
    not sent (the transcript holds exactly what went out)."""
    clock = HandClock()
    out = {"code": -101, "message": "账号未登录", "msg": "账号未登录"}
    async with (
        strict(clock, answers=[out]) as fake,
        running(seed_catalog, tmp_path / "o.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.say("3号工资多少", 79, "小美")
        await clock.until(lambda: run_.heard("posting stopped"))
        await fake.say("报名3", 78, "阿强")
        await clock.advance(15.0)
        await fake.preparing()
        run = await run_.finish()
    assert len(fake.sends) == 1
    assert [p.text for p in run.posts] == [s.text for s in fake.sends]
    assert run.records.answers == []
    assert {a.reason for a in run.records.acks} == {"logged_out"}
    assert sum("posting stopped" in line for line in run.told) == 1


async def test_hosts_rotate_and_a_refused_auth_fetches_a_new_token(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """A dead first host is skipped; the first auth refused, a new token is fetched and taken at once."""
    clock = HandClock()
    async with (
        strict(clock, dead_hosts=1, refuse_first_auth=True) as fake,
        running(seed_catalog, tmp_path / "r.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.preparing()
        run = await run_.finish()
    assert fake.auth_refusals == ["token expired"]
    assert len(fake.tokens) == 2
    assert fake.auths[0]["key"] == list(fake.tokens)[1]
    assert run.live.hosts_failed >= 1
    assert run.live.connections == 1
    assert fake.refusals == []


async def test_listening_without_a_cookie_is_told_names_are_masked(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """No cookie: fetched buvid3, uid 0; LOG_IN_NOTICE told once and counted; viewers now, not watched."""
    clock = HandClock()
    async with strict(clock) as fake:
        options = BilibiliOptions(fake.short_id, api_url=fake.base_url, grace=0.0)
        async with running(seed_catalog, tmp_path / "n.db", clock, options) as run_:
            await asyncio.wait_for(fake.authed.wait(), 10)
            await run_.hear("masks viewers' names")
            assert any("give --cookie-file" in line for line in run_.told)
            await clock.advance(5.0)
            await fake.say("3号工资多少", 0, "小***")
            await fake.online(52)
            await clock.advance(2.0)
            await fake.preparing()
            run = await run_.finish()
    auth = fake.auths[0]
    assert auth["uid"] == 0
    assert auth["buvid"] == fake.tokens[auth["key"]].buvid3 != ""
    assert "/x/frontend/finger/spi" in fake.paths()
    assert fake.refusals == []
    assert ("login_notice", 1) in {(c.what, c.n) for c in run.records.counters}
    viewers = [a.count for a in run.records.audience if a.kind == "viewers"]
    assert viewers[:2] == [37, 52]
    assert 17903 not in viewers


async def test_a_burst_of_questions_is_paced_without_one_rate_refusal(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Frames stamped 3.1 s apart arrive at once: posts still go ≥1 s apart and ≤5 in 10 s, none refused."""
    clock = HandClock()
    questions = [
        "3号工资多少",
        "1号包住吗",
        "2号几点上班",
        "5号在哪",
        "3号包吃吗",
        "1号要体检吗",
        "2号工资多少",
    ]
    async with (
        strict(clock) as fake,
        running(seed_catalog, tmp_path / "b.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        t0 = fake.now_ms() + 2000
        for i, text in enumerate(questions):
            await fake.broadcast(danmu_body(text, 100 + i, f"观众{i}", t0 + i * 3100))
        await fake.broadcast(danmu_body("666", 99, "路人", t0 + 30_000))
        await clock.until(lambda: len(fake.sends) >= 5, within=60.0)
        await clock.advance(20.0)
        await fake.preparing()
        run = await run_.finish()
    assert len(fake.sends) >= 5
    assert [s.answer.get("message") for s in fake.sends] == [""] * len(fake.sends)
    times = [s.at for s in fake.sends]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
    assert all(sum(1 for t in times if start <= t < start + 10.0) <= 5 for start in times)
    assert [
        p.text for p in run.posts if p.id in {a.post_id for a in run.records.acks if a.status == "shown"}
    ] == fake.shown


@pytest.mark.parametrize(("room_length", "given", "used"), [(30, None, 30), (15, None, 15), (30, 24, 24)])
async def test_the_rooms_length_limit_is_the_accounts(
    seed_catalog: Catalog, tmp_path: Path, room_length: int, given: int | None, used: int
) -> None:
    """The room's `danmu.length` for the account sets the post length, up or down; a limit the host
    gave stays unless the room allows less."""
    clock = HandClock()
    async with strict(clock, danmu_length=room_length) as fake:
        options = options_for(fake, grace=0.0)
        async with running(seed_catalog, tmp_path / "l.db", clock, options, max_chars=given) as run_:
            await asyncio.wait_for(fake.authed.wait(), 10)
            assert run_.made[0].bot.room.profile.max_chars == used
            await fake.preparing()
            await run_.finish()


async def test_names_masked_with_a_cookie_asks_for_a_fresh_login(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """LOG_IN_NOTICE although a cookie was given: the host is told to renew the login, not to give one."""
    clock = HandClock()
    async with (
        strict(clock, masks_logged_in=True) as fake,
        running(seed_catalog, tmp_path / "m.db", clock, options_for(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await run_.hear("masks viewers' names")
        await fake.preparing()
        await run_.finish()
    told = [line for line in run_.told if "masks viewers' names" in line]
    assert len(told) == 1
    assert "renew" in told[0]
    assert "give --cookie-file" not in told[0]


async def test_a_stream_that_stays_stopped_ends_when_it_stopped(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """The session ends at PREPARING's own time (its send_time), not at the last comment before it."""
    clock = HandClock()
    async with (
        strict(clock) as fake,
        running(seed_catalog, tmp_path / "t.db", clock, options_for(fake)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.say("3号工资多少", 79, "小美")
        said = fake.wall()
        await clock.advance(20.0)
        stopped = fake.now_ms() / 1000
        await fake.preparing()
        await run_.hear("PREPARING")
        await clock.until(run_.task.done, within=30.0)
        run = await run_.finish()
    [end] = run.records.ends
    assert end.ts == pytest.approx(stopped, abs=0.01)
    assert end.ts - said >= 19.9
