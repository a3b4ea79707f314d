"""Questions typed by Hakka and Chaoshan speakers from eastern Guangdong: 抑系 asks which of two,
若济 and 几多 how much, 若久 how long, 若远 how far, 样般 how, 爱 before a need is 要, 朝早包无
asks about breakfast; a fan named by an FAQ about the products made is no fan in the dorm; 搬什么
is told what is loaded and carried (装卸); an ink smell is told by what the catalogue says of it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: meitai
    name: 汕头美泰包装印刷有限公司
    aliases: [美泰]
    city: 汕头
    direct_hire: 直招
    faq:
      - {q: 厂里做什么产品, a: 做电风扇、电饭煲的彩盒包装，给几个大品牌配套}
jobs:
  - id: H01
    number: 1
    employer: meitai
    title: 印刷机长助理
    pay: {min: 6000, max: 8000, unit: month}
    hours: {shift: 两班倒, daily: 11}
    dorm: {provided: true, room: 6人间}
    duties: {note: 车间有油墨味，发口罩}
    apply: {interview: 电话面试，通过后到厂试做半天}
  - id: H02
    number: 2
    employer: meitai
    title: 纸品装卸工
    pay: {min: 5500, max: 7000, unit: month}
    canteen: {provided: true, note: 包中晚餐，早餐自理}
    duties: {content: 纸卷、成品纸箱装卸车和仓库转运}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A print and packaging plant in Shantou."""
    return catalog_from_yaml(tmp_path_factory, "hakka", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("H01", "1号系两班倒抑系长白", ["两班倒"]),
        ("H01", "美泰系直招抑系中介", ["直招"]),
        ("H01", "1号工资若济", ["6000"]),
        ("H01", "面试系样般", ["电话面试"]),
        ("H01", "車間有冇油墨味", ["油墨味"]),
        ("H02", "朝早包无", ["早餐自理"]),
        ("H02", "2号主要搬乜个", ["纸卷"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


def test_a_fan_the_plant_makes_is_no_fan_in_the_dorm(catalog: Catalog) -> None:
    """宿舍有空调无 of a dorm whose amenities are not written goes to the host: the FAQ naming
    fans names a product, not the room's cooling."""
    assert answered_as_written(catalog, "H01", "宿舍有空调无", None)
