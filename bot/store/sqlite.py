"""The SQLite backend: WAL mode, NORMAL sync for batches, FULL sync for durable transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from bot.errors import StoreError
from bot.store.rows import Row


class SqliteBackend:
    """A SQLite file opened for the store."""

    def __init__(self, path: str) -> None:
        """Open (creating if needed) the database file at `path`."""
        self.label = path
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open the store: {e}") from e

    def _fail(self, e: sqlite3.Error) -> StoreError:
        """The store error for a failed statement."""
        return StoreError(f"{self.label}: store error: {e}")

    @contextmanager
    def transaction(self, durable: bool = False) -> Iterator[None]:
        """BEGIN … COMMIT (ROLLBACK on error); `durable` syncs the WAL before COMMIT returns."""
        try:
            if durable:
                self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise self._fail(e) from e
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            if durable:
                self._conn.execute("PRAGMA synchronous=NORMAL")
            raise
        try:
            self._conn.execute("COMMIT")
            if durable:
                self._conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def migration_lock(self) -> None:
        """Nothing more to do: BEGIN IMMEDIATE already holds the write lock."""

    def execute(self, sql: str, params: Row = ()) -> int:
        """Run one statement; the number of rows it changed."""
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def executemany(self, sql: str, rows: Sequence[Row]) -> None:
        """Run one statement for each row."""
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        """All rows of a query."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def iterate(self, sql: str, params: Row = (), size: int = 5000) -> Iterator[Row]:
        """The rows of a query, `size` at a time."""
        try:
            cursor = self._conn.execute(sql, params)
            while rows := cursor.fetchmany(size):
                yield from rows
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def close(self) -> None:
        """Close the connection."""
        try:
            self._conn.close()
        except sqlite3.Error as e:
            raise self._fail(e) from e
