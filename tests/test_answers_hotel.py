"""Questions of students and older workers for hotel and restaurant jobs: going home for the New
Year told whether the holiday is worked; English asked told by the note on the work that names it;
what to wear and whether one buys it told by the recruiter's answer on the uniform; a flight paid
asked as the fare is."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: haiyue
    name: 三亚海悦酒店管理有限公司
    aliases: [海悦]
    city: 三亚
    faq:
      - {q: 机票报销吗, a: 做满6个月报销单程机票，最多报600元}
jobs:
  - id: H01
    number: 1
    employer: haiyue
    title: 客房服务员
    hours: {shift: 长白班, daily: 8, note: 春节期间不休，节后补休}
  - id: H02
    number: 2
    employer: haiyue
    title: 西餐厅服务员
    duties: {content: 早餐收台、点单、送餐, note: 会简单英语或日语加分}
  - id: H03
    number: 3
    employer: haiyue
    title: 宴会服务员
    faq:
      - {q: 工服收钱吗, a: 白衬衫黑裤子自己准备，马甲酒店发}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Three hotel jobs in Sanya as their recruiter writes them."""
    return catalog_from_yaml(tmp_path_factory, "hotel", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("H01", "过年能回家吗", ["春节期间不休"]),
        ("H02", "要会英语吗 四级没过[裂开]", ["英语"]),
        ("H03", "要穿啥 自己买吗", ["白衬衫"]),
        ("H01", "三亚包机票吗 学生党穷死了", ["机票"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


KITCHENS = """\
employers:
  - {id: yueting, name: 厦门悦庭酒店管理有限公司, aliases: [悦庭], city: 厦门}
jobs:
  - id: H07
    number: 7
    employer: yueting
    title: 客房服务员
    requirements: {age_min: 18, age_max: 45, other: [要求无纹身]}
  - id: H08
    number: 8
    employer: yueting
    title: 厨房帮厨
    prospects: {path: 帮厨-砧板-炒锅厨师, training: 师傅带，一年左右可上砧板}
"""


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("H08", "多久能上砧板", ["一年左右"]),  # the span is in the training, not the path
        ("H08", "好久能上砧板", ["一年左右"]),  # 好久: when, in the south-west
        ("H07", "有文身得不得", ["无纹身"]),  # 文身, the other spelling; 得不得: may one
    ],
)
def test_kitchen_hands_from_the_south_west_are_told_what_they_ask(
    tmp_path_factory: pytest.TempPathFactory, featured: str, question: str, state: list[str]
) -> None:
    """How long until the chopping board, and whether a tattoo is taken, told as written."""
    catalog = catalog_from_yaml(tmp_path_factory, "kitchens", KITCHENS)
    assert score_one(catalog, featured, question, state).stated_share == 1.0


def test_how_to_apply_is_told_by_the_command_when_the_recruiters_words_are_blocked(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """直播间发 报名10，店长加微信 cannot be posted (加微信 is blocked); 咋个报 is told 发:报名10 instead
    of nothing."""
    catalog = catalog_from_yaml(
        tmp_path_factory,
        "waiters",
        """\
employers:
  - {id: shuxiang, name: 成都蜀香记餐饮管理有限公司, aliases: [蜀香记], city: 成都}
jobs:
  - id: H10
    number: 10
    employer: shuxiang
    title: 传菜员
    apply: {how: 直播间发 报名10，店长加微信}
""",
    )
    assert score_one(catalog, "H10", "咋个报", ["报名10"]).stated_share == 1.0
