"""Chat of live streams of every kind that reads like a job question (goods by the box, a hometown,
a shop of one's own, a pastime, someone's studies or whereabouts), each beside the job question it
must leave alone."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from tests.conftest import domain_intents as _domain


@pytest.mark.parametrize(
    "text",
    ["多少钱一盒", "多少钱一双", "一袋多少钱", "这奶茶多少钱一杯", "一平多少钱", "会员多少钱", "彩礼要多少"],
)
def test_goods_priced_by_their_measure_are_not_pay(understander: Understander, text: str) -> None:
    """A price by the box, pair, bag or square metre, or of a membership, is a price of goods."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["一件多少钱", "多少钱一个月", "一天多少钱", "夜班一晚多少钱"])
def test_what_a_piece_or_a_period_of_work_pays_stays_pay(understander: Understander, text: str) -> None:
    """A piece of work or a period of time priced asks what the job pays."""
    assert "pay" in _domain(understander, text)


@pytest.mark.parametrize("text", ["重庆哪里的", "四川哪里的", "你是湖南哪的", "广东哪里的呀", "苏州哪里人"])
def test_where_in_a_place_someone_comes_from_is_chat(understander: Understander, text: str) -> None:
    """A place then 哪里的 or 哪里人 asks where someone comes from."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["苏州哪里", "在苏州哪里", "厂在昆山哪里的"])
def test_where_in_a_city_the_job_is_stays_location(understander: Understander, text: str) -> None:
    """Where in a city, without 的 or with the workplace named, asks where the job is."""
    assert "location" in _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["要营业执照吧", "办营业执照要多少钱", "开店要多少钱", "加盟要多少钱", "在哪摆摊", "批发市场在哪"]
)
def test_a_business_of_ones_own_is_chat(understander: Understander, text: str) -> None:
    """A licence to get, a shop to open, a franchise or a stall is the viewer's own business."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["你们有营业执照吗", "营业执照有吗"])
def test_whether_the_recruiter_holds_a_licence_stays(understander: Understander, text: str) -> None:
    """Whether the employer or the recruiter holds a licence asks whether they are legitimate."""
    assert "legitimacy" in _domain(understander, text)


@pytest.mark.parametrize("text", ["干啥的？唱歌？", "做什么的 跳舞吗"])
def test_a_pastime_guessed_is_chat(understander: Understander, text: str) -> None:
    """What someone does, guessed as a show or a pastime, asks about a person."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["干啥的", "是干啥的 包汤圆吗哈哈"])
def test_what_the_work_is_stays_duties(understander: Understander, text: str) -> None:
    """What one does there, alone or guessed as a task, asks about the work."""
    assert "duties" in _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["啥专业啊?", "读的什么专业", "学的什么专业", "是大学生吗", "狗几岁了", "你女儿多大了"]
)
def test_someones_studies_or_family_are_chat(understander: Understander, text: str) -> None:
    """Someone's subject, whether they are a student, a pet's or a child's age: who they are."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["要什么专业", "化验员要什么专业", "大学生可以吗", "外地人?", "外地人可以吗"]
)
def test_what_the_job_takes_stays_requirements(understander: Understander, text: str) -> None:
    """What subject or who the job takes asks what it requires."""
    assert "requirements" in _domain(understander, text)


@pytest.mark.parametrize("text", ["外地人", "外地的", "本地人"])
def test_where_one_is_from_said_alone_is_told(understander: Understander, text: str) -> None:
    """外地人 alone, without a question mark, tells who one is, as 学生 alone does."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["现在在哪", "在哪里玩", "哪里的风景", "擦哪边", "在吃什么", "坐地铁会中暑的？"]
)
def test_someones_whereabouts_and_doings_are_chat(understander: Understander, text: str) -> None:
    """Where someone is now or plays, a view, which side to wipe, what they eat, heat on the way."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("在哪上班", "location"),
        ("厂在哪", "location"),
        ("食堂吃什么", "canteen"),
        ("中午在哪吃饭", "canteen"),
    ],
)
def test_where_the_job_is_and_what_it_serves_stay(understander: Understander, text: str, intent: str) -> None:
    """Where the work is and what the canteen serves ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["【还有吗】", "【应该不难吧】"])
def test_the_streamers_words_relayed_in_brackets_are_chat(understander: Understander, text: str) -> None:
    """A line wholly in 【】 relays what the streamer said (a live transcript), it asks nothing."""
    result = understander.understand(text, "J001")
    assert not result.intents
    assert not result.question


@pytest.mark.parametrize(
    "text",
    [
        "40岁能穿吗",
        "孕妇可以吃吗",
        "适合多大年纪",
        "多少钱包邮",
        "偏远地区包邮吗",
        "两件多少钱",
        "粉丝有福利吗",
    ],
)
def test_goods_fit_shipped_or_given_away_are_chat(understander: Understander, text: str) -> None:
    """Whether goods suit someone, what shipping costs, a bundle's price and gifts to fans are shopping."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("50岁能干吗", "requirements"),
        ("这工作适合多大年纪的", "requirements"),
        ("有什么福利", "pay"),
        ("新人有福利吗", "pay"),
        ("上班能玩手机吗", "duties"),
    ],
)
def test_who_may_work_and_the_jobs_benefits_stay(understander: Understander, text: str, intent: str) -> None:
    """Whether someone may do the work, the job's benefits and what is allowed at work stay questions."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text",
    ["用的什么化妆品", "美甲多少钱", "纹身疼吗", "吃什么减肥", "老公在哪上班", "对象干啥的", "钓鱼要钱吗"],
)
def test_looks_family_and_pastimes_are_chat(understander: Understander, text: str) -> None:
    """Someone's looks, their family's work and what a pastime costs are their own life."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("可以做美甲吗", "requirements"), ("有纹身能进吗", "requirements"), ("要化妆吗", "requirements")],
)
def test_whether_looks_are_allowed_at_work_stays(understander: Understander, text: str, intent: str) -> None:
    """Whether nails, tattoos or make-up are allowed asks what the job requires."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text",
    [
        "喵哥几点下班",
        "乌龟哥做什么工作的",
        "老李头在哪上班",
        "宝宝几点下班",
        "美女住哪里",
        "家人们几点下班",
        "大哥在哪上班",
    ],
)
def test_someone_named_right_before_their_own_day_is_chat(understander: Understander, text: str) -> None:
    """A nickname, a fond word or the viewers right before their own hours, work or home ask about them."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("宝 包住吗", "dorm"),
        ("主播 几点上班", "hours"),
        ("你们几点下班", "hours"),
        ("保洁阿姨住哪里", "dorm"),
    ],
)
def test_a_job_question_put_to_someone_stays(understander: Understander, text: str, intent: str) -> None:
    """A space after the name, the employer's side or a job's title keep the job question."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["公会收钱吗", "签公会要钱吗", "一个音浪多少钱", "主播培训多少钱", "唱歌要钱吗"]
)
def test_streaming_as_a_trade_is_chat(understander: Understander, text: str) -> None:
    """What streaming costs or earns (a guild, the platform's coins, a course) is not a job's."""
    assert not _domain(understander, text)


@pytest.mark.parametrize("text", ["大专", "初中", "高中"])
def test_a_school_level_said_alone_is_told(understander: Understander, text: str) -> None:
    """A school level alone, without a question mark, answers 学历? or tells; 大专? asks."""
    assert not _domain(understander, text)
    assert "requirements" in _domain(understander, text + "?")


@pytest.mark.parametrize(
    "text", ["护士工资多少", "医生一个月多少", "公务员工资高吗", "学校食堂怎么样", "挂号多少钱"]
)
def test_posts_of_the_state_school_and_hospital_are_chat(understander: Understander, text: str) -> None:
    """What a nurse or a civil servant earns, a school's canteen, a hospital's fee: no job offered."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("跟着老师傅能学到修模技术吗？", "prospects"),
        ("退伍军人有没有加钱 我当过兵", "pay"),
        ("食堂好吃吗", "canteen"),
        ("老师你好我想问一下这个能日结不", "pay"),  # the streamer greeted as 老师, no teacher's pay
        ("老师 这个能日结不", "pay"),
    ],
)
def test_a_master_a_veteran_and_the_canteen_stay(understander: Understander, text: str, intent: str) -> None:
    """A master who teaches, a veteran's bonus, the canteen and a question put to the streamer called
    老师 ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize(
    "text", ["鞋多少钱", "那个包多少钱", "项链多少钱", "车多少钱", "黑色的多少钱", "大宁吃饭的地方很多吗"]
)
def test_a_thing_priced_or_a_towns_eateries_are_chat(understander: Understander, text: str) -> None:
    """A shoe, a bag, a jewel or a car priced and nothing else, or how many places to eat a town has."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("叉车多少钱", "pay"),
        ("这个活多少钱", "pay"),
        ("夜班的多少钱", "pay"),
        ("吃饭的地方在哪", "canteen"),
        ("附近吃饭的地方多吗", "canteen"),
    ],
)
def test_a_jobs_pay_and_its_place_to_eat_stay(understander: Understander, text: str, intent: str) -> None:
    """A title or the work priced, and where the job's meals are, ask about the job."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["你们俩住哪", "你们两个在哪上班", "你们两口子一个月挣多少", "你们几个住哪"])
def test_people_counted_with_you_are_chat(understander: Understander, text: str) -> None:
    """你们俩, 你们两口子, 你们几个 count the people on stream: their own life, not the employer's side."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("你们几个人一间宿舍", "dorm"), ("你们俩那个厂在哪", "location"), ("你们几点下班", "hours")],
)
def test_you_of_the_employer_or_its_rooms_stays(understander: Understander, text: str, intent: str) -> None:
    """How many share a room, a workplace named or 你们 alone keep the job question."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["几点吃的饭", "在哪吃的", "上班多久了"])
def test_what_someone_has_done_is_chat(understander: Understander, text: str) -> None:
    """When or where something was done, or how long it has gone on, is someone's past."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("几点吃饭", "canteen"),
        ("食堂几点吃的饭", "canteen"),
        ("转正要多久", "prospects"),
        ("多久发工资", "pay"),
    ],
)
def test_when_the_job_does_things_stays(understander: Understander, text: str, intent: str) -> None:
    """When meals are, how long until a step of the job, or the canteen named keep the job question."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["住哪里宝", "几点下班啊哥", "一个月挣多少啊姐"])
def test_someones_own_day_with_a_fond_word_closing_is_chat(understander: Understander, text: str) -> None:
    """Where someone lives or when they finish, asked with 宝 or 哥 closing the line, asks the person."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"), [("几点上班 宝", "hours"), ("包住吗宝", "dorm"), ("工资多少啊姐", "pay")]
)
def test_a_job_question_closed_by_a_fond_word_stays(
    understander: Understander, text: str, intent: str
) -> None:
    """After a space, or asking what the job gives, the fond word only addresses the recruiter."""
    assert intent in _domain(understander, text)


@pytest.mark.parametrize("text", ["辞职了吗", "被骗了吗", "签合同了吗", "怀孕了吗"])
def test_what_has_happened_to_someone_is_chat(understander: Understander, text: str) -> None:
    """Whether someone has quit, been cheated, signed or fallen pregnant by now is their life."""
    assert not _domain(understander, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("怀孕可以吗", "requirements"), ("要签合同吗", "legitimacy"), ("离职了能拿工资吗", "pay")],
)
def test_what_the_job_allows_or_signs_stays(understander: Understander, text: str, intent: str) -> None:
    """Whether the job takes someone pregnant, signs a contract or pays after leaving stays a question."""
    assert intent in _domain(understander, text)
