"""A small HTTP server on 127.0.0.1 for tools and platforms that push to the bot (wxlivespy, Douyin's push).

It answers every path with one handler, starts before the bot reads anything and stops when the
bot has finished. `port` 0 takes any free port; `port` holds the one bound once `started` is set.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.errors import InputError

log = logging.getLogger("daigang.listen")

HOST = "127.0.0.1"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class LoopbackListener:
    """One HTTP server on the loopback interface, every path to `handler`."""

    def __init__(self, port: int, handler: Handler, *, max_body: int = 8 << 20) -> None:
        """Listen on `port` (0: any free one) with `handler`; bodies larger than `max_body` get 413."""
        if not 0 <= port <= 65535:
            raise InputError(f"--listen {port}: not a port number")
        self.port = port
        self.handler = handler
        self.max_body = max_body
        self.started = asyncio.Event()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Bind and serve; a port already taken raises InputError naming it."""
        app = web.Application(client_max_size=self.max_body)
        app.router.add_route("*", "/{tail:.*}", self.handler)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, HOST, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise InputError(f"--listen {self.port}: cannot listen on {HOST} ({exc.strerror})") from None
        addresses = list(runner.addresses)
        if addresses:
            self.port = int(addresses[0][1])
        self._runner = runner
        self.started.set()

    async def close(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        """The address to give the tool."""
        return f"http://{HOST}:{self.port}/"
