"""Progress for long commands: a bar with its rate and the time left on a terminal, nothing when
the output is piped or redirected (logs and scripts stay clean).

    with progress_bar(total, "replay", " comments") as bar:
        bar.update(1)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol, TextIO

from bot.events import Action, ApplicationMade, CommentSeen, Post

BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}]"
"""Done share, count, time spent < time left, and rate."""


def on_terminal(stream: TextIO | None = None) -> bool:
    """Whether `stream` (stderr by default) is a terminal a person watches."""
    out = stream if stream is not None else sys.stderr
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


class Bar(Protocol):
    """What the commands do with a progress bar."""

    def update(self, n: float = 1) -> bool | None:
        """Move the bar on by `n`."""
        ...

    def refresh(self) -> None:
        """Draw the bar again."""
        ...

    def set_description_str(self, desc: str | None = None, refresh: bool | None = True) -> None:
        """Name what is under way."""
        ...

    def set_postfix_str(self, s: str = "", refresh: bool | None = True) -> None:
        """Show a few words after the bar."""
        ...

    def close(self) -> None:
        """Take the bar off the terminal."""
        ...

    def __enter__(self) -> Bar:
        """Use the bar in a `with` block that closes it."""
        ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the bar."""
        ...


class SilentBar:
    """The bar when nobody watches: it draws nothing (and the bar's library is not even loaded)."""

    def update(self, n: float = 1) -> bool | None:
        """Nothing to draw."""
        return None

    def refresh(self) -> None:
        """Nothing to draw."""

    def set_description_str(self, desc: str | None = None, refresh: bool | None = True) -> None:
        """Nothing to draw."""

    def set_postfix_str(self, s: str = "", refresh: bool | None = True) -> None:
        """Nothing to draw."""

    def close(self) -> None:
        """Nothing to take off."""

    def __enter__(self) -> SilentBar:
        """Use the bar in a `with` block."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Nothing to close."""


def progress_bar(
    total: float | None, desc: str, unit: str, *, stream: TextIO | None = None, scale: bool = False
) -> Bar:
    """A bar on `stream` (stderr by default) when it is a terminal; a silent no-op bar otherwise
    (the bar's library, a tenth of a replay's start-up, is loaded only for a terminal)."""
    out = stream if stream is not None else sys.stderr
    if not on_terminal(out):
        return SilentBar()
    from tqdm import tqdm

    bar: Bar = tqdm(
        total=total,
        desc=desc,
        unit=unit,
        file=out,
        leave=False,
        dynamic_ncols=True,
        smoothing=0.1,
        unit_scale=scale,
        bar_format=BAR_FORMAT if total else None,
    )
    return bar


_XML_COMMENT = re.compile(rb"<d\s")


def estimate_comments(log: Path) -> int | None:
    """About how many comments a recording holds (for the replay bar), from one quick pass over
    its bytes: lines naming a comment (JSON Lines), `<d` elements (Bilibili XML), rows (CSV)."""
    try:
        with log.open("rb") as fh:
            head = fh.read(4096)
            fh.seek(0)
            stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
            if stripped.startswith(b"<"):
                return sum(len(_XML_COMMENT.findall(chunk)) for chunk in iter(lambda: fh.read(1 << 20), b""))
            if stripped.startswith((b"{", b"[")):
                return sum(1 for line in fh if b'"comment"' in line or b'"message"' in line) or None
            return max(0, sum(1 for _ in fh) - 1) or None
    except OSError:
        return None


def clock_text(seconds: float) -> str:
    """Stream time as MM:SS (H:MM:SS past an hour)."""
    whole = max(0, int(seconds))
    h, rest = divmod(whole, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


class StreamProgress:
    """How far a live run has got through a stream of known length, fed from the bot's tap.

    On a terminal: a bar of stream minutes with the rate and the time left, and the counts so far.
    Piped: one line every `every` seconds of stream time, so a log shows the run moving.
    """

    def __init__(
        self,
        start: float,
        end: float,
        *,
        every: float = 300.0,
        stream: TextIO | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        """Progress over the stream time [start, end]; `say` prints a plain line (stdout by default)."""
        self.start = start
        self.length = max(1.0, end - start)
        self.every = every
        self.comments = self.posts = self.applications = 0
        self.terminal = on_terminal(stream)
        self.bar = progress_bar(self.length / 60, "stream", " min", stream=stream)
        self.say = say or (lambda line: print(line, flush=True))
        self.next_mark = every
        self.done = 0.0

    def tap(self, actions: list[Action], now: float) -> None:
        """Count what the room did and move on to stream time `now`."""
        for a in actions:
            if isinstance(a, CommentSeen):
                self.comments += 1
            elif isinstance(a, Post):
                self.posts += 1
            elif isinstance(a, ApplicationMade):
                self.applications += 1
        played = min(self.length, max(0.0, now - self.start))
        if self.terminal:
            if played > self.done:
                self.bar.update((played - self.done) / 60)
                self.done = played
                self.bar.set_postfix_str(self.counts(), refresh=False)
            return
        while played >= self.next_mark:
            self.say(f"played {clock_text(self.next_mark)} of {clock_text(self.length)}: {self.counts()}")
            self.next_mark += self.every

    def counts(self) -> str:
        """The counts so far in a few words."""
        return f"{self.comments} comments, {self.posts} posts, {self.applications} applications"

    def close(self) -> None:
        """Take the bar off the terminal."""
        self.bar.close()
