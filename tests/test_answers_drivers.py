"""Questions of driving work and of office-side jobs, in the words of north-eastern drivers and of
young women online: the route a truck runs (跑哪条线, 出省不), what it hauls (拉的啥货), whether a
forklift is electric (是电的还是烧油的), pay asked with a remark beside it (替俺老舅问问, 比普货多不,
说实在的别忽悠), a place asked with 搁 (车场搁昆山哪块), night as 黑天, a question closed before the
one it is put to is called (打折不宝), a contract written in the insurance, the calls of a day, and a
word the catalogue writes that only sounds like another (急修, not 机修)."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: beifang, name: 沈阳北方干线物流有限公司, aliases: [北方物流], city: 沈阳}
  - {id: yunhui, name: 昆山云汇客服外包有限公司, aliases: [云汇客服], city: 昆山}
jobs:
  - id: D01
    number: 1
    employer: beifang
    title: 干线重卡司机
    pay:
      {min: 11000, max: 15000, unit: month, base: 底薪5500, payday: 每月15号, overtime: 超10小时每小时40元}
    requirements: {age_min: 25, age_max: 50, other: [持A2驾照, 无酒驾记录]}
    hours: {shift: 双人双驾，夜里也跑, rest: 跑完一趟歇两天}
    duties: {content: 开13米厢式货车跑沈阳到成都专线，拉家电, intensity: 较累}
    insurance: {social: 入职交社保, note: 公司给车买全险}
    location: {address: 沈阳市于洪区物流园, pickup: 沈阳北站免费接站}
  - id: D02
    number: 2
    employer: beifang
    title: 仓库叉车工
    pay: {min: 4000, max: 5500, unit: month, note: 包教包会，半年考核转中工，工资4500起}
    requirements: {experience: 半年以上叉车经验, other: [持有效叉车证]}
    canteen: {provided: 包吃, note: 夜班有夜宵}
    hours: {shift: 长白班, daily: 10, note: 晚上不跑车}
    duties: {content: 开2吨电动叉车倒库上架, intensity: 轻松}
    dorm: {provided: 包住, room: 4人间, amenities: [空调, 热水器]}
  - id: D03
    number: 3
    employer: beifang
    title: 堆场叉车司机
    duties: {content: 露天堆场叉运钢卷, intensity: 较累, note: 冬天要穿棉大衣}
    dorm: {provided: 包住, distance: 宿舍离堆场800米，骑电动车3分钟}
    canteen: {provided: 包吃, meals: 3, note: 每周有两顿饺子}
    location: {address: 昆山市开发区青阳北路88号车场}
  - id: D04
    number: 4
    employer: yunhui
    title: 电话客服
    pay:
      min: 4200
      max: 6500
      unit: month
      base: 底薪2600
      note: 提成按单算，单价公司和个人五五分成，新人保底3500，试用期1个月工资按9折发
    hours: {shift: 早晚班轮换, daily: 8, note: 不上通宵班}
    duties: {content: 接听来电、回访老客户, intensity: 一般, note: 每天外呼150通左右}
    insurance: {social: 签劳动合同，入职买五险}
    requirements:
      {age_min: 18, age_max: 35, experience: 会Excel, other: [普通话好, 听得懂粤语优先, 无不良嗜好]}
    faq:
      - {q: 能在家做吗, a: 前两个月到公司上班，考核合格后可以居家}
  - id: D05
    number: 5
    employer: yunhui
    title: 园区物业维修工
    pay: {min: 5500, max: 6800, unit: month, overtime: 半夜急修每次补贴60元}
    hours: {shift: 弹性上班, rest: 月休4天，节假日轮休, note: 自己排班}
    duties:
      content: 园区水电维修、换灯管、通下水道、维修电梯门禁、清洗楼顶水箱
      intensity: 一般
      note: 统一发工服和劳保鞋，有时要搬重物
  - id: D06
    number: 6
    employer: yunhui
    title: 直播助理
    duties: {content: 配合主播上架商品、回复弹幕}
    requirements: {experience: 有直播经验优先}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A long-haul truck, two forklifts (one electric, one whose power is not written), a call
    centre and a repair post."""
    return catalog_from_yaml(tmp_path_factory, "drivers", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("D01", "一号一个月给多少钱 替俺老舅问问", ["11000"]),  # who it is asked for asks nothing
        ("D01", "一个月能整多少 比普货多不", ["11000"]),  # what it is weighed against asks nothing
        ("D01", "一个月能挣多少 说实在的别忽悠", ["11000"]),
        ("D01", "跑哪条线 往南边跑不", ["成都专线"]),
        ("D01", "跑长途不 出省不", ["成都专线"]),
        ("D01", "拉的啥货", ["家电"]),
        ("D01", "开多长的车", ["13米"]),
        ("D01", "跑车剐了蹭了咋整 车有保险没", ["全险"]),  # the truck's insurance, not the driver's
        ("D04", "保底几多嘞", ["保底"]),  # a floor written in the text, before the base pay
        ("D01", "超过十个钟头了咋个算钱", ["40元"]),  # past the day's hours: overtime, not piece rates
        ("D01", "我以前有过一次酒驾记录，还要不要嘛", ["酒驾"]),  # the condition told is the one asked
        ("D01", "俺B照能开不", ["A2驾照"]),  # a licence named by its class asks the driving licence
        ("D01", "要A2还是B2 俺是B2的本", ["A2驾照"]),
        ("D02", "二号 俺叉车证过期好几年了 还能整不", ["有效叉车证"]),  # 好几年 tells a while, asks none
        ("D02", "上夜班给整口吃的不 半夜饿得前心贴后心", ["夜宵"]),
        ("D04", "提成咋分 公司抽几成", ["五五分成"]),  # a share asked: the clause giving it
        ("D04", "要会excel咩 只会一点点", ["Excel"]),  # a tool named in Latin letters
        ("D04", "要会方言吗", ["粤语"]),  # the text naming the dialect, before Mandarin
        ("D06", "只在学校帮社团直播过 算有经验吗", ["直播经验"]),  # streaming is this job's own work
        ("D04", "保险啥时候给交", ["入职"]),
        ("D02", "半年以后能涨到几多", ["4500"]),  # the clause naming the half-year, on to its sum
        ("D05", "楼顶水箱也归我们洗吗", ["清洗楼顶水箱"]),  # the task of a list that is asked
        ("D04", "4号能在家做吗 宅女狂喜", ["前两个月"]),  # the clause asking is the FAQ's question
        ("D01", "一号开重卡的 一个月能整多少", ["11000"]),  # 号开 of driving, no payday said back
        ("D02", "叉车是电的还是烧油的", ["电动"]),
        ("D02", "黑天跑车不", ["晚上不跑车"]),
        ("D01", "是白天跑还是黑天跑", ["夜里也跑"]),
        ("D03", "车场搁昆山哪块", ["青阳北路88号"]),
        ("D03", "是搁外头露天干不", ["露天"]),
        ("D01", "俺搁哈尔滨 坐车到沈阳北站有人接不", ["沈阳北站"]),  # where one sets out from, by 搁
        ("D02", "屋里有空调没", ["空调"]),
        ("D04", "试用期工资打折不宝", ["9折"]),  # the one it is put to, called after it closes
        ("D04", "签合同吗宝", ["劳动合同"]),  # a contract written in the insurance
        ("D04", "一天要打几多个电话啊 社恐瑟瑟发抖", ["150通"]),
        ("D04", "要熬通宵不", ["不上通宵班"]),
        ("D04", "抽烟算不良嗜好不", ["不良嗜好"]),
        ("D05", "上班时间固定吗", ["弹性"]),
        ("D05", "5号发工服吗", ["统一发工服"]),  # a thing handed out: the job's number, no payday
        ("D05", "夜里急修给钱不", ["60元"]),  # 急修 is the catalogue's own word, no slip for 机修
        ("D05", "活重不 俺腰不好", ["重物"]),
        ("D05", "一个月多少钱 之前在东莞被坑过", ["5500"]),  # a past workplace names no job
        ("D03", "伙食咋样 别净整白菜炖土豆", ["饺子"]),  # what is served tells how the food is
        ("D01", "一个月能挣多少啊 南方给的多不", ["11000"]),  # weighed against the south: no word asked
        ("D05", "半夜要是急修 给加钱不", ["60元"]),  # the condition is asked with the clause after it
        ("D05", "过年放假吗", ["节假日轮休"]),
        ("D01", "我老公开过重卡 你们一个月给多少", ["11000"]),  # a spouse told asks no couples' room
        ("D02", "饭管不管？", ["包吃"]),
    ],
)
def test_the_fact_of_the_driving_or_office_job_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("D03", "那叉车是电叉还是烧柴油的"),  # its power is not written: not its size, nor an e-bike
        ("D04", "面试白天面还是晚上面"),  # the interview's time, not the shifts
        ("D01", "要熬通宵不"),  # nothing is written of all-nighters for the truck
        ("D03", "跑哪条线"),  # a yard job writes no route
        ("D03", "开多长的车"),  # no vehicle is written; 800米 to the dorm is no length of one
        ("D02", "公司抽几成"),  # no share is written
        ("D05", "要会方言吗"),  # nothing is written of speech
        ("D05", "过年放几天假"),  # rest days by rota give no holiday's length (月休4天 is the month's)
    ],
)
def test_a_driving_fact_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
