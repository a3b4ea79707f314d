"""Several sources in one room state: answers stay in their lane, applications and the poll are shared."""

from __future__ import annotations

import pytest

from bot.console.hub import Hub
from bot.events import (
    ApplicationMade,
    CommentSeen,
    Counted,
    Event,
    Feature,
    FeatureChanged,
    HostReply,
    PollChanged,
    PollCommand,
    Post,
    QuestionAnswered,
)
from bot.lanes import LanedRoom, lane_id
from bot.profiles import get_profile
from bot.spam import SpamFilter, load_blocked
from bot.understand import Understander
from catalog.index import CatalogIndex
from catalog.models import Catalog
from tests.room_driver import T0, Driver


class Lanes(Driver):
    """Drives a laned room; each comment names its lane."""

    def say(self, lane: str, user: str, text: str, at: float) -> str:
        """A viewer of `lane` comments; the comment's id."""
        self.n += 1
        cid = lane_id(lane, f"c-{self.n}")
        self.comment(cid, lane_id(lane, user), user, text, at)
        return cid

    def posts_of(self, lane: str) -> list[Post]:
        """The posts of one lane."""
        return [p for p in self.posts() if p.id.startswith(lane + ":")]


@pytest.fixture
def lanes(seed_catalog: Catalog) -> Lanes:
    """A Douyin lane on the overlay and a practice-room lane on chat, J003 featured."""
    room = LanedRoom.build(
        CatalogIndex(seed_catalog),
        Understander(seed_catalog),
        {"douyin-grab": get_profile("overlay"), "ws": get_profile("generic")},
        SpamFilter(load_blocked()),
    )
    d = Lanes(room)
    d.send(Feature(T0, "J003"), T0)
    d.run_until(30)
    return d


def test_each_lane_answers_its_own_askers_under_its_profile(lanes: Lanes) -> None:
    """The same question on two platforms: each lane posts once, naming only its own asker."""
    dy = lanes.say("douyin-grab", "u1", "工资多少", 31)
    ws = lanes.say("ws", "u1", "工资多少", 31.2)
    lanes.run_until(60)
    dy_answers = [p for p in lanes.posts_of("douyin-grab") if p.kind == "answer"]
    ws_answers = [p for p in lanes.posts_of("ws") if p.kind == "answer"]
    assert [p.reply_to for p in dy_answers] == [(dy,)]
    assert [p.reply_to for p in ws_answers] == [(ws,)]
    assert all(len(p.text) <= 80 for p in lanes.posts_of("douyin-grab"))
    answered = {q for a in lanes.actions if isinstance(a, QuestionAnswered) for q in a.qids}
    assert {f"{dy}#pay", f"{ws}#pay"} <= answered
    seen = {a.comment_id: a.platform for a in lanes.actions if isinstance(a, CommentSeen)}
    assert seen == {dy: "douyin-grab", ws: "ws"}


def test_cards_and_feature_once_per_lane(lanes: Lanes) -> None:
    """Featuring a job posts its card in every lane but records the change once."""
    assert [p.kind for p in lanes.posts_of("douyin-grab")] == ["card"] * len(lanes.posts_of("douyin-grab"))
    assert lanes.posts_of("douyin-grab")
    assert lanes.posts_of("ws")
    assert len([a for a in lanes.actions if isinstance(a, FeatureChanged)]) == 1
    lanes.send(Feature(T0 + 31, "NOPE"), T0 + 31)
    assert len([a for a in lanes.actions if isinstance(a, Counted) and a.what == "unknown_feature"]) == 1


def test_applications_shared_once_per_viewer_and_platform(lanes: Lanes) -> None:
    """Viewer 7 on each platform applies (twice on one): two applications, each with its platform."""
    lanes.say("douyin-grab", "u7", "报名3", 31)
    lanes.say("douyin-grab", "u7", "报名3", 32)
    lanes.say("ws", "u7", "报名3", 33)
    lanes.run_until(50)
    made = [a for a in lanes.actions if isinstance(a, ApplicationMade)]
    assert sorted((a.user_id, a.platform) for a in made) == [
        ("douyin-grab:u7", "douyin-grab"),
        ("ws:u7", "ws"),
    ]
    assert sum(lanes.room.applications.values()) == 2
    confirmations = {
        p.id.split(":")[0]
        for lane in ("douyin-grab", "ws")
        for p in lanes.posts_of(lane)
        if p.kind == "apply"
    }
    assert confirmations == {"douyin-grab", "ws"}


def test_poll_once_and_host_reply_to_its_lane(lanes: Lanes) -> None:
    """The poll opens once and is posted in each lane; a host reply goes to its askers' lane."""
    lanes.send(PollCommand(T0 + 31, True), T0 + 31)
    assert len([a for a in lanes.actions if isinstance(a, PollChanged)]) == 1
    assert any(p.kind == "poll" for p in lanes.posts_of("douyin-grab"))
    lanes.run_until(40)
    assert any(p.kind == "poll" for p in lanes.posts_of("ws"))
    lanes.say("ws", "u9", "你们老板叫什么名字呀", 41)
    keys = [k for k in lanes.room.host_queue if k.startswith("ws:")]
    assert keys
    before = len(lanes.posts_of("douyin-grab"))
    lanes.send(HostReply(T0 + 45, keys[0], "老板姓王"), T0 + 45)
    lanes.run_until(50)
    assert any("老板姓王" in p.text for p in lanes.posts_of("ws"))
    assert len(lanes.posts_of("douyin-grab")) == before


def test_the_console_shows_every_lanes_queue_and_replies_to_the_askers_lane(lanes: Lanes) -> None:
    """The console over the laned room: both lanes' questions in its queue (keyed by lane), a reply
    posted only in the lane of its askers, and each source's viewers beside their sum."""
    submitted: list[Event] = []
    hub = Hub(
        lanes.room,
        submitted.append,
        lambda: T0 + 45,
        viewers_by_source=lambda: {"douyin-grab": 30, "ws": 12},
    )
    lanes.say("ws", "u9", "你们老板叫什么名字呀", 41)
    lanes.say("douyin-grab", "u8", "你们老板叫什么名字呀", 41.5)
    queue = hub.snapshot()["queue"]
    assert sorted(q["key"].split(":")[0] for q in queue) == ["douyin-grab", "ws"]
    ws_key = next(q["key"] for q in queue if q["key"].startswith("ws:"))
    hub.reply(ws_key, "老板姓王")
    assert [type(e) for e in submitted] == [HostReply]
    before = len(lanes.posts_of("douyin-grab"))
    lanes.send(submitted[0], T0 + 45)
    lanes.run_until(50)
    assert any("老板姓王" in p.text for p in lanes.posts_of("ws"))
    assert len(lanes.posts_of("douyin-grab")) == before
    assert [q["key"].split(":")[0] for q in hub.snapshot()["queue"]] == ["douyin-grab"]
    assert hub.snapshot()["audience"]["viewers_by_source"] == {"douyin-grab": 30, "ws": 12}
