"""Questions about garment work told what they ask: monthly pay or piece rate asked as a choice and
told by 包月, the day one can start asked as 当天能进厂, eyesight asked as 眼睛; within a post's 20
characters the payday told by its own clause, not by the money one may borrow before it; who picks
one up (哪个接我) told by the pick-up, not the address."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: lijia
    name: 丽佳童装有限公司
    aliases: [丽佳]
    city: 湖州
    direct_hire: true
    agency_fee: 0
jobs:
  - id: G01
    number: 1
    employer: lijia
    title: 剪线工
    pay: {min: 3600, max: 4200, unit: month, payday: 每月10号, note: 包月，不计件}
    apply: {how: 直播间发 报名1, start: 面试过了当天可入职}
    requirements: {age_min: 18, age_max: 55, other: [眼神好，能看清线头]}
  - id: G02
    number: 2
    employer: lijia
    title: 车位
    pay: {min: 8000, max: 15000, unit: month, payday: 平时每月借支2000生活费，年底腊月二十前一次结清}
    location: {address: 湖州市吴兴区织里镇珍贝路1288号, pickup: 织里汽车站可以来接}
  - id: G03
    number: 3
    employer: lijia
    title: 外包装工
    pay: {min: 300, max: 500, unit: day, payday: 每月25号发生活费3000，剩下的按工程节点结清}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """One garment job in the recruiter's words."""
    return catalog_from_yaml(tmp_path_factory, "garment", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("剪线头是包月还是计件", ["包月"]),
        ("当天能进厂不", ["当天可入职"]),
        ("眼睛有点花能做不", ["眼神好"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, however it is worded."""
    score = score_one(catalog, "G01", question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("G02", "么子时候发工资", ["腊月二十"]),
        ("G03", "gz咋发的", ["25号"]),
        ("G02", "来织里哪个接我", ["汽车站"]),
    ],
)
def test_the_payday_is_told_not_the_advance(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Borrowing each month is no payday (年底腊月二十 is); money paid on the 25th is part of it."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0
