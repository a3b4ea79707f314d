"""Minnan as the fishing ports type it (蹛, 几工, 一摆, 会当趁, 着爱, 着 before what one must do in a
line closed by 无, 重毋重), a few Cantonese and Wuhan words (畏高, 唔该晒, 着咩衫, 么样克), questions of
nursing, shipyard and island work that read as plain Mandarin (出差多不多, 怎么上岛, 厕所是屋里的还是公用的,
色弱 影响不), a post of the state that the catalogue itself offers (护士), a canteen named inside a
day's meal, a day guessed after 几号 (几号发工资 是不是二十号), and a city pointed at as this one
(北京这个多少钱)."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml

RAFTS = """\
employers:
  - {id: sandu, name: 三都澳水产有限公司, city: 宁德}
jobs:
  - id: R01
    number: 1
    employer: sandu
    title: 渔排养殖工
    aliases: [渔排工]
    pay: {min: 6000, max: 7000, unit: month}
    duties: {content: 在海上渔排喂大黄鱼、换网}
    dorm: {provided: true, distance: 住在渔排上的木屋, note: 有电有淡水，手机有信号}
  - {id: R02, number: 2, employer: sandu, title: 黄鱼宰杀工, pay: {min: 5000, max: 6000, unit: month}}
"""

CITIES = """\
employers:
  - {id: hehe, name: 和合护理有限公司, city: 北京}
  - {id: anle, name: 安乐养老院, city: 上海}
jobs:
  - {id: B01, number: 1, employer: hehe, title: 医院护工, pay: {min: 6000, max: 8000, unit: month}}
  - {id: B02, number: 2, employer: hehe, title: 居家保姆, pay: {min: 7000, max: 9000, unit: month}}
  - {id: S01, number: 3, employer: anle, title: 养老护理员, pay: {min: 5000, max: 6000, unit: month}}
  - {id: S02, number: 4, employer: anle, title: 保洁员, pay: {min: 4000, max: 4500, unit: month}}
"""


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("蹛宿舍一个月着几多", "住宿舍一个月要多少"),
        ("1号一个月会当趁几多钱", "1号一个月能挣多少钱"),
        ("上岸歇几工", "上岸休几天"),
        ("出海一摆偌久", "出海一次多久"),
        ("开叉车着爱叉车证无", "开叉车要叉车证吗"),
        ("半暝着做无", "半夜要做吗"),
        ("着考船员证无", "要考船员证吗"),
        ("着会泅水无", "要会游泳吗"),
        ("搬货重毋重", "搬货重不重"),
        ("阮手骨有刺一蕊花 会使无", "我手臂有纹身 可以吗"),
        ("食饭佮蹛 敢攏免钱", "吃饭和住 都免费吗"),
        ("淡季会使请假转去厝无", "淡季可以请假回家吗"),
        ("船顶食啥物", "船上吃什么"),
        ("风台来欲按怎", "台风来要怎么办"),
        ("我有啲畏高 得唔得", "我有些恐高 行不行"),
        ("倒班点倒法", "倒班怎么倒"),
        ("坐地铁么样克", "坐地铁怎么去"),
        ("企定坐", "站着还是坐着"),
        ("日结定周结", "日结还是周结"),
        ("上班是好久到好久", "上班是几点到几点"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("坐着做还是站着做", "坐着做还是站着做"),  # a posture, not a must
        ("跟着去无", "跟着去吗"),  # going along
        ("着急吗", "着急吗"),  # not a line closed by 无
        ("日结一天多少 着做满10个钟无", "日结一天多少 着做满10个钟吗"),  # a full day's hours, left as written
    ],
)
def test_the_words_these_readings_leave_alone(understander: Understander, text: str, normal: str) -> None:
    """Mandarin's 着 after a posture or a doing keeps its word."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("半夜要做吗", "hours"),
        ("晚上要做吗", "hours"),
        ("过年让回去不", "hours"),
        ("出差多不多", "duties"),
        ("冷库做久身体会歹无", "duties"),
        ("包教会吗", "prospects"),
        ("护理证考试钱谁出", "prospects"),
        ("健康证的钱报不报", "requirements"),
        ("从宁波怎么上岛", "location"),
        ("宁波到六横船一天几班", "location"),
        ("厕所是屋里的还是公用的", "dorm"),
        ("我有点色弱 影响不", "requirements"),
        ("我腰间盘突出 搞得下来不", "requirements"),
        ("刚毕业没上过班能去吗", "requirements"),
        ("俺老头子六十一了能去不", "requirements"),
        ("俺外孙女十八 能去不", "requirements"),
        ("我阿妈五十五 做唔做得", "requirements"),
        ("这个养老院是私人开的吧", "legitimacy"),
        ("测试一小时几块", "pay"),
        ("下雨不干活还有钱么", "pay"),
        ("休息那天在食堂吃饭要钱吗", "canteen"),
        ("电站离城里远么", "location"),
        ("宿舍离车间远么", "dorm"),
        ("我娃娃32了 还要么", "requirements"),
        ("保安收多大的", "requirements"),
        ("转焊工要多长时间", "prospects"),
        ("有编制没有", "prospects"),
        ("会不会外派哦", "location"),
        ("还有什么工", "jobs"),
        ("云港仲招咩人", "jobs"),
        ("有没有离安徽近点的", "jobs"),
    ],
)
def test_questions_ask_their_topic(understander: Understander, text: str, intent: str) -> None:
    """Each asks its topic of the job on screen."""
    assert understander.understand(text, "J001").intents[:1] == (intent,)


def test_a_night_allowance_asks_pay_beside_the_shift(understander: Understander) -> None:
    """上夜班给补钱不 asks what the night shift adds to the pay, not only when it is."""
    assert "pay" in understander.understand("上夜班给补钱不", "J001").intents


@pytest.mark.parametrize("text", ["今天吃的什么", "吃了吗", "今天吃饭了吗"])
def test_a_meal_of_one_day_stays_chat(understander: Understander, text: str) -> None:
    """Someone's meal of the day names no canteen."""
    assert understander.understand(text, "J001").intents in ((), ("other",))


def test_a_post_of_the_state_is_chat_unless_offered(seed_catalog: Catalog) -> None:
    """护士工资多少 is career talk in a stream of factories, and a question where a job is a nurse's."""
    plain = Understander(seed_catalog)
    assert plain.understand("护士工资多少", "J001").intents == ("other",)
    first = seed_catalog.jobs[0].model_copy(update={"title": "护理院护士"})
    nursing = seed_catalog.model_copy(update={"jobs": (first, *seed_catalog.jobs[1:])})
    assert Understander(nursing).understand("护士工资多少", first.id).intents == ("pay",)


def test_a_day_guessed_after_asking_the_day_is_no_job(understander: Understander) -> None:
    """几号发工资 是不是二十号 guesses the payday: the job on screen is still the one asked of."""
    assert understander.understand("几号发工资 是不是二十号", "J003").job == "J003"
    assert understander.understand("1号几号面试 2号呢", "J003").job != "J003"


def test_a_city_pointed_at_as_this_one_is_the_job_on_screen(tmp_path_factory: pytest.TempPathFactory) -> None:
    """北京这个多少钱 asks of the job on screen when it is in 北京; 北京那个 of none of several there."""
    catalogue = catalog_from_yaml(tmp_path_factory, "cities", CITIES)
    understander = Understander(catalogue)
    assert understander.understand("北京这个多少钱一个月", "B01").job == "B01"
    assert understander.understand("北京那个多少钱一个月", "B01").job is None
    assert understander.understand("上海这个多少钱", "B01").job is None


@pytest.mark.parametrize("text", ["渔排有电吗", "渔排有信号吗"])
def test_a_thing_a_workplace_has_is_no_search(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """渔排有电吗 asks about the raft of the job on screen, not which jobs are on rafts."""
    understander = Understander(catalog_from_yaml(tmp_path_factory, "rafts", RAFTS))
    assert "jobs" not in understander.understand(text, "R01").intents


@pytest.mark.parametrize("text", ["渔排有活吗", "渔排还招人吗"])
def test_a_workplace_wished_for_is_still_searched(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """渔排有活吗 and 渔排还招人吗 look for the jobs on rafts."""
    understander = Understander(catalog_from_yaml(tmp_path_factory, "rafts", RAFTS))
    assert understander.understand(text, "R02").intents == ("jobs",)
