"""Frames seen twice after a reconnect: a live room resumes from a little before where it stopped.

Comments carry an id and are recognised by it, always. Other frames (feature, enter, like, gift,
viewers, end) carry none: after a reconnect, until the feed passes the newest time seen before
it, a frame older than that time, or equal to a frame already seen at that very time, is a
repeat. Outside a resume nothing but comment ids is checked, so two genuine identical frames in
the normal flow both count.
"""

from __future__ import annotations

from collections import deque

from bot.events import Comment, Event


class FrameDedup:
    """Decides whether a frame from the room is new (pure)."""

    def __init__(self, window: int = 200_000) -> None:
        """Remember the last `window` comment ids."""
        self.window = window
        self.hwm: float | None = None
        """The newest `ts` among the frames let through."""
        self.duplicates = 0
        self._ids: set[str] = set()
        self._order: deque[str] = deque()
        self._at_hwm: set[Event] = set()
        self._resuming = False

    def resumed(self) -> None:
        """A new connection starts: frames up to the newest time seen may come again."""
        self._resuming = self.hwm is not None

    @property
    def resuming(self) -> bool:
        """Whether the feed is still re-sending what came before the last reconnect."""
        return self._resuming

    def fresh(self, event: Event) -> bool:
        """True for a frame not seen before (and remember it); False for a repeat (and count it)."""
        if isinstance(event, Comment):
            if event.id in self._ids:
                self.duplicates += 1
                return False
            self._ids.add(event.id)
            self._order.append(event.id)
            if len(self._order) > self.window:
                self._ids.discard(self._order.popleft())
        elif (
            self._resuming
            and self.hwm is not None
            and (event.ts < self.hwm or (event.ts == self.hwm and event in self._at_hwm))
        ):
            self.duplicates += 1
            return False
        self._advance(event)
        return True

    def _advance(self, event: Event) -> None:
        """Move the newest time on with a frame let through."""
        if self.hwm is None or event.ts > self.hwm:
            self.hwm = event.ts
            self._at_hwm = set()
            self._resuming = False
        if event.ts == self.hwm and not isinstance(event, Comment):
            self._at_hwm.add(event)
