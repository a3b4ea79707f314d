"""A replay killed with SIGKILL and run again on the same database loses and doubles nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS

TABLES = ("comments", "questions", "answers", "posts", "applications", "votes", "audience", "features")


def replay(db: Path, crash_after: int | None = None) -> int:
    """Run `daigang replay` on the seed stream in a subprocess; its return code."""
    env = dict(os.environ)
    env.pop("DAIGANG_CRASH_AFTER", None)
    if crash_after is not None:
        env["DAIGANG_CRASH_AFTER"] = str(crash_after)
    cmd = [
        sys.executable,
        "-m",
        "bot",
        "replay",
        str(SEEDS / "stream.jsonl"),
        "--catalog",
        str(SEEDS / "catalog.yaml"),
        "--db",
        str(db),
        "--quiet",
        "--poll",
        "00:36:00-00:40:00",
    ]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=300, check=False).returncode


def counts(db: Path) -> dict[str, int]:
    """Rows per table."""
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def applications(db: Path) -> list[tuple[str, str]]:
    """Every (viewer, job) application."""
    with sqlite3.connect(db) as conn:
        return [tuple(r) for r in conn.execute("SELECT user_id, job FROM applications")]


def test_sigkill_mid_replay_then_rerun_equals_undisturbed_run(tmp_path: Path) -> None:
    """Applications confirmed before the kill survive it; the re-run ends with the undisturbed counts."""
    calm = tmp_path / "calm.db"
    assert replay(calm) == 0
    crashed = tmp_path / "crashed.db"
    assert replay(crashed, crash_after=2000) == -9
    before = applications(crashed)
    assert len(before) > 20
    assert replay(crashed) == 0
    after = applications(crashed)
    assert set(before) <= set(after)
    assert len(after) == len(set(after))
    assert counts(crashed) == counts(calm)
    assert sorted(after) == sorted(applications(calm))
