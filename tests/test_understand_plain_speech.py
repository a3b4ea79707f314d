"""Plain speech of older workers from the north and of young workers typing fast: 多大要 asks the age
taken, 俺报一个 signs up, 电叉还是油叉 asks what the forklift runs on, a word read across two others
(工时 of 学生工时薪) asks nothing, and a name a job is called as written is that job's alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand import Understander
from catalog.load import load_catalog
from tests.conftest import domain_intents
from tests.test_answers import catalog_from_yaml

STUDENTS = """\
employers:
  - {id: kunda, name: 昆山昆达电子有限公司, aliases: [昆达], city: 昆山}
jobs:
  - id: S01
    number: 1
    employer: kunda
    title: 暑假工
    aliases: [学生工]
    pay: {min: 20, max: 22, unit: hour}
"""


def test_a_word_read_across_two_others_asks_nothing(tmp_path_factory: pytest.TempPathFactory) -> None:
    """学生工时薪好多 asks the hourly pay of the students' job: 工时 straddles 学生工 and 时薪."""
    understander = Understander(catalog_from_yaml(tmp_path_factory, "students", STUDENTS))
    assert understander.understand("学生工时薪好多", "S01").intents == ("pay",)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("多大的要啊", {"requirements"}),
        ("几岁收", {"requirements"}),
        ("中 俺报一个", {"apply"}),
        ("我也报一个吧", {"apply"}),
        ("是电叉还是油叉", {"duties"}),
        ("包装累不累 嘎嘎累吧", {"duties"}),  # 嘎嘎 is "very", no pet name
        ("我干过两年 够不够格啊", {"requirements"}),
        ("几点钟收工", {"hours"}),
        ("超过八个钟头怎么算", {"pay"}),  # 钟头 is an hour: the overtime rate
        ("能调班不", {"hours"}),
        ("修的是什么设备呀", {"duties"}),
        ("夜里几点钟就要起来做了", {"hours"}),
        ("技术员餐补多少", {"canteen"}),  # the meal allowance, not a skill's extra pay
        ("仓库冬天有暖气吗", {"duties"}),  # the warehouse, not the dorm
        ("地上滑不滑", {"duties"}),
        ("干满两个月补多少", {"pay"}),
        ("每个礼拜休不休息", {"hours"}),
        ("打磨一个月大概搞得到好多", {"pay"}),
        ("育儿嫂晚上几点能下班呀", {"hours"}),
        ("撒时候开始干", {"apply"}),
        ("几号开摘", {"apply"}),
        ("几号开工资", {"pay"}),  # paid, not starting work
        ("坐车的钱谁掏", {"location"}),
        ("早上那顿管不管", {"canteen"}),
        ("进去要隔离几天", {"hours"}),
        ("护理员是住在院里头不是，还是要自己在外头租房", {"dorm"}),  # 是 X 不是 closing a clause asks
        ("能不能跟我一块过去住啊 他在附近找个零活干干", {"dorm"}),  # 一块 is together; 干干 no pet name
        ("大人的饭要不要做，还是只管宝宝的", {"duties"}),  # the baby cared for, not the streamer
        ("有莫有五險", {"insurance"}),  # northwestern 莫 for 没, a traditional character
        ("买保险莫有", {"insurance"}),
        ("有电视莫 晚上莫事干", {"dorm"}),
        ("阿达上车 俄们是会宁的", {"location"}),  # 阿达 before where one boards: where
        ("要健康证 阿达办", {"requirements"}),
        ("早上几点起来上工", {"hours"}),
        ("钱撒时候给", {"pay"}),
        ("能带狗不", {"dorm"}),
        ("工价好多一颗", {"pay"}),  # Sichuan 好多 before a piece: how much
        ("有洗碗机没", {"duties"}),
        ("要自己带刀吗", {"duties"}),
        ("月嫂证在哪考啊", {"requirements"}),
        ("带的宝宝多大呀", {"duties"}),  # the baby one minds, not the streamer
        ("来了来了 今天有啥好活呀", {"jobs"}),
        ("小学毕业进得去不", {"requirements"}),
        ("酒驾过能不能去", {"requirements"}),
        ("做满两个月涨到24是吧", {"pay"}),
        ("做满两个月涨到好多", {"pay"}),
        ("熟手做得到7千不", {"pay"}),
        ("周末加班是不是两倍", {"hours", "pay"}),
        ("请问报名要交多少中介费啊，先问清楚", {"legitimacy"}),  # what applying costs, not how to apply
        ("面试要交钱吗", {"legitimacy"}),
        ("8号切配要不要学过厨师的", {"requirements"}),
        ("一天要开好久哦，眼睛遭得住不", {"hours"}),  # 要开好久: how long one drives
        ("喷漆有毒噻，有没得补贴嘛", {"pay"}),  # 噻 closing a clause with no question word asserts
        ("住阿达哩", {"dorm"}),
        ("能干好多天", {"hours"}),  # Sichuan 好多 after 能 and a doing: how many
        ("到站了能接一下不", {"location"}),  # met at the station
        ("有长沙滴别滴岗位吗", {"jobs"}),  # 滴 written for 的
        ("住车队里吗", {"dorm"}),
        ("2号叉车是电的不", {"duties"}),  # what the forklift runs on
        ("8号是自己车还是公司车", {"duties"}),  # whose car is driven, not the way there
        ("底薪到底好多", {"pay"}),  # Sichuan 好多 after 到底: how much
        ("手残党能学会不", {"prospects"}),  # whether one can learn it: the training
        ("上夜班给整口吃的不", {"canteen"}),  # 整口吃的: something to eat on the night shift
        ("俺B照能开不", {"requirements"}),  # a driving licence named by its class
    ],
)
def test_plain_speech_is_read(understander: Understander, text: str, intents: set[str]) -> None:
    """Each line gets exactly the intents it asks."""
    assert domain_intents(understander, text) == intents


@pytest.mark.parametrize(
    "text",
    [
        "报个价",
        "我报警了",
        "你家孩子多大要上学",
        "莫名其妙",
        "约莫有十个人",
        "喷漆有毒噻",
        "好多天没发工资了",
    ],
)
def test_words_alike_ask_nothing_of_the_job(understander: Understander, text: str) -> None:
    """A price quoted, the police called, a child's school age, 莫 that is no 没, a Sichuan assertion:
    no sign-up and no requirement."""
    assert not domain_intents(understander, text) & {"apply", "requirements"}


def test_a_name_one_job_is_called_by_is_that_jobs_alone() -> None:
    """司机 is the alias of the lorry driver; the forklift job called 叉车司机 does not share it."""
    catalog = load_catalog(Path(__file__).parent / "data" / "labelled" / "dev2_catalog.yaml")
    understander = Understander(catalog)
    driver = next(j.id for j in catalog.jobs if "司机" in j.aliases)
    other = next(j.id for j in catalog.jobs if j.id != driver)
    assert understander.understand("司机月薪多少", other).job == driver
    assert understander.understand("司机有没有五险", other).job == driver


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("报名3 3号包吃吗", ("apply", "canteen")),  # the command, and what the other clause asks
        ("报名3 宿舍", ("apply",)),  # a bare topic after a command asks nothing more
        ("报名3 有证", ("apply",)),  # what one holds is the application's own business
        ("9号报名 带身份证就行吗", ("apply",)),
    ],
)
def test_a_command_keeps_the_question_beside_it(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """An application command stays a command; a question in another clause is asked as well."""
    result = understander.understand(text, "J001")
    assert result.apply_command
    assert result.intents == intents


PLANT = """\
employers:
  - {id: chunqi, name: 长春春汽新能源汽车有限公司, aliases: [春汽], city: 长春}
jobs:
  - {id: C01, number: 1, employer: chunqi, title: 总装普工, aliases: [总装]}
  - {id: C02, number: 2, employer: chunqi, title: 仓库理货员}
"""


@pytest.mark.parametrize("text", ["累不累啊 比总装轻快不", "累不累 比起总装呢"])
def test_a_job_compared_with_is_not_the_job_asked(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    """比总装轻快不 with the stock clerk on screen asks about the stock clerk's work."""
    understander = Understander(catalog_from_yaml(tmp_path_factory, "plant", PLANT))
    assert understander.understand(text, "C02").job == "C02"


def test_learning_asked_after_telling_no_experience_asks_who_is_taken(understander: Understander) -> None:
    """学得会吗 after telling one never did the work asks whether a beginner is taken, not training."""
    found = domain_intents(understander, "我从来没进过制衣厂 学得会吗")
    assert "requirements" in found
    assert "prospects" not in found


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("礼拜天要是出车 给加钱不", {"pay"}),
        ("周末加班的话 有加班费吗", {"pay"}),
        ("要是上夜班 有补贴吗", {"pay"}),
        ("要是夜班 几点下班", {"hours"}),  # the one clause that asks keeps its topic
    ],
)
def test_a_condition_set_asks_nothing_of_its_own(
    understander: Understander, text: str, intents: set[str]
) -> None:
    """A clause that sets a condition (要是出车, 加班的话) asks nothing while another clause asks."""
    assert domain_intents(understander, text) == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("餐补一天多少 吃饭扣多少", {"canteen"}),  # the meals' subsidy per day, not the pay
        ("吃饭自己掏钱？餐补给多少", {"canteen"}),
        ("宿舍几个人住 扣钱不", {"dorm"}),  # what the dorm costs, asked in the next clause
        ("服务费一万五？签证下来才交？", {"legitimacy"}),  # a sum said after the fee it is
        ("住宿要几多钱一个月", {"dorm"}),  # a month's price in the dorm's own clause
        ("包吃吗 一个月多少钱", {"canteen", "pay"}),  # a month's sum is the pay
        ("宿舍免费吗 工资多少", {"dorm", "pay"}),
    ],
)
def test_a_price_asked_of_a_thing_is_that_things(
    understander: Understander, text: str, intents: set[str]
) -> None:
    """A price asked after a thing that has one (餐补, 宿舍, 服务费) asks that thing, not the pay."""
    assert domain_intents(understander, text) == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("有没有去沙特开塔吊的", {"jobs"}),  # a country one would go to is a search
        ("十二号多久能出国", {"apply"}),
        ("试机在哪试 郑州吗", {"apply"}),  # where the test of skill is taken
        ("班长咋当上", {"prospects"}),
        ("5点半就得起？", {"hours"}),
        ("三年回来能攒多少钱", {"pay"}),
        ("船厂电焊一个月能干多少", {"pay"}),  # what a month earns, not the work
        ("护照到了那边是不是收走", {"legitimacy"}),
        ("除夕要上班么", {"hours"}),
        ("必须干满一个月？？中途不能走？", {"requirements"}),
        ("那个主播我问一下 包住吗", {"dorm"}),  # the streamer called on to hear a question
        ("质检员要什么文凭", {"requirements"}),
        ("船上困几个人", {"dorm"}),  # Wu 困 is sleeping
        ("今天报今天能上不", {"apply"}),
        ("厨师周末阿休息啊", {"hours"}),  # Suzhou 阿 before a verb asks, as 可 does
        ("保安阿包吃啊", {"canteen"}),
        ("阿姨好", set()),
    ],
)
def test_words_of_work_abroad_and_of_holiday_work_are_read(
    understander: Understander, text: str, intents: set[str]
) -> None:
    """Work abroad (出国, 试机, 护照) and holiday work (除夕, 干满) are read in their topics."""
    assert domain_intents(understander, text) == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("冰箱厂人公几多呀", {"pay"}),  # what a plant makes is no dorm's fridge; 人公 is 人工, the wage
        ("粮期几号啊", {"pay"}),
        ("夜班宿舍有空调没", {"dorm"}),  # the night shift names whose dorm is asked
        ("夜班加班费算不算", {"pay"}),
        ("多少岁以内呀 我表姐28", {"requirements"}),  # a cousin told of is no streamer called
        ("要上夜班嘛 熬夜会长痘痘", {"hours"}),  # 痘痘 is no pet name
        ("入职要体检吗", {"requirements"}),  # when a medical is asked, not when one starts
        ("入职要带什么", {"apply"}),
        ("我36超了吗", {"requirements"}),
        ("可以穿自己的裙子上班嘛", {"duties"}),
        ("小孩能上学吗", set()),  # a child's schooling is none of the twelve topics
    ],
)
def test_words_of_home_speech_and_of_the_night_shift_are_read(
    understander: Understander, text: str, intents: set[str]
) -> None:
    """Cantonese and cute speech, a kin told of and a shift naming whose thing is asked."""
    assert domain_intents(understander, text) == intents


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("三十七了还要不要 马哥", {"requirements"}),  # the streamer called after the question
        ("你多大了 哥", set()),  # the streamer's own age
        ("晕船的能干不😂坐个筏子都吐", {"requirements"}),  # an emoji parts two clauses
        ("冷库里面好冷的吧", {"duties"}),
        ("消控室这个班是咋排的", {"hours"}),
        ("俺五十三 中控还收不", {"requirements"}),
        ("一日做几多只钟头", {"hours"}),  # Hakka 只 counts as 个 does
        ("系坐等做么", {"duties"}),  # Hakka 系 is 是
        ("面试穿哪样衣服", {"apply"}),  # what to wear to the interview, not at work
        ("不住宿舍补好多钱", {"dorm"}),  # the allowance for living out is the dorm's
    ],
)
def test_words_of_the_north_west_and_of_hakka_are_read(
    understander: Understander, text: str, intents: set[str]
) -> None:
    """Village speech of the north-west, Hakka and Shandong words, and the streamer called at the end."""
    assert domain_intents(understander, text) == intents
