"""A count of work asked (一个人看几台机子, 一天能做几多) told by the clause that counts it, in
whichever topic's text the recruiter wrote it; a count nobody wrote is left to the host."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: hengfeng
    name: 绍兴恒丰纺织有限公司
    aliases: [恒丰]
    city: 绍兴
jobs:
  - id: T01
    number: 1
    employer: hengfeng
    title: 挡车工
    pay: {min: 6000, max: 9000, unit: month, note: 按米数计件，学徒期3个月每月保底4500，熟手一人看12到16台机}
    duties: {content: 看喷水织机，接断头, note: 喷水织机四百多台，络筒车间两条线}
  - id: T02
    number: 2
    employer: hengfeng
    title: 花边剪线工
    pay: {min: 3500, max: 6000, unit: month, note: 按米计件，手快的一天能做两百多}
    duties: {content: 花边、蕾丝剪线头、修边、打包, posture: 坐班}
  - id: T03
    number: 3
    employer: hengfeng
    title: 验布工
    duties: {content: 灯箱下检查布面疵点, note: 车间里有二十多台验布机}
  - id: T04
    number: 4
    employer: hengfeng
    title: 客房服务员
    pay: {min: 4200, max: 6000, unit: month, note: 做一间房提成6元，旺季一天能做14到16间}
    duties: {content: 打扫客房、换布草}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Four jobs whose counts of work are written in the pay's or the work's notes."""
    return catalog_from_yaml(tmp_path_factory, "counts", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("T01", "一个人看几台机子", ["12到16台"]),  # per person, not how many the plant has
        ("T02", "剪线头一天能做几多", ["两百多"]),  # written in the pay's note, asked of the work
        ("T01", "挡车工要看几台机", ["12到16台"]),
        ("T04", "一天要做几间房", ["14到16间"]),  # the day's rooms, not the unit the price is paid by
    ],
)
def test_the_count_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each count is told by the clause that gives it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_a_count_nobody_wrote_is_not_guessed(catalog: Catalog) -> None:
    """验布 一个人看几台 of a text counting the workshop's machines only: not that count."""
    score = score_one(catalog, "T03", "一个人看几台机子", None)
    assert score.silent_share == 1.0
