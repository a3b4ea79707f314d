"""Questions about guard, courier and driver jobs told what they ask in the recruiters' words: an
FAQ asked about clothes by another of their names, an FAQ whose answer alone writes the thing asked,
the winter's cold told by what is handed out for it, pay asked as what a month's running brings;
and an FAQ that only says a thing is there left unsaid for who gets it done."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: beiguo
    name: 北国安保服务有限公司
    aliases: [北国]
    city: 长春
    direct_hire: true
    agency_fee: 0
    faq:
      - {q: 保安公司有资质吗, a: 有公安局发的保安服务许可证}
jobs:
  - id: V01
    number: 1
    employer: beiguo
    title: 园区保安
    pay: {min: 3600, max: 4300, unit: month, payday: 每月12号}
    duties: {content: 门岗和夜间巡逻, note: 室外岗，冬天发军大衣和棉鞋}
    requirements: {other: [需开无犯罪记录证明]}
    hours: {shift: 24小时值班, rest: 做一休一}
    faq:
      - {q: 服装要钱吗, a: 制服免费发，离职交回}
  - id: V02
    number: 2
    employer: beiguo
    title: 同城配送员
    pay: {min: 6500, max: 9500, unit: month, payday: 每月15号, note: 流水的六成归骑手}
    faq:
      - {q: 没车怎么办, a: 站点有电动车出租，每月300元，包换电池}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A guard's job and a courier's, with FAQs in the recruiter's words."""
    return catalog_from_yaml(tmp_path_factory, "drivers", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("V01", "工服要钱不", ["制服免费"]),
        ("V01", "冬天冷不冷", ["军大衣"]),
        ("V02", "电池要另外掏钱不", ["包换电池"]),
        ("V02", "一个月能跑多少钱", ["6500"]),
        ("V02", "流水咋分", ["六成"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, however it is worded."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_who_gets_a_certificate_done_is_not_told_that_the_company_has_one(catalog: Catalog) -> None:
    """保安证公司给办不 asks who gets it done: neither 保安公司有资质吗 nor a 证明 of no record answers it,
    so the bot is silent."""
    score = score_one(catalog, "V01", "保安证公司给办不", None)
    assert score.silent_share == 1.0


def test_a_doing_closing_a_question_that_no_fact_names_is_missing(catalog: Catalog) -> None:
    """24小时值班能睡觉不 is told nothing by 24小时值班: sleeping is what it asks, and no text says."""
    score = score_one(catalog, "V01", "24小时值班能睡觉不", None)
    assert score.silent_share == 1.0
