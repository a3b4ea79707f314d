"""One runner for replay and live: the same rows in the store, and a clock that far-off times cannot drag."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import signal
import sqlite3
import sys
import time
from pathlib import Path

import orjson
import pytest
from websockets.asyncio.server import ServerConnection

from bot.events import Ack, Action, Comment, Event, Post
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer, load_events
from bot.profiles import get_profile
from bot.replay import replay
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveOptions
from bot.runtime.outbox import Outbox
from bot.store import Store, open_store
from bot.wiring import build_room, transcript_line
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.fakes.fake_room import Script, ScriptedRoom

STREAM = SEEDS / "stream.jsonl"
CATALOG = SEEDS / "catalog.yaml"
T0 = 1_763_600_000.0
ROOT = Path(__file__).resolve().parent.parent


def stored(store: Store, sid: str) -> dict[str, list[object]]:
    """Every stored row of a session but its identity (id, key, source), table by table."""
    records = store.load(sid)
    out: dict[str, list[object]] = {"comments": list(records.comments)}
    for f in dataclasses.fields(records):
        if f.name not in ("info", "catalog_json", "comment_count", "comments", "feedback"):
            out[f.name] = list(getattr(records, f.name))
    return out


async def test_live_and_replay_store_the_same_rows(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The seed recording over a real WebSocket and as a replay: the same transcript, the same rows."""
    events = load_events(STREAM)
    profile = get_profile("generic")
    with open_store(str(tmp_path / "live.db")) as live_store:
        async with RoomServer(events, profile) as room:
            live = await attach(
                room.url,
                build_room(seed_catalog, profile),
                seed_catalog,
                live_store,
                Outputs(),
                options=LiveOptions(idle_after=None, ack_wait=30.0),
                retry=Retry(lambda: itertools.repeat(0.0)),
            )
        live_rows = stored(live_store, live.session)
    with open_store(str(tmp_path / "replay.db")) as replay_store:
        replayed = await replay(STREAM, seed_catalog, profile, replay_store)
        replay_rows = stored(replay_store, replayed.session)
    assert [transcript_line(p) for p in live.posts] == [transcript_line(p) for p in replayed.posts]
    assert live_rows["posts"]
    assert live_rows["applications"]
    assert live_rows["acks"]
    assert live_rows == replay_rows


def frame(obj: dict[str, object]) -> str:
    """One room frame as text."""
    return orjson.dumps(obj).decode()


def comment(n: int, ts: float | None, text: str) -> dict[str, object]:
    """A comment frame (`ts` None: the frame carries no time)."""
    obj: dict[str, object] = {"type": "comment", "id": f"c-{n}", "user": {"id": f"u-{n}", "name": f"观众{n}"}}
    if ts is not None:
        obj["ts"] = ts
    obj["text"] = text
    return obj


def far_off_frames(end: bool = True) -> list[dict[str, object]]:
    """A stream whose first frames carry no time, with 0, negative, ms, 1e300 and far-off times mixed in."""
    out: list[dict[str, object]] = [
        {"type": "viewers", "count": 5},
        {"type": "viewers", "ts": 0, "count": 6},
        {"type": "feature", "ts": T0, "job": "J001"},
        comment(1, T0 + 1, "工资多少"),
        comment(2, (T0 + 2) * 1000, "包住吗"),
        comment(3, 1e300, "有食堂吗"),
        comment(4, -7, "上班时间多久"),
        comment(5, T0 + 3600, "有五险一金吗"),
        comment(6, T0 + 3 * 365 * 86400.0, "在哪里"),
    ]
    out += [comment(10 + i, T0 + 3 + i, q) for i, q in enumerate(["宿舍几人间", "几点上班", "累不累"] * 3)]
    if end:
        out.append({"type": "end", "ts": T0 + 60})
    return out


def check_far_off_run(db: Path, transcript: Path, stderr: str) -> None:
    """The session opened at the first real time, every post near it, one line said about it."""
    posts = [orjson.loads(line) for line in transcript.read_bytes().splitlines()]
    assert posts, stderr
    assert all(T0 <= p["ts"] <= T0 + 120 for p in posts), posts
    with sqlite3.connect(db) as conn:
        started = conn.execute("SELECT started FROM sessions").fetchall()
        counters = dict(conn.execute("SELECT what, SUM(n) FROM counters GROUP BY what").fetchall())
        comments = conn.execute("SELECT MIN(ts), MAX(ts), COUNT(*) FROM comments").fetchone()
    assert started == [(T0,)]
    assert comments[0] >= T0
    assert comments[1] <= T0 + 120
    assert comments[2] >= 10
    assert sum(n for what, n in counters.items() if what.startswith("clock_")) >= 2
    assert sum(line.count("far off the stream's clock") for line in stderr.splitlines()) == 1


def test_replay_of_far_off_times_ends_quickly_on_the_streams_clock(tmp_path: Path) -> None:
    """`daigang replay` of such a recording ends within seconds and records on the stream's own clock."""
    import subprocess

    log = tmp_path / "far.jsonl"
    log.write_text("".join(frame(o) + "\n" for o in far_off_frames()), encoding="utf-8")
    db, transcript = tmp_path / "far.db", tmp_path / "far-transcript.jsonl"
    cmd = [sys.executable, "-m", "bot", "replay", str(log), "--catalog", str(CATALOG), "--db", str(db)]
    began = time.monotonic()
    proc = subprocess.run(
        [*cmd, "--transcript", str(transcript), "--quiet"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert time.monotonic() - began < 60
    check_far_off_run(db, transcript, proc.stderr)


async def attach_process(url: str, tmp_path: Path) -> asyncio.subprocess.Process:
    """`daigang attach URL` in a process of its own, writing its transcript and store into `tmp_path`."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "attach",
        url,
        "--catalog",
        str(CATALOG),
        "--db",
        str(tmp_path / "live.db"),
        "--transcript",
        str(tmp_path / "transcript.jsonl"),
        "--quiet",
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_attach_to_far_off_times_stays_on_the_streams_clock(tmp_path: Path) -> None:
    """`daigang attach` to a room sending untimed, ms, 1e300 and far-off frames answers and ends."""
    async with ScriptedRoom([Script([frame(o) for o in far_off_frames()])]) as room:
        proc = await attach_process(room.url, tmp_path)
        _, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()
    check_far_off_run(tmp_path / "live.db", tmp_path / "transcript.jsonl", err.decode())


class CountingRoom(ScriptedRoom):
    """A scripted room that tells when the bot has posted twice."""

    def __init__(self, scripts: list[Script]) -> None:
        """Play `scripts`; `posted` is set at the second post."""
        super().__init__(scripts)
        self.posted = asyncio.Event()

    async def _acks(self, ws: ServerConnection) -> None:
        """Ack as the scripted room does, noting the second post."""
        async for text in ws:
            obj = orjson.loads(text)
            self.received.append(obj)
            await ws.send(orjson.dumps({"type": "ack", "id": obj["id"], "ok": True}).decode())
            if len(self.received) >= 2:
                self.posted.set()


async def test_sigint_during_attach_keeps_the_transcript_and_the_store(tmp_path: Path) -> None:
    """Ctrl-C while attached: exit 0 or 130, the posts made are in the transcript and the store."""
    async with CountingRoom([Script([frame(o) for o in far_off_frames(end=False)])]) as room:
        proc = await attach_process(room.url, tmp_path)
        transcript = tmp_path / "transcript.jsonl"
        await asyncio.wait_for(room.posted.wait(), 90)
        proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode in (0, 130), err.decode()
    assert "Traceback" not in err.decode()
    lines = transcript.read_bytes().splitlines()
    with sqlite3.connect(tmp_path / "live.db") as conn:
        posts = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
        comments = conn.execute("SELECT COUNT(*) FROM comments").fetchone()[0]
    assert posts >= len(lines) >= 2
    assert comments >= 1


async def test_a_cancel_that_comes_with_the_ack_is_not_swallowed() -> None:
    """Ctrl-C as a post's ack arrives (the race behind a run that never stopped): the worker waiting
    for the ack is cancelled all the same, in the same turn of the loop the ack came in."""
    outbox = Outbox()
    outbox.submit(Post(T0, "p-1", "answer", "3号综合7000-9000/月"))
    waiting = asyncio.create_task(outbox.wait("p-1", 30.0))
    await asyncio.sleep(0)  # the worker is now waiting for the ack
    assert outbox.settle(Ack(T0, "p-1", True)) == "awaited"
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting


def test_a_comment_is_an_event_the_runner_counts() -> None:
    """The helper frames above are what the codec reads as comments (a guard on the test itself)."""
    from bot.platforms.ws.codec import RoomDecoder

    event: Event | None = RoomDecoder().feed(frame(comment(1, T0, "工资多少")), 0.0)
    assert isinstance(event, Comment)
    assert event.ts == T0


def test_a_comment_the_room_fails_on_is_counted_and_the_stream_goes_on(
    tmp_path: Path, seed_catalog: Catalog
) -> None:
    """A failure of the core on one comment is told in one line, counted in the store, and the
    next comment is handled as usual."""
    from bot.events import User
    from bot.runtime.runner import Runner
    from bot.runtime.writes import DirectWrites

    store = open_store(str(tmp_path / "fail.db"))
    room = build_room(seed_catalog, get_profile("generic"))

    def decide(event: Event, now: float) -> list[Action]:
        if isinstance(event, Comment) and event.text == "崩":
            raise ValueError("a bug")
        return room.handle(event, now)

    warned: list[str] = []
    runner = Runner(
        room,
        DirectWrites(store),
        lambda ts: store.open_session("k", "test", "generic", ts, "{}"),
        warn=warned.append,
        decide=decide,
    )
    runner.feed(Comment("c1", T0, User("u1", "甲"), "崩"))
    runner.feed(Comment("c2", T0 + 1, User("u2", "乙"), "工资多少"))
    runner.settle()
    records = store.load(runner.session)
    assert [c.what for c in records.counters if c.what == "comment_failed"] == ["comment_failed"]
    assert any(c.comment_id == "c2" for c in records.comments)
    assert len(warned) == 1
    assert "c1" in warned[0]
    assert "崩" not in warned[0]
    store.close()
