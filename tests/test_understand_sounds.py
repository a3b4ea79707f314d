"""Known words typed with one character of the same sound (夫七房, 建康证, 空条, 包名), read as meant;
real words that only sound alike (面食, 店长, 五休二, 宿舍里) left as they are."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from bot.understand.sounds import SoundAlikes, core_words
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

KITCHEN = """\
employers:
  - id: yueting
    name: 厦门悦庭酒店管理有限公司
    aliases: [悦庭]
    city: 厦门
jobs:
  - id: K01
    number: 1
    employer: yueting
    title: 客房服务员
    dorm: {provided: true, room: 6人间, amenities: [空调, 热水器], couples: false}
    requirements: {age_min: 18, age_max: 45, other: [要健康证, 无明显纹身]}
  - id: K04
    number: 4
    employer: yueting
    title: 叉车司机
    requirements: {age_min: 20, age_max: 50, other: [持叉车证]}
    hours: {shift: 做六休一, rest: 月休4天}
  - id: K09
    number: 9
    employer: yueting
    title: 火锅店服务员
    prospects: {path: 服务员-领班-店长}
"""


@pytest.fixture(scope="module")
def kitchen(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A hotel's room attendant, forklift driver and hotpot waiter."""
    return catalog_from_yaml(tmp_path_factory, "kitchen", KITCHEN)


@pytest.fixture(scope="module")
def understander(kitchen: Catalog) -> Understander:
    """An understander over that catalogue."""
    return Understander(kitchen)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("K01", "有夫七房不", ["无夫妻房"]),
        ("K01", "要建康证吗", ["健康证"]),
        ("K01", "宿舍有空条没", ["空调"]),
        ("K04", "要差车证不", ["叉车证"]),
        ("K01", "手上有个小闻身行不行", ["纹身"]),
    ],
)
def test_a_slip_of_sound_is_answered_as_meant(
    kitchen: Catalog, job: str, text: str, state: list[str]
) -> None:
    """A known word typed with one character of the same sound is told the fact it asks."""
    assert score_one(kitchen, job, text, state).stated_share == 1.0


def test_a_character_opening_a_word_of_its_own_is_no_slip() -> None:
    """离工地 holds no 力工: 工 opens 工地, a word of its own, so 离 is no slip for 力."""
    readings = {"离": "li", "力": "li", "工": "gong", "地": "di", "远": "yuan"}
    table = SoundAlikes(["力工"], lambda w: [readings[c] for c in w], readings.get)
    assert table.fix("离工地远", lambda w: 500 if w == "工地" else 0) is None
    assert table.fix("离工远", lambda _: 0) == ("力工远", ("力工",))


def test_an_application_typed_by_sound_is_taken(understander: Understander) -> None:
    """包名1 applies to job 1 as 报名1 does."""
    result = understander.understand("包名1", "K04")
    assert (result.intents, result.job, result.apply_command) == (("apply",), "K01", True)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("面食好吃吗", ("canteen",)),  # a dish, not an interview
        ("能当店长不", ("prospects",)),  # 店长 holds 长: no 涨不 (a raise) read into it
        ("做六休一还是做五休二", ("hours",)),  # a numeral is no slip for 午 (午休)
        ("宿舍里有空调吗", ("dorm",)),  # in the dorm, not how far it is
    ],
)
def test_words_that_only_sound_alike_stay(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """A real word, or a character that belongs with its neighbour, is not read as a slip."""
    assert understander.understand(text, "K09").intents[:1] == intents


def test_the_table_finds_one_slip_and_no_more() -> None:
    """A run differing from a known word in one character of the same reading is mended; the word
    itself, a run differing in two and a run that is a word of its own are not."""
    readings = {"夫": "fu", "妻": "qi", "七": "qi", "房": "fang", "方": "fang", "福": "fu", "气": "qi"}
    table = SoundAlikes(["夫妻房"], lambda w: [readings[c] for c in w], readings.get)
    assert table.fix("有夫七房吗", lambda _: 0) == ("有夫妻房吗", ("夫妻房",))
    assert table.fix("有夫妻房吗", lambda _: 0) is None
    assert table.fix("有福七方吗", lambda _: 0) is None
    assert table.fix("有夫七房吗", lambda w: 100 if w == "夫七房" else 0) is None
    assert table.fix("有夫七房吗", lambda _: 0, lambda _: [(0, 2)]) is None  # 有夫 plainly a word


def test_core_words_are_those_phrases_are_built_around() -> None:
    """A word opening or closing three phrases is one of their core words; one in a single phrase is not."""
    found = core_words(["面试时间", "在哪面试", "去哪面试", "面试地点", "宿舍多远"])
    assert "面试" in found
    assert "宿舍" not in found


def test_names_added_to_the_table_are_read_after_its_words() -> None:
    """A catalogue's names added to the lexicon's table are found as well; where a name reads like
    one of the table's words, the word wins."""
    readings = {"夫": "fu", "妻": "qi", "七": "qi", "房": "fang", "华": "hua", "辰": "chen", "晨": "chen"}
    spoken = lambda w: [readings[c] for c in w]  # noqa: E731  # a reading table for the test
    base = SoundAlikes(["夫妻房"], spoken, readings.get)
    table = base.adding(["华辰", "夫七房"], spoken, readings.get)
    assert table.fix("华晨在哪", lambda _: 0) == ("华辰在哪", ("华辰",))
    assert table.fix("有夫七房吗", lambda _: 0) == ("有夫妻房吗", ("夫妻房",))  # the word wins
    assert base.fix("华晨在哪", lambda _: 0) is None  # the table added to is left as it was
