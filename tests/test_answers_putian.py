"""Questions typed by Minnan speakers of Putian and Quanzhou, often by voice: 阮 is I and 阮某 my wife,
做伙 together, 伦 a person, 呼 for 夫 (Minnan has no f), 无 closing a clause asks, and a [表情] code
between two clauses parts them; a workplace the asker was at before (上次去晋江鞋厂, 在福清船厂做过)
is told, not asked about; 焊工证要吗 asks the certificate and 可以升调度吗 the prospects; whether a
lapsed certificate will do is told by the requirement of a valid one; 水电哪个出 asks of the room's water
and power, not of the 水电 trade, whose name still names its job."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: donghai
    name: 莆田东海港务有限公司
    aliases: [东海港务]
    city: 莆田
jobs:
  - id: P01
    number: 1
    employer: donghai
    title: 码头装卸工
    pay: {min: 7000, max: 9500, unit: month, note: 计件为主，不压工资}
    dorm: {provided: true, room: 6人间, couples: 无夫妻房, fee: 每月交水电费50元}
    hours: {shift: 两班倒, daily: 12}
  - id: P02
    number: 2
    employer: donghai
    title: 船舶电焊工
    requirements: {experience: 有船厂焊接经验优先, other: [持有效焊工证]}
    prospects: {path: 焊工-班组长-调度}
  - id: P03
    number: 3
    employer: donghai
    title: 打磨工
    requirements: {experience: 无经验可学}
  - id: P04
    number: 4
    employer: donghai
    title: 水电工
    aliases: [水电]
    pay: {min: 9000, max: 12000, unit: month}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A port in Putian."""
    return catalog_from_yaml(tmp_path_factory, "putian", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("P01", "工资有压无[捂脸]上次去晋江鞋厂被压两个月", ["不压工资"]),
        ("P01", "阮跟阮某两个做伙去 有呼妻房吗", ["无夫妻房"]),
        ("P01", "宿社是几个伦住的", ["6人间"]),
        ("P02", "焊工证要吗 阮在福清船厂做过的 无证", ["焊工证"]),
        ("P02", "做久了可以升调度吗", ["调度"]),
        ("P03", "打磨要经验无", ["无经验可学"]),
        ("P02", "焊工证过期了可以吗", ["有效焊工证"]),
        ("P01", "住宿舍要交钱吗 水电哪个出", ["水电费50元"]),
        ("P01", "水电工资几多", ["9000"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


def test_a_company_asked_about_is_still_not_the_job_on_screen(catalog: Catalog) -> None:
    """福清船厂包吃吗 asks of a company the catalogue lacks: the host is told, not the job on screen."""
    assert answered_as_written(catalog, "P02", "福清船厂包吃吗", None)
