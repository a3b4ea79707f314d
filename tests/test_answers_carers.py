"""Questions of carers and nannies, many spoken into the phone: what is told before 想问一下 (我闺女是
卫校毕业的) is not asked; a uniform's deposit is told by the employer's FAQ whose answer names it
(要交押金吗 → 工服押金100元); a word written by its sound (鸭金, 设保) is read as meant; a city
after the province one comes from (从河南商丘) is no city asked about; a list of tasks after a colon
is cut at an item; a day's hours asked with the shifts named is told the hours."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: kangyi
    name: 北京康颐养老服务有限公司
    aliases: [康颐]
    city: 北京
    faq:
      - {q: 要交押金吗, a: 工服押金100元，离职交回工服就退}
  - id: renhe
    name: 沈阳仁和护理服务有限公司
    aliases: [仁和]
    city: 沈阳
jobs:
  - id: C01
    number: 1
    employer: kangyi
    title: 医院护工
    insurance: {social: 入职即交社保}
  - id: C02
    number: 2
    employer: kangyi
    title: 养老院护士
    pay: {min: 7500, max: 9000, unit: month}
  - id: C03
    number: 3
    employer: renhe
    title: 医院陪护护工
    location: {address: 沈阳市和平区三好街36号, pickup: 沈阳北站可以接站}
    duties: {content: 医院病房陪护：生活照料、帮病人做康复锻炼、发现异常及时叫护士}
  - id: C04
    number: 4
    employer: renhe
    title: 养老院护理员
    hours: {shift: 三班倒, daily: 8, rest: 月休4天}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Care jobs in Beijing and Shenyang."""
    return catalog_from_yaml(tmp_path_factory, "carers", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C02", "我闺女是卫校毕业的想问一下二号那个护士一个月给多少钱", ["7500"]),
        ("C01", "听说要交工服鸭金要交多少啊", ["100元"]),
        ("C01", "护工给交设保不交", ["入职即交社保"]),
        ("C03", "我从河南商丘坐车到沈阳北站有人接没有", ["沈阳北站"]),  # 商丘 is where the asker sets out
        ("C03", "护工具体都干些啥活啊", ["生活照料"]),  # a list after a colon, cut at an item
        ("C04", "三班倒一天要干几个钟头", ["8小时"]),  # how long a day, not which shifts
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0
