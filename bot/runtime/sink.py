"""Where posts go on a platform that takes none from a bot: a sink such as the overlay page.

A sink takes a post without blocking and later puts the post's `Ack` on `acks`, exactly once:
ok once the post was shown, else failed with a reason (`no_overlay` when no page is connected).
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.events import Ack, Post


class PostSink(Protocol):
    """Where posts are shown: `send` never blocks; each post's ack comes on `acks`, once."""

    acks: asyncio.Queue[Ack]

    def send(self, post: Post) -> None:
        """Hand one post over."""
        ...
