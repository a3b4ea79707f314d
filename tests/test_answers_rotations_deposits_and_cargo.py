"""A rotation told by its scheme's name when how it rotates is asked; a deposit told by the text that
names it or that takes no money at all; what meals cost asked as 管不管钱; a taste asked as 辣么; a
raise written as 调两次; a height asked in 公分 or told; the years one has done the work, told; the
goods carried; whom to see on arriving."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
faq:
  - {q: 报名要交钱吗, a: 本场所有岗位报名不收任何费用，谁找你要钱都别给}
employers:
  - {id: shunlu, name: 顺鲁物流有限公司, city: 临沂, agency_fee: 0}
jobs:
  - id: T01
    number: 1
    employer: shunlu
    title: 装卸工
    pay: {min: 6000, max: 7500, unit: month}
    hours: {shift: 12小时两班倒, daily: 12, rest: 月休4天}
    duties: {content: 货车装车卸车，主要是日用百货、饮料、化肥}
    canteen: {provided: true, meals: 2, cost: 中餐晚餐公司承担, note: 四川口味，偏辣}
    apply: {how: 直播间发 报名1，或者直接来物流园找胡队长}
    requirements: {age_min: 20, age_max: 50, gender: 男女不限, experience: 两年以上装卸经验}
  - id: T02
    number: 2
    employer: shunlu
    title: 城配司机
    pay: {min: 8000, max: 9000, unit: month}
    hours: {shift: 四班三倒, rest: 上四天休两天}
    duties: {content: 开厢货给市区超市送蔬菜粮油}
    prospects: {note: 跑得好一年能调两次工资}
    requirements: {gender: 男女不限, other: [身高165cm以上]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A freight yard's loader and driver."""
    return catalog_from_yaml(tmp_path_factory, "rotations", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("T01", "十二个钟头啊 咋倒班的", ["12小时两班倒"]),
        ("T01", "要交押金不", ["不收任何费用"]),
        ("T01", "吃饭公司管不管钱", ["中餐晚餐公司承担"]),
        ("T01", "伙食辣么 我吃不了辣", ["四川口味，偏辣"]),
        ("T02", "涨工资么", ["调两次工资"]),
        ("T02", "我164 差一公分能行么", ["165cm"]),
        ("T02", "送的啥货", ["送蔬菜粮油"]),
        ("T01", "卸的啥货", ["日用百货"]),
        ("T01", "俺要直接过去的话找谁", ["找胡队长"]),
        ("T01", "俺干了一年多装卸 够不够", ["两年以上装卸经验"]),
        ("T01", "女的能干不 俺干了三年装卸了", ["男女不限"]),
        ("T02", "额女子一米五六 能行不", ["165cm"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


def test_how_often_a_rotation_comes_round_is_not_told_by_its_name(catalog: Catalog) -> None:
    """两班倒 says how the shifts go, not how often they change: that goes to the host."""
    assert score_one(catalog, "T01", "多久倒一次班", None).silent_share == 1.0
