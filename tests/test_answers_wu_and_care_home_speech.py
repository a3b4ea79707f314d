"""Questions in the words of Wenzhou garment workers (伐 before 还是, 立一日, 四个人一间伐, 中饭管伐,
加班一个钟头算几钿, 刚刚1号吃饭要铜钿伐) and of Lu'an carers (可有, 可压工资啊, 主宿, 十号陪夜的一晚多钱):
each told the fact it asks."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: oubao, name: 温州欧宝服饰有限公司, aliases: [欧宝服饰], city: 温州}
  - {id: kangning, name: 上海康宁护理院, aliases: [康宁护理院], city: 上海}
jobs:
  - id: W01
    number: 1
    employer: oubao
    title: 平车工
    pay: {min: 6000, max: 9000, unit: month, overtime: 加班每小时20元}
    duties: {content: 平车缝合衣片, posture: 站班}
    dorm: {provided: 包住, room: 4人间}
    canteen: {provided: 包午餐, cost: 吃饭免费}
  - id: K01
    number: 10
    employer: kangning
    title: 陪夜护工
    pay: {min: 200, max: 220, unit: day, note: 一晚200元，节假日一晚220元，押半个月工资}
    dorm: {provided: 包住, fee: 住宿免费, amenities: [暖气, 遮光窗帘]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A garment plant's machinist in Wenzhou and a care home's night attendant in Shanghai."""
    return catalog_from_yaml(tmp_path_factory, "wu_care", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("W01", "四个人一间伐", ["4人间"]),
        ("W01", "中饭管伐", ["包午餐"]),
        ("W01", "加班一个钟头算几钿", ["20元"]),
        ("W01", "刚刚1号吃饭要铜钿伐 没听清爽", ["吃饭免费"]),  # 刚刚 is when it was said, no meal of the day
        ("W01", "平车是立一日的伐", ["站班"]),
        ("K01", "宿舍可有暖气", ["暖气"]),
        ("K01", "可压工资啊", ["押半个月工资"]),
        ("K01", "主宿要钱不要钱", ["住宿免费"]),
        ("K01", "十号陪夜的一晚多钱", ["200元"]),  # a night's price of a job named is its pay, not a hotel's
    ],
)
def test_the_fact_asked_in_wu_and_anhui_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


def test_a_night_in_a_hotel_is_no_pay(catalog: Catalog) -> None:
    """一晚多少钱 naming no job asks a price paid for a night somewhere, not the job's pay."""
    assert score_one(catalog, "K01", "你们住的酒店一晚多少钱", None).silent_share == 1.0
