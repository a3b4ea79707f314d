"""Dalian, Qingdao, Henan, Ningxia, Hakka, Sichuan, Yunnan and Fuzhou words read as the question
they ask (啥前儿, 嘎时候, 么弄过, 中不中 after a tattoo or a tool, 撒是, 仰般, 朝晨, 奈人, 企班, 人工, 好久 of
a payment, of rest or of a start, 克, 抽好多, 好早起, 哇 after a payment, 诸娘人, 会使, 无 before a doing),
a must put back to be confirmed (得有吧, 得自己办啊), the home a housekeeper works in named as a
workplace, the age of the one cared for asked of the work, and the lines those readings must leave
alone."""

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
        ("啥前儿开支啊", "什么时候发工资啊"),
        ("多前儿能去", "什么时候能去"),
        ("嘎时候开支", "啥时候发工资"),
        ("要嘎经验", "要啥经验"),
        ("8号制冷证得有吧", "8号制冷证要有吗"),
        ("健康证得自己办啊", "健康证要自己办吗"),
        ("俺光修过空调 么弄过氨机 行不", "我光修过空调 没弄过氨机 行不"),
        ("卡尺不会使 中不中", "卡尺不会用 行不行"),
        ("撒是台架测试", "啥是台架测试"),
        ("面试要带撒", "面试要带啥"),
        ("加班费仰般算", "加班费怎么算"),
        ("体检係奈人出钱", "体检是谁出钱"),
        ("压几多日人工", "压几天工资"),
        ("企班定坐班", "站班还是坐班"),
        ("朝晨几点上班", "早上几点上班"),
        ("8hao gongzi jiduo", "8号工资多少"),
        ("一个星期休好久", "一个星期休多久"),
        ("平台要抽好多嘛", "平台要抽多少嘛"),
        ("白班陪护公资好多一个月", "白班陪护工资多少一个月"),
        ("早上好早起来哦", "早上几点起来哦"),
        ("每个星期结钱哇", "每个星期结钱吗"),
        ("体检自己出钱哇", "体检自己出钱吗"),
        ("提成好多一节", "提成多少一节"),
        ("诸娘人会使做无", "女的可以做吗"),
        ("无杀过鱼会使无 我会杀鸡鸭", "没杀过鱼可以吗 我会杀鸡鸭"),
        ("助理是整哪样的", "助理是干什么的"),
        ("提成好多个点哦", "提成多少个点哦"),
        ("押好多工资", "押多少工资"),
        ("双休哇", "双休吗"),
        ("黑间干还是白天干", "晚上干还是白天干"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each line's normal form says in Mandarin what its own words ask."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("啥前儿开支啊", "pay"),
        ("嘎时候开支", "pay"),
        ("8号制冷证得有吧", "requirements"),
        ("俺光修过空调 么弄过氨机 行不", "requirements"),
        ("胳膊上纹个龙 中不中", "requirements"),
        ("卡尺不会使 中不中", "requirements"),
        ("个子得多高", "requirements"),
        ("几多岁以内做得", "requirements"),
        ("两口子能去不", "dorm"),  # whether a couple is housed together
        ("吃得惯么 南方那饭", "canteen"),
        ("夜班给加餐不", "canteen"),
        ("俺不住宿舍 给补贴不", "dorm"),
        ("加班费仰般算", "pay"),
        ("企班定坐班", "duties"),
        ("一个礼拜休几多日", "hours"),
        ("一个星期休好久", "hours"),
        ("平时冇钱使 借得到钱冇", "pay"),
        ("下户好久把钱结了", "pay"),
        ("好久结一回账", "pay"),
        ("早上好早起来哦", "hours"),
        ("雇主家在哪里", "location"),
        ("我今年满60了 还接不接嘛", "requirements"),
        ("我有点恐高 做得到不", "requirements"),
        ("衣服发不发 要自己买不", "duties"),
        ("我莫得电瓶车 要紧不", "requirements"),
        ("啥子时候活路多", "duties"),
        ("老人好大年纪了", "duties"),  # the age of the one cared for
        ("我孩子多大能来", "requirements"),  # one's own child's age asks who may come
        ("挂靠的吧 一手还是二手", "legitimacy"),
        ("2号是在职返还是离职返 返多少", "legitimacy"),
        ("住的是工地板房还是甚", "dorm"),
        ("开的甚塔吊 动臂的还是平头的", "duties"),
        ("中午热的 歇不歇", "hours"),  # a time of day opens the question; it names no one
        ("下雨刮风停了算不算工", "pay"),
        ("能喝酒不 额晚上爱喝两口", "requirements"),
        ("好久要克上班", "apply"),
        ("最晚好久要到", "apply"),
        ("什么时候要去上班", "apply"),
        ("包中午饭么", "canteen"),
        ("助理是整哪样的", "duties"),
        ("以后得不得当主班", "prospects"),
        ("实习生要么", "requirements"),
        ("提成好多一节", "pay"),
        ("一周要去几天", "hours"),
        ("没考过育婴员证 得不得", "requirements"),
        ("寒暑假上班么", "hours"),
        ("诸娘人会使做无", "requirements"),
        ("手臂上刺一条龙 会使无", "requirements"),
        ("过年会使回家无 我厝在连江", "hours"),
        ("俺媳妇儿三十八了 中不", "requirements"),  # a wife's age told, 儿 and all
        ("皮肤不好可以不 我脸上有痘痘", "requirements"),
        ("胳膊上纹了一尕块 要么", "requirements"),
    ],
)
def test_regional_questions_ask_their_topic(understander: Understander, text: str, intent: str) -> None:
    """Each question is read in the topic it asks."""
    assert intent in understander.understand(text, "J001").intents


@pytest.mark.parametrize(
    "text",
    [
        "主播好早啊",
        "不结账？？？",
        "你家在哪里",
        "主播个子多高",
        "好给力哇",
        "嘎嘎好",
        "电脑我是没弄过",
        "主播你抽烟吗",
        "今晚喝酒去",
        "主播晚上好",
        "早上主播吃了吗",
        "不包吃啊",  # a sigh at what was said of the meals
        "不包住啊 那算了",  # and at what was said of the dorm
        "好久不见",
        "无聊死了",
        "毫无经验",
        "主播什么时候到",
        "我没考过驾照",
        "广东那边吃得辣不 哈哈",  # of the people there, not of the canteen
    ],
)
def test_chat_stays_chat(understander: Understander, text: str) -> None:
    """Chat about the streamer, a sigh or a statement asks nothing of a job."""
    assert understander.understand(text, "J001").intents in ((), ("other",))


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("伙食补贴有没", ("canteen",)),  # the meals' allowance, not the pay's
        ("9号宿舍男女分开么", ("dorm",)),  # men and women housed apart, not who is hired
        ("租个房得多少钱一个月", ("dorm",)),  # the rent, not the pay
    ],
)
def test_a_compound_asks_one_topic(understander: Understander, text: str, intents: tuple[str, ...]) -> None:
    """A word made of two topics' words asks the one topic it names."""
    assert understander.understand(text, "J001").intents == intents
