"""Money asked in the words viewers use: the rent of a room near a job that houses nobody, the
price a recruiter's FAQ gives after a first clause holding none, a day's pay asked per 日 (几多钱
一日), a price per parcel (一票几钱), when a rebate is paid (返费什么时候到手), and 9号房租 read as
job 9's rent, not a room numbered 9; a year-end bonus or who pays for charging, never written, left
to the host."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: yuntong
    name: 广州云通速运有限公司
    aliases: [云通]
    city: 广州
    direct_hire: true
    agency_fee: 0
jobs:
  - id: M01
    number: 1
    employer: yuntong
    title: 快递分拣员
    pay: {min: 5000, max: 6500, unit: month, payday: 每月15号}
    dorm: {provided: 包住, fee: 150, room: 6人间}
  - id: M02
    number: 2
    employer: yuntong
    title: 日结装卸工
    pay: {min: 200, max: 280, unit: day, payday: 日结，下班扫码领工资}
  - id: M03
    number: 3
    employer: yuntong
    title: 外卖骑手
    pay: {min: 7000, max: 11000, unit: month, note: 按单计费，每单6-9元}
    faq:
      - {q: 电动车租金多少, a: 没车可以租站点的车，每月租金350元，含换电}
  - id: M04
    number: 4
    employer: yuntong
    title: 派件员
    pay: {min: 6000, max: 8000, unit: month, note: 入职满60天一次性发返费2000元}
  - id: M05
    number: 5
    employer: yuntong
    title: 快递派件员
    pay: {min: 7000, max: 11000, unit: month, note: 底薪加提成，派件每票1.5元}
  - id: M09
    number: 9
    employer: yuntong
    title: 城配司机
    pay: {min: 8000, max: 10000, unit: month}
    dorm: {provided: 不包住, allowance: 住宿补贴300元/月, note: 附近城中村租房一个月500左右}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Five delivery jobs with their money written as recruiters write it."""
    return catalog_from_yaml(tmp_path_factory, "money", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("M09", "房租多少", ["500左右"]),  # the rent outside, not only that no dorm is given
        ("M09", "房租贵不", ["500左右"]),
        ("M01", "9号房租多少", ["500左右"]),  # job 9's rent, not a room numbered 9 of the job shown
        ("M01", "住宿费多少", ["150"]),
        ("M03", "电动车租金多少", ["350元"]),  # the clause holding the sum, under a 20-character post
        ("M02", "日结几多钱一日", ["200"]),  # a day's pay in Cantonese, not how it is settled
        ("M02", "一日多少钱", ["200"]),
        ("M04", "返费什么时候到手", ["第60天", "满60天"]),  # when the rebate is paid, not the month's pay
        ("M05", "一票几钱", ["1.5元"]),  # a price per parcel, not the month's pay
        ("M05", "一票几多钱", ["1.5元"]),
    ],
)
def test_the_sum_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the sum or day it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_how_a_day_is_settled_is_still_told(catalog: Catalog) -> None:
    """日结吗 asks how the pay is settled, which a day's pay alone does not say."""
    score = score_one(catalog, "M02", "日结吗", ["日结"])
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("M04", "房租多少"),  # no dorm or rent written at all
        ("M05", "年底有冇得奖金"),  # a year-end bonus, not the commission
        ("M05", "三轮车充电边个俾钱"),  # who pays for charging, not the agency's fee
    ],
)
def test_money_nobody_wrote_is_not_guessed(catalog: Catalog, featured: str, question: str) -> None:
    """The question goes to the host, not answered with the nearest sum."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0
