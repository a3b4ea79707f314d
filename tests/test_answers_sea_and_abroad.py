"""Questions of fishing boats, fish farms and work abroad, in the words of Wenzhou fishermen and of
men who have worked abroad: 侬 for a person and 困 for sleeping, 工钿 for pay, a voyage's length
(一个航次), a passport kept or not, who pays the ticket home, the deposit by its initials (yj), the
kind of welding, men called 大老爷们, a camp's distance from the site, a sum an insurance covers,
a doing one cannot do (不会游泳), and the pay while training."""

from __future__ import annotations

import pytest

from bot.answer.compose import forms_of
from bot.answer.facts import Fact
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: haixing
    name: 温州海星远洋渔业有限公司
    aliases: [海星渔业]
    city: 温州
    direct_hire: 直招
    faq:
      - {q: 护照谁保管, a: 护照本人保管，公司不扣护照}
  - id: zhongyuan
    name: 郑州中原外派劳务有限公司
    aliases: [中原外派]
    city: 郑州
    direct_hire: 外派劳务，非直招
    agency_fee: 服务费12000元，拿到签证再交
    faq:
      - {q: 要交押金吗, a: 出国前交押金8000元，期满回国全额退}
jobs:
  - id: W01
    number: 1
    employer: haixing
    title: 远洋渔船船员
    pay: {min: 9000, max: 14000, unit: month, base: 底薪7000, note: 一个航次约9个月，完成航次另有分红}
    hours: {shift: 轮班, rest: 出海期间不休息，回港休1个月, note: 旺季每天干十几个小时}
    insurance: {social: 买五险和船员意外险, note: 意外险保额60万}
    requirements: {age_min: 20, age_max: 50, other: [会游泳, 不晕船, 需办海员证，公司代办]}
    location: {address: 温州市洞头区渔港路8号, pickup: 温州南站免费接站}
    prospects: {training: 岗前培训3天}
    dorm: {provided: 包住, room: 6人间}
  - id: W02
    number: 2
    employer: haixing
    title: 育苗技术员
    pay: {min: 7000, max: 10000, unit: month, base: 底薪6000, note: 出苗率达标有提成}
    hours: {shift: 白班为主，育苗期要值夜班, rest: 月休4天}
    prospects: {training: 岗前培训一周，带薪}
    duties: {content: 育苗池换水、投喂、记录水温}
  - id: W03
    number: 3
    employer: haixing
    title: 冷链送货司机
    duties: {content: 开冷藏车给饭店送海鲜, note: 到店要帮忙卸货}
    pay: {min: 8000, max: 9000, unit: month, overtime: 周末加班时薪30元}
  - id: W04
    number: 4
    employer: zhongyuan
    title: 船厂电焊工
    pay: {min: 15000, max: 20000, unit: month}
    duties: {content: 船体分段二保焊}
    requirements: {gender: 男女不限}
    hours: {rest: 每周五休息}
    dorm: {provided: 包住, distance: 营地离船厂4公里}
    faq:
      - {q: 回国机票谁出, a: 期满回国机票自理}
  - id: W05
    number: 5
    employer: zhongyuan
    title: 隧洞风钻工
    hours: {shift: 三班倒, rest: 月休2天, note: 连续干满3个月可以休假10天}
    dorm: {provided: 包住, fee: 每月80元水电费}
  - id: W06
    number: 6
    employer: haixing
    title: 剥虾工
    pay: {min: 6000, max: 9000, unit: month, note: 剥虾按斤计件，一斤虾仁2.8元}
    canteen: {provided: 包吃, note: 自己轮流做饭，公司出菜钱}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A fishing boat, a hatchery, a cold-chain van, two jobs abroad and a shrimp-peeling line."""
    return catalog_from_yaml(tmp_path_factory, "sea", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("W01", "宿舍几个侬困一间", ["6人间"]),  # Wenzhou 侬 is a person, 困 is sleeping
        ("W01", "温州南站有侬来接伐", ["温州南站"]),
        ("W01", "船上一日做几个钟头", ["十几个小时"]),  # a span written in words
        ("W01", "那个意外险保几多", ["60万"]),  # the sum an insurance covers
        ("W01", "我是山里人，不会游水行不行", ["会游泳"]),  # a doing one lacks, told by the requirement
        ("W01", "远洋船一个航次出去几个月", ["9个月"]),  # a voyage's length, written with the pay
        ("W01", "出海一次多久", ["9个月"]),
        ("W02", "提成是按什么算的", ["出苗率"]),  # no piece rate: what the commission goes by
        ("W02", "育苗期夜里要值班伐", ["值夜班"]),
        ("W02", "培训的时候有工钿伐", ["带薪"]),  # pay while training, written with the training
        ("W03", "该个司机要帮忙搬货吗", ["卸货"]),
        ("W03", "礼拜六礼拜天加班几多一个钟头", ["30元"]),  # an hour's overtime pay, not the hours
        ("W01", "护照是自己拿着还是恁公司扣着？", ["不扣护照"]),
        ("W04", "回来的机票谁掏钱", ["自理"]),  # the FAQ asked in other words
        ("W04", "yj交多少 回来退不退", ["8000元"]),  # the deposit by its initials
        ("W04", "啥焊？氩弧还是二保", ["二保焊"]),
        ("W04", "要不要大老爷们", ["男女不限"]),
        ("W04", "营地离船厂多远", ["4公里"]),  # the camp is the dorm
        ("W04", "礼拜几歇", ["每周五"]),
        ("W05", "住宿扣前不", ["80元"]),  # 扣前 is 扣钱 mistyped
        ("W05", "多久能回家一趟", ["休假10天"]),
        ("W06", "剥虾计件的哦，手快的一个月做得到几多铜钿", ["6000"]),  # told the rate, asks the month
        ("W06", "一个月做得到多少钱", ["6000"]),
        ("W06", "食饭是自己煮还是有人煮", ["轮流做饭"]),
        ("W01", "海原证要自家去办吗", ["公司代办"]),  # 海原 sounds as 海员 does
    ],
)
def test_the_fact_of_the_sea_or_abroad_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("W05", "不会游泳行不行"),  # nothing is written of swimming
        ("W03", "培训的时候有工资吗"),  # no training is written
        ("W01", "培训的时候有工资吗"),  # the training is written, not what it pays (岗前培训3天)
        ("W02", "那个意外险保几多"),  # no insurance is written for the hatchery
        ("W05", "过年放几天假"),  # rest days give no holiday's length
    ],
)
def test_a_fact_of_the_sea_or_abroad_not_written_is_left_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0


def test_a_fact_asked_is_not_told_twice_in_one_post() -> None:
    """An asked fact that is also among its topic's other facts appears once in the post."""
    lead = [Fact("hours.rest", "出海期间不休息，回港休1个月")]
    rest = [Fact("hours.rest", "出海期间不休息，回港休1个月", "出海期间不休息"), Fact("hours.shift", "轮班")]
    forms = forms_of("1号 ", "", lead, rest)
    assert all(form.count("出海期间") == 1 for form in forms)
    assert "1号 出海期间不休息，回港休1个月 轮班" in forms
