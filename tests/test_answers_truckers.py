"""Questions in drivers' talk: 本 and 本子 are the licence (没本, 叉车本, C本), 底子 is the base pay,
a forklift's tons are its work (叉车 is no 车 to get there by), wx paid for is 五险,
押钱 asks whether pay is held back; how many stops or shops a round takes is the quota; 夜班补几个钱
is told the clause giving the night's allowance, not the summer's beside it; 出一趟补多少 asks the
allowance per trip."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: yunda
    name: 石家庄运达物流有限公司
    aliases: [运达]
    city: 石家庄
    faq:
      - {q: 进厂要交钱吗, a: 不收任何费用，厂服免费发两套}
jobs:
  - id: T01
    number: 1
    employer: yunda
    title: 城配司机
    pay: {min: 7000, max: 9000, unit: month, base: 5200, note: 不押工资，每月10号发上月}
    duties: {content: 开4.2米厢货给市区便利店配货，每天10到15个点位}
    requirements: {other: [需持C1驾照, 驾照12分未扣满]}
  - id: T02
    number: 2
    employer: yunda
    title: 仓库叉车工
    pay:
      min: 6000
      max: 7500
      unit: month
      base: 4000
      note: 7到8月高温补贴每月200元，夜班每个班补25元
    requirements: {other: [需持叉车证]}
    duties: {content: 开3吨电动叉车装卸货、上架}
    insurance: {social: 入职第二个月交五险}
  - id: T03
    number: 3
    employer: yunda
    title: 随车吊司机
    pay: {min: 9000, max: 12000, unit: month, note: 出车补贴每趟60元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A logistics company's drivers in Shijiazhuang."""
    return catalog_from_yaml(tmp_path_factory, "truckers", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("T01", "城配底子多少", ["5200"]),
        ("T01", "押钱吗", ["不押工资"]),
        ("T01", "一天跑几个点位", ["10到15"]),
        ("T02", "叉车本要不要", ["叉车证"]),
        ("T02", "没本能去不", ["叉车证"]),
        ("T02", "夜班补几个钱", ["25元"]),
        ("T03", "出一趟补多少", ["60元"]),
        ("T02", "叉车几吨的", ["3吨"]),  # the machine's 车 is no way there
        ("T02", "wx交不交", ["第二个月"]),  # wx paid for is 五险, not 微信
        ("T02", "wx嘛时候上", ["第二个月"]),  # Tianjin 嘛时候 is 什么时候
        ("T01", "介个1号到底一个月能挣多少 直说别绕弯子", ["7000"]),
        ("T01", "工衣要钱不", ["厂服免费"]),  # the FAQ writes the uniform as 厂服
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("T03", "底子多少"),  # the crane driver's job writes no base pay
        ("T02", "一天跑几个点位"),  # nor does the forklift job count stops
    ],
)
def test_a_fact_not_written_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A question whose fact the catalogue lacks is left to the host, not told a neighbouring fact."""
    assert answered_as_written(catalog, featured, question, None)
