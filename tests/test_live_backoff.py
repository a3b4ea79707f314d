"""Reconnect delays: first retry within a second, growing ×1.6 to a 30 s cap, reset by a healthy minute."""

from __future__ import annotations

import itertools
import random

from hypothesis import given
from hypothesis import strategies as st

from bot.runtime.backoff import CAP, FACTOR, JITTER, Retry, backoff

seeds = st.integers(min_value=0, max_value=2**32 - 1)


@given(seeds)
def test_first_retry_comes_within_a_second(seed: int) -> None:
    """The first delay is under one second, whatever the random draw."""
    first = next(backoff(rng=random.Random(seed)))
    assert 0.0 <= first < 1.0


@given(seeds)
def test_delays_never_pass_the_cap(seed: int) -> None:
    """No delay, however many retries, is longer than 30 s."""
    delays = list(itertools.islice(backoff(rng=random.Random(seed)), 200))
    assert max(delays) <= CAP == 30.0


@given(seeds)
def test_delays_grow_by_the_factor_up_to_the_cap(seed: int) -> None:
    """Retry n waits between (1-jitter) and 1 times min(cap, 1.6^(n-1)) seconds."""
    delays = list(itertools.islice(backoff(rng=random.Random(seed)), 40))
    for n, delay in enumerate(delays[1:]):
        base = min(CAP, FACTOR**n)
        assert base * (1.0 - JITTER) - 1e-9 <= delay <= base + 1e-9
    assert min(delays[-5:]) >= CAP * (1.0 - JITTER)


@given(seeds)
def test_delays_are_jittered(seed: int) -> None:
    """Two bots with different draws do not retry in lockstep."""
    a = list(itertools.islice(backoff(rng=random.Random(seed)), 10))
    b = list(itertools.islice(backoff(rng=random.Random(seed + 1)), 10))
    assert a != b


@given(seeds, st.floats(min_value=60.0, max_value=1e6))
def test_a_healthy_minute_resets_the_delays(seed: int, lasted: float) -> None:
    """After a connection that lasted a minute or more, the next retry is again under a second."""
    rng = random.Random(seed)
    retry = Retry(lambda: backoff(rng=rng))
    for _ in range(12):
        retry.next_delay(0.0)
    assert retry.next_delay(5.0) >= CAP * (1.0 - JITTER)
    assert retry.next_delay(lasted) < 1.0


@given(seeds, st.floats(min_value=0.0, max_value=59.9))
def test_a_short_connection_keeps_the_delays_growing(seed: int, lasted: float) -> None:
    """A connection that dropped within the minute does not reset the delays."""
    rng = random.Random(seed)
    retry = Retry(lambda: backoff(rng=rng))
    delays = [retry.next_delay(lasted) for _ in range(12)]
    assert delays[-1] >= CAP * (1.0 - JITTER)
