"""The overlay sink without a browser: outcomes when no page is there, and what pages may say."""

from __future__ import annotations

import asyncio

from bot.console.hub import Hub
from bot.console.overlay import CardBook, OverlaySink
from bot.events import Ack, Event, Feature, Post
from bot.platforms.screen import ScreenPosts, serve_screen
from bot.platforms.ws.codec import encode_post
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.index import CatalogIndex
from catalog.models import Catalog


def _sink(catalog: Catalog) -> OverlaySink:
    """A sink on the seed catalogue, its clock held at zero."""
    return OverlaySink(CardBook(CatalogIndex(catalog)), clock=lambda: 0.0, stamp=lambda: 42.0)


async def test_a_screen_platforms_outbox_reaches_the_sink_and_its_acks_come_back(
    seed_catalog: Catalog,
) -> None:
    """Outbox frames carried by `ScreenPosts` come back as acks; with no page connected, `no_overlay`."""
    sink = _sink(seed_catalog)
    frames: asyncio.Queue[str] = asyncio.Queue()
    acks: list[Event] = []
    done = asyncio.Event()

    async def receive(ack: Event) -> None:
        """What the live bot's receive would get."""
        acks.append(ack)
        if len(acks) == 2:
            done.set()

    screen = ScreenPosts(sink, receive, lambda: 1.0)
    serving = asyncio.create_task(serve_screen(frames, screen, asyncio.Event()))
    frames.put_nowait(encode_post(Post(1.0, "p-1", "answer", "@小王 3号包住")))
    frames.put_nowait(encode_post(Post(1.0, "p-2", "card", "【3号】鼎泰 CNC操作工", "J003")))
    async with asyncio.timeout(5):
        await done.wait()
    serving.cancel()
    assert acks == [Ack(42.0, "p-1", False, "no_overlay"), Ack(42.0, "p-2", False, "no_overlay")]
    assert sink.status()["failures"] == {"no_overlay": 2}


def test_a_page_confirms_only_what_it_was_shown(seed_catalog: Catalog) -> None:
    """A page's malformed message is counted; a confirmation of another version or id settles nothing."""
    sink = _sink(seed_catalog)
    link = sink.open_page()
    sink.send(Post(1.0, "p-1", "answer", "@小王 3号包住"))
    version = sink.stage.version
    for bad in ("not json", "[]", '{"type": "shown", "version": "1", "ids": []}', "x" * 5000):
        sink.page_said(link, bad)
    sink.page_said(link, f'{{"type": "shown", "version": {version - 1}, "ids": ["p-1"]}}')
    sink.page_said(link, f'{{"type": "shown", "version": {version}, "ids": ["p-9"]}}')
    assert link.bad == 4
    assert sink.acks.empty()
    sink.page_said(link, f'{{"type": "shown", "version": {version}, "ids": ["p-1"]}}')
    assert sink.acks.get_nowait() == Ack(42.0, "p-1", True)
    sink.close_page(link)
    assert sink.status()["pages"] == 0


def test_the_card_comes_from_the_catalogue(seed_catalog: Catalog) -> None:
    """A job's card holds the catalogue's number, title, city, pay; an unknown job has none."""
    book = CardBook(CatalogIndex(seed_catalog))
    card = book("J003")
    assert card is not None
    assert (card.number, card.title, card.city) == (3, "CNC操作工", "苏州")
    assert card.pay == "7000-9000/月"
    assert card.apply == "报名发:报名3"
    assert book("J999") is None
    assert book(None) is None


def test_the_hub_keeps_the_card_on_the_featured_job_and_hides_the_overlay(seed_catalog: Catalog) -> None:
    """The hub shows the overlay's status, moves its card with the featured job and hides it on command."""
    room = build_room(seed_catalog, get_profile("overlay"))
    hub = Hub(room, lambda event: None, lambda: 100.0)
    link = hub.overlay.open_page()
    hub.observe(room.handle(Feature(100.0, "J005"), 100.0), 100.0)
    status = hub.snapshot()["overlay"]
    assert (status["pages"], status["hidden"], status["card"]) == (1, False, "J005")
    before = hub.version
    hub.hide_overlay(True)
    assert hub.version > before
    assert hub.snapshot()["overlay"]["hidden"] is True
    assert '"hidden":true' in hub.overlay.view()
    assert '"card":null' in hub.overlay.view()
    hub.overlay.close_page(link)
    assert hub.snapshot()["overlay"]["pages"] == 0
