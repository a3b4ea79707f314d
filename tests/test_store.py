"""The store: sessions, idempotent batched writes, durable applications, migrations.

Every test runs on SQLite and on PostgreSQL. PostgreSQL needs a server URL in DAIGANG_TEST_PG
(e.g. postgresql://postgres@127.0.0.1:5433/postgres); without it those tests are skipped, except
under CI (the CI variable set), where a missing or unreachable server fails them.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from bot.errors import StoreError
from bot.events import ApplicationMade, CommentSeen, PollVote, Post, QuestionAnswered, Record
from bot.store import DEFAULT_BATCH, migrate
from bot.store import open_store as _open_store
from bot.store.export import record_from_dict, record_to_dict
from bot.store.rows import TABLES
from bot.store.schema import MIGRATIONS

DATA = Path(__file__).parent / "data" / "report"
PG_URL = os.environ.get("DAIGANG_TEST_PG")


def sample_items() -> list[Post | Record]:
    """The synthetic session's posts and records (every record type occurs)."""
    lines = (DATA / "session.jsonl").read_text(encoding="utf-8").splitlines()
    return [record_from_dict(orjson.loads(line)) for line in lines]


def _pg_or_skip() -> str:
    """The test server's URL, or skip (fail under CI) when there is none or it cannot be reached."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI is set but DAIGANG_TEST_PG names no PostgreSQL server")
        pytest.skip("PostgreSQL tests need DAIGANG_TEST_PG=postgresql://… (not set)")
    import psycopg

    try:
        psycopg.connect(PG_URL, connect_timeout=5).close()
    except psycopg.Error as e:
        if os.environ.get("CI"):
            pytest.fail(f"DAIGANG_TEST_PG is unreachable: {e}")
        pytest.skip(f"DAIGANG_TEST_PG is unreachable: {e}")
    return PG_URL


class Offloaded(str):
    """A SQLite file the tests open with its batches written by a writer process."""


def open_store(db: str, batch: int = DEFAULT_BATCH) -> Any:
    """The store at `db`, offloaded when the fixture asked for it."""
    return _open_store(db, batch, offload=isinstance(db, Offloaded))


@pytest.fixture(params=["sqlite", "offloaded", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database name for the store: a fresh SQLite file (written here or by a writer process),
    or the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    if request.param == "offloaded":
        return Offloaded(tmp_path / "store.db")
    return _pg_or_skip()


def other_connection_count(db: str, table: str, sid: str) -> int:
    """Rows of one session in `table`, read through a separate connection."""
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as conn:
            row = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE session = %s", (sid,)).fetchone()
            assert row is not None
            return int(row[0])
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table} WHERE session = ?", (sid,)).fetchone()[0])


def key() -> str:
    """A session key no other test uses (tests share the PostgreSQL server)."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def store_sid(db: str) -> Iterator[tuple[Any, str]]:
    """An open store and a new session in it."""
    store = open_store(db)
    sid = store.open_session(key(), "test", "generic", 1732800000.0, "{}")
    yield store, sid
    store.close()


def counts(store: Any, sid: str) -> dict[str, int]:
    """Rows per table for one session."""
    store.flush()
    return {t: store.count(sid, t) for t in TABLES}


def test_writing_the_same_items_twice_changes_nothing(store_sid: tuple[Any, str]) -> None:
    """Re-writing every record of a session, in one store or after reopening, leaves the counts alone."""
    store, sid = store_sid
    items = sample_items()
    store.write(sid, items)
    first = counts(store, sid)
    store.write(sid, items)
    store.write(sid, list(reversed(items)))
    assert counts(store, sid) == first
    assert first["comments"] == sum(isinstance(i, CommentSeen) for i in items)
    assert first["posts"] == sum(isinstance(i, Post) for i in items)
    assert all(first[t] > 0 for t in TABLES if t != "feedback")


def test_a_replay_rerun_continues_its_session(db: str) -> None:
    """The same key gives the same session id, also from a new store; the re-run adds no rows."""
    k = key()
    items = sample_items()
    with open_store(db) as store:
        sid = store.open_session(k, "log.jsonl", "bilibili", 1732800000.0, "{}")
        store.write(sid, items[:40])
    with open_store(db) as store:
        again = store.open_session(k, "log.jsonl", "bilibili", 1999999999.0, "{}")
        assert again == sid
        store.write(sid, items)
        total = counts(store, sid)
    with open_store(db) as store:
        assert counts(store, sid) == total
        assert store.open_session(key(), "other", "generic", 1732800000.0, "{}") != sid


def test_sessions_are_listed_and_the_latest_is_found(db: str) -> None:
    """sessions() lists every session; latest_session() is the one that started last."""
    with open_store(db) as store:
        last = max((s.started for s in store.sessions()), default=0.0)
        early = store.open_session(key(), "a", "generic", 1000.0, "{}")
        late = store.open_session(key(), "b", "douyin", max(last, 1000.0) + 60.0, "{}")
        ids = [s.id for s in store.sessions()]
        assert early in ids
        assert late in ids
        assert store.latest_session() == late
        info = store.session(late)
        assert info is not None
        assert (info.source, info.platform) == ("b", "douyin")


def test_an_application_is_durable_before_any_flush(db: str) -> None:
    """After write_application returns, another connection sees it and everything buffered before it."""
    with open_store(db, batch=1_000_000) as store:
        sid = store.open_session(key(), "t", "generic", 1732800000.0, "{}")
        comment = CommentSeen(1.0, "c1", "u1", "小王", "报名1", ("apply",), "J001", "e", False, False, None)
        store.write(sid, [comment])
        assert other_connection_count(db, "comments", sid) == 0
        app = ApplicationMade(1.0, "c1", "u1", "小王", "J001", "e", "弹幕")
        assert store.write_application(sid, app) is True
        assert other_connection_count(db, "applications", sid) == 1
        assert other_connection_count(db, "comments", sid) == 1


def test_a_second_application_to_the_same_job_is_refused(store_sid: tuple[Any, str]) -> None:
    """The same viewer applying to the same job again returns False; another job is fine."""
    store, sid = store_sid
    app = ApplicationMade(1.0, "c1", "u1", "小王", "J001", "e", "弹幕")
    assert store.write_application(sid, app)
    assert not store.write_application(sid, ApplicationMade(9.0, "c9", "u1", "小王", "J001", "e", "弹幕"))
    assert store.write_application(sid, ApplicationMade(9.0, "c9", "u1", "小王", "J002", "e", "弹幕"))
    assert store.count(sid, "applications") == 2


def test_batches_reach_the_database_on_their_own(db: str) -> None:
    """With a batch of 10, writing 25 comments commits at least 20 without flush()."""
    if isinstance(db, Offloaded):
        pytest.skip("a writer process commits a batch when it comes to it (test_store_offload)")
    with open_store(db, batch=10) as store:
        sid = store.open_session(key(), "t", "generic", 1.0, "{}")
        for i in range(25):
            store.write(
                sid, [CommentSeen(float(i), f"c{i}", "u", "n", "t", (), None, None, False, False, None)]
            )
        assert other_connection_count(db, "comments", sid) >= 20
    assert other_connection_count(db, "comments", sid) == 25


def test_first_answer_and_first_vote_win(store_sid: tuple[Any, str]) -> None:
    """A question keeps the first answer that closed it; a viewer's first vote in a poll counts."""
    store, sid = store_sid
    store.write(sid, [QuestionAnswered(5.0, ("q1",), "p1", "bot"), PollVote(6.0, "poll", "u1", 1)])
    store.write(sid, [QuestionAnswered(9.0, ("q1",), "p2", "host"), PollVote(7.0, "poll", "u1", 2)])
    loaded = store.load(sid)
    assert [(a.post_id, a.by) for a in loaded.answers] == [("p1", "bot")]
    assert [v.choice for v in loaded.votes] == [1]


def test_records_read_back_equal_what_was_written(store_sid: tuple[Any, str]) -> None:
    """load() gives back every stored record as it was written (answers and queues per question)."""
    store, sid = store_sid
    items = sample_items()
    store.write(sid, items)
    loaded = store.load(sid)
    assert list(loaded.comments) == [i for i in items if isinstance(i, CommentSeen)]
    assert loaded.comment_count == sum(isinstance(i, CommentSeen) for i in items)
    assert sorted(loaded.posts, key=lambda p: p.id) == sorted(
        (i for i in items if isinstance(i, Post)), key=lambda p: p.id
    )
    written = {orjson.dumps(record_to_dict(i)) for i in items}
    for group in (loaded.questions, loaded.applications, loaded.features, loaded.audience, loaded.acks):
        for record in group:
            assert orjson.dumps(record_to_dict(record)) in written


def test_feedback_is_stored(store_sid: tuple[Any, str]) -> None:
    """An employer's score and comment are stored once per time given."""
    store, sid = store_sid
    store.add_feedback(sid, "huachen", 4, "不错", 100.0)
    store.add_feedback(sid, "huachen", 4, "不错", 100.0)
    assert [(f.employer, f.score, f.comment) for f in store.load(sid).feedback] == [("huachen", 4, "不错")]


def test_a_closed_store_refuses_writes(db: str) -> None:
    """Writing to a closed store is a StoreError; closing twice is harmless."""
    store = open_store(db)
    sid = store.open_session(key(), "t", "generic", 1.0, "{}")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.write(sid, [])


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    """A new database gets every migration once; migrating or opening again applies nothing."""
    db = str(tmp_path / "m.db")
    assert migrate(db) == [m.version for m in MIGRATIONS]
    assert migrate(db) == []
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert versions == [m.version for m in MIGRATIONS]
    assert mode == "wal"


@pytest.mark.postgres
def test_postgres_migrations_are_applied_once() -> None:
    """A fresh PostgreSQL database gets every migration once; again, none."""
    url = _pg_or_skip()
    import psycopg

    name = f"daigang_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    fresh = url.rsplit("/", 1)[0] + "/" + name
    try:
        assert migrate(fresh) == [m.version for m in MIGRATIONS]
        assert migrate(fresh) == []
        open_store(fresh).close()
        with psycopg.connect(fresh) as conn:
            rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_an_unopenable_file_is_a_store_error_naming_it(tmp_path: Path) -> None:
    """A database in a missing directory fails with a StoreError that names the file."""
    path = tmp_path / "missing" / "x.db"
    with pytest.raises(StoreError, match=re.escape(str(path))):
        open_store(str(path))


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    """A PostgreSQL URL that cannot be reached fails with a StoreError that hides the password."""
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://bot:secret@127.0.0.1:1/nothing")
    assert "secret" not in str(caught.value)
    assert "127.0.0.1:1" in str(caught.value)


def test_an_unknown_record_type_is_an_input_error() -> None:
    """Building a record from an object of unknown type names the place."""
    from bot.errors import InputError

    with pytest.raises(InputError, match="line 3: unknown record type 'Nope'"):
        record_from_dict({"type": "Nope"}, "line 3")


def test_a_taken_session_id_falls_back_to_the_whole_key_digest(tmp_path: Path) -> None:
    """If another key already holds the short id, the new session gets the long one, still stable."""
    from bot.store.store import session_id

    db = str(tmp_path / "c.db")
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO sessions (id, session_key, source, platform, started, catalog_json)"
            " VALUES (?, 'squatter', 's', 'generic', 1.0, '{}')",
            (session_id("mine", 1732800000.0),),
        )
    with open_store(db) as store:
        sid = store.open_session("mine", "t", "generic", 1732800000.0, "{}")
        assert sid != session_id("mine", 1732800000.0)
        assert sid.startswith("20241128-1320-")
        assert store.open_session("mine", "t", "generic", 1732800000.0, "{}") == sid
