"""`daigang attach --relay PORT` as another reader uses it: frames by POST and WebSocket, with the token."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import aiohttp
import orjson

from bot.store import open_store
from tests.conftest import SEEDS
from tests.printed import printed_line, start_daigang

T0 = 1_763_600_400.0


def _comment(cid: str, at: float, uid: str, name: str, text: str) -> dict[str, object]:
    """A daigang-ws comment frame."""
    return {"type": "comment", "id": cid, "ts": T0 + at, "user": {"id": uid, "name": name}, "text": text}


async def test_relay_takes_posted_and_socket_frames_with_the_token(tmp_path: Path) -> None:
    """Without the token 401; a POSTed array and WebSocket frames reach the bot; the answer and two
    applications are recorded; the relay's end ends the run."""
    transcript = tmp_path / "t.jsonl"
    db = tmp_path / "relay.db"
    proc = await start_daigang(
        *("attach", "--relay", "0", "--catalog", str(SEEDS / "catalog.yaml")),
        *("--db", str(db), "--transcript", str(transcript), "--quiet"),
    )
    try:
        assert proc.stdout is not None
        assert proc.stderr is not None
        token = (await printed_line(proc.stdout, "console:")).split("token=", 1)[1]
        relay = await printed_line(proc.stderr, "relay:")
        found = re.search(r"POST (http://127\.0\.0\.1:\d+/relay)", relay)
        assert found is not None
        url = found.group(1)
        frames = [
            {"type": "feature", "ts": T0, "job": "J003"},
            _comment("c-1", 1, "k-1", "快手小王", "工资多少"),
            _comment("c-2", 2, "k-2", "快手阿强", "报名3"),
            {"type": "nonsense", "ts": T0 + 2},
        ]
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=frames) as refused:
                assert refused.status == 401
            async with http.post(url, json=frames, headers={"X-Console-Token": token}) as taken:
                assert taken.status == 200
                assert await taken.json() == {"accepted": 3, "skipped": 1}
            ws_url = url.replace("http://", "ws://") + f"?token={token}"
            async with http.ws_connect(ws_url) as ws:
                await ws.send_str(
                    json.dumps(_comment("c-3", 3, "k-3", "快手小美", "报名3"), ensure_ascii=False)
                )
                await ws.send_str("{not json")
                await ws.send_str(json.dumps({"type": "end", "ts": T0 + 60}))
                assert await asyncio.wait_for(proc.wait(), 60) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    posts = [orjson.loads(line) for line in transcript.read_bytes().splitlines()]
    assert any(p["kind"] == "answer" and p["reply_to"] == ["relay:c-1"] for p in posts)
    with open_store(str(db)) as store:
        session = store.latest_session()
        assert session is not None
        apps = store.load(session).applications
    assert sorted(a.user_id for a in apps) == ["relay:k-2", "relay:k-3"]
    assert {a.platform for a in apps} == {"relay"}
