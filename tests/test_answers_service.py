"""Questions about hotel, kitchen, cleaning and care work told what they ask: a month's pay of the
job called 前台 (no price of a 台), a share of profit written in the prospects, a holiday gift the
catalogue lacks, the hour a crew leaves written in the pick-up note, how many old people one
carer looks after, a skin complaint, a room found for the worker, where a carer sleeps, a split
shift whose times do not fit a post, reading asked of one who reads little."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: jinghua
    name: 北京京华宾馆有限公司
    aliases: [京华]
    city: 北京
    direct_hire: true
    agency_fee: 0
jobs:
  - id: S01
    number: 1
    employer: jinghua
    title: 前台接待
    aliases: [前台]
    pay: {min: 5000, max: 6000, unit: month, base: 4500, payday: 每月10号}
  - id: S02
    number: 2
    employer: jinghua
    title: 生煎师傅
    pay: {min: 6000, max: 8000, unit: month, note: 学徒期两个月拿4500，出师后按店里销量拿提成}
    prospects: {path: 学徒-师傅-店长, note: 做到店长可以拿门店分红}
  - id: S03
    number: 3
    employer: jinghua
    title: 外墙清洗工
    pay: {min: 9000, max: 12000, unit: month, overtime: 节假日加班按两倍算}
    dorm: {provided: 包住, distance: 员工宿舍，项目上开车接送}
    location: {address: 上海市浦东新区张江路1号, note: 每天早上7点宿舍楼下车接去项目}
  - id: S04
    number: 4
    employer: jinghua
    title: 养老护理员
    duties: {content: 照顾老人起居, note: 一人照顾6到8位老人}
    location: {address: 杭州市拱墅区祥园路88号}
  - id: S05
    number: 5
    employer: jinghua
    title: 洗碗工
    requirements: {other: [需要健康证, 手上不能有伤口和皮肤病]}
    dorm: {provided: 不包, note: 公司可以帮忙介绍附近群租，1人一床位600左右}
  - id: S06
    number: 6
    employer: jinghua
    title: 医院陪护
    dorm: {provided: 不包住, note: 陪护期间睡病房陪护床，等单期间公司宿舍一晚20元}
  - id: S07
    number: 7
    employer: jinghua
    title: 后厨帮厨
    hours: {shift: 两头班（10:00-14:00、16:30-21:00）, daily: 9}
    requirements: {other: [能看懂简单汉字, 身体健康]}
  - id: S08
    number: 8
    employer: jinghua
    title: 客房服务员
    hours: {shift: 长白班, daily: 10, note: 8月旺季可能要加班到晚上9点半}
  - id: S09
    number: 9
    employer: jinghua
    title: 金牌月嫂
    prospects: {training: 免费岗前培训7天, path: 初级月嫂-金牌月嫂-皇冠月嫂}
    faq:
      - {q: 考证要交钱吗, a: 母婴护理证培训费1980元，入职满半年全额退还}
  - id: S10
    number: 10
    employer: jinghua
    title: 晒海带工
    dorm: {provided: 包住, room: 夫妻单间, fee: 0, note: 住村里渔民家}
  - id: S11
    number: 11
    employer: jinghua
    title: 生煎师傅
    faq:
      - {q: 能学会手艺自己开店吗, a: 可以学，但签合同两年内不能在附近开同类店}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Six service jobs with their facts in the recruiters' words."""
    return catalog_from_yaml(tmp_path_factory, "service", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("S01", "前台多少钱一个月", ["5000"]),
        ("S02", "店长分红吗", ["分红"]),
        ("S03", "3号几点出发", ["7点"]),
        ("S04", "一个人管几个老人", ["6到8位"]),
        ("S04", "院子在杭州哪", ["祥园路"]),
        ("S05", "手有湿疹能做吗", ["皮肤病"]),
        ("S05", "公司帮找房子吗", ["群租"]),
        ("S06", "晚上睡哪", ["陪护床"]),
        ("S07", "上班时间是嘛", ["两头班"]),  # the times in brackets cut, not the whole post
        ("S07", "不识几个字能做吗", ["简单汉字"]),
        ("S08", "要加班到很晚吗", ["9点半"]),  # the hour work ends, not the hours a day
        ("S09", "考证的钱能退不", ["全额退还"]),  # a refund, not the training
        ("S10", "住哪", ["渔民家"]),  # where, not only that there is a place
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the text that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("S03", "有没有过节费"),  # a holiday gift, not the pay for working a holiday
        ("S04", "4号几点出发"),  # no text gives the hour the crew leaves
        ("S09", "培训完保证接单吗"),  # the training is told, but no text promises work after it
    ],
)
def test_a_fact_the_catalogue_lacks_is_not_guessed(catalog: Catalog, featured: str, question: str) -> None:
    """The question goes to the host, not answered with the nearest fact."""
    score = score_one(catalog, featured, question, None)
    assert score.silent_share == 1.0


def test_a_yes_taken_back_in_part_is_never_cut_to_the_yes(catalog: Catalog) -> None:
    """可以学，但签合同两年内不能在附近开同类店 is told with its 但, never as a bare 可以学."""
    score = score_one(catalog, "S11", "学会了能自己开店吗", ["两年内"])
    assert score.stated_share == 1.0
