"""Questions typed in Shanghai and southern Jiangsu speech: 一个号头几钿 asks a month's pay, 饭钿
the meal money, 汏 is washing, 辣 before a place asked is 在 (spicy food stays spicy), 好做伐 asks
whether one may do the work, 有无锡个伐 searches the jobs in 无锡; a piece rate is told by the
clause naming the piece (一条); a canteen's discount is its cost; 两顿还是三顿 asks the meals."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: baijie
    name: 苏州百洁物业服务有限公司
    aliases: [百洁]
    city: 苏州
  - id: hongji
    name: 无锡鸿吉洗涤有限公司
    aliases: [鸿吉]
    city: 无锡
jobs:
  - id: W01
    number: 1
    employer: baijie
    title: 商场保洁员
    pay: {min: 4300, max: 4900, unit: month}
    canteen: {provided: true, meals: 2, cost: 每餐7元, note: 员工卡打八折}
    requirements: {gender: 女, other: [头发不能染彩色]}
    location: {address: 苏州市姑苏区人民路1200号}
  - id: W02
    number: 2
    employer: hongji
    title: 布草折叠工
    pay:
      min: 4800
      max: 7000
      unit: piece
      note: 枕套叠一条0.12元，被套一条0.3元
    dorm: {provided: true, room: 4人间, amenities: [空调, 洗衣机]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A mall cleaner's job in Suzhou and a laundry in Wuxi."""
    return catalog_from_yaml(tmp_path_factory, "shanghai", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("W01", "一个号头几钿", ["4300"]),
        ("W01", "商场辣姑苏区啥地方", ["人民路"]),
        ("W01", "一日吃两顿还是三顿", ["2餐"]),
        ("W01", "伊拉食堂吃饭有折扣伐", ["八折"]),
        ("W01", "阿拉囡囡头发染了红颜色，好去伐", ["染彩色"]),
        ("W02", "叠被套一条几钿", ["0.3"]),
        ("W02", "宿舍有汏衣裳机伐", ["洗衣机"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


def test_spicy_food_is_still_asked_of_the_canteen(catalog: Catalog) -> None:
    """辣 of food is no 在: 食堂菜辣不辣 asks the canteen, and W01's catalogue says nothing of it."""
    score = score_one(catalog, "W01", "食堂菜辣不辣", None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("有无锡个伐", ("jobs",)),  # a search of the jobs in 无锡, not 有无 (whether)
        ("女人好做伐", ("requirements",)),
        ("三班倒啊，吃勿消", ()),  # a complaint, asking nothing
    ],
)
def test_wu_lines_are_read_as_meant(catalog: Catalog, text: str, intents: tuple[str, ...]) -> None:
    """Wu words are read as the Mandarin they stand for."""
    assert Understander(catalog).understand(text, "W01").intents == intents
