"""Questions of what one must be able to do, of a job called by the last word of its title, of one
piece and of the day pay comes: 要会调色不 is told the requirement naming colour mixing even though 调色
is also the job's name, 要会开车不 the requirement of what one must ride, 司机底薪 the base pay of the
one driver's job, 一包给多少钱 the rate of a pack, 哪一天发 the payday."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: lanwan, name: 赣州蓝湾家具有限公司, aliases: [蓝湾家具], city: 赣州}
  - {id: beidao, name: 烟台北岛海鲜有限公司, aliases: [北岛海鲜], city: 烟台}
jobs:
  - id: K01
    number: 1
    employer: lanwan
    title: 调漆员
    aliases: [调色员]
    requirements: {age_min: 22, age_max: 45, experience: 有调色经验优先, other: [无色盲, 会用电子秤和电脑]}
  - id: K02
    number: 2
    employer: lanwan
    title: 门窗安装工
    requirements: {age_min: 18, age_max: 45, experience: 无经验可学, other: [需会骑电动车, 需会用手机导航]}
  - id: K03
    number: 3
    employer: beidao
    title: 冷链运输司机
    aliases: [冷藏车司机]
    pay: {min: 9000, max: 12000, unit: month, base: 底薪5000, payday: 每月15号}
    dorm: {provided: 包住, fee: 免费, couples: 有夫妻房，需排队, note: 夫妻房每月交水电费100元}
  - id: K05
    number: 5
    employer: beidao
    title: 船厂电焊工
    duties: {content: 船体分段二保焊，角焊、立焊、仰焊}
    requirements: {age_min: 20, age_max: 55, experience: 3年以上船厂焊接经验, other: [需持有效焊工证]}
  - id: K04
    number: 4
    employer: beidao
    title: 海鲜分拣工
    pay: {min: 5000, max: 6500, unit: month, payday: 每月15号}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A paint mixer, a fitter who rides to the customers, a refrigerated-truck driver and a sorter."""
    return catalog_from_yaml(tmp_path_factory, "skills", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("K01", "要会调色不 我以前在家具厂调过", ["调色经验"]),  # not the age range, nor the scales
        ("K01", "得会调色吗", ["调色经验"]),
        ("K02", "要会开车不 我只会骑摩托", ["电动车"]),
        ("K05", "仰焊也要会吗", ["仰焊"]),  # the skill named before 要会: the work naming it, not the years
        ("K05", "那个仰焊也要会吗 阮只会平焊跟立焊[捂脸]", ["仰焊"]),
        ("K04", "司机底薪", ["5000"]),  # the one driver's job, whichever is on screen
        ("K03", "司机工资多少", ["9000"]),
        ("K03", "夫妻房要不要钱啊", ["100元"]),  # the fact pricing the room asked of, not that there is one
        ("K04", "报名3 我和我老公两个人 有夫妻房没", ["夫妻房"]),  # applied, and the room asked of told
    ],
)
def test_the_skill_or_the_job_asked_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


PIECES = """\
employers:
  - {id: qinyao, name: 西安秦药制药有限公司, aliases: [秦药], city: 西安}
jobs:
  - id: P01
    number: 1
    employer: qinyao
    title: 口罩包装工
    pay: {min: 4000, max: 6500, unit: piece, payday: 次月15号, note: 每包0.08元，多劳多得}
"""


@pytest.fixture(scope="module")
def pieces(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A packer paid by the pack, whose rate is written only in the pay's note."""
    return catalog_from_yaml(tmp_path_factory, "pieces", PIECES)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("一包给多少钱", ["0.08"]),  # the rate of one pack, not the month's range
        ("每包多少", ["0.08"]),
        ("工资哪一天发嘛", ["15号"]),  # 哪一天 asks as 哪天 does
    ],
)
def test_a_piece_or_a_day_asked_is_told(pieces: Catalog, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert score_one(pieces, "P01", question, state).stated_share == 1.0


TOOLS = """\
employers:
  - {id: zhuhai, name: 珠海港湾装饰工程有限公司, aliases: [港湾装饰], city: 珠海}
jobs:
  - id: T01
    number: 1
    employer: zhuhai
    title: 贴砖师傅
    requirements: {age_max: 55, experience: 必须会贴大板砖, other: [自带切割机和水平仪]}
  - id: T02
    number: 2
    employer: zhuhai
    title: 管工
    requirements: {age_max: 50, other: [需会看管系图纸]}
  - id: T03
    number: 3
    employer: zhuhai
    title: 送料骑手
    duties: {content: 骑电动车往工地送辅料, note: 公司配电动车，电池免费换}
  - id: T04
    number: 4
    employer: zhuhai
    title: 装配工
    pay: {min: 22, max: 24, unit: hour, overtime: 加班同样24元/小时}
    duties: {content: 门窗五金装配、拧螺丝, note: 要戴手套穿劳保鞋，厂里发}
"""


@pytest.fixture(scope="module")
def tools(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A tiler who brings his own saw, a pipe fitter who reads drawings and a rider of a company scooter."""
    return catalog_from_yaml(tmp_path_factory, "tools", TOOLS)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("T01", "切割机要自己带不", ["自带切割机"]),  # 自己带 is written 自带
        ("T02", "管工要会看图吗", ["管系图纸"]),  # 看图 is reading the drawings
        ("T03", "电瓶没电了咋个整", ["电池免费换"]),  # 电瓶 is the battery
        ("T04", "手套鞋子要自己买吗", ["厂里发"]),  # handed out: nothing to buy
        ("T04", "jb是另外算不", ["24元"]),  # 加班 paid apart asks the overtime rate
    ],
)
def test_a_thing_asked_in_other_words_is_told(
    tools: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """A thing named by another of its names is found in the text that writes it."""
    assert score_one(tools, featured, question, state).stated_share == 1.0


LEADS = """\
employers:
  - {id: chema, name: 昆明车马汽车服务有限公司, aliases: [车马汽服], city: 昆明}
jobs:
  - id: L01
    number: 1
    employer: chema
    title: 汽车美容学徒
    aliases: [美容学徒, 学徒]
    pay: {min: 3000, max: 5000, unit: month, base: 学徒期底薪3000, note: 学徒期3个月，出师后5000以上加提成}
  - id: L02
    number: 2
    employer: chema
    title: 拉长
    requirements: {age_min: 22, age_max: 40}
    prospects: {path: 拉长-组长-车间主管, training: 有管理培训}
  - id: L03
    number: 3
    employer: chema
    title: 洗车工
    pay: {min: 4500, max: 5500, unit: month, note: 干满三个月返费500元}
    dorm: {provided: 不包住, allowance: 住房补贴400元/月, note: 可帮忙介绍附近出租房}
  - id: L04
    number: 4
    employer: chema
    title: 快递分拣员
    aliases: [分拣员, 分拣]
    requirements: {age_min: 18, age_max: 48}
    dorm: {provided: 包住, distance: 宿舍离厂500米, allowance: 不住宿补贴200元/月}
  - id: L05
    number: 5
    employer: chema
    title: 鞋底刷胶工
    aliases: [刷胶工]
    duties: {content: 刷胶、贴底、压底, note: 有胶水味，发口罩}
"""


@pytest.fixture(scope="module")
def leads(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """An apprentice whose term is written in the pay's note, and a line leader whose sex is not written."""
    return catalog_from_yaml(tmp_path_factory, "leads", LEADS)


def test_how_long_an_apprenticeship_lasts_is_told(leads: Catalog) -> None:
    """学徒得学多长时间 is told the span in the pay's note, not the apprentice's base pay."""
    assert score_one(leads, "L01", "学徒得学多长时间", ["3个月"]).stated_share == 1.0


def test_doing_the_job_named_is_no_rise(leads: Catalog) -> None:
    """女的能当拉长不 of the 拉长 job asks whether a woman may do it, which the catalogue does not
    say: the host is asked, and the path of promotion is not told instead."""
    assert score_one(leads, "L02", "女的能当拉长不", None).silent_share == 1.0


def test_a_reward_for_staying_is_told(leads: Catalog) -> None:
    """干满仨月有奖励没有 is told the sum paid back for staying three months (返费)."""
    assert score_one(leads, "L03", "干满仨月有奖励没有", ["500元"]).stated_share == 1.0


@pytest.mark.parametrize("question", ["厂里帮不帮忙找房子", "不包住的话 厂里帮不帮忙找房子"])
def test_help_to_rent_a_room_is_told(leads: Catalog, question: str) -> None:
    """Help to find a room where there is no dorm is told by the note saying so; 不包住的话 is a
    condition, no search for jobs without a dorm."""
    assert score_one(leads, "L03", question, ["出租房"]).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("L04", "俺今年正好48 分拣还要不", ["48岁"]),  # whether the job takes one that old, not how to apply
        ("L04", "我在外面租房住 厂里补不补钱", ["补贴200"]),  # the allowance, not how far the dorm is
        ("L05", "刷胶臭唔臭", ["胶水味"]),
    ],
)
def test_what_a_worker_asks_in_passing_is_told(
    leads: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """An age told exactly, an allowance asked after telling where one lives, a smell asked in
    Cantonese: each is told its own fact."""
    assert score_one(leads, featured, question, state).stated_share == 1.0


STARTS = """\
employers:
  - {id: bufan, name: 晋江步帆鞋业有限公司, aliases: [步帆], city: 晋江}
jobs:
  - id: B01
    number: 1
    employer: bufan
    title: 成型流水线普工
    apply: {how: 直播间发 报名1, interview: 每天上午9点面试, start: 面试通过当天入职}
"""


def test_when_one_starts_after_the_interview_is_told(tmp_path_factory: pytest.TempPathFactory) -> None:
    """面试过咗几时可以开工 asks when one starts once the interview is passed, not when the interview is."""
    catalog = catalog_from_yaml(tmp_path_factory, "starts", STARTS)
    assert score_one(catalog, "B01", "面试过咗几时可以开工", ["当天入职"]).stated_share == 1.0


NIGHTS = """\
employers:
  - {id: huaqiao, name: 昆山花桥物流有限公司, aliases: [花桥物流], city: 昆山}
jobs:
  - id: N01
    number: 1
    employer: huaqiao
    title: 快递分拣员
    canteen: {provided: 有食堂, subsidy: 每天餐补15元, note: 夜班有夜宵}
    dorm: {provided: 包住, room: 2人间, fee: 免费}
"""


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("夜里饿了有吃的没", ["夜宵"]),  # the night meal, not the canteen and its allowance
        ("宿舍两个人住？", ["2人间"]),  # how many to a room, told back
    ],
)
def test_the_night_meal_and_the_room_told_back_are_told(
    tmp_path_factory: pytest.TempPathFactory, question: str, state: list[str]
) -> None:
    """A night-shift worker's hunger asks the night meal; two to a room told back asks the room."""
    catalog = catalog_from_yaml(tmp_path_factory, "nights", NIGHTS)
    assert score_one(catalog, "N01", question, state).stated_share == 1.0
