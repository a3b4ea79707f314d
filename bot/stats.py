"""Small statistics shared by the report and the benchmark."""

from __future__ import annotations

import math


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile (the smallest value at least `share` of the values reach),
    or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered), math.ceil(share * len(ordered))) - 1)]
