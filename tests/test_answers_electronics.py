"""Questions about electronics work told what they ask: a dorm fee written with its condition
keeps the condition (水电另算), how often day and night shifts swap, the days worked in a month,
a rebate written in the pay's note, leaving early told by the clause on leaving."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: ruichuang
    name: 昆山瑞创电子有限公司
    aliases: [瑞创]
    city: 昆山
    direct_hire: true
    agency_fee: 0
jobs:
  - id: E01
    number: 1
    employer: ruichuang
    title: 组装普工
    pay: {min: 6000, max: 7500, unit: month, note: 不压工资，做满7天离职也结算；全勤奖200}
    hours: {shift: 两班倒, daily: 11, rest: 月休4天, note: 一个月换一次白夜班，淡季偶尔做五休二}
    dorm: {provided: 包住, room: 6人间, fee: 200元/月，水电另算}
  - id: E02
    number: 2
    employer: ruichuang
    title: 封装操作员
    hours: {shift: 四班三倒, daily: 12, rest: 上二休二, note: 做两天休两天，一个月上15天左右}
  - id: E03
    number: 3
    employer: ruichuang
    title: 手机组装小时工
    pay: {min: 20, max: 22, unit: hour, note: 做满55天另外返2000元；小时工没有底薪，按小时算}
    canteen: {provided: 有食堂, meals: 3, subsidy: 每天餐补20元，打在饭卡上}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Three electronics jobs with their facts in the recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "electronics", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("E01", "水电另算吗", ["水电另算"]),
        ("E01", "多久换一次白夜班", ["一个月换一次"]),
        ("E01", "做几天走人给钱吗", ["7天"]),
        ("E02", "一个月上几天班", ["15天"]),
        ("E03", "返费多少", ["2000"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_a_fee_with_more_than_its_period_keeps_the_words(catalog: Catalog) -> None:
    """200元/月，水电另算 is 200 a month in the field, and the recruiter's words are kept beside it."""
    dorm = catalog.jobs[0].dorm
    assert dorm is not None
    assert dorm.fee == 200
    said = dorm.said_of("fee")
    assert said is not None
    assert said.words == "200元/月，水电另算"


def test_a_meal_subsidy_is_no_price_of_a_meal(catalog: Catalog) -> None:
    """饭多少钱一顿 of 每天餐补20元，打在饭卡上: what is given is not what a meal costs; the host is told."""
    score = score_one(catalog, "E03", "饭多少钱一顿", None)
    assert score.silent_share == 1.0
