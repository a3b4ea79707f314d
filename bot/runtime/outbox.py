"""Posts on their way to the room: the posts to send, and the acks the worker waits for.

The outbox holds `Post` objects; each platform's client takes them from `posts` and encodes them
its own way (a daigang-ws frame, a Bilibili HTTP form, a line on an overlay).

A post stays pending from the moment it is handed over until its ack comes or the worker stops
waiting for it. A post still pending when the connection drops is sent again, with the same id,
as soon as a new connection is up: a daigang-ws room answers a post id it has already seen with
its first verdict and does not show it twice. A post the worker gave up on is left to the
room's own ack timeout (`RoomConfig.ack_timeout`), which marks it dropped and retries it once.

Transports take the posts with `next_post`, which holds each one until the `SendPacer` lets it
go, on the wall clock the bot runs on; the acks tell the pacer what the platform made of them.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Literal

from bot.events import Ack, Post
from bot.runtime.clock import Clock
from bot.runtime.pacer import SendPacer

Settled = Literal["awaited", "late", "unknown"]
"""What an ack from the room was: for a post being waited for, for one given up on, or neither."""


async def paced(posts: asyncio.Queue[Post], pacer: SendPacer | None, clock: Clock) -> Post:
    """The next post of `posts`, once `pacer` (if any) lets it go on `clock` (a little early only
    when more posts wait behind it, or the send before it was held back)."""
    post = await posts.get()
    if pacer is not None:
        held = False
        while (wait := pacer.wait(clock.now(), behind=not posts.empty())) > 0:
            held = True
            await clock.sleep(wait)
        pacer.sent(clock.now(), held=held)
    return post


class Outbox:
    """Pending posts and the posts waiting to go out over the current connection (a `Sink`)."""

    def __init__(
        self, late_memory: int = 10_000, pacer: SendPacer | None = None, clock: Clock | None = None
    ) -> None:
        """Remember up to `late_memory` given-up post ids, to tell a late ack from a stray one;
        send no faster than `pacer` allows (none: as fast as the transport takes them)."""
        self.pacer = pacer
        self.clock = clock or Clock()
        self._pending: OrderedDict[str, tuple[Post, asyncio.Future[Ack]]] = OrderedDict()
        self._given_up: OrderedDict[str, None] = OrderedDict()
        self._late_memory = late_memory
        self.posts: asyncio.Queue[Post] = asyncio.Queue()
        self.requeued = 0

    def submit(self, post: Post) -> None:
        """Hand a post over for sending (never blocks)."""
        future: asyncio.Future[Ack] = asyncio.get_running_loop().create_future()
        self._pending[post.id] = (post, future)
        self.posts.put_nowait(post)

    def send(self, post: Post) -> None:
        """The `Sink` side: the same as `submit`."""
        self.submit(post)

    def reconnected(self) -> None:
        """A new connection is up: queue every still-pending post again, oldest first."""
        while not self.posts.empty():
            self.posts.get_nowait()
        for post, _ in self._pending.values():
            self.posts.put_nowait(post)
            self.requeued += 1

    async def next_post(self) -> Post:
        """The next post to send, once the pacer lets it go (a transport's send loop calls this)."""
        return await paced(self.posts, self.pacer, self.clock)

    def backlog(self) -> float:
        """Wall seconds until every post waiting now will have gone out (by the pacer's pace)."""
        if self.pacer is None:
            return 0.0
        return self.pacer.wait(self.clock.now()) + self.posts.qsize() * self.pacer.gap

    def pacer_of(self, post_id: str) -> SendPacer | None:
        """The pacer that sent a post."""
        return self.pacer

    def settle(self, ack: Ack) -> Settled:
        """Deliver an ack from the room (and tell the pacer how the post fared)."""
        pacer = self.pacer_of(ack.id)
        if pacer is not None:
            if ack.ok:
                pacer.shown()
            else:
                pacer.refused(ack.reason)
        entry = self._pending.pop(ack.id, None)
        if entry is not None:
            if not entry[1].done():
                entry[1].set_result(ack)
            return "awaited"
        if ack.id in self._given_up:
            del self._given_up[ack.id]
            return "late"
        return "unknown"

    async def wait(self, post_id: str, within: float) -> Ack | None:
        """The ack of a pending post, or None when it has not come `within` seconds.

        A cancellation is never lost, not even one that comes as the ack does (`asyncio.wait_for`
        would return the ack then and swallow it, and a run stopped by Ctrl-C would go on waiting).
        """
        entry = self._pending.get(post_id)
        if entry is None:
            return None
        future = entry[1]
        try:
            async with asyncio.timeout(within):
                return await asyncio.shield(future)
        except TimeoutError:
            if future.done():
                return future.result()
            if self._pending.pop(post_id, None) is not None:
                self._given_up[post_id] = None
                if len(self._given_up) > self._late_memory:
                    self._given_up.popitem(last=False)
            return None

    @property
    def pending(self) -> int:
        """How many posts wait for their ack."""
        return len(self._pending)
