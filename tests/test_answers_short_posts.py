"""Within a 20-character post: a figure asked is kept before the asker's name; a clause that only
says again what was asked (台风天停工 of 台风天停工给钱不) gives way to the clause with the figure;
how many meals is told with which; an aside in brackets is the first thing left out; the clause
asked keeps the clauses after it that tell more of it (离职结清), not one with a figure of its own.
And, whatever the limit: a thing priced by name (油烟机洗一台多少) is told its own price; how long one
order lasts (一单干几天), a count by the 根, the rent outside and whether there is a dorm at all are found in
whichever text gives them; 带薪培训 says training costs nothing; one line read under two topics that
both tell the same words gets one post. A clause asked of a note is told with the whole note when
that fits."""

from __future__ import annotations

import pytest

from bot.profiles import get_profile
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_answers_rows, score_one

CATALOGUE = """\
employers:
  - id: haiyun
    name: 舟山海运船舶修造有限公司
    aliases: [海运]
    city: 舟山
jobs:
  - id: Q01
    number: 1
    employer: haiyun
    title: 奶茶店员
    pay: {min: 5000, max: 6500, unit: month, note: 有杯量提成，每杯0.3元，旺季一个月提成能有900多}
  - id: Q02
    number: 2
    employer: haiyun
    title: 修船电焊工
    faq:
      - {q: 刮台风怎么办, a: 台风天停工，停工期间每天发生活费120元}
  - id: Q03
    number: 3
    employer: haiyun
    title: 蓝莓采摘工
    pay: {min: 150, max: 260, unit: day, note: 也可以按筐算，一筐15斤4元，手快的一天两百多}
  - id: Q04
    number: 4
    employer: haiyun
    title: 船台保洁
    canteen: {provided: 包午饭, meals: 1, cost: 吃饭免费}
  - id: Q05
    number: 5
    employer: haiyun
    title: 客房服务员
    pay: {min: 5000, max: 7000, unit: month, note: 旺季（11月到次年4月）每月多发旺季补贴600元}
  - id: Q06
    number: 6
    employer: haiyun
    title: 家电清洗师傅
    pay: {min: 60, max: 150, unit: piece, note: 挂机空调一台提成60元，柜机80元，油烟机110元，洗衣机拆洗140元}
    dorm: {provided: 包住, amenities: [洗衣机, 空调]}
  - id: Q07
    number: 7
    employer: haiyun
    title: 月嫂
    pay: {min: 9000, max: 16000, unit: piece, note: 按单算，一单26天，金牌月嫂16000一单}
  - id: Q08
    number: 8
    employer: haiyun
    title: 经编挡车工
    prospects: {training: 带薪培训7天}
  - id: Q09
    number: 9
    employer: haiyun
    title: 冷库叉车工
    pay: {min: 8000, max: 10000, unit: month, note: 含冷库补贴每天30元}
  - id: Q10
    number: 10
    employer: haiyun
    title: 装卸工
    pay: {min: 9000, max: 14000, unit: month, note: 纯计件按车算，9.6米车一车180元}
  - id: Q11
    number: 11
    employer: haiyun
    title: 线束装配工
    dorm: {provided: 不包住, note: 可以介绍附近出租房，单间450元左右一个月}
    faq:
      - {q: 新人一天能做多少, a: 新人一天180根左右，熟练以后500根以上}
  - id: Q12
    number: 12
    employer: haiyun
    title: 居家护理员
    pay: {min: 5000, max: 7000, unit: month, overtime: 超过晚上6点按每小时28元算}
    faq:
      - {q: 住宿怎么安排, a: 不包住，每月租房补贴350元}
  - id: Q13
    number: 13
    employer: haiyun
    title: 木工开料工
    dorm: {provided: 不包住, allowance: 住宿补贴每月380元}
    canteen: {provided: 包吃, cost: 吃饭免费, meals: 3, note: 四菜一汤，广东口味}
  - id: Q14
    number: 14
    employer: haiyun
    title: 鞋面质检
    apply: {how: 直播间发 报名14, interview: 面试要现场看鞋面挑毛病}
  - id: Q15
    number: 15
    employer: haiyun
    title: 大棚种植工
    pay: {min: 4500, max: 6500, unit: month, note: 按棚产量另有奖励，一个棚一季最多奖2000元}
  - id: Q16
    number: 16
    employer: haiyun
    title: 药品包装工
    pay: {min: 22, max: 24, unit: hour, note: 试用期22元/小时，满一个月24元/小时；压半个月工资，离职结清}
    hours: {note: 一个月休4天，每天干10小时，忙季加班}
  - id: Q17
    number: 17
    employer: haiyun
    title: 货站装卸工
    hours: {shift: 两班倒, daily: 12, note: 国际货班多在夜里，夜班多}
  - id: Q18
    number: 18
    employer: haiyun
    title: 值机引导员
    duties: {content: 引导旅客自助值机, posture: 站班, note: 要站一整天，可以轮换休息}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Jobs whose facts are long texts a 20-character post must cut, or hold what is asked in
    another topic's words."""
    return catalog_from_yaml(tmp_path_factory, "short_posts", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Q01", "有提成吗", ["0.3元"]),  # the figure, even if the asker then goes unnamed
        ("Q02", "台风天停工给钱不", ["120元"]),  # past the clause the question already says
        ("Q03", "按筐算的话一筐多少钱", ["4元"]),
        ("Q04", "管几顿饭", ["午饭"]),  # which meal, with how many
        ("Q05", "旺季补贴多少", ["600元"]),  # the months in brackets left out
        ("Q13", "伙食咋样", ["四菜一汤"]),  # what the food is like, not that it is free
        ("Q13", "伙食喃个样 巴适不", ["四菜一汤"]),
        ("Q13", "不包住给补贴不", ["380元"]),  # the allowance, not the yes to a dorm
        ("Q14", "面试考什么", ["挑毛病"]),  # what the interview holds, told by what is done there
        ("Q15", "产量奖励有多少", ["2000元"]),  # the clause with the sum, past the one naming it
        ("Q16", "压工资不", ["压半个月工资，离职结清"]),  # with the clause telling more of it
    ],
)
def test_a_short_post_keeps_what_was_asked(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the part of its fact it asked for, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0, score.outcomes


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Q17", "夜班多不多", ["国际货班多在夜里，夜班多"]),
        ("Q18", "站一天腿受得了吗", ["要站一整天，可以轮换休息"]),
    ],
)
def test_a_clause_asked_is_told_with_its_whole_note_when_that_fits(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """夜班多不多 of a note 国际货班多在夜里，夜班多: the whole note, which fits, not its last clause."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


def test_a_clause_with_a_figure_after_the_one_asked_is_left_out(catalog: Catalog) -> None:
    """休几天 of 一个月休4天，每天干10小时: the rest days, not the hours the next clause gives."""
    score = score_one(catalog, "Q16", "一个月休几天", ["休4天"])
    assert score.stated_share == 1.0
    assert not any("10小时" in post for o in score.outcomes for post in o.posts)


def test_an_answer_without_a_figure_names_its_asker(catalog: Catalog) -> None:
    """An answer with no figure to lose (包吃吗 → 4号包午饭) still names its asker."""
    score = score_one(catalog, "Q04", "包吃吗", ["包午饭"])
    assert score.stated_share == 1.0
    assert all(post.startswith("@") for o in score.outcomes for post in o.posts)


@pytest.mark.parametrize("profile", ["bilibili", "generic"])
@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Q06", "油烟机洗一台多少", ["油烟机110元"]),  # its own price, not the first one listed
        ("Q07", "一单干几天", ["26天"]),  # in the pay's note, asked as the hours
        ("Q08", "培训要钱冇", ["带薪培训"]),
        ("Q09", "冷库叉车多少钱", ["8000"]),  # the pay of driving a forklift, no truckload's price
        ("Q10", "有底薪没 还是光计件", ["纯计件"]),  # no base: all by the piece
        ("Q11", "外面租房子好多钱", ["450元"]),  # the rent outside, in the dorm's note
        ("Q11", "出面租屋一个月几多钱", ["450元"]),
        ("Q11", "新手一天做得到好多根", ["180根"]),  # a count by 根, in an FAQ
        ("Q12", "晚上过了6点算加班不", ["28元"]),
        ("Q12", "包住不 俺不是舟山本地的", ["不包住"]),  # no dorm field: the FAQ says so
    ],
)
def test_a_fact_written_elsewhere_is_found(
    catalog: Catalog, profile: str, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the words that answer it, under a short and a long limit."""
    rows = [{"featured": featured, "text": question, "state": state}]
    score = score_answers_rows(catalog, rows, get_profile(profile))
    assert score.stated_share == 1.0, score.outcomes


def test_one_line_under_two_topics_gets_one_post(catalog: Catalog) -> None:
    """洗衣机拆洗多少钱 reads as the dorm's washing machine and as the pay; both tell the price: once."""
    score = score_one(catalog, "Q06", "洗衣机拆洗多少钱", ["140元"])
    (outcome,) = score.outcomes
    assert outcome.stated
    assert len(outcome.posts) == 1


EXTRAS = """\
employers:
  - {id: yuanda, name: 远大物业服务有限公司, aliases: [远大], city: 北京}
jobs:
  - id: R01
    number: 1
    employer: yuanda
    title: 客房服务员
    pay:
      min: 4500
      max: 6500
      unit: month
      overtime: 加班费超出定额的房每间另算12元
      note: 做房计件，标准间每间8元
  - id: R06
    number: 6
    employer: yuanda
    title: 火腿肠生产线普工
    dorm: {provided: true, room: 6人间, fee: 0, couples: 有夫妻房，每月交200元}
  - id: R08
    number: 8
    employer: yuanda
    title: 押运员
    pay: {min: 7500, max: 9500, unit: month, base: 6200, note: 考下持枪证后每月加枪支津贴600元}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("R06", "夫妻房要另外交钱吗", ["200"]),  # 另外 is extra here, not "besides": no other clause
        ("R01", "做一间房给几块钱😂", ["每间8元"]),  # the plain rate before the rate past the quota
        ("R08", "押运员底薪给多少钱，不算补贴的那种", ["6200"]),  # the allowance left out, not asked
    ],
)
def test_the_fact_asked_leads_a_twenty_character_post(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """Where only one fact fits, it is the one asked."""
    catalog = catalog_from_yaml(tmp_path_factory, "extras", EXTRAS)
    assert score_one(catalog, featured, question, state).stated_share == 1.0


CARRYING = """\
employers:
  - {id: shuxiang, name: 成都蜀香记餐饮管理有限公司, aliases: [蜀香记], city: 成都}
jobs:
  - id: C10
    number: 10
    employer: shuxiang
    title: 传菜员
    duties: {content: 把后厨做好的菜端到桌上, intensity: 较累, posture: 站班, note: 要端锅底，比较重}
  - id: C05
    number: 5
    employer: shuxiang
    title: 冷链配送司机
    duties: {content: 冷链车送货到门店, intensity: 一般, note: 到店要帮忙卸货}
    requirements: {age_min: 18, age_max: 45, other: [无纹身]}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C10", "端锅底重不重", ["比较重"]),  # the note saying how heavy, not how tiring in general
        (
            "C05",
            "司机要自己卸货吗，他腰间盘突出搬不得重东西",
            ["帮忙卸货"],
        ),  # his back tells, the unloading is asked
        (
            "C05",
            "我手腕上纹了孩子名字，5号能去吗[可怜]",
            ["无纹身"],
        ),  # a tattoo told is the requirement asked
    ],
)
def test_what_is_told_of_a_person_asks_only_a_requirement(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """A clause telling of someone's body picks no facet of the work; of the requirements it does."""
    catalog = catalog_from_yaml(tmp_path_factory, "carrying", CARRYING)
    assert score_one(catalog, featured, question, state).stated_share == 1.0
