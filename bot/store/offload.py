"""A SQLite store whose batches of rows a child process writes while this one goes on.

A replay as fast as it goes spends a fifth of its time inside SQLite inserting rows. Python runs
one thread at a time, so a writer thread cannot take that work off the replay; a second process
can, on the second core. `OffloadedSqlite` forks a writer before the database is opened and
hands it every plain batch (a transaction holding nothing but `insert_rows`) through a pipe, as
marshalled rows; the writer commits each batch in a transaction of its own, in order.

Durable commits (`commit_new`: a replay's applications) go to the writer too, which commits them
with `synchronous=FULL` after every batch before them — in WAL mode that puts those batches on disk
as well — and answers how many rows were new. The caller goes on meanwhile and asks the returned
`Pending` whether the commit is done: a replay holds the posts that confirm applications until it
is, so an application is durable before it is confirmed, without the replay waiting for the disk.

Everything else happens here, on this process's own connection, once the writer has answered
everything handed over (`sync`): reads (a query sees every batch before it), statements that
must say how many rows they changed, migrations and the session's row.

If this process dies, the writer commits what it was given and stops at the end of the pipe. If
the writer fails, its error is raised here as a StoreError by the next answer awaited (a durable
commit's `result`, a `sync`, the close), and nothing handed over after the failure is written.
Off Linux the plain backend is used.
"""

from __future__ import annotations

import gc
import marshal
import os
import select
import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from typing import BinaryIO

from bot.errors import StoreError
from bot.store.rows import Row, insert_sql
from bot.store.sqlite import SqliteBackend

_HEADER = 8
"""Bytes of the length that precedes each message."""
_PIPE_BYTES = 1 << 20
"""Pipe buffer asked for (Linux), so a burst of batches does not wait on the writer."""
_F_SETPIPE_SZ = 1031
"""fcntl's command to size a pipe's buffer (Linux; the fcntl module names it from Python 3.10 only
where the platform headers do)."""

WRITER_PEAK_ENV = "DAIGANG_WRITER_PEAK"
"""An environment variable naming a file the writer's peak RSS (KiB) is written to when it exits."""

_BATCH, _DURABLE, _SYNC = b"B", b"D", b"S"
"""What a message down the pipe asks: commit a batch (no answer), commit rows durably (answered
with how many were new), answer once everything before is done."""

Batch = list[tuple[str, Sequence[Row]]]
"""The rows of one transaction, table by table."""


def can_offload() -> bool:
    """Whether this platform forks a writer: Linux (elsewhere a fork beside system libraries
    that do not expect it is not safe enough to be worth a faster replay)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class _Ticket:
    """A durable commit handed to the writer; its answer is read when it comes."""

    def __init__(self, owner: OffloadedSqlite) -> None:
        """Answered through `owner`, in the order the writer was asked."""
        self.owner = owner
        self.added: int | None = None

    def done(self) -> bool:
        """Whether the writer has answered (reads the answers already there, never waits)."""
        if self.added is None:
            self.owner.poll()
        return self.added is not None

    def result(self) -> int:
        """How many rows were new, once the writer has committed them (waits for it)."""
        while self.added is None:
            self.owner.take_answer()
        return self.added


class OffloadedSqlite:
    """A SQLite file: plain batches and durable commits written by a forked writer, the rest here."""

    def __init__(self, path: str) -> None:
        """Fork the writer, then open `path` here (the writer opens its own connection)."""
        self.label = path
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        with suppress(OSError, ImportError):
            import fcntl

            fcntl.fcntl(down_w, _F_SETPIPE_SZ, _PIPE_BYTES)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the writer's side runs in the child process
            os.close(down_w)
            os.close(up_r)
            code = 1
            try:
                _serve(path, os.fdopen(down_r, "rb"), up_w)
                code = 0
            finally:
                os._exit(code)
        os.close(down_r)
        os.close(up_w)
        self._pid = pid
        self._down: BinaryIO | None = os.fdopen(down_w, "wb")
        self._up = up_r
        self._asked: deque[_Ticket | None] = deque()
        """Questions the writer has not answered yet, in order (None for a sync)."""
        self._unsynced = False
        self._txn: Batch | None = None
        """The batch of the open transaction while it holds only inserts."""
        self._stack: ExitStack | None = None
        try:
            self._local = SqliteBackend(path)
        except BaseException:
            self._stop()
            raise

    # ------------------------------------------------------------------ the Backend protocol

    @contextmanager
    def transaction(self, durable: bool = False) -> Iterator[None]:
        """A transaction: shipped to the writer if it holds only inserts and is not `durable`,
        otherwise run here once the writer has caught up."""
        if durable:
            self.sync()
            with self._local.transaction(durable=True):
                yield
            return
        self._txn = []
        self._stack = ExitStack()
        try:
            with self._stack:
                yield
                if self._txn:
                    self._send(_BATCH, marshal.dumps(self._txn))
        finally:
            self._txn = None
            self._stack = None

    def migration_lock(self) -> None:
        """Migrations run here (the writer is told nothing until they are done)."""
        self._here()
        self._local.migration_lock()

    def execute(self, sql: str, params: Row = ()) -> int:
        """Run one statement here; the number of rows it changed."""
        self._here()
        return self._local.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Row]) -> None:
        """Run one statement for each row, here."""
        self._here()
        self._local.executemany(sql, rows)

    def insert_rows(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows: into the batch of an open plain transaction, otherwise here."""
        if self._txn is not None:
            self._txn.append((table, rows if isinstance(rows, list | tuple) else list(rows)))
            return
        self._here()
        self._local.insert_rows(table, rows)

    def commit_new(self, table: str, rows: Sequence[Row]) -> _Ticket:
        """Hand `rows` to the writer for a durable commit of their own; answered later."""
        if self._txn is not None:
            raise StoreError(f"{self.label}: a durable commit cannot go inside a transaction")
        ticket = _Ticket(self)
        self._send(_DURABLE, marshal.dumps((table, list(rows))))
        self._asked.append(ticket)
        return ticket

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        """All rows of a query, read once every batch handed over is written."""
        self._here()
        return self._local.query(sql, params)

    def iterate(self, sql: str, params: Row = (), size: int = 5000) -> Iterator[Row]:
        """The rows of a query, `size` at a time, once every batch handed over is written."""
        self._here()
        return self._local.iterate(sql, params, size)

    def close(self) -> None:
        """Let the writer finish and stop, then close the connection here; the writer's failure,
        if any, is raised."""
        try:
            self._stop()
        finally:
            self._local.close()

    # ------------------------------------------------------------------ the writer

    def sync(self) -> None:
        """Wait until the writer has done everything handed over (its failure is raised)."""
        if not self._unsynced:
            return
        self._send(_SYNC, b"")
        self._asked.append(None)
        while self._asked:
            self.take_answer()
        self._unsynced = False

    def poll(self) -> None:
        """Read the answers the writer has already given (never waits)."""
        while self._asked and select.select([self._up], [], [], 0)[0]:
            self.take_answer()

    def take_answer(self) -> None:
        """Read the writer's next answer (waiting for it): a durable commit's count goes to its
        ticket; a failure is raised here."""
        data = _read_exact(self._up, _HEADER)
        if len(data) < _HEADER:
            raise StoreError(f"{self.label}: the store's writer process stopped ({self._reap()})")
        failure, added = marshal.loads(_read_exact(self._up, int.from_bytes(data, "little")))
        ticket = self._asked.popleft() if self._asked else None
        if failure:
            raise StoreError(failure)
        if ticket is not None:
            ticket.added = added

    def _here(self) -> None:
        """Before a statement here: inside a plain transaction, turn it into one of this
        connection's (the inserts gathered so far go first); outside one, catch the writer up."""
        if self._txn is None:
            self.sync()
            return
        gathered, self._txn = self._txn, None
        self.sync()
        assert self._stack is not None
        self._stack.enter_context(self._local.transaction())
        for table, rows in gathered:
            self._local.insert_rows(table, rows)

    def _send(self, kind: bytes, payload: bytes) -> None:
        """One message down the pipe."""
        if self._down is None:
            raise StoreError(f"{self.label}: the store is closed")
        try:
            self._down.write((len(payload) + 1).to_bytes(_HEADER, "little") + kind)
            self._down.write(payload)
            self._down.flush()
        except OSError as e:
            raise StoreError(f"{self.label}: the store's writer process stopped ({self._reap()})") from e
        self._unsynced = True

    def _stop(self) -> None:
        """Close the pipe, read the writer's answers to the last and wait for it to exit."""
        down, self._down = self._down, None
        if down is None:
            return
        try:
            with suppress(OSError):
                down.close()  # the end of the pipe: the writer answers once more and exits
            self._asked.append(None)
            while self._asked:
                self.take_answer()
        finally:
            os.close(self._up)
            self._reap()

    def _reap(self) -> str:
        """Wait for the writer process to exit; how it ended, in words. Its peak RSS goes to the
        file `WRITER_PEAK_ENV` names, when set (the benchmark counts it with the replay's own)."""
        try:
            _, status, usage = os.wait4(self._pid, 0)
        except ChildProcessError:
            return "already gone"
        peak_file = os.environ.get(WRITER_PEAK_ENV)
        if peak_file:
            with suppress(OSError), open(peak_file, "w", encoding="ascii") as fh:
                fh.write(str(usage.ru_maxrss))
        if os.WIFSIGNALED(status):
            return f"killed by signal {os.WTERMSIG(status)}"
        return f"exit code {os.WEXITSTATUS(status)}"


def _read_exact(fd: int, n: int) -> bytes:
    """`n` bytes from `fd`, fewer only at the end of the pipe."""
    parts: list[bytes] = []
    while n > 0:
        part = os.read(fd, n)
        if not part:
            break
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


def _serve(path: str, down: BinaryIO, up: int) -> None:  # pragma: no cover - runs in the child
    """The writer: do each message in order, answering durable commits, syncs and the end of the
    pipe with (failure, rows added); after a failure nothing more is written."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is the parent's to handle
    # The writer makes no cycles; a collection would walk, and so copy, every page of the
    # parent's objects it shares.
    gc.disable()
    backend: SqliteBackend | None = None
    failure = ""

    def answer(added: int) -> None:
        message = marshal.dumps((failure, added))
        os.write(up, len(message).to_bytes(_HEADER, "little") + message)

    while True:
        head = down.read(_HEADER)
        if len(head) < _HEADER:
            break
        size = int.from_bytes(head, "little")
        message = down.read(size)
        if len(message) < size:
            break  # the parent stopped mid-message: what it did not finish sending is not written
        kind, payload = message[:1], message[1:]
        if kind == _SYNC or failure:
            if kind != _BATCH:
                answer(0)
            continue
        added = 0
        try:
            if backend is None:
                backend = SqliteBackend(path, check=False)
            if kind == _BATCH:
                with backend.transaction():
                    for table, rows in marshal.loads(payload):
                        backend.insert_rows(table, rows)
            else:
                table, rows = marshal.loads(payload)
                sql = insert_sql(table)
                with backend.transaction(durable=True):
                    added = sum(backend.execute(sql, row) > 0 for row in rows)
        except StoreError as e:
            failure = str(e)
        except Exception as e:  # any failure of the writer is reported to the parent
            failure = f"{path}: the store's writer failed: {e!r}"
        if kind == _DURABLE:
            answer(added)
    if backend is not None:
        with suppress(StoreError):
            backend.close()
    answer(0)
