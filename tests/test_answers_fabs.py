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


INTERNS = """\
employers:
  - id: xinchen
    name: 武汉芯辰科技有限公司
    aliases: [芯辰]
    city: 武汉
jobs:
  - id: F08
    number: 8
    employer: xinchen
    title: 学生实习生
    prospects: {training: 入职培训2天, note: 实习表现好的毕业后可以直接转正，免试用期}
  - id: F02
    number: 2
    employer: xinchen
    title: 设备技术员
    requirements:
      age_min: 20
      age_max: 32
      education: 大专及以上
      experience: 有设备维修经验优先，应届生可以
  - id: F09
    number: 9
    employer: xinchen
    title: 电芯操作工
    requirements: {age_min: 18, age_max: 45, education: 初中以上}
"""


@pytest.fixture(scope="module")
def interns(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An internship that may lead to a post, and a job that takes this year's graduates."""
    return catalog_from_yaml(tmp_path_factory, "interns", INTERNS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [("F08", "实习完能留下吗", ["直接转正"]), ("F02", "26届的 还没毕业能去吗", ["应届生可以"])],
)
def test_students_are_told_what_they_ask(interns: Catalog, job: str, text: str, state: list[str]) -> None:
    """Whether an intern may stay, and whether one not yet graduated is taken, are facets of their own."""
    assert score_one(interns, job, text, state).stated_share == 1.0


def test_a_student_asked_of_a_job_saying_nothing_stays_with_the_host(interns: Catalog) -> None:
    """学生可以去吗 of a job whose texts name no students: no post."""
    assert score_one(interns, "F09", "还没毕业能去吗", None).silent_share == 1.0
