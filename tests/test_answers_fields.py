"""Answers of farm and greenhouse work: a rate asked with 给多少, a price of a weight put after the
sum, the start of the day's work, a year-end bonus written 年底另有, heating by an electric heater, a
couple's quota in Chinese numerals, and never having done the work as the experience asked."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

FARM = """\
employers:
  - id: lvye
    name: 寿光绿野蔬菜产业园有限公司
    aliases: [绿野]
    city: 寿光
jobs:
  - id: N01
    number: 1
    employer: lvye
    title: 苹果分拣装箱工
    pay: {min: 5000, max: 7000, unit: month, base: 3000, overtime: 计件，每装一箱2.5元}
    dorm: {provided: true, room: 4人间, amenities: [暖气, wifi]}
  - id: N02
    number: 2
    employer: lvye
    title: 大棚种植工
    pay: {min: 9000, max: 12000, unit: month, note: 夫妻两人合计，一对管两个棚，年底另有产量奖}
    dorm: {provided: true, room: 夫妻单间, amenities: [电暖器, 做饭灶台]}
  - id: N03
    number: 3
    employer: lvye
    title: 采茶工
    pay: {min: 120, max: 300, unit: day, note: 按鲜叶斤数算，台地茶每斤6元，古树茶每斤15元}
    hours: {shift: 白班, note: 早上7点上山，下午4点收工}
    requirements: {age_min: 18, age_max: 65, experience: 有采茶经验的优先}
"""


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Packing, greenhouse and tea-picking jobs, their facts written in recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "farm", FARM)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("N01", "一箱给多少", ["2.5元"]),
        ("N01", "计件咋算 一箱给多少", ["2.5元"]),
        ("N03", "古树茶多少钱一斤", ["15元"]),
        ("N03", "几点干活", ["早上7点"]),
        ("N03", "几点收工", ["下午4点"]),
        ("N02", "年底有奖金不", ["产量奖"]),
        ("N02", "宿舍有暖气没", ["电暖器"]),
        ("N01", "宿舍有暖气没", ["暖气"]),
        ("N02", "一对管几个棚", ["两个棚"]),
        ("N03", "没采过茶能行不", ["有采茶经验的优先"]),
    ],
)
def test_the_fact_asked_is_told(farm: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact its words ask, in a 20-character post."""
    assert score_one(farm, job, text, state).stated_share == 1.0


@pytest.mark.parametrize(("job", "text"), [("N01", "有年终奖吗"), ("N03", "宿舍有暖气没")])
def test_a_fact_not_written_stays_with_the_host(farm: Catalog, job: str, text: str) -> None:
    """No year-end bonus and no heating written: no post."""
    assert score_one(farm, job, text, None).silent_share == 1.0


NIGHTS = """\
employers:
  - id: anbao
    name: 成都安保服务有限公司
    aliases: [安保]
    city: 成都
jobs:
  - id: S01
    number: 1
    employer: anbao
    title: 商场夜班保安
    hours: {shift: 夜班, note: 商场闭店后巡逻，凌晨有2小时可以轮流休息}
  - id: S02
    number: 2
    employer: anbao
    title: 园区保安
    hours: {shift: 24小时值班, rest: 做一休一}
"""


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A night guard whose note says when he may rest, beside a 24-hour post that says nothing of it."""
    return catalog_from_yaml(tmp_path_factory, "nights", NIGHTS)


def test_sleeping_on_the_night_shift_is_told_where_a_text_says_it(nights: Catalog) -> None:
    """夜班能睡觉吗 and 半夜可以眯一哈不 are told the rest the note gives."""
    for text in ("夜班能睡觉吗", "半夜可以眯一哈不 熬不住哦"):
        assert score_one(nights, "S01", text, ["轮流休息"]).stated_share == 1.0


def test_a_fact_the_question_only_repeats_tells_nothing(nights: Catalog) -> None:
    """24小时值班能睡觉不 is not told 24小时值班: sleep is asked, and no text says."""
    assert score_one(nights, "S02", "24小时值班能睡觉不", None).silent_share == 1.0


TEA = """\
employers:
  - id: yunling
    name: 勐海云岭茶业有限公司
    aliases: [云岭]
    city: 勐海
jobs:
  - id: G07
    number: 7
    employer: yunling
    title: 制茶学徒
    prospects: {training: 老师傅一对一带，考初级评茶员证公司出钱}
    requirements: {age_min: 18, age_max: 35, other: [能长期干，至少签两年]}
  - id: G09
    number: 9
    employer: yunling
    title: 蔬菜分拣包装工
    dorm: {provided: true, distance: 园区宿舍, distance_m: 800, room: 6人间}
"""


@pytest.fixture(scope="module")
def tea(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A tea apprentice whose exam the company pays, and a packer whose dorm is 800 m off."""
    return catalog_from_yaml(tmp_path_factory, "tea", TEA)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [("G07", "考证谁掏钱", ["公司出钱"]), ("G07", "要签多久", ["两年"]), ("G09", "宿舍离多远", ["800"])],
)
def test_the_fact_is_told_in_the_words_written(tea: Catalog, job: str, text: str, state: list[str]) -> None:
    """The exam named between 考 and 证 is the certificate asked; a contract's length is the least
    term; a dorm's metres are told beside a distance written without them."""
    assert score_one(tea, job, text, state).stated_share == 1.0
