"""The pipeline a developer writes first, which `daigang bench` holds replay with the store against.

Read the recording's JSON Lines, cut each comment with `jieba.lcut`, match keyword intents
(`bench_keywords.match`), and keep every comment with its intents in SQLite — WAL journal,
`synchronous=FULL`, inserts batched into transactions of `BATCH` rows. Run as its own process,
as `daigang replay` is, so both are timed the same way:
`python -m bot.bench_naive RECORDING.jsonl OUT.db`.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import jieba
import orjson

from bot.bench_keywords import match

BATCH = 1000
"""Rows per transaction."""


def run(recording: Path, db: Path) -> int:
    """Read, cut, match and store every comment of `recording` into `db`; how many were stored."""
    jieba.setLogLevel(60)  # its start-up chatter is not part of the pipeline's output
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS comments (id TEXT PRIMARY KEY, ts REAL, user_id TEXT, text TEXT,"
        " words TEXT, intents TEXT, job_number INTEGER)"
    )
    rows: list[tuple[object, ...]] = []
    stored = 0
    with recording.open("rb") as fh:
        for line in fh:
            frame = orjson.loads(line)
            if frame.get("type") != "comment":
                continue
            text = frame["text"]
            words = jieba.lcut(text)
            intents, number = match(text)
            user = frame.get("user") or {}
            rows.append(
                (frame["id"], frame["ts"], user.get("id"), text, " ".join(words), ",".join(intents), number)
            )
            if len(rows) >= BATCH:
                stored += _flush(conn, rows)
    stored += _flush(conn, rows)
    conn.close()
    return stored


def _flush(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> int:
    """Insert the rows in one transaction and empty the list."""
    if not rows:
        return 0
    conn.execute("BEGIN")
    conn.executemany("INSERT OR IGNORE INTO comments VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    n = len(rows)
    rows.clear()
    return n


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m bot.bench_naive RECORDING.jsonl OUT.db")
    print(run(Path(sys.argv[1]), Path(sys.argv[2])))
