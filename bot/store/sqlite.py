"""The SQLite backend: WAL mode, NORMAL sync for batches, FULL sync for durable transactions.

An existing database is checked (`PRAGMA quick_check`) before it is used, so a damaged page is
one clear line before a run rather than a surprise in the middle of one. A database the process
may not write (the file or its folder read-only, read-only media) can be opened read-only for
reports.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain
from pathlib import Path
from urllib.parse import quote

from bot.errors import StoreError
from bot.store.backend import Done, commit_now
from bot.store.rows import Row, insert_sql, insert_values_sql

INSERT_CHUNK = 400
"""Rows inserted by one statement at most (fewer where SQLite allows fewer parameters)."""


def writable(path: str) -> bool:
    """Whether this process may write the database file at `path` and the folder it is in (for its
    journal); a missing file counts as writable when its folder is."""
    file = Path(path)
    folder = file.parent if str(file.parent) else Path(".")
    if file.exists() and not os.access(file, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _connect_read_only(path: str) -> sqlite3.Connection:
    """A read-only connection (`mode=ro`); on media where even the WAL index cannot be made,
    one that takes the file as immutable."""
    uri = "file:" + quote(str(Path(path).resolve()))
    for flags in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(uri + flags, uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            continue
        return conn
    raise sqlite3.OperationalError("cannot read it even read-only")


class SqliteBackend:
    """A SQLite file opened for the store."""

    def __init__(self, path: str, read_only: bool = False, check: bool = True) -> None:
        """Open (creating if needed) the database file at `path`; `read_only` never writes to it;
        `check` False skips the check of an existing file (a second connection of one process)."""
        self.label = path
        self.read_only = read_only
        existed = Path(path).is_file() and Path(path).stat().st_size > 0
        try:
            if read_only:
                self._conn = _connect_read_only(path)
            else:
                self._conn = sqlite3.connect(
                    path, isolation_level=None, check_same_thread=False, timeout=30.0
                )
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open the store: {e}") from e
        self._chunks: dict[str, int] = {}
        self._max_params = 999  # the limit of SQLite before 3.32; newer ones say their own
        if not read_only:
            with suppress(sqlite3.Error):
                self._max_params = self._conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        if existed and check:
            self._check()

    def _check(self) -> None:
        """`PRAGMA quick_check` on an existing database: StoreError naming the first fault."""
        try:
            rows = self._conn.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.Error as e:
            self._conn.close()
            reason = " ".join(str(e).split())
            raise StoreError(
                f"{self.label}: the store is damaged ({reason}): restore a copy or use another --db"
            ) from e
        verdict = " ".join(str(rows[0][0]).split()) if rows else "no answer"
        if verdict != "ok":
            self._conn.close()
            raise StoreError(
                f"{self.label}: the store is damaged ({verdict[:80]}): restore a copy or use another --db"
            )

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

    def insert_rows(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows into a record table, skipping taken keys: many rows to a statement (as many
        as SQLite's limit on parameters allows, up to `INSERT_CHUNK`), so that SQLite runs the
        inserts without handing control back for every row. The rows left over go one statement
        each, through the one-row insert prepared once: a statement for just their number would
        be compiled afresh nearly every time."""
        if not rows:
            return
        chunk = self._chunks.get(table)
        if chunk is None:
            chunk = self._chunks[table] = max(1, min(INSERT_CHUNK, self._max_params // len(rows[0])))
        try:
            full, rest = divmod(len(rows), chunk)
            if full:
                sql = insert_values_sql(table, chunk)
                for k in range(full):
                    self._conn.execute(sql, list(chain.from_iterable(rows[k * chunk : (k + 1) * chunk])))
            if rest:
                self._conn.executemany(insert_sql(table), rows[full * chunk :])
        except sqlite3.Error as e:
            raise self._fail(e) from e

    def commit_new(self, table: str, rows: Sequence[Row]) -> Done:
        """Insert `rows` and commit them durably, now; how many were new."""
        return commit_now(self, table, rows)

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
