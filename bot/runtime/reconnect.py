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
round again, until `done()` says the run is over. It says "connecting to …" once, and each retry
with its reason, on one line each. When no attempt has ever come up within `give_up_after`
seconds (a closed port, an HTTP server that is no WebSocket, a wrong address), it makes one last
attempt at that limit and then gives up with one clear line (`FeedError`). Time is the injected
`Clock`, so tests never wait on the wall.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from types import TracebackType

from bot.errors import FeedError
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock

CONNECT_TIMEOUT = 60.0
"""Seconds without a first connection before the loop gives up."""

Classify = Callable[[BaseException, "Attempt"], str | None]
"""Why an attempt failed, as a word (`unreachable`, `silence`, …) — the attempt says whether it
was up and whether any ever was; None: a failure a retry cannot mend, raised as it is."""


@dataclass
class LinkStats:
    """What the loop did: attempts, connections made, and why each attempt ended."""

    attempts: int = 0
    connections: int = 0
    drops: list[str] = field(default_factory=list)


class Attempt:
    """One pass of the loop: the client connects inside `async with attempt`."""

    def __init__(self, number: int, classify: Classify, stats: LinkStats, clock: Clock) -> None:
        """The `number`-th attempt."""
        self.number = number
        self.reason: str | None = None
        self.detail = ""
        self.up_at: float | None = None
        self._classify = classify
        self._stats = stats
        self._clock = clock

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

    def lost(self, reason: str, detail: str = "") -> None:
        """The body saw the connection end: why, as a word, and what was said."""
        self.reason = reason
        self.detail = detail

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
) -> AsyncIterator[Attempt]:
    """Attempts to connect to `name`, one after another with backoff, until `done()`."""
    retry = retry or Retry()
    clock = clock or Clock()
    stats = stats if stats is not None else LinkStats()
    began = clock.now()
    say(f"connecting to {name}")
    while not done():
        stats.attempts += 1
        attempt = Attempt(stats.attempts, classify, stats, clock)
        yield attempt
        if done():
            return
        reason = attempt.reason or "closed"
        stats.drops.append(reason)
        if on_drop is not None:
            on_drop(reason)
        lasted = clock.now() - attempt.up_at if attempt.up_at is not None else 0.0
        delay = retry.next_delay(lasted)
        why = f"{reason}: {attempt.detail}" if attempt.detail and attempt.detail != reason else reason
        if stats.connections == 0 and give_up_after is not None:
            waited = clock.now() - began
            if waited >= give_up_after:
                raise FeedError(f"{name}: no connection within {give_up_after:g} s (last attempt: {why})")
            delay = min(delay, give_up_after - waited)  # one last attempt right at the limit
        state = "connection lost" if attempt.up_at is not None else "cannot connect"
        say(f"{name}: {state} ({why}); retrying in {delay:.1f} s")
        await clock.sleep(delay)


class Watchdog:
    """A deadline that each message pushes back: `silence` seconds with none raise TimeoutError."""

    def __init__(self, silence: float) -> None:
        """Allow `silence` seconds between two messages."""
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
        if self._timeout is not None and self._timeout.when() is not None:
            self._timeout.reschedule(asyncio.get_running_loop().time() + self.silence)

    def stop(self) -> None:
        """No deadline any more (the stream has ended; only acks may still come)."""
        if self._timeout is not None:
            self._timeout.reschedule(None)
