"""Questions about cold-store, food and warehouse work told what they ask: clothes the company
gives, how far a picker walks, what the canteen cooks, the distance asked in Sichuan words, a
till one cannot use yet; and a quitting rule the catalogue lacks is not told the dorm."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: tianfu
    name: 成都天府冷链物流有限公司
    aliases: [天府冷链]
    city: 成都
    direct_hire: true
    agency_fee: 0
jobs:
  - id: C01
    number: 1
    employer: tianfu
    title: 冷库理货员
    duties: {content: 冷冻品入库清点、贴标签、扫码上架, intensity: 一般, note: 库温零下20度，工作服公司发}
    canteen: {provided: 有食堂, note: 食堂有川菜和面食}
    dorm: {provided: 包住, distance: 库区后面，走路300米}
  - id: C02
    number: 2
    employer: tianfu
    title: 电商拣货员
    duties: {content: 拿PDA按单拣货，一天走两万步, intensity: 较累}
    dorm: {provided: 包住, room: 8人间, distance: 厂区内宿舍，走路3分钟}
  - id: C03
    number: 3
    employer: tianfu
    title: 超市收银员
    duties: {content: 收银、扫码, note: 要会用收银机，新人有人教}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Three jobs with their facts in the recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "coldstore", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C01", "工作服要自己买不", ["公司发"]),
        ("C01", "衣服自己买吗", ["公司发"]),
        ("C01", "食堂有啥子吃的", ["川菜"]),
        ("C01", "宿舍离库区好远", ["300米"]),
        ("C02", "拣货一天走多少路", ["两万步"]),
        ("C03", "不会用收银机咋整", ["有人教"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_a_quitting_rule_the_catalogue_lacks_is_not_told_the_dorm(catalog: Catalog) -> None:
    """离职要提前多久说 asks no price: 多久 there is no distance, and nothing says the notice."""
    score = score_one(catalog, "C02", "离职要提前多久说", None)
    assert score.silent_share == 1.0
