"""`daigang attach --platform bilibili` as a process, against the strict fake platform on 127.0.0.1.

The run attaches with a cookie file and a short room id through `--api-url`, answers a viewer,
rides out a PREPARING that LIVE follows, never takes its own posts for viewers', and on SIGINT
exits with its transcript and store written.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import orjson
import pytest

from bot.platforms.bilibili.api import USER_AGENT
from bot.store import open_store
from tests.conftest import ROOT, SEEDS
from tests.fakes.fake_bilibili_strict import StrictBilibili


async def wait_for(check: object, fake: StrictBilibili, within: float = 40.0) -> None:
    """Until `check()` holds, woken by every post the fake receives (or the deadline)."""
    assert callable(check)
    async with asyncio.timeout(within), fake.posted:
        await fake.posted.wait_for(check)


@pytest.mark.slow
async def test_attach_answers_rides_out_preparing_and_stops_on_sigint(tmp_path: Path) -> None:
    """Short id, cookie file, all requests at the fake: nothing refused, own echo unanswered, exit 0|130,
    the counters kept."""
    cookie = tmp_path / "cookie.txt"
    transcript = tmp_path / "t.jsonl"
    db = tmp_path / "cli.db"
    async with StrictBilibili(dead_hosts=1) as fake:
        cookie.write_text(
            f"Cookie: SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={fake.uid}\n",
            encoding="utf-8",
        )
        cookie.chmod(0o600)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "attach", "--platform", "bilibili", "--room", str(fake.short_id),
            "--api-url", fake.base_url, "--cookie-file", str(cookie),
            "--catalog", str(SEEDS / "catalog.yaml"), "--db", str(db), "--transcript", str(transcript),
            "--quiet",
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await asyncio.wait_for(fake.authed.wait(), 60)
            await fake.say("3号包住吗", fake.uid, fake.uname)  # the account itself, from another device
            await fake.say("3号工资多少", 79, "小美")
            await wait_for(lambda: len(fake.shown) >= 1, fake)
            await fake.preparing()
            await fake.live()
            await fake.say("报名3", 78, "阿强")
            await wait_for(lambda: len(fake.shown) >= 2, fake)
            await asyncio.sleep(0.5)  # the second post's echo and ack
        finally:
            proc.send_signal(signal.SIGINT)
            _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode in (0, 130), err.decode()
    assert "PREPARING" in err.decode()
    assert "SESSDATA" not in err.decode()
    assert fake.refusals == []
    assert fake.auth_refusals == []
    assert fake.user_agents == {USER_AGENT}
    assert [s.answer.get("message") for s in fake.sends] == [""] * len(fake.sends)
    auth = fake.auths[0]
    assert (auth["roomid"], auth["uid"], auth["protover"]) == (fake.room_id, fake.uid, 3)
    assert auth["buvid"] == fake.tokens[auth["key"]].buvid3
    lines = [orjson.loads(line) for line in transcript.read_text(encoding="utf-8").splitlines()]
    assert [line["text"] for line in lines] == fake.shown
    assert any("7000" in text for text in fake.shown)
    with open_store(str(db)) as store:
        [session] = store.sessions()
        records = store.load(session.id)
        users = {c.user_id for c in records.comments}
    assert users == {"79", "78"}
    assert {q.user_id for q in records.questions} <= {"79", "78"}
    assert [(a.user_id, a.job) for a in records.applications] == [("78", "J003")]
    # Stopped by Ctrl-C, the session still keeps what the feed counted.
    assert {("preparing", 1), ("live_again", 1)} <= {(c.what, c.n) for c in records.counters}
