"""The terms of being taken on, asked as viewers ask them: how long until one is taken on (多久能
转正) against whether there is a probation (有试用期吗), how long training lasts written in the start,
a month's hours as a range, days off apart from the lunch break, pay by the day, a room's fee when
the room asked is the dorm's only kind, a lunch the company pays for (公司承担), and meals not
given told so even where a note says there is a canteen."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: chunqi
    name: 长春春汽零部件有限公司
    aliases: [春汽]
    city: 长春
jobs:
  - id: C01
    number: 1
    employer: chunqi
    title: 总装操作工
    prospects: {path: 操作工-班组长-工段长, note: 干满一年考核合格转春汽正式工}
  - id: C03
    number: 3
    employer: chunqi
    title: 试车员
    canteen: {provided: true, meals: 2, cost: 中餐公司承担}
  - id: C04
    number: 4
    employer: chunqi
    title: 冲压工
    dorm: {provided: 包住, room: 6人间, fee: 150元/月}
  - id: C11
    number: 11
    employer: chunqi
    title: 座椅装配工
    hours: {shift: 两班倒, daily: 11, note: 一个月工时260-300小时}
    canteen: {provided: 不包吃, subsidy: 每天餐补10元, note: 厂里有食堂，刷卡自费}
  - id: C12
    number: 12
    employer: chunqi
    title: 住院护工
    pay: {min: 4500, max: 6500, unit: month, note: 按病人护理等级算，一级护理每天200元}
    hours: {shift: 24小时陪护, rest: 月休4天}
    apply: {how: 直播间发 报名12, start: 培训3天后上岗}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Five jobs with their terms in the recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "hiring", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C01", "多久能转正", ["干满一年"]),
        ("C03", "中午饭要钱不", ["公司承担"]),
        ("C04", "6人间住宿多少钱", ["150"]),  # the dorm's only room: its fee is the dorm's
        ("C11", "一个月做几多个钟", ["260-300"]),
        ("C11", "包吃吗", ["不包吃"]),  # the no first, never only that there is a canteen
        ("C11", "包吃冇", ["不包吃"]),
        ("C12", "护工按天算还是按月", ["每天200元"]),
        ("C12", "培训要好久", ["培训3天"]),  # written in when one starts
        ("C12", "休息好多天", ["月休4天"]),  # days off, not the lunch break
    ],
)
def test_the_term_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("C01", "有试用期吗"),  # when one is taken on is written, no probation
        ("C01", "转正了涨钱不"),  # a raise after it, never written
        ("C04", "4人间多少钱"),  # a room the dorm does not have
        ("C04", "夫妻房多少钱"),
    ],
)
def test_a_term_the_catalogue_lacks_is_not_guessed(catalog: Catalog, featured: str, question: str) -> None:
    """The question goes to the host, not answered with the nearest fact."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0
