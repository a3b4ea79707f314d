"""Questions of Hakka, Wu, Jin and north-eastern viewers told the fact they ask (系企等还系坐等,
坐下干还是站下干, 俺对象想来干 一个月能开多少): the pay asked after a licence one tells of is the pay, not
what the licence costs; a skilled hand's pay is found where the recruiter writes 熟练工; a smell that may
harm, a dorm's monthly fee, a way up and a criminal record are told by the words a recruiter writes."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - {id: kaida, name: 东莞凯达玩具有限公司, aliases: [凯达], city: 东莞}
  - {id: dongyue, name: 舟山东岳船舶有限公司, aliases: [东岳], city: 舟山}
jobs:
  - id: K01
    number: 1
    employer: kaida
    title: 叉车司机
    pay: {min: 6500, max: 8000, unit: month, note: 叉车证补贴每月200元}
    duties: {content: 仓库上下货, posture: 站坐交替}
    requirements: {age_min: 20, age_max: 50, other: [持有效叉车证]}
  - id: K02
    number: 2
    employer: kaida
    title: 喷油工
    pay: {min: 5500, max: 7000, unit: month, note: 计件加工时，压一个月工资}
    duties: {content: 玩具喷油, posture: 坐班, note: 车间有化学品气味，劳保齐全}
    dorm: {provided: 包住, room: 8人间, fee: 150元/月}
    prospects: {path: 喷油工-班组长-车间主任}
    requirements: {age_min: 18, age_max: 45, other: [无犯罪记录, 能接受血腥场面]}
  - id: D01
    number: 3
    employer: dongyue
    title: 电焊工
    pay: {min: 6, max: 10, unit: piece, note: 按米计件，对接焊缝每米10元，熟练工一个月1万2左右}
    requirements: {age_min: 22, age_max: 50, experience: 一年以上焊接经验}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A toy works in Dongguan and a shipyard in Zhoushan."""
    return catalog_from_yaml(tmp_path_factory, "hakka_wu_jin", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("K01", "我老公有叉车证 几多钱一个月", ["6500"]),  # the pay, not what the licence costs
        ("K01", "俺对象想来干这个 一个月能开多少啊", ["6500"]),
        ("K01", "系企等还系坐等", ["站坐交替"]),  # Hakka 企等 is 站着
        ("K02", "坐下干还是站下干", ["坐班"]),  # Jin 下 after a posture is 着
        ("K02", "喷油嗰只味恁大 对身体有冇影响啊", ["劳保齐全"]),
        ("K02", "住宿一个月交多少", ["150"]),
        ("K02", "干喷油以后有甚出路", ["班组长"]),
        ("K02", "年轻时候打架进去过 能去不", ["无犯罪记录"]),
        ("K02", "压几个月工资", ["压一个月"]),
        ("K02", "见不得血的能干不", ["血腥"]),
        ("D01", "熟手一个月做得到几多", ["1万2"]),  # 熟手 as the recruiter writes 熟练工
        ("D01", "电焊多少钞票 讲讲看", ["6"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks."""
    assert answered_as_written(catalog, featured, question, state)


def test_a_cost_no_text_writes_goes_to_the_host(catalog: Catalog) -> None:
    """Who pays for the medical, where no text says, is left to the host."""
    assert answered_as_written(catalog, "K02", "体检钱是自己掏还是厂里掏", None)


@pytest.mark.parametrize(
    ("line", "normal"),
    [
        ("下料车间在厂里阿里", "下料车间在厂里哪里"),  # Wu 阿里 closing a question of where
        ("我在阿里上班", "我在阿里上班"),  # a company, not a question
        ("图纸看弗大懂", "图纸看不大懂"),  # Wu 弗
        ("甚时候开资了", "什么时候发工资"),  # Shanxi 了 closing a question of when
        ("搁昆山哪一块", "搁昆山哪里"),  # 哪一 is which, no figure
        ("天光日几点集合", "明天几点集合"),  # Hakka
        ("7hao几多钱", "7号多少钱"),
        ("年底有冇奖金", "年底有没有奖金"),
        ("做满七日有冇奖", "做满七日有没有奖励"),
    ],
)
def test_regional_words_are_written_as_mandarin(catalog: Catalog, line: str, normal: str) -> None:
    """Each form is written the way the lexicon's Mandarin questions are."""
    assert Understander(catalog).normalize(line) == normal


@pytest.mark.parametrize(
    ("line", "intents"),
    [
        ("手臂有个细细嘅纹身 后生时纹嘅 做得冇", ("requirements",)),  # 细细 is small, no pet name
        ("早上几点钟上班 我要送孙孙读书", ("hours",)),
        ("5号一个小时给多少钱呐 俺算算账", ("pay",)),
        ("我没读过多少书 识字不多 可以吗", ("requirements",)),
        ("打字得多快", ("requirements",)),
        ("当天到账不", ("pay",)),
        ("住外边补多少", ("dorm",)),
        ("迅丰是直招哩吧", ("legitimacy",)),
        ("工资到账了", ()),
        ("打字太慢了", ()),
    ],
)
def test_regional_questions_are_read(catalog: Catalog, line: str, intents: tuple[str, ...]) -> None:
    """Each line asks the topics given, or nothing."""
    assert Understander(catalog).understand(line, "K01").intents == intents


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("工资 什么 时候 给", ["每月15号"]),  # words set apart, read together: the payday
        ("宿舍 几个 人 住", ["8人间"]),
        ("工资 多少 是", ["5500"]),  # a copula set last, as Korean sets it
    ],
)
def test_words_set_apart_ask_what_they_ask_together(
    tmp_path_factory: pytest.TempPathFactory, question: str, state: list[str]
) -> None:
    """A question typed a word at a time by one for whom Mandarin is a second language is told the
    fact asked under the shortest limit, not the topic's first fact."""
    catalog = catalog_from_yaml(
        tmp_path_factory,
        "apart",
        """\
employers:
  - {id: dingfeng, name: 郑州鼎丰食品有限公司, aliases: [鼎丰], city: 郑州}
jobs:
  - id: F01
    number: 1
    employer: dingfeng
    title: 速冻水饺包装工
    pay: {min: 5500, max: 7000, unit: month, base: 底薪2300, payday: 每月15号发上月工资}
    dorm: {provided: 包住, room: 8人间, fee: 免费}
""",
    )
    assert answered_as_written(catalog, "F01", question, state)


@pytest.mark.parametrize(
    ("line", "intents"),
    [
        ("加班 钱 多少 给", ("pay",)),  # 加班钱 split by a space: the pay, not the hours
        ("着穿什么 厂里有发吗", ("duties",)),  # 什么厂 would join a word and half another
    ],
)
def test_a_word_split_by_a_space_is_read_whole(catalog: Catalog, line: str, intents: tuple[str, ...]) -> None:
    """Short words apart that make a known word of another topic when joined are read as that word."""
    assert Understander(catalog).understand(line, "K01").intents == intents


@pytest.mark.parametrize("line", ["朝鲜族 可以 吗", "韩国 语 会 可以 吗"])
def test_a_korean_chinese_viewer_asks_who_may_apply(catalog: Catalog, line: str) -> None:
    """One's people or one's Korean, asked as whether one may go: a requirement."""
    assert Understander(catalog).understand(line, "K01").intents == ("requirements",)
