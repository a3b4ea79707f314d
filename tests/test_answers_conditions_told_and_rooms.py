"""Who is taken, asked with what one tells of oneself, told by the condition the recruiter wrote in
those words; what the dorm is like and what it costs a month; what a yes to meals costs; an FAQ asked
in other words for the same thing; and a measure asked only where it is asked as one."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: jinhe, name: 金禾米业有限公司, city: 五常}
jobs:
  - id: R01
    number: 1
    employer: jinhe
    title: 包装工
    pay: {min: 4000, max: 5000, unit: month}
    requirements: {age_min: 18, age_max: 50, gender: 男女不限, other: [宝妈优先, 不能有狐臭, 会用智能手机]}
    faq:
      - {q: 厂子多大, a: 年加工大米5万吨，一百多号工人}
      - {q: 发不发米, a: 每月发10斤五常大米}
      - {q: 逢年过节发油吗, a: 中秋春节各发一桶5升豆油}
      - {q: 厂里有洗澡的地方吗, a: 有职工浴池，免费洗澡}
  - id: R02
    number: 2
    employer: jinhe
    title: 装卸工
    pay: {min: 6000, max: 9000, unit: month}
    requirements: {age_min: 18, age_max: 60, gender: 限男性, other: [需眼睛好, 苏州本地人优先]}
    dorm: {provided: true, room: 4人间, fee: 150, amenities: [空调, 热水器]}
    canteen: {provided: true, meals: 3, cost: 6元/餐, subsidy: 每月餐补300元}
  - id: R03
    number: 3
    employer: jinhe
    title: 保管员
    pay: {min: 5000, max: 6000, unit: month}
    dorm: {provided: false, allowance: 300}
    canteen: {provided: true, meals: 2, subsidy: 每天餐补15元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A rice mill's packer, loader and storekeeper, in recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "conditions", CATALOGUE)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("R01", "俺32 带俩孩子 宝妈要不要", ["宝妈优先"]),
        ("R01", "俺家妹子有点狐臭 她能干这个不", ["不能有狐臭"]),
        ("R01", "我是老年机 智能手机不会耍 得行不", ["会用智能手机"]),
        ("R02", "不是苏州人要不", ["苏州本地人优先"]),
        ("R02", "58岁能做不 眼睛还好", ["18-60岁"]),
        ("R02", "女的能干不 俺眼睛好", ["限男性"]),
    ],
)
def test_the_condition_told_is_answered(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """A condition written in the words the asker tells of themself answers, unless the age told is
    near the job's bound or the job takes one sex only."""
    assert score_one(catalog, job, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("R02", "住宿舍一个月要多少", ["150"]),
        ("R02", "住宿也要150吗", ["150"]),
        ("R02", "宿舍怎么样", ["4人间"]),
        ("R02", "住的咋样", ["4人间"]),
        ("R03", "宿舍怎么样", ["不包住"]),
        ("R02", "管饭吗", ["6元"]),
        ("R03", "包吃不包", ["每天餐补15元"]),
    ],
)
def test_the_dorm_and_meals_are_told_as_asked(
    catalog: Catalog, job: str, question: str, state: list[str]
) -> None:
    """What the dorm is like, what it costs a month, and what a yes to meals costs are told first."""
    assert score_one(catalog, job, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("厂子给发米不 五常大米嘎嘎香", ["每月发10斤五常大米"]),
        ("过年过节发油不 嘿嘿", ["中秋春节各发一桶5升豆油"]),
        ("厂里有澡堂子没 干一天活一身油", ["有职工浴池，免费洗澡"]),
        ("厂子大不大", ["年加工大米5万吨"]),
    ],
)
def test_the_faq_asked_in_other_words_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """An FAQ asked in other words for the same thing answers; 大 inside 大米 asks no size."""
    assert score_one(catalog, "R01", question, state).stated_share == 1.0
