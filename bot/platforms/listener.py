"""The shell every source that is pushed to shares (wxlivespy, Douyin's push, the relay).

`LoopbackListener` is a small HTTP server on 127.0.0.1: it answers every path with one handler,
starts before the bot reads anything and stops when the bot has finished. `port` 0 takes any
free port; `port` holds the one bound once `started` is set.

`PushSource` is the rest of such a client: such sources never connect out, so there is nothing
to reconnect; the handler answers each request at once and queues its events (`put`), and one
task hands them to the bot in the order they came (the bot may make it wait; the pushes never
do). The address to give the tool is said on stderr and shown on the console; the bot's posts go
to the overlay, since none of these platforms takes posts from a bot.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.errors import InputError
from bot.events import Event
from bot.platforms.screen import ScreenPosts, screen_of, serve_screen
from bot.runtime.port import BotPort
from bot.runtime.reconnect import settle

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


LISTENING = "listening"
"""The console's notice of where the source is listening."""


class PushSource:
    """A source pushed to on 127.0.0.1: its listener, its queue of events for the bot, its posts on screen.

    A subclass answers the requests (`_handle`) and may say where it listens its own way
    (`announce`), take larger bodies (`max_body`) or close its own connections first (`on_close`).
    """

    posts_to_chat = False
    """The platform takes no posts from a bot: `attach` serves the overlay, and the posts go there."""
    max_body = 8 << 20
    """The largest body taken, in bytes (413 beyond)."""
    _handle: Handler
    on_close: Callable[[], Awaitable[None]] | None = None
    """What runs before the listener stops (the relay closes its readers' sockets)."""

    def __init__(self, bot: BotPort, port: int, *, stamp: Callable[[], float]) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port) for `bot`; `stamp` times what comes untimed."""
        self.bot = bot
        self.stamp = stamp
        self.listener = LoopbackListener(port, self._handle, max_body=self.max_body)
        self._events: asyncio.Queue[Event] = asyncio.Queue()

    def announce(self, url: str) -> str:
        """The line telling the host where to point the tool."""
        return f"listening for pushes on {url}"

    def put(self, event: Event) -> None:
        """Queue one event for the bot (never waits)."""
        self._events.put_nowait(event)

    async def run(self) -> None:
        """Serve until the bot has finished; the events go to the bot in order, the posts to the screen."""
        sink = screen_of(self.bot.overlay)
        await self.listener.start()
        line = self.announce(self.listener.url)
        print(line, file=sys.stderr, flush=True)
        self.bot.notices.show(LISTENING, line, "info")
        self.bot.connected()
        screen = ScreenPosts(sink, self.bot.receive, self.stamp)
        handing = asyncio.create_task(self._hand_over())
        try:
            await serve_screen(self.bot.outbox.posts, screen, self.bot.finished)
        finally:
            handing.cancel()
            await settle(handing)
            if self.on_close is not None:
                await self.on_close()
            await self.listener.close()

    async def _hand_over(self) -> None:
        """Give the queued events to the bot in the order they came."""
        while True:
            await self.bot.receive(await self._events.get())
