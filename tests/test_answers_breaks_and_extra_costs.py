"""A break of hours in the day is no count of days off; water and power paid extra are asked of the
utilities, not of the rent; a fee asked in a short post is told in the recruiter's words."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
faq:
  - {q: 要不要中介费, a: 本场所有岗位报名不收中介费，谁找你要钱直接举报}
employers:
  - {id: jiexin, name: 洁鑫物业服务有限公司, city: 深圳, agency_fee: 0}
jobs:
  - id: B01
    number: 1
    employer: jiexin
    title: 外墙清洗工
    pay: {min: 7000, max: 9000, unit: month}
    hours: {shift: 白班, daily: 8, note: 早7点开工，中午太热休息两小时}
  - id: B02
    number: 2
    employer: jiexin
    title: 喷漆工
    pay: {min: 8000, max: 10000, unit: month}
    dorm: {provided: true, fee: 50, room: 6人间}
    hours: {shift: 长白班, daily: 10, rest: 月休4天}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A facade cleaner with a midday break and a painter with a paid dorm."""
    return catalog_from_yaml(tmp_path_factory, "breaks", CATALOGUE)


def test_a_midday_break_is_no_count_of_days_off(catalog: Catalog) -> None:
    """一个月能歇几天 of 中午太热休息两小时 alone: the days off are not written, so the host is told."""
    assert score_one(catalog, "B01", "一个月能歇几天啊", None).silent_share == 1.0


def test_rest_days_written_are_told(catalog: Catalog) -> None:
    """一个月休几天 of 月休4天 is told the days."""
    assert score_one(catalog, "B02", "一个月休几天", ["月休4天"]).stated_share == 1.0


def test_water_and_power_paid_extra_are_not_the_rent(catalog: Catalog) -> None:
    """住宿水电要另外出钱吗 asks of water and power, which the catalogue lacks: not the dorm's rent."""
    assert score_one(catalog, "B02", "住宿水电要另外出钱吗", None).silent_share == 1.0


def test_the_rent_is_still_told(catalog: Catalog) -> None:
    """住宿要钱吗 is told the rent."""
    assert score_one(catalog, "B02", "住宿要钱吗", ["50"]).stated_share == 1.0


def test_a_fee_is_told_in_the_recruiters_words(catalog: Catalog) -> None:
    """要中介费吗 under 20 characters: the FAQ's clause naming the fee (不收中介费), not the fee field's
    stock phrase 不收任何费用."""
    assert score_one(catalog, "B01", "要中介费吗", ["不收中介费"]).stated_share == 1.0
