"""Questions of electronics and solar plants, many typed in Cantonese or in pinyin initials: 定
between two postures with 的 asks which one; whether a plant is Taiwanese, foreign or state-owned
is told by the FAQ that says so; whether the certificate may be taken after starting is told by the
FAQ about it; a share of the housing fund is told from the clause that gives it; 范围 asks the pay
itself; zs and zh are 住宿 and 综合; how meals are charged is the canteen's; dyed hair is told by
the requirement about hair."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: huajing
    name: 东莞华晶电子有限公司
    aliases: [华晶]
    city: 东莞
    faq:
      - {q: 是不是台资厂, a: 是台资企业，管理严，工资准时发}
  - id: guangyao
    name: 宿迁光耀新能源科技有限公司
    aliases: [光耀]
    city: 宿迁
jobs:
  - id: E01
    number: 1
    employer: huajing
    title: 测试员
    duties: {posture: 坐班}
    requirements: {other: [无纹身, 不染彩色头发]}
  - id: E02
    number: 2
    employer: huajing
    title: 仓库物料员
    requirements: {other: [需持有效叉车证]}
    faq:
      - {q: 叉车证能进厂再考吗, a: 不行，要自己先有证}
  - id: E03
    number: 3
    employer: guangyao
    title: 电池片分选工
    pay: {min: 6500, max: 8500, unit: month, base: 2490}
    dorm: {provided: true, fee: 每月住宿费120元}
    canteen: {provided: true, cost: 每餐扣6元}
    insurance: {social: 入职买五险, housing_fund: true, note: 公积金转正后交，比例8%}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An electronics plant in Dongguan and a solar plant in Suqian."""
    return catalog_from_yaml(tmp_path_factory, "cantonese", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("E01", "测试系坐住做嘅定企住做", ["坐班"]),
        ("E01", "系咪台湾厂嚟嘅", ["台资"]),
        ("E01", "华晶是外企还是国企", ["台资"]),
        ("E01", "染咗黄毛得唔得", ["不染彩色头发"]),
        ("E02", "叉车证可以进去再考吗", ["自己先有证"]),
        ("E03", "公积金交几个点", ["8%"]),
        ("E03", "3号gz范围多少", ["6500"]),
        ("E03", "zs费多少", ["120"]),
        ("E03", "zh多少", ["6500"]),
        ("E03", "吃饭怎么算钱", ["6元"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("E03", "是国企吗"),  # 光耀 writes nothing of who owns it
        ("E03", "叉车证能进去再考吗"),  # the sorter's job names no certificate at all
    ],
)
def test_a_fact_not_written_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A question whose fact the catalogue lacks is left to the host, not told a neighbouring fact."""
    assert answered_as_written(catalog, featured, question, None)
