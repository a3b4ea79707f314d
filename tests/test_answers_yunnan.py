"""Questions typed by Yunnan and Guizhou speakers: 给 (Yunnan 格 as typed) before a verb asks
whether (给有夫妻房, 给是派遣, 车费给报销), but gives after a verb of handing; 克 is 去, 一路 is
together, 耍几天 asks the days off, 好久调一次 how often; 饭钱好多一顿 asks the price of a meal;
bedding, the gear one wears, when work starts and the month picking ends are each told."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: yunhua
    name: 曲靖云华农业发展有限公司
    aliases: [云华农业]
    city: 曲靖
jobs:
  - id: Y01
    number: 1
    employer: yunhua
    title: 鲜花分拣工
    pay: {min: 3800, max: 4600, unit: month, note: 车费报销，最多报500元}
    dorm: {provided: true, couples: 有夫妻房，需排队, note: 被子自带}
    canteen: {provided: true, cost: 每顿7元}
    hours: {rest: 月休4天}
    prospects: {note: 每年6月调一次工资}
    duties: {note: 冷库要戴手套和帽子}
    apply: {start: 9月1号开工，摘到11月底}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A flower farm in Qujing."""
    return catalog_from_yaml(tmp_path_factory, "yunnan", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("给有夫妻方 我跟我媳妇一路克", ["需排队"]),
        ("车费给报销", ["500"]),
        ("饭钱好多一顿", ["7元"]),
        ("一个月耍几天", ["4天"]),
        ("好久调一次工资", ["6月"]),
        ("铺盖要自己带么", ["被子自带"]),
        ("冷库要戴哪样", ["手套"]),
        ("哪天开工嘎", ["9月1号"]),
        ("摘到几月份嘛", ["11月底"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, "Y01", question, state)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("给是派遣嘞哦", "是不是派遣嘞哦"),
        ("公司给交社保吗", "公司给交社保吗"),  # 给 before a verb of paying gives
        ("给我报名", "给我报名"),
        ("这个厂给包吃住", "这个厂给包吃住"),  # a statement of what is given
    ],
)
def test_yunnan_gei_is_read_as_meant(catalog: Catalog, text: str, normal: str) -> None:
    """给 asks whether only where Yunnan's 格 would; elsewhere it gives."""
    assert Understander(catalog).normalize(text) == normal
