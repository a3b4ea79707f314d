"""One bot on two sources at once: a DouyinBarrageGrab-format feed and the practice room, one room state."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from bot.cli import main
from bot.events import Comment, End, Feature, User
from bot.lanes import LanedRoom
from bot.live.attach import Outputs, attach_lanes
from bot.live.room_server import RoomServer
from bot.platforms.douyin_grab.client import DouyinGrabFeed
from bot.platforms.ws.client import WsFeed
from bot.profiles import get_profile
from bot.report import write_report
from bot.runtime.live import LiveBot, LiveOptions
from bot.runtime.port import BotPort
from bot.spam import SpamFilter, load_blocked
from bot.store import open_store
from bot.understand import Understander
from catalog.index import CatalogIndex
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.fakes.fake_barrage_grab import FakeBarrageGrab
from tests.fakes.tool_frames import douyin_chat, douyin_end, douyin_stats

T0 = 1_732_800_000.0


class Steps:
    """Douyin's messages carry no time: each is stamped two seconds after the one before."""

    def __init__(self) -> None:
        self.t = 1_763_600_000.0

    def __call__(self) -> float:
        """The next time."""
        self.t += 2.0
        return self.t


def _practice_room() -> list[object]:
    """A short practice recording: J003 featured, a question, two applications, the end."""
    return [
        Feature(T0, "J003"),
        Comment("c-1", T0 + 1, User("u-1", "小王"), "工资多少"),
        Comment("c-2", T0 + 2, User("u-1", "小王"), "报名3"),
        Comment("c-3", T0 + 3, User("u-2", "阿强"), "报名3"),
        Comment("c-4", T0 + 30, User("u-3", "路人"), "666"),
        End(T0 + 40),
    ]


async def test_two_sources_one_room_state_report_split(seed_catalog: Catalog, tmp_path: Path) -> None:
    """Applications from both sources are counted once each with their platform; answers go back to their
    own source; viewer 11 on Douyin is not viewer u-1 of the practice room."""
    room = LanedRoom.build(
        CatalogIndex(seed_catalog),
        Understander(seed_catalog),
        {"douyin-grab": get_profile("overlay"), "ws": get_profile("generic")},
        SpamFilter(load_blocked()),
    )
    async with (
        RoomServer(_practice_room(), get_profile("generic"), speed=None, linger=30.0) as practice,
        FakeBarrageGrab() as grab,
    ):

        async def drive(bot: LiveBot) -> None:
            """Douyin's viewers ask and apply (one twice), then Douyin's stream ends."""
            await asyncio.wait_for(grab.connected.wait(), 10)
            await grab.push(
                douyin_stats(1, 300),
                douyin_chat(2, 11, "抖音小李", "3号工资多少"),
                douyin_chat(3, 11, "抖音小李", "报名3"),
                douyin_chat(4, 11, "抖音小李", "报名3"),
                douyin_chat(5, 12, "抖音小张", "报名3"),
                douyin_stats(6, 310),
                douyin_stats(7, 320),
                douyin_end(8),
            )

        driving: list[asyncio.Task[None]] = []

        def ready(bot: LiveBot) -> None:
            """Start Douyin's viewers."""
            driving.append(asyncio.create_task(drive(bot)))

        def douyin(port: BotPort) -> DouyinGrabFeed:
            """The Douyin lane's client."""
            return DouyinGrabFeed(grab.url, port, stamp=Steps())

        def practice_ws(port: BotPort) -> WsFeed:
            """The practice room's lane's client."""
            return WsFeed(practice.url, port)

        with open_store(str(tmp_path / "two.db")) as store:
            result = await asyncio.wait_for(
                attach_lanes(
                    [("douyin-grab", douyin), ("ws", practice_ws)],
                    room,
                    seed_catalog,
                    store,
                    Outputs(),
                    options=LiveOptions(idle_after=None, ack_wait=2.0),
                    on_ready=ready,
                ),
                timeout=40,
            )
            await driving[0]
            records = store.load(result.session)
    paths = write_report(str(tmp_path / "two.db"), tmp_path / "report", result.session)
    assert result.ended
    apps = sorted((a.platform, a.user_id) for a in records.applications)
    assert apps == [
        ("douyin-grab", "douyin-grab:11"),
        ("douyin-grab", "douyin-grab:12"),
        ("ws", "ws:u-1"),
        ("ws", "ws:u-2"),
    ]
    ws_posts = list(practice.verdicts)
    assert ws_posts
    assert all(not v.id.startswith("douyin-grab:") for v in ws_posts)
    answers = [p for p in result.posts if p.kind == "answer"]
    for post in answers:
        lane = post.id.split(":", 1)[0]
        assert all(r.startswith(lane + ":") for r in post.reply_to)
    assert {p.id.split(":", 1)[0] for p in answers} == {"douyin-grab", "ws"}
    split = {row["platform"]: row for row in orjson.loads(paths.json.read_bytes())["platforms"]}
    assert split["douyin-grab"]["applications"] == 2
    assert split["ws"]["applications"] == 2
    assert split["douyin-grab"]["comments"] == 4
    assert split["ws"]["comments"] == 4
    assert split["douyin-grab"]["questions"] >= 1
    assert split["ws"]["answered"] >= 1
    assert "按平台" in paths.markdown.read_text(encoding="utf-8")


def test_bad_source_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--source` with an unknown kind, or a port that is no number: one line naming it, exit 2."""
    catalog = str(SEEDS / "catalog.yaml")
    assert main(["attach", "--catalog", catalog, "--source", "tiktok=1"]) == 2
    assert "--source tiktok=1" in capsys.readouterr().err
    assert main(["attach", "--catalog", catalog, "--source", "wxlivespy=abc"]) == 2
    assert "a port is a number" in capsys.readouterr().err
    assert main(["attach", "ws://127.0.0.1:1", "--catalog", catalog, "--source", "ws=ws://127.0.0.1:2"]) == 2
    assert "--source names every source" in capsys.readouterr().err
