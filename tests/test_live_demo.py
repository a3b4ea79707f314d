"""`daigang demo`, `room` and `attach` as a person runs them: separate processes, real sockets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from bot.live.room_server import load_events
from bot.platforms.ws.codec import encode_event
from tests.conftest import ROOT, SEEDS

STREAM = SEEDS / "stream.jsonl"
CATALOG = SEEDS / "catalog.yaml"


def daigang(*args: str) -> list[str]:
    """The command line of `daigang ARGS` run from the source tree."""
    return [sys.executable, "-m", "bot", *args]


def env() -> dict[str, str]:
    """The environment with the source tree importable."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`daigang ARGS` in its own process from the source tree, its output captured."""
    return subprocess.run(
        daigang(*args), cwd=ROOT, env=env(), capture_output=True, text=True, timeout=timeout, check=False
    )


def replayed_transcript(tmp: Path) -> list[bytes]:
    """What `daigang replay` of the seed stream with the demo's poll posts, as transcript lines."""
    transcript = tmp / "replayed.jsonl"
    proc = run(
        "replay",
        str(STREAM),
        "--catalog",
        str(CATALOG),
        "--poll",
        "00:37:00",
        "--quiet",
        "--db",
        str(tmp / "replay.db"),
        "--transcript",
        str(transcript),
    )
    assert proc.returncode == 0, proc.stderr
    return transcript.read_bytes().splitlines()


def run_demo(out: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    """`daigang demo --out OUT FLAGS` in its own process, the console on any free port."""
    return run("demo", "--out", str(out), "--console", "0", *flags)


def check_demo_output(out: Path, proc: subprocess.CompletedProcess[str], tmp: Path) -> None:
    """The demo's files are there, it said where, and its transcript is replay's, poll included."""
    assert proc.returncode == 0, proc.stderr
    names = ("report.md", "report.json", "report.html", "applications.csv", "transcript.jsonl", "daigang.db")
    for name in names:
        assert (out / name).is_file(), name
        assert str(out / name) in proc.stdout, name
    lines = (out / "transcript.jsonl").read_bytes().splitlines()
    assert lines == replayed_transcript(tmp)
    report = orjson.loads((out / "report.json").read_bytes())
    assert report["poll"]["voters"] > 0


def test_demo_at_full_speed_leaves_report_and_transcript(tmp_path: Path) -> None:
    """`daigang demo --speed max` exits 0 and leaves the report and the same transcript as a replay."""
    out = tmp_path / "demo"
    proc = run_demo(out, "--speed", "max")
    check_demo_output(out, proc, tmp_path)
    assert "console: http://127.0.0.1:" in proc.stdout
    lines = proc.stdout.splitlines()
    assert "maxx" not in proc.stdout
    assert any(line.startswith("room:") and line.endswith("as fast as it goes (max))") for line in lines)
    done = next(i for i, line in enumerate(lines) if line.startswith("done in"))
    played = [i for i, line in enumerate(lines) if line.startswith("played ")]
    assert len(played) >= 5
    assert max(played) < done
    assert lines[played[0]].startswith("played 05:00 of 40:1")
    closing = next(i for i, line in enumerate(lines) if "its link above stops working" in line)
    assert closing > done


def test_demo_at_a_paced_speed_leaves_replay_s_transcript(tmp_path: Path) -> None:
    """`daigang demo --speed 600` (paced, not max) leaves the same files and transcript as a replay."""
    out = tmp_path / "demo"
    proc = run_demo(out, "--speed", "600")
    check_demo_output(out, proc, tmp_path)
    lines = proc.stdout.splitlines()
    assert any(line.startswith("room:") and line.endswith("at 600x real time)") for line in lines)


def test_room_and_attach_commands_play_a_stream_end_to_end(tmp_path: Path) -> None:
    """`daigang room` prints its URL; `daigang attach` records every frame once and exits 0 at the end."""
    head = STREAM.read_text(encoding="utf-8").splitlines()[:600]
    log = tmp_path / "head.jsonl"
    log.write_text("\n".join(head) + "\n", encoding="utf-8")
    room = subprocess.Popen(
        daigang("room", str(log), "--port", "0", "--speed", "max", "--drop-every", "150"),
        cwd=ROOT,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert room.stdout is not None
        url = room.stdout.readline().strip()
        assert url.startswith("ws://127.0.0.1:")
        attached = run(
            "attach",
            url,
            "--catalog",
            str(CATALOG),
            "--db",
            str(tmp_path / "live.db"),
            "--transcript",
            str(tmp_path / "t.jsonl"),
            "--record",
            str(tmp_path / "rec.jsonl"),
            "--quiet",
        )
        room_err = room.communicate(timeout=60)[1]
    finally:
        room.kill()
    assert attached.returncode == 0, attached.stderr
    assert room.returncode == 0, room_err
    assert "posts shown" in room_err
    assert "4 drops" in room_err
    recorded = (tmp_path / "rec.jsonl").read_text(encoding="utf-8").splitlines()
    assert recorded == [encode_event(e) for e in load_events(log)]
    assert (tmp_path / "t.jsonl").read_bytes().count(b"\n") > 0


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A bad URL or a missing recording gives one line naming it and exit code 2."""
    bad_url = run(
        "attach", "http://example.org", "--catalog", str(CATALOG), "--db", str(tmp_path / "x.db"), timeout=60
    )
    assert bad_url.returncode == 2
    assert bad_url.stderr.count("\n") == 1
    assert "http://example.org" in bad_url.stderr
    missing = run("room", str(tmp_path / "nothing.jsonl"), "--port", "0", timeout=60)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1
    assert "nothing.jsonl" in missing.stderr
