"""What the store needs of a database: the few operations both SQLite and PostgreSQL provide."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from bot.store.rows import Row, insert_sql


class Pending(Protocol):
    """A durable commit handed over: whether it is done, and how many rows it added."""

    def done(self) -> bool:
        """Whether the commit is on disk (never waits)."""
        ...

    def result(self) -> int:
        """How many of its rows were new, once the commit is on disk (waits for it)."""
        ...


class Done:
    """A durable commit already made."""

    def __init__(self, added: int) -> None:
        """`added` rows were new."""
        self.added = added

    def done(self) -> bool:
        """Always: it was made before this was returned."""
        return True

    def result(self) -> int:
        """How many rows were new."""
        return self.added


class Backend(Protocol):
    """One open database connection. SQL is written with `?` placeholders; errors are StoreError."""

    label: str
    """The database as named in messages (a file path, or a URL without its password)."""

    def transaction(self, durable: bool = False) -> AbstractContextManager[None]:
        """A transaction; `durable` commits only once the data is on disk, otherwise it may lag."""
        ...

    def migration_lock(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""
        ...

    def execute(self, sql: str, params: Row = ()) -> int:
        """Run one statement; the number of rows it changed."""
        ...

    def executemany(self, sql: str, rows: Sequence[Row]) -> None:
        """Run one statement for each of `rows`."""
        ...

    def insert_rows(self, table: str, rows: Sequence[Row]) -> None:
        """Insert `rows` (columns in `rows.COLUMNS` order) into a record table, skipping taken keys."""
        ...

    def commit_new(self, table: str, rows: Sequence[Row]) -> Pending:
        """Insert `rows` into a record table (skipping taken keys) and commit them durably, in a
        transaction of their own after everything handed over before; how many were new."""
        ...

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        """All rows of a query."""
        ...

    def iterate(self, sql: str, params: Row = (), size: int = 5000) -> Iterator[Row]:
        """The rows of a query, fetched `size` at a time so memory stays flat."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...


def commit_now(backend: Backend, table: str, rows: Sequence[Row]) -> Done:
    """`commit_new` made at once, row by row, for a backend that writes in the caller's process."""
    sql = insert_sql(table)
    with backend.transaction(durable=True):
        return Done(sum(backend.execute(sql, row) > 0 for row in rows))
