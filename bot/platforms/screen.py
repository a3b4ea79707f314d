"""Posting where the platform lets no bot post: the outbox's posts go to a sink (the overlay page).

Douyin, 视频号 and Kuaishou take no posts from a bot; there answers and job cards reach viewers
on screen. A sink takes a post without blocking and later puts its `Ack` on `acks` (ok once the
post was shown; else failed with a reason such as `no_overlay`). `forward_posts` carries the
outbox's posts to a sink — each post once, even when a reconnect queues it again — and
`return_acks` gives the sink's answers back to the bot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Final

import orjson

from bot.errors import BotError
from bot.events import End, Event, Post
from bot.platforms.seen import SeenIds
from bot.runtime.sink import PostSink

__all__ = [
    "END_GRACE",
    "PostSink",
    "forward_posts",
    "post_of_frame",
    "return_acks",
    "screen_of",
    "with_grace",
]


def post_of_frame(frame: str, ts: float) -> Post | None:
    """The post an outbox frame (a daigang-ws `post` or `card`) carries, None for anything else."""
    try:
        obj = orjson.loads(frame)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(obj, dict):
        return None
    post_id, text, kind = obj.get("id"), obj.get("text"), obj.get("type")
    if not isinstance(post_id, str) or not isinstance(text, str) or kind not in ("post", "card"):
        return None
    job = obj.get("job") if isinstance(obj.get("job"), str) else None
    reply = obj.get("reply_to")
    reply_to = tuple(r for r in reply if isinstance(r, str)) if isinstance(reply, list) else ()
    return Post(ts, post_id, "card" if kind == "card" else "answer", text, job, reply_to=reply_to)


def screen_of(screen: PostSink | None) -> PostSink:
    """The bot's screen (the overlay sink `attach` gave it); a run without one is a wiring fault."""
    if screen is None:
        raise BotError("this platform posts to the overlay, and no overlay was set up")
    return screen


END_GRACE: Final = 10.0
"""Seconds of stream time between a screen platform's end and the bot's: the last questions of
the stream still get their answers on the overlay during the host's sign-off."""


def with_grace(event: Event) -> Event:
    """A screen platform's event, its end moved `END_GRACE` seconds on (anything else as it is)."""
    return End(event.ts + END_GRACE) if isinstance(event, End) else event


async def forward_posts(
    frames: asyncio.Queue[str], sink: PostSink, stamp: Callable[[], float], memory: int = 10_000
) -> None:
    """Send each post of `frames` to `sink` once (a post queued again after a reconnect is skipped)."""
    sent = SeenIds(memory)
    while True:
        post = post_of_frame(await frames.get(), stamp())
        if post is not None and sent.first(post.id):
            sink.send(post)


async def return_acks(sink: PostSink, receive: Callable[[Event], object]) -> None:
    """Give every ack of `sink` back to the bot (`receive` may be a coroutine function)."""
    while True:
        ack = await sink.acks.get()
        result = receive(ack)
        if asyncio.iscoroutine(result):
            await result
