"""A scripted daigang-ws room on 127.0.0.1: per connection, frames to send, then hold the line or close it.

It acks every post and card `ok:true` and keeps what the bot sent. Where `RoomServer` plays a
recording by the rules, this one misbehaves on cue: it goes silent, or hangs up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import orjson
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tests.fakes.loopback_ws import LoopbackWs


@dataclass(frozen=True)
class Script:
    """What one connection gets: `frames` in order, then `then`."""

    frames: Sequence[str]
    then: Literal["hold", "close"] = "hold"


class ScriptedRoom(LoopbackWs):
    """A room that plays `scripts[i]` to its i-th connection (the last one again after that)."""

    def __init__(self, scripts: Sequence[Script]) -> None:
        """Play these scripts, one per connection."""
        super().__init__(self._play)
        self.scripts = list(scripts)
        self.received: list[dict[str, object]] = []

    async def _play(self, ws: ServerConnection) -> None:
        """Play one script; ack what the bot posts meanwhile."""
        script = self.scripts[min(self.connections - 1, len(self.scripts) - 1)]
        reader = asyncio.create_task(self._acks(ws))
        try:
            for frame in script.frames:
                await ws.send(frame)
            if script.then == "close":
                await ws.close(1001, "scripted hang-up")
            else:
                await ws.wait_closed()
        except ConnectionClosed:
            pass
        finally:
            reader.cancel()
            await asyncio.wait({reader})
            if not reader.cancelled():
                reader.exception()

    async def _acks(self, ws: ServerConnection) -> None:
        """Ack every post and card ok."""
        async for frame in ws:
            obj = orjson.loads(frame)
            self.received.append(obj)
            await ws.send(orjson.dumps({"type": "ack", "id": obj["id"], "ok": True}).decode())
