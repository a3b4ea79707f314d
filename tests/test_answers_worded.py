"""Questions told the clause of the recruiter's own words that says what they ask: a thing read as
no topic that the job's texts write, a certificate written longer, a later clause of an FAQ's answer,
a station named, a garment or a time asked in everyday words."""

from __future__ import annotations

import pytest

from bot.answer.asked import Answerer
from bot.events import Feature
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.index import CatalogIndex
from catalog.models import Catalog
from tests.room_driver import T0, Driver
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: hongtu
    name: 宏图建设工程有限公司
    aliases: [宏图]
    city: 武汉
    direct_hire: true
    agency_fee: 0
jobs:
  - id: W01
    number: 1
    employer: hongtu
    title: 水电安装工
    pay:
      min: 350
      max: 450
      unit: day
      payday: 每月先发生活费1500元，尾款按项目进度结
      note: 点工每天350起，清包按平方算
    duties: {content: 水管电线安装, intensity: 一般, note: 自带扳手，电钻公司配}
    prospects: {path: 做满一年可以升班长，班长月薪7000以上}
    requirements: {other: [需自带扳手, 有登高作业证优先]}
  - id: W02
    number: 2
    employer: hongtu
    title: 资料员
    pay: {min: 5000, max: 6000, unit: month}
    faq:
      - {q: 培训要钱吗, a: 培训不收钱，签合同后不满一年离职要赔培训费2000元}
  - id: W03
    number: 3
    employer: hongtu
    title: 冻库搬运工
    pay: {min: 6000, max: 7000, unit: month}
    duties: {content: 冻品装卸, intensity: 较累, note: 零下20度，公司发棉大衣和棉鞋，库里有鱼腥味}
    dorm: {provided: 不包住, allowance: 外住补贴每月300元}
    location: {address: 武汉市汉阳区物流园, transport: 汉阳汽车站打车15分钟, pickup: 武昌站每天上午9点接站}
    apply: {how: 直播间发 报名3, start: 体检合格第二天上岗}
  - id: W04
    number: 4
    employer: hongtu
    title: 外墙电工
    pay: {min: 7000, max: 9000, unit: month}
    duties: {content: 楼道灯和外墙灯具安装, note: 有高空作业，要系安全带}
    location: {transport: 工地之间骑电动车，公司发车}
    prospects: {training: 无证可培训，公司出考证费}
    requirements: {other: [需持低压电工证]}
  - id: W14
    number: 14
    employer: hongtu
    title: 工地保洁
    pay: {min: 3500, max: 4000, unit: month, overtime: 加班按小时另算}
    canteen: {provided: 包吃, note: 夜班有夜宵}
    prospects: {path: 保洁员-领班, training: 入职培训7天，考保洁员证}
    insurance: {social: 超过六十岁的不买社保，公司只买意外险}
    requirements: {age_min: 18, age_max: 60, gender: 男女不限}
  - id: W15
    number: 15
    employer: hongtu
    title: 钢筋工
    pay: {min: 9000, max: 12000, unit: month, note: 前两个月各押半个月工资，第三个月一起发}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """One building job whose pay, tools and ranks are written in the recruiter's words."""
    return catalog_from_yaml(tmp_path_factory, "worded", CATALOGUE)


def _told(catalog: Catalog, question: str, state: list[str]) -> bool:
    """Whether one asker alone, under Bilibili's limits, is told one of the wanted words."""
    score = score_one(catalog, "W01", question, state)
    return score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [("清包咋算", ["按平方算"]), ("尾款什么时候给", ["项目进度"])],
)
def test_a_two_character_thing_asked_how_or_when_is_told_its_clause(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """清包咋算 and 尾款什么时候给 name one written thing each and ask how or when: its clause answers."""
    assert _told(catalog, question, state)


def test_two_texts_saying_the_same_clause_are_one_answer(catalog: Catalog) -> None:
    """扳手要自带吗, written both in the work's note and in the requirements, is told 自带扳手."""
    assert _told(catalog, "扳手要自带吗", ["自带扳手"])


def test_a_sum_asked_is_told_the_clause_giving_it(catalog: Catalog) -> None:
    """班长多少钱 of 做满一年可以升班长，班长月薪7000以上 is told the clause with the sum."""
    assert _told(catalog, "班长多少钱", ["7000"])


def test_a_certificate_asked_short_is_the_one_written_long(catalog: Catalog) -> None:
    """没有登高证行不 asks the 登高作业证 the requirements write."""
    assert _told(catalog, "没有登高证行不", ["登高作业证"])


def test_a_question_asking_more_than_the_faq_is_told_the_later_clause(catalog: Catalog) -> None:
    """培训费要赔吗 of 培训要钱吗 → 培训不收钱，签合同后…要赔培训费2000元: the clause on paying back,
    told without the job's number when only that way it fits."""
    score = score_one(catalog, "W02", "走了培训费要赔吗", ["2000"])
    assert score.stated_share == 1.0


def test_the_faqs_own_question_is_told_its_first_clause(catalog: Catalog) -> None:
    """培训要不要钱 asks what the FAQ asks: its first clause, the yes or no, answers it."""
    score = score_one(catalog, "W02", "培训要不要钱", ["不收钱"])
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("从武昌站怎么过去", ["武昌站每天上午9点接站"]),
        ("发不发棉袄", ["棉大衣"]),
        ("啥时候可以上岗", ["第二天上岗"]),
        ("住外头有补贴冇", ["300"]),
        ("有冇味", ["腥味"]),
    ],
)
def test_a_place_named_or_a_thing_said_in_everyday_words_is_told(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """从武昌站怎么过去 is told the pick-up at that station, not the way from another; 棉袄 is the
    棉大衣 handed out; 啥时候 asks as 什么时候 does; 住外头 is living out; 有冇味 asks the smell."""
    score = score_one(catalog, "W03", question, state)
    assert score.stated_share == 1.0


def test_a_fact_that_fits_only_without_the_jobs_number_is_told_whole(catalog: Catalog) -> None:
    """有没有保险 of 超过六十岁的不买社保，公司只买意外险 (too long with 14号 before it) is told whole,
    not cut to its first clause, which leaves the insurance bought unsaid."""
    score = score_one(catalog, "W14", "有没有保险", ["意外险"])
    assert score.stated_share == 1.0


def test_asked_facts_that_fit_only_without_the_jobs_number_are_told_whole(catalog: Catalog) -> None:
    """押工资么 of 前两个月各押半个月工资，第三个月一起发 is told whole without 15号, not with it
    and cut to its first clause, which leaves out that the wages held are paid."""
    score = score_one(catalog, "W15", "押工资么", ["前两个月各押半个月工资，第三个月一起发"])
    assert score.stated_share == 1.0


def test_a_word_of_three_written_as_two_is_found(catalog: Catalog) -> None:
    """夜宵费有没有, read as no topic, is told 夜班有夜宵: 夜宵费 is written 夜宵, and 费 asks nothing
    the clause does not say."""
    index = CatalogIndex(catalog)
    placed = Answerer(index).worded(index.by_id["W14"], "夜宵费有没有")
    assert placed is not None
    assert placed[1].lead[0].text == "夜班有夜宵"


def test_kin_spoken_for_does_not_ask_the_sex_when_an_age_is_told(catalog: Catalog) -> None:
    """俺闺女19了能进不 is told the ages taken: 闺女 names whom the asker speaks for."""
    score = score_one(catalog, "W14", "俺闺女19了能进不", ["18-60岁"])
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"), [("晚上加班给钱不", ["按小时另算"]), ("要考啥证", ["考保洁员证"])]
)
def test_overtime_paid_and_a_certificate_to_sit_are_asked_in_plain_words(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """加班给钱不 asks the overtime pay; 要考啥证 asks the training that leads to one."""
    score = score_one(catalog, "W14", question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("要爬高吗 恐高", ["高空作业"]),
        ("有电驴吗", ["电动车"]),
        ("骑电瓶车吗", ["电动车"]),
        ("木有证能去吗", ["无证可培训"]),
        ("电工证没有可以干不", ["无证可培训"]),
        ("要什么证", ["低压电工证"]),
    ],
)
def test_a_thing_under_another_name_or_a_certificate_lacked_is_told(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """爬高 finds 高空, 电驴 finds 电动车; one without the certificate is told the job trains them,
    one asking which certificate is told the certificate."""
    score = score_one(catalog, "W04", question, state)
    assert score.stated_share == 1.0


def test_an_answer_without_its_jobs_number_says_it_once_the_host_moves_on(catalog: Catalog) -> None:
    """押工资么 asked while 15号 is on screen waits for its turn; the host features 14号 before it goes
    out: the post names 15号 again, cut to its first clause, rather than leave the job unsaid."""
    on_screen = Driver(build_room(catalog, get_profile("bilibili")))
    on_screen.send(Feature(T0, "W15"), T0)
    on_screen.comment("c1", "u1", "观众", "押工资么", 0.5)
    on_screen.run_until(20)
    assert any(p.text.endswith("前两个月各押半个月工资，第三个月一起发") for p in on_screen.posts())
    moved = Driver(build_room(catalog, get_profile("bilibili")))
    moved.send(Feature(T0, "W15"), T0)
    moved.comment("c1", "u1", "观众", "押工资么", 0.5)
    moved.send(Feature(T0 + 0.6, "W14"), T0 + 0.6)
    moved.run_until(20)
    assert not any(p.text.endswith("前两个月各押半个月工资，第三个月一起发") for p in moved.posts())
    assert any("15号前两个月各押半个月工资" in p.text for p in moved.posts())
