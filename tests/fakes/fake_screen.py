"""A screen at the edge: a sink that shows every post at once, as a watched overlay page does."""

from __future__ import annotations

import asyncio

from bot.events import Ack, Post


class WatchedScreen:
    """Shows each post as it comes (keeping it) and acks it ok, stamped `at`."""

    def __init__(self, at: float = 0.0) -> None:
        """An empty screen."""
        self.acks: asyncio.Queue[Ack] = asyncio.Queue()
        self.shown: list[Post] = []
        self.at = at
        self.changed = asyncio.Event()
        """Set whenever a post is shown."""

    def send(self, post: Post) -> None:
        """Show the post and ack it."""
        self.shown.append(post)
        self.acks.put_nowait(Ack(self.at, post.id, True))
        self.changed.set()

    async def wait_for(self, kind: str) -> None:
        """Wait until a post of `kind` has been shown."""
        while not any(p.kind == kind for p in self.shown):
            self.changed.clear()
            await self.changed.wait()
