"""Questions of mine and quarry workers, many in Shaanxi and Shanxi speech: whether meals are dear
told by their cost; an allowance asked by one who sleeps out told by the dorm's allowance; the price
of one load told as the piece rate; a month's earnings of a job paid by the load told by the note's
month, whatever the job's own name shares with other clauses; 说实话 asks nothing; how far the town
is, where only a bus to it is written, and an overtime rate, where only a load doubled is, are left
to the host."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: jinshi
    name: 榆林金石建材有限公司
    aliases: [金石]
    city: 榆林
jobs:
  - id: M01
    number: 1
    employer: jinshi
    title: 破碎机操作工
    apply: {interview: 到矿上面试加体检，体检费180元先自付，入职后报销}
    requirements: {other: [体检合格（重点查肺和血压）]}
    canteen: {provided: true, meals: 3, cost: 刷饭卡，每餐10元左右}
    dorm: {provided: true, room: 6人间, allowance: 不住宿补贴300元/月}
  - id: M02
    number: 2
    employer: jinshi
    title: 石料装车工
    aliases: [篷布工]
    pay: {min: 8, max: 8, unit: piece, note: 计件，每车盖篷布加绑绳8元，多劳多得，一个月7000到11000}
    duties: {content: 给拉石料的大车盖篷布、绑绳, note: 每天一般跑4-6趟}
  - id: M03
    number: 3
    employer: jinshi
    title: 化验室取样员
    location:
      address: 大同市云州区西坪镇工业园区
      transport: 市区有通勤班车，早上7点发车
      pickup: 大同南站可以接，提前说
    apply: {start: 面试合格第二天上岗}
    pay: {min: 5000, max: 6000, unit: month}
    duties: {content: 站点取样送检，坐车去各站点, note: 双十一前后件量翻倍}
    hours: {shift: 早中晚三档选班, daily: 10}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Two quarry jobs in Yulin."""
    return catalog_from_yaml(tmp_path_factory, "mines", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("M01", "1号吃饭贵不", ["10元"]),
        ("M01", "额不住宿舍 给补贴不", ["300"]),
        ("M02", "盖一车篷布多钱", ["8元"]),
        ("M02", "篷布工一个月能挣多少 说实话", ["7000"]),
        ("M03", "离市区多远", None),  # the town is named with its bus, how far it is is not
        ("M03", "加班费有没得", None),  # a load doubled (翻倍) is no overtime rate
        ("M01", "会不会烫到手😭", None),  # a hand hurt is no pay in hand (到手)
        ("M03", "站着还是坐着", None),  # 站点 and 坐车 in its texts say nothing of it
        ("M03", "请问每天大概需要工作多少个小时？", ["每天10小时"]),
        ("M01", "体检费多少", ["180元"]),  # its cost, not that one must pass it
        ("M01", "体检费谁掏 额可么钱", ["180元"]),
        ("M02", "一天跑几趟", ["4-6趟"]),  # a count written as a range with a dash
        ("M03", "大同南站能接不 我从安庆过来", ["可以接"]),
        ("M03", "3号啥子时候面试", None),  # when one starts after it is no time of the interview
    ],
)
def test_the_fact_asked_is_told_or_left_to_the_host(
    catalog: Catalog, featured: str, question: str, state: list[str] | None
) -> None:
    """A fact written is told; one not written is left to the host."""
    assert answered_as_written(catalog, featured, question, state)
