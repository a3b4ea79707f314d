"""Questions typed by teenagers in pinyin initials and figures (fx, zs, bt, 5x, gjj): each is told
the fact its words stand for; a night shift asked as 熬夜, the rounds of an interview, and a
housing fund paid on the lowest base (a base in words, not a figure) are told as written."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: xingyun
    name: 杭州星运电商物流有限公司
    aliases: [星运]
    city: 杭州
jobs:
  - id: P01
    number: 1
    employer: xingyun
    title: 直播间打包员
    pay: {min: 5500, max: 7000, unit: month, payday: 每月12号发薪, note: 夜班每晚补贴25元}
    dorm: {provided: true, room: 6人间}
    insurance: {social: 入职即交五险, housing_fund: true, note: 公积金按最低基数交}
    hours: {shift: 长夜班, note: 晚8点到早8点，要熬夜}
    apply: {interview: 面试两轮，先电话后现场}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A live-commerce packing room in Hangzhou."""
    return catalog_from_yaml(tmp_path_factory, "initials", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("fx几号", ["12号"]),
        ("zs几ren间", ["6人间"]),
        ("夜班bt多少", ["25元"]),
        ("5x有莫", ["五险"]),
        ("gjj按多少交", ["最低基数"]),
        ("要熬夜不1号", ["熬夜", "长夜班"]),
        ("面几轮", ["两轮"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, "P01", question, state)
