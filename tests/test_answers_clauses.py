"""Within a 20-character post, a recruiter's long text is told by its clause holding the words
asked (罚款狠不狠 → 站点不额外罚款, not 超时差评按平台规则扣; 箱型柱多少一吨 → 箱型柱每吨260元),
unless the clause a post would keep already gives the figure or the payer asked, or was chosen for
saying the facet asked; a piece rate asked is told by its price (计件咋算 → 每包3分钱左右); a deed
asked both ways by the clause doing it (报不报 → 入职满一个月报销), how a sum is reckoned by the
clause saying by what (提成咋个算 → 按收费率和巡检路段算)."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: fengxing
    name: 武汉蜂行配送服务有限公司
    aliases: [蜂行]
    city: 武汉
jobs:
  - id: K01
    number: 1
    employer: fengxing
    title: 外卖骑手
    faq:
      - {q: 罚款多吗, a: 超时差评按平台规则扣，站点不额外罚款，新手第一周不考核}
  - id: K02
    number: 2
    employer: fengxing
    title: 总装操作工
    hours: {shift: 两班倒, daily: 10, note: 旺季（3-6月、9-12月）每周加班一天，淡季基本双休}
  - id: K03
    number: 3
    employer: fengxing
    title: 挡车工
    pay: {min: 6000, max: 9000, unit: month, note: 计件按米数算，看台越多越高；新手学徒期3个月，每月保底3500}
    requirements: {other: [能做健康证，没有健康证入职后统一办，费用自理]}
    faq:
      - {q: 要交介绍费吗, a: 通过劳务介绍，入职满一个月从工资里扣300介绍费，干满三个月厂里返还}
  - id: K04
    number: 4
    employer: fengxing
    title: 钢结构电焊工
    pay: {min: 8000, max: 13000, unit: piece, note: 按吨计件，H型钢每吨180元，箱型柱每吨260元}
    duties: {content: 焊接H型钢和箱型柱, note: 车间零下5度左右，冷库零下25度，发全套防寒服}
  - id: K05
    number: 5
    employer: fengxing
    title: 外包电焊工
    pay: {min: 10000, max: 18000, unit: piece, note: 点工按天算，一天450元，晚上加班另算每小时50元}
  - id: K06
    number: 6
    employer: fengxing
    title: 挂面包装工
    pay: {min: 3800, max: 4800, unit: month, note: 计件，每包3分钱左右，手快的一个月5000出头}
  - id: K07
    number: 7
    employer: fengxing
    title: 停车巡检员
    pay: {min: 4000, max: 5500, unit: month, note: 底薪加提成，按收费率和巡检路段算，新人前两个月保底4000}
    faq:
      - {q: 体检多少钱, a: 健康证体检大约60元，自己先垫，入职满一个月报销}
  - id: K08
    number: 8
    employer: fengxing
    title: 风电运维工
    pay: {min: 7000, max: 9000, unit: month, note: 野外补贴每天60元，按出勤天数算，每月底随工资发}
  - id: K09
    number: 9
    employer: fengxing
    title: 隧道二衬杂工
    duties: {content: 挂防水板、绑钢筋、台车立模、浇混凝土时打下手}
    faq:
      - {q: 罚款谁出, a: 超速、超载、闯红灯、违停产生的罚款一律由司机自己承担}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Three jobs whose facts are long texts of several clauses."""
    return catalog_from_yaml(tmp_path_factory, "clauses", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("K01", "罚款狠不狠", ["不额外罚款"]),
        ("K02", "加班多不多啊", ["每周加班一天"]),
        ("K03", "学徒期多少钱", ["3500"]),  # the figure asked, not the clause naming 学徒期
        ("K03", "健康证谁出钱", ["费用自理"]),  # who pays, not the clause naming the certificate
        ("K03", "中介费退吗", ["返还"]),  # the clause saying it is paid back
        ("K04", "箱型柱多少一吨", ["箱型柱每吨260元"]),  # the clause naming the thing asked
        ("K04", "冷库多少度", ["冷库零下25度"]),
        ("K05", "夜里加班咋算钱", ["每小时50元"]),
        ("K06", "计件咋算", ["每包3分钱"]),  # the price, not the word 计件
        ("K04", "计件还是计时", ["按吨计件"]),  # the way of paying, which the unit says
        ("K07", "提成咋个算的", ["按收费率"]),  # how it is reckoned, not that there is one
        ("K07", "体检钱报不报", ["报销"]),  # the deed asked both ways, in an FAQ's later clause
        ("K08", "野外补贴咋算的", ["60元"]),  # a figure kept already says how
        ("K09", "二衬杂工干撒的", ["挂防水板、绑钢筋"]),  # tasks listed, cut at an item's end
    ],
)
def test_the_clause_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the clause that answers it, within the 20 characters of a post."""
    score = score_one(catalog, featured, question, state)
    assert score.stated_share == 1.0


def test_a_list_sharing_its_end_is_not_cut(catalog: Catalog) -> None:
    """A shared end (超速、超载…罚款一律由司机自己承担) is never cut off: 超速等 would say nothing."""
    score = score_one(catalog, "K09", "罚款谁出", ["自己承担"])
    assert not any("等" in post and "承担" not in post for o in score.outcomes for post in o.posts)
