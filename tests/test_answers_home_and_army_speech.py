"""Questions in the words of Cantonese speakers (粮期, 压人工, 嘈唔嘈, 睇几多台机, 由车站点过去), of
girls in cute speech (长痘痘, 腿酸酸, 干久了会涨嘛), of soldiers just out of the army (报告主播, 跟部队
修车似的, 就一个退伍证) and of couples with children (娃跟过去读书得不得): each told the fact it asks,
or left to the host where the catalogue does not write it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: huaying
    name: 佛山市华盈空调设备有限公司
    aliases: [华盈]
    city: 佛山
    faq:
      - {q: 小孩能在附近上学吗, a: 北滘镇有公办小学，厂里可开入学证明}
  - {id: lanjie, name: 宁波澜洁电器有限公司, aliases: [澜洁], city: 宁波}
  - {id: guidao, name: 北京轨道运营服务有限公司, aliases: [轨道], city: 北京}
jobs:
  - id: K01
    number: 1
    employer: huaying
    title: 空调总装普工
    pay: {min: 6500, max: 8000, unit: month, payday: 每月10号发上月工资, note: 压半个月工资，离职结清}
    hours: {shift: 两班倒, rest: 月休4天}
    duties: {content: 空调内外机总装, note: 车间噪音大，发耳塞}
    dorm: {provided: 包住, room: 8人间, amenities: [独立卫生间, 热水器], note: 晚上11点门禁}
    requirements: {age_min: 18, age_max: 35, other: [会写26个英文字母, 纹身不过肩, 需1年以上装配经验]}
    location: {address: 佛山市顺德区北滘镇工业大道38号, pickup: 广州南站每周一免费接站}
  - id: K02
    number: 2
    employer: lanjie
    title: 洗衣机装配工
    pay: {min: 22, max: 24, unit: hour, note: 工时22元/小时，做满3个月24元/小时}
    hours: {shift: 长白班, rest: 单休, note: 加不加班自己选，不用上夜班}
    duties: {content: 滚筒装配, posture: 坐班, note: 一人看两台机}
    canteen: {provided: 有食堂, subsidy: 每天餐补15元, note: 吃饭自己刷卡，一餐大概10块}
    prospects: {path: 操作工-调机员-编程员, training: 师傅带教一个月}
    location: {address: 中山市小榄镇永宁工业区富业路6号, transport: 小榄汽车站打车10分钟}
    apply: {how: 直播间发 报名2, interview: 线上视频面试}
  - id: K03
    number: 3
    employer: guidao
    title: 列车保洁员
    pay: {min: 5000, max: 6000, unit: month, payday: 每月20号}
    hours: {shift: 跟车值乘, rest: 跑三休二}
    duties: {content: 动车组车厢保洁, note: 要钻检修地沟，弯腰多}
    dorm: {provided: 不包住}
    canteen: {provided: 不包吃, subsidy: 每天餐补15元}
    requirements: {age_min: 18, age_max: 40, other: [持安检员资格证, 无纹身]}
  - id: K04
    number: 4
    employer: guidao
    title: 夜班安检员
    aliases: [夜班安检]
    pay: {min: 6000, max: 7000, unit: month, note: 夜班补贴每晚15元}
    hours: {shift: 固定夜班, note: 节假日不休}
    dorm: {provided: 包住, room: 6人间}
    apply: {how: 直播间发 报名4, start: 培训5天后上岗}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An air-conditioner plant, a washing-machine plant and a railway's cleaning and security."""
    return catalog_from_yaml(tmp_path_factory, "home_army", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("K01", "糧期幾號啊 月頭定月尾", ["10号"]),  # 粮期 is the payday
        ("K01", "係咪压人工嘅 上间厂压咗我两个月", ["压半个月"]),  # 人工 is the wage
        ("K01", "广州南有冇人接车啊 我唔识路", ["广州南站"]),  # the station called without 站
        ("K01", "车间嘈唔嘈㗎 我耳仔唔系几好", ["噪音大"]),
        ("K01", "要识英文咩 我英文好差", ["26个英文字母"]),
        ("K01", "几多个人住一间房", ["8人间"]),
        ("K01", "我膊头有纹身 过咗膊头少少 得唔得", ["纹身不过肩"]),
        ("K01", "宿舍有冇独立厕所冲凉房", ["独立卫生间"]),  # a room to wash in, not the hot water
        ("K01", "宿舍几点关门呀", ["11点门禁"]),
        ("K01", "娃儿跟过去读书得不得嘛 读二年级了", ["公办小学"]),  # the employer's FAQ tells it
        ("K01", "我36超了吗", ["35"]),
        ("K01", "我媳妇只在屋头踩过缝纫机 得不得", ["1年以上"]),
        ("K02", "做满三个月会唔会加钱", ["24元/小时"]),
        ("K02", "食饭点算 包唔包食", ["刷卡"]),  # how meals are paid for
        ("K02", "要去厂度面试定网上面", ["视频面试"]),  # 定 between two ways asks which
        ("K02", "一个人睇几多台机", ["两台"]),
        ("K02", "由小榄车站点过去", ["打车10分钟"]),  # 点 after a station asks how
        ("K02", "做耐咗可唔可以学编程", ["编程员"]),  # the text naming what is learnt
        ("K02", "加班可以不加嘛 想多睡会", ["自己选"]),
        ("K02", "要上夜班嘛 熬夜会长痘痘", ["不用上夜班"]),  # 痘痘 is no pet name
        ("K02", "是坐着做滴还是站着呀 站久了腿酸酸", ["坐班"]),
        ("K03", "报告主播！3号一个月能挣多少", ["5000"]),  # a soldier's way of opening
        ("K03", "背上有条龙 能进不", ["无纹身"]),  # a dragon on one's back is a tattoo
        ("K03", "跑几天歇几天 跟部队轮休一样不", ["跑三休二"]),
        ("K03", "管吃不 还是自己买", ["不包吃"]),
        ("K03", "要钻地沟吗 跟部队修车似的", ["检修地沟"]),  # a likeness told after the question
        ("K03", "要啥证 俺啥证也没有就一个退伍证", ["安检员资格证"]),
    ],
)
def test_the_fact_asked_in_home_or_army_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("K02", "食堂一天开几顿呀"),  # 一餐大概10块 is a price, not how many meals
        ("K02", "请假扣钱嘛 我身体不好"),  # nothing is written of leave
        ("K03", "入职还要体检吗 部队体检过了"),  # nothing is written of a medical
        ("K04", "一个月能休几天"),  # 节假日不休 says no count of days off
        ("K04", "夜班加班费算不算"),  # the night shift names whose overtime; none is written
        ("K04", "夜班宿舍有空调没"),
    ],
)
def test_a_fact_not_written_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
