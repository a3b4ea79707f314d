"""Coal and chemical plant workers from Shanxi and Inner Mongolia by voice: 来接不了 asks, overtime
asked as 经常加班, a seniority raise asked as 给涨钱, what follows signing up asked as 下一步, and a
phone in the workshop told by an answer that names only where it is kept."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

COAL = """\
employers:
  - id: huineng
    name: 鄂尔多斯汇能化工有限公司
    aliases: [汇能]
    city: 鄂尔多斯
jobs:
  - id: K01
    number: 1
    employer: huineng
    title: 洗煤工
    location: {address: 吕梁市柳林县选煤厂, pickup: 柳林汽车站可以接}
  - id: K02
    number: 2
    employer: huineng
    title: 包装工
    hours: {shift: 长白班, daily: 10, rest: 月休2天, note: 出货多的时候要加班到晚上}
  - id: K03
    number: 3
    employer: huineng
    title: 食堂帮厨
    pay: {min: 3800, max: 4500, unit: month, note: 干满一年每月加100元工龄工资}
  - id: K04
    number: 4
    employer: huineng
    title: 化验员
    apply: {how: 发 报名4，然后私信发简历和毕业证照片}
  - id: K06
    number: 6
    employer: huineng
    title: 辣椒分拣工
    pay: {min: 150, max: 180, unit: day, note: 做满整个辣椒季（8月到11月）另奖800元}
  - id: K05
    number: 5
    employer: huineng
    title: 压滤工
    faq:
      - {q: 无尘车间能带手机吗, a: 不能，手机放车间外储物柜}
"""


@pytest.fixture(scope="module")
def coal(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Plant jobs with a station pickup, overtime in busy weeks, a seniority raise and a CV to send."""
    return catalog_from_yaml(tmp_path_factory, "coal", COAL)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("K01", "俺坐班车到柳林汽车站下了车有人来接不了", ["可以接"]),
        ("K02", "包装是不是经常加班了", ["出货多"]),
        ("K03", "在那达干的时间长了给涨钱不了", ["100元"]),
        ("K04", "化验员报了名以后下一步咋弄了，俺们不懂这些", ["简历"]),
        ("K05", "车间里面可以带手机吗？", ["储物柜"]),  # the FAQ's answer names no 带手机
        ("K06", "做满一季有奖金没得", ["800元"]),  # 另奖 is a bonus
    ],
)
def test_plant_workers_are_told_what_they_ask(coal: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact it asks in the catalogue's words."""
    assert answered_as_written(coal, job, text, state)
