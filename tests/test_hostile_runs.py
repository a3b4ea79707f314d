"""Hostile recordings and stores: nothing hangs, crashes or is dropped without a count.

Generated frames (daigang-ws) are written as recordings in every format and replayed by the
command line under the memory and time caps; a recording cut off mid-line, a transcript that
cannot be written, a replay killed half-way, a damaged database, a store on read-only media and
a console command without its field each end in one clear line or are handled and counted.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import random
import shutil
import sqlite3
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import InputError
from bot.recordings.read import RecordingStats, read_recording
from tests.conftest import ROOT, SEEDS
from tests.fakes.fake_room import Script, ScriptedRoom
from tests.hostile import Tally, run_capped, unprivileged_prefix
from tests.test_console_auth import Served, served  # noqa: F401  # the console fixture

CATALOG = str(SEEDS / "catalog.yaml")
T0 = 1_763_600_400.0

_texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["3号工资多少", "报名2", "包住吗", "1号宿舍远吗", "666", "满意扣1", "<script>x</script>"]
    ),
)
_users = st.one_of(
    st.fixed_dictionaries({"id": st.text(max_size=8), "name": st.text(max_size=12)}),
    st.fixed_dictionaries({"id": st.integers()}),
    st.none(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)
_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True), st.text(max_size=10)
)


@st.composite
def frames(draw: st.DrawFn, offset: float) -> dict[str, object]:
    """One room → bot frame: mostly well formed, often with a wrong type, a missing or odd field."""
    kind = draw(
        st.sampled_from(["comment"] * 5 + ["feature", "enter", "like", "gift", "viewers", "ack", "end", "??"])
    )
    frame: dict[str, object] = {"type": kind, "ts": T0 + offset}
    if kind == "comment":
        frame.update(id=f"c-{draw(st.integers(0, 50))}", user=draw(_users), text=draw(_texts))
    elif kind == "feature":
        frame["job"] = draw(st.sampled_from(["J001", "J002", "J999", None, 3]))
    elif kind in ("enter", "like", "gift"):
        frame.update(user=draw(_users), count=draw(_values), gift=draw(_values))
    elif kind == "viewers":
        frame["count"] = draw(_values)
    if draw(st.integers(0, 4)) == 0:
        # `ts` stays on the stream's clock here: timestamps far from it are the clock's own tests
        field = draw(st.sampled_from(sorted(set(frame) - {"ts"})))
        if draw(st.booleans()):
            del frame[field]
        else:
            frame[field] = draw(_values)
    return frame


@st.composite
def recordings(draw: st.DrawFn) -> list[dict[str, object]]:
    """A short stream of frames in roughly increasing time."""
    count = draw(st.integers(1, 40))
    offsets = sorted(draw(st.lists(st.floats(0, 600), min_size=count, max_size=count)))
    return [draw(frames(offset)) for offset in offsets]


def write_as(fmt: str, items: list[dict[str, object]], path: Path) -> Path:
    """The frames as a recording of `fmt` (comments only for the formats that hold only comments)."""
    if fmt == "jsonl":
        path.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in items) + "\n", encoding="utf-8")
        return path
    comments = [f for f in items if f.get("type") == "comment"]

    def user(f: dict[str, object]) -> dict[str, object]:
        u = f.get("user")
        return u if isinstance(u, dict) else {}

    if fmt in ("douyin-grab", "wxlivespy"):
        lines = []
        for i, f in enumerate(comments):
            u, ts = user(f), f.get("ts")
            if fmt == "douyin-grab":
                data = {"MsgId": f.get("id"), "User": {"Id": u.get("id"), "Nickname": u.get("name")}}
                data["Content"] = f.get("text")
                lines.append({"Type": 1, "ProcessName": "x", "Data": json.dumps(data, ensure_ascii=False)})
            else:
                event = {
                    "decoded_type": "comment",
                    "msg_id": f.get("id"),
                    "seq": i,
                    "nickname": u.get("name"),
                }
                event |= {"content": f.get("text"), "decoded_openid": u.get("id")}
                event["msg_time"] = int(ts * 1000) if isinstance(ts, float) else ts
                lines.append({"live_info": {"live_status": 1}, "events": [event]})
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    elif fmt == "chat-downloader":
        rows = [
            {
                "message_id": f.get("id"),
                "message": f.get("text"),
                "timestamp": (f["ts"] * 1e6) if isinstance(f.get("ts"), float) else f.get("ts"),
                "author": {"id": user(f).get("id"), "name": user(f).get("name")},
            }
            for f in comments
        ]
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["time", "text", "name", "uid"])
        for f in comments:
            writer.writerow([f.get("ts"), f.get("text"), user(f).get("name"), user(f).get("id")])
        path.write_text(out.getvalue(), encoding="utf-8")
    else:
        rows = []
        for i, f in enumerate(comments, 1):
            ts = f.get("ts")
            offset = float(ts) - T0 if isinstance(ts, float) else 0
            p = quoteattr(f"{offset},1,25,0,0,0,x,{i}")
            text = escape("".join(c for c in str(f.get("text")) if c.isprintable()))
            rows.append(f"<d p={p}>{text}</d>")
        body = "".join(rows)
        path.write_text(f'<?xml version="1.0"?><i><chatid>1</chatid>{body}</i>', encoding="utf-8")
    return path


FORMATS = ["jsonl", "chat-downloader", "csv", "bilibili-xml", "douyin-grab", "wxlivespy"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=recordings(), fmt=st.sampled_from(FORMATS), cut=st.integers(0, 60))
def test_generated_recordings_read_or_refuse(
    tmp_path: Path, items: list[dict[str, object]], fmt: str, cut: int
) -> None:
    """Every generated recording (sometimes cut short) reads to events, skipping and counting the
    bad part, or is refused with an InputError naming the file; never another exception."""
    path = write_as(fmt, items, tmp_path / f"rec.{fmt}")
    if cut:
        data = path.read_bytes()
        path.write_bytes(data[: max(1, len(data) - cut)])
    stats = RecordingStats()
    try:
        events = list(read_recording(path, fmt, stats=stats))
    except InputError as exc:
        refused = str(exc)
        events = []
    else:
        refused = ""
    if refused:
        assert refused.startswith(str(path)), refused
        return
    assert stats.events == len(events)
    assert stats.events + stats.total_skipped >= stats.records  # every record given or counted
    if stats.skipped:
        assert stats.summary().startswith("skipped ")


RUNS = Tally("generated recordings through the command line")


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=recordings(), fmt=st.sampled_from(FORMATS))
def test_generated_recordings_through_the_command_line(
    tmp_path_factory: pytest.TempPathFactory, items: list[dict[str, object]], fmt: str
) -> None:
    """Generated recordings in every format replayed by `daigang replay` under 500 MB and 10 s:
    exit 0 (what was skipped counted in the summary line), or one line and exit 2."""
    folder = tmp_path_factory.mktemp("run")
    path = write_as(fmt, items, folder / f"rec.{fmt}")
    outcome = RUNS.run(
        fmt, run_capped("replay", str(path), "--catalog", CATALOG, "--db", str(folder / "r.db"))
    )
    print(RUNS.line())
    assert not outcome.hung
    assert not outcome.crashed, outcome.stderr[-500:]
    lines = outcome.stderr.strip().splitlines()
    if outcome.code == 2:
        assert len(lines) == 1, outcome.stderr
    else:
        assert lines[-1].startswith("replayed "), outcome.stderr


def test_malformed_frames_are_counted_in_the_summary_and_the_store(tmp_path: Path) -> None:
    """Comments whose text is a number: skipped, counted in the summary line with the first place."""
    good: dict[str, object] = {
        "type": "comment",
        "id": "c-ok",
        "ts": T0,
        "user": {"id": "u"},
        "text": "包住吗",
    }
    items = [good] + [
        {"type": "comment", "id": f"c-{i}", "ts": T0 + i, "user": {"id": "u"}, "text": i} for i in range(20)
    ]
    path = write_as("jsonl", items, tmp_path / "bad.jsonl")
    outcome = run_capped("replay", str(path), "--catalog", CATALOG, "--db", str(tmp_path / "b.db"), "--quiet")
    assert outcome.code == 0, outcome.stderr
    assert f"skipped 20 records (20 malformed frame; first at {path}:2)" in outcome.stderr
    with sqlite3.connect(tmp_path / "b.db") as conn:
        stored = conn.execute("SELECT n FROM counters WHERE what = 'skipped_record'").fetchall()
    assert stored == [(20,)]


def _seed_lines(count: int) -> list[str]:
    """The first `count` lines of the seed recording."""
    return (SEEDS / "stream.jsonl").read_text(encoding="utf-8").splitlines()[:count]


def test_cut_off_last_line_is_replayed_up_to_the_cut(tmp_path: Path) -> None:
    """A recording whose last line stops mid-write: replayed to the cut, one warning, counted."""
    log = tmp_path / "cut.jsonl"
    log.write_text(
        "\n".join(_seed_lines(300)) + '\n{"type": "comment", "id": "c-x", "ts": 17636', encoding="utf-8"
    )
    outcome = run_capped(
        "replay", str(log), "--catalog", CATALOG, "--db", str(tmp_path / "c.db"), "--quiet", timeout=60
    )
    assert outcome.code == 0, outcome.stderr
    warnings = [line for line in outcome.stderr.splitlines() if "cut off" in line]
    assert warnings == [
        f"daigang: {log}:301: the last line is cut off (the recording stopped mid-write): read up to it"
    ]
    assert f"skipped 1 record (1 cut-off last line; first at {log}:301)" in outcome.stderr
    with sqlite3.connect(tmp_path / "c.db") as conn:
        stored = conn.execute("SELECT what, n FROM counters WHERE what = 'skipped_record'").fetchall()
    assert stored == [("skipped_record", 1)]


def test_unwritable_transcript_is_refused_before_the_replay(tmp_path: Path) -> None:
    """`--transcript` into a missing folder: one line naming it, exit 2, nothing replayed or stored."""
    target = tmp_path / "no" / "such" / "t.jsonl"
    db = tmp_path / "t.db"
    outcome = run_capped(
        "replay",
        str(SEEDS / "stream.jsonl"),
        "--catalog",
        CATALOG,
        "--db",
        str(db),
        "--transcript",
        str(target),
    )
    assert outcome.code == 2
    assert outcome.stderr.strip().splitlines() == [
        f"daigang: {target}: cannot write the transcript: No such file or directory"
    ]
    assert not db.exists()


def test_a_killed_replay_leaves_its_transcript(tmp_path: Path) -> None:
    """A replay killed half-way (SIGKILL) has already written and flushed every post it made."""
    transcript = tmp_path / "t.jsonl"
    outcome = run_capped(
        "replay",
        str(SEEDS / "stream.jsonl"),
        "--catalog",
        CATALOG,
        "--db",
        str(tmp_path / "k.db"),
        "--quiet",
        "--transcript",
        str(transcript),
        env={"DAIGANG_CRASH_AFTER": "1200"},
        timeout=60,
    )
    assert outcome.code == -9
    lines = transcript.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 10
    assert all(
        json.loads(line)["kind"] in ("answer", "card", "apply", "poll", "host", "other") for line in lines
    )


def test_damaged_database_is_refused_before_a_run(tmp_path: Path) -> None:
    """A page overwritten in the middle of the store: the next replay says so in one line, exit 2."""
    db = tmp_path / "d.db"
    log = tmp_path / "s.jsonl"
    log.write_text("\n".join(_seed_lines(2000)) + "\n", encoding="utf-8")
    first = run_capped("replay", str(log), "--catalog", CATALOG, "--db", str(db), "--quiet", timeout=60)
    assert first.code == 0, first.stderr
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 10
    with db.open("r+b") as fh:
        fh.seek(page * (pages // 2))
        fh.write(bytes(random.Random(1).randrange(256) for _ in range(page)))
    again = run_capped("replay", str(log), "--catalog", CATALOG, "--db", str(db), "--quiet", timeout=60)
    assert again.code == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"daigang: {db}: the store is damaged")


def test_report_reads_a_store_on_read_only_media(tmp_path: Path) -> None:
    """A store whose file and folder may not be written: the report opens it read-only and is written."""
    media = tmp_path / "media"
    media.mkdir()
    db = media / "r.db"
    log = tmp_path / "s.jsonl"
    log.write_text("\n".join(_seed_lines(1500)) + "\n", encoding="utf-8")
    made = run_capped("replay", str(log), "--catalog", CATALOG, "--db", str(db), "--quiet", timeout=60)
    assert made.code == 0, made.stderr
    for leftover in (media / "r.db-wal", media / "r.db-shm"):
        assert not leftover.exists()
    out = tmp_path / "out"
    out.mkdir()
    db.chmod(0o444)
    media.chmod(0o555)
    prefix = unprivileged_prefix()  # root writes anything: check as an ordinary user
    if prefix is None:
        media.chmod(0o755)
        pytest.skip("running as root without user namespaces: no way to make a file read-only")
    try:
        outcome = run_capped("report", "--db", str(db), "--out", str(out), prefix=prefix, timeout=60)
    finally:
        media.chmod(0o755)
    assert outcome.code == 0, outcome.stderr
    assert (out / "report.html").is_file()
    assert sorted(p.name for p in media.iterdir()) == ["r.db"]


@pytest.mark.skipif(shutil.which("true") is None, reason="no shell tools")
async def test_feature_without_job_is_refused(served: Served) -> None:  # noqa: F811
    """`/api/feature` without `job` is a 400 with the reason; the featured job is not cleared."""
    headers = {"X-Console-Token": served.console.token}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(served.at("/api/feature"), json={}) as r:
            assert r.status == 400
            body = await r.json()
        async with http.post(served.at("/api/feature"), json={"job": None}) as r:
            assert r.status == 200
    assert "job" in body["error"]
    assert len(served.submitted) == 1


async def test_attach_says_what_it_skipped(tmp_path: Path) -> None:
    """`daigang attach` on a room sending malformed and unknown frames: its summary line counts them."""
    frames = [
        json.dumps({"type": "comment", "id": "c-1", "ts": T0, "user": {"id": "u"}, "text": "包住吗"}),
        json.dumps({"type": "comment", "id": "c-2", "ts": T0 + 1, "user": {"id": "u"}, "text": 5}),
        "{not json",
        json.dumps({"type": "teleport", "ts": T0 + 2}),
        json.dumps({"type": "end", "ts": T0 + 3}),
    ]
    async with ScriptedRoom([Script(frames)]) as room:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "attach",
            room.url,
            "--catalog",
            CATALOG,
            "--db",
            str(tmp_path / "a.db"),
            "--quiet",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    summary = err.decode().strip().splitlines()[-1]
    assert "skipped 3 frames (2 malformed frame, 1 unknown frame 'teleport'); " in summary, summary
    with sqlite3.connect(tmp_path / "a.db") as conn:
        stored = dict(conn.execute("SELECT what, sum(n) FROM counters GROUP BY what").fetchall())
    assert stored["malformed_frame"] == 2
    assert stored["unknown_frame"] == 1
