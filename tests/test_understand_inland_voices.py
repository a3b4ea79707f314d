"""Jiangxi (Gan), Chongqing, Shaanxi and north Jiangsu speech, and mothers asking around their
children's day: 啵 closing a question that runs on into what the asker tells, 可…啊, 压一个月还是
不压, 好多 asking a sum before what it is reckoned by, 喃个, 撒子, 一单几天, 只干上午, 得是
(whether), 哪哒, 婆娘, a cost asked after 的话, the streamer only called on to hear a question; and
the lines those readings must leave alone."""

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
        ("工资是压一个月还是不压的", "pay"),  # the verb asked again after 还是不
        ("要懂电脑啵我一点都不会", "requirements"),  # 啵 closes the question, then the asker tells
        ("能借支冇刚去冇钱", "pay"),  # 冇 closes it, then 刚去
        ("公积金交好多", "insurance"),
        ("年龄限制好多", "requirements"),
        ("一天上好多个钟", "hours"),
        ("夜班多少一个钟", "pay"),  # a sum before the hour it is reckoned by
        ("吃饭喃个算", "canteen"),
        ("底薪撒子哦 兄弟伙", "pay"),
        ("好久涨一次工资", "prospects"),
        ("一单几天啊", "hours"),  # work taken order by order
        ("能只干上午不 下午接孩子", "hours"),
        ("有人带不嘛 我莫做过", "prospects"),  # not whether anyone here has done the work
        ("有没有不要证的焊工", "jobs"),
        ("这个厂得是中介", "legitimacy"),
        ("这得是派遣", "legitimacy"),
        ("在嘉兴哪哒", "location"),
        ("婆娘能干不", "requirements"),
        ("能带婆娘一起来不", "dorm"),  # a wife brought along: the dorm
        ("冷库里头多少度", "duties"),
        ("晚上过了6点算加班不", "pay"),  # whether it is paid as overtime
        ("1号工资多扫", "pay"),  # 多少 as a pinyin keyboard first offers duo shao
        ("住宿费多杀", "dorm"),
        ("11号普工一天多杀钱", "pay"),
        ("俺不住宿舍住亲戚家可给补贴啊 俺姐家就在诸城", "dorm"),  # north Jiangsu 可…啊 asks
        ("厂里可管夜宵啊 半夜饿得慌", "canteen"),
        ("俺坐火车到胶州北站可有人接啊", "location"),
        ("住宿舍的话一个月要交钱啵", "dorm"),  # what the dorm costs, not a fee to an agent
        ("主播额问一下就是那个昆山南站下了车有没有人来接额们", "location"),
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its topic first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "你还是不去了",
        "还是不要了吧",
        "么么啵",
        "有人在富士康干过吗",
        "好久没见了",
        "还得是主播",
        "就得是这样",
        "双杀多杀",
        "我记得是包住的",
        "你可要小心啊",
        "可能下雨了",
        "多扫码",
    ],
)
def test_lines_that_only_look_alike_ask_nothing_of_a_job(understander: Understander, text: str) -> None:
    """Advice, a kiss, a question to other viewers and a greeting are no question of the job."""
    assert understander.understand(text, None).intents in ((), ("other",))
