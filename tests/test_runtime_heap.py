"""The collector around start-up: off while it builds, frozen and spaced out after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.runtime.heap import OLDER, YOUNG, after_startup, during_startup


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the test process's collector as it found it."""
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_startup_runs_without_collections(collector: None) -> None:
    """While start-up builds, the collector does not run."""
    during_startup()
    assert not gc.isenabled()


def test_after_startup_freezes_and_collects_again(collector: None) -> None:
    """After start-up what it built is frozen and the collector runs again, less often."""
    during_startup()
    kept = [[n] for n in range(1000)]
    after_startup()
    assert gc.isenabled()
    assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
    assert gc.get_freeze_count() >= len(kept)


def test_after_startup_twice_is_harmless(collector: None) -> None:
    """Calling it again leaves the collector running with the same thresholds."""
    after_startup()
    after_startup()
    assert gc.isenabled()
    assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
