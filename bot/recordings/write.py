"""Writing a recording: what a live room sent, as jsonl lines a replay reads back (pure but the file)."""

from __future__ import annotations

from typing import IO

from bot.events import Event
from bot.platforms.ws.codec import encode_event


class RecordingWriter:
    """Frames written as the room → bot frames of daigang-ws v1, one JSON line each."""

    def __init__(self, fh: IO[bytes]) -> None:
        """Write to the open file `fh`."""
        self.fh = fh
        self.written = 0

    def __call__(self, event: Event) -> None:
        """Append one frame."""
        self.fh.write(encode_event(event).encode() + b"\n")
        self.written += 1
