"""Questions of warehouse and parcel workers, many in Cantonese: a raise told by the note saying when
pay is adjusted (每年7月调一次薪); a bonus for days served told by the note naming those days (满7天);
a recruiter's answer that speaks of a licence (不包办证) posted, not held back as an advert."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: yuncang
    name: 义乌云仓供应链有限公司
    aliases: [云仓]
    city: 义乌
jobs:
  - id: W01
    number: 1
    employer: yuncang
    title: 叉车司机
    prospects: {path: 叉车司机-班长, note: 每年7月调一次薪，每次200-500元}
    faq:
      - {q: 没有叉车证能不能去, a: 不行，没证一律不收，公司不包办证}
  - id: W02
    number: 2
    employer: yuncang
    title: 大促打包工
    pay: {min: 200, max: 260, unit: day, note: 连续干满7天每天再补20元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Two warehouse jobs as a recruiter in Yiwu writes them."""
    return catalog_from_yaml(tmp_path_factory, "warehouse", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("W01", "几耐加一次人工", ["每年7月"]),
        ("W01", "冇叉车证得唔得啊 我识开", ["没证一律不收"]),
        ("W02", "做满7日有冇奖励", ["20元"]),
        ("W02", "干满7天有补贴没", ["20元"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0
