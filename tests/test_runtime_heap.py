"""The collector around start-up: off while it builds, frozen and spaced out after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.runtime.heap import OLDER, YOUNG, after_startup, collector_kept, during_startup
from bot.seedfiles import CATALOG, seed_file


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


def test_a_command_failing_in_its_start_up_leaves_the_collector_running(
    collector: None, tmp_path: Path
) -> None:
    """A replay of a recording that is not there ends before its start-up does: the collector it
    turned off runs again once the command is over."""
    code = main(["replay", str(tmp_path / "missing.jsonl"), "--catalog", str(seed_file(CATALOG))])
    assert code == 2
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off(collector: None) -> None:
    """A caller that runs without the collector keeps it off: it is only turned back on if it ran."""
    gc.disable()
    with collector_kept():
        during_startup()
    assert not gc.isenabled()
