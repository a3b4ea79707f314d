"""Facets asked in the words of fishing ports, airports and nursing homes: wages withheld asked as
工钱, schooling asked as 多高的学历 (not a height), days off asked as 放几天假, a night's allowance
asked as 补钱, 日结定周结 asking which way the pay is settled, 工资咋算 told by the note on how it is
counted; and a fare paid back after some months is never told as a bonus."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: donghai
    name: 东海水产有限公司
    aliases: [东海]
    city: 舟山
    direct_hire: true
    faq:
      - {q: 报销路费吗, a: 干满3个月报销单程火车票，最多500元}
      - {q: 要外派吗, a: 只在舟山本地，不外派}
jobs:
  - id: D01
    number: 1
    employer: donghai
    title: 剥虾工
    pay: {min: 6000, max: 9000, unit: month, note: 不压工资，做满一个月就发}
    requirements: {age_min: 18, age_max: 55, education: 初中及以上}
    hours: {rest: 月休4天}
    dorm: {provided: true, distance: 码头旁边的板房宿舍}
  - id: D02
    number: 2
    employer: donghai
    title: 护理员
    pay: {min: 5000, max: 6500, unit: month, payday: 日结或周结可选, note: 夜班补贴每晚80元}
    requirements: {age_min: 20, age_max: 50, education: 高中及以上}
    hours: {rest: 月休8天}
  - id: D03
    number: 3
    employer: donghai
    title: 病区护工
    pay: {min: 7000, max: 9000, unit: month, base: 保底6000, note: 按床位提成，每床每天25元}
  - id: D04
    number: 4
    employer: donghai
    title: 陪护
    pay:
      min: 7000
      max: 9000
      unit: month
      note: 一人照顾4到6个病人，按床位提成，每床每天25元
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A seafood plant and a nursing job, written in recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "withholding", CATALOGUE)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("D01", "有无押工钱啊", ["不压工资"]),
        ("D01", "亚不亚工资", ["不压工资"]),
        ("D02", "要好高的学历", ["requirements.education"]),
        ("D02", "一个月放几多日假", ["hours.rest"]),
        ("D02", "上夜班给补钱不", ["夜班补贴每晚80元"]),
        ("D02", "日结定周结", ["日结或周结可选"]),
        ("D03", "工资咋算的", ["每床每天25元"]),
        ("D03", "钱咋算", ["每床每天25元"]),
        ("D03", "会不会把我派到外地去哦", ["不外派"]),
        ("D01", "住的啥地方", ["码头旁边的板房宿舍"]),
        ("D04", "工资咋算的", ["每床每天25元"]),  # the clauses with the sum, not the first clause
    ],
)
def test_a_facet_in_regional_words_is_told(
    catalog: Catalog, job: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks, under the bilibili profile."""
    assert score_one(catalog, job, question, state).stated_share == 1.0


def test_a_fare_paid_back_is_no_bonus(catalog: Catalog) -> None:
    """做房有提成不 is not told 干满3个月报销单程火车票: that FAQ says 干满, and pays back a fare."""
    assert score_one(catalog, "D02", "做房有提成不嘛 还是死工资", None).silent_share == 1.0


def test_a_posting_elsewhere_no_text_tells_is_left_to_the_host(seed_catalog: Catalog) -> None:
    """会不会外派 is not told the address where no text says whether one is sent away."""
    assert score_one(seed_catalog, "J001", "会不会外派哦", None).silent_share == 1.0
