"""The bench's measure of a whole process: its own peak memory, never the bench's."""

from __future__ import annotations

import sys

import pytest

from bot.bench import run_alone
from bot.errors import BotError

MB = 1024 * 1024


def test_a_child_peak_leaves_out_the_parents_memory() -> None:
    """A bare interpreter started while this process holds 160 MB reports well under that."""
    held = b"x" * (160 * MB)
    elapsed, peak_kb = run_alone([sys.executable, "-c", "pass"])
    assert len(held) == 160 * MB
    assert elapsed > 0
    assert 0 < peak_kb < 80 * 1024


def test_a_child_peak_counts_what_the_child_holds() -> None:
    """A child that fills 120 MB reports at least that, from the kernel's own count."""
    _, peak_kb = run_alone([sys.executable, "-c", "x = b'y' * (120 * 1024 * 1024)"])
    assert peak_kb >= 120 * 1024


def test_a_failing_child_is_one_clear_error() -> None:
    """A command that exits non-zero raises the project's error with the end of its stderr."""
    with pytest.raises(BotError, match="boom"):
        run_alone([sys.executable, "-c", "import sys; sys.exit('boom')"])


def test_the_childs_output_does_not_mix_with_the_figures() -> None:
    """Whatever the measured command prints is thrown away, not read as a figure."""
    _, peak_kb = run_alone([sys.executable, "-c", "print('1 2 3 4 5')"])
    assert peak_kb > 0
