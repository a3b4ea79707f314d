"""Hotel, kitchen and care-home viewers in Wu and Tianjin words: 钞票 for money, 伐 and 介个,
the hour one gets up, sleep on a night shift, a workplace named by its city, a viewer telling of
their body after the question; and the chat lines those words must not turn into questions."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("多少钞票一个月", "pay"),
        ("下雨天有钞票伐", "pay"),
        ("介个饭庄在哪", "location"),
        ("累伐 阿拉腿脚不大灵", "duties"),
        ("累吗 我腿脚不太好", "duties"),
        ("晚上能睡觉伐", "hours"),
        ("几点要起来", "hours"),
        ("养老院在杭州哪", "location"),
        ("学会了能自己开店伐", "prospects"),
        ("是机器洗还是手洗", "duties"),
        ("小费归自己吗", "pay"),
        ("有没有过节费", "pay"),
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its intent first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "晓得伐 我姐就在金华做拣货",
        "现在10块能吃什么，我随便点个外面都15",
        "我第一次当喷子 请问需要走流程吗？",
        "侬好",
        "阿拉来了",
        "我给了小费",
    ],
)
def test_chat_stays_chat(understander: Understander, text: str) -> None:
    """A nod asked for, a viewer's own meal or first flame, a greeting: no domain intent."""
    assert understander.understand(text, None).intents in ((), ("other",))
