"""Wall time for the shells: monotonic seconds and an awaitable sleep, injected in tests."""

from __future__ import annotations

import asyncio
import time


class Clock:
    """Wall time for pacing: monotonic seconds and an awaitable sleep (injected in tests)."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` of wall time."""
        await asyncio.sleep(seconds)
