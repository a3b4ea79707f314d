"""What the store needs of a database: the few operations both SQLite and PostgreSQL provide."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from bot.store.rows import Row


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

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        """All rows of a query."""
        ...

    def iterate(self, sql: str, params: Row = (), size: int = 5000) -> Iterator[Row]:
        """The rows of a query, fetched `size` at a time so memory stays flat."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...
