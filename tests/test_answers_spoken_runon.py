"""Lines spoken into the phone by grandparents, run on without a sign: the question closes at its
嘛 and what follows only tells why (我孙娃子在屋头闲起的); 是长白班不嘛 asks; a grandchild the
asker speaks for is no child asked to live in the dorm; Sichuan 坐到做 is 坐着做."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: hongtai
    name: 重庆鸿泰电子有限公司
    aliases: [鸿泰]
    city: 重庆
jobs:
  - id: R01
    number: 1
    employer: hongtai
    title: 手机组装工
    pay: {min: 5800, max: 7600, unit: month}
    dorm: {provided: true, room: 6人间}
    hours: {shift: 长白班, daily: 10}
    duties: {posture: 坐班}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An electronics plant in Chongqing."""
    return catalog_from_yaml(tmp_path_factory, "runon", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("主播我问一下那个一号的一个月到底拿得到好多钱嘛我孙娃子在屋头闲起的想喊他去", ["5800"]),
        ("宿舍是几个人住一间嘛我那个孙娃子瞌睡轻得很人多了他睡不着", ["6人间"]),
        ("一号是长白班不嘛不上夜班哦上夜班我们不放心", ["长白班"]),
        ("一号是坐到做还是站到做嘛", ["坐班"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, "R01", question, state)
