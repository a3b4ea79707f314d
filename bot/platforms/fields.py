"""Reading loosely typed JSON that other tools write: ids, counts, text and times, without raising."""

from __future__ import annotations

import math
from typing import Any

MS_THRESHOLD = 1e11
"""A Unix time above this is in milliseconds (1e11 s is the year 5138; 1e11 ms is 1973)."""


def ident(value: object) -> str | None:
    """A non-empty id: a string, or an integer as its decimal string."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def count(value: object, default: int | None = None) -> int | None:
    """A non-negative integer (an integral float or a decimal string counts); `default` when absent."""
    if value is None:
        return default
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def text(value: object) -> str | None:
    """A string, or None for anything else."""
    return value if isinstance(value, str) else None


def unix_seconds(value: object) -> float | None:
    """A Unix time in seconds from seconds or milliseconds (told apart by size); None if not a time."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    number = float(value)
    if not math.isfinite(number) or number <= 0:
        return None
    return number / 1000.0 if number > MS_THRESHOLD else number


def obj(value: object) -> dict[str, Any] | None:
    """A JSON object, or None."""
    return value if isinstance(value, dict) else None
