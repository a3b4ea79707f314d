"""`daigang attach --platform bilibili` against a small real Bilibili on 127.0.0.1.

The danmaku server, getDanmuInfo and the send endpoint are fakes at the edge
(tests/fakes/fake_bilibili.py, tests/fakes/fake_bilibili_room.py); everything of ours is real.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import FeedError
from bot.events import Post
from bot.live.attach import Outputs, attach
from bot.platforms.bilibili.client import (
    NO_COOKIE,
    BilibiliLive,
    BilibiliOptions,
    DanmuServer,
    danmu_info,
    room_page,
    server_url,
)
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.store import SessionRecords, open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.conftest import ROOT, SEEDS
from tests.fakes.fake_bilibili import FakeSendEndpoint, command, danmu, zlib_frame
from tests.fakes.fake_bilibili_room import (
    Connection,
    FakeLiveApi,
    HeldSendEndpoint,
    RefusingSendEndpoint,
    ScriptedBilibiliRoom,
    preparing,
)

ROOM = 22608112
KEY = "token-of-the-room"
UID = 160148624
COOKIE = f"SESSDATA=abc%2C123; bili_jct=0123456789abcdef; DedeUserID={UID}"
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
    """Attach a bot to the fake room through `attach`, with reconnects at once; until PREPARING."""
    made: list[BilibiliLive] = []

    def make(bot: LiveBot) -> BilibiliLive:
        """The Bilibili loop for `bot`, reconnecting at once."""
        live = BilibiliLive(options, bot, retry=Retry(lambda: itertools.repeat(0.0)), silence=silence)
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


async def test_answers_applies_once_across_a_reconnect_and_ends_on_preparing(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Key via getDanmuInfo; the answer reaches /msg/send; a re-sent 报名3 applies once; PREPARING ends."""
    first = [
        zlib_frame(say("工资多少", 77, "小王", 0), say(ASK, 79, "小美", 1)),
        say(APPLY, 78, "阿强", 2),
    ]
    second = [say(APPLY, 78, "阿强", 2), say("666", 80, "路人", 40), end()]
    scripts = [Connection(first, then="close"), Connection(second)]
    async with (
        ScriptedBilibiliRoom(ROOM, KEY, scripts) as fake,
        FakeLiveApi(fake.port, KEY) as api,
        FakeSendEndpoint(ROOM) as endpoint,
    ):
        options = BilibiliOptions(ROOM, cookie=COOKIE, api_url=api.base_url, send_url=endpoint.base_url)
        run = await run_bilibili(seed_catalog, tmp_path / "live.db", options)

    assert run.result.ended
    assert api.queries == [{"id": str(ROOM), "type": "0"}] * 2
    assert [a["uid"] for a in fake.auths] == [UID, UID]
    assert fake.connections == 2 == run.live.connections
    assert run.live.drops == ["closed"]
    assert [g.reason for g in run.records.gaps] == ["closed"]

    assert run.result.comments == 4
    assert run.result.duplicates == 1
    assert run.result.applications == 1
    assert [(a.user_id, a.job) for a in run.records.applications] == [("78", "J003")]

    sent = [form["msg"] for form in endpoint.received]
    answers = [p for p in run.posts if p.kind == "answer" and p.job == "J003"]
    assert answers, sent
    assert answers[0].text in sent
    assert "7000" in answers[0].text
    assert all(0 < len(msg) <= 20 for msg in sent)
    assert any(p.kind == "apply" and p.text in sent for p in run.posts)
    assert len(sent) == len(run.posts)
    assert {a.status for a in run.records.acks} == {"shown"}


async def test_a_refused_post_is_recorded_and_retried_once(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A non-zero `code` from /msg/send is a rejected post with its reason; the room sends it once more."""
    script = [say(ASK, 79, "小美", 0), say("666", 80, "路人", 20), end()]
    refusal = {"code": 10030, "message": "您发送弹幕的频率过快", "msg": "您发送弹幕的频率过快"}
    async with (
        ScriptedBilibiliRoom(ROOM, KEY, [Connection(script)]) as fake,
        RefusingSendEndpoint(ROOM, [refusal]) as endpoint,
    ):
        options = BilibiliOptions(ROOM, cookie=COOKIE, ws_url=fake.url, key=KEY, send_url=endpoint.base_url)
        run = await run_bilibili(seed_catalog, tmp_path / "refused.db", options)

    assert run.result.ended
    first, again = run.posts[:2]
    assert again.retry_of == first.id
    assert again.text == first.text
    acks = {(a.post_id, a.status, a.reason) for a in run.records.acks}
    assert (first.id, "rejected", "too_fast") in acks
    assert (again.id, "shown", None) in acks
    assert [form["msg"] for form in endpoint.received[:2]] == [first.text, again.text]
    assert run.live.refused == {"too_fast": 1}


async def test_without_a_cookie_the_bot_listens_and_posts_fail(
    seed_catalog: Catalog, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No cookie: comments are read; each post fails with no_cookie, none reaches /msg/send; one warning."""
    script = [say(ASK, 79, "小美", 0), say(APPLY, 78, "阿强", 1), say("666", 80, "路人", 20), end()]
    caplog.set_level(logging.WARNING, logger="daigang.live")
    async with (
        ScriptedBilibiliRoom(ROOM, KEY, [Connection(script)]) as fake,
        FakeSendEndpoint(ROOM) as endpoint,
    ):
        options = BilibiliOptions(ROOM, ws_url=fake.url, key=KEY, send_url=endpoint.base_url)
        run = await run_bilibili(seed_catalog, tmp_path / "listen.db", options)

    assert run.result.ended
    assert fake.auths[0]["uid"] == 0
    assert run.result.comments == 3
    assert run.result.applications == 1
    assert endpoint.received == []
    assert run.posts
    assert {(a.status, a.reason) for a in run.records.acks} == {("rejected", NO_COOKIE)}
    assert run.live.refused == {NO_COOKIE: len(run.posts)}
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
        options = BilibiliOptions(ROOM, ws_url=fake.url, key=KEY)
        run = await run_bilibili(seed_catalog, tmp_path / "silent.db", options, silence=0.3)

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
    """A wrong key is a mistake no reconnect mends: FeedError, not a loop."""
    async with ScriptedBilibiliRoom(ROOM, KEY, [Connection([end()])]) as fake:
        options = BilibiliOptions(ROOM, ws_url=fake.url, key="wrong")
        with pytest.raises(FeedError, match="refused the auth"):
            await run_bilibili(seed_catalog, tmp_path / "refused-auth.db", options)
    assert fake.connections == 0


async def test_danmu_info_reads_the_token_and_the_first_host() -> None:
    """getDanmuInfo's token and host list become the server to connect to, asked with the room id."""
    async with FakeLiveApi(4321, "tok-1") as api:
        found = await danmu_info(api.base_url, ROOM, cookie=COOKIE)
    assert found == DanmuServer("ws://127.0.0.1:4321/sub", "tok-1")
    assert api.queries == [{"id": str(ROOM), "type": "0"}]


async def test_a_refused_lookup_names_the_code_and_the_way_around() -> None:
    """A non-zero code (the platform's risk control) is a FeedError that points to --ws-url and --key."""
    async with FakeLiveApi(4321, "tok", refusal={"code": -352, "message": "-352"}) as api:
        with pytest.raises(FeedError, match=r"code -352.*--ws-url and --key"):
            await danmu_info(api.base_url, ROOM)


def test_server_url_follows_the_api_scheme() -> None:
    """An https API gives wss:// on wss_port; a plain one ws:// on ws_port; a broken entry nothing."""
    host = {"host": "zj-cn-live-comet.chat.bilibili.com", "port": 2243, "wss_port": 2245, "ws_port": 2244}
    assert server_url(host, secure=True) == "wss://zj-cn-live-comet.chat.bilibili.com:2245/sub"
    assert server_url(host, secure=False) == "ws://zj-cn-live-comet.chat.bilibili.com:2244/sub"
    assert server_url({"host": "", "wss_port": 2245}, secure=True) is None


async def test_posts_go_out_once_each_in_order_whatever_the_feed_does(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """Posts leave while the danmaku server is unreachable; one queued again by a reconnect goes once."""
    room = build_room(seed_catalog, get_profile("bilibili"))
    with open_store(str(tmp_path / "send.db")) as store:
        bot = LiveBot(room, store, source="test", catalog_json=seed_catalog.model_dump_json())
        endpoint = HeldSendEndpoint(ROOM)
        async with endpoint:
            # Nothing listens on port 9 of loopback: every connection attempt fails.
            options = BilibiliOptions(
                ROOM, cookie=COOKIE, ws_url="ws://127.0.0.1:9/sub", key=KEY, send_url=endpoint.base_url
            )
            live = BilibiliLive(options, bot, retry=Retry(lambda: itertools.repeat(3600.0)))
            loop = asyncio.create_task(live.run())
            bot.outbox.submit(Post(1.0, "p-1", "answer", ANSWER))
            await asyncio.wait_for(endpoint.arrived.wait(), 10)
            bot.connected()  # as on a new connection: the outbox queues the pending p-1 again
            endpoint.release.set()
            first = await bot.outbox.wait("p-1", 10.0)
            bot.outbox.submit(Post(2.0, "p-2", "card", CARD))
            second = await bot.outbox.wait("p-2", 10.0)
            loop.cancel()
            await asyncio.wait({loop})
    assert first is not None
    assert first.ok
    assert second is not None
    assert second.ok
    assert [form["msg"] for form in endpoint.received] == [ANSWER, CARD]
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
        (["--platform", "bilibili", "--room", "5", "--send-url", "ftp://x"], "--send-url ftp://x"),
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


def test_a_cookie_without_bili_jct_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The cookie file must carry the CSRF token; the line names the file."""
    cookie = tmp_path / "cookie.txt"
    cookie.write_text("SESSDATA=abc\n", encoding="utf-8")
    code = exit_code(
        ["attach", "--platform", "bilibili", "--room", "5", "--cookie-file", str(cookie), "--catalog", "x"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert f"{cookie}: no bili_jct" in err


async def test_the_attach_command_runs_a_bilibili_room_to_its_end(tmp_path: Path) -> None:
    """`daigang attach --platform bilibili` as a process: answers via /msg/send, exits 0 at PREPARING."""
    cookie = tmp_path / "cookie.txt"
    cookie.write_text(f"Cookie: {COOKIE}\n", encoding="utf-8")
    transcript = tmp_path / "t.jsonl"
    script = [say(ASK, 79, "小美", 0), say("666", 80, "路人", 20), end()]
    async with (
        ScriptedBilibiliRoom(ROOM, KEY, [Connection(script)]) as fake,
        FakeLiveApi(fake.port, KEY) as api,
        FakeSendEndpoint(ROOM) as endpoint,
    ):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "attach", "--platform", "bilibili", "--room", str(ROOM),
            "--api-url", api.base_url, "--send-url", endpoint.base_url, "--cookie-file", str(cookie),
            "--catalog", str(SEEDS / "catalog.yaml"), "--db", str(tmp_path / "cli.db"),
            "--transcript", str(transcript), "--quiet",
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, err.decode()
    assert f"attached to {room_page(ROOM)}" in err.decode()
    sent = [form["msg"] for form in endpoint.received]
    assert any("7000" in msg for msg in sent), sent
    assert transcript.read_text(encoding="utf-8").count("\n") == len(sent)
    assert fake.auths[0]["uid"] == UID
