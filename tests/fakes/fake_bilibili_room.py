"""More of a small Bilibili on 127.0.0.1: a danmaku server scripted per connection.

Packets are framed with the helpers of `fake_bilibili` (written apart from the bot's own code).
"""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tests.fakes.fake_bilibili import LoopbackDanmakuServer, pack, unpack


@dataclass(frozen=True)
class Connection:
    """What one connection gets after the auth: `frames` in order, then `then`.

    hold: answer heartbeats until the client leaves; mute: read but never answer; close: hang up.
    """

    frames: Sequence[bytes]
    then: Literal["hold", "mute", "close"] = "hold"


class ScriptedBilibiliRoom(LoopbackDanmakuServer):
    """A danmaku server that plays `scripts[i]` to its i-th authenticated connection (the last one after)."""

    def __init__(self, room_id: int, key: str, scripts: Sequence[Connection]) -> None:
        """Admit connections to `room_id` that bring `key`."""
        self.room_id = room_id
        self.key = key
        self.scripts = list(scripts)
        self.connections = 0
        self.auths: list[dict[str, Any]] = []

    async def _handle(self, ws: ServerConnection) -> None:
        """Check the auth, play this connection's script."""
        try:
            packets = unpack(await ws.recv(decode=False))
            auth = json.loads(packets[0][2]) if packets and packets[0][0] == 7 else None
            if (
                not isinstance(auth, dict)
                or auth.get("roomid") != self.room_id
                or auth.get("key") != self.key
            ):
                await ws.send(pack(8, b'{"code":-101}'))
                await ws.close()
                return
            self.auths.append(auth)
            script = self.scripts[min(self.connections, len(self.scripts) - 1)]
            self.connections += 1
            await ws.send(pack(8, b'{"code":0}'))
            for frame in script.frames:
                await ws.send(frame)
            if script.then == "close":
                await ws.close()
                return
            async for message in ws:
                data = message.encode() if isinstance(message, str) else message
                beats = [op for op, _, _ in unpack(data) if op == 2]
                if beats and script.then == "hold":
                    # Popularity 1, as the platform answers now: no viewer figure.
                    await ws.send(pack(3, struct.pack(">I", 1), seq=0) + b"[object Object]")
        except ConnectionClosed:
            return


def preparing(room_id: int) -> dict[str, Any]:
    """The PREPARING command: the host stopped streaming."""
    return {"cmd": "PREPARING", "roomid": str(room_id)}
