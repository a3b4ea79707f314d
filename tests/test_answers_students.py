"""Questions of students and their parents about summer work told what they ask: the kind of bonus
named after asking one, leaving half-way and the men-to-women ratio under the FAQ's own words, a
gate time written only in an FAQ's answer, a night snack, an allowance for renting out."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: kaile
    name: 凯乐玩具有限公司
    aliases: [凯乐]
    city: 东莞
    direct_hire: true
    agency_fee: 0
    faq:
      - {q: 女生住得安全吗, a: 女生宿舍单独一栋，晚上10点半门禁}
jobs:
  - id: U01
    number: 1
    employer: kaile
    title: 暑假工
    pay:
      min: 4200
      max: 5200
      unit: month
      payday: 每月18号
      note: 干满40天每月另发250元全勤奖
    canteen: {provided: 包吃, meals: 3, note: 上夜班的有夜宵}
    dorm: {provided: 包住, room: 8人间, allowance: 不住宿舍每月补150元}
    faq:
      - {q: 中途走工资给不给, a: 提前5天申请，工资照发}
      - {q: 男女比例, a: 女多男少，六比四}
    requirements: {age_min: 16, age_max: 22, other: [学生要带学生证]}
  - id: U02
    number: 2
    employer: kaile
    title: 学生工
    pay: {min: 3800, max: 4500, unit: month}
    requirements: {age_min: 18, age_max: 24}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """One summer job with its bonus, meals and FAQs in the recruiter's words."""
    return catalog_from_yaml(tmp_path_factory, "students", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("有奖金吗 全勤那种", ["250元全勤奖"]),
        ("中途不想干了钱给不给", ["工资照发"]),
        ("干一半走了钱给不给", ["工资照发"]),
        ("男生多还是女生多", ["六比四"]),
        ("宿舍有门禁吗", ["10点半门禁"]),
        ("夜班有东西吃吗", ["夜宵"]),
        ("我想自己出去租 有补贴吗", ["150"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, however it is worded."""
    score = score_one(catalog, "U01", question, state)
    assert score.stated_share == 1.0


def test_who_may_do_a_job_asks_of_the_job_on_screen_not_of_a_job_so_called(catalog: Catalog) -> None:
    """学生可以去吗 with 1号 on screen asks whether 1号 takes students, not about the job called 学生工."""
    score = score_one(catalog, "U01", "学生可以去吗", ["学生证"])
    assert score.stated_share == 1.0


PLANT = """\
employers:
  - {id: tongxin, name: 合肥同鑫汽车座椅有限公司, aliases: [同鑫], city: 合肥}
jobs:
  - id: V04
    number: 4
    employer: tongxin
    title: 叉车司机
    requirements: {age_min: 20, age_max: 45, other: [必须有叉车证（N1）]}
  - id: V05
    number: 5
    employer: tongxin
    title: 线束装配工
    duties: {content: 按图纸把线束插到工装板上, posture: 坐班}
    apply: {interview: 线上视频面试}
  - id: V07
    number: 7
    employer: tongxin
    title: 技校实习生
    pay: {min: 170, max: 200, unit: day, note: 按天算，做满2个月另发交通补贴500元}
  - id: V09
    number: 9
    employer: tongxin
    title: 仓管员
    requirements: {age_min: 20, age_max: 38, education: 高中及以上}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("V05", "叉车那个要证吗", ["叉车证"]),  # a pointing word between the thing and its certificate
        ("V09", "高中没毕业能干仓管吗", ["高中及以上"]),  # schooling left unfinished: the schooling asked
        ("V07", "车费报不报 来回好贵", ["交通补贴"]),  # a fare paid back, written as an allowance
        ("V05", "线束是坐着干的叭 站一天腿会废", ["坐班"]),  # 叭 typed for a closing 吧
        ("V05", "能线上面不 人在老家", ["线上视频面试"]),  # 面 alone for an interview
    ],
)
def test_vocational_students_are_told_what_they_ask(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """Students' shorthand and slips are told the fact they ask."""
    catalog = catalog_from_yaml(tmp_path_factory, "plant", PLANT)
    assert score_one(catalog, featured, question, state).stated_share == 1.0


EXAMS = """\
employers:
  - {id: tongxin, name: 合肥同鑫汽车座椅有限公司, aliases: [同鑫], city: 合肥}
jobs:
  - id: V02
    number: 2
    employer: tongxin
    title: 焊装设备操作工
    requirements: {age_min: 18, age_max: 35, other: [入职前要考设备安全笔试]}
    prospects: {training: 师傅带教1个月, path: 操作工-设备技术员-工程师助理}
"""


@pytest.mark.parametrize("question", ["要考试吗 怕挂科😂", "去了要考试吗", "有笔试吗"])
def test_an_exam_asked_is_told_by_the_text_naming_it(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    """要考试吗 is told of the written test the requirements name, not of the training."""
    catalog = catalog_from_yaml(tmp_path_factory, "exams", EXAMS)
    assert score_one(catalog, "V02", question, ["笔试"]).stated_share == 1.0
