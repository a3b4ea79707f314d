"""The words of Yunnan, Minnan, Wuhan, Tianjin, Guizhou and Jiangxi: Yunnan 给 before a verb asking
whether (男娃给要, 公积金给交) and 得呢 agreeing, 整哪样 asking what a thing is, 啥米, 来载, 拍药 and
呷烟, 刺一尾龙 for a tattoo, Wuhan 么斯 and 么样 before a going, 有么 and 几长时间, Tianjin 嘛 before
a thing, Guizhou 莫弄过 and 怀起, Jiangxi 几远 and 热冇热 (of a spray booth: the work); 本科 and 本人
kept from the licence 本; never a 给 that gives (公司给交社保吗, 社保给交不, 光给交三险); 也在看呢 and
还没吃呢 tell, not ask."""

from __future__ import annotations

import pytest

from bot.understand import Understander


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("男娃给要", "男孩要不要"),
        ("我初中毕业给得", "我初中毕业行不行"),
        ("公积金给交", "公积金交不交"),
        ("差评给扣钱", "差评扣不扣钱"),
        ("做久了单价给涨", "做久了单价涨不涨"),
        ("五十几岁的给得", "50几岁的行不行"),
        ("我讲云南话 四川话讲不来 给得", "我讲云南话 四川话讲不来 行不行"),
        ("到成都给有人来接", "到成都有没有人来接"),
        ("标注是整哪样", "标注是干什么"),
        ("工钱啥米时阵发", "工资什么时候发"),
        ("到安溪车站有人来载吗", "到安溪车站有人来接吗"),
        ("除草要拍药吗", "除草要打药吗"),
        ("呷烟可以吗", "抽烟可以吗"),
        ("手臂有刺一尾龙 可以吗", "手臂有纹身 可以吗"),
        ("仓管每天搞么斯", "仓管每天干什么"),
        ("坐地铁么样到", "坐地铁怎么到"),
        ("学历有么要求", "学历有什么要求"),
        ("学徒要学几长时间", "学徒要学多长时间"),
        ("试用期好长时间", "试用期多长时间"),
        ("介膜是嘛牌子的", "介膜是什么牌子的"),
        ("震雄的莫弄过 只会海天的", "震雄的没弄过 只会海天的"),
        ("东山街道离城里几远", "东山街道离城里多远"),
        ("喷漆房里热冇热", "喷漆房里热不热"),
        ("要本科啊 大专给得", "要本科啊 大专行不行"),
        ("面试要本人过去么", "面试要本人过去么"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    "text",
    ["公司给交社保吗", "社保给交不", "社保谁给交", "老板给得起", "以前的厂子光给交三险", "社保都给交"],
)
def test_a_give_is_left_as_it_is(understander: Understander, text: str) -> None:
    """给 in a line asked otherwise, before whom or how much, or after 光 or 都 gives: it stays."""
    assert understander.normalize(text) == text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("男娃给要", "requirements"),
        ("我色弱 给得", "requirements"),
        ("差评给扣钱", "pay"),
        ("公积金给交", "insurance"),
        ("周末给休息", "hours"),
        ("从大理过来给有人接站", "location"),
        ("标注是整哪样 拉框是哪样意思", "duties"),
        ("晚上几点关门 回来晚了咋个整", "dorm"),
        ("山上呷啥", "canteen"),
        ("啥米时阵可以去", "apply"),
        ("阮呷烟 会被刷掉吗", "requirements"),
        ("学历有么要求", "requirements"),
        ("没贴过膜 来了现学行不行", "requirements"),
        ("震雄的莫弄过 只会海天的 得不得嘛", "requirements"),
        ("工资押好久", "pay"),
        ("要学几久才出得师", "prospects"),
        ("排钻系么子事", "duties"),
        ("喷漆房里热冇热 有冇空调", "duties"),
    ],
)
def test_the_topic_asked_is_read(understander: Understander, text: str, intent: str) -> None:
    """Each question is read as asking its topic."""
    assert intent in understander.understand(text, "J001").intents


@pytest.mark.parametrize("text", ["得呢得呢", "得呢 我考虑一哈", "我表姐在成都做客服 说还得呢"])
def test_yunnan_agreeing_is_chatter(understander: Understander, text: str) -> None:
    """得呢 (all right) asks nothing."""
    assert understander.understand(text, "J001").intents == ()


@pytest.mark.parametrize("text", ["俺家那口子也在看呢", "来了来了 刚下班 饭还没吃呢", "工资还没发呢"])
def test_one_doing_a_thing_or_not_yet_is_told(understander: Understander, text: str) -> None:
    """也在看呢, 还没吃呢: what is going on, or not yet, told with 呢 and no question mark."""
    assert understander.understand(text, "J001").intents == ()


@pytest.mark.parametrize(("text", "intent"), [("工资还没发呢？", "pay"), ("宿舍呢", "dorm")])
def test_a_question_with_ne_is_still_asked(understander: Understander, text: str, intent: str) -> None:
    """With a question mark, or a topic alone before 呢, the line asks."""
    assert intent in understander.understand(text, "J001").intents
