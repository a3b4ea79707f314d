"""A job called by a name holding another topic's word (水电工) is asked its pay, not what water and
power cost; an agency's fee written in words (不收中介费) is told as written."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

PROPERTY = """\
employers:
  - id: xinrun
    name: 绵阳鑫润人力资源服务有限公司
    aliases: [鑫润]
    city: 绵阳
    direct_hire: false
    agency_fee: 不收中介费
jobs:
  - id: S06
    number: 6
    employer: xinrun
    title: 工程维修工
    aliases: [水电工, 维修工]
    pay: {min: 5500, max: 6500, unit: month}
    dorm: {provided: true, room: 2人间, fee: 每月扣50元水电费}
"""


@pytest.fixture(scope="module")
def prop(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A maintenance job also called 水电工, through an agency that charges no fee."""
    return catalog_from_yaml(tmp_path_factory, "property", PROPERTY)


@pytest.mark.parametrize(("text", "state"), [("水电工好多钱", ["5500"]), ("水电工多少钱", ["5500"])])
def test_a_job_named_for_water_and_power_is_asked_its_pay(prop: Catalog, text: str, state: list[str]) -> None:
    """水电工多少钱 is told the job's pay."""
    assert score_one(prop, "S06", text, state).stated_share == 1.0


def test_water_and_power_asked_alone_are_the_dorms_bill(prop: Catalog) -> None:
    """水电多少钱 still asks what the dorm charges for them."""
    assert score_one(prop, "S06", "宿舍水电多少钱", ["50元"]).stated_share == 1.0


def test_an_agency_fee_written_in_words_is_told_as_written(prop: Catalog) -> None:
    """有中介费没 is told 不收中介费."""
    assert score_one(prop, "S06", "有中介费没", ["不收中介费"]).stated_share == 1.0
