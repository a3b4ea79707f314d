"""Questions in the words of Enshi women at a battery plant (fq房, 28哒还要得不) and of Heilongjiang street
cleaners (she保, 取暖费, 开一回资, 小头头): each told the fact it asks."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: ningneng, name: 宜昌宁能电池有限公司, aliases: [宁能电池], city: 宜昌}
  - {id: binjiang, name: 哈尔滨滨江环卫有限公司, aliases: [滨江环卫], city: 哈尔滨}
jobs:
  - id: E01
    number: 2
    employer: ningneng
    title: 电芯质检员
    dorm: {provided: 包住, couples: 有夫妻房，需排队}
    requirements: {age_min: 20, age_max: 35}
  - id: H01
    number: 5
    employer: binjiang
    title: 绿化养护工
    pay: {min: 3800, max: 4500, unit: month, payday: 每半个月发一次, note: 冬季取暖补贴每月100元}
    insurance: {social: 不交社保，只买意外险}
    prospects: {path: 养护工-班长-养护队长, training: 老师傅带着学修剪和打药}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A battery plant's quality checker in Yichang and a landscaping worker in Harbin."""
    return catalog_from_yaml(tmp_path_factory, "enshi_heilongjiang", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("E01", "2号有fq房不 我们两口子一起", ["有夫妻房"]),
        ("E01", "28哒还要得不", ["20-35岁"]),  # an age opening the question, closed by 哒
        ("H01", "给交she保不 俺还差几年就够十五年了", ["不交社保"]),
        ("H01", "冬天有取暖费不", ["100元"]),
        ("H01", "多长时间开一回资", ["每半个月"]),
        ("H01", "能学技术不 以后能当个小头头不", ["老师傅带"]),  # 头头 is a boss, no pet name
    ],
)
def test_the_fact_asked_in_enshi_and_heilongjiang_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0
