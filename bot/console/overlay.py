"""The overlay sink: posts shown on screen, for platforms where a bot cannot post into the chat.

Douyin, 视频号, Kuaishou and the Bilibili open platform let no bot write in the chat; there the
bot's answers and job cards reach viewers through the overlay page (`/overlay` of the console),
which the host adds to OBS / 直播伴侣 as a browser source. A host on a chat platform may send
answers there too.

The whole API, for whoever routes posts here::

    sink = OverlaySink(CardBook(index))   # one per console (the `Hub` makes one by default)
    sink.send(post)                       # hand a post over; never blocks
    ack = await sink.acks.get()           # each post's `Ack` (again, for a post handed over again)
    sink.feature("J003")                  # the featured job changed (None: none); the hub does it
    sink.hide(True)                       # the host hides the overlay (False: shows it again)
    sink.status()                         # pages connected, hidden, queued, shown / failed

It is a `bot.runtime.sink.PostSink`. A source that cannot post into the chat says so on its
transport (`posts_to_chat = False`); `daigang attach` then serves the console (on a free port if
`--console` is not given) and sets `LiveBot.overlay`, and the transport hands its outbox to it
through `bot.platforms.screen.ScreenPosts` instead of sending it.

An `Ack` is ok only once a connected page has put the post on screen, so "shown" in the report
means seen on screen; otherwise it fails with a reason: `no_overlay` (no page connected),
`hidden`, `stale` (it waited too long behind others), `repeat` (the same words to the same
askers within 30 s),
`unseen` (it left the screen with no page confirming it). The pacing is the `overlay` profile's
(one answer at a time, at least 4 s each) and lives in the pure `Stage`; this class adds the
pages, the clock and the acks. Everything runs on the event loop's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from bot.answer.cards import apply_line, key_facts
from bot.answer.facts import pay_range
from bot.console.stage import Card, Pace, Stage, Verdict
from bot.events import Ack, Post
from bot.privacy import mask
from catalog.index import CatalogIndex

log = logging.getLogger("daigang.overlay")

MAX_PAGE_MESSAGE = 4096
"""The longest message a page may send (its acks are small)."""


class CardBook:
    """The overlay's card of each job, from the catalogue only (a number in a note masked all the same)."""

    def __init__(self, index: CatalogIndex) -> None:
        """Cards of the jobs in `index`."""
        self.index = index
        self._cards: dict[str, Card] = {}

    def __call__(self, job_id: str | None) -> Card | None:
        """The card of `job_id` (None for no job or one the catalogue does not have)."""
        if job_id is None:
            return None
        card = self._cards.get(job_id)
        if card is None:
            job = self.index.by_id.get(job_id)
            if job is None:
                return None
            employer = self.index.employer_of(job)
            card = self._cards[job_id] = Card(
                job=job.id,
                number=job.number,
                employer=mask(employer.aliases[0] if employer.aliases else employer.name),
                title=mask(job.title),
                city=mask(self.index.city_of(job)),
                pay=pay_range(job),
                facts=tuple(mask(fact) for fact in key_facts(job)),
                apply=apply_line(job),
            )
        return card


@dataclass(eq=False)
class PageLink:
    """One connected overlay page: set when the view changed and should be sent to it."""

    changed: asyncio.Event = field(default_factory=asyncio.Event)
    said: int = 0
    bad: int = 0


class OverlaySink:
    """Posts to the overlay pages, paced by a `Stage`, with each post's ack once it is on screen."""

    def __init__(
        self,
        cards: Callable[[str | None], Card | None],
        pace: Pace | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        stamp: Callable[[], float] | None = None,
    ) -> None:
        """`cards` gives a job's card; `clock` paces (wall seconds); `stamp` times the acks (stream time)."""
        self.cards = cards
        self.stage = Stage(pace or Pace())
        self.clock = clock
        self.stamp = stamp or clock
        self.acks: asyncio.Queue[Ack] = asyncio.Queue()
        self.sent = 0
        self._pages: list[PageLink] = []
        self._listeners: list[Callable[[], None]] = []
        self._wake = asyncio.Event()
        self._version = -1

    # ------------------------------------------------------------------ the API

    def send(self, post: Post) -> None:
        """Hand a post over for the screen; its ack comes on `acks` (at once when it cannot be shown)."""
        self.sent += 1
        card = self.cards(post.job) if post.kind == "card" else None
        self._after(self.stage.offer(post, card, self.clock()))

    def feature(self, job_id: str | None) -> None:
        """The featured job changed: show its card (None: no card)."""
        self._after(self.stage.feature(self.cards(job_id)))

    def hide(self, hidden: bool) -> None:
        """Hide the overlay (it shows nothing, posts fail with `hidden`) or show it again."""
        self._after(self.stage.hide(hidden))

    def status(self) -> dict[str, Any]:
        """What the host console shows about the overlay."""
        stage = self.stage
        return {
            "pages": stage.pages,
            "hidden": stage.hidden,
            "queued": stage.queued,
            "sent": self.sent,
            "shown": stage.counts["shown"],
            "failed": stage.counts["failed"],
            "failures": dict(stage.failures),
            "card": stage.card.job if stage.card else None,
        }

    def listen(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after each change of the status; returns the function that stops it."""
        self._listeners.append(callback)

        def stop() -> None:
            """Stop calling `callback`."""
            if callback in self._listeners:
                self._listeners.remove(callback)

        return stop

    # ------------------------------------------------------------------ pages (the console app)

    def open_page(self) -> PageLink:
        """A page has connected: it is sent the view now and after each change."""
        link = PageLink()
        self._pages.append(link)
        self.stage.connected()
        self._after([])
        link.changed.set()
        return link

    def close_page(self, link: PageLink) -> None:
        """A page has gone."""
        if link in self._pages:
            self._pages.remove(link)
            self._after(self.stage.disconnected())

    def page_said(self, link: PageLink, data: str) -> None:
        """A page's message: `{"type": "shown", "version": n, "ids": [...]}` once a view is on its screen."""
        link.said += 1
        message = _shown_message(data)
        if message is None:
            link.bad += 1
            return
        version, ids = message
        self._after(self.stage.shown(ids, version))

    def view(self) -> str:
        """The current view as the JSON text sent to pages."""
        return orjson.dumps(self.stage.view()).decode()

    # ------------------------------------------------------------------ time

    def tick(self) -> None:
        """Let the stage's time pass to the clock's now."""
        self._after(self.stage.advance(self.clock()))

    async def run(self) -> None:
        """Keep the stage's time moving (next answer, stale answers) until cancelled."""
        while True:
            now = self.clock()
            due = self.stage.next_change(now)
            delay = 0.5 if due is None else min(0.5, max(0.02, due - now))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):  # not wait_for: it may swallow a cancellation
                    await self._wake.wait()
            self.tick()

    # ------------------------------------------------------------------ after each change

    def _after(self, verdicts: list[Verdict]) -> None:
        """Send the outcomes as acks, wake the pages on a new view and the listeners on any change."""
        for verdict in verdicts:
            self.acks.put_nowait(Ack(self.stamp(), verdict.post_id, verdict.ok, verdict.reason))
            if not verdict.ok:
                log.debug("overlay: post %s not shown (%s)", verdict.post_id, verdict.reason)
        changed = self.stage.version != self._version
        if changed:
            self._version = self.stage.version
            for link in self._pages:
                link.changed.set()
            self._wake.set()
        if changed or verdicts:
            for callback in list(self._listeners):
                callback()


def _shown_message(data: str) -> tuple[int, list[str]] | None:
    """A page's `shown` message as (version, post ids); None for anything else."""
    if len(data) > MAX_PAGE_MESSAGE:
        return None
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(obj, dict) or obj.get("type") != "shown":
        return None
    version, ids = obj.get("version"), obj.get("ids")
    if isinstance(version, bool) or not isinstance(version, int) or not isinstance(ids, list):
        return None
    if not all(isinstance(i, str) for i in ids):
        return None
    return version, ids
