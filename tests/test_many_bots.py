"""Many bots, one PostgreSQL database: four rooms replayed at once, a bot killed and restarted, the
report across their streams, and processes racing to write the same rows.

Each room's rows are compared with the same recording replayed alone into its own SQLite file.
PostgreSQL comes from DAIGANG_TEST_PG (e.g. postgresql://postgres@127.0.0.1:5433/postgres); every
test works in a database of its own, created here and dropped at the end. Without a server the
tests are skipped, except under CI (the CI variable set), where that fails them.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot.store.rows import TABLES
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.postgres

CATALOG = SEEDS / "catalog.yaml"
CHINA = timezone(timedelta(hours=8))
SYNTHETIC = ((2400, 101, "2025-11-21"), (3000, 202, "2025-11-22"), (3600, 303, "2025-11-23"))
"""Synthetic rooms: comments, generator seed, and the day the stream is held (the seed's is 2025-11-20)."""
SINCE, UNTIL = "2025-11-20", "2025-11-23"
CRASH_AFTER = 1800
TIMEOUT = 120


def pg_server() -> str:
    """The test server's URL, or skip (fail under CI) when there is none or it cannot be reached."""
    url = os.environ.get("DAIGANG_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but DAIGANG_TEST_PG names no PostgreSQL server")
        pytest.skip("PostgreSQL tests need DAIGANG_TEST_PG=postgresql://… (not set)")
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as e:
        if os.environ.get("CI"):
            pytest.fail(f"DAIGANG_TEST_PG is unreachable: {e}")
        pytest.skip(f"DAIGANG_TEST_PG is unreachable: {e}")
    return url


@pytest.fixture(scope="module", autouse=True)
def server() -> str:
    """The test PostgreSQL server; the whole module is skipped before any work when there is none."""
    return pg_server()


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """A new, empty database on the test server (a random name), dropped afterwards."""
    import psycopg

    name = f"daigang_bots_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class Room:
    """What the store holds about one stream."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    comments: set[str] = field(default_factory=set)
    questions: set[str] = field(default_factory=set)
    applications: set[tuple[str, str]] = field(default_factory=set)


def rooms_in(conn: Any) -> dict[str, Room]:
    """Every session of a database (SQLite or PostgreSQL connection): row counts and keys."""
    rooms: dict[str, Room] = defaultdict(Room)
    for (sid,) in conn.execute("SELECT id FROM sessions").fetchall():
        rooms[sid] = Room()
    for table in TABLES:
        for sid, n in conn.execute(f"SELECT session, COUNT(*) FROM {table} GROUP BY session").fetchall():
            rooms[sid].counts[table] = int(n)
    for sid, comment in conn.execute("SELECT session, comment_id FROM comments").fetchall():
        rooms[sid].comments.add(comment)
    for sid, qid in conn.execute("SELECT session, qid FROM questions").fetchall():
        rooms[sid].questions.add(qid)
    for sid, user, job in conn.execute("SELECT session, user_id, job FROM applications").fetchall():
        rooms[sid].applications.add((user, job))
    return dict(rooms)


def pg_rooms(url: str) -> dict[str, Room]:
    """Every session of a PostgreSQL database."""
    import psycopg

    with psycopg.connect(url) as conn:
        return rooms_in(conn)


def sqlite_rooms(path: Path) -> dict[str, Room]:
    """Every session of a SQLite file."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return rooms_in(conn)
    finally:
        conn.close()


def comment_ids(recording: Path) -> set[str]:
    """The comment ids a recording holds, read straight from its frames."""
    ids = set()
    with recording.open(encoding="utf-8") as fh:
        for line in fh:
            frame = json.loads(line)
            if frame["type"] == "comment":
                ids.add(frame["id"])
    return ids


@dataclass
class Bot:
    """One `daigang replay` running in a subprocess."""

    recording: Path
    proc: subprocess.Popen[bytes]
    log: Path

    def wait(self) -> tuple[int, str]:
        """Wait for the process to end; its return code and what it wrote to stderr."""
        code = self.proc.wait(timeout=TIMEOUT)
        return code, self.log.read_text(encoding="utf-8", errors="replace")

    def succeed(self) -> str:
        """Wait for the process and require a clean exit; its stderr."""
        code, err = self.wait()
        assert code == 0, f"{self.recording.name}: exit {code}\n{err}"
        return err


def start_bot(recording: Path, db: str, logs: Path, crash_after: int | None = None) -> Bot:
    """Start `daigang replay RECORDING --db DB` in the background (optionally killing itself)."""
    env = dict(os.environ)
    env.pop("DAIGANG_CRASH_AFTER", None)
    if crash_after is not None:
        env["DAIGANG_CRASH_AFTER"] = str(crash_after)
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{recording.stem}-{uuid.uuid4().hex[:6]}.err"
    cmd = [
        sys.executable,
        "-m",
        "bot",
        "replay",
        str(recording),
        "--catalog",
        str(CATALOG),
        "--db",
        db,
        "--quiet",
    ]
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
    return Bot(recording, proc, log)


@contextmanager
def bots_running() -> Iterator[list[Bot]]:
    """A list to start bots into; any still running when the block ends (a failed test) are killed."""
    bots: list[Bot] = []
    try:
        yield bots
    finally:
        for bot in bots:
            if bot.proc.poll() is None:
                bot.proc.kill()
                bot.proc.wait()


def start_daigang(*args: str) -> subprocess.Popen[bytes]:
    """Start one `daigang` command in the background, its stderr kept for a failure message."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def applications_confirmed(stderr: str) -> int:
    """How many applications a replay newly recorded, from its closing summary line."""
    match = re.search(r"(\d+) applications; session (\S+) in ", stderr)
    assert match is not None, stderr
    return int(match.group(1))


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seed recording and three synthetic ones, a day apart, of 2,400–3,600 comments."""
    from bot.synth import write_stream
    from catalog.load import load_catalog

    catalog = load_catalog(CATALOG)
    folder = tmp_path_factory.mktemp("recordings")
    out = [SEEDS / "stream.jsonl"]
    for comments, seed, day in SYNTHETIC:
        start = datetime.fromisoformat(f"{day}T10:00").replace(tzinfo=CHINA).timestamp()
        path = folder / f"synth-{seed}.jsonl"
        out.append(write_stream(path, catalog, comments, seed=seed, start=start, rate=4.0))
    return out


@pytest.fixture(scope="module")
def alone(recordings: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Room]]:
    """Each recording replayed on its own into its own SQLite file: recording name -> (session, rows)."""
    folder = tmp_path_factory.mktemp("alone")
    out: dict[str, tuple[str, Room]] = {}
    with bots_running() as bots:
        bots.extend(start_bot(r, str(folder / f"{r.stem}.db"), folder) for r in recordings)
        for bot in bots:
            bot.succeed()
    for bot in bots:
        rooms = sqlite_rooms(folder / f"{bot.recording.stem}.db")
        assert len(rooms) == 1
        ((sid, room),) = rooms.items()
        out[bot.recording.name] = (sid, room)
    return out


@pytest.fixture(scope="module")
def shared(server: str, recordings: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One fresh PostgreSQL database that four bots, one per recording, filled at the same time."""
    with fresh_database(server) as url:
        logs = tmp_path_factory.mktemp("shared")
        with bots_running() as bots:
            bots.extend(start_bot(r, url, logs) for r in recordings)
            for bot in bots:
                bot.succeed()
        yield url


def test_four_bots_at_once_store_every_row_of_every_room_exactly_once(
    shared: str, alone: dict[str, tuple[str, Room]], recordings: list[Path]
) -> None:
    """Per room, the shared database holds what a lone replay into SQLite holds: rows, comments,
    questions and applications, each once."""
    rooms = pg_rooms(shared)
    assert set(rooms) == {sid for sid, _ in alone.values()}
    for recording in recordings:
        sid, want = alone[recording.name]
        got = rooms[sid]
        assert got.counts == want.counts, recording.name
        assert got.comments == want.comments == comment_ids(recording)
        assert got.questions == want.questions
        assert got.applications == want.applications
        assert want.counts["comments"] > 2000
        assert want.counts["questions"] > 500
        assert want.counts["applications"] > 20


def test_a_bot_killed_mid_replay_and_restarted_loses_and_doubles_nothing(
    server: str, recordings: list[Path], alone: dict[str, tuple[str, Room]], tmp_path: Path
) -> None:
    """SIGKILL one of four bots mid-stream: the applications stored by then survive its re-run (which
    records only the missing ones as new), and every room ends with exactly an undisturbed replay's rows."""
    victim = recordings[0]
    sid, calm = alone[victim.name]
    with fresh_database(server) as url, bots_running() as bots:
        bots.extend(start_bot(r, url, tmp_path, CRASH_AFTER if r == victim else None) for r in recordings)
        code, err = bots[0].wait()
        assert code == -signal.SIGKILL, err
        killed = pg_rooms(url)[sid]
        assert 0 < len(killed.applications) < len(calm.applications)
        assert killed.counts["comments"] < calm.counts["comments"]
        bots[0] = start_bot(victim, url, tmp_path)
        rerun = applications_confirmed(bots[0].succeed())
        for bot in bots[1:]:
            bot.succeed()
        rooms = pg_rooms(url)
    assert killed.applications <= rooms[sid].applications
    assert rerun == len(calm.applications) - len(killed.applications)
    assert set(rooms) == {s for s, _ in alone.values()}
    for recording in recordings:
        s, want = alone[recording.name]
        assert rooms[s].counts == want.counts, recording.name
        assert rooms[s].comments == want.comments
        assert rooms[s].questions == want.questions
        assert rooms[s].applications == want.applications


def _by(rows: list[dict[str, Any]], *key: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Report rows keyed by the given fields."""
    return {tuple(row[k] for k in key): row for row in rows}


def test_the_report_across_the_four_streams_is_the_sum_of_their_reports(
    shared: str, alone: dict[str, tuple[str, Room]], tmp_path: Path
) -> None:
    """`daigang report --since --until` over the four streams adds up their own reports: comments,
    questions, applications per employer and job, and time on screen."""
    sessions = sorted(sid for sid, _ in alone.values())
    middle = {alone[f"synth-{seed}.jsonl"][0] for _, seed, day in SYNTHETIC if day <= "2025-11-22"}
    runs = {sid: ["--session", sid] for sid in sessions}
    runs["range"] = ["--since", SINCE, "--until", UNTIL]
    runs["middle"] = ["--since", "2025-11-21", "--until", "2025-11-22"]
    procs = [
        start_daigang("report", "--db", shared, *flags, "--out", str(tmp_path / name))
        for name, flags in runs.items()
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, err.decode()
    inner = json.loads((tmp_path / "middle" / "report.json").read_text(encoding="utf-8"))
    assert {s["session"] for s in inner["streams"]} == middle
    one = [json.loads((tmp_path / sid / "report.json").read_text(encoding="utf-8")) for sid in sessions]
    span = json.loads((tmp_path / "range" / "report.json").read_text(encoding="utf-8"))

    totals = span["totals"]
    assert totals["streams"] == 4
    assert sorted(s["session"] for s in span["streams"]) == sessions
    assert totals["comments"] == sum(r["stream"]["comments"] for r in one)
    assert totals["questions"] == sum(r["questions"]["total"] for r in one)
    assert totals["applications"] == sum(len(r["applications"]) for r in one)
    assert totals["length_s"] == pytest.approx(sum(r["stream"]["length_s"] for r in one), abs=0.11)
    per_stream = Counter(a["session"] for a in span["applications"])
    assert per_stream == Counter(
        {r["stream"]["session"]: len(r["applications"]) for r in one if r["applications"]}
    )

    employers: dict[str, Counter[str]] = defaultdict(Counter)
    screen: dict[str, float] = defaultdict(float)
    for report in one:
        for e in report["employers"]:
            employers[e["employer"]].update(questions=e["questions"], applications=e["applications"])
            screen[e["employer"]] += e["on_screen_s"]
    ranged = _by(span["employers"], "employer")
    assert set(ranged) == {(e,) for e in employers}
    for eid, want in employers.items():
        row = ranged[(eid,)]
        assert (row["questions"], row["applications"]) == (want["questions"], want["applications"]), eid
        assert row["on_screen_s"] == pytest.approx(screen[eid], abs=0.11), eid

    jobs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    job_screen: dict[tuple[str, str], float] = defaultdict(float)
    for report in one:
        for j in report["jobs"]:
            jobs[(j["employer"], j["job"])].update(questions=j["questions"], applications=j["applications"])
            job_screen[(j["employer"], j["job"])] += j["on_screen_s"]
    ranged_jobs = _by(span["jobs"], "employer", "job")
    assert set(ranged_jobs) == set(jobs)
    for key, want in jobs.items():
        row = ranged_jobs[key]
        assert (row["questions"], row["applications"]) == (want["questions"], want["applications"]), key
        assert row["on_screen_s"] == pytest.approx(job_screen[key], abs=0.11), key
    assert sum(1 for row in span["jobs"] if row["on_screen_s"] > 0) >= 8
    assert sum(row["applications"] for row in span["jobs"]) == totals["applications"]


def test_two_bots_replaying_one_recording_at_once_write_each_row_once(
    server: str, recordings: list[Path], alone: dict[str, tuple[str, Room]], tmp_path: Path
) -> None:
    """Two bots on the same recording race to insert the same comment ids and applications into one
    session: it ends as a lone replay's, and each application was newly recorded by exactly one."""
    recording = recordings[1]
    sid, want = alone[recording.name]
    with fresh_database(server) as url, bots_running() as bots:
        bots.extend(start_bot(recording, url, tmp_path) for _ in range(2))
        confirmed = [applications_confirmed(bot.succeed()) for bot in bots]
        rooms = pg_rooms(url)
    assert set(rooms) == {sid}
    assert rooms[sid].counts == want.counts
    assert rooms[sid].comments == want.comments
    assert rooms[sid].applications == want.applications
    assert sum(confirmed) == len(want.applications)


RACE_COMMENTS = 400
RACE_APPLICANTS = 60


def race_writer(url: str, key: str, barrier: Any, results: Any) -> None:
    """In a child process: open the store, wait for the others, then write the same comments and
    applications they write; report how many applications this process recorded first."""
    from bot.events import ApplicationMade, CommentSeen
    from bot.store import open_store

    try:
        with open_store(url, batch=25) as store:
            sid = store.open_session(key, "race.jsonl", "generic", 1763600400.0, "{}")
            barrier.wait(timeout=60)
            won = 0
            for i in range(RACE_COMMENTS):
                ts = 1763600400.0 + i
                text = f"报名{i % 3 + 1}" if i % 5 == 0 else "工资多少"
                comment = CommentSeen(
                    ts, f"c-{i}", f"u-{i % 97}", "观众", text, (), None, None, False, False, None
                )
                store.write(sid, [comment])
                if i % 5 == 0 and i // 5 < RACE_APPLICANTS:
                    job = f"J00{i % 3 + 1}"
                    app = ApplicationMade(ts, f"c-{i}", f"u-{i % 97}", "观众", job, "huachen-sz", text)
                    won += store.write_application(sid, app)
        results.put(("ok", sid, won))
    except Exception as e:
        results.put(("error", "", repr(e)))
        raise


def test_processes_racing_on_the_same_rows_insert_each_exactly_once(server: str) -> None:
    """Four processes released together write the same comments and durable applications into one
    session: every row lands once, and each application is reported new by exactly one of them."""
    ctx = multiprocessing.get_context("spawn")
    with fresh_database(server) as url:
        key = f"race-{uuid.uuid4().hex}"
        barrier = ctx.Barrier(4)
        results = ctx.Queue()
        procs = [ctx.Process(target=race_writer, args=(url, key, barrier, results)) for _ in range(4)]
        try:
            for proc in procs:
                proc.start()
            outcomes = [results.get(timeout=TIMEOUT) for _ in procs]
            for proc in procs:
                proc.join(timeout=TIMEOUT)
                assert proc.exitcode == 0
        finally:
            for proc in procs:
                if proc.is_alive():
                    proc.kill()
                    proc.join()
        assert all(status == "ok" for status, _, _ in outcomes), outcomes
        assert len({sid for _, sid, _ in outcomes}) == 1
        rooms = pg_rooms(url)
    (room,) = rooms.values()
    expected_apps = {
        (f"u-{i % 97}", f"J00{i % 3 + 1}") for i in range(0, RACE_COMMENTS, 5) if i // 5 < RACE_APPLICANTS
    }
    assert room.counts["comments"] == len(room.comments) == RACE_COMMENTS
    assert room.applications == expected_apps
    assert sum(int(won) for _, _, won in outcomes) == len(expected_apps)
