"""Questions of nannies, maternity nurses and carers: a choice put as 是A还是要B asks which one; who
pays the wage (客户给我还是公司给我) is a choice, not a remark; a certificate not yet passed asks the
licence the job requires, as the catalogue writes it (护士执业证书); having given birth is a
requirement of its own; the holiday's pay and a bonus for staying over the New Year are told where
a note or an FAQ writes them; 车补 is an allowance for getting about; the age of the child cared
for is told from the opening of a list of tasks; how long a company has been going is told by its
FAQ, never by whether it hires directly."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: anxin
    name: 武汉安心家政服务有限公司
    aliases: [安心家政]
    city: 武汉
    direct_hire: 直招
    faq:
      - {q: 公司成立几年了, a: 2015年成立，武汉有5家门店}
      - {q: 工资谁发, a: 雇主把工资打到公司，公司每月10号发给阿姨}
  - id: kangning
    name: 长沙康宁医院后勤服务有限公司
    aliases: [康宁]
    city: 长沙
jobs:
  - id: N01
    number: 1
    employer: anxin
    title: 月嫂
    requirements:
      age_min: 28
      age_max: 52
      other: [要有生育经历, 持母婴护理证]
  - id: N02
    number: 2
    employer: anxin
    title: 育儿嫂
    duties: {content: 照看1-3岁宝宝：喂饭、洗澡、哄睡、陪玩}
    dorm: {provided: true, room: 住雇主家单独一间}
  - id: N03
    number: 3
    employer: kangning
    title: 病房护士
    requirements:
      gender: 女
      other: [需持护士执业证书]
    apply: {how: 发 报名3，把护士证照片私信给主播}
  - id: N04
    number: 4
    employer: kangning
    title: 医院护工
    pay:
      min: 170
      max: 240
      unit: day
      note: 每天170起；另有每月交通补贴120元；春节留岗奖1500元
    hours: {shift: 长白班, daily: 10}
    faq:
      - {q: 过年上不上班, a: 过年期间每天另加80元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Home-care and hospital jobs in Wuhan and Changsha."""
    return catalog_from_yaml(tmp_path_factory, "nannies", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("N04", "4号是长白班还是要倒夜班的", ["长白班"]),  # 还是要 offers the other shift
        ("N02", "工资是雇主给我还是公司给我啊", ["打到公司", "10号"]),
        ("N03", "我女儿护士证还没考下来可以去不", ["护士执业证书"]),
        ("N01", "没生过小孩能做月嫂不", ["生育经历"]),
        ("N04", "过年不回去留在那干给多加钱不", ["80元", "1500"]),
        ("N04", "留下来过年有奖励没", ["1500"]),
        ("N04", "有车补没有", ["120"]),
        ("N02", "育儿嫂带几岁的娃娃", ["1-3岁"]),  # 娃娃 is a child, not someone's pet name
        ("N02", "住雇主家是单独一间不", ["单独一间"]),
        ("N02", "安心家政开了多少年了", ["2015年"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("N03", "康宁开了多少年了"),  # no FAQ says when it was founded: not 直招 instead
        ("N03", "过年不回家有奖励吗"),  # the nurse's job writes no New Year's bonus
        ("N01", "带几岁的娃娃"),  # the maternity nurse's tasks name no age
    ],
)
def test_a_fact_not_written_goes_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """A question whose fact the catalogue lacks is left to the host, not told a neighbouring fact."""
    assert answered_as_written(catalog, featured, question, None)
