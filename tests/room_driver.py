"""Drives a room (or a laned room) on a virtual clock, acking every post at once: the tests of decisions."""

from __future__ import annotations

from typing import Protocol

from bot.events import Ack, Action, Comment, Event, Post, Tick, User

T0 = 1_763_600_400.0
"""The virtual clock's start (Unix seconds)."""


class Decides(Protocol):
    """What a driver drives: `handle(event, now)` returning actions (a `Room`, a `LanedRoom`)."""

    def handle(self, event: Event, now: float) -> list[Action]:
        """Decide on one event."""
        ...


class Driver:
    """Feeds a room events on a virtual clock and acks every post at once, keeping all actions."""

    def __init__(self, room: Decides) -> None:
        """Drive `room`."""
        self.room = room
        self.actions: list[Action] = []
        self.n = 0

    def send(self, event: object, now: float) -> None:
        """Handle one event and ack the posts it made."""
        out = self.room.handle(event, now)  # type: ignore[arg-type]  # tests also send what is no event
        self.actions.extend(out)
        for post in [a for a in out if isinstance(a, Post)]:
            self.actions.extend(self.room.handle(Ack(now, post.id, True), now))

    def comment(self, cid: str, user_id: str, name: str, text: str, at: float) -> None:
        """A viewer comments `at` seconds in."""
        self.send(Comment(cid, T0 + at, User(user_id, name), text), T0 + at)

    def run_until(self, at: float) -> None:
        """Ticks every half second up to `at`."""
        t = max((a.ts for a in self.actions), default=T0)
        while t < T0 + at:
            t += 0.5
            self.send(Tick(t), t)

    def posts(self) -> list[Post]:
        """Every post so far."""
        return [a for a in self.actions if isinstance(a, Post)]
