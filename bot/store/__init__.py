"""The store: one session per stream, its records in SQLite (a file) or PostgreSQL (a URL).

store = open_store("daigang.db")
sid = store.open_session(key, source, platform, started, catalog_json)
store.write(sid, records)            # buffered, batched, idempotent
store.write_application(sid, app)    # durable before it returns
store.close()                        # flushes
"""

from __future__ import annotations

import time

from bot.errors import StoreError
from bot.store.backend import Backend
from bot.store.offload import OffloadedSqlite, can_offload
from bot.store.rows import Feedback
from bot.store.schema import MIGRATIONS
from bot.store.sqlite import SqliteBackend, writable
from bot.store.store import DEFAULT_BATCH, SessionInfo, SessionRecords, Store, apply_migrations

__all__ = [
    "DEFAULT_BATCH",
    "Feedback",
    "SessionInfo",
    "SessionRecords",
    "Store",
    "is_postgres",
    "migrate",
    "open_for_reading",
    "open_store",
    "pending_migrations",
]


def is_postgres(db: str) -> bool:
    """Whether `db` names a PostgreSQL server rather than a SQLite file."""
    return db.startswith(("postgresql://", "postgres://"))


def _connect(db: str, offload: bool = False) -> Backend:
    """An open connection to the database `db` names (with a writer process when `offload`)."""
    if is_postgres(db):
        # Imported only when used: psycopg adds a tenth of a second to every start-up.
        from bot.store.postgres import PostgresBackend

        return PostgresBackend(db)
    if offload and can_offload() and db not in ("", ":memory:"):  # a database in memory is one process's
        return OffloadedSqlite(db)
    return SqliteBackend(db)


def migrate(db: str) -> list[int]:
    """Bring the schema of `db` up to date; the migration versions applied now."""
    backend = _connect(db)
    try:
        return apply_migrations(backend, time.time())
    finally:
        backend.close()


def pending_migrations(db: str) -> list[int]:
    """The schema migrations `db` still lacks, without applying them (an existing SQLite file is
    checked with `PRAGMA quick_check` as it opens: StoreError when it is damaged)."""
    backend = _connect(db)
    try:
        try:
            have = {int(r[0]) for r in backend.query("SELECT version FROM schema_migrations")}
        except StoreError:
            have = set()
        return [m.version for m in MIGRATIONS if m.version not in have]
    finally:
        backend.close()


def open_store(db: str = "daigang.db", batch: int = DEFAULT_BATCH, offload: bool = False) -> Store:
    """Open the store at `db` (a SQLite path or a postgresql:// URL), creating or migrating its schema.

    `offload` hands a SQLite file's batches of rows to a writer process of their own
    (`OffloadedSqlite`), so that a replay as fast as it goes uses a second core for them.
    """
    backend = _connect(db, offload)
    try:
        apply_migrations(backend, time.time())
    except BaseException:
        backend.close()
        raise
    return Store(backend, batch)


def open_for_reading(db: str) -> Store:
    """Open an existing store to read it (reports): read-only when the file or its folder may not
    be written (read-only media), otherwise as `open_store` does."""
    if is_postgres(db) or writable(db):
        return open_store(db)
    backend = SqliteBackend(db, read_only=True)
    try:
        have = {int(r[0]) for r in backend.query("SELECT version FROM schema_migrations")}
    except StoreError:
        have = set()
    missing = [m.version for m in MIGRATIONS if m.version not in have]
    if missing:
        backend.close()
        raise StoreError(
            f"{db}: the store is read-only and its schema is older than this version of daigang"
            " (copy it somewhere writable first)"
        )
    return Store(backend)
