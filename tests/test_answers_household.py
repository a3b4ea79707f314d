"""Questions of live-in work, of seasonal work in groups and of meals by the time of day: 住家还是不住家
is told where one sleeps, 跟我一块过去住 whether family may come, 大人的饭要不要做 what the duties leave
out (只管宝宝 names the baby cared for, not the streamer), 晚上要起来几回 the night's wake-ups written
in the hours, 早上那顿 breakfast, 坐车的钱谁掏 the fare, 一礼拜一发 the payday, 夜里吃饭要钱么 the
night meal's cost, 十几个人一起去 whether a group may go, 几号开摘 the start, and a name the question is
put to (老周我问一哈) is no word of what is asked."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: huijia, name: 芜湖惠家家政服务有限公司, aliases: [惠家家政], city: 芜湖}
  - {id: tianshan, name: 昌吉天山果蔬合作社, aliases: [天山合作社], city: 昌吉}
jobs:
  - id: H01
    number: 1
    employer: huijia
    title: 住家阿姨
    hours: {shift: 24小时住家, rest: 月休4天, note: 老人夜里要起来扶两次}
    duties: {content: 照顾一位老人起居，做三餐, note: 只做老人和雇主两口的饭}
    dorm: {provided: 住雇主家, room: 单独一间房, couples: 不能带家属}
  - id: H02
    number: 2
    employer: huijia
    title: 白班育婴员
    hours: {shift: 白班不住家, daily: 9, note: 早上8点到下午5点}
    duties: {content: 照看一岁宝宝，做辅食, note: 大人的饭不用做}
    dorm: {provided: 不包住, note: 下班各回各家}
  - id: H03
    number: 3
    employer: tianshan
    title: 番茄采摘工
    pay: {min: 180, max: 220, unit: day, payday: 每周日发工资}
    hours: {daily: 9, note: 进园前隔离2天}
    canteen: {provided: 包吃, cost: 中午晚上免费, note: 早饭自己解决，夜班餐免费}
    dorm: {provided: 包住, note: 住在果农家里}
    location: {address: 昌吉市二六工镇, transport: 固原统一包车，车费合作社出}
    apply: {how: 直播间发 报名3，八人以上可以组团报名, start: 9月5号开摘}
  - id: H04
    number: 4
    employer: huijia
    title: 母婴护理员
    aliases: [月嫂]
    pay: {min: 9000, max: 14000, unit: month, payday: 下户当天结清}
    hours: {shift: 24小时住家, rest: 一单做完可以休息几天}
    requirements: {age_min: 30, age_max: 52, other: [持母婴护理员证, 持有效健康证]}
  - id: H05
    number: 5
    employer: tianshan
    title: 棉花采摘工
    dorm: {provided: 包住, room: 住农户家里，4到6人一间，带空调}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A live-in carer, a day-time baby minder who goes home, a tomato picker sent in groups."""
    return catalog_from_yaml(tmp_path_factory, "household", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("H01", "住家的话要不要住在雇主家里啊 我晚上睡觉轻", ["住雇主家"]),
        ("H02", "请问这个2号是住家还是不住家的呀", ["白班不住家"]),
        ("H01", "我家那口子能不能跟我一块过去住啊 他在附近找点活干干", ["不能带家属"]),
        ("H02", "请问一下大人的饭要不要做的，还是只管宝宝的", ["不用做"]),
        ("H01", "晚上要起来几回啊 我怕吃不消", ["两次"]),
        ("H03", "早上那顿管不管", ["早饭"]),
        ("H03", "坐车的钱谁掏 要自己掏么", ["车费合作社出"]),
        ("H03", "工钱一礼拜一发么", ["每周日"]),
        ("H03", "夜里吃饭要钱么", ["夜班餐免费"]),
        ("H03", "我们十几个人一起去行不", ["组团"]),
        ("H03", "几号开摘", ["9月5号"]),
        ("H03", "住阿达哩", ["果农家里"]),  # 阿达 closed by 哩 asks where; a farmer's home answers it
        ("H03", "进去要隔离几天", ["2天"]),
        ("H03", "老周我问一哈，这个活路一天到底拿得到好多钱嘛", ["180"]),
        ("H05", "住哪里啊", ["农户家里"]),  # a room written as free text says where one sleeps
        ("H05", "宿舍有空调吗", ["空调"]),
        ("H04", "一单做完了工资啥时候给呀", ["下户当天结清"]),  # the payday, not the rest after a stint
        ("H04", "要不要那个护理员证啊，俺只有个健康证", ["护理员证"]),  # the one asked, not the one held
    ],
)
def test_the_fact_of_the_household_or_the_season_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("H02", "晚上要起来几回啊"),  # no night is written of the day-time job
        ("H01", "我们十几个人一起去行不"),  # nothing is written of groups for the carer
    ],
)
def test_a_household_fact_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
