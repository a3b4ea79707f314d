"""A WebSocket server on a free port of 127.0.0.1, the base of the fakes that speak WebSocket."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

from websockets.asyncio.server import Server, ServerConnection, serve


class LoopbackWs:
    """Serves each connection with `handler` and counts the connections; `url` once listening."""

    def __init__(self, handler: Callable[[ServerConnection], Awaitable[None]]) -> None:
        """Serve with `handler`."""
        self._handler = handler
        self.connections = 0
        self.connected = asyncio.Event()
        self._arrived = asyncio.Condition()
        self._server: Server | None = None

    async def __aenter__(self) -> Self:
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
        """The ws:// URL to connect to."""
        assert self._server is not None
        port = next(iter(self._server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}"

    async def wait_connections(self, n: int, within: float = 10.0) -> None:
        """Until `n` connections have been made."""
        async with asyncio.timeout(within), self._arrived:
            await self._arrived.wait_for(lambda: self.connections >= n)

    async def _serve(self, ws: ServerConnection) -> None:
        """Count the connection, then hand it to the handler."""
        async with self._arrived:
            self.connections += 1
            self._arrived.notify_all()
        self.connected.set()
        await self._handler(ws)
