"""Questions of food-plant workers, many in Henan speech: a bearing asked with the cold (能扛住不)
is told the cold; an overtime rate written only with the hours is still the rate; pregnancy and
fainting at blood are requirements the recruiter's list answers; a skill named in Latin letters
(PLC) is told by the requirement naming it; what one may take home is the FAQ's answer."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: heyuan
    name: 漯河禾源食品有限公司
    aliases: [禾源]
    city: 漯河
jobs:
  - id: F01
    number: 1
    employer: heyuan
    title: 冷库理货员
    duties: {content: 冷库里理货、贴标、码托盘}
    faq:
      - {q: 冷库冷不冷, a: 零下20度，每干50分钟出来暖和10分钟，发棉大衣}
  - id: F02
    number: 2
    employer: heyuan
    title: 化验员
    pay: {min: 4200, max: 5200, unit: month, payday: 每月18号}
    hours: {shift: 长白班, note: 忙季周日加班，加班按2倍算}
  - id: F03
    number: 3
    employer: heyuan
    title: 牛肉分割工
    requirements: {age_min: 18, age_max: 48, other: [不晕血, 不招孕妇, 能在8度车间干活]}
  - id: F04
    number: 4
    employer: heyuan
    title: 设备维修工
    requirements: {experience: 两年以上设备维修经验, other: [持电工证, 懂PLC优先]}
  - id: F05
    number: 5
    employer: heyuan
    title: 汤圆包装工
    dorm: {provided: true, room: 6人间, amenities: [空调, WiFi, 热水]}
    faq:
      - {q: 汤圆能带回家吗, a: 每月发一箱员工汤圆}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Five food-plant jobs written as a recruiter in Henan would write them."""
    return catalog_from_yaml(tmp_path_factory, "food", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("F01", "冷库里多少度啊 能扛住不", ["零下20度"]),  # bearing it is the asker's to judge
        ("F02", "周日加班咋算钱", ["2倍"]),  # the rate written with the hours
        ("F03", "怀孕了能去不", ["不招孕妇"]),
        ("F03", "看见血头晕中不中[捂脸]", ["不晕血"]),
        ("F04", "PLC不会中不中", ["懂PLC"]),  # the requirement naming the skill, not the years
        ("F05", "汤圆能往家拿不🤣", ["一箱"]),  # the FAQ asked in other words
        ("F05", "宿舍有wifi木", ["WiFi"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


SHIFTS = """\
employers:
  - id: heyuan
    name: 漯河禾源食品有限公司
    aliases: [禾源]
    city: 漯河
    faq:
      - {q: 厂里有宝妈班吗, a: 有，8号包装工就是宝妈班，下午3点半下班}
jobs:
  - id: F06
    number: 6
    employer: heyuan
    title: 火腿肠生产线普工
    dorm: {provided: true, room: 6人间, amenities: [空调, 热水器]}
"""


@pytest.fixture(scope="module")
def shifts(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A line worker whose dorm has no distance written, at a plant whose FAQ tells of a mothers' shift."""
    return catalog_from_yaml(tmp_path_factory, "shifts", SHIFTS)


@pytest.mark.parametrize("question", ["宿舍离车间远不远", "宿舍远不远"])
def test_a_question_of_the_plant_is_no_answer_of_the_dorm(shifts: Catalog, question: str) -> None:
    """An FAQ asking of a shift at the plant (厂里有宝妈班吗) does not tell how far the dorm is: the
    question goes to the host."""
    assert score_one(shifts, "F06", question, None).silent_share == 1.0


def test_a_first_clause_asking_whether_there_is_a_thing_is_answered(shifts: Catalog) -> None:
    """有冇空调 夏天怕热: the thing asked of the job, whatever the viewer tells after it."""
    assert score_one(shifts, "F06", "有冇空调 夏天怕热", ["空调"]).stated_share == 1.0


BUTCHERS = """\
employers:
  - {id: heyuan, name: 漯河禾源食品有限公司, aliases: [禾源], city: 漯河}
jobs:
  - id: F01
    number: 1
    employer: heyuan
    title: 猪肉分割工
    pay: {min: 7000, max: 11000, unit: month, base: 2200元/月, note: 按公斤计件，熟手月入过万}
    dorm: {provided: true, room: 6人间, fee: 0, couples: 有夫妻房需排队}
"""


def test_wages_asked_for_a_husband_are_told_the_wages(tmp_path_factory: pytest.TempPathFactory) -> None:
    """帮我老公问一下 … 他以前在老家帮人杀过猪，这个工资是怎么算的: what the husband did is told, the wages
    are asked; neither the husband nor his home asks for a couples' room."""
    catalog = catalog_from_yaml(tmp_path_factory, "butchers", BUTCHERS)
    question = "主播你好，帮我老公问一下1号分割工，他以前在老家帮人杀过猪，这个公资是怎么算的啊🙏"
    assert score_one(catalog, "F01", question, ["7000"]).stated_share == 1.0


COLD_STORE = """\
employers:
  - {id: jiangxian, name: 武汉江鲜冷链物流有限公司, aliases: [江鲜], city: 武汉}
jobs:
  - id: F08
    number: 8
    employer: jiangxian
    title: 宝妈包装工
    apply: {start: 面试完第二天上班}
  - id: F09
    number: 9
    employer: jiangxian
    title: 冷库装卸工
    hours: {shift: 夜班, note: 晚上8点到早上6点}
    apply: {start: 当天就能上班}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("F09", "9号是晚上上班吗", ["晚上8点"]),  # working at night: the hours
        ("F09", "去了当天就能做吗", ["当天就能上班"]),  # starting the same day
        ("F08", "面试过了多暂能上班", ["第二天"]),  # 多暂: when, in Shandong and the north-east
    ],
)
def test_when_the_work_is_and_when_it_starts_are_told(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """Night work and the day one may start, asked in everyday words, are told as written."""
    catalog = catalog_from_yaml(tmp_path_factory, "cold_store", COLD_STORE)
    assert score_one(catalog, featured, question, state).stated_share == 1.0
