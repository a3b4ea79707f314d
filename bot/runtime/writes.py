"""Where the runner's records go: straight into the store, or through a writer thread.

Replay writes in its own thread (`DirectWrites`): the store buffers rows and writes them in
batches. A live run must never wait on the database in its event loop, so `ThreadWrites` hands
every write to one thread of its own, in order; that thread writes the store's batches, and when
the feed goes quiet for `idle_flush` seconds it flushes what is buffered. An application is
committed durably by that thread like everything else; `sync()` lets the event loop wait, without
blocking, until everything handed over so far is done — the live bot waits for it before a post
that follows an application goes out, so an application is durable before it is confirmed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from bot.errors import BotError
from bot.events import ApplicationMade, Post, Record
from bot.store import Store
from bot.store.backend import Pending

if TYPE_CHECKING:
    import asyncio  # a replay, which never waits on an event loop, does not load it

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
    before its confirmation is written anywhere. Where the store's writer is a process of its
    own, a full group is handed over and the run goes on; the posts wait until the commit is
    reported done (`unsettled` asks, without waiting).

    With `hold` > 0 posts and records are gathered here and handed to the store `hold` at a time
    (a replay writes a few records per comment: one call into the store per comment costs more
    than the rows themselves). Nothing is reordered: everything gathered goes to the store before
    an application is committed, and `release` hands over the rest (call it when the run stops,
    however it stops).
    """

    def __init__(self, store: Store, group: int = 1, hold: int = 0) -> None:
        """Write to `store`."""
        self.store = store
        self.group = group
        self.hold = hold
        self.applications = 0
        self._waiting: list[tuple[str, ApplicationMade]] = []
        self._committing: list[Pending] = []
        self._held: list[Post | Record] = []
        self._held_sid = ""

    @property
    def unsettled(self) -> bool:
        """Whether applications wait for their commit."""
        if self._waiting:
            return True
        committing = self._committing
        while committing and committing[0].done():
            self.applications += committing.pop(0).result()
        return bool(committing)

    def write(self, sid: str, items: Sequence[Post | Record]) -> None:
        """Buffer in the store (it writes a batch when full), through the held list when holding."""
        if not self.hold:
            self.store.write(sid, items)
            return
        if sid != self._held_sid:
            self.release()
            self._held_sid = sid
        held = self._held
        held += items
        if len(held) >= self.hold:
            self.release()

    def release(self) -> None:
        """Hand what is held to the store."""
        if self._held:
            held, self._held = self._held, []
            self.store.write(self._held_sid, held)

    def write_application(self, sid: str, app: ApplicationMade) -> None:
        """Commit with the rest of its group, handed over once the group is full."""
        self._waiting.append((sid, app))
        if len(self._waiting) >= self.group:
            self._hand_over()

    def settle(self) -> None:
        """Commit the waiting applications durably, in one commit per session (with everything
        written before them), and wait until every commit handed over is done."""
        self._hand_over()
        committing, self._committing = self._committing, []
        for pending in committing:
            self.applications += pending.result()

    def _hand_over(self) -> None:
        """The waiting applications to the store, one durable commit per session."""
        self.release()
        waiting, self._waiting = self._waiting, []
        by_session: dict[str, list[ApplicationMade]] = {}
        for sid, app in waiting:
            by_session.setdefault(sid, []).append(app)
        for sid, apps in by_session.items():
            self._committing.append(self.store.commit_applications(sid, apps))


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
        import asyncio

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
