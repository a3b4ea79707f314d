"""Questions of seasonal farm work, typed slowly by older farmers from Gansu and Qinghai: 撒时候 and
阿么 ask when and how; 吃反, 加办 and 休系 are slips for 吃饭, 加班 and 休息; how many days the
season lasts is told by the words that give it (采摘期), never the day's hours; dust is told by
what the catalogue says of it (棉絮, 口罩); 要试工吗 asks about the trial day, no search for a
worker called 试工; smoking and nail polish are told by the rule naming them; a job that teaches
beginners says so in its experience field (不会的教)."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: tianshan
    name: 昌吉天山农业发展有限公司
    aliases: [天山农业]
    city: 昌吉
jobs:
  - id: F01
    number: 1
    employer: tianshan
    title: 葡萄采摘工
    pay: {min: 200, max: 260, unit: day, payday: 每月5号发薪, overtime: 晚上加班每小时20元}
    hours: {daily: 10, rest: 下雨天休息}
    duties: {content: 在山坡葡萄园剪串装筐, note: 园子坡陡，要穿防滑鞋}
    canteen: {provided: true, cost: 每顿扣6元}
    apply: {start: 8月20号开摘, interview: 到园区试工半天}
    faq:
      - {q: 干多久, a: 采摘期大概35天}
  - id: F02
    number: 2
    employer: tianshan
    title: 轧花车间操作工
    pay: {min: 5500, max: 6500, unit: month}
    insurance: {social: 干满两个月交五险}
    duties: {note: 车间棉絮多，发口罩}
    requirements:
      experience: 没干过的教
      other: [车间禁烟, 不能涂指甲油, 指甲不能留长]
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A vineyard and a cotton gin in Xinjiang."""
    return catalog_from_yaml(tmp_path_factory, "orchards", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("F01", "撒时候发工资", ["5号"]),
        ("F01", "加办费阿么给", ["20元"]),
        ("F01", "吃反扣钱不", ["6元"]),
        ("F01", "摘葡萄要干几天", ["35天"]),
        ("F01", "要试工吗", ["试工半天"]),
        ("F01", "园子陡不陡", ["坡陡"]),
        ("F02", "社宝撒时候交", ["两个月"]),
        ("F02", "車間裡灰大不", ["棉絮"]),
        ("F02", "额抽烟 行不", ["禁烟"]),
        ("F02", "指甲油能涂不 丫头问的", ["指甲油"]),  # alone, 指甲油能涂不 may ask of goods sold
        ("F02", "没干过 能教么", ["的教"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("F02", "要干几天"),  # the gin writes no season
        ("F01", "我抽烟行不"),  # the vineyard says nothing of smoking
    ],
)
def test_a_fact_not_written_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A question whose fact the catalogue lacks is left to the host, not told a neighbouring fact."""
    assert answered_as_written(catalog, featured, question, None)
