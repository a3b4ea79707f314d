"""The room's decisions: merging, staleness, applications, spam, masking, the send budget."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.events import (
    ApplicationMade,
    ApplicationRefused,
    Counted,
    Feature,
    PollCommand,
    PollVote,
    QuestionAnswered,
    QuestionQueued,
)
from bot.profiles import get_profile
from bot.room import RoomConfig
from bot.wiring import build_room
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.room_driver import T0
from tests.room_driver import Driver as RoomDriver


class Driver(RoomDriver):
    """Drives one room; comment ids count up."""

    def say(self, user: str, text: str, at: float, name: str | None = None) -> None:
        """A viewer comments."""
        self.n += 1
        self.comment(f"c-{self.n}", user, name or user, text, at)


@pytest.fixture
def driver(seed_catalog: Catalog) -> Driver:
    """A room on the seed catalogue under the bilibili profile, job J003 featured, card posted."""
    room = build_room(seed_catalog, get_profile("bilibili"))
    d = Driver(room)
    d.send(Feature(T0, "J003"), T0)
    d.run_until(40)
    return d


def test_merged_post_names_several_askers(driver: Driver) -> None:
    """Three viewers asking the pay within a second get one post naming all of them."""
    before = len(driver.posts())
    for i, name in enumerate(["小王", "阿强", "丽丽"]):
        driver.say(f"u{i}", "工资多少", 41 + i * 0.3, name)
    driver.run_until(50)
    new = driver.posts()[before:]
    answers = [p for p in new if p.kind == "answer"]
    assert len(answers) == 1
    post = answers[0]
    assert len(post.reply_to) == 3
    assert all(n in post.text for n in ["小王", "阿强"]) or "等3人" in post.text
    assert "7000-9000" in post.text or "7000" in post.text
    answered = [a for a in driver.actions if isinstance(a, QuestionAnswered)]
    assert len(answered[-1].qids) == 3


def test_stale_answer_dropped(seed_catalog: Catalog) -> None:
    """When the room is paused past the limit, the waiting answer is dropped, not posted late."""
    from bot.events import Pause

    room = build_room(seed_catalog, get_profile("bilibili"), RoomConfig(stale_after=30.0))
    d = Driver(room)
    d.send(Feature(T0, "J003"), T0)
    d.run_until(40)
    d.send(Pause(T0 + 40, True), T0 + 40)
    d.say("u1", "3号宿舍几人间", 41)
    d.run_until(75)
    d.send(Pause(T0 + 75, False), T0 + 75)
    d.run_until(90)
    late = [p for p in d.posts() if p.ts > T0 + 40 and p.kind == "answer"]
    assert late == []
    stale = [a for a in d.actions if isinstance(a, QuestionQueued) and a.reason == "stale"]
    assert stale
    assert stale[0].qids == ("c-1#dorm",)


def test_duplicate_application_not_counted_twice(driver: Driver) -> None:
    """The same viewer applying twice to a job makes one application and one confirmation."""
    driver.say("u9", "报名3", 41, "小张")
    driver.say("u9", "我要报名三号", 44, "小张")
    driver.run_until(60)
    made = [a for a in driver.actions if isinstance(a, ApplicationMade)]
    assert [(a.user_id, a.job) for a in made] == [("u9", "J003")]
    confirmations = [p for p in driver.posts() if p.kind == "apply"]
    assert len(confirmations) == 1
    assert "3号" in confirmations[0].text
    assert any(isinstance(a, Counted) and a.what == "duplicate_application" for a in driver.actions)


def test_under_16_application_refused(driver: Driver) -> None:
    """A viewer who says they are fifteen is not recorded and is told why."""
    driver.say("u7", "报名3 我今年15岁", 41, "小明")
    driver.run_until(60)
    assert not [a for a in driver.actions if isinstance(a, ApplicationMade)]
    refused = [a for a in driver.actions if isinstance(a, ApplicationRefused)]
    assert refused
    assert refused[0].reason == "under_age"
    assert any("十六" in p.text and "小明" in p.text for p in driver.posts())


def test_full_job_is_said_to_be_full(seed_catalog: Catalog) -> None:
    """Applications beyond a job's headcount are refused as full."""
    job = min((j for j in seed_catalog.jobs if j.headcount), key=lambda j: j.headcount or 0)
    assert job.headcount is not None
    assert job.headcount <= 10
    d = Driver(build_room(seed_catalog, get_profile("generic")))
    for i in range(job.headcount + 2):
        d.say(f"a{i}", f"报名{job.number}", 1 + i)
    d.run_until(job.headcount + 20)
    made = [a for a in d.actions if isinstance(a, ApplicationMade)]
    full = [a for a in d.actions if isinstance(a, ApplicationRefused) and a.reason == "full"]
    assert len(made) == job.headcount
    assert len(full) == 2
    assert any("招满" in p.text for p in d.posts())


def test_spam_comment_unanswered(driver: Driver) -> None:
    """A comment advertising a WeChat contact gets no answer and is counted as spam."""
    before = len(driver.posts())
    driver.say("s1", "工资多少 兼职日结加vx abc12345", 41)
    driver.say("s2", "工资高 点这里 http://x.cn/a", 42)
    driver.run_until(60)
    assert driver.posts()[before:] == []
    spam = [a for a in driver.actions if isinstance(a, Counted) and a.what == "spam"]
    assert len(spam) == 2


def test_flooding_viewer_is_spam(driver: Driver) -> None:
    """The same line again and again from one viewer stops being answered."""
    for i in range(8):
        driver.say("f1", "工资多少啊", 41 + i * 0.5)
    spam = [a for a in driver.actions if isinstance(a, Counted) and a.what == "spam"]
    assert len(spam) >= 4


def test_phone_number_in_name_is_masked(driver: Driver) -> None:
    """A viewer named with a phone number is named masked in the post."""
    driver.say("p1", "包住吗", 41, "小李13812345678")
    driver.run_until(60)
    answer = [p for p in driver.posts() if "c-1" in p.reply_to]
    assert answer
    assert "13812345678" not in answer[0].text
    assert "138****5678" in answer[0].text or "小李" in answer[0].text


def test_missing_fact_goes_to_host(seed_catalog: Catalog) -> None:
    """A question whose fact the catalogue lacks is queued for the host and never answered."""
    job = next(j for j in seed_catalog.jobs if j.prospects is None)
    d = Driver(build_room(seed_catalog, get_profile("generic")))
    d.send(Feature(T0, job.id), T0)
    d.run_until(20)
    d.say("q1", "有发展吗 能晋升吗", 21)
    d.run_until(40)
    queued = [a for a in d.actions if isinstance(a, QuestionQueued)]
    assert queued
    assert queued[0].reason == "missing"
    assert queued[0].job == job.id
    assert not [p for p in d.posts() if "c-1" in p.reply_to]


def test_chatter_gets_no_answer(driver: Driver) -> None:
    """666, 哈哈, 主播好 and 绷不住了 make no post."""
    before = len(driver.posts())
    for i, text in enumerate(["666", "哈哈哈哈", "主播好", "绷不住了", "来了来了", "我在昆山"]):
        driver.say(f"x{i}", text, 41 + i)
    driver.run_until(60)
    assert driver.posts()[before:] == []


def test_poll_counts_each_viewer_once(driver: Driver) -> None:
    """The poll is announced and each viewer's first answer counts."""
    driver.send(PollCommand(T0 + 41, True), T0 + 41)
    driver.say("v1", "扣1", 42)
    driver.say("v1", "1", 43)
    driver.say("v2", "2", 44)
    driver.run_until(50)
    votes = [a for a in driver.actions if isinstance(a, PollVote)]
    assert [(v.user_id, v.choice) for v in votes] == [("v1", 1), ("v2", 2)]
    assert any(p.kind == "poll" and "扣1" in p.text for p in driver.posts())


def test_budget_obeyed_in_a_burst(driver: Driver) -> None:
    """Fifty askers of many questions: posts stay within length and interval."""
    texts = ["工资多少", "包住吗", "食堂怎么样", "几点上班", "有五险一金吗", "在哪里", "累不累"]
    for i in range(50):
        driver.say(f"b{i}", texts[i % len(texts)], 41 + i * 0.2)
    driver.run_until(80)
    posts = driver.posts()
    assert all(len(p.text) <= 20 for p in posts)
    gaps = [b.ts - a.ts for a, b in itertools.pairwise(posts)]
    assert min(gaps) >= 3.0


def test_lone_asker_about_to_go_stale_goes_before_a_group_that_can_wait(seed_catalog: Catalog) -> None:
    """A lone asker near the staleness limit is answered before a larger group with time to spare."""
    from bot.events import Pause

    d = Driver(build_room(seed_catalog, get_profile("bilibili")))
    d.send(Feature(T0, "J003"), T0)
    d.run_until(40)
    d.send(Pause(T0 + 40, True), T0 + 40)
    d.say("u1", "宿舍几人间", 41, "小李")
    for i in range(3):
        d.say(f"u{i + 2}", "工资多少", 60 + i * 0.3, f"阿{i}")
    d.run_until(69.5)
    d.send(Pause(T0 + 69.5, False), T0 + 69.5)
    d.run_until(80)
    answers = [p for p in d.posts() if p.ts > T0 + 40 and p.kind == "answer"]
    assert [len(p.reply_to) for p in answers] == [1, 3]
    assert "4人间" in answers[0].text
    assert "小李" in answers[0].text
    assert not [a for a in d.actions if isinstance(a, QuestionQueued) and a.reason == "stale"]


def test_when_not_every_group_can_go_in_time_the_smallest_waits(seed_catalog: Catalog) -> None:
    """Two lone askers and a group of three all near the limit: the group and one lone asker are served."""
    from bot.events import Pause

    d = Driver(build_room(seed_catalog, get_profile("bilibili")))
    d.send(Feature(T0, "J003"), T0)
    d.run_until(40)
    d.send(Pause(T0 + 40, True), T0 + 40)
    d.say("u1", "宿舍几人间", 41, "小李")
    d.say("u2", "1号宿舍几人间", 41.2, "小赵")
    for i in range(3):
        d.say(f"u{i + 3}", "工资多少", 42 + i * 0.1, f"阿{i}")
    d.run_until(69)
    d.send(Pause(T0 + 69, False), T0 + 69)
    d.run_until(80)
    answers = [p for p in d.posts() if p.ts > T0 + 40 and p.kind == "answer"]
    assert [len(p.reply_to) for p in answers] == [1, 3]


def test_a_group_waiting_out_its_cooldown_keeps_its_turn(seed_catalog: Catalog) -> None:
    """Five askers whose answer is cooling down keep the next slot: two askers of one fact go now,
    before one lone asker whose fact would leave no room for the five."""
    from bot.events import Pause

    d = Driver(build_room(seed_catalog, get_profile("bilibili"), RoomConfig(cooldown=28.0)))
    d.send(Feature(T0, "J003"), T0)
    d.run_until(40)
    d.say("u0", "工资多少", 41, "先问")
    d.run_until(42)
    d.send(Pause(T0 + 42.2, True), T0 + 42.2)
    for i in range(5):
        d.say(f"p{i}", "工资多少", 42.5 + i * 0.1, f"阿{i}")
    d.say("s2", "有食堂吗", 42.95, "小赵")
    d.say("s1a", "宿舍几人间", 43.0, "小李")
    d.say("s1b", "宿舍几人间", 43.05, "小王")
    d.run_until(69.5)
    d.send(Pause(T0 + 69.5, False), T0 + 69.5)
    d.run_until(80)
    answers = [p for p in d.posts() if p.ts > T0 + 43 and p.kind == "answer"]
    assert [len(p.reply_to) for p in answers] == [2, 5]
    assert "4人间" in answers[0].text


def test_employer_of_the_job_on_screen_is_answered_about_that_job(driver: Driver) -> None:
    """鼎泰宿舍怎么样 names no single job, but with a 鼎泰 job on screen it is answered about that job."""
    before = len(driver.posts())
    driver.say("e1", "鼎泰宿舍怎么样", 41)
    driver.run_until(60)
    answered = [a for a in driver.actions if isinstance(a, QuestionAnswered)]
    queued = [a for a in driver.actions if isinstance(a, QuestionQueued)]
    assert answered
    assert not queued
    assert [p for p in driver.posts()[before:] if p.kind == "answer"]


def test_whether_the_job_on_screen_still_hires_is_told_how_to_apply(driver: Driver) -> None:
    """CNC还招吗 with the CNC job on screen gets one post: how to apply to it."""
    before = len(driver.posts())
    driver.say("h1", "CNC还招吗", 41)
    driver.run_until(90)
    answers = [p for p in driver.posts()[before:] if p.kind == "answer"]
    assert len(answers) == 1
    assert "报名3" in answers[0].text


def test_a_question_of_legitimacy_put_to_the_streamer_is_answered_from_the_job_on_screen(
    driver: Driver,
) -> None:
    """你们是中介吧 names no job, yet it is answered from the job on screen rather than queued."""
    driver.say("l1", "你们是中介吧", 41)
    driver.run_until(90)
    assert not [a for a in driver.actions if isinstance(a, QuestionQueued)]
    assert [a for a in driver.actions if isinstance(a, QuestionAnswered)]


def test_a_logged_out_account_gets_no_more_posts(seed_catalog: Catalog) -> None:
    """Once the platform says the account is logged out, the room decides no further post: the
    questions after it go to the host as they go stale, and no post is made that cannot be sent."""
    from bot.events import Ack, Comment, Event, Post, Tick, User

    room = build_room(seed_catalog, get_profile("bilibili"))
    made: list[Post] = []

    def feed(event: Event, now: float) -> None:
        for action in room.handle(event, now):
            if isinstance(action, Post):
                made.append(action)

    feed(Feature(T0, "J003"), T0)
    feed(Comment("c-1", T0 + 1, User("u1", "小王"), "工资多少"), T0 + 1)
    first = made[0]
    feed(Ack(T0 + 1.5, first.id, False, "logged_out"), T0 + 1.5)
    for step in range(2, 120):
        feed(Tick(T0 + step), T0 + step)
    feed(Comment("c-2", T0 + 121, User("u2", "阿强"), "包住吗"), T0 + 121)
    for step in range(122, 200):
        feed(Tick(T0 + step), T0 + step)
    assert made == [first]
    assert room.stopped == "logged_out"


def test_an_answer_every_wording_of_which_is_blocked_goes_to_the_host(tmp_path: Path) -> None:
    """报名以后怎么联系 of a job whose way to apply says 加微信: no post (the bot never posts 加微);
    the question waits for the host as `blocked`, not lost."""
    path = tmp_path / "catalog.yaml"
    path.write_text(
        "employers:\n"
        "  - {id: xinzhang, name: 老张班组劳务有限公司, city: 上海}\n"
        "jobs:\n"
        "  - {id: B01, number: 1, employer: xinzhang, title: 钢筋工,\n"
        "     apply: {how: 直播间打 报名1，班组长加微信}}\n",
        encoding="utf-8",
    )
    d = Driver(build_room(load_catalog(path), get_profile("generic")))
    d.send(Feature(T0, "B01"), T0)
    d.run_until(20)
    d.say("q1", "报名以后怎么联系", 21)
    d.run_until(40)
    queued = [a for a in d.actions if isinstance(a, QuestionQueued)]
    assert [q.reason for q in queued] == ["blocked"]
    assert not [p for p in d.posts() if "c-1" in p.reply_to]
