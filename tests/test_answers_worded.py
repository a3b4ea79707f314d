"""Questions read as no topic that name a thing the job's own texts write: told the clause that
writes it, and the clause giving what is asked of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.load import load_catalog
from catalog.models import Catalog
from tests.test_answers import score_answers_rows

CATALOGUE = """\
employers:
  - id: hongtu
    name: 宏图建设工程有限公司
    aliases: [宏图]
    city: 武汉
    direct_hire: true
    agency_fee: 0
jobs:
  - id: W01
    number: 1
    employer: hongtu
    title: 水电安装工
    pay:
      min: 350
      max: 450
      unit: day
      payday: 每月先发生活费1500元，尾款按项目进度结
      note: 点工每天350起，清包按平方算
    duties: {content: 水管电线安装, intensity: 一般, note: 自带扳手，电钻公司配}
    prospects: {path: 做满一年可以升班长，班长月薪7000以上}
    requirements: {other: [需自带扳手]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """One building job whose pay, tools and ranks are written in the recruiter's words."""
    path: Path = tmp_path_factory.mktemp("worded") / "catalog.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    return load_catalog(path)


def _told(catalog: Catalog, question: str, state: list[str]) -> bool:
    """Whether one asker alone, under Bilibili's limits, is told one of the wanted words."""
    score = score_answers_rows(catalog, [{"featured": "W01", "text": question, "state": state}])
    return score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [("清包咋算", ["按平方算"]), ("尾款什么时候给", ["项目进度"])],
)
def test_a_two_character_thing_asked_how_or_when_is_told_its_clause(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """清包咋算 and 尾款什么时候给 name one written thing each and ask how or when: its clause answers."""
    assert _told(catalog, question, state)


def test_two_texts_saying_the_same_clause_are_one_answer(catalog: Catalog) -> None:
    """扳手要自带吗, written both in the work's note and in the requirements, is told 自带扳手."""
    assert _told(catalog, "扳手要自带吗", ["自带扳手"])


def test_a_sum_asked_is_told_the_clause_giving_it(catalog: Catalog) -> None:
    """班长多少钱 of 做满一年可以升班长，班长月薪7000以上 is told the clause with the sum."""
    assert _told(catalog, "班长多少钱", ["7000"])
