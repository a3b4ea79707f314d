"""Road and bridge workers' questions, older men by voice and Shanxi speakers closing a question
with 了: 要钱不了 and 掏不了 ask, 歇 is resting, 食堂 named of the canteen is not the canteen job,
one's age told asks whether one is taken, what a meal is docked, 血压有点高 as 血压高, bd as 保底,
加半费 as 加班费, 安全带 no 安全员, a choice opening a line (电话面试还是要去现场), a day's
work as 一个工, and 一块来 as coming together."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

BRIDGES = """\
employers:
  - id: wantong
    name: 合肥皖通路桥劳务有限公司
    aliases: [皖通]
    city: 合肥
jobs:
  - id: B01
    number: 1
    employer: wantong
    title: 钢筋工
    pay: {min: 350, max: 450, unit: day}
    requirements: {age_min: 20, age_max: 58, other: [身体健康无高血压]}
    dorm: {provided: 包住, room: 6人间, fee: 0, note: 水电不另收}
  - id: B02
    number: 2
    employer: wantong
    title: 混凝土工
    pay: {min: 8000, max: 12000, unit: month, base: 保底6000元/月, overtime: 加班按1.5倍算}
    canteen: {provided: 包吃, meals: 3, cost: 每餐扣8元}
  - id: B03
    number: 3
    employer: wantong
    title: 食堂帮厨
    aliases: [帮厨, 食堂]
    pay: {min: 3800, max: 4500, unit: month}
  - id: B04
    number: 4
    employer: wantong
    title: 杂工
    aliases: [小工]
    pay: {min: 260, max: 300, unit: day}
    requirements: {age_min: 18, age_max: 60, gender: 男}
    canteen: {provided: 包吃, meals: 3, cost: 吃饭免费}
  - id: B06
    number: 6
    employer: wantong
    title: 安全员
    pay: {min: 7000, max: 9000, unit: month}
  - id: B07
    number: 7
    employer: wantong
    title: 桥梁模板工
    duties: {content: 钢模板安装和拆除, note: 高空作业，必须系安全带}
  - id: B08
    number: 8
    employer: wantong
    title: 材料员
    apply: {how: 发 报名8, interview: 电话面试}
  - id: B09
    number: 9
    employer: wantong
    title: 模板工
    pay: {min: 400, max: 550, unit: day}
    faq:
      - {q: 能带老乡一起来吗, a: 可以，5个人以上可以整班进场，整班包活}
  - id: B05
    number: 5
    employer: wantong
    title: 叉车司机
    hours: {shift: 长白班, daily: 10, rest: 做六休一, note: 中午休息1小时}
"""


@pytest.fixture(scope="module")
def bridges(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Site jobs with a meal docked, a guaranteed pay and a canteen job whose alias is 食堂."""
    return catalog_from_yaml(tmp_path_factory, "bridges", BRIDGES)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("B04", "食堂吃饭要钱不了", ["免费"]),  # the canteen of the job on screen, not 食堂帮厨
        ("B01", "宿舍的水电费还要另外掏不了", ["水电不另收"]),
        ("B04", "俺今年整六十了 身体好得很 四号小工还要不要", ["60"]),
        ("B02", "吃饭扣多少", ["8元"]),
        ("B01", "俺血压有点高 吃着药呢 能干不", ["无高血压"]),
        ("B02", "2号bd多少", ["6000"]),
        ("B02", "2号加半费怎么算", ["1.5倍"]),
        ("B05", "叉车歇咋歇", ["做六休一"]),  # 歇 asks the rest days, not the shift
        ("B07", "高空作业有没有安全带", ["安全带"]),  # gear, not the 安全员 job
        ("B08", "电话面试还是要去现场", ["电话面试"]),  # a choice of two, asked
        ("B09", "九号一个工多少钱[抱拳]", ["400"]),  # a day's work
        ("B09", "俺们五六个老乡一块来 能不能整班包活", ["整班包活"]),  # 一块来: together
    ],
)
def test_site_workers_are_told_what_they_ask(bridges: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact it asks in the catalogue's words."""
    assert answered_as_written(bridges, job, text, state)
