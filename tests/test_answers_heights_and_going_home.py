"""Facets asked of ship crews and drivers: a height told by the centimetres the requirement writes,
how long one works before going home told by the rest the hours write, an allowance asked by a part
of the job's own name, a rate by the kilometre, drink-driving and accidents, students, pay for
sailing at the new year, days on and off; and spaced words told the fact their joined phrase asks."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: haiyun, name: 海运船员服务有限公司, city: 青岛}
jobs:
  - id: S01
    number: 1
    employer: haiyun
    title: 客舱乘务员
    pay: {min: 6000, max: 8000, unit: month}
    requirements: {age_min: 18, age_max: 30, other: [无明显纹身, 女160cm以上、男170cm以上]}
  - id: S02
    number: 2
    employer: haiyun
    title: 散货船水手
    pay: {min: 9000, max: 12000, unit: month}
    hours: {daily: 8, rest: 上船3个月下船休1个月}
  - id: S03
    number: 3
    employer: haiyun
    title: 矿区加油车司机
    pay: {min: 8000, max: 10000, unit: month, base: 底薪3500, note: 危险品岗位津贴每月800元}
    hours: {daily: 10, note: 上井45天，倒休15天}
  - id: S04
    number: 4
    employer: haiyun
    title: 危化品罐车司机
    pay: {min: 14000, max: 18000, unit: month, note: 每公里0.5元，跑出疆长线每趟另补500元}
    requirements: {other: [要求无酒驾记录, 三年内没出过重大事故, 不招学生, 持危险货物道路运输从业资格证]}
  - id: S05
    number: 5
    employer: haiyun
    title: 客滚船水手
    pay: {min: 8000, max: 9000, unit: month, overtime: 法定节假日出航按3倍工资算}
    hours: {rest: 上二休二}
  - id: S06
    number: 6
    employer: haiyun
    title: 光缆熔接工
    pay: {min: 6000, max: 8000, unit: month}
    faq:
      - {q: 熔接机要自己买吗, a: 不用，熔接机和工具都是公司配的，弄丢了要赔}
  - id: S07
    number: 7
    employer: haiyun
    title: 甲板水手
    pay: {min: 8000, max: 9000, unit: month}
    duties: {note: 工作服公司发两套}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A cabin crew job, a deckhand's and a fuel-truck driver's, in recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "heights", CATALOGUE)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("S01", "身高有无要求", ["女160cm以上、男170cm以上"]),
        ("S01", "个子矮能去吗", ["女160cm以上、男170cm以上"]),
        ("S02", "做多久可以回厝", ["上船3个月下船休1个月"]),
        ("S03", "加油车津贴多少", ["危险品岗位津贴每月800元"]),
        ("S03", "底薪 好多", ["底薪3500"]),
        ("S03", "上井多长时间能回趟家", ["上井45天，倒休15天"]),
        ("S04", "一公里多少钱", ["每公里0.5元"]),
        ("S04", "以前喝酒被查过一回 还能干不", ["要求无酒驾记录"]),
        ("S04", "出过事故还能去吗", ["三年内没出过重大事故"]),
        ("S04", "我读紧书 暑假可以去做吗", ["不招学生"]),
        ("S05", "过年出船有无加钱", ["法定节假日出航按3倍工资算"]),
        ("S05", "上几天休几天", ["上二休二"]),
        ("S04", "要危险品证不", ["持危险货物道路运输从业资格证"]),
    ],
)
def test_the_facet_asked_is_told(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, under the bilibili profile."""
    assert score_one(catalog, job, question, state).stated_share == 1.0


def test_clothes_are_not_told_by_tools_given(catalog: Catalog) -> None:
    """工作服发不发 is not told that the tools are provided: no text of that job names clothes."""
    assert score_one(catalog, "S06", "工作服发不发嘛", None).silent_share == 1.0


def test_clothes_given_are_told(catalog: Catalog) -> None:
    """工作服发不发 is told the text that names the clothes given."""
    assert score_one(catalog, "S07", "工作服发不发嘛", ["工作服公司发两套"]).stated_share == 1.0
