"""Answers state the facet asked, merge only askers of one fact, stay silent on missing facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.answer.asked import Answerer, Asked
from bot.answer.claims import asked_topics
from bot.answer.compose import mention
from bot.answer.facets import FACETS, facet_in, label
from bot.answer.facts import Fact
from bot.evaluate_answers import AnswerScore, score_answers
from bot.events import Ack, Action, Comment, Feature, Post, QuestionQueued, Tick, User
from bot.profiles import Profile, get_profile
from bot.room import Room
from bot.wiring import build_room
from catalog.index import CatalogIndex
from catalog.load import load_catalog
from catalog.models import Catalog

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "answers"
DEV2 = ROOT / "tests" / "data" / "labelled" / "dev2_catalog.yaml"
DEV3 = ROOT / "tests" / "data" / "labelled" / "dev3_catalog.yaml"
DEV5 = SETS / "dev5_catalog.yaml"
T0 = 1_764_000_000.0
_USED = {"t": T0, "n": 0}
"""Time and comment ids already used on the shared room (a room's clock never goes back)."""


class Stage:
    """A room on a virtual clock that acks every post at once and keeps every action."""

    def __init__(self, room: Room, featured: str) -> None:
        """Feature `featured` and let its card go out."""
        self.room = room
        self.actions: list[Action] = []
        self.t = _USED["t"] + 60.0
        self.first = _USED["n"]
        self.send(Feature(self.t, featured))
        self.wait(40)

    def send(self, event: object) -> None:
        """One event at the current time; posts acked at once."""
        out = self.room.handle(event, self.t)  # type: ignore[arg-type]
        self.actions.extend(out)
        for post in [a for a in out if isinstance(a, Post)]:
            self.actions.extend(self.room.handle(Ack(self.t, post.id, True), self.t))

    def ask(self, text: str, name: str | None = None) -> str:
        """A viewer asks; returns the comment id."""
        _USED["n"] += 1
        n = _USED["n"] - self.first
        cid = f"c{_USED['n']}"
        self.t += 0.1
        self.send(Comment(cid, self.t, User(f"u{_USED['n']}", name or f"观众{n}"), text))
        return cid

    def wait(self, seconds: float) -> None:
        """Ticks every half second."""
        end = self.t + seconds
        while self.t < end:
            self.t += 0.5
            self.send(Tick(self.t))
        _USED["t"] = self.t

    def answers_to(self, cid: str) -> list[str]:
        """The texts of the answers naming one comment."""
        return [
            a.text for a in self.actions if isinstance(a, Post) and cid in a.reply_to and a.kind == "answer"
        ]


@pytest.fixture(scope="module")
def bili(seed_catalog: Catalog) -> Room:
    """One bilibili room for the module's stages (a stage features its own job)."""
    return build_room(seed_catalog, get_profile("bilibili"))


@pytest.mark.parametrize(
    ("job", "question", "said"),
    [
        ("J019", "需要叉车证吗", "需持叉车证"),
        ("J001", "有夫妻房吗", "无夫妻房"),
        ("J016", "有满勤奖吗", "全勤奖200"),
        ("J022", "到嘉兴南站有人接吗", "嘉兴南站接站"),
        ("J001", "宿舍有wifi吗", "宿舍有WiFi"),
        ("J020", "计件还是计时", "计件"),
        ("J001", "有纹身可以吗", "要求无纹身"),
        ("J002", "色盲可以吗", "无色盲"),
        ("J016", "要体检吗", "需体检合格"),
        ("J003", "底薪多少", "底薪2490"),
        ("J003", "几号发工资", "每月20号"),
        ("J001", "上班时间多久", "每天11小时"),
    ],
)
def test_the_fact_asked_is_the_fact_said(bili: Room, job: str, question: str, said: str) -> None:
    """Each question is told its own facet, as a yes/no in words where it asks yes or no."""
    stage = Stage(bili, job)
    cid = stage.ask(question)
    stage.wait(40)
    answers = stage.answers_to(cid)
    assert len(answers) == 1
    assert said in answers[0]
    assert len(answers[0]) <= 20


@pytest.mark.parametrize(
    ("job", "question"),
    [
        ("J001", "有清真窗口吗"),
        ("J001", "有没有年终奖"),
        ("J001", "宿舍能做饭吗"),
        ("J019", "叉车是电动的还是柴油的"),
        ("J003", "早餐管吗"),
        ("J003", "需要叉车证吗"),
    ],
)
def test_a_missing_fact_goes_to_the_host_with_the_words_asked(bili: Room, job: str, question: str) -> None:
    """No fact, no answer: the question is queued as missing, naming what was asked, and not answered."""
    stage = Stage(bili, job)
    cid = stage.ask(question)
    stage.wait(40)
    assert stage.answers_to(cid) == []
    queued = [a for a in stage.actions if isinstance(a, QuestionQueued) and a.qids[0].startswith(cid + "#")]
    assert queued
    assert queued[0].reason == "missing"
    assert queued[0].job == job
    assert queued[0].fact is not None
    assert queued[0].fact != queued[0].intent


def test_a_burst_of_mixed_facets_tells_each_asker_their_own_fact(bili: Room) -> None:
    """Pay askers get the range, the base askers the base, the payday asker the payday: one post each fact."""
    stage = Stage(bili, "J003")
    pay = [stage.ask(t) for t in ("工资多少", "一个月多少钱", "月薪多少")]
    base = [stage.ask(t) for t in ("底薪多少", "底薪多少啊")]
    payday = stage.ask("几号发工资")
    stage.wait(40)
    for cid in pay:
        assert [a for a in stage.answers_to(cid) if "7000-9000" in a and "20号" not in a]
    for cid in base:
        assert [a for a in stage.answers_to(cid) if "2490" in a and "7000" not in a]
    assert [a for a in stage.answers_to(payday) if "20号" in a and "2490" not in a]
    posts = [a for a in stage.actions if isinstance(a, Post) and a.kind == "answer"]
    assert len(posts) == 3


def test_couples_room_on_the_job_on_screen_is_no_search(bili: Room) -> None:
    """有夫妻房吗 about a job whose catalogue says no reads `无夫妻房`, not a list of jobs."""
    stage = Stage(bili, "J001")
    cid = stage.ask("有夫妻房吗")
    stage.wait(30)
    assert stage.answers_to(cid) == ["@观众1 1号普工 无夫妻房"]


def test_names_are_whole_or_left_out() -> None:
    """A name is never cut: all names, the first whole with 等N人, or none."""
    assert mention(["小王", "阿强"], 20) == "@小王 @阿强 "
    assert mention(["打工人小王", "阿强", "丽丽"], 10) == "@打工人小王等3人 "
    assert mention(["打工人小王", "阿强", "丽丽"], 9) == ""
    assert mention(["小"], 2) == ""
    assert mention(["观众小明"], 5) == ""
    assert mention(["观众小明"], 6) == "@观众小明 "


def test_one_facet_table_serves_every_topic() -> None:
    """Every facet belongs to a topic, its key is unique, and it has a label and cue words."""
    keys = [f.key for f in FACETS]
    assert len(keys) == len(set(keys))
    assert all(f.label and f.cues for f in FACETS)
    assert facet_in("pay", "几号发工资") is not None
    assert label("dorm.couples") == "夫妻房"
    assert label("canteen.halal:清真窗口") == "清真"


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("上班时间是几点", "hours.clock"),
        ("工作时间几点到几点", "hours.clock"),
        ("上班时间多久", "hours.daily"),
        ("上班时间几个小时", "hours.daily"),
    ],
)
def test_working_time_asked_with_how_long_asks_the_hours_a_day(question: str, key: str) -> None:
    """上班时间 asks the clock, unless the words ask how long (多久, 几个小时): then the hours a day."""
    facet = facet_in("hours", question)
    assert facet is not None
    assert facet.key == key


def test_under_twenty_characters_only_the_asked_fact(seed_catalog: Catalog) -> None:
    """At 20 characters the answer is the asked fact alone; with room, other facts may follow it."""
    index = CatalogIndex(seed_catalog)
    answerer = Answerer(index)
    job = index.by_id["J003"]
    asked = answerer.asked("pay", job, "底薪多少")
    short = answerer.compose(asked, job, 20)
    long = answerer.compose(asked, job, 100)
    assert max(short.forms, key=len) == "3号CNC操作工 底薪2490"
    assert any(f.startswith("3号CNC操作工 底薪2490 ") for f in long.forms)


def _figures(text: str) -> set[str]:
    """The figures a text states."""
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.fixture(scope="module")
def scores(seed_catalog: Catalog) -> dict[tuple[str, str], AnswerScore]:
    """Every answer set under the bilibili, douyin and generic profiles."""
    catalogs = {
        "seed": seed_catalog,
        "dev2": load_catalog(DEV2),
        "dev3": load_catalog(DEV3),
        "dev5": load_catalog(DEV5),
    }
    out: dict[tuple[str, str], AnswerScore] = {}
    for name, catalog in catalogs.items():
        for part in ("dev", "holdout") if name in ("seed", "dev2") else ("dev",):
            for profile in ("bilibili", "douyin", "generic"):
                out[(f"{name}_{part}", profile)] = score_answers(
                    SETS / f"{name}_{part}.jsonl", catalog, get_profile(profile)
                )
    return out


@pytest.mark.parametrize("profile", ["bilibili", "douyin", "generic"])
@pytest.mark.parametrize("name", ["seed_dev", "dev2_dev", "dev3_dev"])
def test_development_sets_hold_their_floors(
    scores: dict[tuple[str, str], AnswerScore], name: str, profile: str
) -> None:
    """States the fact asked ≥ 95%, silent on missing facts ≥ 5 in 6, no burst asker told another fact."""
    score = scores[(name, profile)]
    assert len(score.outcomes) >= 300
    assert score.stated_share >= 0.95
    assert score.other_share <= 0.02
    assert score.silent_share >= 5 / 6
    assert score.burst_other == 0


@pytest.mark.parametrize("profile", ["bilibili", "douyin", "generic"])
def test_the_recruiters_catalogue_holds_its_floor(
    scores: dict[tuple[str, str], AnswerScore], profile: str
) -> None:
    """On a catalogue written in recruiters' words and questions in dialect: states ≥ 96% (dialect
    the understanding does not read stays unanswered), silent on missing ≥ 5 in 6, no burst asker
    told another fact."""
    score = scores[("dev5_dev", profile)]
    assert len(score.outcomes) >= 250
    assert score.stated_share >= 0.96
    assert score.other_share <= 0.02
    assert score.silent_share >= 5 / 6
    assert score.burst_other == 0


@pytest.mark.parametrize("profile", ["bilibili", "douyin", "generic"])
@pytest.mark.parametrize("name", ["seed_holdout", "dev2_holdout"])
def test_holdout_sets_hold_their_floors(
    scores: dict[tuple[str, str], AnswerScore], name: str, profile: str
) -> None:
    """On ways of asking never tuned on: states the fact ≥ 93%, silent on missing facts ≥ 5 in 6."""
    score = scores[(name, profile)]
    assert score.stated_share >= 0.93
    assert score.silent_share >= 5 / 6


def test_every_figure_told_is_in_the_catalogue(
    scores: dict[tuple[str, str], AnswerScore], seed_catalog: Catalog
) -> None:
    """Each figure an answer states appears in its job's or employer's entry or the stream's FAQ."""
    catalogs = {
        "seed": seed_catalog,
        "dev2": load_catalog(DEV2),
        "dev3": load_catalog(DEV3),
        "dev5": load_catalog(DEV5),
    }
    checked = 0
    for (name, _), score in scores.items():
        catalog = catalogs[name.partition("_")[0]]
        jobs = {str(j.number): j for j in catalog.jobs}
        by_id = {j.id: j for j in catalog.jobs}
        employers = {e.id: e for e in catalog.employers}
        stream = _figures(" ".join(f.a for f in catalog.faq))
        for outcome in score.outcomes:
            for text in outcome.posts:
                body = re.sub(r"@\S+?(?:等\d+人)?\s", "", text)
                head = re.match(r"(\d+)号", body)
                # A fact that fits only without the job's number is of the job on screen.
                assert head is not None or outcome.row.featured in by_id, text
                job = jobs[head.group(1)] if head is not None else by_id[outcome.row.featured or ""]
                allowed = _figures(job.model_dump_json()) | _figures(
                    employers[job.employer].model_dump_json()
                )
                assert _figures(body) <= allowed | stream | {str(job.number)}, text
                checked += 1
    assert checked > 1000


def test_words_of_one_topic_do_not_open_a_second_question() -> None:
    """A topic whose asking words all belong to another topic's facet is left out; two asked topics stay."""
    assert asked_topics(("hours", "pay"), "加班钱怎么算") == ("pay",)
    assert asked_topics(("canteen", "legitimacy"), "吃饭要钱吗") == ("canteen",)
    assert asked_topics(("pay", "dorm"), "工资多少 包住吗") == ("pay", "dorm")
    assert asked_topics(("canteen", "dorm"), "包吃住吗") == ("canteen", "dorm")
    assert asked_topics(("jobs", "pay"), "有工资高的吗") == ("jobs", "pay")
    assert asked_topics(("hours", "pay"), "加班有加班费没") == ("pay",)
    assert asked_topics(("hours", "pay"), "加班给几倍工资") == ("pay",)
    assert asked_topics(("hours", "pay"), "加班多吗 加班费多少") == ("hours", "pay")
    assert asked_topics(("apply", "legitimacy"), "报名要交钱吗") == ("apply",)


def test_two_questions_said_in_one_breath_are_both_asked() -> None:
    """一个月能拿多少钱啊还有就是包不包住, voice input with no stop, asks the pay and the dorm: the
    dorm's 包住 in the later question does not make 多少钱 the price of the dorm."""
    assert asked_topics(("pay", "dorm"), "一个月能拿多少钱啊还有就是包不包住") == ("pay", "dorm")
    assert asked_topics(("pay", "dorm"), "一个月能挣多少钱呀还有包住吗") == ("pay", "dorm")


@pytest.fixture(scope="module")
def dev3_bili() -> Room:
    """A bilibili room on the third development catalogue."""
    return build_room(load_catalog(DEV3), get_profile("bilibili"))


def test_a_burst_whose_words_read_as_two_topics_tells_nobody_another_fact(dev3_bili: Room) -> None:
    """加班钱怎么算 on a job with no overtime rate goes to the host, never told the day's hours;
    吃饭要钱吗 is told the meal price, never the agency fee; the payday asker is told the payday."""
    stage = Stage(dev3_bili, "L03")
    overtime = stage.ask("加班钱怎么算")
    meals = stage.ask("吃饭要钱吗")
    payday = stage.ask("工资每月几号到账")
    stage.wait(40)
    assert stage.answers_to(overtime) == []
    assert [a for a in stage.answers_to(meals) if "免费" in a] == stage.answers_to(meals) != []
    assert [a for a in stage.answers_to(payday) if "每月15号" in a] == stage.answers_to(payday) != []
    queued = [a for a in stage.actions if isinstance(a, QuestionQueued) and a.qids[0].startswith(overtime)]
    assert [q.fact for q in queued] == ["pay.overtime"]


@pytest.mark.parametrize(("question", "said"), [("宿舍几人间", "不包住"), ("食堂一天几餐", "不包吃")])
def test_a_facet_of_a_dorm_or_canteen_that_is_not_there_is_told_so(
    dev3_bili: Room, question: str, said: str
) -> None:
    """Asking about the room or the meals of a job with no dorm or canteen is told there is none."""
    stage = Stage(dev3_bili, "L21")
    cid = stage.ask(question)
    stage.wait(30)
    answers = stage.answers_to(cid)
    assert len(answers) == 1
    assert said in answers[0]


@pytest.fixture(scope="module")
def dev5_bili() -> Room:
    """A bilibili room on the catalogue written in recruiters' words."""
    return build_room(load_catalog(DEV5), get_profile("bilibili"))


def test_money_in_the_recruiters_words_is_said_in_those_words(dev5_bili: Room) -> None:
    """饭卡每月补300，不够自己充 is told as written, never rebuilt into a figure per meal."""
    stage = Stage(dev5_bili, "M09")
    cid = stage.ask("吃饭要钱吗")
    stage.wait(30)
    answers = stage.answers_to(cid)
    assert len(answers) == 1
    assert "饭卡每月补300" in answers[0]
    assert "每餐" not in answers[0]


def test_a_question_the_faq_asks_gets_the_faqs_whole_answer(dev5_bili: Room) -> None:
    """健康证谁出钱, asked as the job's FAQ asks it, is told the recruiter's answer, not a clause of it."""
    stage = Stage(dev5_bili, "M07")
    cid = stage.ask("健康证谁出钱？")
    stage.wait(30)
    assert [a for a in stage.answers_to(cid) if "公司报销" in a] == stage.answers_to(cid) != []


def test_cards_wait_while_a_burst_of_answers_would_go_stale(dev5_bili: Room) -> None:
    """Seven askers of seven facts at 3 s a post: every one is told their fact; the card's pieces
    go out between and after."""
    stage = Stage(dev5_bili, "M03")
    stage.send(Feature(stage.t, "M01"))  # a new card starts with the burst
    asked = {
        "底薪多少": "底薪2100元/月",
        "几号发工资": "每月28号发上月工资",
        "一个月到手多少": "5500-7000",
        "有餐补吗": "每月餐补450元",
        "宿舍几个人": "6人间上下铺",
        "有年终奖吗": "年终奖",
        "休息几天": "做六休一",
    }
    cids = {stage.ask(q): said for q, said in asked.items()}
    stage.wait(60)
    for cid, said in cids.items():
        answers = stage.answers_to(cid)
        assert len(answers) == 1, said
        assert said in answers[0]
    cards = [a for a in stage.actions if isinstance(a, Post) and a.kind == "card" and a.job == "M01"]
    assert len(cards) >= 3


def test_askers_of_one_facet_but_different_facts_get_their_own_posts() -> None:
    """要叉车证吗 and 要电工证吗 are one facet; each asker is told their own certificate."""
    catalog = Catalog.model_validate(
        {
            "employers": [{"id": "e", "name": "测试厂", "city": "苏州"}],
            "jobs": [
                {
                    "id": "J1",
                    "number": 1,
                    "employer": "e",
                    "title": "仓管",
                    "requirements": {"other": ["持叉车证", "持电工证"]},
                }
            ],
        }
    )
    stage = Stage(build_room(catalog, get_profile("bilibili")), "J1")
    fork = stage.ask("要叉车证吗")
    volt = stage.ask("要电工证吗")
    stage.wait(40)
    assert [a for a in stage.answers_to(fork) if "叉车证" in a and "电工证" not in a] == stage.answers_to(
        fork
    )
    assert [a for a in stage.answers_to(volt) if "电工证" in a and "叉车证" not in a] == stage.answers_to(
        volt
    )
    assert stage.answers_to(fork)
    assert stage.answers_to(volt)


def test_a_fact_too_long_for_the_message_is_cut_at_a_clause(seed_catalog: Catalog) -> None:
    """Under 20 characters a long fact goes out whole without the job's number when so it fits,
    else up to the end of a clause, never cut inside one."""
    index = CatalogIndex(seed_catalog)
    answerer = Answerer(index)
    job = index.by_id["J033"]
    fact = Fact("faq", "要，入职前公司统一带去办，费用公司出")
    forms = answerer.compose(Asked("faq:x", (fact,)), job, 20).forms
    assert forms == ("要，入职前公司统一带去办，费用公司出",)
    longer = Fact("faq", "要，入职前公司统一带去办，费用公司出，办好当天报销")
    forms = answerer.compose(Asked("faq:x", (longer,)), job, 20).forms
    assert forms
    assert all(len(f) <= 20 for f in forms)
    assert forms[0] == "33号要，入职前公司统一带去办"


@pytest.mark.parametrize(
    ("text", "topic", "words"),
    [
        ("试用期多久呢", "prospects", ["试用期"]),
        ("有没有工作服发", "duties", ["工作服"]),
        ("工资怎么样", "pay", []),
        ("宿舍环境怎么样", "dorm", []),
    ],
)
def test_a_word_the_general_words_cut_into_is_read_whole(
    seed_catalog: Catalog, text: str, topic: str, words: list[str]
) -> None:
    """试用期 is not lost to 用 nor 工作服 to 工作: the question still asks it; a general one asks nothing."""
    assert Answerer(CatalogIndex(seed_catalog)).leftover(text, topic) == words


def test_leftover_words_are_matched_in_the_topics_own_facts(seed_catalog: Catalog) -> None:
    """不住宿舍有补贴吗 read as pay is never told how far the dorm is (both texts say 宿舍)."""
    index = CatalogIndex(seed_catalog)
    asked = Answerer(index).asked("pay", index.by_id["J009"], "不住宿舍有补贴吗")
    assert asked.missing is not None
    assert asked.lead == ()


def test_what_a_cost_or_an_allowance_is_for_decides_the_topic() -> None:
    """体检要钱吗 asks the check-up's cost (not the agency's fee); 外宿有补贴吗 the dorm's allowance;
    上夜班有补贴吗 pay's night allowance; 中介 keeps the agency question."""
    assert asked_topics(("requirements", "legitimacy"), "体检要钱吗") == ("requirements",)
    assert asked_topics(("dorm", "pay"), "外宿有补贴吗") == ("dorm",)
    assert asked_topics(("hours", "pay"), "技术员上夜班有补贴吗") == ("pay",)
    assert asked_topics(("hours", "pay"), "要上夜班吗 工资多少") == ("hours", "pay")
    assert asked_topics(("apply", "legitimacy"), "是中介吗 报名要交钱吗") == ("apply", "legitimacy")


def test_a_facet_asked_with_words_of_its_own_is_told_the_text_holding_them() -> None:
    """熟手一个月能拿多少 on a piece-rate job is told what the note says a practised hand earns; so is
    一个月能拿多少, since a price a piece is no month's pay and the note gives one."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    index = CatalogIndex(catalog)
    job = next(j for j in catalog.jobs if j.pay is not None and j.pay.note and "熟手" in j.pay.note)
    asked = Answerer(index).asked("pay", job, "熟手一个月能拿多少")
    assert asked.lead
    assert "熟手" in asked.lead[0].text
    plain = Answerer(index).asked("pay", job, "一个月能拿多少")
    assert plain.lead[0].field == "pay.note"
    assert "月入" in plain.lead[0].text


def test_what_something_costs_is_told_only_from_a_text_about_its_cost() -> None:
    """体检要钱吗 is told a text saying what the check-up costs, or goes to the host; never just
    when the check-up is."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    index = CatalogIndex(catalog)
    answerer = Answerer(index)
    for job in catalog.jobs:
        asked = answerer.asked("requirements", job, "体检要钱吗")
        assert asked.missing is not None or any(
            m in asked.lead[0].text for m in ("费", "钱", "元", "报销")
        ), (
            job.id,
            asked,
        )
    said = [answerer.asked("requirements", j, "体检要钱吗") for j in catalog.jobs]
    assert any(a.missing is None for a in said)
    assert any(a.missing is not None for a in said)


def _dev4_answerer() -> tuple[Answerer, CatalogIndex]:
    """The answerer of the catalogue written outside the team."""
    index = CatalogIndex(load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml"))
    return Answerer(index), index


def test_the_first_clause_asks_before_a_later_one() -> None:
    """车位几点下班 晚上要加班吗 asks the hours of the day first, not the overtime of the second clause."""
    assert facet_in("hours", "几点下班 晚上要加班吗") != facet_in("hours", "晚上要加班吗")
    assert facet_in("hours", "晚上要加班吗 几点下班") == facet_in("hours", "晚上要加班吗")


def test_a_short_answer_keeps_the_clause_asked() -> None:
    """Under 20 characters a long note is cut to the clause the words asked: the cost, the electrolyte."""
    answerer, index = _dev4_answerer()
    medical = answerer.asked("requirements", index.by_id["J134"], "体检要钱吗")
    assert any("45元" in form for form in answerer.compose(medical, index.by_id["J134"], 20).forms)
    smell = answerer.asked("duties", index.by_id["J129"], "电解液味道大吗 有毒没")
    assert any("电解液气味" in form for form in answerer.compose(smell, index.by_id["J129"], 20).forms)


def test_two_clauses_of_one_note_are_two_answers() -> None:
    """夜班多少钱一小时 then 能预支生活费吗 on one job: the second asker is told the advance, not the rate."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    score = score_answers_rows(
        catalog,
        [
            {"featured": "J104", "text": "夜班多少钱一小时", "state": ["25"]},
            {"featured": "J104", "text": "刚去没钱能预支生活费不", "state": ["预支"]},
        ],
    )
    assert score.stated_share == 1.0


def catalog_from_yaml(factory: pytest.TempPathFactory, name: str, text: str) -> Catalog:
    """A catalogue written in a test, loaded from a file as the bot loads one."""
    path = factory.mktemp(name) / "catalog.yaml"
    path.write_text(text, encoding="utf-8")
    return load_catalog(path)


def score_answers_rows(
    catalog: Catalog, rows: list[dict[str, object]], profile: Profile | None = None
) -> AnswerScore:
    """An answer set given as rows, scored under `profile` (the bilibili one by default)."""
    import tempfile

    import orjson

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rows.jsonl"
        path.write_bytes(b"\n".join(orjson.dumps(row) for row in rows) + b"\n")
        return score_answers(path, catalog, profile or get_profile("bilibili"))


def score_one(catalog: Catalog, featured: str, text: str, state: list[str] | None) -> AnswerScore:
    """One question asked with `featured` on screen, scored under the bilibili profile."""
    return score_answers_rows(catalog, [{"featured": featured, "text": text, "state": state}])


def answered_as_written(catalog: Catalog, featured: str, text: str, state: list[str] | None) -> bool:
    """Whether one question is told its fact when the catalogue writes it (`state`), or left to the
    host when it does not (`state` None)."""
    score = score_one(catalog, featured, text, state)
    return score.silent_share == 1.0 if state is None else score.stated_share == 1.0


@dataclass(frozen=True)
class Floors:
    """Where the bot stood on a set written on its own catalogue by someone who never saw the code,
    raised as the answers improved."""

    catalog: Path
    questions: int
    stated: dict[str, float]
    """States the fact asked, per profile."""
    silent: float
    told_other: float | None = None
    """The most askers of a fact the catalogue holds who may be told another fact."""
    no_burst_other: bool = False
    """No asker in a burst is told another fact."""


OUTSIDE_SETS = {
    "dev4": Floors(
        ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml",
        300,
        {"bilibili": 0.975, "douyin": 0.975, "generic": 0.98},
        0.96,
    ),
    "dev6": Floors(
        SETS / "dev6_catalog.yaml", 200, {"bilibili": 0.95, "douyin": 0.955, "generic": 0.96}, 0.95
    ),
    "dev7": Floors(
        SETS / "dev7_catalog.yaml",
        250,
        {"bilibili": 0.985, "douyin": 0.985, "generic": 0.985},
        0.96,
        no_burst_other=True,
    ),
    "dev8": Floors(
        SETS / "dev8_catalog.yaml", 300, {"bilibili": 0.94, "douyin": 0.95, "generic": 0.95}, 0.91, 0.03
    ),
    "dev9": Floors(
        SETS / "dev9_catalog.yaml", 300, {"bilibili": 0.915, "douyin": 0.915, "generic": 0.92}, 0.98, 0.035
    ),
}
"""The sets written outside the team: dev4 (mixed-facet bursts), dev6 and dev7 (bursts and single
questions), dev8 (bursts, dialect and voice input), dev9 (slang, pinyin initials, Traditional
characters and bursts; the part of it tuned on, its other part only measured)."""


@pytest.mark.parametrize("profile", ["bilibili", "douyin", "generic"])
@pytest.mark.parametrize("name", sorted(OUTSIDE_SETS))
def test_sets_written_outside_the_team_hold_their_floors(name: str, profile: str) -> None:
    """Each set written on a catalogue of its own outside the team holds its floors."""
    floors = OUTSIDE_SETS[name]
    score = score_answers(SETS / f"{name}_dev.jsonl", load_catalog(floors.catalog), get_profile(profile))
    assert len(score.outcomes) >= floors.questions
    assert score.stated_share >= floors.stated[profile]
    assert score.silent_share >= floors.silent
    if floors.told_other is not None:
        assert score.other_share <= floors.told_other
    if floors.no_burst_other:
        assert score.burst_other == 0


def test_askers_of_one_fact_in_other_words_share_one_post(bili: Room) -> None:
    """包吃吗, 食堂怎么样 and 有食堂吗 are told the same facts: one post names all three."""
    stage = Stage(bili, "J001")
    cids = [stage.ask(t) for t in ("包吃吗", "食堂怎么样", "有食堂吗")]
    stage.wait(40)
    posts = [a for a in stage.actions if isinstance(a, Post) and a.kind == "answer"]
    assert len(posts) == 1
    assert all(cid in posts[0].reply_to for cid in cids)


def test_a_wanted_word_shaped_like_a_field_of_no_section_is_taken_as_words(seed_catalog: Catalog) -> None:
    """`employer.direct_hire` in an answer set names no section of a job: it is words, not a crash."""
    from bot.evaluate_answers import field_words

    job = seed_catalog.jobs[0]
    assert field_words(job, "employer.direct_hire") is None
    assert field_words(job, "pay.nosuchfield") == ()


def test_a_field_of_the_job_itself_is_its_value(seed_catalog: Catalog) -> None:
    """`headcount` or `title` in an answer set is said by the job's own value (招20人 states 20)."""
    from bot.evaluate_answers import field_words

    job = seed_catalog.jobs[0].model_copy(update={"headcount": 20})
    assert field_words(job, "headcount") == ("20",)
    assert field_words(job, "title") == (job.title,)
    assert field_words(job, "nosuchfield") is None


def test_an_employer_field_is_read_from_the_jobs_employer(seed_catalog: Catalog) -> None:
    """`employer.direct_hire` with the job's employer is said as the answers say it (企业直招 / 劳务派遣)."""
    from bot.evaluate_answers import field_words

    job = seed_catalog.jobs[0]
    employer = next(e for e in seed_catalog.employers if e.id == job.employer)
    direct = employer.model_copy(update={"direct_hire": True, "said": ()})
    agency = employer.model_copy(update={"direct_hire": False, "said": ()})
    assert field_words(job, "employer.direct_hire", direct) == ("企业直招",)
    assert field_words(job, "employer.direct_hire", agency) == ("劳务派遣",)
    assert field_words(job, "employer.city", employer) == (employer.city,)
    assert field_words(job, "employer.nosuchfield", employer) is None
