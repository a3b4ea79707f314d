"""Questions of seafood plants, housekeeping and labour-dispatch jobs told what they ask: the
food a canteen note names, how a trade is learnt, a requirement in the recruiter's own 要, whether a
couple is housed, the allowance of one not living in, when an order's pay is settled, a rebate's
sum written in a job's pay note, the hourly 工价, a container's price, the price of one piece
(多少钱一个, 一延米), the sex a job takes asked of a wife, a student's place asked of a sister;
and what the catalogue lacks (a year-end bonus, a fare refunded, a rebate's sum) is left to the host
rather than told a text that only shares a word with it, and an FAQ sharing one word of a longer
question is not told for it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
faq:
  - {q: 返费怎么发, a: 返费由劳务公司按在职天数发，没做满天数自离的不发}
  - {q: 路费报销吗, a: 入职满一个月报销单程车票，最多报300元}
employers:
  - id: haixian
    name: 大连海鲜食品有限公司
    aliases: [海鲜厂]
    city: 大连
  - id: anxin
    name: 上海安心家政服务有限公司
    aliases: [安心家政]
    city: 上海
    address: 上海市闵行区七宝镇漕宝路3366号
    faq:
      - {q: 和雇主闹矛盾怎么办, a: 公司有专人调解，不合适可以免费换户}
  - id: juxian
    name: 昆山聚贤人力资源有限公司
    aliases: [聚贤]
    city: 昆山
jobs:
  - id: S01
    number: 1
    employer: haixian
    title: 片鱼工
    hours: {shift: 长白班, note: 早上6点半上班，鱼片完就收工，一般下午四五点}
    canteen: {provided: 包吃, meals: 3, cost: 0, note: 顿顿有鱼}
    dorm: {provided: 包住, couples: 有夫妻房，每月150元, allowance: 不住宿补贴200元/月}
    prospects: {training: 师傅带一周学片鱼}
    requirements: {other: [要办健康证，厂里统一办，费用公司出]}
    pay: {note: 生活费每月可借支1500元，年底不压工资}
  - id: S02
    number: 2
    employer: anxin
    title: 月嫂
    pay: {min: 9000, max: 15000, payday: 每单下户后3天内结清}
    duties: {content: 新装修房子开荒、擦玻璃, note: 年前和装修旺季活最多}
    requirements: {experience: 至少做过3单月嫂, other: [需入职体检公司报销, 自己有电动车最好]}
  - id: S03
    number: 3
    employer: juxian
    title: 手机组装普工
    pay: {note: 工价22元/小时，在职满60天返费2500元}
  - id: S04
    number: 4
    employer: juxian
    title: 叉车工
    pay: {min: 6000, max: 7500}
  - id: S10
    number: 10
    employer: juxian
    title: 网约车司机
    pay: {min: 7000, max: 12000, note: 年底按流水发奖金}
    requirements: {other: [提车交押金3000元，退车时全额退]}
  - id: S05
    number: 5
    employer: juxian
    title: 大龄物料员
    pay: {min: 4500, max: 5500, note: 大龄工不参与返费}
    hours: {rest: 做六休一, daily: 9}
  - id: S06
    number: 6
    employer: anxin
    title: 住家月嫂
    dorm: {provided: 住雇主家, note: 等单期间可以住公司宿舍，每天20元}
  - id: S07
    number: 7
    employer: juxian
    title: 平板组装工
    pay: {min: 4800, max: 6200, note: 综合工价19元/小时}
    requirements: {age_min: 18, age_max: 45, gender: 限男性, other: [不招学生工]}
  - id: S09
    number: 9
    employer: haixian
    title: 储备店长
    pay: {min: 6500, max: 9000, payday: 每月12号, note: 绩效奖金按门店业绩，每季度发}
    canteen: {provided: 包吃, note: 湖南菜，偏辣}
  - id: S08
    number: 8
    employer: juxian
    title: 拆箱工
    pay: {min: 8000, max: 13000, unit: piece, note: 20尺柜一个120元，40尺柜一个200元，一组几个人平分}
  - id: S11
    number: 11
    employer: juxian
    title: 修坯工
    pay: {min: 6000, max: 9000, unit: piece, note: 计件，一个碗坯修坯0.12元，熟手一天能做三四百块}
  - id: S13
    number: 13
    employer: juxian
    title: 橱柜安装师傅
    pay: {min: 7000, max: 11000, unit: piece, note: 按延米计件，衣柜每延米60元，橱柜每延米80元}
  - id: S14
    number: 14
    employer: juxian
    title: 景区检票员
    pay: {min: 4000, max: 5000, unit: month, base: 3000, overtime: 夜场加班每小时20元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Four jobs whose facts are written as recruiters write them."""
    return catalog_from_yaml(tmp_path_factory, "seafood_housekeeping", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("S01", "伙食咋样 天天吃鱼啊哈哈", ["顿顿有鱼"]),
        ("S01", "片鱼难学不", ["师傅带一周学片鱼"]),
        ("S01", "几点下班", ["一般下午四五点"]),  # the end of the day, not its opening clause
        ("S01", "几点上班", ["早上6点半上班"]),
        ("S01", "健康证得自己办啊", ["要办健康证"]),
        ("S01", "两口子能去不", ["有夫妻房"]),
        ("S01", "俺不住宿舍 给补贴不", ["200元"]),
        ("S02", "下户好久把钱结了", ["3天内结清"]),
        ("S03", "3号返费多少", ["返费2500元"]),
        ("S03", "工价多少", ["22元/小时"]),
        ("S02", "啥子时候活路多", ["年前和装修旺季活最多"]),
        ("S02", "我只做过两单 要得不", ["至少做过3单月嫂"]),
        ("S02", "我莫得电瓶车 要紧不", ["自己有电动车最好"]),
        ("S05", "大龄有返费没", ["大龄工不参与返费"]),
        ("S05", "一个星期休好久", ["做六休一"]),
        ("S06", "等单那几天住哪点嘛", ["等单期间可以住公司宿舍"]),
        ("S07", "平板组装工价多少", ["综合工价19元/小时"]),  # 工价 begins in the title's 工
        ("S07", "俺媳妇能干不 她也想去", ["限男性"]),
        ("S07", "我尕妹子19 中专还在读 暑假能去么", ["不招学生工"]),
        ("S08", "拆箱一个柜给多少钱", ["20尺柜一个120元"]),
        ("S11", "修坯几多钱一个", ["0.12元"]),  # the price of one piece, not the month's
        ("S11", "一个多少钱", ["0.12元"]),
        ("S13", "橱柜一延米给多少钱", ["80元"]),
        ("S14", "晚上加班几何钱一个钟头", ["每小时20元"]),  # an hour's pay, no piece's price
        ("S09", "奖金几时发", ["每季度发"]),  # told on from the clause naming the bonus to its time
        ("S09", "伙食辣不辣", ["偏辣"]),
        ("S10", "年底有奖金莫有", ["年底按流水发奖金"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("S01", "年底有没有个年终奖"),  # 年底不压工资 tells no bonus
        ("S04", "叉车返费给多少"),  # the stream's FAQ says how, never how much
        ("S10", "中介费收不收"),  # a deposit for the car is no agency's fee
    ],
)
def test_what_no_text_says_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A fact no text writes is not answered with a text that only shares a word with the question."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0, score.outcomes[0].posts


def test_an_faq_sharing_one_word_is_not_told(catalog: Catalog) -> None:
    """雇主家在上海哪个区嘛 is not told how a quarrel with the employer is settled: the FAQ's question
    (和雇主闹矛盾怎么办) shares 雇主 with it and nothing more."""
    score = score_one(catalog, "S02", "雇主家在上海哪个区嘛", None)
    assert not any("调解" in post for post in score.outcomes[0].posts)


def test_a_fee_asked_of_an_employer_is_not_told_a_fare(catalog: Catalog) -> None:
    """聚贤收不收中介费 of an employer whose fee no field gives is not told the stream's FAQ on fares
    (路费报销吗): 费 in its question is no cue of a fee asked."""
    score = score_one(catalog, "S03", "聚贤收不收中介费", None)
    assert score.silent_share == 1.0, score.outcomes[0].posts


def test_a_fare_is_told_the_fare_not_a_check_refunded(catalog: Catalog) -> None:
    """过年回家给报路费不 is told the stream's FAQ on fares, never 需入职体检公司报销: 报销 of a check is
    no fare."""
    score = score_one(catalog, "S02", "过年回家给报路费不", ["报销单程车票"])
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert not any("体检" in post for post in score.outcomes[0].posts)
