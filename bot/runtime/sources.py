"""Several sources feeding one bot (SPEC §5.7): a lane per source, one room state, posts routed back.

Each source's client is handed a `LanePort` instead of the `LiveBot` itself. The port puts the
lane's name before every comment id and viewer id (`douyin-grab:123`), so that two platforms'
ids never meet; moves the source's times onto the stream's clock (a source's first frame is
taken to happen now, and its later frames keep their spacing: a practice recording from last
year and a live Douyin room run side by side); sums the viewer figures; and lets the stream end
only when every source has ended. The bot decides with a `LanedRoom`; its outbox
(`RoutedOutbox`) gives each post to the lane its id names, and that lane's client sends it —
into its chat, or onto the overlay for a platform that takes no posts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.events import Ack, Comment, End, Enter, Event, Gift, Like, Post, Record, User, Viewers
from bot.lanes import SEP, LanedRoom, lane_id
from bot.room import Room
from bot.runtime.clock import Clock
from bot.runtime.live import LiveBot
from bot.runtime.notices import SourceNotices
from bot.runtime.outbox import Outbox, paced
from bot.runtime.pacer import SendPacer
from bot.runtime.sink import PostSink
from bot.runtime.transport import Transport


class RoutedOutbox(Outbox):
    """The outbox of a laned bot: each post waits in the queue of the lane its id names."""

    def __init__(self, lanes: Iterable[str]) -> None:
        """A queue per lane (each paced by its platform's profile once its port is made)."""
        super().__init__()
        self.queues: dict[str, asyncio.Queue[Post]] = {name: asyncio.Queue() for name in lanes}
        self.pacers: dict[str, SendPacer] = {}
        self._first = next(iter(self.queues))

    def pacer_of(self, post_id: str) -> SendPacer | None:
        """The pacer of the lane a post id names."""
        head, sep, _ = post_id.partition(SEP)
        return self.pacers.get(head if sep else self._first)

    def _queue(self, post_id: str) -> asyncio.Queue[Post]:
        """The queue of the lane a post id names (the first lane's for an id that names none)."""
        head, sep, _ = post_id.partition(SEP)
        return self.queues.get(head, self.queues[self._first]) if sep else self.queues[self._first]

    def submit(self, post: Post) -> None:
        """Hand a post over to its lane (never blocks)."""
        future: asyncio.Future[Ack] = asyncio.get_running_loop().create_future()
        self._pending[post.id] = (post, future)
        self._queue(post.id).put_nowait(post)

    def reconnected(self) -> None:
        """Each lane queues its own posts again when its connection is back (`requeue`)."""

    def requeue(self, lane: str) -> None:
        """A lane's connection is back: its still-pending posts go out again, oldest first."""
        queue = self.queues[lane]
        while not queue.empty():
            queue.get_nowait()
        for post_id, (post, _) in self._pending.items():
            if self._queue(post_id) is queue:
                queue.put_nowait(post)
                self.requeued += 1


class _LanePosts:
    """One lane's posts to send, at its platform's pace."""

    def __init__(self, posts: asyncio.Queue[Post], pacer: SendPacer, clock: Clock) -> None:
        """Wrap the lane's queue."""
        self.posts = posts
        self.pacer = pacer
        self.clock = clock

    async def next_post(self) -> Post:
        """The lane's next post, once its pacer lets it go."""
        return await paced(self.posts, self.pacer, self.clock)


class LanePort:
    """One source's view of the laned bot (a `BotPort`)."""

    def __init__(self, name: str, bot: LiveBot, room: Room, shared: Lanes) -> None:
        """The port of lane `name` of `bot`, whose room in the laned room is `room`."""
        self.name = name
        self.room = room
        self._bot = bot
        self.shared = shared
        """What the lanes share (their names, which have ended, each source's viewers)."""
        assert isinstance(bot.outbox, RoutedOutbox)
        self._routed = bot.outbox
        pacer = bot.outbox.pacers[name] = SendPacer(room.profile.interval)
        self.outbox = _LanePosts(bot.outbox.queues[name], pacer, bot.clock)
        self.notices = SourceNotices(bot.notices, name)
        self.offset: float | None = None

    @property
    def clock(self) -> Clock:
        """The bot's clock."""
        return self._bot.clock

    @property
    def finished(self) -> asyncio.Event:
        """Set once the whole stream has ended."""
        return self._bot.finished

    @property
    def overlay(self) -> PostSink | None:
        """The console's overlay."""
        return self._bot.overlay

    @property
    def stream_now(self) -> float:
        """The stream's newest time, on this source's clock."""
        return self._bot.stream_now - (self.offset or 0.0)

    def connected(self) -> None:
        """This source's connection is up: its pending posts go out again."""
        self._bot.connected()
        self._routed.requeue(self.name)

    def disconnected(self, reason: str) -> None:
        """This source's connection is gone."""
        self._bot.disconnected(f"{self.name} {reason}")

    def _user(self, user: User) -> User:
        """A viewer of this lane."""
        return User(lane_id(self.name, user.id), user.name)

    def _tag(self, event: Event) -> Event:
        """The event with this lane's ids and on the stream's clock."""
        if self.offset is None:
            base = self._bot.stream_now if self._bot.dedup.hwm is not None else event.ts
            self.offset = base - event.ts
        ts = event.ts + self.offset
        match event:
            case Comment():
                return Comment(lane_id(self.name, event.id), ts, self._user(event.user), event.text)
            case Enter() | Like() | Gift():
                return replace(event, ts=ts, user=self._user(event.user))
        return replace(event, ts=ts)

    async def receive(self, event: Event) -> bool:
        """One event of this source into the bot; True once this source has ended."""
        if isinstance(event, Ack):
            return await self._bot.receive(event)
        tagged = self._tag(event)
        if isinstance(tagged, End):
            self.shared.ended.add(self.name)
            if self.shared.ended < set(self.shared.names):
                return True
            return await self._bot.receive(tagged)
        if isinstance(tagged, Viewers):
            self.shared.viewers[self.name] = tagged.count
            tagged = Viewers(tagged.ts, sum(self.shared.viewers.values()))
        await self._bot.receive(tagged)
        return self.name in self.shared.ended


class Lanes:
    """What the lanes of one bot share: their names, which have ended, their viewer figures."""

    def __init__(self, names: Sequence[str]) -> None:
        """Lanes named `names`."""
        self.names = list(names)
        self.ended: set[str] = set()
        self.viewers: dict[str, int] = {}


def laned_bot(bot: LiveBot, room: LanedRoom) -> dict[str, LanePort]:
    """Route `bot`'s posts by lane (a `RoutedOutbox`); a port per lane for its source's client."""
    bot.outbox = RoutedOutbox(room.lanes)
    shared = Lanes(list(room.lanes))
    return {name: LanePort(name, bot, lane, shared) for name, lane in room.lanes.items()}


class AllSources:
    """Every source's client as one transport: runs them together, stops them together."""

    def __init__(self, transports: Sequence[Transport]) -> None:
        """The clients of every lane."""
        self.transports = list(transports)

    async def run(self) -> None:
        """Run every client until the bot has finished; one that fails for good fails the run."""
        async with asyncio.TaskGroup() as group:
            for transport in self.transports:
                group.create_task(transport.run())

    def counters(self, ts: float) -> list[Record]:
        """Every client's counters."""
        return [record for transport in self.transports for record in transport.counters(ts)]
