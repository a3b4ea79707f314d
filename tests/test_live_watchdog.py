"""The silence watchdog: a room that says nothing for too long is taken for dead and connected to again."""

from __future__ import annotations

import itertools
from pathlib import Path

from bot.events import Comment, End, Event, User, Viewers
from bot.live.attach import run_live
from bot.platforms.ws.client import WsFeed
from bot.platforms.ws.codec import encode_event
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions
from bot.store import open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.fakes.fake_room import Script, ScriptedRoom

T0 = 1_763_600_000.0
VIEWER = User("u-1", "小王")


def frames(*events: Event) -> list[str]:
    """Events as the room's frames."""
    return [encode_event(e) for e in events]


async def test_silence_makes_the_bot_reconnect(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A room quiet past the watchdog's limit is dropped; the bot reconnects, skips what it saw, ends."""
    first = Comment("c-1", T0, VIEWER, "工资多少")
    scripts = [
        Script(frames(first, Viewers(T0 + 1, 900)), then="hold"),
        Script(frames(first, Comment("c-2", T0 + 2, VIEWER, "包住吗"), End(T0 + 3)), then="hold"),
    ]
    room = build_room(seed_catalog, get_profile("generic"))
    with open_store(str(tmp_path / "watchdog.db")) as store:
        async with ScriptedRoom(scripts) as fake:
            bot = LiveBot(
                room,
                store,
                source=fake.url,
                catalog_json=seed_catalog.model_dump_json(),
                options=LiveOptions(idle_after=None),
            )
            feed = WsFeed(fake.url, bot, retry=Retry(lambda: itertools.repeat(0.0)), silence=0.2)
            result = await run_live(bot, feed)
        records = store.load(result.session)
        commented = sorted(c.comment_id for c in records.comments)

    assert feed.drops == ["silence"]
    assert feed.connections == fake.connections == 2
    assert result.ended
    assert result.comments == 2
    assert result.duplicates == 1
    assert [(g.start, g.ts, g.reason) for g in records.gaps] == [(T0 + 1, T0 + 2, "silence")]
    assert commented == ["c-1", "c-2"]


async def test_a_room_within_the_limit_keeps_its_connection(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A room that sends everything at once and ends never trips a watchdog of a minute."""
    scripts = [Script(frames(Comment("c-1", T0, VIEWER, "666"), End(T0 + 1)), then="hold")]
    room = build_room(seed_catalog, get_profile("generic"))
    with open_store(str(tmp_path / "calm.db")) as store:
        async with ScriptedRoom(scripts) as fake:
            bot = LiveBot(room, store, source=fake.url, catalog_json=seed_catalog.model_dump_json())
            feed = WsFeed(fake.url, bot, retry=Retry(lambda: itertools.repeat(0.0)))
            result = await run_live(bot, feed)
    assert feed.drops == []
    assert feed.connections == 1
    assert result.ended
    assert result.gaps == 0
