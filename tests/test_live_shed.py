"""A worker that falls behind: the full queue sheds chatter, counts it, and never loses an application."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.events import Action, ApplicationMade, Comment, CommentSeen, End, User
from bot.profiles import get_profile
from bot.runtime.live import LiveBot, LiveOptions
from bot.store import open_store
from bot.wiring import build_room
from catalog.models import Catalog

T0 = 1_763_600_000.0


def comment(n: int, text: str) -> Comment:
    """Comment number `n`, each from its own viewer, a tenth of a second apart."""
    return Comment(f"c-{n}", T0 + n / 10, User(f"u-{n}", f"观众{n}"), text)


async def test_full_queue_sheds_chatter_never_applications(seed_catalog: Catalog, tmp_path: Path) -> None:
    """Five places, ten comments before the worker starts: four chatter lines shed, five applications kept."""
    room = build_room(seed_catalog, get_profile("generic"))
    actions: list[Action] = []
    texts = ["报名1", "666", "哈哈哈", "3号工资多少", "来了", "主播好", "报名3", "报名5", "报名7", "报名9"]
    with open_store(str(tmp_path / "shed.db")) as store:
        bot = LiveBot(
            room,
            store,
            source="ws://127.0.0.1:1",
            catalog_json=seed_catalog.model_dump_json(),
            options=LiveOptions(queue_size=5, ack_wait=0.0, idle_after=None),
            tap=lambda batch, now: actions.extend(batch),
        )
        for n, text in enumerate(texts[:9], start=1):
            await bot.receive(comment(n, text))
        assert len(bot.queue) == 5
        last = asyncio.create_task(bot.receive(comment(10, texts[9])))
        await asyncio.sleep(0)
        assert not last.done(), "an application waits for room rather than being shed"
        worker = asyncio.create_task(bot.run())
        await last
        await bot.receive(End(T0 + 5))
        result = await worker
        shed = [c for c in store.load(result.session).counters if c.what == "shed"]

    seen = sorted(a.comment_id for a in actions if isinstance(a, CommentSeen))
    assert seen == sorted(["c-1", "c-4", "c-7", "c-8", "c-9", "c-10"])
    applied = sorted(a.comment_id for a in actions if isinstance(a, ApplicationMade))
    assert applied == sorted(["c-1", "c-7", "c-8", "c-9", "c-10"])
    assert result.applications == 5
    assert result.shed == 4
    assert sum(c.n for c in shed) == 4
