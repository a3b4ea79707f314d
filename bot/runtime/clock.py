"""Wall time for the shells: monotonic seconds and an awaitable sleep (injected in tests), and the
`--speed` that paces a recording against it."""

from __future__ import annotations

import time

from bot.errors import BotError


class Clock:
    """Wall time for pacing: monotonic seconds and an awaitable sleep (injected in tests)."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` of wall time."""
        import asyncio  # loaded by the runs that pace themselves, not by every one that tells the time

        await asyncio.sleep(seconds)


def parse_speed(value: str) -> float | None:
    """`--speed`: `max` -> None (as fast as possible); a positive number otherwise."""
    if value == "max":
        return None
    try:
        speed = float(value)
    except ValueError:
        raise BotError(f"--speed {value}: give a number or max") from None
    if speed <= 0:
        raise BotError(f"--speed {value}: must be positive")
    return speed
