"""What a platform's client may use of the bot it feeds: the `LiveBot`, or one lane of a laned bot."""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.events import Event, Post
from bot.room import Room
from bot.runtime.clock import Clock
from bot.runtime.notices import NoticeBoard
from bot.runtime.sink import PostSink


class OutboxPort(Protocol):
    """The posts waiting to be sent by this client (it encodes them its own way)."""

    @property
    def posts(self) -> asyncio.Queue[Post]:
        """The posts to send, in order."""
        ...

    async def next_post(self) -> Post:
        """The next post to send, once the platform's pace lets it go."""
        ...


class BotPort(Protocol):
    """The bot as a client sees it: hand it events, tell it of connections, send its posts."""

    @property
    def room(self) -> Room:
        """The room whose posts this client sends (its profile may be adjusted by the platform)."""
        ...

    @property
    def clock(self) -> Clock:
        """Wall time for pacing."""
        ...

    @property
    def finished(self) -> asyncio.Event:
        """Set once the stream has ended and the worker got there."""
        ...

    @property
    def outbox(self) -> OutboxPort:
        """This client's posts to send."""
        ...

    @property
    def overlay(self) -> PostSink | None:
        """The console's overlay, where a platform that takes no posts shows them."""
        ...

    @property
    def notices(self) -> NoticeBoard:
        """What the host must see on the console (names masked, posting stopped, the stream paused)."""
        ...

    @property
    def stream_now(self) -> float:
        """The newest frame time seen (for frames that carry none), on this client's clock."""
        ...

    def connected(self) -> None:
        """A connection is up."""
        ...

    def disconnected(self, reason: str) -> None:
        """The connection is gone."""
        ...

    async def receive(self, event: Event) -> bool:
        """One decoded event; True when it ends the stream."""
        ...
