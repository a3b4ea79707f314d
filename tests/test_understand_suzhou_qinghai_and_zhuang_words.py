"""The words of Suzhou, Xining, Xinjiang and the Zhuang of Guangxi, and of the crews met in wedding
halls, sawmills, ski resorts and lamp works: Suzhou 阿 before what is asked, at a line's start too;
Xining 阿扎, 阿门, 阿会儿, 阿一个; 得冇 closing a clause; a body told before 可以吗; 撒 closing an X不X;
which of two places; when a station fetches one; an allowance for renting or for meals; 哩 and a
polite 您 closing a question; a posture typed in Traditional characters; Beijing 个儿; the little words
of a line typed in pinyin; words in a sign language's order; characters of like shape written by hand."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("社保阿交的", "社保交的吗"),
        ("阿收中介费", "收中介费吗"),
        ("成都东站阿接", "成都东站接吗"),
        ("叉车证N1阿可以", "叉车证n1可不可以"),
        ("学几天 阿有工钿", "学几天 有没有工资"),
        ("阿是直招", "是不是直招"),
        ("女小人阿好做", "女孩能不能做"),
        ("学会控台工资阿涨", "学会控台工资涨吗"),
        ("阿有饭贴", "有没有饭补"),
        ("厂子在阿扎", "厂子在哪里"),
        ("面试阿门面哩", "面试怎么面呢"),
        ("青岛北站阿会儿接哩", "青岛北站什么时候接呢"),
        ("阿一个岗位不要学历", "哪个岗位不要学历"),
        ("随时去得冇", "随时能去吗"),
        ("眼睛花得冇", "眼睛花可以吗"),
        ("吃饭管不管撒", "吃饭管不管嘛"),
        ("丫头子能干不 还是光要儿子娃娃", "女孩能干不 还是光要男的"),
        ("阿会儿面试哩", "什么时候面试呢"),
        ("嘛时候开支您了", "什么时候开支"),
        ("几点下班您呐", "几点下班"),
        ("要一直蹲著嗎 我腰不太好", "要一直蹲着吗 我腰不太好"),
        ("我168的个儿 够不够", "我168的个子 够不够"),
        ("3号 you kongtiao ma", "3号 有空调吗"),
        ("ji ge ren yi jian", "几个人一间"),
        ("shitang bao ji can", "食堂包几餐"),
        ("jiaban duo bu duo", "加班多不多"),
        ("工资侍遇怎么样", "工资待遇怎么样"),
        ("要休检吗", "要体检吗"),
        ("末满十八能做吗", "未满18能做吗"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("阿姨好", "阿姨好"),
        ("阿拉要去", "我们要去"),
        ("晓得冇", "晓得吗"),
        ("阿里巴巴", "阿里巴巴"),
        ("你干撒", "你干啥"),
    ],
)
def test_words_of_their_own_stay(understander: Understander, text: str, normal: str) -> None:
    """阿姨, 阿拉 (we), 晓得 and 阿里 are words of their own, 撒 after a verb asks what, 哩 closing a
    line that asks nothing tells, the 个 and 儿 of 一个儿子 are no height, and English stays English."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize("text", ["有住房公积金吗", "你 要 吗", "哈哈 有 吗", "几点交接班"])
def test_no_dorm_or_topic_is_read_into_them(understander: Understander, text: str) -> None:
    """有住房 is the housing fund's, a doing signed last asks nothing of a line that names no topic,
    and 接 inside 交接班 is no doing signed last."""
    assert "dorm" not in understander.understand(text, "J001").intents
    assert understander.understand(text, "J001").intents in (("insurance",), ("other",), ())


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("眼睛花得冇", "requirements"),
        ("腰不好可以吗", "requirements"),
        ("我只开过半年叉车 阿好", "requirements"),
        ("6号在成都还是上海", "location"),
        ("常州北站几点钟接", "location"),
        ("番禺广场几点接", "location"),
        ("外头租房有补贴伐", "dorm"),
        ("叉车吃饭有补贴伐", "canteen"),
        ("通宵多伐", "hours"),
        ("早上几点要到", "hours"),
        ("饭哪能吃", "canteen"),
        ("住 有？", "dorm"),
        ("吃 包 吗", "canteen"),
        ("车 接 有 吗", "location"),
    ],
)
def test_the_topic_asked_is_read(understander: Understander, text: str, intent: str) -> None:
    """Each line is read as asking its topic, with job 1 on screen."""
    assert intent in understander.understand(text, "J001").intents


def test_a_workshop_named_twice_is_no_place(understander: Understander) -> None:
    """在细纱车间还是络筒车间 asks which workshop, not where the work is."""
    assert "location" not in understander.understand("在细纱车间还是络筒车间", "J001").intents


CATALOGUE = """\
employers:
  - {id: xueye, name: 雪野滑雪度假有限公司, city: 张家口}
jobs:
  - id: Z01
    number: 1
    employer: xueye
    title: 雪道巡逻员
    pay: {min: 6000, max: 8000, unit: month}
    hours: {shift: 长白班, rest: 月休4天, note: 雪场开门前一小时上山巡道}
    dorm: {provided: true, fee: 0}
    requirements: {gender: 男}
    location: {address: 崇礼区太子城, pickup: 太子城站每天下午2点统一接站}
  - id: Z02
    number: 2
    employer: xueye
    title: 赛事志愿协管
    pay: {min: 5000, max: 6000, unit: month}
    hours: {shift: 长白班, note: 周末和春节不能请假}
    duties: {note: 比赛那天早上6点要到场}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A ski resort's patroller and a race's helper."""
    return catalog_from_yaml(tmp_path_factory, "ski", CATALOGUE)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("Z01", "几点上班", ["雪场开门前一小时上山巡道"]),
        ("Z01", "丫头子要不要", ["男"]),
        ("Z01", "太子城站几点钟接", ["太子城站每天下午2点统一接站"]),
        ("Z02", "比赛那天早上几点要到", ["比赛那天早上6点要到场"]),
        ("Z01", "开雪车的 钱几多一个月", ["6000"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """An hour told by what the day does or by another topic's note naming the day asked of, the sex
    taken, when the station fetches one and the month's pay asked after the money are told."""
    assert score_one(catalog, job, question, state).stated_share == 1.0
