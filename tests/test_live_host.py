"""Host commands reach the live room through the worker, in order with the room's own frames."""

from __future__ import annotations

import itertools
from pathlib import Path

from bot.events import Action, End, Feature, FeatureChanged, Pause, Viewers
from bot.live.attach import Outputs, attach
from bot.platforms.ws.codec import encode_event
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.live import LiveBot, LiveOptions
from bot.store import open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.fakes.fake_room import Script, ScriptedRoom

T0 = 1_763_600_000.0


async def test_host_feature_before_the_stream_starts_applies_at_the_first_frame(
    seed_catalog: Catalog, tmp_path: Path
) -> None:
    """A job featured from the console before any frame is featured at the first one; its card goes out."""
    frames = [encode_event(Viewers(T0 + s, 100 + s)) for s in range(5)] + [encode_event(End(T0 + 5))]
    room = build_room(seed_catalog, get_profile("generic"))
    actions: list[Action] = []

    def ready(bot: LiveBot) -> None:
        """The host features job J003 at once."""
        bot.host(Feature(0.0, "J003"))

    with open_store(str(tmp_path / "host.db")) as store:
        async with ScriptedRoom([Script(frames)]) as fake:
            result = await attach(
                fake.url,
                room,
                seed_catalog,
                store,
                Outputs(),
                options=LiveOptions(idle_after=None),
                retry=Retry(lambda: itertools.repeat(0.0)),
                on_ready=ready,
                tap=lambda batch, now: actions.extend(batch),
            )
    changes = [a for a in actions if isinstance(a, FeatureChanged)]
    assert changes == [FeatureChanged(T0, "J003")]
    cards = [p for p in result.posts if p.kind == "card"]
    assert cards
    assert all(p.job == "J003" for p in cards)
    assert [f["id"] for f in fake.received] == [p.id for p in result.posts]


async def test_paused_bot_keeps_listening_but_posts_nothing(seed_catalog: Catalog, tmp_path: Path) -> None:
    """A pause from the console silences the bot: the feature still counts, no card is posted."""
    frames = [encode_event(Feature(T0, "J001"))]
    frames += [encode_event(Viewers(T0 + s, 100 + s)) for s in range(1, 5)] + [encode_event(End(T0 + 5))]
    room = build_room(seed_catalog, get_profile("generic"))
    actions: list[Action] = []

    def ready(bot: LiveBot) -> None:
        """The host pauses the bot before the stream starts."""
        bot.host(Pause(0.0, True))

    with open_store(str(tmp_path / "pause.db")) as store:
        async with ScriptedRoom([Script(frames)]) as fake:
            result = await attach(
                fake.url,
                room,
                seed_catalog,
                store,
                Outputs(),
                options=LiveOptions(idle_after=None),
                retry=Retry(lambda: itertools.repeat(0.0)),
                on_ready=ready,
                tap=lambda batch, now: actions.extend(batch),
            )
    assert FeatureChanged(T0, "J001") in actions
    assert result.posts == []
    assert fake.received == []
