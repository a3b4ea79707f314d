"""The one runner around `Room.handle`: every source — a recording, a live room, the benchmark — drives it.

It is synchronous and owns what a run needs besides the room:

- the session: opened in the store at the first timed frame (`StreamClock` decides which that
  is, and the time every frame is handled at);
- the stream's clock: ticks on the fixed grid of stream time and the host's poll commands
  (`Timeline`), emitted before the first frame past them;
- the executor: the room's actions carried out in order — records to the store, an application
  committed durably before anything after it, posts to the transcript;
- the ack policy: `at_once` (replay: every post is shown, its ack handled at once, at the post's
  `now`) or `wait` (live: `apply` returns the posts and the caller hands each post's ack back,
  at the same `now`, once the room has answered).

Replay is a plain loop: `runner.feed(event)` for each event of the recording. The live bot puts
`admit` on the receive side (before its dedup) and `plan` / `apply` in its worker, so a live run
makes exactly the `Room.handle` calls a replay of the same frames makes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.events import Ack, Action, ApplicationMade, Comment, Counted, End, Event, Post, Record
from bot.room import Room
from bot.runtime.streamclock import StreamClock
from bot.runtime.timeline import TICK, Timeline
from bot.runtime.writes import Writes

_APPLIED_OR_POSTED = (ApplicationMade, Post)
"""The actions the executor does more with than write them down."""

AckPolicy = Literal["at_once", "wait"]
"""Replay acks every post at once; a live run waits for the room's answer."""


@dataclass
class Executor:
    """Carries out a room's actions in order against the store and the transcript."""

    writes: Writes
    session: str
    on_post: Callable[[Post], None] | None = None
    transcript: list[Post] = field(default_factory=list)
    _held: list[Post] = field(default_factory=list)

    def run(self, actions: list[Action]) -> tuple[list[Post], bool]:
        """Carry out `actions`; the posts among them, and whether an application came before one.

        A post that follows an application not yet committed (`Writes.unsettled`) reaches
        `on_post` only once it is (`settle`), so nothing confirms an application before it is
        durable.
        """
        posts: list[Post] = []
        applied = False
        writes = self.writes
        for action in actions:
            if isinstance(action, _APPLIED_OR_POSTED):
                break
        else:
            # The usual case (a comment's records): one write, nothing held or released.
            if actions:
                writes.write(self.session, actions)
            if self._held and not writes.unsettled:
                self._release()
            return posts, applied
        batch: list[Post | Record] = []
        for action in actions:
            if isinstance(action, ApplicationMade):
                if batch:
                    writes.write(self.session, batch)
                    batch = []
                writes.write_application(self.session, action)
                applied = True
            elif isinstance(action, Post):
                batch.append(action)
                self.transcript.append(action)
                if self._held or writes.unsettled:
                    self._held.append(action)
                elif self.on_post is not None:
                    self.on_post(action)
                posts.append(action)
            else:
                batch.append(action)
        if batch:
            writes.write(self.session, batch)
        if self._held and not writes.unsettled:
            self._release()
        return posts, applied

    def settle(self) -> None:
        """Commit what waits and let the posts held for it out."""
        self.writes.settle()
        self._release()

    def _release(self) -> None:
        """The held posts, now that the applications before them are durable, to `on_post`."""
        held, self._held = self._held, []
        if self.on_post is not None:
            for post in held:
                self.on_post(post)


class Runner:
    """One room's run: session, stream clock, ticks and polls, executor and ack policy."""

    def __init__(
        self,
        room: Room,
        writes: Writes,
        open_session: Callable[[float], str],
        *,
        polls: tuple[tuple[float, bool], ...] | list[tuple[float, bool]] = (),
        tick: float = TICK,
        acks: AckPolicy = "at_once",
        on_post: Callable[[Post], None] | None = None,
        tap: Callable[[list[Action], float], None] | None = None,
        clock: StreamClock | None = None,
        warn: Callable[[str], None] | None = None,
        decide: Callable[[Event, float], list[Action]] | None = None,
    ) -> None:
        """`open_session(first_ts)` opens the store's session and gives its id; `decide` takes the
        decisions instead of `room.handle` (several sources in one room state)."""
        self.room = room
        self.decide = decide or room.handle
        self.writes = writes
        self.open_session = open_session
        self.acks: AckPolicy = acks
        self.on_post = on_post
        self.tap = tap
        self.timeline = Timeline(polls, tick)
        self.clock = clock or StreamClock()
        self.warn = warn or _stderr
        self.executor: Executor | None = None
        self.session = ""
        self.now = float("-inf")
        self.start = 0.0
        self.comments = 0
        self.ended = False
        self.applied = False
        """Whether the last `apply` wrote an application (its posts wait for it to be durable)."""
        self._early: list[Event] = []
        self._warned = False

    @property
    def started(self) -> bool:
        """Whether the session is open (a timed frame has come)."""
        return self.executor is not None

    @property
    def posts(self) -> list[Post]:
        """Every post made so far, in order."""
        return self.executor.transcript if self.executor is not None else []

    # ------------------------------------------------------------------ frames in

    def admit(self, event: Event) -> list[Event]:
        """A frame from the feed onto the stream's clock: the frames to hand on, at the times to use."""
        admitted = self.clock.admit(event)
        if not self._warned and self.clock.counts and self.clock.corrected:
            self._warned = True
            kinds = ", ".join(sorted(k for k in self.clock.counts if k != "untimed_early"))
            self.warn(f"frames with a time far off the stream's clock ({kinds}): their time is corrected")
        return admitted

    def plan(self, event: Event) -> Iterable[Event]:
        """For an admitted frame: the ticks and polls due, then the frame (the first opens the session)."""
        if self.executor is not None and not self.timeline.due(event.ts):
            return (event,)  # the usual frame, between two ticks
        return self._due_then(event)

    def _due_then(self, event: Event) -> Iterator[Event]:
        """The ticks and polls due before `event` (generated as they are taken), then `event`."""
        if self.executor is None:
            self._open(event.ts)
            early, self._early = self._early, []
            for host in early:
                yield replace(host, ts=event.ts)
        if self.timeline.due(event.ts):
            yield from self.timeline.before(event.ts)
        yield event

    def idle(self, ts: float) -> Iterator[Event]:
        """The ticks due by `ts` when nothing has come (a quiet live room)."""
        return self.timeline.until(ts)

    def trailing(self, seconds: float) -> Iterator[Event]:
        """`seconds` of ticks after the last one (a recording that stops without an end)."""
        return self.timeline.trailing(seconds)

    def at_now(self, event: Event) -> Event | None:
        """A host command at the stream's current time; held until the session opens."""
        if self.executor is None:
            self._early.append(event)
            return None
        return replace(event, ts=self.now)

    def feed(self, event: Event) -> int:
        """Replay: one frame of a recording, through to its acks; how many events were applied."""
        n = 0
        for admitted in self.admit(event):
            for due in self.plan(admitted):
                self.apply(due)
                n += 1
        return n

    # ------------------------------------------------------------------ the room

    def apply(self, event: Event, now: float | None = None) -> list[Post]:
        """One `Room.handle` call at `now` (default: the later of the clock and the event) and its actions.

        With acks `at_once` every post is acked at once and nothing is returned; with `wait` the
        posts are returned for the caller to send, and their acks come back through `apply`.
        """
        assert self.executor is not None, "the session opens with the first frame (plan)"
        if now is None:
            now = self.now if self.now > event.ts else event.ts
        self.now = now
        try:
            actions = self.decide(event, now)
        except Exception as exc:  # one comment the core fails on must not end the stream
            if not isinstance(event, Comment):
                raise
            # The comment is counted and the host told; the room goes on with the next one.
            self.warn(f"daigang: comment {event.id} could not be handled ({type(exc).__name__}); skipped")
            actions = [Counted(now, "comment_failed", 1, event.id)]
        posts, self.applied = self.executor.run(actions)
        if self.tap is not None:
            self.tap(actions, now)
        if isinstance(event, Comment):
            self.comments += 1
        elif isinstance(event, End):
            self.ended = True
        if self.acks == "wait":
            return posts
        for post in posts:
            self.apply(Ack(now, post.id, True), now)
        return []

    def settle(self) -> None:
        """Commit the applications that wait (a replay commits them a group at a time)."""
        if self.executor is not None:
            self.executor.settle()

    def record(self, records: list[Record]) -> None:
        """Records of the shell's own (counters) into the session."""
        if self.executor is not None and records:
            self.executor.run(list(records))

    def clock_counters(self) -> list[Record]:
        """What the stream clock corrected, as counters for the session."""
        ts = self.now if self.executor is not None else 0.0
        return [Counted(ts, f"clock_{kind}", n) for kind, n in sorted(self.clock.counts.items()) if n]

    def _open(self, first_ts: float) -> None:
        """The first frame: open the store's session and start the clock."""
        self.session = self.open_session(first_ts)
        self.executor = Executor(self.writes, self.session, self.on_post)
        self.start = first_ts
        self.now = first_ts


def _stderr(line: str) -> None:
    """One line for the person running the bot."""
    print(f"daigang: {line}", file=sys.stderr, flush=True)
