"""Questions about mines, plants, wind farms and road crews told what they ask: overtime by the
clause giving its sum, a heating allowance written 供暖, a certificate the job's training gets one,
how far town is when the dorm's note says, the span of an apprenticeship written in the pay's note,
a dorm's way to work in a recruiter's note, when a project ends by the text giving a time; and the
facts nobody wrote left to the host."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: hongtai
    name: 鄂尔多斯宏泰煤业有限公司
    aliases: [宏泰]
    city: 鄂尔多斯
    direct_hire: true
jobs:
  - id: E01
    number: 1
    employer: hongtai
    title: 井下辅助工
    pay:
      min: 9000
      max: 13000
      unit: month
      overtime: 加班费按出勤班数算，满26个班后每多一个班加180元
    requirements: {experience: 无经验可学}
    prospects: {training: 下井前安全培训7天，带薪，考煤矿安全培训合格证}
    dorm: {provided: 包住, distance: 矿区生活区，走路10分钟到井口}
  - id: E03
    number: 3
    employer: hongtai
    title: 电厂巡检
    pay: {min: 6000, max: 8000, unit: month, note: 供暖季每月另有供暖补贴500元}
  - id: E05
    number: 5
    employer: hongtai
    title: 风电运维
    dorm: {provided: 包住, distance: 住在升压站场站里, note: 场站在山上，离县城40公里}
  - id: E09
    number: 9
    employer: hongtai
    title: 快递派件员
    dorm: {provided: 包住, room: 4人间, note: 宿舍在麓谷，离网点骑车10分钟}
  - id: E10
    number: 10
    employer: hongtai
    title: 派件员
    dorm: {provided: true, room: 6人间}
  - id: E11
    number: 11
    employer: hongtai
    title: 打磨学徒
    pay: {min: 4000, max: 6000, unit: month, note: 学徒期2个月每月3000，出师后计件}
    prospects: {training: 师傅一带一, note: 出师后可以转油漆学徒}
  - id: E13
    number: 13
    employer: hongtai
    title: 路桥施工普工
    hours: {shift: 白班, daily: 10, note: 赶工期时会开夜车}
    duties: {content: 钢筋、模板、浇筑, note: 工期从3月底干到11月中旬，冬天封冻停工}
  - id: E14
    number: 14
    employer: hongtai
    title: 路桥测量员
    hours: {shift: 白班, daily: 9, note: 赶工期时会开夜车}
  - id: E12
    number: 12
    employer: hongtai
    title: 井口信号工
    location: {transport: 成都东站坐地铁2号线}
  - id: E15
    number: 15
    employer: hongtai
    title: 平车工
    location: {pickup: 湖州站每周一、周四免费接站}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Ten jobs with their facts in the recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "energy", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("E01", "超班咋给钱", ["180元"]),  # the clause giving the sum, not how shifts are counted
        ("E01", "没有煤矿的证可以不", ["考煤矿安全培训合格证"]),  # the training gets one the certificate
        ("E03", "冬天有取暖补贴没", ["500元"]),  # 取暖 written 供暖
        ("E05", "离市里远不", ["40公里"]),  # the dorm's note tells how far town is
        ("E09", "宿舍远不远", ["骑车10分钟"]),  # the note's way to work
        ("E10", "宿舍包唔包", ["包住"]),
        ("E11", "学徒要学好久", ["2个月"]),  # the span is in the pay's note
        ("E13", "工期到啥时候", ["11月中旬"]),  # the text giving a time, not the one only naming 工期
        ("E15", "湖州站哪天接", ["周一、周四"]),  # days of the week are a time given
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("E11", "多久能出师"),  # what follows the apprenticeship is written, not how long it lasts
        ("E12", "成都东站有接的吗"),  # the way there is written, no pick-up
        ("E10", "宿舍包不包水电"),  # whether the bills are paid is not written
        ("E14", "工期到啥时候"),  # 工期 is named, no time is given
    ],
)
def test_a_fact_the_catalogue_lacks_is_not_guessed(catalog: Catalog, featured: str, question: str) -> None:
    """The question goes to the host, not answered with the nearest fact."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0
