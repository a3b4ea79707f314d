"""The Bilibili connection loop against small real Bilibili servers on 127.0.0.1.

A scripted danmaku server (tests/fakes/fake_bilibili_room.py) plays frames per connection to a
listening bot (`--ws-url` with `--key`: no HTTP at all); the strict fake
(tests/fakes/fake_bilibili_strict.py) takes the posts. Everything of ours is real.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import FeedError
from bot.events import Post
from bot.live.attach import Outputs, attach
from bot.platforms.bilibili.client import NO_COOKIE, BilibiliLive, BilibiliOptions, room_page
from bot.platforms.bilibili.cookies import BilibiliCookie
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.store import SessionRecords, open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.fakes.fake_bilibili import command, danmu, zlib_frame
from tests.fakes.fake_bilibili_room import Connection, ScriptedBilibiliRoom, preparing
from tests.fakes.fake_bilibili_strict import StrictBilibili

ROOM = 22608112
KEY = "token-of-the-room"
T0_MS = 1_763_600_000_000
"""The first danmaku's time, in milliseconds as DANMU_MSG carries it."""
ASK = "3号工资多少"
APPLY = "报名3"
ANSWER = "@小王 3号7000-9000/月"
CARD = "【3号】CNC操作工 报名发:报名3"


def say(text: str, uid: int, name: str, at: float) -> bytes:
    """A DANMU_MSG `at` seconds into the stream, as its own packet."""
    return command(danmu(text, uid, name, T0_MS + int(at * 1000)))


def end() -> bytes:
    """PREPARING: the host stops streaming."""
    return command(preparing(ROOM))


@dataclass
class Run:
    """One live run over the fakes: the result, the transport, and what the store holds."""

    result: LiveResult
    live: BilibiliLive
    records: SessionRecords
    posts: list[Post] = field(default_factory=list)


async def run_bilibili(catalog: Catalog, db: Path, options: BilibiliOptions, silence: float = 5.0) -> Run:
    """Attach a bot to the fake room through `attach`, reconnecting at once; until PREPARING's grace ends."""
    made: list[BilibiliLive] = []

    def make(bot: LiveBot) -> BilibiliLive:
        """The Bilibili loop for `bot`, reconnecting at once."""
        live = BilibiliLive(
            options, bot, retry=Retry(lambda: itertools.repeat(0.0)), silence=silence, tell=lambda _: None
        )
        made.append(live)
        return live

    room = build_room(catalog, get_profile("bilibili"))
    with open_store(str(db)) as store:
        result = await asyncio.wait_for(
            attach(
                room_page(options.room_id),
                room,
                catalog,
                store,
                Outputs(),
                options=LiveOptions(idle_after=None, ack_wait=10.0),
                transport=make,
            ),
            timeout=15,
        )
        records = store.load(result.session)
    return Run(result, made[0], records, result.posts)


def listening(url: str, **more: object) -> BilibiliOptions:
    """A bot that only listens to the scripted server (no cookie, no HTTP), ending at once on PREPARING."""
    return BilibiliOptions(ROOM, ws_url=url, key=KEY, grace=0.0, **more)  # type: ignore[arg-type]


async def test_reads_applies_once_across_a_reconnect_and_ends_after_preparing(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Comments are read across a drop; a re-sent 报名3 applies once; PREPARING's grace ends the stream."""
    first = [
        zlib_frame(say("工资多少", 77, "小王", 0), say(ASK, 79, "小美", 1)),
        say(APPLY, 78, "阿强", 2),
    ]
    second = [say(APPLY, 78, "阿强", 2), say("666", 80, "路人", 40), end()]
    scripts = [Connection(first, then="close"), Connection(second)]
    async with ScriptedBilibiliRoom(ROOM, KEY, scripts) as fake:
        run = await run_bilibili(seed_catalog, tmp_path / "live.db", listening(fake.url))

    assert run.result.ended
    assert [a["uid"] for a in fake.auths] == [0, 0]
    assert fake.connections == 2 == run.live.connections
    assert run.live.drops == ["closed"]
    assert [g.reason for g in run.records.gaps] == ["closed"]
    assert run.result.comments == 4
    assert run.result.duplicates == 1
    assert run.result.applications == 1
    assert [(a.user_id, a.job) for a in run.records.applications] == [("78", "J003")]
    assert run.live.grace.stops == 1


async def test_without_a_cookie_the_bot_listens_and_posts_fail(
    seed_catalog: Catalog, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No cookie: comments are read; each post fails with no_cookie and is never sent; one warning."""
    script = [say(ASK, 79, "小美", 0), say(APPLY, 78, "阿强", 1), say("666", 80, "路人", 20), end()]
    caplog.set_level(logging.WARNING, logger="daigang.live")
    async with ScriptedBilibiliRoom(ROOM, KEY, [Connection(script)]) as fake:
        run = await run_bilibili(seed_catalog, tmp_path / "listen.db", listening(fake.url))

    assert run.result.ended
    assert fake.auths[0]["uid"] == 0
    assert run.result.comments == 3
    assert run.result.applications == 1
    assert run.posts
    assert {(a.status, a.reason) for a in run.records.acks} == {("rejected", NO_COOKIE)}
    assert run.live.refused == {NO_COOKIE: len(run.posts)}
    assert run.records.answers == []
    assert sum(c.n for c in run.records.counters if c.what == "post_failed") > 0
    warnings = [r for r in caplog.records if NO_COOKIE in r.getMessage()]
    assert len(warnings) == 1


async def test_a_silent_connection_is_made_again(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A server that stops answering heartbeats trips the watchdog; the bot reconnects, skips the repeat."""
    scripts = [
        Connection([say("你好", 77, "小王", 0)], then="mute"),
        Connection([say("你好", 77, "小王", 0), say("666", 78, "阿强", 5), end()]),
    ]
    async with ScriptedBilibiliRoom(ROOM, KEY, scripts) as fake:
        run = await run_bilibili(seed_catalog, tmp_path / "silent.db", listening(fake.url), silence=0.3)

    assert run.live.drops == ["silence"]
    assert fake.connections == 2
    assert run.result.ended
    assert run.result.comments == 2
    assert run.result.duplicates == 1
    assert [(g.reason, g.start, g.ts) for g in run.records.gaps] == [
        ("silence", T0_MS / 1000, T0_MS / 1000 + 5)
    ]


async def test_a_refused_auth_on_the_first_connection_ends_the_run(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """A wrong key given by hand is a mistake no reconnect mends: FeedError, not a loop."""
    async with ScriptedBilibiliRoom(ROOM, KEY, [Connection([end()])]) as fake:
        options = BilibiliOptions(ROOM, ws_url=fake.url, key="wrong")
        with pytest.raises(FeedError, match="refused the auth"):
            await run_bilibili(seed_catalog, tmp_path / "refused-auth.db", options)
    assert fake.connections == 0


async def test_posts_go_out_once_each_in_order_whatever_the_feed_does(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Posts leave while the danmaku server is unreachable; one queued again by a reconnect goes once."""
    room = build_room(seed_catalog, get_profile("bilibili"))
    async with StrictBilibili(hold=asyncio.Event()) as fake:
        assert fake.hold is not None
        cookie = BilibiliCookie(f"SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={fake.uid}")
        with open_store(str(tmp_path / "send.db")) as store:
            bot = LiveBot(room, store, source="test", catalog_json=seed_catalog.model_dump_json())
            # Nothing listens on port 9 of loopback: every connection attempt fails.
            options = BilibiliOptions(
                fake.room_id, cookie=cookie, ws_url="ws://127.0.0.1:9/sub", key=KEY, api_url=fake.base_url
            )
            live = BilibiliLive(
                options, bot, retry=Retry(lambda: itertools.repeat(3600.0)), tell=lambda _: None
            )
            loop = asyncio.create_task(live.run())
            bot.outbox.submit(Post(1.0, "p-1", "answer", ANSWER))
            await asyncio.wait_for(fake.arrived.wait(), 10)
            bot.connected()  # as on a new connection: the outbox queues the pending p-1 again
            fake.hold.set()
            first = await bot.outbox.wait("p-1", 10.0)
            bot.outbox.submit(Post(2.0, "p-2", "card", CARD))
            second = await bot.outbox.wait("p-2", 10.0)
            loop.cancel()
            await asyncio.wait({loop})
    assert first is not None
    assert first.ok
    assert second is not None
    assert second.ok
    assert [s.text for s in fake.sends] == [ANSWER, CARD]
    assert fake.sends[1].at - fake.sends[0].at >= 1.0
    assert live.connections == 0
    assert live.drops == ["unreachable"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["ws://127.0.0.1:1", "--platform", "bilibili", "--room", "1"], "not both"),
        ([], "--platform bilibili --room ID"),
        (["--platform", "bilibili"], "needs --room"),
        (["ws://127.0.0.1:1", "--room", "5", "--uid", "3"], "--room, --uid need --platform bilibili"),
        (["--platform", "bilibili", "--room", "5", "--key", "k"], "--key goes with --ws-url"),
        (["--platform", "bilibili", "--room", "0"], "--room 0"),
        (["--platform", "bilibili", "--room", "5", "--uid", "7"], "--uid 7: goes with --ws-url"),
        (["--platform", "bilibili", "--room", "5", "--api-url", "ftp://x"], "--api-url ftp://x"),
        (["--platform", "bilibili", "--room", "5", "--cookie-file", "/nonexistent/c.txt"], "c.txt"),
        (["--platform", "douyin", "--room", "5"], "invalid choice"),
    ],
)
def test_bad_attach_flags_are_one_line_and_exit_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every bad combination of attach's flags: one line naming it, exit code 2."""
    code = exit_code(["attach", *argv, "--catalog", str(SEEDS / "catalog.yaml")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1, err
    assert words in err


def exit_code(argv: list[str]) -> int:
    """`daigang ARGV` in this process: its exit code (argparse's own errors exit)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(str(exc.code))


@pytest.mark.parametrize(
    ("text", "mode", "words"),
    [
        ("SESSDATA=abc; DedeUserID=5\n", 0o600, "no bili_jct"),
        ("SESSDATA=abc; bili_jct=x; DedeUserID=5\n", 0o644, "others may read this cookie file"),
    ],
)
def test_a_bad_cookie_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, mode: int, words: str
) -> None:
    """An incomplete cookie, or one others may read: one line naming the file, exit 2, no secret shown."""
    cookie = tmp_path / "cookie.txt"
    cookie.write_text(text, encoding="utf-8")
    cookie.chmod(mode)
    code = exit_code(
        ["attach", "--platform", "bilibili", "--room", "5", "--cookie-file", str(cookie), "--catalog", "x"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert f"{cookie}: " in err
    assert words in err
    assert "abc" not in err
