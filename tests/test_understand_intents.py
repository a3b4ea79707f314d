"""Intents of messy danmaku on the seed catalogue: the traps a live stream is full of."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("宿社几人间", ("dorm",)),
        ("薪資多少", ("pay",)),
        ("gz多少", ("pay",)),
        ("bcbz吗", ("dorm", "canteen")),
        ("bc吗", ("canteen",)),
        ("发薪日", ("pay",)),
        ("要健康正吗", ("requirements",)),
        ("三号工资？？？", ("pay",)),
        ("工资工资工资", ("pay",)),
        ("包吃住吗💰", ("dorm", "canteen")),
        ("华辰质检多少钱", ("pay",)),
        ("无锡那个厂包住不", ("dorm",)),
        ("昆山仁宝累不累", ("duties",)),
        ("包吃住吗", ("dorm", "canteen")),
        ("工资多少包住吗", ("pay", "dorm")),
        ("包住？", ("dorm",)),
        ("包不包住", ("dorm",)),
        ("五险一金", ("insurance",)),
        ("工资", ("pay",)),
        ("3号宿舍远吗", ("dorm",)),
        ("几点上班", ("hours",)),
        ("累不累", ("duties",)),
        ("有培训吗", ("prospects",)),
        ("厂在哪里", ("location",)),
        ("年龄要求多少", ("requirements",)),
        ("怎么报名", ("apply",)),
        ("正规吗", ("legitimacy",)),
        ("有中介费吗", ("legitimacy",)),
        ("食唐饭菜好吃吗", ("canteen",)),
        ("包 吃 住 吗", ("dorm", "canteen")),
        ("主播哪里人?", ("other",)),
        ("在么", ("other",)),
        ("多久调一次薪", ("prospects",)),
        ("饭多少钱", ("canteen",)),
        ("包住吗 多少钱", ("dorm",)),
        ("有夫妻房吗 多少钱", ("dorm",)),
        ("包住吗 工资多少", ("dorm", "pay")),
        ("女生能干3号吗", ("requirements",)),
        ("能去3号吗", ("apply",)),
        ("卫校毕业的能去吗", ("requirements",)),
        ("我会PLC 能去不", ("requirements",)),
        ("3号收女工吗", ("requirements",)),
        ("收女工吗", ("jobs",)),
        ("健康证使唔使自己办", ("requirements",)),
        ("外边住有补贴没", ("dorm",)),
        ("4号一天派几多件", ("duties",)),
        ("丢件要赔吗", ("pay",)),
        ("华辰要女工吗", ("requirements",)),
        ("可以做两个月就走吗", ("requirements",)),
        ("24小时班是不是不睡觉", ("hours",)),
        ("以后能做到啥子位置", ("prospects",)),
        ("一个月修几天啊", ("hours",)),
        ("zsf多少", ("dorm",)),
        ("坐轻轨咋个去", ("location",)),
        ("站到做还是坐到做", ("duties",)),
        ("我老公46我44 要得不", ("requirements",)),
        ("要轮岗好久", ("prospects",)),
        ("两个人是一个班不", ("hours",)),
        ("最少做几天", ("apply", "requirements")),
        ("要做好久才能走啊", ("requirements",)),
        ("做到几月", ("requirements",)),
        ("加班另外算不", ("pay",)),
        ("过节上班怎么算", ("pay",)),
        ("干得好能转管家吗", ("prospects",)),
        ("几点去面", ("apply",)),
        ("北京过去方便吗", ("location",)),
        ("要做满多少天", ("requirements",)),
        ("一个钟好多", ("pay",)),
        ("洗碗阿姨要好大年纪的", ("requirements",)),
        ("淡季能挣多少", ("pay",)),
        ("有川菜没 吃不惯广东的", ("canteen",)),
        ("上山下山方便吗", ("location",)),
        ("和同学一起可以吗", ("apply",)),
        ("社保好久买", ("insurance",)),
        ("冲床夹到手厂里赔不", ("insurance",)),
        ("轻轨能坐拢不", ("location",)),
        ("洗碗阿姨要几大", ("requirements",)),
        ("有吃的没", ("canteen",)),
        ("厂在哪个旮旯", ("location",)),
        ("押金能退吗", ("legitimacy",)),
        ("招多少人", ("apply",)),
        ("晚上要起来不", ("duties",)),
        ("刮风下雨干不干", ("hours",)),
        ("血压高能去不", ("requirements",)),
        ("点工还是包工啊师傅", ("pay",)),
        ("以后能自己带队不", ("prospects",)),
        ("12月10号以后还能去吗", ("apply",)),
        ("钢筋班组多少一吨", ("pay",)),
        ("要不要垫资", ("legitimacy",)),
        ("进度款几号给", ("pay",)),
        ("工期赶不赶", ("hours",)),
        ("早上几点到", ("hours",)),
        ("要接屎接尿吗", ("duties",)),
        ("哪个医院啊", ("location",)),
        ("一个人陪几个病人", ("duties",)),
        ("几天能上户", ("apply",)),
        ("钱是雇主给吗", ("pay",)),
        ("汉口的店还是武昌的店", ("location",)),
        ("员工能吃虾不", ("canteen",)),
        ("洗虾手会烂吗", ("duties",)),
        ("雇主家几口人", ("other",)),
        ("夜班有吃的没", ("canteen",)),
        ("不休给补钱吗", ("pay",)),
        ("18号发？", ("pay",)),
        ("住一晚多少钱", ("dorm",)),
        ("几号开始", ("apply",)),
        ("今晚可以直接开工吗", ("apply",)),
        ("n1证可以吗", ("requirements",)),
        ("坐着的吗", ("duties",)),
        ("花臂能进吗", ("requirements",)),
        ("8号仓管要咩学历", ("requirements",)),
        ("坐地铁点去", ("location",)),
        ("夜班定白班", ("hours",)),
        ("住宿离车间远吗", ("dorm",)),
        ("宿舍在哪 远不远", ("dorm",)),
        ("水电另外算吗", ("dorm",)),
        ("两班倒定长白", ("hours",)),
        ("社保点买", ("insurance",)),
        ("今晚去得唔得 即刻上班", ("apply",)),
        ("几天结一次钱", ("pay",)),
        ("一天跑多久", ("hours",)),
        ("55还要吗", ("requirements",)),
        ("学拉面收学费吗", ("legitimacy",)),
        ("有站点吗", ("location",)),
        ("美女四川哪里的", ("other",)),
        ("嘎哈呢 8号有年终奖不", ("pay",)),
        ("女孩能学拉面不", ("requirements", "prospects")),
        ("要招多少人", ("apply",)),
        ("有影无？真的能拿8千", ("pay",)),
        ("身上有钢板能进吗", ("requirements",)),
        ("要家长签字吗", ("requirements",)),
        ("这个坐着吗 腰不好", ("duties",)),
        ("工资按怎算", ("pay",)),
        ("中途没钱了能借不", ("pay",)),
        ("摘棉花一斤多少钱", ("pay",)),
        ("钱是干完给还是月月给", ("pay",)),
        ("晚上冷不 有电热毯没", ("dorm",)),
        ("几号发车", ("apply",)),
        ("拣菜按啥算", ("pay",)),
        ("老两口能去不", ("requirements",)),
        ("有保显没有", ("insurance",)),
        ("不会种花咋整", ("prospects", "requirements")),
        ("冬天冷不冷", ("duties",)),
        ("2号巡逻的冬天冷不冷啊 贼冷吧", ("duties",)),
        ("宿舍冬天冷不冷", ("dorm",)),
        ("饭咋整", ("canteen",)),
        ("工资咋算哩", ("pay",)),
        ("中不中 女哩能送不", ("requirements",)),
        ("流水咋分", ("pay",)),
        ("保底多少啊主播", ("pay",)),
        ("7月中旬还能进吗", ("apply",)),
        ("钱是打给学校还是给我", ("pay",)),
        ("最少实习多久", ("requirements",)),
        ("毕业能留下吗", ("prospects",)),
        ("保底好多", ("pay",)),
        ("剪线的公资好多", ("pay",)),
        ("么时候能入职", ("apply",)),
        ("一天要搞好久", ("hours",)),
        ("淡季有冇得货做", ("hours",)),
        ("来织里哪个接我", ("location",)),
        ("湖州站哪天接", ("location",)),
        ("一个月做得到多少", ("pay",)),
        ("从商丘走有车没", ("location",)),
        ("郑州有车不", ("location",)),
        ("值班管饭吗", ("canteen",)),
    ],
)
def test_questions(understander: Understander, text: str, intents: tuple[str, ...]) -> None:
    """Each question gets exactly its intents, primary first."""
    result = understander.understand(text, "J001")
    assert result.intents == intents
    assert result.question


@pytest.mark.parametrize(
    "text",
    [
        "666",
        "夜班补贴才几个钱",
        "@阿强 你识唔识开叉车",
        "嘎哈呢都",
        "晓得伐 我姐就在金华做拣货",
        "飞扬嘅夜宵都几好食",
        "工资又没发 这都几号了",
        "照顾老人不容易 谁干谁知道",
        "来了来了",
        "主播好",
        "绷不住了",
        "蚌埠住了",
        "哈哈哈",
        "我在昆山",
        "两班倒太累了",
        "宿舍真不错",
        "工资太低了吧",
        "去年在这干过",
        "前排",
        "打卡",
        "晚上好",
        "好家伙",
        "啊这",
        "笑死",
        "😂😂😂",
        "[doge]",
        "？？？",
        "扣1",
        "1",
        "11111",
        "扣2",
        "食堂一般",
        "报名了",
        "主播吃饭了吗",
        "主播几岁",
        "干什么都行",
        "没有，我近视",
        "DIO爷今天吃面包了吗支持了1个铃铛",
        "/{dx/{dx/{dx",
        "这女的谁演的",
        "这是什么电影",
        "月薪3000买什么价位的车",
        "这一天吃什么",
        "洗车洗到手脱皮 谁懂",
        "谁懂 工厂的宿舍真的好挤",
        "sb",
        "SSS",
        "一顿操作",
    ],
)
def test_chatter_gets_no_domain_intent(understander: Understander, text: str) -> None:
    """Chatter, statements and poll votes get no domain intent (and so no public answer)."""
    assert not set(understander.understand(text, "J001").intents) - {"other"}


@pytest.mark.parametrize(
    ("text", "job"),
    [("报名3", "J003"), ("我要报名三号", "J003"), ("报3", "J003"), ("3号报名", "J003"), ("报名 7", "J007")],
)
def test_application_command(understander: Understander, text: str, job: str) -> None:
    """报名N and its variants are the application command for job N."""
    result = understander.understand(text, "J001")
    assert result.intents == ("apply",)
    assert result.apply_command
    assert result.job == job


def test_how_to_apply_is_not_a_command(understander: Understander) -> None:
    """怎么报名 asks about applying; it applies to nothing."""
    result = understander.understand("怎么报名", "J001")
    assert result.intents == ("apply",)
    assert not result.apply_command


def test_command_for_a_missing_job(understander: Understander) -> None:
    """报名99 is a command for a job that does not exist: no job, never the featured one."""
    result = understander.understand("报名99", "J001")
    assert result.apply_command
    assert result.job is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("我15岁", 15),
        ("今年15", 15),
        ("15岁能报名吗", 15),
        ("我今年十六岁能干吗", 16),
        ("叉车工俺50整还要不", 50),  # years told even
        ("俺今年虚岁六十了还要不要", 60),  # years counted the old way
        ("虚岁55能去吗", 55),
    ],
)
def test_stated_age(understander: Understander, text: str, age: int) -> None:
    """An age the viewer gives about themself is read, for the under-16 rule."""
    assert understander.understand(text, "J001").age == age


def test_age_question_is_about_requirements(understander: Understander) -> None:
    """15岁能报名吗 asks about the requirements first."""
    assert understander.understand("15岁能报名吗", "J001").intents[0] == "requirements"


@pytest.mark.parametrize(
    ("text", "job"), [("看看3号", "J003"), ("3号详情", "J003"), ("介绍下3号", "J003"), ("看下十二号", "J012")]
)
def test_card_requests(understander: Understander, text: str, job: str) -> None:
    """看看3号 and its variants ask for the job's card."""
    result = understander.understand(text, "J001")
    assert result.intents == ("jobs",)
    assert result.card
    assert result.job == job


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("有苏州的吗", "city"),
        ("有长白班的吗", "day_shift"),
        ("有没有坐着的", "seated"),
        ("有没有坐着干的", "seated"),
        ("有包吃住的厂吗", "board"),
        ("有没有包住的", "lodging"),
        ("有没有管饭的", "meals"),
        ("有轻松的吗", "easy"),
        ("有夫妻房的吗", "couples"),
        ("有不用倒班的吗", "day_shift"),
    ],
)
def test_searches_filter_the_catalogue(understander: Understander, text: str, check: str) -> None:
    """A search is a `jobs` question whose found jobs all meet the wish."""
    from bot.understand import search

    result = understander.understand(text, "J001")
    assert result.intents == ("jobs",)
    assert result.job is None
    assert 0 < len(result.found) <= search.MAX_FOUND
    index = understander.index
    predicate = {
        "day_shift": search.is_day_shift,
        "seated": search.is_seated,
        "board": search.has_board,
        "lodging": search.has_lodging,
        "meals": search.has_meals,
        "easy": search.is_easy,
        "couples": search.has_couples_room,
    }
    for job_id in result.found:
        job = index.by_id[job_id]
        if check == "city":
            assert index.city_of(job) == "苏州"
        else:
            assert predicate[check](job), job_id


@pytest.mark.parametrize(
    "text",
    [
        "有没有苏州的活 不想去外地",  # the clause after only tells why
        "有没有苏州的活 太远了不去",
        "有无苏州个工",  # Min 个 for 的
    ],
)
def test_a_place_wished_for_is_searched_whatever_the_reason_told(
    understander: Understander, text: str
) -> None:
    """有没有苏州的活 不想去外地 searches Suzhou's jobs; the reason told asks nothing more."""
    result = understander.understand(text, "J001")
    assert result.intents == ("jobs",)
    assert result.found
    assert all(understander.index.city_of(understander.index.by_id[j]) == "苏州" for j in result.found)


@pytest.mark.parametrize("text", ["有没有苏州的 工资多少", "苏州吃的辣 我吃不惯 有面食没"])
def test_a_place_beside_a_question_of_the_job_is_no_search(understander: Understander, text: str) -> None:
    """有没有苏州的 工资多少 asks the pay, 苏州吃的辣 … 有面食没 the canteen: a search needs the place's own
    clause to ask nothing else and the clauses after it only to tell why."""
    assert "jobs" not in understander.understand(text, "J001").intents


def test_high_pay_search_is_sorted(understander: Understander) -> None:
    """有没有工资高一点的 lists the best-paid jobs first."""
    from bot.understand.search import monthly_estimate

    result = understander.understand("有没有工资高一点的", None)
    assert result.intents == ("jobs",)
    pays = [monthly_estimate(understander.index.by_id[j]) or 0.0 for j in result.found]
    assert pays == sorted(pays, reverse=True)
    assert len(pays) > 1


def test_unknown_title_search_finds_nothing(understander: Understander) -> None:
    """还要焊工吗 asks for a job the catalogue does not have: a search with nothing found."""
    result = understander.understand("还要焊工吗", "J001")
    assert result.intents == ("jobs",)
    assert result.found == ()


def test_confidences_match_intents(understander: Understander) -> None:
    """Each intent carries a confidence between 0 and 1."""
    result = understander.understand("工资多少包住吗", "J001")
    assert len(result.confidence) == len(result.intents)
    assert all(0 < c <= 1 for c in result.confidence)


def test_identical_comments_are_cached(understander: Understander) -> None:
    """The same comment twice gives equal results, each with its own text."""
    a = understander.understand("工资多少", "J001")
    b = understander.understand("工资多少", "J001")
    c = understander.understand("工资多少？", "J001")
    assert a == b
    assert c.text == "工资多少？"
    assert c.intents == a.intents


@pytest.mark.parametrize("text", ["几号上班", "哪天上班啊", "几号入职"])
def test_the_start_date_asks_about_applying(understander: Understander, text: str) -> None:
    """几号上班, 哪天上班 ask when one can start: applying, as 什么时候上班 does."""
    assert understander.understand(text, "J001").intents == ("apply",)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("是长白班吧不用上夜班吧", ("hours",)),
        ("这个是三班倒吧要上夜班啊", ("hours",)),
        ("41岁超了吧", ("requirements",)),
        ("俺都50了超龄了吧", ("requirements",)),
        ("搬货累死了吧", ("duties",)),
        ("宿舍热死了吧", ("dorm",)),
    ],
)
def test_a_guess_closed_by_ba_asks_to_be_confirmed(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """A guess closed by 吧, run on into the next clause or of one's age or how hard the work is, asks."""
    result = understander.understand(text, "J001")
    assert result.question
    assert result.intents == intents


@pytest.mark.parametrize("text", ["热死了吧", "主播很累吧", "今天热死了吧", "8人间也太挤了吧", "去网吧玩不"])
def test_a_ba_of_sympathy_weather_or_a_word_asks_nothing_of_the_job(
    understander: Understander, text: str
) -> None:
    """How hot today is, how tired the streamer is, an exclamation or 网吧 asks nothing of the job."""
    assert not {i for i in understander.understand(text, "J001").intents} - {"other"}


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("男孩要不", ("requirements",)),
        ("女的收不", ("requirements",)),
        ("学生招不", ("requirements",)),
        ("这个是整啥的啊俺一点不懂", ("duties",)),
        ("一个月能整多少钱", ("pay",)),
        ("下大雨停工了咋整还给钱不", ("pay",)),
    ],
)
def test_northeastern_speech_and_who_is_taken(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """整 as doing and earning, 咋整 as what to do, and 男孩要不 asking who is taken."""
    result = understander.understand(text, "J001")
    assert result.question
    assert result.intents == intents


def test_whether_a_phone_may_be_taken_in_asks_the_work(understander: Understander) -> None:
    """手机能带进去不 asks what the work allows, not nothing."""
    assert understander.understand("手机能带进去不", "J001").intents == ("duties",)
