"""Northwestern sites and their workers' words: 撒 (啥), 阿达 (哪里), 么 (没) before what one has
or has done; a province named that holds the job on screen; until which month the work runs; how
often pay rises; years of experience asked; and 会不会 asking whether, never one who cannot."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

SITES = """\
employers:
  - id: tianshan
    name: 新疆天山风电工程有限公司
    aliases: [天山风电]
    city: 哈密
    address: 新疆哈密市伊州区天山北路88号
    faq:
      - {q: 来新疆路费报吗, a: 入职满3个月报销往返路费，飞机按经济舱报}
      - {q: 工资会不会拖, a: 工资走农民工工资专用账户，项目部代发到个人卡}
jobs:
  - id: W05
    number: 5
    employer: tianshan
    title: 光伏组件清洗工
    pay: {min: 220, max: 260, unit: day, payday: 每月月底发上月工资的80%，剩下20%项目结束一次性结清}
    hours: {shift: 白班, daily: 10, note: 夏天晚上8点干到凌晨4点}
    duties: {content: 冲洗光伏板、打磨、补胶}
    requirements: {age_min: 18, age_max: 58}
    location: {address: 哈密市红星镇光伏园区}
    apply: {how: 发 报名5, start: 4月1号开始，干到10月底}
  - id: W12
    number: 12
    employer: tianshan
    title: 施工安全员
    requirements: {age_min: 22, age_max: 50, experience: 2年以上工地安全员经验}
    prospects: {note: 每年调薪一次，幅度5%到10%}
"""


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A solar site's cleaners and a safety officer, in Xinjiang."""
    return catalog_from_yaml(tmp_path_factory, "sites", SITES)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("W05", "干到几月份就么活了", ["10月底"]),
        ("W05", "新疆太远了 路费报不报", ["往返路费"]),
        ("W05", "在红星镇阿达", ["红星镇"]),
        ("W05", "清洗工是干撒的", ["冲洗光伏板"]),
        ("W12", "一年涨几次工资", ["每年调薪一次"]),
        ("W12", "安全员要干过几年的", ["2年"]),
    ],
)
def test_the_fact_asked_is_told(sites: Catalog, job: str, text: str, state: list[str]) -> None:
    """Each question is told the fact its words ask, in a 20-character post."""
    assert score_one(sites, job, text, state).stated_share == 1.0


def test_experience_not_written_stays_with_the_host(sites: Catalog) -> None:
    """清洗工要经验不 is not told the FAQ 工资会不会拖: its 不会 asks whether, not one who cannot."""
    assert score_one(sites, "W05", "清洗工要经验不", None).silent_share == 1.0


@pytest.mark.parametrize(
    ("text", "intent"),
    [("么干过吊装 能要不", "requirements"), ("要撒学历", "requirements"), ("交社bao不", "insurance")],
)
def test_northwestern_words_ask_what_they_mean(sites: Catalog, text: str, intent: str) -> None:
    """么干过 (没干过), 要撒 (要啥) and 社bao (社保) are read."""
    assert Understander(sites).understand(text, "W05").intents[:1] == (intent,)


def test_a_sichuan_closing_sa_stays_a_particle(sites: Catalog) -> None:
    """要得撒 agrees; 撒 after 得 is no 啥."""
    assert Understander(sites).understand("要得撒", "W05").intents in ((), ("other",))


WHERE = """\
employers:
  - id: lijian
    name: 昆明力健健身有限公司
    aliases: [力健]
    city: 昆明
jobs:
  - id: B12
    number: 12
    employer: lijian
    title: 会籍顾问
    hours: {shift: 早晚班, daily: 9, rest: 做26休4}
    location: {address: 昆明市盘龙区北京路928号力健健身昆明北辰店}
  - id: W04
    number: 4
    employer: lijian
    title: 光伏支架安装工
    pay: {min: 7000, max: 12000, unit: month, payday: 每月月底发上月工资的80%，剩下20%项目结束一次性结清}
"""


@pytest.fixture(scope="module")
def where(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A gym with a long address and a site paying 80% a month."""
    return catalog_from_yaml(tmp_path_factory, "where", WHERE)


@pytest.mark.parametrize(
    ("job", "text", "state"),
    [
        ("B12", "在昆明哪里", ["北京路"]),
        ("B12", "多久能休一次 做几休几", ["26休4"]),
        ("W04", "押20%工资？？真的假的", ["20%"]),
    ],
)
def test_the_part_asked_reaches_a_short_post(where: Catalog, job: str, text: str, state: list[str]) -> None:
    """The city named leaves the district and street; the share named is the clause told."""
    assert score_one(where, job, text, state).stated_share == 1.0


HEIGHTS = """\
employers:
  - id: gaoyuan
    name: 青海高原风电工程有限公司
    aliases: [高原风电]
    city: 格尔木
jobs:
  - id: W01
    number: 1
    employer: gaoyuan
    title: 风电吊装辅助工
    duties: {content: 配合吊装塔筒和叶片, note: 要爬塔筒，高度80米以上，有安全带和防坠器}
    requirements: {age_min: 18, age_max: 50, other: [不恐高]}
    location: {address: 格尔木市昆仑经济开发区, note: 营地海拔3800米，冬天有暖气}
"""


@pytest.fixture(scope="module")
def heights(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A wind-farm job high up a tower and high above the sea."""
    return catalog_from_yaml(tmp_path_factory, "heights", HEIGHTS)


@pytest.mark.parametrize(
    ("text", "state"),
    [("塔筒多高啊 额有点恐高", ["80米"]), ("海拔高不高", ["3800米"]), ("这里海拔多高", ["3800米"])],
)
def test_how_high_the_work_and_the_place_are(heights: Catalog, text: str, state: list[str]) -> None:
    """How high the tower is and the altitude of the place are told by the texts giving them."""
    assert score_one(heights, "W01", text, state).stated_share == 1.0


CAMP = """\
employers:
  - id: lutie
    name: 甘肃陇铁建设有限公司
    aliases: [陇铁]
    city: 武威
jobs:
  - id: W11
    number: 11
    employer: lutie
    title: 铁路铺轨工
    pay:
      min: 8000
      max: 11000
      unit: month
      payday: 每月20号前发上月工资
      note: 第一个月押10天工资，离职结清
    dorm: {provided: true, room: 板房6人间, amenities: [wifi, 热水]}
"""


@pytest.fixture(scope="module")
def camp(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A track-laying camp paying last month's wages, with ten days held back at first."""
    return catalog_from_yaml(tmp_path_factory, "camp", CAMP)


@pytest.mark.parametrize(
    ("text", "state"), [("押公资吗 兄弟们", ["10天"]), ("场站有网吗 能刷抖音不", ["wifi"])]
)
def test_held_pay_and_the_net_are_told(camp: Catalog, text: str, state: list[str]) -> None:
    """押工资吗 is told the days held back before a payday paying last month; 有网吗 the wifi."""
    assert score_one(camp, "W11", text, state).stated_share == 1.0
