"""Questions of holiday and hourly work, in the words of students on their phones: a typo of the
payday (多号发公资), the new year asked as 过年 where the recruiter writes 春节 or 除夕, how long one
must stay (必须干满一个月, 中途不能走), what staying short costs (做不满50天会扣钱不), a reward or a
rise for staying (做满俩月有啥奖励), drinks at a tea shop, a minor's application, and a requirement
that is itself a condition (未满18岁需带户口本), said as written."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: xinda, name: 东莞信达电子有限公司, aliases: [信达], city: 东莞}
  - {id: chayu, name: 兰州茶语餐饮管理有限公司, aliases: [茶语], city: 兰州}
jobs:
  - id: H01
    number: 1
    employer: xinda
    title: 暑假工
    pay:
      min: 4800
      max: 5800
      unit: month
      payday: 每月18号发上月工资
      note: 做满45天每小时补2元，不满45天只发底薪
    requirements:
      age_min: 16
      age_max: 35
      other: [未满18岁需带户口本和监护人同意书, 要能做满30天]
    hours: {shift: 长白班, note: 除夕到初三放假}
    dorm: {provided: 包住, fee: 每月150元}
    duties: {content: 摄像头组装, note: 工服押金50元，离职退还}
  - id: H02
    number: 2
    employer: xinda
    title: 小时工
    pay: {min: 18, max: 20, unit: hour, note: 干满7天每小时多1元}
    hours: {shift: 两班倒}
  - id: H03
    number: 3
    employer: chayu
    title: 寒假奶茶店员
    pay: {min: 100, max: 120, unit: day, note: 春节三天每天多给50元}
    hours: {shift: 白班, rest: 每周休1天, note: 除夕和初一照常营业}
    canteen: {provided: 管一顿工作餐, note: 每天可以免费喝一杯}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An electronics plant's holiday and hourly jobs and a tea shop's winter job."""
    return catalog_from_yaml(tmp_path_factory, "holiday", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("H01", "多号发公资", ["18号"]),
        ("H01", "寒假工过年让回家不 放几天啊[流泪]", ["除夕到初三"]),  # the days named, not counted
        ("H01", "必须干满一个月？？中途不能走？", ["30天"]),
        ("H01", "做不满45天会扣钱不", ["只发底薪"]),
        ("H01", "做满俩月有啥奖励不", ["每小时补2元"]),  # what staying brings, written with 做满
        ("H01", "宿舍一个月收多少", ["150元"]),
        ("H01", "工服要交押经不", ["50元"]),  # 押经 is 押金 mistyped
        ("H01", "俺09年的 未成年能进不😭😭 求回", ["16"]),  # a minor asks the ages taken
        ("H02", "做满一周涨钱不", ["多1元"]),
        ("H03", "过年上班有没有多的钱", ["50元"]),  # 过年 asked, 春节 written
        ("H03", "过年在厂里上班有红包没", ["50元"]),
        ("H03", "除夕要上班么 额妈不让", ["照常营业"]),
        ("H03", "奶茶能随便喝不🤤🤤", ["免费喝一杯"]),
    ],
)
def test_the_fact_of_the_holiday_job_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("H02", "除夕要上班么"),  # nothing is written of the new year
        ("H02", "奶茶能随便喝不"),  # nothing is written of drinks
        ("H03", "做满一周涨钱不"),  # no rise is written
    ],
)
def test_a_fact_of_the_holiday_job_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0


def test_a_requirement_that_is_a_condition_is_said_as_written(catalog: Catalog) -> None:
    """未满18岁需带户口本 is never told as 需未满18岁…, which would ask for minors only."""
    outcome = score_one(catalog, "H01", "未成年能进不", ["监护人同意书"]).outcomes[0]
    assert not any("需未满" in post for post in outcome.posts)
