"""The helper thread a fast replay hands its store batches to: order kept, failures not lost."""

from __future__ import annotations

import threading

import pytest

from bot.errors import BotError
from bot.runtime.writes import Handoff


def test_jobs_run_in_order_on_a_thread_of_their_own() -> None:
    """Every job handed over has run, in order and off the caller's thread, once `wait` returns."""
    handoff = Handoff()
    done: list[tuple[int, str]] = []
    for n in range(50):
        handoff.put(lambda n=n: done.append((n, threading.current_thread().name)))
    handoff.wait()
    assert [n for n, _ in done] == list(range(50))
    assert {name for _, name in done} == {"daigang-store"}
    handoff.close()


def test_a_failed_job_is_raised_to_the_caller_and_stops_the_rest() -> None:
    """A job that fails: `wait` and `close` raise its error, and no later job writes anything."""
    handoff = Handoff()
    done: list[int] = []

    def fail() -> None:
        raise OSError("disk full")

    handoff.put(lambda: done.append(1))
    handoff.put(fail)
    handoff.put(lambda: done.append(3))
    with pytest.raises(BotError, match="disk full"):
        handoff.wait()
    with pytest.raises(BotError, match="disk full"):
        handoff.close()
    assert done == [1]


def test_close_without_jobs_starts_no_thread() -> None:
    """A run that handed nothing over closes at once."""
    before = threading.active_count()
    handoff = Handoff()
    handoff.close()
    assert threading.active_count() == before
