"""Reconnect delays: a plain generator of jittered, growing waits, and the reset after a healthy spell."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

FIRST = 1.0
"""The first retry comes within this many seconds."""
FACTOR = 1.6
"""Each further retry waits this much longer."""
CAP = 30.0
"""No retry waits longer than this."""
HEALTHY = 60.0
"""A connection that lasted this long resets the delays to the first one."""
JITTER = 0.2
"""After the first, each delay is cut by up to this share at random, so many bots spread out."""


def backoff(
    first: float = FIRST,
    factor: float = FACTOR,
    cap: float = CAP,
    rng: random.Random | None = None,
) -> Iterator[float]:
    """Seconds before each retry: random under `first`, then `first`×`factor`ⁿ up to `cap`, jittered."""
    rng = rng or random.Random()
    yield rng.random() * first
    base = first
    while True:
        yield min(cap, base) * (1.0 - JITTER * rng.random())
        base = min(cap, base * factor)


class Retry:
    """Hands out reconnect delays; a connection that stayed up `healthy` seconds starts them afresh."""

    def __init__(self, delays: Callable[[], Iterator[float]] = backoff, healthy: float = HEALTHY) -> None:
        """`delays` makes a fresh delay generator; `healthy` is the spell that resets it."""
        self._make = delays
        self._healthy = healthy
        self._delays = delays()

    def next_delay(self, lasted: float) -> float:
        """The wait before the next attempt, given how long the last connection lasted (0: it failed)."""
        if lasted >= self._healthy:
            self._delays = self._make()
        return next(self._delays)
