"""The store: one session per stream, its records in SQLite (a file) or PostgreSQL (a URL).

store = open_store("daigang.db")
sid = store.open_session(key, source, platform, started, catalog_json)
store.write(sid, records)            # buffered, batched, idempotent
store.write_application(sid, app)    # durable before it returns
store.close()                        # flushes
"""

from __future__ import annotations

import time

from bot.store.backend import Backend
from bot.store.rows import Feedback
from bot.store.sqlite import SqliteBackend
from bot.store.store import DEFAULT_BATCH, SessionInfo, SessionRecords, Store, apply_migrations

__all__ = [
    "DEFAULT_BATCH",
    "Feedback",
    "SessionInfo",
    "SessionRecords",
    "Store",
    "is_postgres",
    "migrate",
    "open_store",
]


def is_postgres(db: str) -> bool:
    """Whether `db` names a PostgreSQL server rather than a SQLite file."""
    return db.startswith(("postgresql://", "postgres://"))


def _connect(db: str) -> Backend:
    """An open connection to the database `db` names."""
    if is_postgres(db):
        # Imported only when used: psycopg adds a tenth of a second to every start-up.
        from bot.store.postgres import PostgresBackend

        return PostgresBackend(db)
    return SqliteBackend(db)


def migrate(db: str) -> list[int]:
    """Bring the schema of `db` up to date; the migration versions applied now."""
    backend = _connect(db)
    try:
        return apply_migrations(backend, time.time())
    finally:
        backend.close()


def open_store(db: str = "daigang.db", batch: int = DEFAULT_BATCH) -> Store:
    """Open the store at `db` (a SQLite path or a postgresql:// URL), creating or migrating its schema."""
    backend = _connect(db)
    try:
        apply_migrations(backend, time.time())
    except BaseException:
        backend.close()
        raise
    return Store(backend, batch)
