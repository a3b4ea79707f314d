"""What a platform's client offers the live bot: a connection loop that runs until the bot is done.

A client (`bot.platforms.<name>.client`) is handed the bot it serves (the `LiveBot`, or a lane
of one that reads several sources: a `BotPort`); it reads the room,
gives every decoded event to `LiveBot.receive`, sends the outbox's posts its own way and gives
their answers back as acks. `attach` runs it next to the bot's worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bot.events import Record
from bot.runtime.port import BotPort


class Transport(Protocol):
    """What carries a room's frames to the bot and its posts back (`WsFeed`, the Bilibili loop)."""

    async def run(self) -> None:
        """Stay connected until the bot has finished; raise what a reconnect cannot mend."""
        ...

    def counters(self, ts: float) -> list[Record]:
        """What the transport skipped, as counters for the session."""
        ...


TransportFactory = Callable[[BotPort], Transport]
"""What makes a platform's connection loop for one bot."""
