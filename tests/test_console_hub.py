"""The console's hub on a real room over the seed catalogue: snapshot, tallies and host commands."""

from __future__ import annotations

import pytest

from bot.console.hub import ConsoleError, Hub
from bot.events import (
    Ack,
    Comment,
    End,
    Event,
    Feature,
    HostReply,
    Pause,
    PollCommand,
    Post,
    Tick,
    User,
    Viewers,
)
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.models import Catalog

T0 = 1_763_600_400.0


class Stream:
    """A worker of the attach shell's shape: handle an event, then let the hub observe, on a set clock."""

    def __init__(self, catalog: Catalog, profile: str = "generic") -> None:
        """A room on `catalog` and a hub over it, on a clock the test sets."""
        self.room = build_room(catalog, get_profile(profile))
        self.now = T0
        self.submitted: list[Event] = []
        self.posts: list[Post] = []
        self.hub = Hub(self.room, self.submitted.append, lambda: self.now)
        self.n = 0

    def send(self, event: Event, at: float | None = None) -> list[Post]:
        """Handle one event at `T0 + at` (or now) and return the posts it made."""
        if at is not None:
            self.now = T0 + at
        out = self.room.handle(event, self.now)
        self.hub.observe(out, self.now)
        posts = [a for a in out if isinstance(a, Post)]
        self.posts.extend(posts)
        return posts

    def drain(self) -> list[Post]:
        """Handle what the console submitted, in order."""
        made: list[Post] = []
        while self.submitted:
            made.extend(self.send(self.submitted.pop(0)))
        return made

    def say(self, user: str, text: str, at: float, name: str | None = None) -> list[Post]:
        """A viewer comments at `T0 + at`."""
        self.n += 1
        return self.send(Comment(f"c-{self.n}", T0 + at, User(user, name or user), text), at)

    def ack(self, post: Post, ok: bool = True, reason: str | None = None) -> None:
        """The platform's verdict on a post."""
        self.send(Ack(self.now, post.id, ok, reason))

    def tick_until(self, at: float) -> list[Post]:
        """Ticks every half second up to `T0 + at`, acking every post at once."""
        made: list[Post] = []
        while self.now < T0 + at:
            for post in self.send(Tick(self.now + 0.5), self.now + 0.5 - T0):
                made.append(post)
                self.ack(post)
        return made


@pytest.fixture
def stream(seed_catalog: Catalog) -> Stream:
    """A fresh room and hub on the seed catalogue."""
    return Stream(seed_catalog)


def test_feature_goes_through_submit_and_shows_with_its_card(stream: Stream) -> None:
    """Featuring a job submits a Feature event; once handled the snapshot shows it and its card post."""
    stream.hub.feature("J003")
    assert stream.submitted == [Feature(T0, "J003")]
    posts = stream.drain()
    snap = stream.hub.snapshot()
    assert snap["featured"]["id"] == "J003"
    assert snap["featured"]["number"] == 3
    assert [j["id"] for j in snap["jobs"]] == sorted(
        (j.id for j in stream.room.index.catalog.jobs), key=lambda i: stream.room.index.by_id[i].number
    )
    assert posts
    assert posts[0].kind == "card"
    assert posts[0].job == "J003"
    assert snap["posts"]["log"][0]["id"] == posts[-1].id
    assert snap["posts"]["log"][-1]["status"] == "pending"


def test_feature_of_an_unknown_job_is_refused(stream: Stream) -> None:
    """A job id not in the catalogue never reaches the room."""
    with pytest.raises(ConsoleError):
        stream.hub.feature("J999")
    assert stream.submitted == []


def test_question_board_counts_waiting_askers_then_the_answer(stream: Stream) -> None:
    """Two askers of 3号's pay wait on one board row; after the post the row shows the bot's answer."""
    stream.send(Feature(T0, "J001"), 0)
    stream.tick_until(10)
    stream.say("u1", "3号工资多少", 10.1)
    stream.say("u2", "3号一个月多少钱", 10.2)
    row = next(r for r in stream.hub.snapshot()["board"] if r["intent"] == "pay" and r["job"] == "J003")
    assert (row["waiting"], row["asked"], row["answered"], row["answer"]) == (2, 2, 0, None)
    made = stream.tick_until(15)
    answer = next(p for p in made if p.kind == "answer" and p.job == "J003")
    row = next(r for r in stream.hub.snapshot()["board"] if r["intent"] == "pay" and r["job"] == "J003")
    assert (row["waiting"], row["asked"], row["answered"]) == (0, 2, 2)
    assert row["answer"] == answer.text
    assert row["intent_label"] == "工资待遇"


def test_host_queue_item_is_shown_and_answered_by_the_host(stream: Stream) -> None:
    """A question the catalogue cannot answer appears with its askers; the host's reply names them."""
    job = next(j for j in stream.room.index.catalog.jobs if j.prospects is None)
    stream.send(Feature(T0, job.id), 0)
    stream.tick_until(10)
    stream.say("u1", f"{job.number}号有发展吗", 10.1, name="小王")
    stream.say("u2", f"{job.number}号能晋升吗", 10.3, name="阿强")
    queue = stream.hub.snapshot()["queue"]
    assert len(queue) == 1
    item = queue[0]
    assert (item["job"], item["intent"], item["reason"], item["askers"]) == (
        job.id,
        "prospects",
        "missing",
        2,
    )
    assert item["names"] == ["小王", "阿强"]
    assert item["sample"] == f"{job.number}号有发展吗"
    stream.hub.reply(item["key"], "  干得好半年可以升组长  ")
    assert stream.submitted == [HostReply(stream.now, item["key"], "干得好半年可以升组长")]
    stream.drain()
    made = stream.posts + stream.tick_until(15)
    host = [p for p in made if p.kind == "host"]
    assert host
    assert "@小王" in host[0].text
    assert "@阿强" in host[0].text
    snap = stream.hub.snapshot()
    assert snap["queue"] == []
    assert snap["host_answers"][0]["text"] == "干得好半年可以升组长"
    assert snap["host_answers"][0]["askers"] == 2


def test_reply_refuses_an_empty_answer_or_a_question_no_longer_waiting(stream: Stream) -> None:
    """The hub checks the host's answer before it reaches the room."""
    job = next(j for j in stream.room.index.catalog.jobs if j.prospects is None)
    stream.send(Feature(T0, job.id), 0)
    stream.say("u1", f"{job.number}号有发展吗", 2)
    key = stream.hub.snapshot()["queue"][0]["key"]
    with pytest.raises(ConsoleError):
        stream.hub.reply(key, "   ")
    with pytest.raises(ConsoleError):
        stream.hub.reply("nobody:asked", "有")
    with pytest.raises(ConsoleError):
        stream.hub.reply(key, "长" * 201)
    assert stream.submitted == []


def test_applications_are_counted_per_job(stream: Stream) -> None:
    """Applications show per job with the latest applicants."""
    stream.send(Feature(T0, "J003"), 0)
    stream.say("u1", "报名3", 1, name="小王")
    stream.say("u2", "报名3", 2, name="小李")
    stream.say("u3", "报名1", 3, name="阿强")
    apps = stream.hub.snapshot()["applications"]
    assert apps["total"] == 3
    assert [(r["job"], r["count"]) for r in apps["by_job"]] == [("J003", 2), ("J001", 1)]
    assert [a["name"] for a in apps["recent"]] == ["阿强", "小李", "小王"]
    assert stream.hub.snapshot()["featured"]["applications"] == 2


def test_post_log_records_each_ack(stream: Stream) -> None:
    """A post shows as shown, rejected with its reason, or silently dropped when no ack comes."""
    stream.send(Feature(T0, "J001"), 0)
    first = stream.posts[-1]
    stream.ack(first)
    stream.send(Feature(T0 + 70, "J002"), 70)
    second = stream.posts[-1]
    stream.ack(second, ok=False, reason="too_fast")
    stream.send(Feature(T0 + 140, "J003"), 140)
    third = stream.posts[-1]
    stream.send(Tick(T0 + 160), 160)
    log = {p["id"]: p for p in stream.hub.snapshot()["posts"]["log"]}
    assert log[first.id]["status"] == "shown"
    assert (log[second.id]["status"], log[second.id]["reason"]) == ("rejected", "too_fast")
    assert log[third.id]["status"] == "dropped"
    counts = stream.hub.snapshot()["posts"]["counts"]
    assert counts["shown"] == 1
    assert counts["rejected"] == 1
    assert counts["dropped"] >= 1


def test_poll_and_pause_commands(stream: Stream) -> None:
    """The poll opens and counts votes; pause silences the room and shows in the snapshot."""
    stream.hub.poll(True)
    stream.drain()
    stream.tick_until(3)
    stream.say("u1", "1", 4)
    stream.say("u2", "扣2", 5)
    stream.say("u3", "11", 6)
    poll = stream.hub.snapshot()["poll"]
    assert (poll["open"], poll["satisfied"], poll["unsatisfied"]) == (True, 2, 1)
    stream.hub.poll(False)
    stream.hub.pause(True)
    assert [type(e) for e in stream.submitted] == [PollCommand, Pause]
    stream.drain()
    snap = stream.hub.snapshot()
    assert snap["poll"]["open"] is False
    assert snap["poll"]["total"] == 3
    assert snap["paused"] is True


def test_listeners_hear_changes_without_actions_and_can_stop(stream: Stream) -> None:
    """A pause changes no action yet wakes the listeners; a stopped listener hears nothing more."""
    heard: list[int] = []
    stop = stream.hub.listen(lambda: heard.append(stream.hub.version))
    stream.send(Pause(T0, True), 0)
    assert heard == [1]
    stream.send(Tick(T0 + 1), 1)
    assert heard == [1]
    stop()
    stream.send(Pause(T0 + 2, False), 2)
    assert heard == [1]


def test_audience_figures_and_the_end(stream: Stream) -> None:
    """Viewers, comments per minute and the end of the stream reach the snapshot."""
    stream.send(Viewers(T0, 1234), 0)
    for i in range(5):
        stream.say(f"u{i}", "666", 10 + i)
    stream.say("u9", "来了", 65)
    audience = stream.hub.snapshot()["audience"]
    assert audience["viewers"] == 1234
    assert audience["comments_per_min"] == 6
    assert audience["comments_total"] == 6
    assert [m["comments"] for m in audience["series"]][-2:] == [5, 1]
    stream.send(End(T0 + 200), 200)
    snap = stream.hub.snapshot()
    assert snap["ended"] is True
    assert snap["audience"]["comments_per_min"] == 0
