"""A Bilibili run against the strict fake (tests/fakes/fake_bilibili_strict.py) in the background.

The fake's rate limits, its `wts` check and its danmaku stamps read the same hand-turned clock
as the client; what the client tells the host is kept on the handle.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.events import CommentSeen, Post
from bot.live.attach import Outputs, attach
from bot.platforms.bilibili.client import BilibiliLive, BilibiliOptions, room_page
from bot.platforms.bilibili.cookies import BilibiliCookie
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.store import SessionRecords, open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.fakes.fake_bilibili_strict import StrictBilibili
from tests.hand_clock import HandClock


def strict(clock: HandClock, **more: Any) -> StrictBilibili:
    """The strict fake on the hand clock: its rate limits, its `wts` check and its danmaku stamps."""
    start = time.time() - clock.t
    return StrictBilibili(mono=clock.now, wall=lambda: start + clock.t, **more)


def cookie_of(fake: StrictBilibili) -> BilibiliCookie:
    """The fake's account, as its cookie file would give it (no buvid3: the client fetches one)."""
    return BilibiliCookie(f"SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={fake.uid}")


@dataclass
class Run:
    """One run: what the bot did, its loop, the store's rows, the lines told to the host."""

    result: LiveResult
    live: BilibiliLive
    records: SessionRecords
    told: list[str] = field(default_factory=list)
    comments: list[CommentSeen] = field(default_factory=list)

    @property
    def posts(self) -> list[Post]:
        """The transcript."""
        return self.result.posts


@dataclass
class Handle:
    """A run in the background: the lines told to the host so far, and its end."""

    task: asyncio.Task[LiveResult]
    store_load: Callable[[str], SessionRecords]
    told: list[str] = field(default_factory=list)
    made: list[BilibiliLive] = field(default_factory=list)
    news: asyncio.Event = field(default_factory=asyncio.Event)

    def tell(self, line: str) -> None:
        """What the client tells the host."""
        self.told.append(line)
        self.news.set()

    async def hear(self, words: str, within: float = 10.0) -> None:
        """Wait until the host has been told something with these words."""
        async with asyncio.timeout(within):
            while not self.heard(words):
                self.news.clear()
                await self.news.wait()

    async def finish(self) -> Run:
        """The run's end, and what it stored."""
        result = await asyncio.wait_for(self.task, 15)
        records = self.store_load(result.session)
        return Run(result, self.made[0], records, self.told, list(records.comments))

    def heard(self, words: str) -> bool:
        """Whether the host has been told something with these words."""
        return any(words in line for line in self.told)


@contextlib.asynccontextmanager
async def running(
    catalog: Catalog,
    db: Path,
    clock: HandClock,
    options: BilibiliOptions,
    outputs: Outputs | None = None,
    max_chars: int | None = None,
) -> AsyncIterator[Handle]:
    """Attach a bot to the fake in the background (`outputs`: the console, when a test wants one;
    `max_chars`: a length limit the host gave)."""
    handle: Handle | None = None

    def make(bot: LiveBot) -> BilibiliLive:
        """The Bilibili loop for `bot`, reconnecting at once, telling the host through the handle."""
        assert handle is not None
        live = BilibiliLive(options, bot, retry=Retry(lambda: iter([0.0] * 100)), tell=handle.tell)
        handle.made.append(live)
        return live

    room = build_room(catalog, get_profile("bilibili", max_chars))
    with open_store(str(db)) as store:
        task = asyncio.create_task(
            attach(
                room_page(options.room_id),
                room,
                catalog,
                store,
                outputs or Outputs(),
                options=LiveOptions(idle_after=0.5, ack_wait=5.0),
                clock=clock,
                transport=make,
            )
        )
        handle = Handle(task, store.load)
        try:
            yield handle
        finally:
            if not task.done():
                task.cancel()
                await asyncio.wait({task})


def options_for(fake: StrictBilibili, **more: object) -> BilibiliOptions:
    """The fake's account in its room, by the short id, every request to the fake."""
    return BilibiliOptions(fake.short_id, cookie=cookie_of(fake), api_url=fake.base_url, **more)  # type: ignore[arg-type]
