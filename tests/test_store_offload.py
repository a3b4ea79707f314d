"""A store whose batches and durable commits a writer process makes: same rows, same order, its
failures raised as one line, applications confirmed only once they are on disk."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.events import ApplicationMade, CommentSeen, Post
from bot.profiles import get_profile
from bot.replay import replay, run_unpaced
from bot.runtime.runner import Executor
from bot.runtime.writes import DirectWrites
from bot.store import Store, open_store
from bot.store.offload import can_offload
from bot.store.rows import TABLES
from catalog.models import Catalog
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not can_offload(), reason="a writer process is forked on Linux only")


def comment(i: int) -> CommentSeen:
    """The i-th comment of a test session."""
    return CommentSeen(
        float(i), f"c{i}", f"u{i}", "小王", "工资多少", ("pay",), "J001", "e", True, False, None
    )


def application(i: int, job: str = "J001") -> ApplicationMade:
    """Viewer i applying to `job`."""
    return ApplicationMade(float(i), f"c{i}", f"u{i}", "小王", job, "e", "弹幕")


def writer_pids() -> set[int]:
    """The child processes of this test process (Linux: /proc)."""
    me = os.getpid()
    return {int(p) for p in Path(f"/proc/{me}/task/{me}/children").read_text().split()}


def flush_and_commit(store: Store, sid: str) -> int:
    """Hand the buffer and an application over and wait for the commit; how many were new."""
    store.flush()
    return store.commit_applications(sid, [application(1)]).result()


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table, sorted."""
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def test_a_read_sees_every_batch_handed_over(tmp_path: Path) -> None:
    """Batches go to the writer on their own; a count through the store waits until they are in."""
    with open_store(str(tmp_path / "s.db"), batch=10, offload=True) as store:
        sid = store.open_session("k", "t", "generic", 1.0, "{}")
        for i in range(25):
            store.write(sid, [comment(i)])
        assert store.count(sid, "comments") == 20
        store.flush()
        assert store.count(sid, "comments") == 25


def test_applications_are_counted_once_and_on_disk_when_done(tmp_path: Path) -> None:
    """A durable commit handed over says how many applications were new; another connection sees them."""
    db = tmp_path / "s.db"
    with open_store(str(db), offload=True) as store:
        sid = store.open_session("k", "t", "generic", 1.0, "{}")
        store.write(sid, [comment(1), comment(2)])
        first = store.commit_applications(sid, [application(1), application(2)])
        again = store.commit_applications(sid, [application(1), application(2, "J002")])
        assert (first.result(), again.result()) == (2, 1)
        assert first.done()
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM applications").fetchone()[0] == 3
            assert conn.execute("SELECT COUNT(*) FROM comments").fetchone()[0] == 2


def test_posts_after_an_application_wait_until_the_writer_has_committed_it(tmp_path: Path) -> None:
    """While another connection holds the write lock the commit is not done, and the post confirming
    the application stays held; once the lock goes, the post is let out and the count is right."""
    db = tmp_path / "s.db"
    store = open_store(str(db), offload=True)
    try:
        sid = store.open_session("k", "t", "generic", 1.0, "{}")
        shown: list[Post] = []
        writes = DirectWrites(store, group=1)
        executor = Executor(writes, sid, shown.append)
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        confirm = Post(1.0, "p1", "reply", "@小王 已报名1号", "J001", ("apply",), ("u1",))
        executor.run([application(1), confirm])
        assert writes.unsettled
        assert shown == []
        blocker.execute("ROLLBACK")
        blocker.close()
        executor.settle()
        assert shown == [confirm]
        assert writes.applications == 1
        assert not writes.unsettled
    finally:
        store.close()


def test_a_failing_writer_is_one_store_error_naming_the_file(tmp_path: Path) -> None:
    """A batch the writer cannot insert is raised at the next read as the database's error; nothing
    after it is written."""
    db = tmp_path / "s.db"
    store = open_store(str(db), offload=True)
    sid = store.open_session("k", "t", "generic", 1.0, "{}")
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE comments")
    store.write(sid, [comment(1)])
    store.flush()
    with pytest.raises(StoreError, match=rf"^{db}: store error: no such table: comments"):
        store.commit_applications(sid, [application(1)]).result()
    with pytest.raises(StoreError, match="no such table"):
        store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM applications").fetchone()[0] == 0


def test_a_killed_writer_is_one_store_error_and_leaves_no_process(tmp_path: Path) -> None:
    """The writer killed: the next commit fails with one line saying so, and closing reaps it."""
    before = writer_pids()
    store = open_store(str(tmp_path / "s.db"), offload=True)
    (pid,) = writer_pids() - before
    sid = store.open_session("k", "t", "generic", 1.0, "{}")
    os.kill(pid, signal.SIGKILL)
    store.write(sid, [comment(1)])
    with pytest.raises(StoreError, match=r"writer process stopped \(.*signal 9"):
        flush_and_commit(store, sid)
    with pytest.raises(StoreError):
        store.close()
    assert pid not in writer_pids()


def test_a_replay_writes_the_same_rows_with_a_writer_process(seed_catalog: Catalog, tmp_path: Path) -> None:
    """The seed stream replayed with the writer process and without: same transcript, same rows."""
    results = {}
    for name, offload in (("here", False), ("writer", True)):
        store: Store = open_store(str(tmp_path / f"{name}.db"), offload=offload)
        try:
            results[name] = run_unpaced(
                replay(
                    SEEDS / "stream.jsonl",
                    seed_catalog,
                    get_profile("generic"),
                    store,
                    polls="00:36:00-00:40:00",
                )
            )
        finally:
            store.close()
    assert [(p.ts, p.text) for p in results["here"].posts] == [
        (p.ts, p.text) for p in results["writer"].posts
    ]
    assert results["here"].applications == results["writer"].applications > 20
    assert rows(tmp_path / "here.db") == rows(tmp_path / "writer.db")


def test_a_database_in_memory_is_written_in_the_process() -> None:
    """`:memory:` is one connection's own database: a replay on it keeps its rows where it reads them."""
    with open_store(":memory:", offload=True) as store:
        sid = store.open_session("k", "t", "generic", 1.0, "{}")
        store.write(sid, [comment(1)])
        assert store.commit_applications(sid, [application(1)]).result() == 1
        assert store.count(sid, "comments") == 1
