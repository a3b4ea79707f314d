"""Facts written where a recruiter happened to write them: a figure the question names found in the
one text writing it, a rule about children or raises in another topic's text, what cools a dorm
with no air conditioning, a weight in an FAQ asked of another thing carried, and a count said with
the work's own verb."""

from __future__ import annotations

import pytest

from bot.answer.facts import condition
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: jinyin
    name: 东莞金印印刷有限公司
    aliases: [金印]
    city: 东莞
jobs:
  - id: P01
    number: 1
    employer: jinyin
    title: 印刷机长
    pay: {min: 9000, max: 13000, unit: month, base: 5000, overtime: 超过26天按日薪2倍, payday: 每月15号}
    hours: {shift: 两班倒, daily: 12, rest: 月休4天}
    prospects: {path: 副手-机长-车间主管, note: 每年调薪一次}
    dorm: {provided: 包住, room: 2人间, amenities: [空调, 热水器]}
  - id: P02
    number: 2
    employer: jinyin
    title: 手工糊盒工
    pay: {min: 4000, max: 7000, unit: piece, note: 计件，糊一个天地盖0.12元，手快的一天糊1500个}
    dorm: {provided: 包住, room: 6人间, amenities: [风扇, 热水器]}
    requirements: {age_min: 16, age_max: 55, other: [宿舍不能带小孩]}
  - id: P03
    number: 3
    employer: jinyin
    title: 装卸工
    duties: {content: 散货装卸、搬袋装货, intensity: 很累}
    hours: {shift: 长白班, daily: 10, note: 刮大风下雨停工}
    canteen: {provided: 包吃, meals: 3, note: 船上有厨师，伙食公司全包}
    faq:
      - {q: 搬的东西多重, a: 散货靠机械，人工主要搬袋装货，一袋50斤左右}
  - id: P04
    number: 4
    employer: jinyin
    title: 杀鱼工
    pay: {min: 6000, max: 8500, unit: piece, note: 鲅鱼按条算，每条0.25元}
    duties: {content: 鲅鱼去头去内脏, note: 车间温度10度左右，手要碰冰水}
    requirements: {gender: 女性优先, other: [手上不能有伤口]}
  - id: P05
    number: 5
    employer: jinyin
    title: 冷库分拣员
    pay: {min: 6000, max: 7500, unit: month, note: 有冷库补贴，零下库每天30元；出航补贴每航次25元}
    apply: {start: 3月1日前到岗（赶旺季）}
    location: {address: 三亚市吉阳区椰风路6号, transport: 市区坐25路公交到亚龙湾站，步行8分钟}
  - id: P06
    number: 6
    employer: jinyin
    title: 炼钢炉前工
    pay: {min: 7000, max: 9000, unit: month, payday: 每月20号发薪, note: 做满一个月发，中途走按天结}
    hours: {shift: 长白班, daily: 10, note: 修船旺季要加班到晚上9点}
    duties: {content: 转炉炉前取样、测温、加合金, intensity: 很累，高温作业}
    dorm: {provided: 包住, distance: 宿舍厂区外职工公寓，班车15分钟}
    canteen: {provided: 有食堂, meals: 2, note: 夜班有夜宵}
    requirements: {experience: 会二保焊, other: [能看图的优先]}
  - id: P07
    number: 7
    employer: jinyin
    title: 玩具普工
    headcount: 2
    pay: {min: 9000, max: 15000, unit: piece, note: 点工按天算，一天450元，晚上加班另算}
  - id: P08
    number: 8
    employer: jinyin
    title: 扇贝加工工
    duties: {content: 扇贝开壳取柱, note: 有腥味，时间长了手会泡白}
    requirements: {experience: 有喷油经验优先，新手可学}
    location:
      address: 三亚市吉阳区亚龙湾国家旅游度假区椰风路6号
      transport: 地铁13号线井冈山路站下车，再坐港区班车
      note: 生活区到码头有班车
    dorm: {provided: 包住, distance: 宿舍厂区内，走路3分钟}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Four jobs whose facts sit in notes, lists and FAQs rather than the fields asked."""
    return catalog_from_yaml(tmp_path_factory, "elsewhere", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("P01", "超26天怎么算钱", ["超过26天按日薪2倍"]),  # the figure named finds its one text
        ("P01", "每年有没有调工资", ["每年调薪一次"]),  # a raise in the prospects' note
        ("P02", "可以带小孩住吗", ["不能带小孩"]),  # children in the requirements' list
        ("P02", "宿舍有空调吗", ["风扇"]),  # a fan listed where no air conditioning is
        ("P02", "手快的一天能糊几个", ["1500个"]),  # a count said with the work's own verb
        ("P03", "搬的袋子多重啊", ["50斤"]),  # 东西 of the FAQ names whatever is carried
        ("P03", "船上谁做饭", ["厨师"]),
        ("P04", "一条鱼几毛钱", ["0.25元"]),
        ("P04", "车间冻不冻", ["10度"]),
        ("P04", "手有个小口子能干吗", ["伤口"]),
        ("P04", "小姑娘能干不", ["女性优先"]),
        ("P07", "点工一天多少", ["一天450元"]),  # a day's pay written in the note
        ("P07", "只招两个？", ["2人"]),
        ("P08", "腥不腥啊", ["腥味"]),
        ("P08", "没喷过油 可以学没", ["新手可学"]),
        ("P08", "坐地铁咋过去", ["地铁13号线"]),  # the way naming the metro, not the shuttle's note
        ("P08", "具体在哪个位置", ["椰风路6号"]),  # the street, where the whole address does not fit
        ("P05", "坐25路能到吗", ["25路"]),  # the bus named finds the way written with it
        ("P05", "冷库补贴多少", ["每天30元"]),  # the clause after the one naming the allowance
        ("P05", "出海补贴多少", ["每航次25元"]),
        ("P05", "三月前必须到吗", ["3月1日前"]),
        ("P03", "下雨天做伐", ["下雨停工"]),
        ("P06", "炉前工热不热", ["高温作业"]),  # not the 测温 of the work
        ("P06", "不会看图行不行", ["能看图的优先"]),  # the text writing the thing named
        ("P06", "加班多吗", ["加班到晚上9点"]),
        ("P06", "夜里有饭吃没", ["夜宵"]),
        ("P06", "中途不做了工资咋结", ["中途走按天结"]),  # leaving, not the payday
        ("P06", "宿舍到厂子有车吗", ["班车15分钟"]),
    ],
)
def test_the_fact_is_found_where_it_is_written(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("P01", "宿舍有暖气吗"),  # the list names no heating: nothing cools or warms in its place
        ("P01", "超30天怎么算钱"),  # no text writes 30天
        ("P01", "24小时值班能睡觉不"),  # a figure in no text, and a doing no text names
        ("P07", "宿舍到车间有厂车吗"),  # a walk of 3 minutes says nothing of a shuttle
    ],
)
def test_what_no_text_writes_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A figure or a thing no text of the job writes is not answered with a nearby fact."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("要健康证", "要健康证"),  # a requirement written with 要, in the recruiter's words
        ("要办健康证", "要办健康证"),
        ("要有育婴师证或者愿意考", "要有育婴师证或者愿意考"),
        ("要带身份证原件", "要带身份证原件"),
        ("持叉车证", "需持叉车证"),
        ("无纹身", "要求无纹身"),
        ("必须会游泳", "必须会游泳"),
        # a condition with what it requires, whole: 需未满18岁… would ask for minors only
        ("未满18岁需带户口本和监护人同意书", "未满18岁需带户口本和监护人同意书"),
        ("体检要查乙肝和妇科", "体检要查乙肝和妇科"),
        ("自己有电动车最好", "自己有电动车最好"),
    ],
)
def test_a_requirement_is_said_as_one(item: str, said: str) -> None:
    """A requirement reads as one; one the recruiter wrote with 要 keeps the recruiter's words."""
    assert condition(item) == said


BARE = """\
employers:
  - id: yinxiang
    name: 阳朔印象山水文化旅游有限公司
    aliases: [印象山水]
    city: 桂林
    direct_hire: 否
jobs:
  - id: Y01
    number: 1
    employer: yinxiang
    title: 景区讲解员
    dorm: {provided: 是, room: 4人间, couples: 有}
    canteen: {provided: 否}
    insurance: {social: 入职即买五险, housing_fund: 无}
"""


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("是直招吗还是中介", ["劳务派遣"]),
        ("有公积金吗", ["无公积金"]),
        ("有夫妻房吗", ["有夫妻房"]),
        ("包住吗", ["包住"]),
        ("包吃吗", ["不包吃"]),
    ],
)
def test_a_bare_yes_or_no_is_said_as_what_it_means(
    tmp_path_factory: pytest.TempPathFactory, question: str, state: list[str]
) -> None:
    """A field the recruiter answered with 是, 否, 有 or 无 alone is told as what it means, never as
    a post reading `1号否`."""
    bare = catalog_from_yaml(tmp_path_factory, "bare", BARE)
    score = score_one(bare, "Y01", question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert not any(p.endswith(("否", " 无", " 是", " 有")) for p in score.outcomes[0].posts)


def test_a_dog_in_the_dorm_no_text_names_is_left_to_the_host(catalog: Catalog) -> None:
    """能带狗住宿舍吗 of a dorm whose texts name no pets is not told that the dorm is provided."""
    score = score_one(catalog, "P02", "能带狗住宿舍吗", None)
    assert score.silent_share == 1.0, score.outcomes[0].posts
