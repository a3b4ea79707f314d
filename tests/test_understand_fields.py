"""Seasonal field work as its viewers ask of it: a price of a weight is the piece rate of a job paid
by the kilo, a count of a day's picking asks the quota, a relative's age asks the age range, a
hometown anywhere in China is a place and no pet name, and 这活儿挺累吧 checks how hard the work is."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

FIELDS = """\
employers:
  - id: mianhua
    name: 阿克苏棉海劳务服务有限公司
    aliases: [棉海]
    city: 阿克苏
    faq:
      - {q: 路费怎么算, a: 火车票先自己买，干满45天凭票报销}
jobs:
  - id: K01
    number: 1
    employer: mianhua
    title: 拾花工
    pay:
      min: 1.6
      max: 2
      unit: piece
      note: 按公斤计价，头遍花每公斤1.6元，二遍花每公斤2元，熟手一天能拾150公斤左右
    duties: {content: 人工采摘棉花，装袋过秤, intensity: 较累, posture: 一直弯腰}
    requirements: {age_min: 18, age_max: 65}
  - id: K02
    number: 2
    employer: mianhua
    title: 轧花厂打包工
    pay: {min: 6000, max: 7500, unit: month}
    requirements: {age_min: 18, age_max: 50}
"""


@pytest.fixture(scope="module")
def fields(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A cotton-picking job paid by the kilo beside a baling job paid by the month."""
    return catalog_from_yaml(tmp_path_factory, "fields", FIELDS)


@pytest.fixture(scope="module")
def reader(fields: Catalog) -> Understander:
    """An understander over that catalogue and the shipped lexicon."""
    return Understander(fields)


@pytest.mark.parametrize("text", ["一公斤多少钱", "一公斤多钱", "一斤多少钱"])
def test_a_price_of_a_weight_asks_the_rate_of_a_job_paid_by_the_kilo(reader: Understander, text: str) -> None:
    """一公斤多少钱 with the picking job on screen asks its rate; with the baling job, goods' price."""
    assert reader.understand(text, "K01").intents == ("pay",)
    assert reader.understand(text, "K02").intents == ("other",)


def test_a_days_count_of_picking_is_the_quota_the_note_gives(fields: Catalog) -> None:
    """一天能拾多少公斤 is told the count a skilled hand picks, not the clause saying it is paid by kilo."""
    for text in ("一天能拾多少公斤", "熟手一天下来能拾多少公斤"):
        assert score_one(fields, "K01", text, ["150公斤"]).stated_share == 1.0


@pytest.mark.parametrize(
    "text", ["我老舅六十五了还能去不", "俺婆婆58了能去不", "我婆婆五十八了能干不", "我大姨60了收不收"]
)
def test_a_relatives_age_asks_the_age_range(reader: Understander, text: str) -> None:
    """An uncle's, a mother-in-law's or an aunt's age asks whether the job takes it."""
    assert reader.understand(text, "K01").intents[:1] == ("requirements",)


@pytest.mark.parametrize(
    "text", ["路费给报不 从齐齐哈尔过去老远了", "我黑龙江的 能报路费不", "从南充过去路费报吗"]
)
def test_a_hometown_anywhere_leaves_the_question_its_topic(reader: Understander, text: str) -> None:
    """齐齐哈尔 is a city (no doubled pet name), and where one sets out from keeps 路费 a travel question."""
    assert reader.understand(text, "K01").intents[:1] == ("location",)


@pytest.mark.parametrize("text", ["这活儿贼累吧 天天猫着腰", "这活儿挺累吧", "干这个累吧", "这个工作很累吧"])
def test_a_closing_ba_checks_how_hard_the_work_named_is(reader: Understander, text: str) -> None:
    """这活儿挺累吧 checks the work on screen; said of the streamer it only sympathises."""
    assert reader.understand(text, "K01").intents == ("duties",)


@pytest.mark.parametrize("text", ["主播很累吧", "你挺累吧", "这活儿挺好吧"])
def test_sympathy_and_praise_stay_chat(reader: Understander, text: str) -> None:
    """主播很累吧 and 这活儿挺好吧 ask nothing of the job."""
    assert reader.understand(text, "K01").intents == ()


SICHUAN = [
    ("一个月拿得到好多哦", "pay"),
    ("一个月搞得到好多", "pay"),
    ("要好多年经验", "requirements"),
    ("年龄好多以内", "requirements"),
    ("水电要个人出不", "dorm"),
    ("我手杆上纹了个小老虎 得不得行", "requirements"),
    ("在成都哪个旮旮头嘛", "location"),
    ("半夜可以眯一哈不 熬不住哦", "hours"),
]


@pytest.mark.parametrize(("text", "intent"), SICHUAN)
def test_sichuan_words_ask_what_they_mean(reader: Understander, text: str, intent: str) -> None:
    """好多 asking how much, 个人 as oneself, 纹了个 a tattoo, 旮旮头 a place, 眯一哈 a nap."""
    assert reader.understand(text, "K02").intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["我好多年没上班了", "一个人出去玩"])
def test_the_same_words_telling_stay_chat(reader: Understander, text: str) -> None:
    """好多年 told of oneself and 一个人 counting ask nothing."""
    assert reader.understand(text, "K02").intents == ()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("能带男朋友住吗", "dorm"),
        ("带男朋友住可以吗", "dorm"),
        ("吐鲁番中午热的很也干吗", "hours"),
        ("要电工证不 我只有焊工证", "requirements"),
    ],
)
def test_partners_heat_and_certificates(reader: Understander, text: str, intent: str) -> None:
    """A boyfriend brought to the dorm is no one the line talks to; work in the noon heat asks the
    hours; 焊工证 is a certificate, not a job named, so the job on screen stays."""
    result = reader.understand(text, "K01")
    assert result.intents[:1] == (intent,)
    assert result.job == "K01"
