"""Posting where the platform lets no bot post: the outbox's posts go to a sink (the overlay page).

Douyin, 视频号 and Kuaishou take no posts from a bot; there answers and job cards reach viewers
on screen. A sink takes a post without blocking and later puts its `Ack` on `acks` (ok once the
post was shown; else failed with a reason such as `no_overlay`). `ScreenPosts` carries the
outbox's posts to a sink — each post once, even when a reconnect queues it
again — and gives the sink's answers back to the bot; a finished run lets the screen drain.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Final

from bot.errors import BotError
from bot.events import End, Event, Post
from bot.platforms.seen import SeenIds
from bot.runtime.reconnect import settle
from bot.runtime.sink import PostSink

__all__ = ["END_GRACE", "PostSink", "ScreenPosts", "screen_of", "serve_screen", "with_grace"]


def screen_of(screen: PostSink | None) -> PostSink:
    """The bot's overlay (the sink `attach` gave it); a run without one is a wiring fault."""
    if screen is None:
        raise BotError("this platform posts to the overlay, and no overlay was set up")
    return screen


END_GRACE: Final = 10.0
"""Seconds of stream time between a screen platform's end and the bot's: the last questions of
the stream still get their answers on the overlay during the host's sign-off."""


def with_grace(event: Event) -> Event:
    """A screen platform's event, its end moved `END_GRACE` seconds on (anything else as it is)."""
    return End(event.ts + END_GRACE) if isinstance(event, End) else event


DRAIN: Final = 15.0
"""Wall seconds a finished run waits for the screen to show (or drop) what it was sent."""


class ScreenPosts:
    """One bot's posts on a sink: each post sent once, every ack given back, a drain at the end.

    `forward` may run for several outboxes (the lanes of several sources) into one sink; `acks`
    runs once per sink.
    """

    def __init__(
        self,
        sink: PostSink,
        receive: Callable[[Event], Awaitable[object]],
        stamp: Callable[[], float],
        memory: int = 10_000,
    ) -> None:
        """Send to `sink`; give its acks to `receive`; `stamp` times the posts handed over."""
        self.sink = sink
        self.receive = receive
        self.stamp = stamp
        self.pending: set[str] = set()
        self._sent = SeenIds(memory)
        self._settled = asyncio.Event()
        self._settled.set()

    async def forward(self, posts: asyncio.Queue[Post]) -> None:
        """Send each post of `posts` once (a post queued again after a reconnect is skipped)."""
        while True:
            post = await posts.get()
            if self._sent.first(post.id):
                self.pending.add(post.id)
                self._settled.clear()
                self.sink.send(post)

    async def acks(self) -> None:
        """Give every ack of the sink back to the bot."""
        while True:
            ack = await self.sink.acks.get()
            self.pending.discard(ack.id)
            if not self.pending:
                self._settled.set()
            await self.receive(ack)

    async def drain(self, within: float = DRAIN) -> bool:
        """Wait up to `within` seconds until every post sent has its ack; True when none is left."""
        try:
            async with asyncio.timeout(within):  # not wait_for: it may swallow a cancellation
                await self._settled.wait()
        except TimeoutError:
            return False
        return True


async def serve_screen(bot_posts: asyncio.Queue[Post], screen: ScreenPosts, until: asyncio.Event) -> None:
    """Forward posts and acks until `until` is set, then let the screen drain, then stop."""
    tasks = [asyncio.create_task(screen.forward(bot_posts)), asyncio.create_task(screen.acks())]
    try:
        await until.wait()
        await screen.drain()
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            await settle(task)
