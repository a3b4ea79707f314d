"""Who a question is put to and what it is said of: chat of other streams that holds a topic word."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from bot.understand.result import INTENTS
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    "text",
    [
        # a weak word said of someone the line names first
        "骚猪在哪",
        "嘉然腰疼吗",
        "大京脑子呢",
        # a question put to the other viewers
        "吊大的告诉我一下 这是什么味道",
        # names of something else that hold a topic word
        "姚明退役了？",
        "三字母？",
        "王者荣耀小学生游戏都有人玩？",
        "我十五岁还是个初中生",
        "阴兵在哪儿",
        "9毫米是干嘛的",
        # a question put to the other viewers about themselves
        "我15岁就开宝马了，你们呢？",
        "我28岁了还是个处男 你们呢",
        "有没有北京邮电大学的？？",
        "湖南科技大学的校友有没有",
        "吃饭没？",
        # an age told, not asked about
        "我15岁就被开菊了",
        # a topic word lost among words the lexicon does not know
        "怎么哪房间都有喷子无聊不",
        "才1000？喂蚊子呢？",
        "能不能让我们嘉宝坐一会 站着太累了",
        "有考虑过去哥谭市工作吗",
        "三倍镜怎么样",
        "怎么这样还有人带节奏",
        # someone named by a doubled pet name, wherever it stands
        "把然然留下来加班吧",
        "nga能不能不要来伤害然然啊",
        # 还是 as "still" or "had better", not "or"
        "竟然还是学生",
        "体力比专业爱豆还是差点感觉",
        "你们还是吃一顿李庄白肉吧",
        # phrasings of work that chat shares: a rival (对手), a date (6.1), imitating (学下), teaching
        # something else (教我电脑)
        "要不要和蝙蝠侠一起去打对手戏？",
        "6.1要不要来个儿童专场？",
        "能学下spade吗",
        "谁教我电脑怎么竖屏",
        # 吃的 said of someone or something named first
        "嘉然吃的什么！",
        "螺蛳粉是人吃的啊？",
        # 男女朋友 names a couple, not who may apply
        "不男女朋友约的什么会",
        # a word that judges, alone and without a question mark
        "骗人",
        "很合法",
        "有毒",
        "现在来得及",
        # someone thinking it over, not asking
        "满脑子想着怎么挣钱",
        "我也在想吃啥",
        # the streamer's words echoed, with a judging word or a remark after them
        "什么黑心公司",
        "什么大专，我一直都是一百分啊",
        # someone's whereabouts, the stream's own hours, none at all, anywhere
        "车神今天去哪了",
        "每天几点播到几点",
        "我小学连毕业证都没有",
        "我去别人哪里都是抖音1号",
        # a roll call of one place, a complaint closed by 是吧, a guess
        "河南人在哪 扣1",
        "不给远景是吧",
        "应该是吧",
        # laughter, the stream's end, a machine's intelligence, a dare: no work asked about
        "嘎哈哈哈哈哈哈哈哈",
        "直播啥时候结束？",
        "现在的人工智能这么强了么，可怕",
        "试试嘛",
        "没戴眼镜？",
        "想要买眼镜框吗？",
        # what someone is up to, an opinion, a doubt
        "我儿子今年十八了在家闲着呢",
        "我觉得还是长白班好",
        "又是中介又是派遣的谁信啊",
        "2333？",
        "手指骨折了？",
        "报名了",
    ],
)
def test_chat_of_other_streams_gets_no_domain_intent(understander: Understander, text: str) -> None:
    """Chat that holds a topic word but asks nothing about a job gets no domain intent."""
    got = understander.understand(text, "J001").intents
    assert not set(got) & set(INTENTS), (text, got)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("我45了能干吗", "requirements"),
        ("今年15能去吗", "requirements"),
        ("我48岁了还能去吗", "requirements"),
        ("综合能拿多少", "pay"),
        ("离天津站多远", "location"),
        ("我们一家三口能住吗", "dorm"),
        ("民族大道那个位置好找吗？", "location"),
        ("新人第一个月能拿满吗", "pay"),
        ("今天干明天能拿钱不", "pay"),
        ("宿舍在哪", "dorm"),
        ("累不累", "duties"),
        ("5000吗", "pay"),
        ("这个机器危险吗", "duties"),
        ("工人累吗", "duties"),
        ("必须有驾照吗", "requirements"),
        ("一件几毛钱", "pay"),
        ("过节发东西吗", "pay"),
        ("退役军人可以吗", "requirements"),
        ("有五险一金吗？一入职（试用期就购买吗？", "insurance"),
        ("嗯嗯 包住吗", "dorm"),
        ("普工工资多少", "pay"),
        ("白班比较累还是夜班比较累", "hours"),
        ("住宿舍 还是自己租", "dorm"),
        ("有人带我吗", "prospects"),
        ("18岁要不要", "requirements"),
        ("对手有伤害吗", "duties"),
        ("会教我吗", "prospects"),
        ("你们吃的什么", "canteen"),
        ("吃的怎么样", "canteen"),
        ("员工吃的什么", "canteen"),
        ("骗人？", "legitimacy"),
        ("正规", "legitimacy"),
        ("来得及吗", "apply"),
        ("我在想工资多少", "pay"),
        ("什么福利", "pay"),
        ("什么大专？我是高中", "requirements"),
        ("钱好挣吗", "pay"),
        ("实发多少", "pay"),
        ("宿舍连空调都没有吗", "dorm"),
        ("在哪里上班", "location"),
        ("周三面试是吧", "apply"),
        ("超一间10块是吧", "pay"),
        ("21一小时？", "pay"),
        ("中秋前是不是巨忙", "hours"),
        ("随到随面是啥意思", "apply"),
        ("发棉衣吗", "duties"),
        ("在冷库会不会冻感冒", "duties"),
        ("第二天就能上班？", "apply"),
        ("两个人一起报可以吗", "apply"),
        ("情侣能一起进吗", "requirements"),
        ("sb交吗", "insurance"),
        ("学生能做兼职吗", "requirements"),
        ("我机电专业的 能做质检员吗", "requirements"),
        ("有没有不用熬夜的", "jobs"),
        # long spoken lines: who the viewer is, then what they ask
        ("我老公会开叉车他能去吗", "requirements"),
        ("我腰不好有没有轻松点的", "jobs"),
        ("我们两口子都是五十多了能不能一起进厂", "requirements"),
        ("嘎哈的", "duties"),
        ("啥时候结钱", "pay"),
        ("带一个宝宝给多少钱", "pay"),
        ("月嫂要干些啥活要不要做饭", "duties"),
        ("住在客户家里还是自己住", "dorm"),
        ("住家保姆要不要带孩子", "duties"),
        ("家里有老人要伺候吗", "duties"),
        ("一天要干到几点", "hours"),
        ("住家的有自己的房间没有", "dorm"),
        ("我不会做饭行不行", "requirements"),
        ("冲压危险不危险会不会压到手", "duties"),
        ("开了五年货车了行不行", "requirements"),
        ("冷库里面多冷啊", "duties"),
        # dialect of the central plains and the north
        ("恁那冲压是弄啥哩", "duties"),
        ("俺五十好几了还中不", "requirements"),
        ("一天干几个点", "hours"),
        ("去了不干了能走不", "legitimacy"),
        ("歇班不", "hours"),
        ("夜里要跑车不", "hours"),
        ("上海哪块的", "location"),
        ("月嫂是伺候月子的吧", "duties"),
        ("要给人家做饭洗衣裳不", "duties"),
        ("夫妻房有没有夜班多不多", "dorm"),
        ("白班还是夜班好", "hours"),
        ("司机几点出车", "hours"),
        ("4800？", "pay"),
        ("咋整能报上名", "apply"),
        ("有地方住没", "dorm"),
        ("上夜斑吗", "hours"),
        ("报名 想去这个厂", "apply"),
    ],
)
def test_questions_about_the_job_keep_their_intent(
    understander: Understander, text: str, intent: str
) -> None:
    """Questions shaped like that chat but about the job keep their intent."""
    got = understander.understand(text, "J001").intents
    assert got[:1] == (intent,), (text, got)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        # a word that only qualifies asks of its own in a clause of its own
        ("有五险一金吗 试用期多久", ("insurance", "prospects")),
        ("社保转正后才交？", ("insurance",)),
        ("有没有生育险 宝妈问下", ("insurance",)),
        ("转正后涨多少", ("prospects", "pay")),
        # what a shift comes with is asked about, not the shift
        ("夜班有宵夜吗", ("canteen",)),
        ("加班有加班费吗", ("pay",)),
        ("夜班有几天", ("hours",)),
        ("可以不住宿舍吗 有补贴吗", ("dorm",)),
        # spoken run-on lines: a question closed by 吗 runs into the next one
        ("进去就给交社保吗试用期多长时间", ("insurance", "prospects")),
        ("你们是派遣的吧工资是厂里发还是你们发", ("legitimacy", "pay")),
        ("日结的有没有保险", ("insurance",)),
    ],
)
def test_qualifying_words_ask_only_alone(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """试用期 or 转正后 only qualifies a question about another topic, unless a clause asks about it alone."""
    assert understander.understand(text, "J001").intents == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        # an age told in a clause of its own before a question of another topic: who asks
        ("主播俺问一下啊 俺今年四十六了 在张家口开了八年公交 A3的本儿 一个月到手能有多少钱", ("pay",)),
        ("俺今年50 工资多少", ("pay",)),
        ("我48了 宿舍几个人", ("dorm",)),
        # the age is asked when a clause asks whether one is taken
        ("我48了 还要么 包住吗", ("requirements", "dorm")),
        ("我45了 能干吗 工资多少", ("requirements", "pay")),
        ("报告，本人56周岁，是否还能报", ("requirements", "apply")),
        ("俺开了八年天车了 今年48 还要不", ("requirements",)),
    ],
)
def test_an_age_told_before_another_question_only_tells_who_asks(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """俺今年四十六了 … 一个月能有多少钱 asks the pay; 我48了 还要么 asks whether the age is taken."""
    assert understander.understand(text, "J001").intents == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("主播你好 俺是承德的 想问问一个月到底能挣多少钱", ("pay",)),
        ("主播好 包住吗", ("dorm",)),
    ],
)
def test_a_greeting_to_the_streamer_leaves_the_question_to_the_job(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """主播你好 before a question greets the streamer; the question is still the job's."""
    assert understander.understand(text, "J001").intents == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        # the age told qualifies a question of whether one is taken or can learn
        ("我跟老公一起 都五十多了 能要不 有夫妻房不", ("requirements", "dorm")),
        ("我不会切菜 可以学不", ("requirements", "prospects")),
        # it asks nothing of a pickup, the dorm or the pay
        ("从火车站下来有人接不？俺们老两口岁数大了不会坐地铁", ("location",)),
    ],
)
def test_who_the_viewer_is_qualifies_only_questions_of_the_worker(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """An age or a skill told beside the question is a requirement only where the question asks of
    the worker, not of the way there."""
    assert set(understander.understand(text, "J001").intents) == set(intents)


@pytest.mark.parametrize(
    "text",
    [
        "主播能不能讲慢点",  # the streamer asked to speak slower
        "主播能不能讲慢点 我记不住",
        "楼上是不是小黄 我是阿勇啊",  # one viewer to another
        "苗族的姐妹在不",  # a roll call of the viewers
        "唐山的老铁在不在，扣个1",
        "谁是沧州的，老乡握个手[握手]",
        "姐妹们都是哪里的呀",
        "哈哈哈哈 老哥你这岁数考啥证啊 回家抱孙子吧😂",  # one viewer to another
        "大姐你也是东北的？哪疙瘩的",
    ],
)
def test_requests_to_the_stream_and_calls_among_viewers_are_chat(
    understander: Understander, text: str
) -> None:
    """Asking the streamer to speak slower, or the viewers who they are, asks nothing of a job."""
    assert understander.understand(text, "J001").intents == ()


def test_a_question_closed_by_mei_before_a_break_asks_of_the_job_on_screen(
    understander: Understander,
) -> None:
    """有夫妻房没 替我哥问的: 没 closes the question; the 的 after it is what the asker tells, no wish."""
    result = understander.understand("有夫妻房没 替我哥问的", "J001")
    assert (result.intents, result.job) == (("dorm",), "J001")


@pytest.mark.parametrize("text", ["车间里湿不湿 要不要穿胶鞋", "车间潮不潮", "要在冷库里面待一天吗"])
def test_how_the_workplace_is_asks_the_duties(understander: Understander, text: str) -> None:
    """The workshop's damp or noise, or a day spent in the cold store, is asked of the work."""
    assert understander.understand(text, "J001").intents[:1] == ("duties",)


@pytest.mark.parametrize("text", ["大哥你们这工资多少", "成都的姐妹在吗 工资多少"])
def test_a_viewer_named_before_a_question_of_the_job_keeps_it(understander: Understander, text: str) -> None:
    """你们 is the employer's side, and a roll call followed by a question still asks it."""
    assert understander.understand(text, "J001").intents == ("pay",)
