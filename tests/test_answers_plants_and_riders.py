"""Questions of a moulding plant and a delivery van, in Sichuan and Hunan words: 整得到好多 for what a month
earns, 好多岁以内 for the ages taken, an age told of oneself or one's kin (老子四十一了, 我老汉儿五十了,
婆娘三十八了) before 还要不要, a payday said back (发工资是15号不: no job 15), rest days said in dismay
(一个月就休两天？？), shifts asked as a choice, a trip's commission (跑一趟好多提成), and a job's own name
holding a word of another facet (写字楼: no question of writing)."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: hongda, name: 宁波宏达塑胶有限公司, aliases: [宏达], city: 宁波}
jobs:
  - id: P01
    number: 1
    employer: hongda
    title: 注塑机操作工
    aliases: [啤机]
    pay: {min: 6500, max: 8000, unit: month, payday: 每月15号发薪}
    requirements: {age_min: 18, age_max: 40}
    hours: {shift: 两班倒, rest: 月休2天}
  - id: P02
    number: 2
    employer: hongda
    title: 成品配送司机
    pay: {min: 6000, max: 8000, unit: month, note: 按趟算提成，一趟15元}
  - id: P03
    number: 3
    employer: hongda
    title: 写字楼保洁员
    requirements: {age_min: 35, age_max: 55, education: 不限, other: [会用智能手机]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A moulding line, a delivery van and an office tower's cleaning of one firm."""
    return catalog_from_yaml(tmp_path_factory, "plants", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("P01", "啤机一个月整得到好多钱 我上个厂才6千出头[捂脸]", ["6500"]),  # a past plant told, not asked
        ("P01", "发工资是15号不", ["15号"]),  # a payday said back names no job 15
        ("P01", "老子四十一了 还要不要[流泪]", ["40"]),
        ("P01", "我老汉儿五十了 开了一辈子车 还要不", ["40"]),  # a father's age, asked for him
        ("P01", "婆娘三十八了 好多岁以内要", ["40"]),
        ("P01", "一个月就休两天？？", ["月休2天"]),
        ("P01", "是两班还是三班", ["两班倒"]),
        ("P02", "跑一趟好多提成", ["15元"]),
        ("P03", "请问写字楼保洁要多大年纪以内的？我今年54", ["55"]),  # 写字 of the title asks no writing
    ],
)
def test_the_fact_of_the_plant_or_van_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(("featured", "question"), [("P02", "一个月就休两天？？"), ("P02", "是两班还是三班")])
def test_a_fact_of_the_plant_or_van_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The van writes no rest days or shifts: the bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
