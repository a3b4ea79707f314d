"""Where the runner's records go: straight into the store, or through a writer thread.

`DirectWrites` writes in the caller's thread: the store buffers rows and writes them in batches.
Replay makes the rows itself and hands them, a batch at a time, to a thread of its own
(`BackgroundWrites`), so that the database works while the room goes on. A live run must never
wait on the database in its event loop, so `ThreadWrites` hands every write to one thread of its
own, in order; that thread writes the store's batches, and when
the feed goes quiet for `idle_flush` seconds it flushes what is buffered. An application is
committed durably by that thread like everything else; `sync()` lets the event loop wait, without
blocking, until everything handed over so far is done — the live bot waits for it before a post
that follows an application goes out, so an application is durable before it is confirmed.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from bot.errors import BotError
from bot.events import ApplicationMade, Post, Record
from bot.store import Store
from bot.store.rows import TABLES, Row, add_rows
from bot.store.store import DEFAULT_BATCH

IDLE_FLUSH = 1.0
"""Seconds without a write before the writer thread flushes the store's buffer."""


class Writes(Protocol):
    """The store as the runner writes to it."""

    applications: int
    """Applications written that were new (a viewer applying twice to a job counts once)."""

    @property
    def unsettled(self) -> bool:
        """Whether an application handed over is not yet committed (posts after it must wait)."""
        ...

    def settle(self) -> None:
        """Commit what waits (in a live run the event loop waits for it through `sync` instead)."""
        ...

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Buffer posts and records of session `sid` (never waits on the database in a live run)."""
        ...

    def write_application(self, sid: str, app: ApplicationMade) -> None:
        """Commit an application durably, with everything written before it."""
        ...


class DirectWrites:
    """The store, written in the caller's thread; applications committed `group` at a time.

    With `group` > 1 the posts that follow an application wait (in the runner's executor) until
    the group is committed — one durable commit for several applications, each still durable
    before its confirmation is written anywhere.
    """

    def __init__(self, store: Store, group: int = 1) -> None:
        """Write to `store`."""
        self.store = store
        self.group = group
        self.applications = 0
        self._waiting: list[tuple[str, ApplicationMade]] = []

    @property
    def unsettled(self) -> bool:
        """Whether applications wait for their commit."""
        return bool(self._waiting)

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Buffer in the store (it writes a batch when full)."""
        self.store.write(sid, items)

    def write_application(self, sid: str, app: ApplicationMade) -> None:
        """Commit at once, or with the rest of its group."""
        self._waiting.append((sid, app))
        if len(self._waiting) >= self.group:
            self.settle()

    def settle(self) -> None:
        """Commit the waiting applications durably, in one commit per session."""
        waiting, self._waiting = self._waiting, []
        by_session: dict[str, list[ApplicationMade]] = {}
        for sid, app in waiting:
            by_session.setdefault(sid, []).append(app)
        for sid, apps in by_session.items():
            self.applications += self.store.write_applications(sid, apps)


class BackgroundWrites:
    """The store written by a thread of its own while the caller goes on (replay).

    The caller turns records into rows (cheap) and hands `batch` of them over at a time; the
    thread inserts them, so the database's own work runs beside the room's instead of after it.
    Applications are handed over `group` at a time and committed durably, with every row before
    them, by the same thread, in order; until that commit `unsettled` is true, so the runner's
    executor holds the posts that follow them — nothing confirms an application before it is
    durable. `settle` hands everything over and waits until it is all written.
    """

    def __init__(self, store: Store, group: int = 1, batch: int = DEFAULT_BATCH) -> None:
        """Write to `store`: rows `batch` at a time, applications `group` at a time."""
        self.store = store
        self.group = group
        self.batch = batch
        self.applications = 0
        self._rows: dict[str, list[Row]] = {t: [] for t in TABLES}
        self._count = 0
        self._waiting: list[tuple[str, ApplicationMade]] = []
        self._handed = 0
        self._committed = 0
        self._jobs: queue.SimpleQueue[Callable[[], None] | threading.Event | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def unsettled(self) -> bool:
        """Whether an application handed over is not yet committed."""
        self._raise()
        return bool(self._waiting) or self._committed < self._handed

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Make the rows now; hand them over once `batch` are waiting."""
        self._raise()
        self._count += add_rows(self._rows, sid, items)
        if self._count >= self.batch:
            self._hand_over()

    def write_application(self, sid: str, app: ApplicationMade) -> None:
        """Hand the application over with the rest of its group."""
        self._raise()
        self._waiting.append((sid, app))
        if len(self._waiting) >= self.group:
            self._hand_over()

    def settle(self) -> None:
        """Hand everything over and wait until the thread has written it all."""
        self._hand_over()
        if self._thread is not None:
            done = threading.Event()
            self._jobs.put(done)
            while not done.wait(0.5):
                if not self._thread.is_alive():
                    break
        self._raise()

    def close(self) -> None:
        """Write everything and stop the thread."""
        self.settle()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def _hand_over(self) -> None:
        """Give the thread the rows made so far and the applications waiting."""
        if not self._count and not self._waiting:
            return
        rows, self._rows, self._count = self._rows, {t: [] for t in TABLES}, 0
        apps, self._waiting = self._waiting, []
        self._handed += len(apps)

        def job() -> None:
            new = self.store.write_rows(rows, apps)
            self.applications += new
            self._committed += len(apps)

        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="daigang-store", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        """The writer thread: run jobs in order until told to stop; after a failure only wake waiters."""
        while (job := self._jobs.get()) is not None:
            if isinstance(job, threading.Event):
                job.set()  # everything before it is done
                continue
            if self._error is not None:
                continue  # after a failure only the waiters are answered; the error is raised to them
            try:
                job()
            except BotError as exc:
                self._error = exc
            except Exception as exc:
                self._error = BotError(f"{self.store.label}: the store's writer failed: {exc!r}")

    def _raise(self) -> None:
        """Raise the writer thread's failure in the caller."""
        if self._error is not None:
            raise self._error


_Job = Callable[[], None]


class ThreadWrites:
    """The store, written by a thread of its own in the order things were handed over."""

    def __init__(self, store: Store, idle_flush: float = IDLE_FLUSH) -> None:
        """Write to `store`; flush its buffer after `idle_flush` seconds without a write."""
        self.store = store
        self.idle_flush = idle_flush
        self.applications = 0
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._dirty = False
        self._closed = False

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Hand the items to the writer thread."""
        batch = list(items)
        if batch:
            self._put(lambda: self.store.write(sid, batch))

    @property
    def unsettled(self) -> bool:
        """Never from the runner's side: the live bot waits through `sync` before posting."""
        return False

    def settle(self) -> None:
        """Nothing to do here: the writer thread commits each application as it comes."""

    def write_application(self, sid: str, app: ApplicationMade) -> None:
        """Hand the application to the writer thread, which commits it durably."""

        def commit() -> None:
            if self.store.write_application(sid, app):
                self.applications += 1

        self._put(commit)

    def add_feedback(self, sid: str, employer: str, score: int, comment: str | None, ts: float) -> None:
        """An employer's score, written in order with the rest."""
        self._put(lambda: self.store.add_feedback(sid, employer, score, comment, ts))

    async def sync(self) -> None:
        """Wait (without blocking the loop) until everything handed over so far is in the database's hands."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()

        if self._closed:
            self._raise()
            return
        self._put(_Mark(loop, done))
        await done
        self._raise()

    async def drain(self) -> None:
        """Flush everything to the database and wait for it."""
        self._put(self._flush)
        await self.sync()

    def close(self) -> None:
        """Flush, stop the thread and wait for it (blocking; at the end of a run). Later writes go
        straight to the store, in the caller's thread."""
        self._closed = True
        if self._thread is not None:
            self._jobs.put(self._flush)
            self._jobs.put(None)
            self._thread.join()
            self._thread = None
        self._raise()

    def _put(self, job: _Job) -> None:
        """Queue a job, starting the thread on first use (after `close`, run it here and now)."""
        if self._closed:
            if not isinstance(job, _Mark):
                job()
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="daigang-store", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _flush(self) -> None:
        """Write the store's buffer."""
        self.store.flush()
        self._dirty = False

    def _work(self) -> None:
        """The writer thread: run jobs in order until told to stop; flush when idle."""
        while True:
            try:
                job = self._jobs.get(timeout=self.idle_flush) if self._dirty else self._jobs.get()
            except queue.Empty:
                job = self._flush
            if job is None:
                return
            if self._error is not None and not isinstance(job, _Mark):
                continue  # after a failure only the waiters are answered; the error is raised to them
            try:
                job()
                if job != self._flush and not isinstance(job, _Mark):
                    self._dirty = True
            except BotError as exc:
                self._error = exc
            except Exception as exc:
                self._error = BotError(f"{self.store.label}: the store's writer failed: {exc!r}")

    def _raise(self) -> None:
        """Raise the writer thread's failure in the caller."""
        if self._error is not None:
            raise self._error


class _Mark:
    """A job that tells a waiter in the event loop that every job before it is done."""

    def __init__(self, loop: asyncio.AbstractEventLoop, future: asyncio.Future[None]) -> None:
        """Resolve `future` in `loop`."""
        self.loop = loop
        self.future = future

    def __call__(self) -> None:
        """Resolve the waiter (in the loop's thread; a loop already closed has nobody waiting)."""
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(_resolve, self.future)


def _resolve(future: asyncio.Future[None]) -> None:
    """Resolve a waiter (in the loop's thread)."""
    if not future.done():
        future.set_result(None)
