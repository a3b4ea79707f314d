"""Drivers' questions told from the recruiters' words: the truck, fuel and tolls, who pays for an
accident or a fine, one driver or two, how long a trip runs, tickets on a bus, the licence class named
(B1本子行不), a probation cut (试用期打折不); and Shanxi 不了 closing a question (管饭不了)."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

ROADS = """\
employers:
  - id: jitong
    name: 河北冀通物流有限公司
    aliases: [冀通]
    city: 石家庄
    faq:
      - {q: 车是什么车, a: 自有车队，解放J6P和欧曼EST，全是国六车，车龄都在4年以内}
      - {q: 过路费油费谁出, a: 油卡和ETC公司统一办，司机不垫钱}
      - {q: 出了事故谁负责, a: 车辆都上了全险，按交警责任认定处理，非故意事故司机不承担赔偿}
      - {q: 违章谁负责, a: 跑车途中被拍的违章公司处理，私人用车违章自己负责}
  - id: meiyun
    name: 山西煤运车队
    aliases: [煤运]
    city: 大同
jobs:
  - id: D01
    number: 1
    employer: jitong
    title: 半挂牵引车司机
    pay: {min: 12000, max: 16000, unit: month, note: 安全行车奖每月300元，全年无事故另发年终安全奖}
    hours: {shift: 双驾轮换, rest: 跑完一趟回石家庄休2-3天, note: 主跑石家庄-广州，一趟5到7天，一个月3到4趟}
    requirements: {age_min: 28, age_max: 55, other: [需持A2驾照]}
  - id: D03
    number: 3
    employer: jitong
    title: 公交车驾驶员
    pay: {min: 6000, max: 7500, unit: month, note: 试用期一个月，工资打九折}
    duties: {content: 开纯电动公交车跑市区固定线路，不用售票}
    requirements: {age_min: 25, age_max: 50, experience: B1及以上驾照，5年以上驾龄}
    faq:
      - {q: B2能开公交吗, a: 不行，公交必须A3或A1}
  - id: D10
    number: 10
    employer: meiyun
    title: 洗车工
    pay: {min: 4000, max: 6000, unit: month, note: 计件提成，小车每台4元，大货车每台15元；办卡提成另算}
  - id: D09
    number: 9
    employer: meiyun
    title: 运煤半挂司机
    duties: {content: 开自卸半挂从矿上拉煤到电厂}
    dorm: {provided: true, distance: 宿舍在车队院里, room: 4人间}
"""


@pytest.fixture(scope="module")
def roads(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A haulage company's truck, bus and coal-truck drivers."""
    return catalog_from_yaml(tmp_path_factory, "roads", ROADS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("D01", "车况咋样 啥车头", ["J6P"]),
        ("D01", "有油补没", ["油卡", "不垫钱"]),
        ("D01", "油钱司机垫不垫", ["不垫钱"]),
        ("D01", "1号单驾还是双驾", ["双驾"]),
        ("D01", "一趟下来要跑几天", ["5到7天"]),
        ("D01", "跑长途的一趟下来要跑几天啊就是多长时间能回来一次", ["5到7天"]),
        ("D03", "开公交出了事故要司机自己赔么", ["不承担赔偿"]),
        ("D01", "路上被拍了违章谁出", ["公司处理"]),
        ("D03", "要不要自己卖票", ["不用售票"]),
        ("D03", "B1本子行不 没A1", ["B1"]),
        ("D03", "试用期打折不", ["九折"]),
        ("D10", "洗大货车提成多少", ["15元"]),
        ("D01", "超载罚款谁出", ["公司处理"]),
        ("D01", "高速超速罚款谁出", ["公司处理"]),
    ],
)
def test_a_drivers_question_is_told_the_fact_asked(
    roads: Catalog, job: str, text: str, state: list[str]
) -> None:
    """Each question is told the fact its words ask, in a 20-character post."""
    assert score_one(roads, job, text, state).stated_share == 1.0


def test_a_truck_not_written_stays_with_the_host(roads: Catalog) -> None:
    """啥车 新车旧车 of a job whose texts name no make or age: no post (车队院里 is where one sleeps)."""
    assert score_one(roads, "D09", "啥车 新车旧车", None).silent_share == 1.0


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("管饭不了", "canteen"),
        ("包住不了", "dorm"),
        ("俺们两口子能去不了", "requirements"),
        ("有宿舍不了", "dorm"),
    ],
)
def test_shanxi_buliao_closes_a_question(roads: Catalog, text: str, intent: str) -> None:
    """不了 after what is asked (管饭不了, 能去不了) asks as 吗 does."""
    assert Understander(roads).understand(text, "D01").intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["我干不了", "受不了了", "去不了", "这活我干不了 太累"])
def test_one_who_cannot_asks_nothing(roads: Catalog, text: str) -> None:
    """干不了, 受不了 with nothing asked before them tell."""
    assert Understander(roads).understand(text, "D01").intents == ()
