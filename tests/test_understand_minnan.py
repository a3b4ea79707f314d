"""Minnan as viewers from southern Fujian type it (偌济, 敢有, 会使无, 佗位, 呷饭, 睏, 徛咧, 啥物时阵,
查某, 一点钟几多) read as the question it asks, and the Mandarin those readings must leave alone
(几点钟上班 asks a time of day, 统一工服 holds no 一工)."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("宿舍偌济钱", "宿舍多少钱"),
        ("敢有夫妻房", "有没有夫妻房"),
        ("查某会使做无", "女的可以做吗"),
        ("厂佇佗位", "厂在哪里"),
        ("呷饭爱家己出钱无", "吃饭要自己出钱吗"),
        ("是徛咧做抑是坐咧做", "是站着做还是坐着做"),
        ("啥物时阵调薪", "什么时候调薪"),
        ("加班一点钟几多", "加班1个小时多少"),
        ("早上几点钟上班", "早上几点钟上班"),  # a time of day, not how many hours
        ("统一工服", "统一工服"),
    ],
)
def test_minnan_words_read_as_mandarin(understander: Understander, text: str, normal: str) -> None:
    """Each line's normal form says in Mandarin what the Minnan says."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("宿舍一间睏几个", "dorm"),
        ("公积金敢有", "insurance"),
        ("阮55岁 敢会使", "requirements"),
        ("毋住宿舍有补贴无", "dorm"),
        ("辞头路好辞无", "legitimacy"),
        ("针车一个月有偌济", "pay"),
        ("莆田站有人接无 阮坐高铁来", "location"),  # 无 closes the question, then the asker tells
        ("一工做几点钟", "hours"),
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its topic first."""
    assert understander.understand(text, None).intents[:1] == (intent,)
