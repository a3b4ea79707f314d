"""`daigang demo`: the seed recording played as a live room, the bot attached over a real WebSocket.

A `RoomServer` on 127.0.0.1 (a free port) plays `seeds/stream.jsonl` at `speed` times real time
under the `generic` profile; the bot attaches to it exactly as `daigang attach` would, the host
starts the satisfaction poll at 37:00 (three minutes before the end), and when the room sends `end` the
transcript, the store and the review report are in `--out`.

The transcript does not depend on the machine: the bot decides on the stream's own clock (each
frame's `ts`, and ticks on replay's grid of stream time), waits for each post's ack before it
takes the next frame, and the room forgives loopback jitter when it judges intervals. A demo at
any speed writes the same transcript as
`daigang replay seeds/stream.jsonl --catalog seeds/catalog.yaml --poll 00:37:00`.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from bot.cli import parse_speed
from bot.errors import InputError
from bot.live.attach import Outputs, attach
from bot.live.room_server import RoomServer, load_events
from bot.profiles import get_profile
from bot.progress import StreamProgress
from bot.replay import parse_polls
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.seedfiles import CATALOG as CATALOG_FILE
from bot.seedfiles import STREAM as STREAM_FILE
from bot.seedfiles import seed_file
from bot.store import open_store
from bot.wiring import build_room
from catalog.load import load_catalog

STREAM = seed_file(STREAM_FILE)
CATALOG = seed_file(CATALOG_FILE)
PROFILE = "generic"
POLL = "00:37:00"
"""When the host starts the viewers' poll, from the first frame: about three minutes before the
seed stream's end, as its viewers start answering 扣1 / 扣2."""


LINGER = 300.0
"""Seconds the demo's room stays with the bot after sending `end`. At `--speed max` the room sends
the whole stream at once and the bot, which waits for each post's ack, may be well behind on a
busy machine: the room must not hang up on it before it has caught up (the bot leaves by itself
once it has handled `end`)."""


def _fresh_db(path: Path) -> None:
    """Remove the store a previous demo left in the output folder."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


async def demo(
    out: Path, speed: float | None, keep_open: bool, console: int, overlay: bool = False
) -> LiveResult:
    """Play the seed stream to the bot over a local WebSocket, then write the report into `out`."""
    from bot.report import write_report

    began = time.monotonic()
    print("loading:    the demo catalogue and the understanding …", flush=True)
    catalog = load_catalog(CATALOG)
    profile = get_profile(PROFILE)
    events = load_events(STREAM)
    options = LiveOptions(polls=tuple(parse_polls(POLL)))
    room = build_room(catalog, profile)
    room.understander.warm()
    db = out / "daigang.db"
    _fresh_db(db)
    store = open_store(str(db))
    transcript = out / "transcript.jsonl"

    def ready(bot: LiveBot) -> None:
        """The bot is wired: say so."""
        print(f"bot:        attached, {len(catalog.jobs)} jobs in the catalogue", flush=True)

    progress = StreamProgress(events[0].ts, events[-1].ts) if events else None

    async def after(result: LiveResult) -> None:
        """The stream is over: write the report, say where everything is, stay open when asked."""
        if progress is not None:
            progress.close()
        print("report:     writing …", flush=True)
        paths = write_report(str(db), out, result.session)
        print(
            f"done in {time.monotonic() - began:.1f} s: {result.comments} comments, "
            f"{len(result.posts)} posts, {result.applications} applications"
        )
        print(f"transcript: {transcript}")
        print(f"store:      {db} (session {result.session})")
        reports = (paths.html, paths.markdown, paths.json, paths.applications)
        for label, path in zip(("report:", "", "", ""), reports, strict=True):
            print(f"{label:<11} {path}")
        sys.stdout.flush()
        if keep_open:
            print("the room and the console stay open; Ctrl-C to stop", flush=True)
            await asyncio.Event().wait()
        print(
            "console:    closes with the demo, its link above stops working now "
            "(daigang demo --keep-open keeps it up)",
            flush=True,
        )

    try:
        async with RoomServer(events, profile, speed=speed, linger=LINGER) as live_room:
            pace = "as fast as it goes (max)" if speed is None else f"at {speed:g}x real time"
            print(f"room:       {live_room.url} (playing {STREAM.name} {pace})", flush=True)
            outputs = Outputs(
                transcript=transcript, console=console, report=out / "report.html", overlay=overlay
            )
            return await attach(
                live_room.url,
                room,
                catalog,
                store,
                outputs,
                options=options,
                on_ready=ready,
                after=after,
                tap=progress.tap if progress is not None else None,
            )
    finally:
        store.close()


def run_demo(out: Path, speed: str, keep_open: bool, console: int, overlay: bool = False) -> int:
    """`daigang demo`: run the demo into `out` (console on port `console`, 0: any free port); exit 0.

    With `overlay` the posts also go to the console's overlay page, at its own pace.
    """
    pace = parse_speed(speed)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    try:
        asyncio.run(demo(out, pace, keep_open, console, overlay))
    except KeyboardInterrupt:
        print("stopped: the room and the console are closed, their links no longer work", file=sys.stderr)
    return 0
