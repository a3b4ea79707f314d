"""The live open platform as a read source, against a fake that checks every signature (127.0.0.1)."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import FeedError, InputError
from bot.platforms.bilibili_open.client import OpenKeys, OpenOptions, read_open_keys
from bot.platforms.bilibili_open.codec import signature, signed_headers
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.fakes.fake_bilibili_open import FakeOpenPlatform
from tests.hand_clock import HandClock
from tests.open_run import comments_taken, open_platform, options_of, running


def test_signed_headers_cover_the_body_and_the_secret() -> None:
    """The body's MD5, the six x-bili-* headers, and an HMAC that changes with the secret and the nonce."""
    body = b'{"code":"X","app_id":1}'
    one = signed_headers(body, "ak", "secret", 1_700_000_000, "n1")
    assert one["x-bili-content-md5"] == hashlib.md5(body).hexdigest()
    assert one["x-bili-signature-method"] == "HMAC-SHA256"
    assert one["Authorization"] == signature(one, "secret")
    assert one["Authorization"] != signature(one, "other")
    assert signed_headers(body, "ak", "secret", 1_700_000_000, "n2")["Authorization"] != one["Authorization"]


async def test_reads_unmasked_names_keeps_the_session_alive_and_cannot_post(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Signed start, heartbeats every 20 s, DM → comment by open_id, posts undelivered, LIVE_END's grace."""
    clock = HandClock()
    async with (
        open_platform(clock) as fake,
        running(seed_catalog, tmp_path / "o.db", clock, options_of(fake)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.dm("3号工资多少", "open-79", "小美")
        await clock.until(lambda: len(fake.heartbeats) >= 2)
        await fake.push({"cmd": "LIVE_OPEN_PLATFORM_LIVE_END", "data": {"room_id": fake.room_id}})
        await clock.until(run_.task.done, within=40.0)
        run = await run_.finish()
    assert fake.refused() == []
    assert fake.calls[0][0] == "/v2/app/start"
    assert ("/v2/app/heartbeat", 0) in fake.calls
    assert fake.ended == fake.games
    assert len(fake.games) == 1
    assert [(c.user_id, c.user_name) for c in run.comments] == [("open-79", "小美")]
    assert run.result.ended
    assert run.result.posts
    assert {(a.status, a.reason) for a in run.records.acks} == {("rejected", "no_overlay")}
    assert run.records.answers == []
    assert any("cannot post" in line for line in run_.told)


async def test_a_session_the_platform_ends_is_started_again(seed_catalog: Catalog, tmp_path: Path) -> None:
    """INTERACTION_END: the client ends the old session and starts a new one, and reads on."""
    clock = HandClock()
    async with (
        open_platform(clock) as fake,
        running(seed_catalog, tmp_path / "r.db", clock, options_of(fake, grace=0.0)) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        fake.authed.clear()
        await fake.push({"cmd": "LIVE_OPEN_PLATFORM_INTERACTION_END", "data": {"game_id": fake.games[0]}})
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.dm("包住吗", "open-80", "阿强")
        await clock.advance(2.0)
        await fake.push({"cmd": "LIVE_OPEN_PLATFORM_LIVE_END", "data": {}})
        run = await run_.finish()
    assert len(fake.games) == 2
    assert fake.ended == fake.games
    assert fake.refused() == []
    assert [c.user_id for c in run.comments] == ["open-80"]


async def test_a_connection_dropped_mid_stream_is_made_again_losing_nothing(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """The danmaku server hangs up: the shared loop says why, waits its backoff on the injected clock,
    connects again in the same session; a comment sent again is counted once, none is lost."""
    clock = HandClock()
    async with (
        open_platform(clock) as fake,
        running(seed_catalog, tmp_path / "d.db", clock, options_of(fake, grace=0.0), backoff=3.0) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.dm("3号工资多少", "open-1", "小美", msg_id="m1")
        await fake.dm("包住吗", "open-2", "阿强", msg_id="m2")
        await clock.until(lambda: comments_taken(run_) == 2)
        fake.authed.clear()
        await fake.drop()
        await clock.until(lambda: run_.made[0].drops == ["closed"])
        await clock.advance(2.0)
        again_too_soon = len(fake.auths) > 1
        await clock.until(lambda: len(fake.auths) == 2)
        await asyncio.wait_for(fake.authed.wait(), 10)
        await fake.dm("包住吗", "open-2", "阿强", msg_id="m2")
        await fake.dm("几点上班", "open-3", "小李", msg_id="m3")
        await clock.advance(2.0)
        await fake.push({"cmd": "LIVE_OPEN_PLATFORM_LIVE_END", "data": {}})
        run = await run_.finish()
    assert not again_too_soon
    assert run.live.drops == ["closed"]
    assert run.live.connections == 2
    assert len(fake.games) == 1  # the same app session throughout
    assert fake.refused() == []
    assert [c.comment_id for c in run.comments] == ["od-m1", "od-m2", "od-m3"]
    assert run.result.duplicates == 1
    assert [g.reason for g in run.records.gaps] == ["closed"]
    assert any("connection lost (closed" in line and line.endswith("retrying in 3.0 s") for line in run_.told)


async def test_a_wrong_secret_is_refused_on_the_first_start(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The fake refuses the signature: a FeedError naming the start, not a loop."""
    clock = HandClock()
    async with FakeOpenPlatform() as fake:
        options = OpenOptions(fake.code, OpenKeys(fake.key_id, "wrong", fake.app_id), api_url=fake.base_url)
        async with running(seed_catalog, tmp_path / "w.db", clock, options) as run_:
            with pytest.raises(FeedError, match=r"/v2/app/start: refused \(code 4006"):
                await asyncio.wait_for(run_.task, 10)
    assert fake.games == []


def test_the_keys_file_must_be_private_and_complete(tmp_path: Path) -> None:
    """Mode 644 is refused; a missing name is named; the repr shows the app id only."""
    path = tmp_path / "keys.txt"
    path.write_text("access_key_id=ak\naccess_key_secret=sk-secret\napp_id=42\n", encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(InputError, match="others may read"):
        read_open_keys(path)
    path.chmod(0o600)
    keys = read_open_keys(path)
    assert keys == OpenKeys("ak", "sk-secret", 42)
    assert "sk-secret" not in repr(keys)
    path.write_text("access_key_id=ak\n", encoding="utf-8")
    with pytest.raises(InputError, match="no access_key_secret, app_id"):
        read_open_keys(path)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--platform", "bilibili-open"], "needs --code"),
        (["--platform", "bilibili-open", "--code", "X"], "needs --open-keys"),
    ],
)
def test_bad_open_platform_flags_are_one_line(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing code or keys: one line, exit 2."""
    code = main(["attach", *argv, "--catalog", str(SEEDS / "catalog.yaml")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert words in err
