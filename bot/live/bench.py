"""The live figure of the benchmark: a room on loopback pushing comments in real time.

`daigang room` runs in its own process and plays a synthetic stream at real time (1,000 comments a
second by default); the bot attaches over the WebSocket in this process and measures, for every
comment, the wall time from the frame's arrival to the room's decision on it, and at the end how
long the `end` frame waited behind the others (the lag behind the room).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Protocol

from bot.errors import BotError
from bot.live.attach import attach
from bot.profiles import get_profile
from bot.runtime.live import LiveBot
from bot.stats import percentile
from bot.store import open_store
from bot.synth import write_stream
from bot.wiring import build_room
from catalog.models import Catalog


class LiveScale(Protocol):
    """What the live measure needs of the benchmark's scale."""

    @property
    def live_rate(self) -> int:
        """Comments a second."""

    @property
    def live_seconds(self) -> float:
        """How long the room plays."""


async def _measure(catalog: Catalog, url: str, db: Path) -> tuple[list[float], float]:
    """Attach to the room at `url`; the per-comment latencies and the end lag, in seconds."""
    room = build_room(catalog, get_profile("generic"))
    room.understander.warm()
    store = open_store(str(db))
    bots: list[LiveBot] = []

    def ready(bot: LiveBot) -> None:
        bot.latencies = []
        bots.append(bot)

    try:
        await attach(url, room, catalog, store, on_ready=ready)
    finally:
        store.close()
    bot = bots[0]
    return bot.latencies or [], bot.end_lag or 0.0


def bench_live(catalog: Catalog, scale: LiveScale) -> tuple[float, float, float]:
    """p50 and p99 in ms from frame arrival to decision, and the lag in s, at the scale's rate."""
    rate, seconds = scale.live_rate, scale.live_seconds
    with tempfile.TemporaryDirectory(prefix="daigang-live-") as tmp:
        log = write_stream(Path(tmp) / "live.jsonl", catalog, int(rate * seconds), rate=float(rate), seed=3)
        cmd = [sys.executable, "-m", "bot", "room", str(log), "--port", "0", "--speed", "1"]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            assert proc.stdout is not None
            url = ""
            for line in proc.stdout:
                if "ws://" in line:
                    url = line[line.index("ws://") :].split()[0]
                    break
            if not url:
                raise BotError("bench: daigang room did not start")
            latencies, lag = asyncio.run(_measure(catalog, url, Path(tmp) / "live.db"))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    if not latencies:
        raise BotError("bench: the live run measured nothing")
    return statistics.median(latencies) * 1000, (percentile(latencies, 0.99) or 0.0) * 1000, lag
