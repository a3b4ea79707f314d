"""A DouyinBarrageGrab on 127.0.0.1: a WebSocket server pushing a test's frames to every client."""

from __future__ import annotations

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tests.fakes.loopback_ws import LoopbackWs


class FakeBarrageGrab(LoopbackWs):
    """Serves the tool's feed: `push(frame)` sends one text frame to every connected client."""

    def __init__(self) -> None:
        """No client yet."""
        super().__init__(self._keep)
        self.clients: set[ServerConnection] = set()
        self.received: list[str | bytes] = []

    async def _keep(self, ws: ServerConnection) -> None:
        """Keep a client until it leaves (the tool ignores what clients send)."""
        self.clients.add(ws)
        try:
            async for message in ws:
                self.received.append(message)
        except ConnectionClosed:
            pass
        finally:
            self.clients.discard(ws)

    async def push(self, *frames: str) -> None:
        """Send frames to every client, in order."""
        for frame in frames:
            for ws in list(self.clients):
                await ws.send(frame)

    async def drop(self) -> None:
        """Hang up on every client (the tool restarting)."""
        for ws in list(self.clients):
            await ws.close(1001, "the tool restarts")
