"""The PostgreSQL backend (psycopg 3): many bots write at once, each to its own session."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg

from bot.errors import StoreError
from bot.store.backend import Done, commit_now
from bot.store.rows import Row, insert_sql

_MIGRATION_LOCK = 7_406_221_001
"""The advisory lock id that serialises schema migrations across processes."""


def _pg(sql: str) -> str:
    """The store's `?` placeholders as psycopg's `%s`."""
    return sql.replace("?", "%s")


def redact(url: str) -> str:
    """A connection URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgresBackend:
    """A PostgreSQL database opened for the store."""

    def __init__(self, url: str) -> None:
        """Connect to the server `url` names."""
        self.label = redact(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as e:
            raise StoreError(f"{self.label}: cannot open the store: {e}") from e

    def _fail(self, e: psycopg.Error) -> StoreError:
        """The store error for a failed statement."""
        return StoreError(f"{self.label}: store error: {e}")

    @contextmanager
    def transaction(self, durable: bool = False) -> Iterator[None]:
        """A transaction; without `durable` the commit does not wait for the WAL to reach disk."""
        try:
            with self._conn.transaction():
                if not durable:
                    self._conn.execute("SET LOCAL synchronous_commit TO OFF")
                yield
        except psycopg.Error as e:
            raise self._fail(e) from e

    def migration_lock(self) -> None:
        """Hold an advisory lock until the transaction ends so only one process migrates."""
        self.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def execute(self, sql: str, params: Row = ()) -> int:
        """Run one statement; the number of rows it changed."""
        try:
            return self._conn.execute(_pg(sql), params).rowcount
        except psycopg.Error as e:
            raise self._fail(e) from e

    def executemany(self, sql: str, rows: Sequence[Row]) -> None:
        """Run one statement for each row (pipelined)."""
        try:
            with self._conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)
        except psycopg.Error as e:
            raise self._fail(e) from e

    def insert_rows(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows into a record table, skipping taken keys (pipelined)."""
        self.executemany(insert_sql(table), rows)

    def commit_new(self, table: str, rows: Sequence[Row]) -> Done:
        """Insert `rows` and commit them durably, now; how many were new."""
        return commit_now(self, table, rows)

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        """All rows of a query."""
        try:
            return self._conn.execute(_pg(sql), params).fetchall()
        except psycopg.Error as e:
            raise self._fail(e) from e

    def iterate(self, sql: str, params: Row = (), size: int = 5000) -> Iterator[Row]:
        """The rows of a query through a server-side cursor, `size` at a time."""
        try:
            with self._conn.transaction(), self._conn.cursor(name="daigang_rows") as cur:
                cur.itersize = size
                cur.execute(_pg(sql), params)
                yield from cur
        except psycopg.Error as e:
            raise self._fail(e) from e

    def close(self) -> None:
        """Close the connection."""
        try:
            self._conn.close()
        except psycopg.Error as e:
            raise self._fail(e) from e
