"""Facts a recruiter writes in notes (车间有水汽, 宿舍在老厂区 班车接送, 熟练工可以领活回家做, 要戴防毒面具)
told to the question that asks them, in the words of Jiaodong, Henan, Guilin, Leshan and Handan viewers
(几个银一屋, 学嘞时候给钱不, 一车分好多钱, 随时可以去哇, 干哩啥活), of those who write by hand on their
phones (宿含, 体儿天, 包往) and of deaf viewers asking in the order of sign language (聋人 可以 吗); a fact
no text writes is left to the host."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - {id: mingjing, name: 丹阳明镜光学有限公司, aliases: [明镜光学], city: 丹阳}
  - {id: ruifa, name: 许昌瑞发发制品有限公司, aliases: [瑞发], city: 许昌}
  - {id: tianyuan, name: 崇左天原糖业有限公司, aliases: [天原糖业], city: 崇左}
jobs:
  - id: G01
    number: 1
    employer: mingjing
    title: 镜片研磨工
    pay: {min: 5000, max: 6500, unit: month, payday: 每月15号}
    hours: {shift: 两班倒, note: 一个月白班一个月夜班}
    duties: {content: 镜片粗磨精磨, note: 车间有水汽，穿防水围裙和胶鞋}
    dorm: {provided: 包住, room: 6人间, note: 宿舍在老厂区，班车接送}
    requirements: {age_min: 18, age_max: 45, education: 初中及以上, other: [听障人士可以，有手语组长]}
    location: {address: 丹阳市开发区光明路8号, transport: 市区坐6路公交到终点站}
  - id: G02
    number: 2
    employer: mingjing
    title: 镜架喷漆工
    pay: {min: 6000, max: 7500, unit: month, note: 年底发13薪}
    duties: {content: 镜架喷底漆面漆, note: 要戴防毒面具}
    dorm: {provided: 包住, fee: 免费住宿}
    requirements: {age_min: 20, age_max: 45, other: [不能化妆, 对油漆不过敏]}
  - id: H01
    number: 3
    employer: ruifa
    title: 手工打结工
    pay: {min: 3000, max: 6000, unit: month, note: 纯计件，不压工资}
    prospects: {training: 新手带薪学习15天，每天80元}
    duties: {content: 假发手工打结, note: 熟练工可以领活回家做}
    requirements: {age_min: 16, age_max: 55, other: [16到17岁要家长同意书]}
    apply: {how: 直播间发 报名3, start: 7月1号统一入职}
  - id: H02
    number: 4
    employer: ruifa
    title: 漂染工
    pay: {min: 4500, max: 5500, unit: month}
    requirements: {education: 初中及以上}
  - id: T01
    number: 5
    employer: tianyuan
    title: 甘蔗装车工
    pay: {min: 250, max: 400, unit: day, note: 装一车30吨每人分60元}
    duties: {content: 把捆好的甘蔗扛上货车, note: 蔗刀老板发，自带也可以}
    requirements: {age_min: 18, age_max: 50, other: [能扛100斤以上]}
    hours: {note: 经常晚上装车}
  - id: T02
    number: 6
    employer: tianyuan
    title: 过磅员
    pay: {min: 4200, max: 4800, unit: month, base: 2500}
    duties: {content: 蔗车过磅录入电脑, note: 要戴放大镜，眼力要好}
    dorm: {provided: 包住, room: 4人间}
    hours: {rest: 月休2天}
    insurance: {housing_fund: 有公积金}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A lens works in Danyang, a wig works in Xuchang and a sugar mill in Chongzuo."""
    return catalog_from_yaml(tmp_path_factory, "notes_northern", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("G01", "宿舍几个银一屋", ["6人间"]),  # Jiaodong 银 is 人
        ("G01", "听说满地是水 车间潮不潮啊", ["水汽"]),
        ("G01", "宿舍离厂子远不远", ["班车接送"]),  # the dorm's note tells the way to work
        ("G01", "从市里咋过去啊", ["6路"]),
        ("G01", "白班夜班咋倒", ["一个月白班一个月夜班"]),
        ("G01", "聋人 可以 吗", ["听障人士可以"]),  # in the order of sign language
        ("G01", "手语 会 领导 吗", ["手语组长"]),
        ("G02", "喷漆伤身子么 有防护没", ["防毒面具"]),
        ("G02", "听说年底多发一个月 真的假的", ["13薪"]),
        ("G02", "住那要钱不要", ["免费"]),
        ("G02", "上班能化个妆不 俺闺女天天化", ["不能化妆"]),
        ("H01", "俺得在家看孩儿 能拿回家做不", ["领活回家做"]),
        ("H01", "新手学嘞时候给钱不 还是白干", ["带薪学习"]),
        ("H01", "压工资不压", ["不压工资"]),
        ("H01", "几号开始", ["7月1号"]),
        ("H01", "俺孩儿才16 中不中", ["16", "家长同意书"]),
        ("T01", "一车分好多钱", ["60元"]),
        ("T01", "要扛好重的", ["100斤"]),
        ("T01", "刀要自己带冇", ["蔗刀老板发"]),
        ("T01", "晚上要装车冇", ["经常晚上装车"]),
        ("T02", "俺有点老花眼 能干不", ["眼力要好"]),  # the work's note tells the eyes it needs
        ("T02", "宿含几个入住的", ["4人间"]),  # handwriting: 含 for 舍, 入 for 人
        ("T02", "一个月体儿天啊", ["月休2天"]),
        ("T02", "有公积全没有啊师傅", ["有公积金"]),
        ("T02", "地心多钱哩", ["2500"]),  # 地心 typed for 底薪
    ],
)
def test_the_fact_a_note_or_a_field_writes_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("T02", "电池厂有辐射吗 对身体有没有影响"),
        ("T02", "年底有没有奖金"),
        ("T02", "听障 收 吗"),  # the catalogue says nothing of hearing for this job
    ],
)
def test_what_no_text_writes_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The question goes to the host, not answered by a fact of the same topic."""
    assert answered_as_written(catalog, featured, question, None)


@pytest.mark.parametrize(
    ("line", "intents"),
    [
        ("随时可以去哇", ("apply",)),  # Leshan 哇 closing what may be asks
        ("5号吃饭要扣钱哇", ("canteen",)),
        ("好多人哇", ()),  # marvelled at, not asked
        ("是的哇", ()),
        ("干哩啥活 就是装针管子？", ("duties",)),  # Handan 哩 within a clause is 的
        ("有没有在洛阳嘞厂", ("jobs",)),
        ("几点钟上班 包吃冇", ("hours", "canteen")),
        ("中中中 俺报名", ("apply",)),
        ("你们要不要四十多的", ("requirements",)),
        ("我没钩过 能去学不", ("requirements",)),
        ("我开了一年叉车 够不够", ("requirements",)),
        ("以后能当酿酒师冇", ("prospects",)),
    ],
)
def test_regional_questions_are_read(catalog: Catalog, line: str, intents: tuple[str, ...]) -> None:
    """Each line asks the topics given, or nothing."""
    assert Understander(catalog).understand(line, "G01").intents == intents


@pytest.mark.parametrize(
    "line", ["汉语不好可以吗", "维族可以吗", "我们苗族的去得不", "聋人 可以 吗", "听力不好能去吗"]
)
def test_who_one_is_asks_who_may_apply(catalog: Catalog, line: str) -> None:
    """Speaking little Chinese, one's people or one's hearing, asked as whether one may go: a requirement."""
    assert Understander(catalog).understand(line, "G01").intents == ("requirements",)


def test_a_people_named_in_passing_asks_nothing_of_it(catalog: Catalog) -> None:
    """我们彝族家家都养猪 tells where one is from; the question after it asks the year-end pay."""
    line = "我们彝族家家都养猪 喂猪么我在行 年底给有奖金嘎"
    assert Understander(catalog).understand(line, "G01").intents == ("pay",)


@pytest.mark.parametrize("line", ["我听不见你说啥", "主播声音太小听不清"])
def test_not_hearing_the_host_asks_no_requirement(catalog: Catalog, line: str) -> None:
    """Telling the host one cannot hear them is no question of who may apply."""
    assert Understander(catalog).understand(line, "G01").intents in ((), ("other",))


@pytest.mark.parametrize("line", ["漂染工报名 电话15212346678", "漂染工报名 电话152xxxx6678"])
def test_an_application_naming_the_title_first_is_taken(catalog: Catalog, line: str) -> None:
    """A title before 报名, with a phone number (or one the viewer masked), applies to that job."""
    found = Understander(catalog).understand(line, "G01")
    assert (found.intents, found.job, found.apply_command) == (("apply",), "H02", True)


def test_the_askers_own_past_work_names_no_other_job(catalog: Catalog) -> None:
    """我之前送外卖的 tells the asker's own work: the question stays with the job on screen."""
    found = Understander(catalog).understand("没有经验可以搞吗 我之前送外卖的", "H01")
    assert (found.intents, found.job) == (("requirements",), "H01")
