"""Questions in the words of Yunnan farm hands (格得, 格买, 格押, 坐哪样车克, 我31咯, 一天开好多, gongjijin)
and of Tianjin warehouse and livestream staff (嘛时候入职 统一去吗, 多钱, 倍儿, 不信比比, 助播), with a
height said aloud (一米七五) and a fee asked with a question word (要交啥子钱): each told the fact it asks."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: yunfeng, name: 云丰牧业有限公司, aliases: [云丰牧业], city: 昆明}
  - id: jingchuan
    name: 天津京川电商仓储有限公司
    aliases: [京川仓储]
    city: 天津
    agency_fee: 入职收体检费80元，其他不收
    faq:
      - {q: 仓库多大, a: 两个仓共4万平米，主要做美妆和日化的电商订单}
jobs:
  - id: Y01
    number: 1
    employer: yunfeng
    title: 冷库搬运工
    pay: {min: 300, max: 400, unit: day, note: 押一个月工资，离职时结清}
    insurance: {social: 不买社保, housing_fund: 有公积金}
    requirements: {age_min: 18, age_max: 30, other: [持有效低压电工证]}
    location: {address: 诸城市相州镇, transport: 诸城市区有公交到相州镇}
  - id: T01
    number: 2
    employer: jingchuan
    title: 打包员
    pay: {min: 5500, max: 7500, unit: month, note: 计件，每件0.08元}
    dorm: {provided: 包住, distance: 园区内宿舍，步行8分钟, fee: 住公寓每月300元}
    requirements: {age_min: 18, age_max: 45, gender: 男, other: [身高170cm以上]}
    apply: {how: 直播间发 报名2, start: 下周一统一入职}
  - id: T02
    number: 3
    employer: jingchuan
    title: 直播助理
    aliases: [助播]
    pay: {min: 4500, max: 7000, unit: month}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A Yunnan cold store's porter, a Tianjin warehouse's packer and a livestream assistant."""
    return catalog_from_yaml(tmp_path_factory, "yunnan_tianjin", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Y01", "我有电工证 低压的 格得", ["低压电工证"]),
        ("Y01", "shebao格买", ["不买社保"]),
        ("Y01", "听说劳务的都押工资 这个格押", ["押一个月工资"]),
        ("Y01", "从诸城坐哪样车克", ["公交"]),
        ("Y01", "我31咯 还可以么😭", ["30"]),
        ("Y01", "冷库搬运一天开好多 🙏", ["300"]),
        ("Y01", "gongjijin有没得", ["有公积金"]),
        ("T01", "嘛时候入职 统一去吗", ["下周一"]),  # 统一去 is going together, not the Uni-President company
        ("T01", "住的公寓一个月多钱", ["300元"]),
        ("T01", "女的要不 我干得倍儿溜 不信比比😎", ["男"]),  # 比比 is a dare, not a pet name
        ("T01", "宿舍离仓库远么 走着得多久", ["8分钟"]),  # the dorm's way to work, not the FAQ on the size
        ("T01", "身高要多少 我一米七五够不够", ["170cm"]),
        ("T01", "进去要交啥子钱不", ["80"]),
        ("T02", "助播综合能拿多钱", ["4500-7000"]),  # 播 of the job's name: not the streamer's streaming
    ],
)
def test_the_fact_asked_in_yunnan_and_tianjin_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


def test_a_month_given_is_not_a_month_pay(catalog: Catalog) -> None:
    """一个月给餐补不 asks whether a meal allowance is given, which the porter's catalogue leaves unsaid."""
    assert score_one(catalog, "Y01", "一个月给餐补不", None).silent_share == 1.0
