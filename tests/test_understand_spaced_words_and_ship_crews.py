"""Lines typed as short words apart (底薪 好多, 好久 上班, 夜班 有 补贴 吗), as those for whom Mandarin is
a second language type them, read as the phrase they make when joined; a part of a job's title naming
that job (驳船多少钱); a couple asking where they would live; and the words of ship crews, truck drivers,
sweepers and appliance plants: Min 着 opening a clause closed by 无, Cantonese 定 between two choices,
pinyin bu closing a line, 上到好久, 好多 of what one must do, Anhui 可能干, an age opening the line, how
long before going home, drink-driving and seasickness, 本本 for a licence."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from tests.test_answers import catalog_from_yaml

CREWS = """\
employers:
  - {id: jiang, name: 长江航运有限公司, city: 武汉}
jobs:
  - id: C01
    number: 1
    employer: jiang
    title: 驳船船员
    pay: {min: 7000, max: 9000, unit: month, base: 底薪5000}
    hours: {rest: 上船3个月下船休1个月}
  - {id: C02, number: 2, employer: jiang, title: 见习轮机员, pay: {min: 5000, max: 6000, unit: month}}
"""


@pytest.fixture(scope="module")
def crews(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    """An understander over a catalogue of river crews."""
    return Understander(catalog_from_yaml(tmp_path_factory, "crews", CREWS))


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("着会英语无 我英语很差的", "要会英语吗 我英语很差的"),
        ("着厨师证无", "要厨师证吗"),
        ("培训费着交无 莫要到时候又叫交钱", "培训费要交吗 莫要到时候又叫交钱"),
        ("3号系时薪定月薪", "3号系时薪还是月薪"),
        ("4人间定8人间", "4人间还是8人间"),
        ("两班倒嘅定长白", "两班倒的还是长白"),
        ("bao zhu bu", "包住不"),
        ("包吃bu", "包吃不"),
        ("baodi好多", "保底多少"),
        ("夜班上到好久", "夜班上到几点"),
        ("要干满好久才能走", "要干满多久才能走"),
        ("一天要装好多户", "一天要装多少户"),
        ("一个班要走好多路", "一个班要走多少路"),
        ("开垃圾车要啥子本本", "开垃圾车要什么证"),
        ("几好开支", "几号开支"),
        ("厂车几点开", "班车几点开"),
        ("女的能干不这个", "女的能干不"),
        ("珠海呢个几多钱", "珠海这个多少钱"),
        ("我读紧书 暑假可以去做吗", "我在读书 暑假可以去做吗"),
        ("押公资无 去年被押过怕了", "押工资吗 去年被押过怕了"),
        ("普通话无标准 莆田腔 可以无", "普通话不标准 莆田腔 可以吗"),
        ("有高压证的多好多", "有高压证的多多少"),
        ("六十二了要不要嘛", "62岁了要不要嘛"),
        ("俺眼有点老花 可能干", "我眼有点老花 能不能干"),
        ("男的可能去", "男的能不能去"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("着急无", "着急吗"),  # Mandarin 着急, not a must
        ("日结一天多少 着做满10个钟无", "日结一天多少 着做满10个钟吗"),  # a full day's hours, as written
        ("排队的人好多", "排队的人好多"),  # a lot, said
        ("定了没", "定了没"),  # settled, not a choice
        ("明天可能去", "明天可能去"),  # what one may do
        ("他不可能去", "他不可能去"),
    ],
)
def test_the_words_these_readings_leave_alone(understander: Understander, text: str, normal: str) -> None:
    """Mandarin words that look like these readings keep their own."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("底薪 好多", "pay"),
        ("好久 上班", "apply"),
        ("餐补 好多", "canteen"),
        ("一个月 到手 好多", "pay"),
        ("工资 是不是 压着 最后 才给", "pay"),
        ("果园 在 哪里 哦", "location"),
        ("做多久可以回家", "hours"),
        ("上几个月船休几个月", "hours"),
        ("多快能上岗", "apply"),
        ("超时有钱不", "pay"),
        ("押运证多长时间考下来", "prospects"),
        ("接孩子耽误不", "hours"),
        ("有无接机", "location"),
        ("我色弱 冇问题吧", "requirements"),
        ("bao chi bu", "canteen"),
        ("一公里多少钱", "pay"),
        ("以前喝酒被查过一回 还能干不", "requirements"),
        ("晕船的人得不得行", "requirements"),
        ("年轻时候打架进过派出所 要得不", "requirements"),
        ("我读紧书 暑假可以去做吗", "requirements"),
        ("手机可唔可以带入车间", "duties"),
        ("有高压证的多好多", "pay"),
        ("50了还能干吗", "requirements"),
    ],
)
def test_questions_ask_their_topic(understander: Understander, text: str, intent: str) -> None:
    """Each asks its topic of the job on screen."""
    assert understander.understand(text, "J001").intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "计件好 多劳多得",  # 件好多 joins halves of two words: no 多少 asked
        "普工谁都能干 哈哈哈",  # a laugh after a statement
        "今天 好 开心",
    ],
)
def test_spaced_statements_stay_chat(understander: Understander, text: str) -> None:
    """Words apart that say something ask nothing once joined either."""
    assert understander.understand(text, "J001").intents == ()


@pytest.mark.parametrize(("text", "job"), [("驳船多少钱", "C01"), ("见习的几多钱", "C02")])
def test_a_part_of_a_title_names_its_job(crews: Understander, text: str, job: str) -> None:
    """A word of the title of the job on screen before 多少钱 asks its pay, not the price of goods."""
    found = crews.understand(text, job)
    assert (found.intents, found.job) == (("pay",), job)


def test_words_typed_one_by_one_are_read_as_their_phrase(understander: Understander) -> None:
    """夜班 有 补贴 吗 asks what the night shift adds, as 夜班有补贴吗 does, not when the night shift is."""
    found = understander.analyse("夜班 有 补贴 吗", "J001")
    assert (found.intents, found.text) == (("pay",), "夜班有补贴吗")


def test_clauses_apart_keep_their_spaces(understander: Understander) -> None:
    """包吃吗 工资多少 asks two things in two clauses: the clauses are not run together."""
    assert understander.analyse("包吃吗 工资多少", "J001").text == "包吃吗 工资多少"


@pytest.mark.parametrize(
    "text", ["俺两口子一块去 能住一块不", "两口子一起去有没得夫妻房", "夫妻一起去 有房无"]
)
def test_a_couple_asking_their_room_asks_the_dorm(understander: Understander, text: str) -> None:
    """A couple going together who ask where they would live ask the dorm, not whether they are taken."""
    assert understander.understand(text, "J001").intents == ("dorm",)


def test_a_couple_asking_to_go_asks_both(understander: Understander) -> None:
    """两口子一起去可以吗 asks whether couples are taken, and so their room."""
    assert understander.understand("两口子一起去可以吗", "J001").intents == ("requirements", "dorm")


@pytest.mark.parametrize("text", ["周末加班几倍", "节假日加班几倍", "周末加班有加班费吗"])
def test_what_a_day_off_worked_pays_asks_the_pay(understander: Understander, text: str) -> None:
    """周末加班几倍 asks what working the weekend pays, not whether one works it."""
    assert understander.understand(text, "J001").intents == ("pay",)


@pytest.mark.parametrize("text", ["加班多吗 加班费怎么算", "加班是自愿的吗？加班费怎么计算？"])
def test_the_hours_asked_beside_the_rate_stay(understander: Understander, text: str) -> None:
    """加班多吗 beside 加班费怎么算 asks the hours too."""
    assert set(understander.understand(text, "J001").intents) == {"hours", "pay"}
