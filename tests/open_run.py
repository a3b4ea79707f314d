"""A run through the live open platform's fake (tests/fakes/fake_bilibili_open.py) in the background.

The fake's wall clock (signatures, danmaku stamps) follows the hand-turned clock the client waits on.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.events import CommentSeen
from bot.live.attach import Outputs, attach
from bot.platforms.bilibili_open.client import OpenKeys, OpenLive, OpenOptions
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions, LiveResult
from bot.store import SessionRecords, open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.fakes.fake_bilibili_open import FakeOpenPlatform
from tests.hand_clock import HandClock


def open_platform(clock: HandClock) -> FakeOpenPlatform:
    """The fake whose wall clock moves with the hand clock."""
    start = time.time() - clock.t
    return FakeOpenPlatform(wall=lambda: start + clock.t)


@dataclass
class Run:
    """What one run over the fake did."""

    result: LiveResult
    live: OpenLive
    records: SessionRecords
    comments: list[CommentSeen] = field(default_factory=list)


@dataclass
class Handle:
    """A run in the background."""

    task: asyncio.Task[LiveResult]
    made: list[OpenLive]
    told: list[str]
    load: object

    async def finish(self) -> Run:
        """Its end and what it stored."""
        result = await asyncio.wait_for(self.task, 15)
        assert callable(self.load)
        records: SessionRecords = self.load(result.session)
        return Run(result, self.made[0], records, list(records.comments))


@contextlib.asynccontextmanager
async def running(
    catalog: Catalog, db: Path, clock: HandClock, options: OpenOptions, backoff: float = 0.0
) -> AsyncIterator[Handle]:
    """Attach a bot through the open platform in the background (`backoff`: each retry's wait)."""
    made: list[OpenLive] = []
    told: list[str] = []

    def make(bot: LiveBot) -> OpenLive:
        """The open platform's loop for `bot`."""
        live = OpenLive(options, bot, retry=Retry(lambda: itertools.repeat(backoff)), tell=told.append)
        made.append(live)
        return live

    room = build_room(catalog, get_profile("overlay"))
    with open_store(str(db)) as store:
        task = asyncio.create_task(
            attach(
                "bilibili-open:test",
                room,
                catalog,
                store,
                Outputs(),
                options=LiveOptions(idle_after=0.5, ack_wait=5.0),
                clock=clock,
                transport=make,
            )
        )
        try:
            yield Handle(task, made, told, store.load)
        finally:
            if not task.done():
                task.cancel()
                await asyncio.wait({task})


def comments_taken(handle: Handle) -> int:
    """How many comments the bot has taken so far."""
    bot = handle.made[0].bot
    assert isinstance(bot, LiveBot)
    return bot.runner.comments


def options_of(fake: FakeOpenPlatform, **more: object) -> OpenOptions:
    """The fake's app and host code, every request to the fake."""
    keys = OpenKeys(fake.key_id, fake.secret, fake.app_id)
    return OpenOptions(fake.code, keys, api_url=fake.base_url, **more)  # type: ignore[arg-type]
