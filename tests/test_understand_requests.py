"""Questions asked as requests with no question mark (工资范围报一下, 夫妻房的情况, 求科普, 问哈借支的
事) and in the short, plain Mandarin of those for whom it is a second language (住 要钱吗, 吃 包不包,
坐着做吗, 不住 有补贴吗, 几点 下班): each is read as the question it is."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("3号叉车 gz报一下", "pay"),
        ("工资范围报一下", "pay"),
        ("刚出来身上没钱 问哈借支的事", "pay"),
        ("我看看夫妻房的情况 带老婆一起", "dorm"),
        ("叉车证的要求 求科普", "requirements"),
        ("住 要钱吗", "dorm"),  # the dorm's cost, not a fee to an agent
        ("吃 包不包", "canteen"),
        ("住 包吗", "dorm"),
        ("坐着做吗", "duties"),
        ("不住 有补贴吗", "dorm"),
        ("以后能不能升", "prospects"),  # 以后能不 opens 能不能升, no late application
        ("几点 下班", "hours"),  # short words set apart, read as one phrase
        ("要 厨师证吗", "requirements"),
        ("顺德站 接不接", "location"),
    ],
)
def test_the_request_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its topic first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["哈哈 好的", "主播 晚上好"])
def test_chatter_set_apart_stays_chatter(understander: Understander, text: str) -> None:
    """Words set apart that ask nothing read together ask nothing either."""
    assert understander.understand(text, None).intents in ((), ("other",))


def test_a_late_application_is_still_one(understander: Understander) -> None:
    """以后还能去吗 asks whether one may still come later: an application's question."""
    assert understander.understand("以后还能去吗", None).intents[:1] == ("apply",)


CATALOGUE = """\
employers:
  - id: xijun
    name: 无锡锡骏车业有限公司
    aliases: [锡骏]
    city: 无锡
jobs:
  - id: E02
    number: 2
    employer: xijun
    title: 车架焊工
    pay: {min: 9000, max: 12000, unit: month}
"""


def test_a_request_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    """公资范围说下 is told the pay: the words of the request ask nothing of their own."""
    catalog = catalog_from_yaml(tmp_path_factory, "requests", CATALOGUE)
    assert score_one(catalog, "E02", "2号焊工 公资范围说下", ["9000"]).stated_share == 1.0
