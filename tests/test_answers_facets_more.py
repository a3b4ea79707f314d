"""Facets asked in everyday words, answered from the recruiter's own texts — or not at all: a
meal's cost told by who bears it, the hours of a day from a note, a start asked by 明天, the
probation's pay from an FAQ; and silence where an FAQ or a certificate only seems to fit."""

from __future__ import annotations

import pytest

from bot.answer.compose import compose_employer
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: haiyue
    name: 海悦酒店管理有限公司
    aliases: [海悦]
    city: 厦门
    direct_hire: true
    agency_fee: 0
  - id: kuaida
    name: 快达同城配送有限公司
    aliases: [快达]
    city: 杭州
    direct_hire: false
    faq:
      - {q: 装备要自己买吗, a: 头盔、衣服押金200元，离职退还}
      - {q: 站点有几个食堂, a: 两个食堂，一个在站点一个在宿舍区}
jobs:
  - id: H01
    number: 1
    employer: haiyue
    title: 客房服务员
    pay: {min: 4500, max: 5500, unit: month, note: 底薪加计件，每天标准做14间房}
    duties: {content: 打扫客房、换床单被套, intensity: 较累}
    insurance: {social: 入职买五险, note: 试用期也买}
    dorm: {provided: true, room: 4人间, distance: 宿舍到酒店有班车接送, allowance: 不住宿补贴300元/月}
    canteen: {provided: 中餐晚餐公司承担}
    hours: {shift: 白班, rest: 月休4天}
    apply: {how: 直播间发 报名1, start: 面试通过第二天上班}
    faq:
      - {q: 试用期多久, a: 试用期3个月，工资不打折}
  - id: H02
    number: 2
    employer: haiyue
    title: 物业保安
    pay: {min: 4000, max: 4800, unit: month}
    requirements: {age_min: 18, age_max: 55, other: [身高165以上]}
    hours: {rest: 月休4天, note: 可以请假，按天扣}
    duties: {content: 巡逻、看门岗，主要守服装市场}
    apply: {how: 直播间发 报名2，带身份证到公司面试, interview: 上午10点前到公司面试}
  - id: H03
    number: 4
    employer: haiyue
    title: 前台接待
    pay: {min: 4200, max: 5000, unit: month, note: 有英语证每月加300}
    dorm: {provided: true, room: 2人间, fee: 住宿费每天5元, couples: 有夫妻房，两人一间}
    duties: {content: 前台接待、登记入住, note: 大堂有空调，夏天不热}
    location: {transport: 坐地铁2号线到吕厝站，再走10分钟, note: 宿舍到酒店有班车接送}
    faq:
      - {q: 试用期多久, a: 试用期3个月，工资不打折}
  - id: F01
    number: 5
    employer: haiyue
    title: 家具喷漆工
    pay: {min: 8000, max: 11000, unit: month, note: 新手前1个月保底5000，熟手计件}
    duties: {content: 家具喷漆, note: 喷漆房温度高，夏天比较热}
    hours: {note: 旺季9月到春节，周六加班}
    apply: {how: 直播间发 报名5, start: 随时入职，最少做满3个月}
    dorm:
      provided: true
      couples: true
      note: 夫妻房单独一间，每月300；骑电动车10分钟；被褥要自己带或者20元买一套
    requirements: {other: [季节工，旺季干完可以走]}
  - id: R01
    number: 6
    employer: haiyue
    title: 网约车司机
    pay: {min: 8000, max: 15000, unit: month, note: 这是流水，扣掉车租大概到手6000到9000}
    location: {transport: 即墨北站打车15分钟, pickup: 青岛北站周一周三接站}
    apply: {how: 直播间发 报名6, start: 证办好当天提车}
    hours: {shift: 两班倒, note: 白班7:00-18:00，夜班19:00-次日6:00，半月一倒}
  - id: A01
    number: 7
    employer: haiyue
    title: 蛋糕学徒
    pay: {min: 3500, max: 4500, unit: month, note: 按每人算，两人一起约一万}
    faq:
      - {q: 要交学费吗, a: 不收学费，也不收押金}
      - {q: 宝妈可以做吗, a: 可以，有宝妈班9:00-15:00，每小时18元，不包住}
      - {q: 可以带孩子吗, a: 可以，很多宝妈带孩子住宿舍，镇上有幼儿园和小学，可以帮问入学}
  - id: K01
    number: 3
    employer: kuaida
    title: 骑手
    pay: {min: 6000, max: 10000, unit: piece}
    hours: {shift: 自由排班, note: 建议每天跑10小时以上}
    dorm: {provided: false, note: 可以帮忙找附近日租房，一晚30元}
  - id: D01
    number: 9
    employer: kuaida
    title: 日结普工
    pay: {min: 220, max: 280, unit: day, overtime: 不加班, payday: 当天干完当天结，微信转账}
    hours: {daily: 8, rest: 月休2天，不休的按天补钱}
    location: {address: 北京市通州区梨园镇云景里小区}
    dorm: {provided: true, room: 8人间, note: 班组按人数分板房，水电项目部出}
    duties: {content: 照顾一位半自理老人起居，做三餐, note: 老人夜里起夜要扶}
    requirements: {gender: 男女不限, other: [无高血压]}
  - id: C01
    number: 8
    employer: haiyue
    title: 中餐厅服务员
    pay: {min: 4000, max: 4600, unit: month, note: 按星级定价，好评有奖金}
    hours: {shift: 两头班, note: 早上9点到下午2点，下午4点半到晚上9点}
    duties: {content: 传菜、收台, note: 劳保全发}
    requirements: {other: [不能恐高]}
    faq:
      - {q: 工服要钱吗, a: 工服酒店统一发，不收钱，离职时交回}
      - {q: 小时工能转正式工吗, a: 干满3个月表现好可以转正式工}
      - {q: 做到什么时候, a: 旺季做到9月底}
  - id: W01
    number: 12
    employer: haiyue
    title: 电焊工
    pay: {min: 6000, max: 8000, unit: month, payday: 每月15号发上月工资}
    hours: {shift: 长白班, note: 冬天早上7点半上班}
    requirements: {other: [需入职体检]}
    apply: {how: 直播间发 报名12, interview: 周一到周五随到随面}
    canteen: {provided: true, note: 饭菜偏辣，一顿8到12元}
    location: {address: 重庆市两江新区水土街道云汉大道5号, note: 离主城比较远}
  - id: W02
    number: 10
    employer: kuaida
    title: 贴片操作员
    pay:
      min: 5500
      max: 7000
      unit: month
      overtime: 平时加班1.5倍，周末2倍，法定节假日3倍
      payday: 每周五可借支生活费300元，每月15号结清上个月工资
      note: 看加班多少
    hours: {note: 做到11月20号左右结束}
    faq:
      - {q: 要交学费吗, a: 不收学费，也不收押金}
  - id: W03
    number: 11
    employer: haiyue
    title: 生鲜处理员
    pay: {min: 5000, max: 6000, unit: month, note: 有叉车证每月多给500元}
    duties: {content: 切分猪牛羊肉、称重打包, note: 要在冷库进出，冬天手冷，公司发防寒手套}
    apply: {how: 直播间发 报名11, start: 当天培训当天上岗}
    location: {address: 东莞市长安镇乌沙社区, pickup: 长安汽车站免费接站，提前一天报备}
    canteen: {provided: false, note: 附近有快餐}
    faq:
      - {q: 不是回族能去吗, a: 可以，不限民族，尊重清真饮食习惯就行}
      - {q: 夜班有夜宵吗, a: 凌晨1点发一份夜宵，免费}
  - id: S01
    number: 13
    employer: haiyue
    title: 船体电焊工
    apply: {how: 直播间发 报名13, interview: 每周二、周五上午考焊，考立焊和仰焊}
    duties: {content: 船体分段的二保焊，平焊、立焊为主}
  - id: S02
    number: 14
    employer: haiyue
    title: 包装临时工
    hours: {rest: 自己安排，想休就休}
    faq:
      - {q: 派遣工跟正式工工资一样吗, a: 一样，同工同酬，做满半年可以转厂里正式工}
  - id: S03
    number: 15
    employer: haiyue
    title: 洗煤普工
    pay: {min: 6000, max: 9000, unit: month, note: 新人前两个月保底6000}
    hours: {shift: 两班倒, daily: 12, rest: 上20天休10天, note: 白班早8点到晚8点，半个月倒一次}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A hotel, its guards and a delivery job, written in recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "facets_more", CATALOGUE)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("H01", "吃饭要钱不", ["公司承担"]),
        ("H01", "饭多少钱", ["公司承担"]),
        ("H01", "试用期工资打折不", ["不打折"]),
        ("H01", "明天能去吗", ["第二天上班"]),
        ("H01", "俺在外边租房子有补贴没", ["300"]),
        ("K01", "一天要跑几个钟", ["10小时"]),
        ("K01", "快递员每件几钱", None),
        ("F01", "熟手能拿多少", ["8000-11000"]),
        ("R01", "一个月到手有多少", ["6000到9000"]),
        ("R01", "青岛北站天天接吗", ["周一周三"]),
        ("A01", "收唔收学费", ["不收学费"]),
        ("A01", "学徒底薪多少", None),
        ("F01", "车间热不热", ["温度高"]),
        ("H01", "一天做几间房", ["14间"]),
        ("R01", "提车要多久", ["当天提车"]),
        ("F01", "旺季是啥时候", ["9月到春节"]),
        ("F01", "最少干多久", ["3个月"]),
        ("F01", "只干一个月行吗", ["3个月"]),
        ("K01", "押金退不退", ["离职退还"]),
        ("H03", "地铁能到吗", ["2号线"]),
        ("H03", "有证加几多", ["300"]),
        ("H01", "试用期买社保吗", ["试用期也买"]),
        ("F01", "夫妻房多少钱", ["300"]),
        ("R01", "夜班几点下班", ["次日6:00"]),
        ("A01", "宝妈班包住不", ["不包住"]),
        ("F01", "要带被子不", ["被褥"]),
        ("A01", "宝妈班一小时多少", ["18元"]),
        ("A01", "可以带孩子一起住吗", ["宝妈带孩子住"]),
        ("A01", "可以带孩子吗 附近有幼儿园不", ["幼儿园"]),
        ("A01", "两人一起好多钱", ["一万"]),
        ("C01", "两头班是么子意思", ["下午4点半"]),
        ("C01", "工服要自己买吗", ["不收钱"]),
        ("C01", "小时工能转正不", ["干满3个月"]),
        ("C01", "做到几月", ["9月底"]),
        ("C01", "怕高能干吗", ["恐高"]),
        ("H02", "请假扣钱吗", ["按天扣"]),
        ("H02", "几点去面", ["上午10点前"]),
        ("H03", "宿舍一天5块？", ["每天5元"]),
        ("H03", "宿舍2人还是4人", ["2人间"]),
        ("K01", "住哪啊", ["不包住"]),
        ("H02", "去哪面试", ["到公司面试"]),
        ("D01", "日结多少一天", ["220"]),
        ("D01", "一天几百块", ["220"]),
        ("D01", "工资咋发的", ["当天干完当天结"]),
        ("D01", "住哪", ["板房"]),
        ("D01", "晚上要起来不", ["起夜"]),
        ("H01", "几天能上岗", ["第二天上班"]),
        ("D01", "加班多不多", ["不加班"]),
        ("C01", "发手套吗", ["劳保全发"]),
        ("H01", "试工过了啥时候上班", ["第二天上班"]),
        ("D01", "在通州哪", ["梨园镇"]),
        ("D01", "不休给钱不", ["按天补钱"]),
        ("D01", "要做饭吗", ["做三餐"]),
        ("D01", "老爷们能干不", ["男女不限"]),
        ("D01", "血压高能去不", ["无高血压"]),
        ("W01", "冬天几点上班", ["7点半"]),
        ("W01", "要体检不", ["体检"]),
        ("W01", "15号发？", ["每月15号"]),
        ("W02", "工资几号结", ["每月15号"]),
        ("W02", "加班费怎么算的", ["1.5倍"]),
        ("W02", "贴片学徒收唔收学费", ["不收学费"]),
        ("W01", "一顿饭多少钱", ["8到12元"]),
        ("W01", "离市区远不", ["比较远"]),
        ("W02", "做到啥时候结束", ["11月20号"]),
        ("W03", "冷库冷不冷", ["手冷"]),
        ("W03", "有培训没", ["当天培训"]),
        ("W03", "我汉族能去不", ["不限民族"]),
        ("W03", "有叉车证加钱吗", ["500"]),
        ("W03", "有冇宵夜食", ["凌晨1点"]),
        ("H02", "能请假吗", ["可以请假"]),
        ("S01", "星期几考焊", ["每周二、周五上午考焊"]),  # the welder's test, told where it is written
        ("S01", "电焊工主要做乜", ["二保焊"]),
        ("K01", "快达有几个食堂", ["两个食堂"]),
        ("S02", "家里有事想歇哪天能歇不", ["想休就休"]),
        ("S02", "派遣工跟正式工工资一样不", ["一样，同工同酬"]),  # the FAQ's yes, with its reason
        ("S03", "上20休10是真的吗", ["上20天休10天"]),  # days on and off said back in doubt
        ("S03", "白班夜班咋倒", ["半个月倒一次"]),  # 咋倒 asks how the shifts turn, as 怎么倒 does
        ("S03", "新手头俩月能拿多少", ["保底6000"]),  # 新手 is the 新人 the note names
        ("H01", "宿舍住几多个", ["4人间"]),  # the employer named is no word of its FAQ
    ],
)
def test_a_facet_in_everyday_words_is_told(
    catalog: Catalog, job: str, question: str, state: list[str] | None
) -> None:
    """Who bears the meals answers their cost; an FAQ telling the probation's pay answers it; 明天
    asks the start; renting outside asks the allowance; a note giving hours answers 几个钟; a month's
    pay asked of 熟手 is the range when the note gives 熟手 no sum; 到手 is told by a note saying it; a
    station's pick-up by its own fact; Cantonese 收唔收 finds the FAQ; 学徒 names the 蛋糕学徒; the
    宝妈班's hour told by the clause giving a sum, a couple's by one written in words (约一万); an
    FAQ's yes told with the clause that says what; what a shift's name means told by the hours'
    note; an FAQ asked in other words (工服要自己买吗, 做到几月, 能转正不) found; 怕高 is 恐高; leave
    by the note on it; 几点去面 by the interview, 去哪面试 by a text naming the place; a sum said
    back of the dorm by its fee; a job with no dorm is told so first; a day's pay asked of 日结 is
    the pay, not the payday; 咋发 asks the payday; 住哪 is told by the note naming the 板房; getting
    up at night by the note on 起夜; 血压高 by the 高血压 the requirements name; the start of a day
    by the note giving it; a check by the requirement naming it; a payday said back by the payday;
    a payday written after an advance by its own clause, an overtime rate before a note without
    one; a fee by its own name (学费) by the FAQ naming it; a meal's price by a note giving 一顿's;
    the city's distance by a note naming 主城; the season's end by the hours' note writing it; the
    cold by a note saying 手冷; training by the start that names it; 汉族 by a text on 民族; more
    pay for a certificate by the note naming it; a night snack by the FAQ on it where no meals are
    given; leave by the hours' note on it; a welder's test by the interview that names it; an FAQ
    asked with its employer's name in the question; an FAQ's yes of 一样 with its reason."""
    score = score_one(catalog, job, question, state)
    assert score.stated_share == 1.0
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("job", "question"),
    [
        ("H01", "接站吗 我坐火车到厦门站"),
        ("H03", "宿舍离酒店远吗"),
        ("R01", "离市区多远"),
        ("F01", "车间有空调吗"),
        ("H01", "最少干多久"),
        ("K01", "中介费退吗"),
        ("H03", "夫妻房要多少钱一个月"),
        ("H01", "有年休假不"),
        ("H02", "要有保安证吗"),
        ("F01", "过年放不放假"),
        ("H02", "要交押金吗"),
        ("H02", "制服要钱不"),
        ("H02", "要穿工服吗"),
        ("K01", "要戴口罩吗"),
        ("C01", "好评奖金多少钱"),
        ("K01", "电动车要自己买吗"),
        ("W01", "冬天几点下班"),
        ("W01", "体检都查啥"),
        ("W01", "面试考啥"),
        ("W01", "车间能带手机吗"),
        ("W03", "离长安汽车站远不远"),
        ("W02", "有电脑组装经验加钱吗"),
        ("H01", "能请假吗"),
        ("H01", "hr电话多少"),
        ("H02", "有微信吗 加一下"),
    ],
)
def test_a_fact_only_seeming_to_fit_is_not_told(catalog: Catalog, job: str, question: str) -> None:
    """班车接送 is no pick-up at a station; 试用期多久 (its 多久) does not tell how far the dorm is;
    月休 is no annual leave; 带身份证 is no guard's licence; a note naming 春节 says nothing of a
    holiday off; an FAQ on the gear does not answer the scooter; a deposit or a uniform is not
    told that signing up is free; 服装 the work handles is no uniform; a bonus's sum is not told
    by a clause naming the bonus alone; gear not named (口罩 of 头盔、衣服) is not told; the end of
    the day is not told by its start, nor what a check holds by there being one; a phone brought is
    not told by the phones the work makes; a station's distance is not told by its pick-up; more pay
    for experience is not told by the night's; leave is not told by the rest days, nor a phone number
    by the way to sign up: each goes to the host."""
    score = score_one(catalog, job, question, None)
    assert score.silent_share == 1.0


def test_an_employer_asked_whether_it_hires_directly_is_told_only_that(catalog: Catalog) -> None:
    """快达是直招不 of an agency that writes no fee: 劳务派遣, never the fee; 海悦是直招不 where the
    employer writes its fee and not whether it hires directly: no answer (the host is asked)."""
    by_id = {e.id: e for e in catalog.employers}
    kuaida = compose_employer(by_id["kuaida"], "legitimacy", "快达是直招不")
    assert kuaida.forms
    assert all("派遣" in form for form in kuaida.forms)
    unsaid = by_id["haiyue"].model_copy(update={"direct_hire": None})
    haiyue = compose_employer(unsaid, "legitimacy", "海悦是直招不")
    assert haiyue.forms == ()
    assert haiyue.missing == "employer.direct_hire"


def test_old_women_named_ask_no_couples_room() -> None:
    """俺们这些老婆子 are old women: how many share a room is asked, not a room for a wife."""
    from bot.answer.facets import facet_in

    found = facet_in("dorm", "俺们这些老婆子宿舍几个人")
    assert found is not None
    assert found.key == "dorm.room"
