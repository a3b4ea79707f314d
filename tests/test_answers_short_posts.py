"""Within a 20-character post: a figure asked is kept before the asker's name; a clause that only
says again what was asked (台风天停工 of 台风天停工给钱不) gives way to the clause with the figure;
how many meals is told with which; an aside in brackets is the first thing left out."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: haiyun
    name: 舟山海运船舶修造有限公司
    aliases: [海运]
    city: 舟山
jobs:
  - id: Q01
    number: 1
    employer: haiyun
    title: 奶茶店员
    pay: {min: 5000, max: 6500, unit: month, note: 有杯量提成，每杯0.3元，旺季一个月提成能有900多}
  - id: Q02
    number: 2
    employer: haiyun
    title: 修船电焊工
    faq:
      - {q: 刮台风怎么办, a: 台风天停工，停工期间每天发生活费120元}
  - id: Q03
    number: 3
    employer: haiyun
    title: 蓝莓采摘工
    pay: {min: 150, max: 260, unit: day, note: 也可以按筐算，一筐15斤4元，手快的一天两百多}
  - id: Q04
    number: 4
    employer: haiyun
    title: 船台保洁
    canteen: {provided: 包午饭, meals: 1, cost: 吃饭免费}
  - id: Q05
    number: 5
    employer: haiyun
    title: 客房服务员
    pay: {min: 5000, max: 7000, unit: month, note: 旺季（11月到次年4月）每月多发旺季补贴600元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Five jobs whose facts are long texts a 20-character post must cut."""
    return catalog_from_yaml(tmp_path_factory, "short_posts", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Q01", "有提成吗", ["0.3元"]),  # the figure, even if the asker then goes unnamed
        ("Q02", "台风天停工给钱不", ["120元"]),  # past the clause the question already says
        ("Q03", "按筐算的话一筐多少钱", ["4元"]),
        ("Q04", "管几顿饭", ["午饭"]),  # which meal, with how many
        ("Q05", "旺季补贴多少", ["600元"]),  # the months in brackets left out
    ],
)
def test_a_short_post_keeps_what_was_asked(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the part of its fact it asked for, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0, score.outcomes


def test_an_answer_without_a_figure_names_its_asker(catalog: Catalog) -> None:
    """An answer with no figure to lose (包吃吗 → 4号包午饭) still names its asker."""
    score = score_one(catalog, "Q04", "包吃吗", ["包午饭"])
    assert score.stated_share == 1.0
    assert all(post.startswith("@") for o in score.outcomes for post in o.posts)
