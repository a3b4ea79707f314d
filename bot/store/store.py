"""The store the bot's shells call: sessions, batched idempotent writes, durable applications."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bot.errors import StoreError
from bot.events import (
    ApplicationMade,
    ApplicationRefused,
    AudienceSeen,
    CommentSeen,
    Counted,
    FeatureChanged,
    GapSeen,
    PollChanged,
    PollVote,
    Post,
    PostAcked,
    QuestionAnswered,
    QuestionOpened,
    QuestionQueued,
    Record,
    StreamEnded,
)
from bot.store import rows as R
from bot.store.backend import Backend, Pending
from bot.store.schema import MIGRATIONS, MIGRATIONS_TABLE

T = TypeVar("T")

DEFAULT_BATCH = 5000
"""Rows buffered before a write goes to the database on its own."""


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """One stream as the store knows it."""

    id: str
    key: str
    source: str
    platform: str
    started: float


@dataclass(frozen=True, slots=True)
class SessionRecords:
    """Everything stored about one stream, for the report; `comments` is read lazily."""

    info: SessionInfo
    catalog_json: str
    comment_count: int
    comments: Iterable[CommentSeen]
    questions: list[QuestionOpened]
    answers: list[QuestionAnswered]
    queued: list[QuestionQueued]
    posts: list[Post]
    applications: list[ApplicationMade]
    refusals: list[ApplicationRefused]
    polls: list[PollChanged]
    votes: list[PollVote]
    features: list[FeatureChanged]
    audience: list[AudienceSeen]
    acks: list[PostAcked]
    gaps: list[GapSeen]
    ends: list[StreamEnded]
    counters: list[Counted]
    feedback: list[R.Feedback]


def session_id(key: str, started: float) -> str:
    """A readable, collision-safe id for a new session: its UTC start minute and a hash of its key."""
    stamp = time.strftime("%Y%m%d-%H%M", time.gmtime(started))
    return f"{stamp}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"


class _LazyComments:
    """The comments of one session, read from the database each time they are iterated."""

    def __init__(self, backend: Backend, sid: str) -> None:
        """Remember where the comments are."""
        self._backend = backend
        self._sid = sid

    def __iter__(self) -> Iterator[CommentSeen]:
        """Stream the comments in time order."""
        for row in self._backend.iterate(R.select_sql("comments", "ts, comment_id"), (self._sid,)):
            yield R.comment_of(row)


def apply_migrations(backend: Backend, now: float) -> list[int]:
    """Bring the schema up to date; the versions applied now (empty if it already was)."""
    done: list[int] = []
    with backend.transaction():
        backend.migration_lock()
        backend.execute(MIGRATIONS_TABLE)
        have = {int(r[0]) for r in backend.query("SELECT version FROM schema_migrations")}
        for m in MIGRATIONS:
            if m.version in have:
                continue
            for statement in m.statements:
                backend.execute(statement)
            backend.execute(
                "INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                (m.version, m.name, now),
            )
            done.append(m.version)
    return done


class Store:
    """Sessions and their records in one database; writes are buffered and idempotent.

    Safe to call from one thread at a time or from several (a lock serialises them).
    """

    def __init__(self, backend: Backend, batch: int = DEFAULT_BATCH) -> None:
        """Use an open, migrated backend; flush on its own every `batch` rows."""
        self._backend = backend
        self._batch = batch
        self._buffer: dict[str, list[R.Row]] = {t: [] for t in R.TABLES}
        self._buffered = 0
        self._lock = threading.RLock()
        self._closed = False
        self._sql = {t: R.insert_sql(t) for t in R.TABLES}

    @property
    def label(self) -> str:
        """The database as named in messages."""
        return self._backend.label

    def open_session(self, key: str, source: str, platform: str, started: float, catalog_json: str) -> str:
        """The session for `key`, created on first use; the same key always gives the same id."""
        digest = hashlib.sha256(key.encode()).hexdigest()
        with self._lock, self._backend.transaction():
            # A short id normally; the whole digest in the unlikely case the short one is taken.
            for candidate in (session_id(key, started), f"{session_id(key, started)[:14]}{digest}"):
                self._backend.execute(
                    "INSERT INTO sessions (id, session_key, source, platform, started, catalog_json)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (candidate, key, source, platform, started, catalog_json),
                )
                rows = self._backend.query("SELECT id FROM sessions WHERE session_key = ?", (key,))
                if rows:
                    return str(rows[0][0])
        raise StoreError(f"{self.label}: cannot give session {key!r} an id")

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Buffer posts and records of session `sid`; written in batches, re-writes change nothing."""
        with self._lock:
            if self._closed:
                self._check_open()
            self._buffered += R.add_rows(self._buffer, sid, items)
            if self._buffered >= self._batch:
                self._flush_locked()

    def write_application(self, sid: str, app: ApplicationMade) -> bool:
        """Record an application durably (with everything buffered before it) before returning.

        The buffer is committed first, then the application in a durable commit: a durable
        commit puts the ones before it on disk too (SQLite's WAL, PostgreSQL's log are written in
        order), and a batch committed on its own can go to another process's connection
        (`OffloadedSqlite`). False when this viewer had already applied to this job in this
        session.
        """
        return self.commit_applications(sid, [app]).result() > 0

    def write_applications(self, sid: str, apps: Sequence[ApplicationMade]) -> int:
        """Record several applications durably in one commit (with everything buffered before
        them, committed first as in `write_application`); how many were new."""
        return self.commit_applications(sid, apps).result()

    def commit_applications(self, sid: str, apps: Sequence[ApplicationMade]) -> Pending:
        """Hand several applications over for one durable commit after everything buffered before
        them; returns at once where the database is written by another process (`done` says when
        the commit is on disk, `result` how many were new)."""
        with self._lock:
            self._check_open()
            self._flush_locked()
            return self._backend.commit_new("applications", [R.application_row(sid, app) for app in apps])

    def add_feedback(self, sid: str, employer: str, score: int, comment: str | None, ts: float) -> None:
        """Record an employer's satisfaction with session `sid` (durably)."""
        with self._lock:
            self._check_open()
            self._flush_locked()
            with self._backend.transaction(durable=True):
                self._backend.execute(
                    self._sql["feedback"], R.feedback_row(sid, R.Feedback(ts, employer, score, comment))
                )

    def flush(self) -> None:
        """Write everything buffered, in one transaction."""
        with self._lock:
            self._check_open()
            self._flush_locked()

    def close(self) -> None:
        """Flush and close; closing twice is harmless."""
        with self._lock:
            if self._closed:
                return
            try:
                self._flush_locked()
            finally:
                self._closed = True
                self._backend.close()

    def __enter__(self) -> Store:
        """Use the store in a `with` block that closes it."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the store."""
        self.close()

    def sessions(self) -> list[SessionInfo]:
        """Every session, oldest first."""
        with self._lock:
            rows = self._backend.query(
                "SELECT id, session_key, source, platform, started FROM sessions ORDER BY started, id"
            )
        return [SessionInfo(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]

    def latest_session(self) -> str | None:
        """The id of the session that started last, or None when there is none."""
        with self._lock:
            rows = self._backend.query("SELECT id FROM sessions ORDER BY started DESC, id DESC LIMIT 1")
        return str(rows[0][0]) if rows else None

    def session(self, sid: str) -> SessionInfo | None:
        """One session by id, or None."""
        with self._lock:
            rows = self._backend.query(
                "SELECT id, session_key, source, platform, started FROM sessions WHERE id = ?", (sid,)
            )
        if not rows:
            return None
        return SessionInfo(rows[0][0], rows[0][1], rows[0][2], rows[0][3], float(rows[0][4]))

    def catalog_json(self, sid: str) -> str:
        """The catalogue session `sid` ran with, as JSON."""
        with self._lock:
            rows = self._backend.query("SELECT catalog_json FROM sessions WHERE id = ?", (sid,))
        if not rows:
            raise StoreError(f"{self.label}: no session {sid!r}")
        return str(rows[0][0])

    def count(self, sid: str, table: str) -> int:
        """How many rows of session `sid` one record table holds (flushed ones)."""
        if table not in R.COLUMNS:
            raise StoreError(f"{self.label}: no table {table!r}")
        with self._lock:
            rows = self._backend.query(f"SELECT COUNT(*) FROM {table} WHERE session = ?", (sid,))
        return int(rows[0][0])

    def load(self, sid: str) -> SessionRecords:
        """Everything stored about session `sid` (flushing first); comments are read lazily."""
        self.flush()
        info = self.session(sid)
        if info is None:
            raise StoreError(f"{self.label}: no session {sid!r}")
        b = self._backend

        def read(table: str, of: Callable[[R.Row], T], order: str = "ts") -> list[T]:
            """Every row of one table for this session, as records."""
            return [of(r) for r in b.query(R.select_sql(table, order), (sid,))]

        return SessionRecords(
            info=info,
            catalog_json=self.catalog_json(sid),
            comment_count=self.count(sid, "comments"),
            comments=_LazyComments(b, sid),
            questions=read("questions", R.question_of, "ts, qid"),
            answers=read("answers", R.answer_of, "ts, qid"),
            queued=read("queued", R.queued_of, "ts, qid"),
            posts=read("posts", R.post_of, "ts, post_id"),
            applications=read("applications", R.application_of, "ts, user_id, job"),
            refusals=read("refusals", R.refusal_of, "ts, comment_id"),
            polls=read("polls", R.poll_of, "ts, poll_id, is_open"),
            votes=read("votes", R.vote_of, "ts, poll_id, user_id"),
            features=read("features", R.feature_of, "ts, job"),
            audience=read("audience", R.audience_of, "ts, kind, user_id, detail"),
            acks=read("acks", R.ack_of, "ts, post_id, status"),
            gaps=read("gaps", R.gap_of, "start_ts, ts"),
            ends=read("ends", R.end_of),
            counters=read("counters", R.counted_of, "ts, what, detail"),
            feedback=read("feedback", R.feedback_of, "ts, employer"),
        )

    def _check_open(self) -> None:
        """Refuse to use a closed store."""
        if self._closed:
            raise StoreError(f"{self.label}: the store is closed")

    def _flush_locked(self) -> None:
        """Write the buffer in one transaction (the lock is held)."""
        if self._buffered == 0:
            return
        with self._backend.transaction():
            self._write_buffer()

    def _write_buffer(self) -> None:
        """Inside a transaction: insert every buffered row, then empty the buffer."""
        if self._buffered == 0:
            return
        for table, rows in self._buffer.items():
            if rows:
                self._backend.insert_rows(table, rows)
        self._buffer = {t: [] for t in R.TABLES}
        self._buffered = 0
