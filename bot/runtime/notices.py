"""What the platforms say to the host while the bot runs, kept for the console (pure, no I/O).

A client tells the host something on stderr as it happens; what the host must keep seeing — the
room masks viewers' names, posting has stopped, the host's stream dropped and the bot ends in
30 s unless it comes back, the connection is lost — it also shows here, under a key naming what
it is about (`names_masked`, `posting_stopped`, `stream_paused`, `link`). A later notice with the
same key replaces the earlier one; `clear` takes it down (the stream is back, the connection is
up again). The console shows the standing notices as banners and the last few said as a list.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

Level = Literal["info", "warning", "error"]


class NoticeBoard(Protocol):
    """Where a client puts what the host must see (the bot's `HostNotices`, or a source's part of it)."""

    def show(self, key: str, text: str, level: Level = "warning") -> None:
        """Show `text` under `key` until replaced or cleared."""
        ...

    def say(self, key: str, text: str) -> None:
        """Say `text` once, taking down what stood under `key`."""
        ...

    def clear(self, key: str) -> None:
        """Take down what stands under `key`."""
        ...


@dataclass(frozen=True, slots=True)
class HostNotice:
    """One thing said to the host: what it is about, the words, how grave, and when (stream time)."""

    key: str
    text: str
    level: Level
    ts: float
    source: str = ""
    """The source it came from, with several sources (else empty)."""

    def json(self) -> dict[str, Any]:
        """As the console's page reads it."""
        return {"key": self.key, "text": self.text, "level": self.level, "ts": self.ts, "source": self.source}


class HostNotices:
    """The notices standing (one per key and source) and the last `history` said, with listeners."""

    def __init__(self, clock: Callable[[], float] = lambda: 0.0, history: int = 20) -> None:
        """Stamp notices with `clock()` (the stream's time); keep the last `history` said."""
        self.clock = clock
        self.version = 0
        self._standing: dict[tuple[str, str], HostNotice] = {}
        self._said: deque[HostNotice] = deque(maxlen=history)
        self._listeners: list[Callable[[], None]] = []

    def show(self, key: str, text: str, level: Level = "warning", *, source: str = "") -> None:
        """Show `text` until a notice with the same key replaces it or `clear` takes it down."""
        notice = HostNotice(key, text, level, self.clock(), source)
        self._standing[(key, source)] = notice
        self._said.appendleft(notice)
        self._changed()

    def say(self, key: str, text: str, *, source: str = "") -> None:
        """Say `text` once (the list of what was said), taking down any standing notice of `key`."""
        self._standing.pop((key, source), None)
        self._said.appendleft(HostNotice(key, text, "info", self.clock(), source))
        self._changed()

    def clear(self, key: str, *, source: str = "") -> None:
        """Take down the standing notice of `key` (nothing when there is none)."""
        if self._standing.pop((key, source), None) is not None:
            self._changed()

    @property
    def standing(self) -> list[HostNotice]:
        """The notices standing, the gravest first, then the newest."""
        order = {"error": 0, "warning": 1, "info": 2}
        return sorted(self._standing.values(), key=lambda n: (order[n.level], -n.ts))

    def json(self) -> dict[str, Any]:
        """The standing notices and the last ones said, as the console's page reads them."""
        return {"standing": [n.json() for n in self.standing], "said": [n.json() for n in self._said]}

    def listen(self, callback: Callable[[], None]) -> None:
        """Call `callback` after every change."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        """A notice came or went."""
        self.version += 1
        for callback in list(self._listeners):
            callback()


class SourceNotices:
    """One source's part of the bot's notices: each notice names the source it came from."""

    def __init__(self, notices: HostNotices, source: str) -> None:
        """The notices of `source` on `notices`."""
        self.notices = notices
        self.source = source

    def show(self, key: str, text: str, level: Level = "warning") -> None:
        """Show `text` under `key` for this source."""
        self.notices.show(key, text, level, source=self.source)

    def say(self, key: str, text: str) -> None:
        """Say `text` once for this source."""
        self.notices.say(key, text, source=self.source)

    def clear(self, key: str) -> None:
        """Take down this source's notice of `key`."""
        self.notices.clear(key, source=self.source)
