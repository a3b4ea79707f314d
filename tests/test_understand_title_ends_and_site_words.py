"""A topic word inside the end of a job's long title (收费 of 收费员, for a 停车场收费员) naming that job
rather than asking its topic; and the words of site crews, film extras, overseas crews, grain plants
and gamers: Min, Hakka and Cantonese 食 for 吃, Cantonese 咩, 定 and 边啲, Sichuan 站到起, Jiangxi 么个
before a thing, an age told by two numbers in a row (三十七八了) or as a person of those years, what
one tells of oneself before 中不中 or 行不行, where a site is, who comes to fetch one, extra pay past
the day's hours, going to other towns, staying up, dust and sitting down, and the meals of a day
without work."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

STATIONS = """\
employers:
  - {id: jiebo, name: 捷泊停车管理有限公司, city: 西安, direct_hire: 劳务派遣, agency_fee: 0}
jobs:
  - id: G01
    number: 1
    employer: jiebo
    title: 停车场收费员
    pay: {min: 4000, max: 4800, unit: month}
    hours: {shift: 两班倒, daily: 8小时, rest: 做六休一}
    duties: {content: 出口岗亭收费、抬杆放行, posture: 坐班}
    canteen: {provided: 不包吃, note: 商场员工餐厅，每餐12元}
    requirements: {experience: 无经验可做, other: [普通话清楚]}
  - id: G02
    number: 2
    employer: jiebo
    title: 长白班普工
    pay: {min: 5000, max: 6000, unit: month}
    hours: {shift: 长白班, daily: 10小时}
"""


@pytest.fixture(scope="module")
def stations_catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A car park's toll collector and a day-shift worker, under long titles."""
    return catalog_from_yaml(tmp_path_factory, "stations", STATIONS)


@pytest.fixture(scope="module")
def stations(stations_catalog: Catalog) -> Understander:
    """An understander over the car park's catalogue."""
    return Understander(stations_catalog)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("收费员一天几个钟头", ("hours",)),
        ("收费员是坐着上班吗", ("duties",)),
        ("收费员包吃不", ("canteen",)),
        ("白班普工几点下班", ("hours",)),
        ("收费吗", ("legitimacy",)),  # the word alone still asks a fee
    ],
)
def test_the_end_of_a_title_names_its_job(
    stations: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """A title's end the line writes names the job; the topic words inside it ask nothing."""
    assert stations.understand(text, "G01").intents == intents


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("G01", "收费员一天几个钟头", ["8小时"]),
        ("G01", "收费员是坐着上班吗", ["坐班"]),
        ("G01", "主播大兄弟 这活一个月能整多少钱", ["4000"]),
        ("G01", "俺一回都没干过 中不中啊", ["无经验可做"]),
        ("G01", "我说话汉中口音重 要得不", ["普通话清楚"]),
    ],
)
def test_the_fact_asked_is_told(stations_catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """收费 of the title is no cost asked of the hours or the work, and 大兄弟 who the question is put to,
    no word of it: each is told its own fact."""
    assert score_one(stations_catalog, job, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("食的有包无", "吃的有包吗"),
        ("船上食什么", "船上吃什么"),
        ("包食包住吗", "包吃包住吗"),
        ("代练要么个段位", "代练要什么段位"),
        ("试玩么个游戏", "试玩什么游戏"),
        ("加班费么个算", "加班费怎么算"),
        ("我三十七八了 得不得", "我38了 行不行"),
        ("我四五十岁了还要不", "我50岁了还要不"),
        ("我都五十一二了", "我都52了"),
        ("是站到起还是坐到起", "是站着还是坐着"),
        ("宿舍喺厂入面定喺外面", "宿舍在厂里面还是在外面"),
        ("化验员包唔包zhu啊", "化验员包不包住啊"),
        ("一年加唔加人工", "一年涨不涨工资"),
        ("机修系修咩机嘅", "机修是修什么机的"),
        ("修边啲机器", "修哪些机器"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    "text",
    [
        "伙食的标准",
        "食堂在哪",
        "包食宿吗",
        "会做面食的优先吗",
        "三十七八个人",
        "一天十一二个小时",
        "三五十岁",
        "好咩",
        "我站起来了",
    ],
)
def test_the_words_these_readings_leave_alone(understander: Understander, text: str) -> None:
    """Words of 食 that are words of their own, and numbers in a row that tell no age, keep their own."""
    assert understander.normalize(text) == text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("工地在哪点嘛", "location"),
        ("工地具体在哪点 嵩明还是寻甸", "location"),
        ("五常站下车 有人去接不", "location"),
        ("没戏那天吃饭咋弄", "canteen"),
        ("超时间了给加钱不", "pay"),
        ("要跑外地不", "location"),
        ("天天熬夜不", "hours"),
        ("食的怎么算", "canteen"),
        ("我三十七八了 得不得", "requirements"),
        ("快五十的人了 装桩还要不[流泪]", "requirements"),
        ("那车间里头灰老大了吧 埋汰不", "duties"),
        ("嘎哈都得站着啊 能坐一会不", "duties"),
        ("宿舍喺厂入面定喺外面", "dorm"),
    ],
)
def test_questions_ask_their_topic(understander: Understander, text: str, intent: str) -> None:
    """Each asks its topic of the job on screen."""
    assert understander.understand(text, "J001").intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "俺一回戏都没演过 中不中啊",
        "我脸上有个小疤 中不中",
        "俺近视 中不",
        "俺闺女学护理的 中不",
        "我眼睛不太好得不得嘛",
    ],
)
def test_told_of_oneself_then_asked_if_taken(understander: Understander, text: str) -> None:
    """What the asker is or has, told, then whether they are taken with it, asks who the job takes."""
    assert understander.understand(text, "J001").intents == ("requirements",)


@pytest.mark.parametrize("text", ["主播 我觉得这样行不行", "俺两口子 俺开车媳妇押运 行不", "我明天去行不行"])
def test_not_every_close_of_may_i_asks_who_is_taken(understander: Understander, text: str) -> None:
    """Said to the host, of a couple going together or of a day to come, it asks something else."""
    assert "requirements" not in understander.understand(text, "J001").intents


@pytest.mark.parametrize("text", ["熬夜是吧", "今天吃饭了吗", "老表你在家吗"])
def test_chat_stays_chat(understander: Understander, text: str) -> None:
    """Talk of one's own night or meal asks nothing of the job."""
    assert not set(understander.understand(text, "J001").intents) - {"other"}
