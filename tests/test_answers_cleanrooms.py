"""Fab workers' questions in Hunan and Hakka speech: a title typed by its initials (sbjsy), girls
asked of as 妹子, a raise asked of after 转正, a production bonus asked as 产量奖几多, earning asked as
一个月搞得好多, how far asked as 宿舍到厂好远, and whether the dorm is quiet enough to sleep by day."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CLEANROOMS = """\
employers:
  - id: jingxin
    name: 合肥晶芯半导体有限公司
    aliases: [晶芯]
    city: 合肥
jobs:
  - id: C01
    number: 1
    employer: jingxin
    title: 设备技术员
    pay: {min: 7500, max: 11000, unit: month, base: 3500}
    requirements: {age_min: 20, age_max: 35, gender: 男, other: [会看电气图纸, 有电工证优先]}
  - id: C02
    number: 2
    employer: jingxin
    title: 洁净室操作员
    pay: {min: 6500, max: 9000, unit: month}
    prospects: {path: 操作员-技术员-工程师助理, note: 每年两次调薪}
    requirements: {gender: 男女不限}
  - id: C03
    number: 3
    employer: jingxin
    title: 夜班包装工
    hours: {shift: 固定夜班}
    dorm:
      provided: 包住
      distance: 宿舍在左岭，坐厂车15分钟
      room: 6人间
      note: 夜班人员单独安排宿舍，白天比较安静
  - id: C04
    number: 4
    employer: jingxin
    title: 切片操作工
    pay: {min: 7000, max: 9500, unit: month, note: 有产量奖金，月均1500元左右}
  - id: C05
    number: 5
    employer: jingxin
    title: 分选工
    pay: {min: 2.4, max: 2.6, unit: piece, note: 计件，每盒2.4-2.6元，熟手每月7000左右}
"""


@pytest.fixture(scope="module")
def cleanrooms(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Fab jobs with a licence wanted, a raise, a quiet dorm for the night shift and bonuses."""
    return catalog_from_yaml(tmp_path_factory, "cleanrooms", CLEANROOMS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("C01", "sbjsy要电工证冇", ["电工证"]),  # 设备技术员 by its initials; its sb no insult
        ("C01", "妹子可以做设备不", ["男"]),
        ("C02", "转正以后涨工资冇", ["调薪"]),  # the raise, not when 转正 comes
        ("C03", "夜班白天困觉吵不吵", ["安静"]),
        ("C03", "宿舍到厂好远", ["15分钟"]),
        ("C04", "产量奖几多", ["1500"]),
        ("C05", "熟手一个月搞得好多", ["7000"]),
        ("C02", "宿舍吵不吵", None),  # no dorm written: left to the host
    ],
)
def test_fab_workers_are_told_what_they_ask(
    cleanrooms: Catalog, job: str, text: str, state: list[str] | None
) -> None:
    """Each question is told the fact it asks, or left to the host where the catalogue has none."""
    assert answered_as_written(cleanrooms, job, text, state)
