"""A wall clock for tests that moves only when the test turns it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.runtime.clock import Clock


class HandClock(Clock):
    """Wall time that moves only when the test turns it; sleepers wake when it passes their time."""

    def __init__(self) -> None:
        """Start at 1000 s."""
        self.t = 1000.0
        self._moved = asyncio.Event()

    def now(self) -> float:
        """The time the test has set."""
        return self.t

    async def sleep(self, seconds: float) -> None:
        """Wait until the test has turned the clock `seconds` on."""
        until = self.t + seconds
        while self.t < until:
            moved = self._moved
            await moved.wait()

    async def advance(self, seconds: float) -> None:
        """Turn the clock on in half-second steps, letting whoever wakes run after each."""
        while seconds > 1e-9:
            step = min(0.5, seconds)
            seconds -= step
            self.t += step
            moved, self._moved = self._moved, asyncio.Event()
            moved.set()
            await asyncio.sleep(0.01)

    async def until(self, check: Callable[[], bool], within: float = 60.0) -> None:
        """Turn the clock on until `check()` holds (at most `within` seconds of it)."""
        start = self.t
        while not check():
            if self.t - start > within:
                raise TimeoutError(f"not within {within} s of the hand clock")
            await self.advance(0.5)
