"""Questions of guards, doormen and shop staff: 开支 is the Northeast's payday, 可有 asks whether
there is; someone called by name first (老周) asks nothing; 宿舍钱 is the dorm's fee; a dorm inside
the estate is its distance; money to live on paid weekly answers 能借支吗 where nothing says 借支;
the blocks one cleans are the quota; an allowance asked of a place (冷冻区) is told by the text
paying extra there, and not living in answers with the allowance for living out."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: hengan
    name: 沈阳恒安物业管理有限公司
    aliases: [恒安物业]
    city: 沈阳
  - id: youjia
    name: 合肥优佳超市有限公司
    aliases: [优佳超市]
    city: 合肥
jobs:
  - id: G01
    number: 1
    employer: hengan
    title: 小区保安
    pay: {min: 4200, max: 4800, unit: month, payday: 每月18号, note: 每周五可以预领生活费300元}
    dorm: {provided: true, fee: 每月150元, note: 宿舍在恒安花园小区内}
  - id: G02
    number: 2
    employer: hengan
    title: 楼道保洁
    duties: {content: 一个人负责3到4栋楼的楼道和电梯}
  - id: G03
    number: 3
    employer: youjia
    title: 仓库拣货员
    pay: {min: 5000, max: 6500, unit: month}
    dorm: {provided: true, couples: 有夫妻房，需排队, allowance: 不住宿每月补贴250元}
    duties: {note: 有冷冻区，进冷冻区每小时加3元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A property company in Shenyang and a supermarket's warehouse in Hefei."""
    return catalog_from_yaml(tmp_path_factory, "guards", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("G01", "开支哪天", ["18号"]),
        ("G01", "老周 这1号保安一个月给多少钱 说个实数", ["4200"]),
        ("G01", "宿舍钱多少", ["150元"]),
        ("G01", "宿舍离得远不", ["小区内"]),
        ("G01", "能借支不 兜里没钱了", ["300元"]),
        ("G02", "一个人扫几栋楼", ["3到4栋"]),
        ("G03", "可有夫妻房", ["需排队"]),
        ("G03", "冷冻区有补贴么", ["3元"]),
        ("G03", "俺不想住宿舍 有补贴么", ["250元"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("G01", "钻井有补贴么"),  # no text pays an allowance for it, nor any allowance at all
        ("G02", "宿舍钱多少"),  # the cleaner's job writes no dorm
    ],
)
def test_a_fact_not_written_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A question whose fact the catalogue lacks is left to the host, not told a neighbouring fact."""
    assert answered_as_written(catalog, featured, question, None)


def test_a_thing_asked_whether_there_is_one_is_told_by_the_text_naming_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """有军训吗: a word of two characters asked whether there is one, written in one clause of the
    job's texts (岗前军训7天), is told that clause."""
    catalog = catalog_from_yaml(
        tmp_path_factory,
        "drill",
        """\
employers:
  - {id: wanjia, name: 杭州万家物业服务有限公司, aliases: [万家], city: 上海}
jobs:
  - id: G11
    number: 11
    employer: wanjia
    title: 高档小区秩序员
    prospects: {path: 秩序员-领班-秩序主管, training: 岗前军训7天}
""",
    )
    assert score_one(catalog, "G11", "有军训吗", ["军训"]).stated_share == 1.0
    assert score_one(catalog, "G11", "有没有军训", ["军训"]).stated_share == 1.0


CLEANERS = """\
employers:
  - {id: haiyue, name: 上海海悦物业管理有限公司, aliases: [海悦], city: 上海}
jobs:
  - id: G03
    number: 3
    employer: haiyue
    title: 写字楼保洁
    pay: {min: 4800, max: 5500, unit: month, overtime: 加班费节假日三倍工资, payday: 每月25号发薪}
    hours: {shift: 长白班, daily: 8, note: 早上7点到下午4点，中午休息1小时}
    apply: {start: 面试通过第二天上班}
"""


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("3号保洁早上几点就得到岗啊", ["7点"]),  # a time of day to be at work, not the day one starts
        ("保洁开支是哪天啊", ["25号"]),  # 开支: the day wages are paid, in the north-east and Hebei
        ("一个月工资能开多少，连加班啥的一共", ["4800"]),  # the total with the overtime in it
    ],
)
def test_older_northern_workers_are_told_what_they_ask(
    tmp_path_factory: pytest.TempPathFactory, question: str, state: list[str]
) -> None:
    """Questions of older workers from the north are told the fact their words ask."""
    catalog = catalog_from_yaml(tmp_path_factory, "cleaners", CLEANERS)
    assert score_one(catalog, "G03", question, state).stated_share == 1.0


WORKS = """\
employers:
  - {id: jindun, name: 北京金盾保安服务有限公司, aliases: [金盾], city: 北京}
jobs:
  - id: G01
    number: 1
    employer: jindun
    title: 小区保安
    duties: {content: 门岗登记、小区巡逻、看监控}
  - id: G12
    number: 12
    employer: jindun
    title: 高空外墙清洗工
    duties: {content: 高层写字楼玻璃幕墙清洗，坐吊板作业, note: 安全绳、吊板公司提供}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("G01", "小区保安平时都干点啥活儿，就是坐那看大门吗？", ["门岗登记"]),  # the work, not a search
        ("G12", "蜘蛛人的安全绳得自己买不，那玩意儿老贵了", ["公司提供"]),  # provided by the company
    ],
)
def test_the_work_and_its_gear_are_told(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """What a guard does all day, and who buys a cleaner's safety rope, are told as written."""
    catalog = catalog_from_yaml(tmp_path_factory, "works", WORKS)
    assert score_one(catalog, featured, question, state).stated_share == 1.0
