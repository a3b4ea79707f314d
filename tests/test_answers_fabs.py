"""Students' questions about fab work: a payday asked as gz几号, a month's pay of an hourly job told
by the note giving it, hours asked in h, a box's weight, six insurances, and a short stay asked as
干一个月行不行."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

FABS = """\
employers:
  - id: jingyuan
    name: 合肥晶源半导体有限公司
    aliases: [晶源]
    city: 合肥
jobs:
  - id: F02
    number: 2
    employer: jingyuan
    title: 设备技术员
    pay: {min: 8000, max: 11000, unit: month, payday: 每月10号}
  - id: F03
    number: 3
    employer: jingyuan
    title: 小时工
    pay: {min: 21, max: 23, unit: hour, note: 综合月收入约5500-6500元；押半个月工资，离职时一起结清}
    hours: {shift: 两班倒, daily: 11}
    insurance: {social: 入职第一天缴纳六险，含补充医疗}
  - id: F12
    number: 12
    employer: jingyuan
    title: 硅片包装工
    duties: {content: 硅片装盒打包, intensity: 一般，一箱硅片约8斤}
    faq:
      - {q: 干一个月行吗, a: 不行，最少干满2个月}
"""


@pytest.fixture(scope="module")
def fabs(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A fab's technician, hourly worker and packer."""
    return catalog_from_yaml(tmp_path_factory, "fabs", FABS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("F02", "gz几号", ["10号"]),
        ("F03", "yysy 一个月综合多少", ["5500"]),
        ("F03", "一天上几h", ["11"]),
        ("F03", "六险是啥 哪天开始买", ["入职第一天"]),
        ("F12", "一箱多重啊 女生搬得动吗", ["8斤"]),
        ("F12", "干一个月行不行 开学要回去", ["2个月"]),
    ],
)
def test_the_fact_asked_is_told(fabs: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact its words ask, in a 20-character post."""
    assert score_one(fabs, job, text, state).stated_share == 1.0
