"""Salon, massage and gym questions: a session (一个钟) paid by the session, how long the
apprenticeship runs, a training loan feared (不会让我签培训贷吧), 🐎 as 吗, a day's count of clients
kept over the clause naming them, what to bring, a class fee, and a piece price asked with 提多少."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

SALONS = """\
employers:
  - id: meili
    name: 长沙美力美业管理有限公司
    aliases: [美力]
    city: 长沙
jobs:
  - id: B05
    number: 5
    employer: meili
    title: 美睫师
    pay: {min: 5000, max: 9000, unit: month, note: 每做一位客人提成35元，一天一般做6到10位}
    dorm: {provided: true, room: 4人间, fee: 0, note: 水电费平摊}
  - id: B06
    number: 6
    employer: meili
    title: 美甲学徒
    pay: {min: 2200, max: 3000, unit: month, note: 学徒期2个月，出师后转美甲师或美睫师，按对应岗位提成}
    prospects: {training: 带教师傅一对一教，学费全免}
    faq:
      - {q: 要交学费吗, a: 不签培训贷，不收任何学费}
  - id: B07
    number: 7
    employer: meili
    title: 足疗技师
    pay: {min: 6000, max: 12000, unit: month, note: 按钟计提成，每钟（60分钟）提成48元；新人前两个月保底4000}
    apply: {how: 报名7，带自己的工具来实操}
    location: {address: 昆明市官渡区关上街道, pickup: 昆明站、昆明南站可免费接站}
  - id: B11
    number: 11
    employer: meili
    title: 私人健身教练
    pay: {min: 6000, max: 15000, unit: month, note: 私教课课时费每节60-120元，卖课提成10%-18%}
  - id: B02
    number: 2
    employer: meili
    title: 发型师
    pay: {min: 8000, max: 20000, unit: month, note: 剪发业绩提成35%，烫染提成20%，自带老客提成40%}
  - id: D11
    number: 12
    employer: meili
    title: 轮胎工
    pay: {min: 5000, max: 8000, unit: month, note: 换胎补胎按条提成，货车每条20元}
"""


@pytest.fixture(scope="module")
def salons(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A beauty company's lash, nail, massage and gym jobs, and a tyre fitter."""
    return catalog_from_yaml(tmp_path_factory, "salons", SALONS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("B07", "足疗一个钟提成多少米", ["48"]),
        ("B06", "学多久能出师啊啊啊", ["2个月"]),
        ("B06", "不会让我签培训贷吧 被坑怕了", ["不签培训贷"]),
        ("B05", "住宿要钱🐎", ["免费"]),
        ("B05", "美睫做一个客人提多少呀", ["35元"]),
        ("B05", "一天做几个客人", ["6到10位"]),
        ("B07", "面试要带啥", ["工具"]),
        ("B11", "私教一节课课时费多少", ["60-120"]),
        ("D11", "补胎一条提多少", ["20元"]),
        ("B02", "自己带的老客提成咋算", ["40%"]),
    ],
)
def test_the_fact_asked_is_told(salons: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact its words ask, in a 20-character post."""
    assert score_one(salons, job, text, state).stated_share == 1.0


def test_the_way_there_from_a_station_the_pickup_names(salons: Catalog) -> None:
    """我坐高铁到昆明南 怎么过去 with no way written is told the pickup at 昆明南站; 怎么过去 alone,
    naming no station, stays with the host."""
    assert score_one(salons, "B07", "我坐高铁到昆明南 怎么过去啊", ["昆明南站"]).stated_share == 1.0
    assert score_one(salons, "B07", "从昆明站地铁咋过去", ["昆明站"]).stated_share == 1.0
    assert score_one(salons, "B07", "怎么过去", None).silent_share == 1.0
