"""A question naming an employer of several jobs, none on screen: whether it hires directly is told
by its own field, what signing up costs by the stream's FAQ when the employer's field is silent,
and two such askers share a post only when it tells them both the fact each asked."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_answers_rows, score_one

CATALOGUE = """\
faq:
  - {q: 要不要中介费, a: 本场所有岗位报名不收中介费，谁找你要钱直接举报}
employers:
  - id: kunda
    name: 鄂尔多斯市坤达新型建材有限公司
    aliases: [坤达]
    city: 鄂尔多斯
    direct_hire: true
  - id: tongxin
    name: 大同同鑫洗煤有限公司
    aliases: [同鑫]
    city: 大同
    direct_hire: false
jobs:
  - id: M01
    number: 1
    employer: kunda
    title: 搅拌车司机
    pay: {min: 9000, max: 12000, unit: month}
  - id: M02
    number: 2
    employer: kunda
    title: 制砖工
    pay: {min: 6000, max: 8000, unit: month}
  - id: M03
    number: 3
    employer: tongxin
    title: 洗煤普工
    pay: {min: 5500, max: 6500, unit: month}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An employer hiring directly with no agency fee written, and a stream-wide FAQ on fees."""
    return catalog_from_yaml(tmp_path_factory, "employer_named", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("坤达要中介费吗", ["不收中介费"]),  # the stream's FAQ, the employer's field being silent
        ("坤达是直招吗", ["直招"]),
    ],
)
def test_the_employer_named_is_told_the_fact_asked(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question about the employer named gets its fact, another employer's job being on screen."""
    score = score_one(catalog, "M03", question, state)
    assert score.stated_share == 1.0, score.outcomes


def test_askers_of_two_facts_of_one_employer_get_a_post_each(catalog: Catalog) -> None:
    """Whether 坤达 hires directly and whether it charges a fee, asked together, are two posts."""
    rows: list[dict[str, object]] = [
        {"featured": "M03", "text": "坤达是直招吗", "state": ["直招"], "burst": "b1"},
        {"featured": "M03", "text": "坤达要中介费吗", "state": ["不收中介费"], "burst": "b1"},
    ]
    score = score_answers_rows(catalog, rows)
    assert score.stated_share == 1.0, score.outcomes
    assert score.burst_other == 0
