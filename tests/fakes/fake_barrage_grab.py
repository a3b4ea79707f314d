"""A DouyinBarrageGrab on 127.0.0.1: a WebSocket server pushing a test's frames to every client."""

from __future__ import annotations

import asyncio
from types import TracebackType

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed


class FakeBarrageGrab:
    """Serves the tool's feed: `push(frame)` sends one text frame to every connected client."""

    def __init__(self) -> None:
        """No client yet."""
        self.clients: set[ServerConnection] = set()
        self.connected = asyncio.Event()
        self.received: list[str | bytes] = []
        self._server: Server | None = None

    async def __aenter__(self) -> FakeBarrageGrab:
        """Listen on a free port of 127.0.0.1."""
        self._server = await serve(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop listening."""
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        """The feed's ws:// URL."""
        assert self._server is not None
        port = next(iter(self._server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}"

    async def _serve(self, ws: ServerConnection) -> None:
        """Keep a client until it leaves (the tool ignores what clients send)."""
        self.clients.add(ws)
        self.connected.set()
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
