"""One reconnecting loop for every platform's client: backoff with jitter, a silence watchdog, counters.

    async for attempt in reconnecting("ws://…", classify=why, retry=retry, clock=clock, done=done):
        async with attempt:                      # an expected failure ends the attempt with a reason
            async with connect(url) as ws:
                attempt.up()                     # the connection (or its auth) is accepted
                await read_and_send(ws)

Each pass is one attempt: the client connects in the loop's body and says when the connection is
up; how it ended — an exception `classify` knows (a refused port, a handshake that is not a
WebSocket, silence) or a close — becomes the attempt's reason. The loop then waits a delay from
`Retry` (random under 1 s at first, growing to 30 s, afresh after a healthy minute) and goes
round again — at once when the body said so (`lost(..., at_once=True)`: the platform ended a
session and a new one is due now) — until `done()` says the run is over. It says "connecting
to …" once, and each retry with its reason, on one line each (also standing on the console's
notices until a connection is up again). When no attempt has ever come up within `give_up_after`
seconds (a closed port, an HTTP server that is no WebSocket, a wrong address), it makes one last
attempt at that limit and then gives up with one clear line (`FeedError`). Time is the injected
`Clock`, so tests never wait on the wall.

Inside an attempt the client reads until the connection drops or the bot has finished:
`until_finished(reading, finished)` races the two and cancels the loser; `Watchdog` is the
silence deadline each message pushes back; `settle` waits for a cancelled helper task.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Final, TypeVar

from bot.errors import FeedError
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.notices import NoticeBoard
from bot.runtime.port import BotPort

LINK: Final = "link"
"""The key of the console's notice while a connection is down."""
CONNECT_TIMEOUT = 60.0
"""Seconds without a first connection before the loop gives up."""

T = TypeVar("T")

Classify = Callable[[BaseException, "Attempt"], str | None]
"""Why an attempt failed, as a word (`unreachable`, `silence`, …) — the attempt says whether it
was up and whether any ever was; None: a failure a retry cannot mend, raised as it is."""


@dataclass
class LinkStats:
    """What the loop did: attempts, connections made, and why each attempt ended."""

    attempts: int = 0
    connections: int = 0
    drops: list[str] = field(default_factory=list)


class LinkCounters:
    """Connections made and why each attempt ended, for a client whose loop keeps `stats`."""

    stats: LinkStats

    @property
    def connections(self) -> int:
        """Connections made so far."""
        return self.stats.connections

    @property
    def drops(self) -> list[str]:
        """Why each attempt ended, in order."""
        return self.stats.drops


class Attempt:
    """One pass of the loop: the client connects inside `async with attempt`."""

    def __init__(
        self,
        number: int,
        classify: Classify,
        stats: LinkStats,
        clock: Clock,
        notices: NoticeBoard | None = None,
    ) -> None:
        """The `number`-th attempt (`notices`: where a lost connection stood, taken down once up)."""
        self.number = number
        self.reason: str | None = None
        self.detail = ""
        self.at_once = False
        """The next attempt is due now, without a backoff delay."""
        self.up_at: float | None = None
        self._classify = classify
        self._stats = stats
        self._clock = clock
        self._notices = notices

    @property
    def is_up(self) -> bool:
        """Whether this attempt's connection came up."""
        return self.up_at is not None

    @property
    def ever_up(self) -> bool:
        """Whether any attempt's connection came up."""
        return self._stats.connections > 0

    def up(self) -> None:
        """The connection is up (its handshake, or the platform's auth, was accepted)."""
        if self.up_at is None:
            self.up_at = self._clock.now()
            self._stats.connections += 1
            if self._notices is not None:
                self._notices.clear(LINK)

    def lost(self, reason: str, detail: str = "", *, at_once: bool = False) -> None:
        """The body saw the connection end: why, as a word, and what was said; `at_once`: go
        round again without a delay (the platform ended a session and wants a new one)."""
        self.reason = reason
        self.detail = detail
        self.at_once = at_once

    async def __aenter__(self) -> Attempt:
        """Start the attempt."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool:
        """Take an expected failure as the attempt's reason; let anything else through."""
        if exc is None or isinstance(exc, asyncio.CancelledError | KeyboardInterrupt):
            return False
        reason = self._classify(exc, self)
        if reason is None:
            return False
        self.lost(reason, str(exc) or type(exc).__name__)
        return True


def _stderr(line: str) -> None:
    """One line for the person running the bot."""
    print(line, file=sys.stderr, flush=True)


async def reconnecting(
    name: str,
    *,
    classify: Classify,
    done: Callable[[], bool],
    retry: Retry | None = None,
    clock: Clock | None = None,
    give_up_after: float | None = CONNECT_TIMEOUT,
    stats: LinkStats | None = None,
    on_drop: Callable[[str], None] | None = None,
    say: Callable[[str], None] = _stderr,
    notices: NoticeBoard | None = None,
) -> AsyncIterator[Attempt]:
    """Attempts to connect to `name`, one after another with backoff, until `done()`; each retry is
    said with its reason (and stands on the console's `notices` until a connection is up again)."""
    retry = retry or Retry()
    clock = clock or Clock()
    stats = stats if stats is not None else LinkStats()
    began = clock.now()
    say(f"connecting to {name}")
    while not done():
        stats.attempts += 1
        attempt = Attempt(stats.attempts, classify, stats, clock, notices)
        yield attempt
        if done():
            return
        reason = attempt.reason or "closed"
        stats.drops.append(reason)
        if on_drop is not None:
            on_drop(reason)
        lasted = clock.now() - attempt.up_at if attempt.up_at is not None else 0.0
        delay = 0.0 if attempt.at_once else retry.next_delay(lasted)
        why = f"{reason}: {attempt.detail}" if attempt.detail and attempt.detail != reason else reason
        if stats.connections == 0 and give_up_after is not None:
            waited = clock.now() - began
            if waited >= give_up_after:
                raise FeedError(f"{name}: no connection within {give_up_after:g} s (last attempt: {why})")
            delay = min(delay, give_up_after - waited)  # one last attempt right at the limit
        state = "connection lost" if attempt.up_at is not None else "cannot connect"
        line = f"{name}: {state} ({why}); retrying in {delay:.1f} s"
        say(line)
        if notices is not None:
            notices.show(LINK, line, "warning")
        await clock.sleep(delay)


def attempts_for(
    bot: BotPort,
    name: str,
    *,
    classify: Classify,
    retry: Retry,
    give_up_after: float | None,
    stats: LinkStats,
    say: Callable[[str], None],
) -> AsyncIterator[Attempt]:
    """`reconnecting` for a client of `bot`: until the bot has finished, on its clock, each drop
    told to the bot and each retry shown on its console."""
    return reconnecting(
        name,
        classify=classify,
        done=bot.finished.is_set,
        retry=retry,
        clock=bot.clock,
        give_up_after=give_up_after,
        stats=stats,
        on_drop=bot.disconnected,
        say=say,
        notices=bot.notices,
    )


class Finished:
    """What `until_finished` gives when the bot finished before the reading did."""

    def __repr__(self) -> str:
        """A name for the one value."""
        return "FINISHED"


FINISHED: Final = Finished()


async def settle(task: asyncio.Task[Any]) -> None:
    """Wait for a task to be over, taking its exception so it is not reported as lost."""
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()


async def until_finished(reading: Coroutine[Any, Any, T], finished: asyncio.Event) -> T | Finished:
    """Run `reading` until it returns (its value), raises (raised here) or `finished` is set
    (`FINISHED`, the reading cancelled)."""
    reader = asyncio.ensure_future(reading)
    waiter = asyncio.ensure_future(finished.wait())
    try:
        await asyncio.wait({reader, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (reader, waiter):
            task.cancel()
            await settle(task)
    if reader.cancelled():
        return FINISHED
    return reader.result()


class Watchdog:
    """A deadline that each message pushes back: `silence` seconds with none raise TimeoutError."""

    def __init__(self, silence: float | None) -> None:
        """Allow `silence` seconds between two messages (None: no deadline, the stream has ended)."""
        self.silence = silence
        self._timeout: asyncio.Timeout | None = None

    async def __aenter__(self) -> Watchdog:
        """Start watching."""
        self._timeout = asyncio.timeout(self.silence)
        await self._timeout.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop watching; a deadline that ran out is a TimeoutError."""
        assert self._timeout is not None
        await self._timeout.__aexit__(exc_type, exc, tb)

    def heard(self) -> None:
        """A message came: the deadline moves `silence` seconds on."""
        if self._timeout is not None and self._timeout.when() is not None and self.silence is not None:
            self._timeout.reschedule(asyncio.get_running_loop().time() + self.silence)

    def stop(self) -> None:
        """No deadline any more (the stream has ended; only acks may still come)."""
        if self._timeout is not None:
            self._timeout.reschedule(None)
