"""`daigang room`: a recording served as a live room over daigang-ws v1, for rehearsals and tests.

The room plays its recording to one bot at a time, from the moment a bot connects, at `speed`
times real time on an injected clock (`None`: as fast as the socket takes it), and ends with an
`end` frame. It answers the bot's posts and cards by the platform profile's rules:

- longer than the profile's limit → `ack ok:false reason:too_long`;
- sooner than the profile's interval after the last shown post → `ack ok:false reason:too_fast`;
- the same text as a post shown within the repeat window → dropped silently (no ack at all);
- `mute()` → `ack ok:false reason:muted`; anything else is shown and acked `ok:true`.

The time rules are judged on the room's clock, the recording's time as it plays:
`start + wall elapsed × speed`. On a loopback, a post can arrive a few milliseconds off the
moment the bot meant; `grace` wall seconds (× speed, in stream time) are forgiven, as no bot can
be held to tighter than its transport. At `speed=None` the room has no pace to measure an
interval on, and judges only length and muting.

Drops, on purpose: `drop_every=N` closes the connection after every N frames sent on it and
`drop_at` after the given frame indexes of the recording. A bot that reconnects gets the
recording again from `rewind` frames before where it stopped — as a real room's replay buffer
would — so it must skip what it has already seen. A post id seen again (a bot re-sending a post
whose ack a drop swallowed) gets its first verdict again and is not shown twice.

After `end` the room keeps answering the bot's posts until the bot leaves or has sent nothing for
`linger` seconds; a bot that connects again after the end gets the tail of the recording and its
acks, on the room's clock as it stood.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from bot.errors import InputError
from bot.events import End, Event
from bot.platforms.ws.codec import BotFrameDecoder, OutgoingPost, encode_ack, encode_event
from bot.profiles import Profile
from bot.recordings.read import read_recording
from bot.runtime.clock import Clock

log = logging.getLogger("daigang.room")

Outcome = Literal["shown", "rejected", "dropped"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the room did with one post or card from the bot (`ts` on the room's clock)."""

    ts: float
    id: str
    kind: Literal["post", "card"]
    text: str
    outcome: Outcome
    reason: str | None = None
    reply_to: tuple[str, ...] = ()
    job: str | None = None


def load_events(log_path: Path, fmt: str | None = None, features: str | None = None) -> list[Event]:
    """A recording's room events in time order up to its `end` (one added when the file has none)."""
    events: list[Event] = []
    for event in read_recording(log_path, fmt, features):
        events.append(event)
        if isinstance(event, End):
            break
    if not events or isinstance(events[0], End):
        raise InputError(f"{log_path}: the recording holds no events")
    if not isinstance(events[-1], End):
        events.append(End(events[-1].ts))
    return events


class RoomServer:
    """A live room on 127.0.0.1 that plays `events` and judges posts by `profile`.

    Use it as `async with RoomServer(...) as room:` and connect to `room.url`.
    """

    def __init__(
        self,
        events: Sequence[Event],
        profile: Profile,
        *,
        speed: float | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        drop_every: int | None = None,
        drop_at: Iterable[int] = (),
        rewind: int = 5,
        grace: float = 0.05,
        linger: float = 60.0,
    ) -> None:
        """Serve `events` (ending with `End`) on `host:port` (0: any free port)."""
        if speed is not None and speed <= 0:
            raise InputError(f"--speed {speed}: must be positive")
        if drop_every is not None and drop_every <= rewind:
            raise InputError(f"--drop-every {drop_every}: must be more than the rewind of {rewind} frames")
        self.frames = [encode_event(e) for e in events]
        self.times = [e.ts for e in events]
        self.profile = profile
        self.speed = speed
        self.host = host
        self.port = port
        self.clock = clock or Clock()
        self.drop_every = drop_every
        self.drop_at = set(drop_at)
        self.rewind = rewind
        self.grace = grace
        self.linger = linger
        self.position = 0
        """The index of the next frame to send on the current connection."""
        self.reached = 0
        """How far the recording has been sent: a new connection starts `rewind` frames before it."""
        self.sent = 0
        """Frames sent in all, re-sent ones included."""
        self.connections = 0
        self.drops = 0
        self.verdicts: list[Verdict] = []
        self.muted = False
        self.ended = asyncio.Event()
        """Set once `end` went out and the bot has gone (or `linger` seconds passed)."""
        self._server: Server | None = None
        self._lock = asyncio.Lock()
        self._heard = 0.0
        """When the bot last sent anything (event-loop time), for lingering after the end."""
        self._by_id: dict[str, Verdict] = {}
        self._last_shown: float | None = None
        self._recent: deque[tuple[float, str]] = deque()
        self._anchor: tuple[float, float] = (0.0, self.times[0] if self.times else 0.0)
        self.decoder = BotFrameDecoder()

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> RoomServer:
        """Start listening."""
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop listening and close the connection."""
        await self.stop()

    async def start(self) -> None:
        """Listen on `host:port`; `url` then holds the real port."""
        try:
            self._server = await serve(self._serve, self.host, self.port, max_size=1 << 20)
        except OSError as exc:
            raise InputError(f"--port {self.port}: cannot listen on {self.host} ({exc.strerror})") from None
        sockets = list(self._server.sockets)
        self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Close the server and any connection."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    @property
    def url(self) -> str:
        """The room's ws:// URL."""
        return f"ws://{self.host}:{self.port}"

    # ------------------------------------------------------------------ what the room showed

    @property
    def shown(self) -> list[Verdict]:
        """The posts and cards shown in the chat, in order."""
        return [v for v in self.verdicts if v.outcome == "shown"]

    def mute(self, muted: bool = True) -> None:
        """Mute the bot (every post refused as `muted`) or let it speak again."""
        self.muted = muted

    def stream_now(self) -> float:
        """The room's clock: the recording's time as it plays (the last frame's time at full speed)."""
        wall, ts = self._anchor
        if self.speed is None:
            return self.times[max(0, self.reached - 1)] if self.times else 0.0
        return ts + (self.clock.now() - wall) * self.speed

    # ------------------------------------------------------------------ one bot's connection

    async def _serve(self, ws: ServerConnection) -> None:
        """Play to one bot and judge what it posts; a second bot waits its turn (`linger` s at most)."""
        try:
            async with asyncio.timeout(self.linger):
                await self._lock.acquire()
        except TimeoutError:
            await ws.close(1013, "one bot at a time")
            return
        self.connections += 1
        reader = asyncio.create_task(self._read(ws))
        try:
            # A bot back after the recording was played through gets the tail again and its acks,
            # on the room's clock as it was (it must not run back: a post would seem too fast).
            await self._play(ws, keep_clock=self.reached >= len(self.frames))
            if self.reached >= len(self.frames):
                await self._linger(ws, reader)
        except ConnectionClosed:
            pass
        finally:
            reader.cancel()
            await asyncio.wait({reader})
            if not reader.cancelled():
                reader.exception()
            self._lock.release()

    async def _play(self, ws: ServerConnection, keep_clock: bool = False) -> None:
        """Send frames from a little before where the last connection stopped, paced; drop when told."""
        start = self.position = max(0, self.reached - self.rewind)
        if start < len(self.times) and not keep_clock:
            self._anchor = (self.clock.now(), self.times[start])
        on_this = 0
        while self.position < len(self.frames):
            i = self.position
            if self.speed is not None:
                wall, ts = self._anchor
                delay = wall + (self.times[i] - ts) / self.speed - self.clock.now()
                if delay > 0:
                    await self.clock.sleep(delay)
            elif on_this % 64 == 63:
                await asyncio.sleep(0)
            await ws.send(self.frames[i])
            self.position = i + 1
            self.reached = max(self.reached, self.position)
            self.sent += 1
            on_this += 1
            due = (self.drop_every is not None and on_this % self.drop_every == 0) or i in self.drop_at
            if due and self.position < len(self.frames):
                self.drop_at.discard(i)
                await self._drop(ws)
                return

    async def _drop(self, ws: ServerConnection) -> None:
        """Close the connection on purpose; the next one resumes `rewind` frames back."""
        self.drops += 1
        log.info("dropping the connection (drop %d) after frame %d", self.drops, self.position - 1)
        await ws.close(1001, "dropped on purpose")

    async def _linger(self, ws: ServerConnection, reader: asyncio.Task[None]) -> None:
        """After `end`: keep answering posts until the bot leaves, or until it has sent nothing for
        `linger` seconds (a bot still working through its backlog keeps posting)."""
        loop = asyncio.get_running_loop()
        self._heard = loop.time()
        while not reader.done():
            left = self._heard + self.linger - loop.time()
            if left <= 0:
                break
            await asyncio.wait({reader}, timeout=left)
        self.ended.set()
        await ws.close()

    async def _read(self, ws: ServerConnection) -> None:
        """Judge every post and card the bot sends, and answer it."""
        async for frame in ws:
            self._heard = asyncio.get_running_loop().time()
            post = self.decoder.feed(frame)
            if post is None:
                continue
            verdict = self.judge(post)
            if verdict.outcome != "dropped":
                await ws.send(encode_ack(post.id, verdict.outcome == "shown", verdict.reason))

    # ------------------------------------------------------------------ the rules

    def judge(self, post: OutgoingPost) -> Verdict:
        """The profile's verdict on one post or card (a post id seen before keeps its first verdict)."""
        before = self._by_id.get(post.id)
        if before is not None and before.text == post.text:
            return before
        now = self.stream_now()
        profile = self.profile
        slack = self.grace * self.speed if self.speed is not None else 0.0
        timed = self.speed is not None
        while self._recent and now - self._recent[0][0] >= profile.repeat_window:
            self._recent.popleft()
        outcome: Outcome = "rejected"
        reason: str | None = None
        if self.muted:
            reason = "muted"
        elif len(post.text) > profile.max_chars:
            reason = "too_long"
        elif timed and self._last_shown is not None and now - self._last_shown < profile.interval - slack:
            reason = "too_fast"
        elif timed and any(
            text == post.text and now - ts < profile.repeat_window - slack for ts, text in self._recent
        ):
            outcome = "dropped"
        else:
            outcome = "shown"
            self._last_shown = now
            self._recent.append((now, post.text))
        verdict = Verdict(now, post.id, post.kind, post.text, outcome, reason, post.reply_to, post.job)
        self.verdicts.append(verdict)
        self._by_id[post.id] = verdict
        return verdict


def parse_drop_at(spec: str | None) -> list[int]:
    """`--drop-at 120,480` as frame indexes."""
    if not spec:
        return []
    try:
        indexes = [int(part) for part in spec.split(",") if part.strip()]
    except ValueError:
        raise InputError(f"--drop-at {spec}: give frame indexes separated by commas") from None
    if any(i < 0 for i in indexes):
        raise InputError(f"--drop-at {spec}: frame indexes start at 0")
    return indexes


def room_command(
    log_path: Path,
    profile: Profile,
    *,
    speed: float | None,
    host: str = "127.0.0.1",
    port: int = 8765,
    drop_every: int | None = None,
    drop_at: Iterable[int] = (),
    rewind: int = 5,
    fmt: str | None = None,
    features: str | None = None,
) -> int:
    """`daigang room`: print the URL, play the recording to the bot that attaches, then say what was shown."""
    events = load_events(log_path, fmt, features)

    async def serve_once() -> RoomServer:
        """Serve until the recording has ended and the bot has gone."""
        room = RoomServer(
            events,
            profile,
            speed=speed,
            host=host,
            port=port,
            drop_every=drop_every,
            drop_at=drop_at,
            rewind=rewind,
        )
        async with room:
            print(room.url, flush=True)
            await room.ended.wait()
        return room

    room = asyncio.run(serve_once())
    rejected = sum(1 for v in room.verdicts if v.outcome == "rejected")
    dropped = sum(1 for v in room.verdicts if v.outcome == "dropped")
    print(
        f"played {len(events)} frames ({room.sent} sent, {room.drops} drops, "
        f"{room.connections} connections): "
        f"{len(room.shown)} posts shown, {rejected} rejected, {dropped} dropped silently",
        file=sys.stderr,
    )
    return 0
