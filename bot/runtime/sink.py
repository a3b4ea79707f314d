"""Where posts go: the small protocol every sink implements, and the pump for answer-per-post sinks.

A sink takes a `Post` without blocking and later puts the post's `Ack` on `acks`, exactly once:
ok once the post was shown, else failed with a reason (`no_overlay` when no page is connected).
The overlay page is one; a platform that answers each post itself (Bilibili's send endpoint)
delivers through `pump`, which hands each verdict back as the post's ack. The live bot's
`Outbox` holds `Post` objects; each client takes them from it and encodes them its own way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.events import Ack, Post


class PostSink(Protocol):
    """Where posts are shown: `send` never blocks; each post's ack comes on `acks`, once."""

    acks: asyncio.Queue[Ack]

    def send(self, post: Post) -> None:
        """Hand one post over."""
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
