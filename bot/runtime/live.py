"""`LiveBot`: the bot on a live feed, apart from the transport that carries the frames.

A transport (the daigang-ws loop, a Bilibili connection) calls `receive` with each decoded frame,
and `connected` / `disconnected` around each connection; `receive` only deduplicates, records
and enqueues. One worker takes the queue in order and drives `Room.handle(event, now)`.

Time. The bot decides on the stream's clock, never the wall clock, so that what it decides does
not depend on how fast frames travel:

- an event from the room is handled at `now = max(now, event.ts)`;
- ticks fall on the fixed grid of stream time that replay uses (`Timeline`), emitted before the
  first frame past them — so a live run over the same frames decides exactly what a replay does;
- when the room goes quiet (no frame for `idle_after` wall seconds while connected and caught
  up), the clock moves on by the wall time since the last frame and the grid's ticks up to there
  go in, so waiting answers still go out. For a room that plays at real time or faster, those are
  ticks the next frame would have brought anyway, so this changes nothing but their timing;
- an ack is handled at the `now` of the post it answers: after a post the worker waits (up to
  `ack_wait` wall seconds) for its ack before it takes the next event, as replay acks at once. A
  post whose ack has not come by then is left to the room's ack timeout;
- host commands (the console) are handled at the stream's current `now`.

Frames a room re-sends after a reconnect are skipped here (`FrameDedup`) before the room sees
them, so a run with drops makes the same `Room.handle` calls as one without. The reconnect itself
is recorded as a `Gap(ts, start)` — `start` the newest frame time before the drop, `ts` the first
new frame after it — handled at the clock's current `now`, so it decides nothing.
The room's state (featured job, waiting askers, cooldowns, send budget) lives in the one `Room`
and survives every reconnect.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.events import (
    Ack,
    Action,
    Comment,
    Counted,
    End,
    Event,
    Gap,
    Post,
    Record,
)
from bot.room import Room
from bot.runtime.clock import Clock
from bot.runtime.dedup import FrameDedup
from bot.runtime.notices import HostNotices
from bot.runtime.outbox import Outbox
from bot.runtime.pacer import SendPacer
from bot.runtime.runner import Runner
from bot.runtime.shed import ShedQueue, looks_like_chatter
from bot.runtime.sink import PostSink
from bot.runtime.streamclock import EPOCH, StreamClock
from bot.runtime.timeline import TICK
from bot.runtime.writes import ThreadWrites
from bot.store import Store

log = logging.getLogger("daigang.live")


@dataclass(frozen=True, slots=True)
class LiveOptions:
    """The live bot's tunables."""

    queue_size: int = 10_000
    """Frames waiting for the worker before chatter is shed."""
    ack_wait: float = 1.0
    """Wall seconds the worker waits for a post's ack before leaving it to the room's ack timeout."""
    idle_after: float | None = 0.5
    """Wall seconds without a frame before the clock moves on by itself (None: only frames move it)."""
    tick: float = TICK
    """Seconds between two ticks, of stream time (the grid) and of wall time (the idle check)."""
    polls: tuple[tuple[float, bool], ...] = ()
    """The host's poll commands at offsets from the first frame: (seconds, start?)."""


@dataclass(frozen=True, slots=True)
class Idle:
    """No frame for a while: by the wall clock, the stream has reached `ts`."""

    ts: float


@dataclass(frozen=True, slots=True)
class Resume:
    """The feed is back after a drop; `duplicates` frames were re-sent and skipped."""

    gap: Gap
    duplicates: int


@dataclass(frozen=True, slots=True)
class Host:
    """A host command from the console, handled at the stream's current time."""

    event: Event


Item = Event | Idle | Resume | Host


@dataclass
class LiveResult:
    """What a live run did."""

    session: str = ""
    posts: list[Post] = field(default_factory=list)
    comments: int = 0
    applications: int = 0
    shed: int = 0
    duplicates: int = 0
    gaps: int = 0
    ended: bool = False
    start: float = 0.0
    end: float = 0.0
    skipped: dict[str, int] = field(default_factory=dict)
    """Frames the feed could not use, by what was wrong with them (stored as counters too)."""


def skipped_summary(skipped: dict[str, int]) -> str:
    """`skipped 3 frames (2 malformed frame, 1 unknown frame 'x'); ` for the summary line, or ''."""
    total = sum(skipped.values())
    if not total:
        return ""
    shown = ", ".join(f"{n} {what}" for what, n in sorted(skipped.items(), key=lambda kv: -kv[1])[:5])
    return f"skipped {total} frame{'s' if total != 1 else ''} ({shown}); "


def _measure_key(event: Event) -> str:
    """The key under which a frame's arrival time waits for its decision."""
    return event.id if isinstance(event, Comment) else type(event).__name__


def sheddable(item: Item) -> bool:
    """Only chatter comments may be shed from a full queue."""
    return isinstance(item, Comment) and looks_like_chatter(item.text)


def session_key(source: str, first_ts: float) -> str:
    """The store's key of a live session: where the frames come from and the first frame's time.

    Stable across reconnects within one process (the first frame is seen once); a new process
    that attaches later starts a new session.
    """
    return f"live:{source}@{first_ts!r}"


class LiveBot:
    """One room's bot on a live feed: the receive side, the ordered worker and the idle ticker."""

    def __init__(
        self,
        room: Room,
        store: Store,
        *,
        source: str,
        catalog_json: str,
        clock: Clock | None = None,
        options: LiveOptions | None = None,
        on_post: Callable[[Post], None] | None = None,
        shed: Callable[[Item], bool] = sheddable,
        record: Callable[[Event], None] | None = None,
        tap: Callable[[list[Action], float], None] | None = None,
        decide: Callable[[Event, float], list[Action]] | None = None,
    ) -> None:
        """A bot for `room` writing to `store`; `source` names the feed (its URL) in the session key.

        `record` is given each new frame from the room (to write a recording); `tap` sees every
        batch of actions the room decides (and the `now` it decided at), after the executor has
        carried it out. `decide` takes the decisions instead of `room.handle` (several sources in
        one room state: `LanedRoom.handle`, `room` then being its first lane).
        """
        self.room = room
        self.decide = decide or room.handle
        self.store = store
        self.source = source
        self.catalog_json = catalog_json
        self.clock = clock or Clock()
        self.options = options or LiveOptions()
        self.record_to = record
        self.writes = ThreadWrites(store)
        self.runner = Runner(
            room,
            self.writes,
            self._open_session,
            polls=self.options.polls,
            tick=self.options.tick,
            acks="wait",
            on_post=on_post,
            tap=tap,
            clock=StreamClock(earliest=EPOCH),
            decide=self.decide,
        )
        self.queue: ShedQueue[Item] = ShedQueue(self.options.queue_size, shed)
        self.dedup = FrameDedup(room.config.dedup_window)
        self.outbox = Outbox(pacer=SendPacer(room.profile.interval), clock=self.clock)
        self.overlay: PostSink | None = None
        """The console's overlay, when it serves one: a source that cannot post into the chat
        shows the outbox's posts there (`bot.platforms.screen.ScreenPosts`)."""
        self.notices = HostNotices(clock=lambda: self.stream_now)
        """What the platforms tell the host, kept for the console's banners."""
        self.result = LiveResult()
        self.finished = asyncio.Event()
        self.online = False
        self._gap: tuple[float, str, int] | None = None
        self._last_frame_wall: float | None = None
        self._blocked = False
        self._waiting_hosts: set[asyncio.Task[None]] = set()
        self._shed_unrecorded: list[Item] = []
        self.latencies: list[float] | None = None
        """Set to a list to measure: wall seconds from each comment's arrival to its decision."""
        self.end_lag: float | None = None
        """With latencies measured: wall seconds from the `end` frame's arrival to its handling."""
        self._arrived: dict[str, float] = {}

    # ------------------------------------------------------------------ what the shells see

    @property
    def now(self) -> float:
        """The stream time the room last decided at (-inf before the first frame)."""
        return self.runner.now

    @property
    def on_post(self) -> Callable[[Post], None] | None:
        """Called with each post as the room makes it (the transcript)."""
        return self.runner.on_post

    @on_post.setter
    def on_post(self, value: Callable[[Post], None] | None) -> None:
        self.runner.on_post = value
        if self.runner.executor is not None:
            self.runner.executor.on_post = value

    @property
    def tap(self) -> Callable[[list[Action], float], None] | None:
        """Sees every batch of actions and its `now` (the console)."""
        return self.runner.tap

    @tap.setter
    def tap(self, value: Callable[[list[Action], float], None] | None) -> None:
        self.runner.tap = value

    # ------------------------------------------------------------------ receive side (transport)

    @property
    def stream_now(self) -> float:
        """The newest frame time seen (0.0 before any)."""
        if self.dedup.hwm is not None:
            return self.dedup.hwm
        return self.now if self.now != float("-inf") else 0.0

    def connected(self) -> None:
        """A connection is up: pending posts go out again and re-sent frames will be skipped."""
        self.online = True
        self._last_frame_wall = self.clock.now()
        self.dedup.resumed()
        self.outbox.reconnected()

    def disconnected(self, reason: str) -> None:
        """The connection is gone: the next new frame closes a gap that starts at the newest frame seen."""
        self.online = False
        if self._gap is None and self.dedup.hwm is not None and not self.finished.is_set():
            self._gap = (self.dedup.hwm, reason, self.dedup.duplicates)

    async def receive(self, event: Event) -> bool:
        """Take one decoded frame from the room; True when it ends the stream (stop reading)."""
        arrival = self.clock.now()
        if isinstance(event, Ack):
            # An ack is the room answering us, not the stream moving on: it must not hold back the
            # clock the quiet-room ticks are counted from (each post would stall the next one).
            if self.outbox.settle(event) == "late":
                await self._put(event)
            return False
        self._last_frame_wall = arrival
        ended = False
        for admitted in self.runner.admit(event):
            ended = await self._fresh(admitted, arrival) or ended
        return ended

    async def _fresh(self, event: Event, arrival: float) -> bool:
        """A frame on the stream's clock: skip a repeat, else record and enqueue it."""
        if not self.dedup.fresh(event):
            return False
        if self.outbox.pacer is not None:
            self.outbox.pacer.pace.observe(arrival, event.ts)
        if self._gap is not None:
            start, reason, duplicates = self._gap
            self._gap = None
            self.result.gaps += 1
            await self._put(Resume(Gap(event.ts, start, reason), self.dedup.duplicates - duplicates))
        if self.record_to is not None:
            self.record_to(event)
        if self.latencies is not None:
            self._arrived[_measure_key(event)] = arrival
        await self._put(event)
        return isinstance(event, End)

    def host(self, event: Event) -> None:
        """A host command from the console (feature, reply, poll, pause); never shed."""
        if not self.queue.offer(Host(event)):
            task = asyncio.get_running_loop().create_task(self.queue.put(Host(event)))
            self._waiting_hosts.add(task)
            task.add_done_callback(self._waiting_hosts.discard)

    async def _put(self, item: Item) -> None:
        """Enqueue, shedding chatter when full; wait only when nothing can be shed."""
        if self.queue.offer(item):
            return
        self._blocked = True
        try:
            await self.queue.put(item)
        finally:
            self._blocked = False

    # ------------------------------------------------------------------ the worker

    async def run(self) -> LiveResult:
        """Work through the queue until the stream ends; the idle ticker runs alongside."""
        ticker = None
        if self.options.idle_after is not None:
            ticker = asyncio.create_task(self._idle_ticker(self.options.idle_after))
        try:
            while not self.runner.ended:
                item = await self.queue.get()
                await self._item(item)
                self._note_shed()
        finally:
            if ticker is not None:
                ticker.cancel()
            self.finished.set()
            self.runner.record(self.runner.clock_counters())
            self.writes.close()
        self.result.ended = self.runner.ended
        self.result.comments = self.runner.comments
        self.result.end = self.runner.now
        self.result.posts = self.runner.posts
        self.result.applications = self.writes.applications
        self.result.duplicates = self.dedup.duplicates
        self.result.shed = self.queue.shed_total
        return self.result

    def record(self, records: list[Record]) -> None:
        """Write records of the shell's own (counters) into the session."""
        self.runner.record(records)

    async def _item(self, item: Item) -> None:
        """Handle one queued item in order."""
        runner = self.runner
        match item:
            case Idle(ts=ts):
                for tick in runner.idle(ts):
                    await self._apply(tick)
            case Resume(gap=gap, duplicates=duplicates):
                await self._apply(gap, runner.now)
                if duplicates:
                    self.record([Counted(runner.now, "duplicate_frame", duplicates, f"gap@{gap.start!r}")])
            case Host(event=event):
                placed = runner.at_now(event)
                if placed is not None:
                    await self._apply(placed, runner.now)
            case Ack():
                await self._apply(Ack(runner.now, item.id, item.ok, item.reason), runner.now)
            case _:
                await self._event(item)

    async def _event(self, event: Event) -> None:
        """A frame from the room: the ticks and polls due before it, then the frame."""
        first = not self.runner.started
        for due in self.runner.plan(event):
            await self._apply(due)
        if first:
            self.result.session = self.runner.session
            self.result.start = self.runner.start
            if self._shed_unrecorded:
                self._note_shed()
        if self.latencies is not None:
            arrived = self._arrived.pop(_measure_key(event), None)
            if arrived is not None:
                taken = self.clock.now() - arrived
                if isinstance(event, End):
                    self.end_lag = taken
                elif isinstance(event, Comment):
                    self.latencies.append(taken)
        self.result.end = self.runner.now

    def _open_session(self, first_ts: float) -> str:
        """The store's session for this feed, opened at the first frame."""
        key = session_key(self.source, first_ts)
        return self.store.open_session(key, self.source, self.room.profile.name, first_ts, self.catalog_json)

    async def _apply(self, event: Event, now: float | None = None) -> None:
        """One `Room.handle` call and its actions; the posts go out (after any application is durable),
        then the worker waits for their acks."""
        posts = self.runner.apply(event, now)
        if not posts:
            return
        if self.runner.applied:
            await self.writes.sync()
        at = self.runner.now
        for post in posts:
            self.outbox.submit(post)
        for post in posts:
            # The post may first wait for its turn to go out: wait for that as well.
            within = self.options.ack_wait + self.outbox.backlog()
            ack = await self.outbox.wait(post.id, within)
            if ack is not None:
                await self._apply(Ack(at, ack.id, ack.ok, ack.reason), at)

    def _note_shed(self) -> None:
        """Record what the queue shed since the last look, as one counter."""
        self._shed_unrecorded.extend(self.queue.take_shed())
        if not self._shed_unrecorded or not self.runner.started:
            return
        shed, self._shed_unrecorded = self._shed_unrecorded, []
        first = shed[0]
        detail = first.id if isinstance(first, Comment) else None
        log.warning("queue full: shed %d chatter comment(s)", len(shed))
        self.runner.record([Counted(self.runner.now, "shed", len(shed), detail)])

    async def _idle_ticker(self, idle_after: float) -> None:
        """While connected, caught up and hearing nothing, let the stream's clock move on by wall time."""
        tick = self.options.tick
        while True:
            asked = self.clock.now()
            await self.clock.sleep(tick)
            if self.clock.now() - asked > 1.5 * tick:
                continue  # the loop itself was held up: a stall, not a quiet room
            if not self.online or self._blocked or len(self.queue) or self._last_frame_wall is None:
                continue
            if self.dedup.hwm is None:
                continue
            idle = self.clock.now() - self._last_frame_wall
            if idle >= idle_after:
                self.queue.offer(Idle(self.dedup.hwm + idle))
