"""Questions in the words of Minnan shipyard men (一工偌济, 几箍, 着钱无, 月给敢有一万, 中昼有歇睏无,
刺龙刺凤会使无, 外口住, 早起食啥物 有糜无) and of Hainan resort staff (几个钱, 押无押, 是无是, 累无累,
早餐管无 还是自己食, jkz, 做久了会升乜职位): each told the fact it asks, or left to the host where the
catalogue does not write it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: mawei, name: 马尾船舶重工有限公司, aliases: [马尾船厂], city: 福州}
  - {id: haitang, name: 三亚海棠湾度假酒店有限公司, aliases: [海棠湾酒店], city: 三亚}
jobs:
  - id: M01
    number: 1
    employer: mawei
    title: 氩弧焊工
    pay: {min: 8000, max: 12000, unit: month, note: 点工日薪350-450元}
    hours: {shift: 长白班, note: 夏天中午休息2小时}
    dorm: {provided: 包住, room: 8人间, fee: 每月50元, note: 不住宿舍每月补贴200元}
    canteen: {provided: 包吃, cost: 每餐扣5元, note: 早餐馒头稀饭，中晚餐两荤两素}
    requirements: {age_min: 20, age_max: 50, other: [无纹身]}
  - id: H01
    number: 2
    employer: haitang
    title: 客房服务员
    pay: {min: 4200, max: 5800, unit: month, payday: 每月10号，不压工资,
          note: 做房计件，超过定额14间后每间加8元；旺季每月旺季奖300元}
    dorm: {provided: 包住, fee: 100元/月}
    canteen: {provided: 包吃, note: 早餐晚餐自理}
    insurance: {social: 入职即买五险一金}
    duties: {content: 打扫客房、更换布草, intensity: 较累}
    requirements: {age_min: 18, age_max: 48, other: [持有效健康证]}
    prospects: {path: 客房服务员-领班-客房主管}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A shipyard's welder in Fuzhou and a resort's room attendant in Sanya."""
    return catalog_from_yaml(tmp_path_factory, "minnan_hainan", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("M01", "一工偌济", ["350"]),
        ("M01", "住宿一个月着几箍", ["50元"]),
        ("M01", "食堂食饭着钱无", ["每餐扣5元"]),
        ("M01", "月给敢有一万", ["8000-12000"]),
        ("M01", "福州热天足热 中昼有歇睏无", ["中午休息2小时"]),
        ("M01", "刺龙刺凤会使无", ["无纹身"]),
        ("M01", "外口住有补贴无", ["200"]),
        ("M01", "宿舍八个人一间是无 傷挤啦", ["8人间"]),
        ("M01", "早起食啥物 有糜无", ["馒头稀饭"]),
        ("H01", "宿舍住费几个钱一个月", ["100元"]),
        ("H01", "押无押工资的 之前被押两个月[流泪]", ["不压工资"]),
        ("H01", "是无是五险一金都有", ["五险一金"]),
        ("H01", "累无累", ["较累"]),
        ("H01", "早餐管无 还是自己食", ["早餐晚餐自理"]),
        ("H01", "要jkz吗", ["健康证"]),
        ("H01", "做久了会升乜职位", ["领班"]),
        ("H01", "做多一间房加几个钱", ["8元"]),  # the rate past the quota, not the peak-season bonus
    ],
)
def test_the_fact_asked_in_minnan_and_hainan_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("M01", "暗班加班按怎算钱"),  # overtime pay of the night shift: not written
        ("H01", "宿舍有洗衣机无"),  # nothing written of the dorm's machines
    ],
)
def test_a_fact_not_written_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
