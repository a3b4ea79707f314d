"""`daigang attach URL`: the composition root of a live run over daigang-ws v1 (or another transport).

It builds the room from the catalogue (and warms the understanding before connecting), opens the
store, wires the feed, the worker, the transcript and the recording, serves the host console when
asked, and returns when the room has sent `end` and the worker has got there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from bot.errors import InputError
from bot.events import Action, Counted, Post
from bot.platforms.ws.client import SILENCE, WsFeed, check_url
from bot.profiles import Profile
from bot.recordings.write import RecordingWriter
from bot.room import Room
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.live import LiveBot, LiveOptions, LiveResult, skipped_summary
from bot.runtime.transport import Transport, TransportFactory
from bot.store import Store, open_store
from bot.wiring import build_room, human_line, transcript_line
from catalog.models import Catalog

if TYPE_CHECKING:
    from bot.console import Hub
    from bot.console.overlay import OverlaySink
    from bot.lanes import LanedRoom
    from bot.runtime.sources import Lanes

log = logging.getLogger("daigang.live")


@dataclass
class Outputs:
    """Where a live run writes besides the store: the transcript, the recording, the console."""

    transcript: Path | None = None
    record: Path | None = None
    console: int | None = None
    """Serve the host console on this port (0: any free port; None: no console)."""
    report: Path | None = None
    """Where the review report will be, for the console's link to it."""
    echo: bool = False
    """Print each post for a person as it goes out."""
    token: str | None = None
    """The console's token (None: a fresh one); the relay takes frames with the same token."""
    overlay: bool = False
    """Also show the posts on the console's overlay page (the console then starts even without
    `console`, on a free port). The chat's verdict stays each post's; the overlay's outcomes show
    in the console."""


async def run_live(bot: LiveBot, feed: Transport) -> LiveResult:
    """Run the feed and the worker together until the stream has ended; a feed failure is raised."""
    feed_task = asyncio.create_task(feed.run())
    work_task = asyncio.create_task(bot.run())
    try:
        await asyncio.wait({feed_task, work_task}, return_when=asyncio.FIRST_COMPLETED)
        if feed_task.done() and not work_task.done():
            feed_task.result()
            await work_task
        result = work_task.result()
        await feed_task
    finally:
        for task in (feed_task, work_task):
            task.cancel()
        await asyncio.wait({feed_task, work_task})
        # Also when the run is stopped (Ctrl-C): what the feed counted is kept with the session.
        counted = feed.counters(bot.now)
        bot.record(counted)
        bot.store.flush()
    for record in counted:
        if isinstance(record, Counted):
            what = record.what.replace("_", " ") + (f" {record.detail[:40]!r}" if record.detail else "")
            result.skipped[what] = result.skipped.get(what, 0) + record.n
    return result


class _Transcript:
    """Posts as they go out: JSON lines to a file, and lines for a person on stdout."""

    def __init__(self, fh: IO[bytes] | None, echo: bool, bot: LiveBot) -> None:
        """Write to `fh` (when given); echo `bot`'s posts to stdout when asked."""
        self.fh = fh
        self.echo = echo
        self.bot = bot

    def __call__(self, post: Post) -> None:
        """One post went out."""
        if self.fh is not None:
            self.fh.write(transcript_line(post) + b"\n")
            self.fh.flush()
        if self.echo:
            print(human_line(post, self.bot.result.start), flush=True)


async def attach(
    url: str,
    room: Room,
    catalog: Catalog,
    store: Store,
    outputs: Outputs | None = None,
    *,
    options: LiveOptions | None = None,
    retry: Retry | None = None,
    silence: float = SILENCE,
    clock: Clock | None = None,
    on_ready: Callable[[LiveBot], None] | None = None,
    tap: Callable[[list[Action], float], None] | None = None,
    after: Callable[[LiveResult], Awaitable[None]] | None = None,
    transport: TransportFactory | None = None,
) -> LiveResult:
    """Attach `room`'s bot to the daigang-ws room at `url` until it sends `end`.

    A transport whose platform takes no posts in its chat says so (`posts_to_chat = False`): the
    console then starts even without `outputs.console` (on a free port), and the transport shows
    the posts on its overlay (`LiveBot.overlay`). `outputs.overlay` sends a copy of every post there
    from a transport that does post.

    `after` runs once the stream has ended, while the console is still up (to write the report,
    or to keep the console open for the host). `transport` makes another connection loop for the
    bot (the Bilibili one); `url` then only names the feed.
    """
    if transport is None:
        check_url(url)
    outputs = outputs or Outputs()
    async with contextlib.AsyncExitStack() as stack:
        transcript = stack.enter_context(_open(outputs.transcript))
        record = stack.enter_context(_open(outputs.record))
        bot = LiveBot(
            room,
            store,
            source=url,
            catalog_json=catalog.model_dump_json(),
            clock=clock,
            options=options,
            record=RecordingWriter(record) if record is not None else None,
            tap=tap,
        )
        bot.on_post = _Transcript(transcript, outputs.echo, bot)
        feed = transport(bot) if transport is not None else WsFeed(url, bot, retry=retry, silence=silence)
        chat = bool(getattr(feed, "posts_to_chat", True))
        port = outputs.console
        if port is None and not chat:
            port = 0
            print(
                f"{url} takes no posts in its chat: the answers go to the overlay page; "
                "serving the console on a free port",
                file=sys.stderr,
                flush=True,
            )
        elif port is None and outputs.overlay:
            port = 0
            print("the overlay needs the console: serving it on a free port", file=sys.stderr, flush=True)
        if port is not None:
            hub = await _serve_console(stack, bot, port, outputs.report)
            bot.tap = _both(hub.observe, tap)
            bot.overlay = hub.overlay
            if outputs.overlay and chat:
                _copy_to_overlay(stack, bot, hub.overlay)
        if on_ready is not None:
            on_ready(bot)
        result = await run_live(bot, feed)
        if after is not None:
            await after(result)
    return result


def _both(
    first: Callable[[list[Action], float], None], second: Callable[[list[Action], float], None] | None
) -> Callable[[list[Action], float], None]:
    """One tap that calls two."""
    if second is None:
        return first

    def tap(actions: list[Action], now: float) -> None:
        """Call both taps in turn."""
        first(actions, now)
        second(actions, now)

    return tap


async def _serve_console(
    stack: contextlib.AsyncExitStack,
    bot: LiveBot,
    port: int,
    report: Path | None,
    token: str | None = None,
    laned: tuple[LanedRoom, Lanes] | None = None,
) -> Hub:
    """Start the host console on `port`; its hub, whose `observe` keeps it up to date with the room
    (with several sources, `laned`: the laned room, so that every lane's questions are shown and a
    reply goes to the lane of its askers, and what the lanes share, for each source's viewers).

    Prints its link and its overlay's on stdout: `console: http://127.0.0.1:PORT/?token=TOKEN`,
    `overlay: http://127.0.0.1:PORT/overlay?token=TOKEN`.
    """
    from bot.console import ConsoleError, Hub, start_console
    from bot.console.hub import RoomView
    from bot.console.overlay import CardBook, OverlaySink

    sink = OverlaySink(CardBook(bot.room.index), clock=bot.clock.now, stamp=lambda: bot.stream_now)
    view: RoomView = bot.room if laned is None else laned[0]
    viewers = None if laned is None else (lambda: laned[1].viewers)
    hub = Hub(
        view, bot.host, lambda: bot.stream_now, overlay=sink, notices=bot.notices, viewers_by_source=viewers
    )

    def feedback(employer: str, score: int, comment: str | None) -> None:
        """An employer's score from the console's form, into this session."""
        if not bot.result.session:
            raise ConsoleError("the stream has not started yet")
        bot.store.add_feedback(bot.result.session, employer, score, comment, time.time())

    console = await start_console(
        hub, port=port, token=token, report_url=str(report) if report is not None else None, feedback=feedback
    )
    stack.push_async_callback(console.close)
    print(f"console: {console.url}", flush=True)
    print(f"overlay: {console.overlay_url}", flush=True)
    return hub


def _copy_to_overlay(stack: contextlib.AsyncExitStack, bot: LiveBot, sink: OverlaySink) -> None:
    """Every post the bot makes also goes to the overlay; its acks only count in the console."""
    first = bot.on_post

    def both(post: Post) -> None:
        """The transcript, then the copy for the screen."""
        if first is not None:
            first(post)
        sink.send(post)

    async def counted() -> None:
        """The overlay's outcomes stay in its own status (the console shows them), not the room's."""
        while True:
            ack = await sink.acks.get()
            if not ack.ok:
                log.info("overlay: post %s not shown (%s)", ack.id, ack.reason)

    bot.on_post = both
    task = asyncio.get_running_loop().create_task(counted())
    stack.push_async_callback(_stop, task)


async def _stop(task: asyncio.Task[None]) -> None:
    """Cancel a helper task and wait until it is over."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


@contextlib.contextmanager
def _open(path: Path | None) -> Iterator[IO[bytes] | None]:
    """A file opened for writing, or None."""
    if path is None:
        yield None
        return
    try:
        fh = path.open("wb")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    with fh:
        yield fh


def attach_command(
    url: str,
    catalog: Catalog,
    profile: Profile,
    db: str,
    outputs: Outputs,
    silence: float = SILENCE,
    transport: TransportFactory | None = None,
) -> int:
    """`daigang attach`: connect, run until `end`, report; exit code 0 (`transport`: as for `attach`)."""
    if transport is None:
        check_url(url)
    room = build_room(catalog, profile)
    room.understander.warm()
    store = open_store(db)
    try:
        result = asyncio.run(attach(url, room, catalog, store, outputs, silence=silence, transport=transport))
    finally:
        store.close()
    print(
        f"attached to {url}: {result.comments} comments, {len(result.posts)} posts, "
        f"{result.applications} applications, {result.gaps} reconnects, {result.shed} shed; "
        f"{skipped_summary(result.skipped)}session {result.session} in {db}",
        file=sys.stderr,
    )
    return 0


async def attach_lanes(
    sources: Sequence[tuple[str, TransportFactory]],
    room: LanedRoom,
    catalog: Catalog,
    store: Store,
    outputs: Outputs | None = None,
    *,
    options: LiveOptions | None = None,
    clock: Clock | None = None,
    on_ready: Callable[[LiveBot], None] | None = None,
    tap: Callable[[list[Action], float], None] | None = None,
    after: Callable[[LiveResult], Awaitable[None]] | None = None,
) -> LiveResult:
    """One bot on several sources at once (SPEC §5.7) until every source has ended.

    `sources` names each lane of `room` and what makes its source's client; each client gets its
    lane's port (`bot.runtime.sources`). When a source takes no posts in its chat the console
    starts (on a free port without `outputs.console`) and its overlay shows that lane's posts.
    """
    from bot.runtime.sources import AllSources, laned_bot

    outputs = outputs or Outputs()
    async with contextlib.AsyncExitStack() as stack:
        transcript = stack.enter_context(_open(outputs.transcript))
        record = stack.enter_context(_open(outputs.record))
        bot = LiveBot(
            room.primary,
            store,
            source="+".join(name for name, _ in sources),
            catalog_json=catalog.model_dump_json(),
            clock=clock,
            options=options,
            record=RecordingWriter(record) if record is not None else None,
            tap=tap,
            decide=room.handle,
        )
        bot.on_post = _Transcript(transcript, outputs.echo, bot)
        ports = laned_bot(bot, room)
        transports = [make(ports[name]) for name, make in sources]
        screens = [name for (name, _), t in zip(sources, transports, strict=True) if not _posts_to_chat(t)]
        port = outputs.console
        if port is None and screens:
            port = 0
            print(
                f"{', '.join(screens)} take no posts in the chat: their answers go to the overlay page; "
                "serving the console on a free port",
                file=sys.stderr,
                flush=True,
            )
        if port is not None:
            shared = next(iter(ports.values())).shared
            hub = await _serve_console(stack, bot, port, outputs.report, outputs.token, (room, shared))
            bot.tap = _both(hub.observe, tap)
            bot.overlay = hub.overlay
        if on_ready is not None:
            on_ready(bot)
        result = await run_live(bot, AllSources(transports))
        if after is not None:
            await after(result)
    return result


def _posts_to_chat(transport: Transport) -> bool:
    """Whether a source's client posts into its platform's chat (else to the overlay)."""
    return bool(getattr(transport, "posts_to_chat", True))


def attach_lanes_command(
    sources: Sequence[tuple[str, Profile, TransportFactory]], catalog: Catalog, db: str, outputs: Outputs
) -> int:
    """`daigang attach --source KIND=ARG …`: one bot on every source until all have ended; exit 0."""
    from bot.lanes import LanedRoom
    from bot.spam import SpamFilter, load_blocked
    from bot.understand import Understander
    from catalog.index import CatalogIndex

    understander = Understander(catalog)
    understander.warm()
    room = LanedRoom.build(
        CatalogIndex(catalog), understander, {name: p for name, p, _ in sources}, SpamFilter(load_blocked())
    )
    store = open_store(db)
    try:
        result = asyncio.run(attach_lanes([(n, m) for n, _, m in sources], room, catalog, store, outputs))
    finally:
        store.close()
    print(
        f"attached to {', '.join(n for n, _, _ in sources)}: {result.comments} comments, "
        f"{len(result.posts)} posts, {result.applications} applications; session {result.session} in {db}",
        file=sys.stderr,
    )
    return 0
