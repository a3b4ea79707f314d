"""Questions about a plant's job told the fact they ask in the recruiter's own words: a discount on
probation pay, when pay is raised, a body implant or a guardian's consent in the requirements, an
FAQ asked with another word for its thing, the work checked, a share of the housing fund not
written; and a farm job's cold, meals, couples and children asked in its workers' words."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: xinneng
    name: 鑫能电池科技有限公司
    aliases: [鑫能]
    city: 宁德
    direct_hire: false
    agency_fee: 0
    faq:
      - {q: 劳务公司是哪家, a: 宁德汇才人力资源公司，合同跟汇才签}
      - {q: 收不收学生工, a: 不收学生工，只招社会工}
      - {q: 员工买电动车有优惠吗, a: 有内部价，转正后申请}
jobs:
  - id: P01
    number: 1
    employer: xinneng
    title: 电芯检测员
    pay:
      min: 5800
      max: 7800
      unit: month
      payday: 每月18号
      note: 试用期工资打八折，转正后全额
    hours: {shift: 两班倒, daily: 8, rest: 做六休一}
    duties: {content: 检查电芯外观和电压，贴标签, posture: 站班}
    prospects: {path: 操作工-检测员-组长, note: 每年7月调薪一次}
    insurance: {social: 入职就买五险, housing_fund: 有公积金}
    requirements:
      age_min: 18
      age_max: 40
      other: [体内不能有金属植入物, 未满18岁要带监护人同意书]
  - id: P02
    number: 2
    employer: xinneng
    title: 摘茶工
    pay: {min: 150, max: 260, unit: day, payday: 采完一季结清，中途可以借支, note: 按斤算，一斤鲜叶4元}
    duties: {content: 手工采茶, note: 山上早晚凉，雨衣厂里发}
    dorm: {provided: 包住, room: 6人间, amenities: [电热毯, 热水]}
    canteen: {provided: 包午饭, note: 早晚自己做，有灶台，午饭天天有肉}
    requirements: {age_min: 18, age_max: 65, other: [老人和夫妻都收]}
    faq:
      - {q: 能带孩子吗, a: 宿舍能带，茶园不让进}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """One battery-plant job whose pay, requirements and FAQs are written in the recruiter's words."""
    return catalog_from_yaml(tmp_path_factory, "plant", CATALOGUE)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("试用期工资打折吗", ["八折"]),
        ("一年调几次工资", ["7月"]),
        ("多久调一次工资", ["7月"]),
        ("腿里有钢板能进吗", ["金属植入物"]),
        ("要家长签字吗", ["监护人同意书"]),
        ("劳务公司是哪个", ["汇才"]),
        ("鑫能收不收暑假工", ["不收学生工"]),
        ("员工买电动车便宜吗", ["内部价"]),
        ("检测员具体查什么", ["电压"]),
        ("八小时工作制吗", ["8小时"]),
    ],
)
def test_the_fact_asked_is_told_from_the_recruiters_words(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """Each question is told the one text that answers it, found under the words it was asked in."""
    score = score_one(catalog, "P01", question, state)
    assert score.stated_share == 1.0


def test_a_share_of_the_housing_fund_is_missing_where_only_its_being_is_written(catalog: Catalog) -> None:
    """公积金交几个点 of 有公积金: the share is not written, so the bot stays silent."""
    score = score_one(catalog, "P01", "公积金交几个点", None)
    assert score.silent_share == 1.0


def test_a_pair_across_a_word_put_for_another_finds_nothing(catalog: Catalog) -> None:
    """厂子给不给发工作鞋: 鞋 read as 工鞋 makes 作工, which is no word asked: 操作工-… is not told."""
    score = score_one(catalog, "P01", "厂子给不给发工作鞋", None)
    assert score.silent_share == 1.0


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("山上冷不冷", ["凉"]),
        ("中午有肉没", ["有肉"]),
        ("早饭晚饭咋吃", ["早晚自己做"]),
        ("老两口能去不", ["老人和夫妻都收"]),
        ("能带孙子去吗", ["宿舍能带"]),
        ("晚上冷 有电热毯没", ["电热毯"]),
        ("一天能挣多少 我手快", ["150", "260"]),
        ("中途没钱了能借不", ["借支"]),
    ],
)
def test_a_farm_job_is_told_in_the_words_its_workers_ask(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """Cold told by 凉, meat by 有肉, the old couple by 夫妻, a grandchild by the FAQ on children, and
    a clause telling of oneself (我手快) left out of what is asked."""
    score = score_one(catalog, "P02", question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize("question", ["摘茶一斤多少钱", "摘茶咋算钱"])
def test_a_piece_rate_under_twenty_characters_keeps_its_price(catalog: Catalog, question: str) -> None:
    """Under Bilibili's 20 characters a piece rate is told by its price (一斤鲜叶4元), not the day's range."""
    score = score_one(catalog, "P02", question, ["4元"])
    assert score.stated_share == 1.0
