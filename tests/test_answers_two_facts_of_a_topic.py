"""Two facts of one topic asked in clauses of their own (宿舍远不远 住宿要钱吗) are each told, not read
as the cost of the distance and sent to the host; a question followed by what the asker tells of
themself (英语不好行吗 就会个hello) is told as the question alone; who one is hired through, and that
signing up costs nothing, are told by the FAQ that asks it; a certificate is asked under any of its
names (登高证 of 高空作业证); part-time work is told only by a text saying 兼职; of two facts found,
the one naming more of the question leads; and a sum, a way of two, or what a night shift pays,
where nothing says it, gets no post (who pays for a check-up is no sum; a text naming the tool is
neither way; tons asked where no text gives tons)."""

from __future__ import annotations

import pytest

from bot.profiles import get_profile
from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml, score_answers_rows

CATALOGUE = """\
employers:
  - id: kangbei
    name: 邢台康贝宠物食品有限公司
    aliases: [康贝]
    city: 邢台
    agency_fee: 0
  - id: hongtong
    name: 无锡鸿通线缆有限公司
    aliases: [鸿通]
    city: 无锡
    direct_hire: false
    faq:
      - {q: 是派遣还是直招, a: 前三个月由无锡众信人力派遣，满三个月转鸿通正式工}
  - id: anrui
    name: 晋江安锐鞋业有限公司
    aliases: [安锐]
    city: 泉州
    faq:
      - {q: 是品牌厂吗, a: 给国内几个运动品牌代工，自己也有品牌}
faq:
  - {q: 报名要钱吗, a: 本场所有岗位报名不收任何费用}
jobs:
  - id: F05
    number: 6
    employer: anrui
    title: 叉车司机
    duties: {content: 仓库和车间之间开叉车转运原材料、成品}
  - id: P04
    number: 4
    employer: kangbei
    title: 膨化操作工
    pay: {min: 6000, max: 8000, unit: month}
    hours: {shift: 两班倒, daily: 12}
    dorm: {provided: 包住, distance: 宿舍在厂区对面，过马路就到, room: 4人间, fee: 每月50元}
    requirements: {age_min: 20, age_max: 45, other: [能上夜班, 入职体检厂里报销]}
  - id: A08
    number: 8
    employer: kangbei
    title: 值机引导员
    requirements: {age_min: 18, age_max: 30, other: [需会简单英语对话, 需普通话标准]}
    hours: {rest: 做六休一}
  - id: A11
    number: 9
    employer: kangbei
    title: 站内快餐店员
    hours: {rest: 排班制，每周休一天}
    pay: {min: 20, max: 24, unit: hour, note: 兼职也收，一天干满8小时按全天算}
  - id: P08
    number: 7
    employer: kangbei
    title: 烘干工
    duties: {content: 推料车进出烘干房、看温度、做记录, note: 烘干房里热，一车料三百来斤，有电动推车}
  - id: S05
    number: 5
    employer: kangbei
    title: 铸件打磨工
    duties: {content: 用角磨机打磨铸件毛刺、清砂, note: 车间每人看6到8台打磨机}
    requirements: {age_min: 20, age_max: 50, other: [需入职体检自费]}
  - id: H11
    number: 11
    employer: hongtong
    title: 光缆包装普工
    pay: {min: 5500, max: 6500, unit: month}
    hours: {shift: 两班倒, daily: 11, rest: 做六休一}
  - id: H12
    number: 12
    employer: hongtong
    title: 钢筋工
    requirements: {age_min: 20, age_max: 55, other: [有高空作业证的优先]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A pet-food plant in Xingtai and a cable works hiring through an agency."""
    return catalog_from_yaml(tmp_path_factory, "two_facts", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("P04", "宿舍离厂里远不远 住宿要钱不", ["过马路就到"]),  # not 体检厂里报销, found by 厂里 and 要钱
        ("P04", "宿舍几人间 住宿费多少", ["4人间"]),
        ("H12", "需要登高证吗", ["高空作业证"]),
        ("H12", "没有高处作业证能干吗", ["高空作业证"]),
        ("A08", "英语不好行吗 就会个hello", ["英语"]),  # what follows the question tells, asks nothing
        ("A08", "要会英语吗 听不懂😂", ["英语"]),
        ("A11", "兼职要吗 周末能来", ["兼职也收"]),
        ("A08", "能兼职不 就周末干两天", None),  # no text says 兼职: not the rest days
        ("P04", "报名要交钱么 莫又是骗人的", ["本场所有岗位报名不收任何费用"]),
        ("P08", "烘干房里热不热", ["烘干房里热"]),  # the fact naming more of the question leads
        ("S05", "体检要好多钱啊", None),  # who pays is written, not how much
        ("S05", "角磨机自己带还是厂里给", None),  # the text naming the tool tells neither way
        ("F05", "叉车是几吨的", None),  # no text gives tons; the FAQ naming brands is no answer
        ("S05", "一个人看几台", ["6到8台"]),
    ],
)
def test_the_fact_asked_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str] | None
) -> None:
    """Each question is told the fact it asks, or goes to the host when nothing says it."""
    assert answered_as_written(catalog, featured, question, state)


def test_through_whom_one_is_hired_is_told_by_the_faq_asking_it(catalog: Catalog) -> None:
    """Where the post has room, the FAQ saying through whom leads the bare 劳务派遣."""
    row = {"featured": "H11", "text": "是直招吗", "state": ["众信人力派遣"]}
    assert score_answers_rows(catalog, [row], get_profile("generic")).stated_share == 1.0


def test_the_second_fact_follows_the_first(catalog: Catalog) -> None:
    """Where the post has room, the second clause's fact is told after the first's."""
    row = {"featured": "P04", "text": "宿舍远不远 住宿要钱吗", "state": ["过马路就到"]}
    [told] = score_answers_rows(catalog, [row], get_profile("generic")).outcomes
    assert told.stated
    assert "每月50元" in told.posts[0]


@pytest.mark.parametrize("question", ["上夜班多给钱么", "夜班另外加钱吗"])
def test_a_night_shifts_pay_unwritten_is_no_shift_told(catalog: Catalog, question: str) -> None:
    """What a night shift pays, written nowhere, gets no post (the shifts are not the answer)."""
    assert answered_as_written(catalog, "H11", question, None)
