"""Talk to the streamer and about the stream: chat of live streams of every kind, each rule beside
the job question it must leave alone."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from bot.understand.result import INTENTS
from tests.conftest import domain_intents as _domain


@pytest.mark.parametrize(
    "text",
    [
        "你几点下班",
        "你学的什么专业",
        "主播你一个月挣多少",
        "你明天休息吗",
        "你上班累吗",
        "你有纹身吗",
        "那你是大专吗",
    ],
)
def test_the_streamers_own_life_is_chat(understander: Understander, text: str) -> None:
    """A question with 你 as its subject asks the streamer about their own day or life."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("你们几点下班", "hours"),
        ("你这边包住吗", "dorm"),
        ("你说的工资是到手吗", "pay"),
        ("你那个厂在哪", "location"),
        ("主播 这个厂在哪", "location"),
        ("你包吃住吗", "dorm"),
        ("你要身份证吗", "requirements"),
        ("你有宿舍吗", "dorm"),
        ("你是中介吧", "legitimacy"),
        ("你几号发工资", "pay"),
        ("你一天管几顿饭", "canteen"),
    ],
)
def test_the_employers_side_put_to_the_streamer_stays_a_job_question(
    understander: Understander, text: str, intent: str
) -> None:
    """你们, 你这边, 你说的, what an employer gives (你包吃住吗, 你几号发工资) and who recruits stay job
    questions."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["衣服多少钱", "耳机多少钱", "这件衣服多少钱"])
def test_the_price_of_goods_is_not_pay(understander: Understander, text: str) -> None:
    """多少钱 said of goods named first (a shopping stream) asks a price, not what a job pays."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["这个活多少钱", "普工多少钱", "一件多少钱", "一个月多少钱", "多少钱"])
def test_how_much_work_pays_stays_pay(understander: Understander, text: str) -> None:
    """多少钱 of work, a job, a piece or a period, or alone, asks the pay."""
    assert "pay" in _domain(understander, text)


@pytest.mark.parametrize("text", ["女孩纸有啥不可以", "这有什么不好", "有什么不行的"])
def test_a_rhetorical_why_not_is_chat(understander: Understander, text: str) -> None:
    """有啥不可以 says "why not", it asks nothing."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"), [("女生有什么不可以吗", "requirements"), ("有啥不能干的吗", "jobs")]
)
def test_asking_what_is_not_allowed_stays_a_question(
    understander: Understander, text: str, intent: str
) -> None:
    """Asking what is not allowed, or going on with 吗, still asks."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["宝要染头发吗", "染发吗宝"])
def test_a_fan_calling_the_streamer_bao_talks_to_them(understander: Understander, text: str) -> None:
    """宝 addresses the streamer as a person: what they do with their hair is theirs."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("可以染发吗", "requirements"), ("宝 包住吗", "dorm"), ("宝妈可以干吗", "requirements")],
)
def test_a_question_of_the_job_with_bao_stays(understander: Understander, text: str, intent: str) -> None:
    """Without 宝, or with a strong topic word, or 宝妈 (a viewer), the job question stays."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["主播学的什么专业", "主播明天休息吗", "姐姐几点下班", "姐你一个月挣多少"])
def test_the_streamer_named_right_before_their_own_day_is_chat(understander: Understander, text: str) -> None:
    """主播, 姐姐 … right before what they do or are asks about the streamer, as 你 does."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("主播 几点上班", "hours"),
        ("主播 工资真的有7000吗", "pay"),
        ("主播有宿舍吗", "dorm"),
        ("主播是中介吧", "legitimacy"),
    ],
)
def test_the_streamer_addressed_before_a_job_question_keeps_it(
    understander: Understander, text: str, intent: str
) -> None:
    """主播 then a space, what an employer gives, or who recruits: the job question stays."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["今天吃的什么", "吃啥了", "在干啥", "你在干啥呢"])
def test_someones_meal_of_the_day_and_what_they_are_doing_are_chat(
    understander: Understander, text: str
) -> None:
    """A meal of one day (今天吃的什么, 吃啥了) and 在干啥 ask about someone, not the canteen or the work."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("中午在哪吃饭", "canteen"), ("食堂今天吃什么", "canteen"), ("平时吃的什么", "canteen")],
)
def test_meals_of_the_job_stay_canteen(understander: Understander, text: str, intent: str) -> None:
    """Where or what one eats at work, or what the canteen serves today, asks about the canteen."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["怎么就累了，不行啊这体力", "嘉然怎么一直站外边", "为啥给你加班了", "为什么工资这么低"]
)
def test_how_come_is_chat(understander: Understander, text: str) -> None:
    """怎么就…, 为什么这么…, 为啥…了: wondering or complaining about what is so, not a question of the job."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("为啥还要交钱", "legitimacy"),
        ("怎么还要体检", "requirements"),
        ("怎么去厂里", "location"),
        ("为什么要体检", "requirements"),
    ],
)
def test_why_something_is_needed_stays_a_question(understander: Understander, text: str, intent: str) -> None:
    """Why something is needed (为啥还要交钱) or how to get there still asks about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("吃饭要不要钱", ("canteen",)),
        ("宿舍要不要钱", ("dorm",)),
        ("培训要不要钱", ("prospects",)),
        ("你们那吃饭怎么弄的是食堂吗要不要钱", ("canteen",)),
    ],
)
def test_whether_a_topic_costs_money_asks_about_that_topic(
    understander: Understander, text: str, intents: tuple[str, ...]
) -> None:
    """要不要钱 said of the canteen, the dorm or the training asks what that costs, as 要钱吗 does."""
    assert understander.understand(text, "J001").intents == intents


@pytest.mark.parametrize("text", ["要不要钱", "报名要不要钱", "收不收钱"])
def test_whether_applying_costs_money_is_legitimacy(understander: Understander, text: str) -> None:
    """要不要钱 alone or of applying asks whether the recruiting takes a fee."""
    assert "legitimacy" in _domain(understander, text)


@pytest.mark.parametrize("text", ["大哥你几点下班", "兄弟你一个月挣多少", "宝贝你几点睡"])
def test_the_streamer_called_by_a_kin_word_then_you_is_chat(understander: Understander, text: str) -> None:
    """大哥, 兄弟, 宝贝 … before 你 address the streamer as a person, as 主播 does."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["今天休息吗", "明天休息吗", "今天加班吗", "今天累不累"])
def test_the_hours_or_work_of_one_day_are_chat(understander: Understander, text: str) -> None:
    """The hours or the work of one particular day (今天加班吗) ask about someone's day."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("明天工厂放假吗", "hours"),
        ("周末休息吗", "hours"),
        ("今天干明天能拿钱不", "pay"),
        ("明天能去面试吗", "apply"),
    ],
)
def test_a_day_of_the_job_stays_a_job_question(understander: Understander, text: str, intent: str) -> None:
    """A day of the workplace, a weekly rest, pay or applying on a day still ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["3号链接多少钱", "5号宝贝多少钱", "2号色号多少钱", "直播一天能挣多少"])
def test_goods_by_number_and_streaming_as_a_trade_are_no_job(understander: Understander, text: str) -> None:
    """N号链接, N号宝贝 name goods, not job N; what streaming earns is not a job's pay."""
    result = understander.understand(text, "J001")
    assert not set(result.intents) & set(INTENTS)
    assert result.job is None


@pytest.mark.parametrize(
    ("text", "intent", "job"),
    [
        ("3号多少钱", "pay", "J003"),
        ("直播间说的工资是真的吗", "pay", "J001"),
        ("直播间的岗位都包住吗", "dorm", "J001"),
    ],
)
def test_a_job_by_number_or_the_streams_words_stay_job_questions(
    understander: Understander, text: str, intent: str, job: str
) -> None:
    """N号 alone is job N; what the stream said about the pay or the jobs is asked of them."""
    result = understander.understand(text, "J001")
    assert intent in result.intents
    assert result.job == job


@pytest.mark.parametrize(
    "text", ["孕妇能用吗", "学生党能用吗", "身高160体重120穿什么码", "多大码", "今天有什么福利"]
)
def test_who_may_use_goods_their_size_and_the_days_gifts_are_chat(
    understander: Understander, text: str
) -> None:
    """Who may use a product, what size to wear and the day's gifts of a stream are shopping talk."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("临时身份证能用吗", "requirements"), ("女生可以干吗", "requirements"), ("有什么福利", "pay")],
)
def test_who_may_do_the_job_and_its_benefits_stay_questions(
    understander: Understander, text: str, intent: str
) -> None:
    """Whether a paper is accepted, who may do the work and the job's benefits still ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["多少钱买的", "一个月花多少钱", "一晚多少钱", "怎么去的", "哪个学校毕业的"])
def test_a_price_paid_a_trip_made_and_a_school_are_chat(understander: Understander, text: str) -> None:
    """What something cost, how someone got somewhere and their school ask nothing of the job."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("夜班一晚上多少钱", "pay"),
        ("一个月到手多少钱", "pay"),
        ("厂里怎么去", "location"),
        ("怎么去", "location"),
        ("在哪个学校", "location"),
    ],
)
def test_a_shifts_pay_and_the_way_there_stay_questions(
    understander: Understander, text: str, intent: str
) -> None:
    """A night shift's pay, the pay in hand, the way to the workplace and where it is still ask."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text",
    [
        "他随手就是几千块的礼物",
        "几百块钱的耳机说坏就坏",
        "？我还以为涨工资了",
        "看我下个月挣多少",
        "回头看看有没有福利",
        "咋可能干十几个小时",
        "不可能一天休息几次吧",
    ],
)
def test_several_hundred_a_puzzled_mark_and_asides_ask_nothing(understander: Understander, text: str) -> None:
    """几百 said on, a ? that only opens the line, 看我, 回头看看 and 咋可能 tell rather than ask."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("一个月能拿几千", "pay"),
        ("几千一个月", "pay"),
        ("工资几千啊", "pay"),
        ("？工资多少", "pay"),
        ("我在想包不包住", "dorm"),
        ("先看看包不包住", "dorm"),
    ],
)
def test_how_many_thousand_and_a_question_after_a_mark_still_ask(
    understander: Understander, text: str, intent: str
) -> None:
    """几千 closing its clause or before a period asks the pay; a question after an opening ? still asks."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text",
    [
        "他是不是叫福利哥",
        "有成都冷吗",
        "被伤害了还笑得出来吗",
        "他不是挣了一万吗",
        "你俩连的是一个wifi吗",
        "这是真的假的啊",
        "这是干嘛",
        "要那么多金币干啥",
        "哪所中专毕业的",
        "早饭吃的什么",
        "他是做什么的",
        "她在哪上班",
        "多少钱一斤",
        "一公斤多少钱",
        "苹果一斤多少钱",
        "郑州冬天冷不冷",
        "谁知道烟台冬天冷不冷",
        "我有车吗",
        "谁有车",
        "多少钱一个手办",
        "几号发货",
        "在哪能买到",
        "明天还播吗",
        "周末播不播",
        "干嘛呢",
        "吃啥好呢",
        "几岁了",
        "放假了吗",
        "周末去哪玩",
        "孩子几岁",
    ],
)
def test_names_goods_a_third_person_and_the_stream_are_chat(understander: Understander, text: str) -> None:
    """A name after 叫, how a place is, money someone made, goods by their measure, shipping, a third
    person's life, the stream's schedule, someone's plans, meal or age ask nothing of the job."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("有杭州萧山的吗", "jobs"),
        ("有苏州的吗", "jobs"),
        ("对眼睛有伤害吗", "duties"),
        ("上个月拿了多少工资", "pay"),
        ("宿舍有wifi吗", "dorm"),
        ("wifi免费吗", "dorm"),
        ("这个是干啥的", "duties"),
        ("一箱多少钱", "pay"),
        ("几号发工资", "pay"),
        ("他能去吗", "requirements"),
        ("他们厂包住吗", "dorm"),
        ("周末休息吗", "hours"),
        ("放假吗", "hours"),
        ("食堂晚饭吃的啥", "canteen"),
        ("我儿子18岁能去吗", "requirements"),
    ],
)
def test_the_same_shapes_about_the_job_stay_job_questions(
    understander: Understander, text: str, intent: str
) -> None:
    """A place wished for, the work's harm, the pay of a month, the dorm's wifi, a piece rate, whether
    someone may go, a weekly rest and the canteen's meal still ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text",
    [
        "老6在哪",
        "99在哪呢",
        "大哥在哪发财",
        "做啥生意的",
        "在哪钓的",
        "这个怎么做的",
        "工资发了吗",
        "空调开了吗",
        "挣钱了吗",
        "你们公会在哪",
    ],
)
def test_nicknames_trades_past_doings_and_what_has_happened_are_chat(
    understander: Understander, text: str
) -> None:
    """A nickname of digits, someone's trade, where or how something was done, whether someone's pay
    or a rest has come by now and a streamers' guild ask nothing of the job."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("3号在哪", "location"),
        ("双十一是不是很忙", "hours"),
        ("在哪上班的", "location"),
        ("宿舍里装空调了吗", "dorm"),
        ("入职就交社保了吗", "insurance"),
        ("招满了吗", "jobs"),
        ("我老公会开叉车他能去吗", "requirements"),
    ],
)
def test_a_job_number_a_busy_season_and_the_dorm_by_now_stay_job_questions(
    understander: Understander, text: str, intent: str
) -> None:
    """A job's number, a busy season, where the work is, the dorm's fittings by now, insurance from
    the start and whether the jobs are filled still ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["上麦要钱吗", "进群要钱吗", "加粉丝团要钱吗", "点歌要不要钱"])
def test_the_fee_of_a_doing_of_the_stream_is_chat(understander: Understander, text: str) -> None:
    """What joining a group, going on the mic or asking for a song costs is not a recruiting fee."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("要钱吗", "legitimacy"),
        ("你们这要钱吗", "legitimacy"),
        ("工服要钱吗", "legitimacy"),
        ("进厂要钱吗", "legitimacy"),
        ("有没有什么隐形收费", "legitimacy"),
    ],
)
def test_a_fee_of_getting_or_doing_the_job_stays_legitimacy(
    understander: Understander, text: str, intent: str
) -> None:
    """A fee alone, the employer's, the uniform's, going into the factory's or a hidden one is legitimacy."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("开车上班吗", None),
        ("骑电动车上班吗", None),
        ("坐地铁能到吗", "location"),
        ("有班车上班吗", "location"),
    ],
)
def test_how_someone_goes_to_work_is_chat_how_one_gets_there_is_not(
    understander: Understander, text: str, intent: str | None
) -> None:
    """Whether someone drives or rides to work is their day; whether the metro or a bus gets there asks."""
    assert _domain(understander, text) == ({intent} if intent else set())
