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
