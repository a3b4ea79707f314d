"""Shanxi 了 closing a question (有夫妻房没了, 没经验要不了, 倒班不了, 远不了, 伤身体不了), Huizhou 几何
and 要么事, north Anhui 可 closing a clause (可中, 可来接, 可配车, 可买, C1可行, 还可要, 饭可管), 得行, 么办,
Hainan 无 after 吃 and 住 run on into another question, an age said bare (行不行啊 我41), the lines those
readings must leave alone, and 啥 spelt sha among characters."""

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
        ("有夫妻房没了", "有夫妻房没"),
        ("有公积金没了", "有公积金没"),
        ("没经验要不了", "没经验要吗"),
        ("倒班不了", "倒班吗"),
        ("晚上下了班喝两口行不了", "晚上下了班喝两口行吗"),
        ("这个维修工工资几何钱一个月", "这个维修工工资多少钱一个月"),
        ("演一场补几何", "演一场补多少"),
        ("要么事学历", "要什么学历"),
        ("观光车那个证没得么办", "观光车那个证没有怎么办"),
        ("俺47了 可中", "我47了 行吗"),
        ("俺坐高铁到合肥南 可来接", "我坐高铁到合肥南 来接吗"),
        ("公司可配车", "公司配车吗"),
        ("要么事驾照 C1可行", "要什么驾照 c1行吗"),
        ("今年五十二 还可要", "今年52岁 还要不要"),
        ("包吃无 食堂好吃无", "包吃吗 食堂好吃吗"),
        ("工钱sha时候结", "工资啥时候结"),
        ("宿舍离井口远不了", "宿舍离井口远吗"),
        ("选矿有药剂 伤身体不了", "选矿有药剂 伤身体吗"),
        ("五险一金都有不了", "五险一金都有吗"),
        ("6号用下井不了", "6号用下井吗"),
        ("可买社保", "买社保吗"),
        ("饭可管", "饭管吗"),
        ("戴眼镜可管", "戴眼镜行吗"),
        ("额三十六 得行么", "我36 行么"),
        ("明天就坐车过去得行不", "明天就坐车过去行不"),
        ("得不得行", "行不行"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    "text",
    [
        "怎么没了",  # something gone
        "要不了多久",  # not long
        "干不了",  # cannot
        "几何学不好",  # geometry
        "可来劲了",  # a word
        "我身体受不了",  # cannot bear it
        "也多不了几个钱",  # not much more
    ],
)
def test_the_words_these_readings_leave_alone(understander: Understander, text: str) -> None:
    """Lines that say rather than ask keep their words."""
    assert understander.normalize(text) == text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("有夫妻房没了", "dorm"),
        ("没经验要不了", "requirements"),
        ("一个月几何钱", "pay"),
        ("要么事学历", "requirements"),
        ("俺47了 可中", "requirements"),
        ("中不中啊 俺四十一", "requirements"),  # an age said bare after the question
        ("选矿的活轻松不了", "duties"),
        ("五险可买", "insurance"),
    ],
)
def test_regional_questions_ask_their_topic(understander: Understander, text: str, intent: str) -> None:
    """Read as Mandarin, each asks its topic of the job on screen."""
    assert understander.understand(text, "J001").intents[:1] == (intent,)
