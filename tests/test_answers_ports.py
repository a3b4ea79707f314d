"""Port and yard workers' questions, many by Northeastern women typing by voice: 整 as doing and
earning, 唠唠 as telling, 老鼻子 as a great deal, 男孩要不 asking who is taken, 咋整 asking what to
do; a box priced as 一个箱子, how far downtown told in hours, a shared bathroom told of 独立卫生间,
and several years of driving told before a licence is asked."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

PORTS = """\
employers:
  - id: haitong
    name: 青岛海通集装箱服务有限公司
    aliases: [海通]
    city: 青岛
jobs:
  - id: P01
    number: 1
    employer: haitong
    title: 码头装卸工
    pay: {min: 7000, max: 10000, unit: month}
    faq:
      - {q: 下雨干不干, a: 大雨停工，停工期间每天发80元保底}
  - id: P02
    number: 2
    employer: haitong
    title: 正面吊司机
    pay: {min: 9000, max: 13000, unit: month, overtime: 按箱计件，一个自然箱2.5元，夜班每箱多0.5元}
  - id: P03
    number: 3
    employer: haitong
    title: 拆装箱工
    pay: {min: 7000, max: 11000, unit: piece, overtime: 纯计件，20尺箱一个90元，40尺箱一个160元}
    location:
      address: 青岛黄岛区前湾港海通3号堆场
      note: 黄岛离青岛市区要过海底隧道，坐车一个小时左右
    duties: {content: 拆箱装箱，搬货上托盘}
  - id: P04
    number: 4
    employer: haitong
    title: 叉车司机
    dorm: {provided: 包住, room: 6人间, amenities: [空调, 热水器, 公共浴室]}
    requirements: {gender: 男女不限, other: [持有效叉车证]}
  - id: P06
    number: 6
    employer: haitong
    title: 空箱堆高机司机
    dorm: {provided: 包住, distance: 港区外宿舍，班车15分钟, room: 4人间}
    canteen: {provided: 包吃, meals: 3, note: 夜班发夜宵券}
  - id: P05
    number: 5
    employer: haitong
    title: 单证员
    requirements: {gender: 女性优先, education: 大专}
"""


@pytest.fixture(scope="module")
def ports(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Yard jobs paid by the box, a yard an hour from downtown, a dorm with a shared bathroom."""
    return catalog_from_yaml(tmp_path_factory, "ports", PORTS)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("P01", "下大雨停工了咋整还给钱不", ["80元"]),  # 咋整 asks what to do, not how come
        ("P02", "正面吊这个一个月能开老鼻子钱了吧到底多少啊", ["9000"]),
        ("P02", "按箱算的是不一个箱给多少钱啊", ["2.5元"]),
        ("P03", "一个箱子给多少钱", ["90元"]),
        ("P03", "离青岛市里远不远啊", ["一个小时"]),
        ("P03", "这个拆装箱工是整啥的啊俺一点不懂", ["拆箱装箱"]),
        ("P03", "老妹儿你给俺唠唠这个一个月到手能有多少啊", ["7000"]),
        ("P04", "宿舍有没有独立卫生间啊俺家那个晚上起夜多", ["公共浴室"]),
        ("P04", "俺家老头开了好几年叉车但是没叉车正能整不", ["叉车证"]),
        ("P05", "男孩要不俺儿子学的国际贸易", ["女性优先"]),
        ("P06", "夜班给吃的不", ["夜宵券"]),
        ("P06", "俺们在塘沽有房子不住宿舍给补贴不", None),  # 港区外宿舍 is no allowance for living out
    ],
)
def test_yard_workers_are_told_what_they_ask(
    ports: Catalog, job: str, text: str, state: list[str] | None
) -> None:
    """Each question is told the fact it asks in the catalogue's words, or left to the host."""
    assert answered_as_written(ports, job, text, state)
