"""Questions of interns sent by their schools: intern pay is a facet of its own, told where a text
names it and left to the host where none does (never the month's pay of the staff); who told the
asker (我们班主任说) is not asked; a bathroom asked is told by a note on the toilet."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: jianghuai
    name: 芜湖江淮汽车零部件有限公司
    aliases: [江淮零部件]
    city: 芜湖
    faq:
      - {q: 学校送的实习生怎么安排, a: 学校统一送来的实习生签三方协议，有带队老师驻厂}
jobs:
  - id: A01
    number: 1
    employer: jianghuai
    title: 焊装机器人看护员
    pay: {min: 7000, max: 9500, unit: month, base: 3000}
    faq:
      - {q: 收实习生吗, a: 可以，实习工资每月4200元，包吃住}
  - id: A02
    number: 2
    employer: jianghuai
    title: 物料配送员
    pay: {min: 5500, max: 7000, unit: month, base: 2030}
  - id: A03
    number: 3
    employer: jianghuai
    title: 卡钳装配工
    dorm: {provided: true, room: 8人间, note: 厕所在楼层公共区}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Three car-parts jobs; only one says what an intern is paid."""
    return catalog_from_yaml(tmp_path_factory, "interns", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("A01", "1号实习工资多少🤔", ["4200"]),
        ("A02", "2号实习工资多少", None),  # the staff's month is no intern's pay
        ("A01", "我们班主任说要签三方 这个厂签吗", ["三方协议"]),
        ("A03", "宿舍有独卫吗", ["公共区"]),
        ("A03", "刚满20能不能做", None),  # no age written: left to the host
    ],
)
def test_the_fact_asked_is_told_or_left_to_the_host(
    catalog: Catalog, featured: str, question: str, state: list[str] | None
) -> None:
    """A fact written is told; one not written is left to the host."""
    assert answered_as_written(catalog, featured, question, state)
