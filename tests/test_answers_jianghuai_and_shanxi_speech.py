"""Questions in the words of north Jiangsu installers (可 asking with no particle after it: 公积金可交,
九号可包住, 超一岁可照, 两班倒可是的), of Shandong and Henan young men (得有驾照吧, 磁砖一平, 多少w,
纹生, 面是, 提层, 安全奖有木有) and of Shanxi quarrymen (咋介, 哪搭了, 我婆姨47): each told the fact it
asks, or left to the host where the catalogue does not write it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: huibang, name: 苏州惠邦家电服务有限公司, aliases: [惠邦], city: 苏州, agency_fee: 0}
  - {id: xinlei, name: 重庆鑫磊砂石有限公司, aliases: [鑫磊砂石], city: 重庆,
     address: 重庆市綦江区三江街道鑫磊砂石场}
jobs:
  - id: S01
    number: 1
    employer: huibang
    title: 空调安装师傅
    pay: {min: 12000, max: 20000, unit: month, base: 2490}
    hours: {shift: 两班倒, note: 客服岗早9晚6}
    dorm: {provided: false}
    canteen: {provided: false, cost: 每餐扣5元}
    insurance: {social: 不买社保, housing_fund: 有公积金}
    requirements: {age_min: 18, age_max: 40, other: [需有C1驾照, 无明显纹身]}
    location: {address: 苏州市区6个服务网点，就近分配, pickup: 苏州南站免费接站}
    faq:
      - {q: 体检费谁出, a: 入职体检费公司报销}
  - id: S02
    number: 2
    employer: xinlei
    title: 食堂帮厨
    pay: {min: 3500, max: 4500, unit: month, overtime: 超过12小时按每小时40元算}
    insurance: {social: 转正后买五险}
    requirements: {age_min: 30, age_max: 55, gender: 女}
    apply: {how: 直播间发 报名2, interview: 每周三下午2点面试}
    prospects: {note: 安全行驶满一年奖励3000元}
  - id: S03
    number: 3
    employer: huibang
    title: 瓷砖工
    pay: {min: 9000, max: 15000, unit: month, note: 计件，地砖每平方45元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An air-conditioner installer and a tiler in Suzhou, a quarry canteen's kitchen hand in Chongqing."""
    return catalog_from_yaml(tmp_path_factory, "jianghuai_shanxi", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("S01", "公积金可交", ["有公积金"]),
        ("S01", "一号可包住", ["不包住"]),
        ("S01", "吃饭可扣钱", ["5元"]),
        ("S01", "苏州南站可接人", ["苏州南站免费接站"]),
        ("S01", "社保可给买", ["不买社保"]),
        ("S01", "俺41了 超一岁可照[尬笑]", ["40"]),
        ("S01", "两班倒可是的", ["两班倒"]),
        ("S01", "底薪2490可是的 那不就是最低工资", ["2490"]),
        ("S01", "惠邦可收介绍费", ["不收"]),
        ("S01", "得有驾照吧 俺c1刚拿的", ["C1"]),
        ("S01", "有保险没 工地上磕磕碰碰的", ["不买社保"]),  # 磕磕碰碰 names nobody
        ("S03", "磁砖一平多少钱啊", ["45元"]),
        ("S01", "一个月能干多少w 真能过w？", ["12000"]),
        ("S01", "胳膊上有个纹生中不中", ["无明显纹身"]),
        ("S02", "面是是哪天", ["每周三"]),
        ("S02", "安全奖有木有👍", ["3000"]),
        ("S02", "一天超过12个钟头咋介算了", ["40元"]),
        ("S02", "重庆具体哪搭了", ["綦江区"]),
        ("S02", "我婆姨47能去不", ["30-55岁"]),
        ("S02", "我婆姨做饭好 能去不 50了", ["30-55岁"]),  # the age told after the question
        ("S02", "五线有没有", ["转正后买五险"]),
        (
            "S01",
            "客服几点上班",
            ["早9晚6"],
        ),  # the hours as recruiters write them, not the 网点 of the address
        ("S01", "体检费要自己掏么", ["公司报销"]),  # the FAQ 体检费谁出 asked in other words
    ],
)
def test_the_fact_asked_in_jianghuai_and_shanxi_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("S01", "节假日可给三倍工资"),  # nothing written of holiday pay
        ("S02", "宿舍可有空调"),  # nothing written of a dorm
        ("S02", "报名要中介费不 要的话不去了"),  # the fee, not how to apply: not written
    ],
)
def test_a_fact_not_written_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0


@pytest.mark.parametrize("line", ["这个主播可给力", "这个可管用了", "工资可接受", "你可要小心啊"])
def test_jianghuai_ke_in_a_word_asks_nothing(catalog: Catalog, line: str) -> None:
    """可给力, 可管用, 可接受 and a warning with 你可要 ask nothing of the job."""
    assert score_one(catalog, "S01", line, None).silent_share == 1.0
