"""Questions as middle-aged viewers and parents say them: dialect words, who the asker speaks for
before the question, and searches by city told with the jobs' titles."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: yunfeng
    name: 云峰建材有限公司
    aliases: [云峰]
    city: 成都
    direct_hire: false
    agency_fee: 0
    faq:
      - {q: 派遣公司是哪家, a: 蜀才人力资源公司，工资由蜀才发}
  - id: beiyang
    name: 北洋冷链物流有限公司
    aliases: [北洋]
    city: 兰州
    direct_hire: true
    agency_fee: 0
  - id: haixin
    name: 海信储能科技有限公司
    aliases: [海信储能]
    city: 宁德
    direct_hire: true
    agency_fee: 0
    faq:
      - {q: 厂里多少人, a: 全厂3000人左右}
jobs:
  - id: N01
    number: 4
    employer: haixin
    title: 咖啡店员
    pay: {min: 4000, max: 5000, unit: month}
    dorm: {provided: 包住, room: 4人间, couples: 有夫妻房，需排队}
    duties: {content: 做咖啡、收银, note: 每天做80到100个}
    prospects: {path: 店员-领班-店长, note: 店长月薪9000以上}
    requirements: {other: [要有食品证，没有的公司带考，考证费300元自己出]}
    location: {pickup: 宁德站每天上午9点接站}
    faq:
      - {q: 要会做咖啡吗, a: 不用，有人教}
      - {q: 搬的东西重吗, a: 一箱不超过15斤}
      - {q: 工服要钱吗, a: 工服押金50元，离职退还}
  - id: N02
    number: 5
    employer: haixin
    title: 电芯检测员
    pay: {min: 6000, max: 7000, unit: month, note: 年终奖一个月工资，干满三个月返费500元}
    duties: {content: 电芯外观检测, note: 要会用卡尺，新人有师傅教}
    prospects: {training: 入职后考电工操作证，公司报销}
    requirements: {other: [有电工证优先]}
  - id: N03
    number: 6
    employer: haixin
    title: 快递分拣员
    pay: {min: 5000, max: 8000, unit: piece, note: 每单0.8到1.2元，双十一每单加0.2元}
  - id: N04
    number: 7
    employer: haixin
    title: 外卖骑手
    aliases: [骑手]
    pay: {min: 6000, max: 11000, unit: piece}
    hours: {daily: 10, note: 跑多少单自己定}
  - id: Y01
    number: 1
    employer: yunfeng
    title: 瓷砖搬运工
    pay: {min: 6000, max: 8000, unit: month, payday: 每月18号, overtime: 平时1.5倍, note: 法定节假日3倍工资}
    hours: {shift: 白班, daily: 9, rest: 月休4天}
    duties: {content: 瓷砖装车卸车, intensity: 较累, note: 一箱瓷砖最重30公斤，仓库冬天零下5度}
    dorm: {provided: 包住, distance: 厂外公寓，坐班车20分钟, room: 6人间, fee: 0}
    canteen: {provided: true, meals: 2, cost: 0, subsidy: 夜班每天餐补10元}
    requirements: {age_min: 18, age_max: 50, education: 初中及以上, gender: 男, other: [无恐高症]}
    location: {transport: 成都东站坐地铁2号线}
  - id: Y02
    number: 2
    employer: yunfeng
    title: 质检员
    pay: {min: 5000, max: 6000, unit: month}
    requirements: {age_min: 18, age_max: 40, education: 高中及以上, gender: 男女不限}
    dorm: {provided: 不包住, allowance: 每月房补200元}
    duties: {content: 抽检瓷砖, intensity: 一般, note: 要搬样品箱}
    faq:
      - {q: 夫妻能一起去吗, a: 可以一起来，安排同一个车间}
  - id: B01
    number: 3
    employer: beiyang
    title: 冷库叉车司机
    pay: {min: 7000, max: 9000, unit: month}
    requirements: {other: [必须有叉车证]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Two employers in two cities, written for these tests."""
    return catalog_from_yaml(tmp_path_factory, "spoken", CATALOGUE)


def _told(catalog: Catalog, job: str, question: str, state: list[str]) -> bool:
    """Whether one asker alone, under Bilibili's limits, is told one of the wanted words."""
    score = score_one(catalog, job, question, state)
    return score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("宿舍离厂子有好远", ["坐班车20分钟"]),
        ("一箱瓷砖有好重", ["30公斤"]),
        ("冒得宿舍吗", ["包住"]),
        ("额想问下么子时候发工资", ["18号"]),
    ],
)
def test_dialect_words_ask_what_they_stand_for(catalog: Catalog, question: str, state: list[str]) -> None:
    """Sichuan 有好远 / 有好重, Hunan 冒得 and 么子, Shaanxi 额 are read as 多远, 多重, 没有, 什么, 我."""
    assert _told(catalog, "Y01", question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("Y02", "俺闺女想来 要啥学历", ["高中"]),
        ("Y01", "俺儿子想出来打工 一个月能落好多", ["6000"]),
        ("Y01", "我老伴想来 一天干几个钟", ["9"]),
    ],
)
def test_who_the_asker_speaks_for_is_no_fact_asked(
    catalog: Catalog, job: str, question: str, state: list[str]
) -> None:
    """A clause telling who the question is for (俺闺女想来) is not read as asking the gender or as
    words the catalogue lacks: the clause in the form of a question is answered."""
    assert _told(catalog, job, question, state)


def test_a_city_search_names_the_work_when_it_fits(catalog: Catalog) -> None:
    """有没有兰州的活 is told the job's title with its number, even with no room left for a name."""
    score = score_one(catalog, "Y01", "有没有兰州的活", ["冷库叉车司机"])
    assert score.stated_share == 1.0


def test_a_city_search_keeps_every_job_found(catalog: Catalog) -> None:
    """When the titles of every job found fit, all of them are told, none left out for a name."""
    score = score_one(catalog, "B01", "成都有什么活", ["1号"])
    assert score.outcomes[0].posts
    post = score.outcomes[0].posts[0]
    assert "1号" in post
    assert "2号" in post


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("宁德站有人接吗", ["宁德站每天上午9点接站"]),
        ("一天要做几个", ["每天做80到100个"]),
        ("当店长一个月多少", ["店长月薪9000以上"]),
        ("考证费谁出", ["考证费300元自己出"]),
        ("不会做咖啡能干吗", ["有人教"]),
    ],
)
def test_facts_written_where_another_topic_keeps_them(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """A city of several jobs with one on screen, a count of work per day, a rank's wage in the
    prospects, a certificate's cost in the requirements: each is told the fact that gives it."""
    assert _told(catalog, "N01", question, state)


@pytest.mark.parametrize("question", ["夫妻房要排多久", "咖啡店有公积金吗"])
def test_no_neighbour_told_for_what_is_not_written(catalog: Catalog, question: str) -> None:
    """How long the wait is where only 需排队 is written, and an FAQ sharing only the job's name
    (要会做咖啡吗 for 咖啡店有公积金吗): the asker gets no post."""
    score = score_one(catalog, "N01", question, None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("Y01", "宿舍几人间 绷不住了", ["6人间"]),
        ("Y01", "jb费咋算 xswl", ["1.5倍"]),
        ("Y01", "节假日有加班费吗", ["法定节假日3倍工资"]),
        ("Y01", "派遣公司叫啥", ["蜀才人力"]),
        ("N01", "箱子重不重啊", ["不超过15斤"]),
        ("N02", "电工证没有公司给考吗", ["考电工操作证"]),
    ],
)
def test_slang_and_the_recruiters_own_words(
    catalog: Catalog, job: str, question: str, state: list[str]
) -> None:
    """A reaction beside a question (绷不住, xswl) asks nothing; jb费 is 加班费; the holidays' rate,
    an FAQ asked in other words, and the company's exam of a certificate written as 电工操作证 are told."""
    assert _told(catalog, job, question, state)


@pytest.mark.parametrize(("job", "question"), [("Y01", "没证公司带考吗"), ("Y01", "成都东站有接的吗")])
def test_no_search_or_requirement_for_what_is_not_written(catalog: Catalog, job: str, question: str) -> None:
    """Whether the company gets one a certificate where no exam is written, and a pick-up at a city's
    station where none is written: no post (not the certificate required, not the jobs of the city)."""
    score = score_one(catalog, job, question, None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("Y01", "阿拉想问问工资几钿一个月", ["6000"]),
        ("Y01", "搬运工一日做几耐", ["9"]),
        ("Y01", "恐高能干不", ["无恐高症"]),
        ("B01", "开叉车的没证中不中", ["必须有叉车证"]),
        ("B01", "叉车司机冇得证能干不", ["必须有叉车证"]),
        ("Y02", "娃儿想去 不包住有补贴没得", ["每月房补200元"]),
        ("Y02", "俺两口子能一块去不", ["可以一起来"]),
    ],
)
def test_more_ways_of_saying_it(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """Wu 几钿, Cantonese 一日 and 几耐, Hunan 冇得, 恐高, a certificate asked after 的 or the job's
    title, the allowance where no dorm is given, and 两口子 for an FAQ on 夫妻 are each told."""
    assert _told(catalog, job, question, state)


@pytest.mark.parametrize("question", ["夜班有补贴吗 还是只有餐补", "夜班有补贴吗 宿舍几个人"])
def test_a_line_whose_first_question_is_not_written_goes_to_the_host(catalog: Catalog, question: str) -> None:
    """Two questions in one line whose first the catalogue lacks (a night allowance; the meal
    allowance is another thing): no post, not the second question's fact as if it answered."""
    score = score_one(catalog, "Y01", question, None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [("宿舍几个人 夜班有补贴吗", ["6人间"]), ("工资几号发 年终奖有没有", ["18号"])],
)
def test_the_first_question_of_a_line_is_told(catalog: Catalog, question: str, state: list[str]) -> None:
    """A line's first question is told its fact though a later one asks what is not written (the
    year-end bonus in a later clause does not make the payday asked the bonus's)."""
    assert _told(catalog, "Y01", question, state)


def test_a_figure_asked_is_told_up_to_a_clause_before_a_fact_without_one(catalog: Catalog) -> None:
    """一单多少 where the piece rate and its clause do not fit 20 characters together: the rate's
    clause (每单0.8到1.2元) is told, not the bare 计件."""
    assert _told(catalog, "N03", "一单多少", ["每单0.8到1.2元"])


def test_what_is_carried_tells_how_heavy_where_no_weight_is_written(catalog: Catalog) -> None:
    """搬东西重吗 where the duties say what is carried and no weight: that, not the effort in general."""
    assert _told(catalog, "Y02", "搬东西重吗", ["要搬样品箱"])


def test_a_job_likened_to_is_not_the_one_asked(catalog: Catalog) -> None:
    """有年终奖吗 跟5号一样不 asks the job on screen (which has none written), not 5号's bonus."""
    score = score_one(catalog, "N01", "有年终奖吗 跟5号一样不", None)
    assert score.silent_share == 1.0


def test_a_line_of_no_topic_is_told_the_clause_holding_its_words(catalog: Catalog) -> None:
    """不会用卡尺咋整, read as no topic, is told the one clause of the job's texts holding 卡尺."""
    assert _told(catalog, "N02", "不会用卡尺咋整", ["要会用卡尺"])


def test_a_question_word_beside_a_verb_is_no_word_written(catalog: Catalog) -> None:
    """骑手一个月能跑多少钱, where the hours say 跑多少单自己定: 跑多少 asks, it is no word the pay lacks."""
    assert _told(catalog, "N04", "骑手一个月能跑多少钱", ["6000"])


def test_voice_input_joins_two_questions_with_words(catalog: Catalog) -> None:
    """宿舍是几个人住的然后有没有空调: 然后 ends the first question, which is told (the room)."""
    assert _told(catalog, "Y01", "我想问一下宿舍是几个人住的然后有没有空调啊", ["6人间"])


def test_a_voice_line_whose_first_question_is_not_written_gets_no_post(catalog: Catalog) -> None:
    """夜班有补贴吗然后宿舍几个人 where no night allowance is written: no post for the room alone."""
    score = score_one(catalog, "Y01", "夜班有补贴吗然后宿舍几个人", None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("N01", "有押金吗", ["工服押金50元"]),
        ("Y01", "住哪里", ["厂外公寓"]),
        ("Y02", "住哪里", ["不包住"]),
    ],
)
def test_a_deposit_and_where_one_sleeps(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """A deposit asked is the one the job's texts name, not the agency's fee; 住哪里 is told where
    the dorm is, or that there is none."""
    assert _told(catalog, job, question, state)


def test_an_either_or_question_neither_of_whose_ways_is_written_gets_no_post(catalog: Catalog) -> None:
    """返费是打卡还是给现金 where the catalogue says only how much and when: no post."""
    score = score_one(catalog, "N02", "返费是打卡还是给现金", None)
    assert score.silent_share == 1.0


def test_an_either_or_question_one_of_whose_ways_is_written_is_told(catalog: Catalog) -> None:
    """返费是干满才给还是入职就给 where 干满三个月 is written: told it."""
    assert _told(catalog, "N02", "返费是干满才给还是入职就给", ["干满三个月返费500元"])


def test_how_cold_is_asked_of_the_work(catalog: Catalog) -> None:
    """仓库有多冷啊 asks the temperature of the work: told the clause giving it."""
    assert _told(catalog, "Y01", "我儿子想去 仓库有多冷啊", ["零下5度"])


def test_an_employers_own_faq_is_told_with_another_job_on_screen(catalog: Catalog) -> None:
    """海信储能那个厂多少人 with a job of another employer on screen is told that employer's answer."""
    assert _told(catalog, "Y01", "海信储能那个厂多少人", ["全厂3000人左右"])
