"""Where posts go: the small protocol every poster implements, and the pump for answer-per-post sinks.

A `Sink` takes a `Post` and never blocks; the post's verdict comes back later as an `Ack` event
through the live bot's `receive` (a daigang-ws room answers with an ack frame, Bilibili's send
endpoint with its JSON answer, an on-screen overlay once the line is shown). The `Outbox` is the
sink the live bot posts into; a client takes the posts from it and encodes each its own way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.events import Ack, Post


class Sink(Protocol):
    """Takes posts to deliver; each one's verdict comes back later as an `Ack` event."""

    def send(self, post: Post) -> None:
        """Take `post` (never blocks)."""
        ...


class Screen(Protocol):
    """A sink that serves a whole queue of posts (the console's overlay), acks going to `acked`."""

    async def serve(self, posts: asyncio.Queue[Post], acked: Callable[[Ack], Awaitable[object]]) -> None:
        """Show the queue's posts and hand each one's ack to `acked`, until cancelled."""
        ...


Deliver = Callable[[Post], Awaitable[Ack]]
"""Deliver one post and give the platform's verdict on it (an HTTP send, a line on screen)."""


async def pump(
    posts: asyncio.Queue[Post], deliver: Deliver, acked: Callable[[Ack], Awaitable[object]]
) -> None:
    """Deliver the queue's posts one by one, in order, each verdict handed back as its ack."""
    while True:
        post = await posts.get()
        await acked(await deliver(post))
