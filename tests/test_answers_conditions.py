"""Questions whose fact is written in other words than the asker's: 早饭管不管 told by the meals a
note names (中餐晚餐), 干满两个月补多少 by a bonus after a time served, 做满一个月涨不涨 by a later
rate, 收错钱要赔吗 by the note on errors, 有人带吗 by an old hand who teaches, 住宿舍花钱不 by the
dorm's fee, 伙食咋样 by a note on the food, 地上滑不滑 by the floor, 手洗还是机器洗 by a text holding
one of the ways offered, 伤眼睛不 by what the duties say of the eyes; 仓库有空调吗 asks of the work,
not of a dorm the job lacks."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: hengyuan, name: 南通恒远储能科技有限公司, aliases: [恒远储能], city: 南通}
  - {id: xianfeng, name: 南通鲜丰超市有限公司, aliases: [鲜丰超市], city: 南通}
jobs:
  - id: C01
    number: 1
    employer: hengyuan
    title: 电芯分选员
    pay: {min: 21, max: 23, unit: hour, overtime: 平时1.5倍，周末2倍，法定3倍, note: 干满两个月另发补贴600元}
    dorm: {provided: 包住, room: 6人间, fee: 每月扣40元水电}
    canteen: {provided: true, meals: 2, cost: 中餐晚餐厂里出钱, note: 每天中午加一个水果}
  - id: C02
    number: 2
    employer: hengyuan
    title: 成品仓管员
    pay: {min: 160, max: 180, unit: day, note: 日薪160元，做满一个月后每天180元}
    duties: {content: 成品入库、扫码、盘点, intensity: 轻松}
    dorm: {provided: 不包住, allowance: 每月房补300元}
  - id: C03
    number: 3
    employer: xianfeng
    title: 水产柜员
    pay: {min: 4200, max: 5200, unit: month, note: 收银差错由本人承担赔付}
    duties: {content: 活鱼称重、打包、收银, intensity: 一般, note: 水产区地面湿滑，发雨靴}
    requirements: {age_min: 18, age_max: 45, experience: 不会的有老员工带}
    apply: {how: 直播间发 报名3，简历私信发主播，面试带身份证和两张一寸照, interview: 每周二上午面试}
  - id: C04
    number: 4
    employer: xianfeng
    title: 洗碗工
    duties: {content: 洗碗、收餐具, note: 有洗碗机，锅要手洗}
    requirements: {age_max: 50, experience: 学过厨师的优先，没学过也要}
  - id: C05
    number: 5
    employer: hengyuan
    title: 电芯外观检验员
    duties: {content: 看放大镜挑电芯外观不良, note: 一直盯着看，眼睛容易酸}
  - id: C06
    number: 6
    employer: hengyuan
    title: 外壳喷涂工
    pay: {min: 6500, max: 8000, unit: month, note: 油漆岗位每月另发津贴400元}
    duties: {content: 电池外壳喷漆、打磨, note: 在喷房里干，戴防毒面具}
    canteen: {provided: 包吃, cost: 中餐晚餐公司承担, note: 早餐每餐扣3元}
  - id: C07
    number: 7
    employer: hengyuan
    title: 无尘车间操作员
    duties: {content: 电芯卷绕机上下料, note: 穿连体无尘服，戴口罩手套，一进去就是3个小时}
  - id: C08
    number: 8
    employer: xianfeng
    title: 冻品分拣员
    duties: {content: 冻肉分拣装箱, note: 在冷库里干活，发棉大衣}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A battery-cell sorter fed twice a day, a storekeeper whose day rate rises, a fish-counter clerk."""
    return catalog_from_yaml(tmp_path_factory, "conditions", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C01", "早饭管不管 我早上起不来", ["中餐晚餐"]),  # the meals named say breakfast is not among them
        ("C01", "干满两个月补多少", ["600"]),
        ("C01", "住宿舍花钱不", ["40元"]),
        ("C01", "伙食咋样", ["水果"]),
        ("C01", "法定节假日加班几倍", ["法定3倍"]),  # the clause naming the day asked, not the first
        ("C03", "面试要一寸照不", ["一寸照"]),  # what one brings, not when the interview is
        ("C03", "简历发哪里", ["私信发主播"]),  # where to send it: how one applies
        ("C02", "做满一个月涨不涨", ["180"]),
        ("C03", "收错了钱要自己赔吗", ["赔付"]),
        ("C03", "没干过有人带吗", ["老员工带"]),
        ("C03", "地上滑不滑", ["湿滑"]),
        ("C03", "3号柜员吃力吗", ["一般"]),
        ("C04", "洗碗是手洗还是机器洗啊 手洗的话我这手受不了", ["洗碗机"]),  # one way offered is written
        ("C04", "主播 我帮我儿子问问 4号要不要学过厨师的 他没学过", ["没学过也要"]),
        ("C05", "天天盯着看伤眼睛不", ["眼睛容易酸"]),
        ("C06", "早饭要钱不嘛，中午晚上不要钱是不是", ["每餐扣3元"]),  # the text naming breakfast first
        ("C06", "早饭管不管", ["早餐"]),
        ("C06", "喷漆有毒噻，有没得补贴嘛", ["400元"]),  # 噻 asserts: the allowance is what is asked
        ("C06", "外壳喷涂具体喷啥子", ["外壳喷漆"]),
        ("C07", "连体服一穿穿几久 闷不闷", ["3个小时"]),  # the clause giving the span, in 20 characters
    ],
)
def test_the_fact_in_other_words_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("C02", "仓库冬天有暖气吗"),  # the warehouse's heating, which no fact gives; not the dorm it lacks
        ("C01", "地上滑不滑"),  # nothing is written of the floor
        ("C03", "天天盯着看伤眼睛不"),  # nothing is written of the eyes
        ("C08", "冷库里零下几度"),  # how cold in degrees, which no text gives
    ],
)
def test_a_workplace_fact_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
