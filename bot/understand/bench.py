"""How many lines a second `daigang understand` handles once started (JSON in and out included)."""

from __future__ import annotations

import io
import time

import orjson

from bot.understand.cli import understand_stream
from bot.understand.understander import Understander
from catalog.models import Catalog


def measure_understand(catalog: Catalog, lines: list[tuple[str, str | None]]) -> float:
    """Lines per second of the understand command over `lines` (text, featured), start-up excluded."""
    if not lines:
        return 0.0
    understander = Understander(catalog)
    understander.warm()
    payload = b"".join(orjson.dumps({"text": t, "featured": f}) + b"\n" for t, f in lines)
    stdin = io.BytesIO(payload)
    stdout = io.BytesIO()
    stderr = io.StringIO()
    start = time.perf_counter()
    understand_stream(understander, stdin, stdout, stderr)
    elapsed = time.perf_counter() - start
    return len(lines) / elapsed if elapsed > 0 else float("inf")
