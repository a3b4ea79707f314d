"""An aiohttp application on a free port of 127.0.0.1: the base of the fakes of platforms' HTTP APIs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

from aiohttp import web


class LoopbackApp:
    """Serves the application `make_app()` builds on 127.0.0.1 while in `async with`; `port` and
    `base_url` once it listens; on the way out `hang_up()` closes the fake's own connections."""

    port: int = 0
    base_url: str = ""
    _app_runner: web.AppRunner | None = None
    make_app: Callable[[], web.Application]
    hang_up: Callable[[], Awaitable[None]]

    async def __aenter__(self) -> Self:
        """Listen on a free port of 127.0.0.1."""
        await self.listen(self.make_app())
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Hang up and stop listening."""
        await self.hang_up()
        await self.stop()

    async def listen(self, app: web.Application) -> None:
        """Serve `app` on a free port."""
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        self._app_runner = runner
        self.port = runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        """Stop serving."""
        if self._app_runner is not None:
            await self._app_runner.cleanup()
            self._app_runner = None
