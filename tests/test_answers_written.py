"""Questions written as full, polite sentences and told in 20 characters: 是否 asks in a clause of
its own; 每月到手多少 is told the clause saying 到手, not another giving a sum; holding a
certificate and asking its allowance is not asked by an FAQ on lacking one; 男同志 is a gender;
a day worked beyond the month, how heavy the heaviest load is, paying for meals and a yearly raise
are each told as written; an FAQ taking those without a certificate answers 没有证能行么."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: kangning
    name: 常州康宁医药物流有限公司
    aliases: [康宁医药]
    city: 常州
jobs:
  - id: M01
    number: 1
    employer: kangning
    title: 医药拣货员
    pay:
      min: 4500
      max: 5200
      unit: month
      note: 到手4300左右，干满一年每月加150元工龄工资；多上一天另算170元
    canteen: {provided: true, cost: 员工餐免费}
    duties: {note: 药品不重，最重的是整箱输液，一箱12公斤左右}
    prospects: {note: 每年4月调薪一次}
    location:
      address: 常州市武进区湖塘镇长虹路88号
      transport: 地铁2号线常州站步行10分钟
      pickup: 常州站可以接站，提前一天联系
      note: 常温库、阴凉库和冷库三个库区
    requirements: {gender: 女}
  - id: M02
    number: 2
    employer: kangning
    title: 冷库叉车工
    pay: {min: 6800, max: 8000, unit: month, note: 持证补贴每月250元}
    requirements: {other: [需持有效叉车证]}
    faq:
      - {q: 没有叉车证可以吗, a: 不行，必须持证上岗}
  - id: M03
    number: 3
    employer: kangning
    title: 食堂厨师
    faq:
      - {q: 有厨师证要求吗, a: 有证优先，没有也可以，看试菜}
      - {q: 会讲粤语有用吗, a: 不要求会讲粤语}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A pharmacy warehouse in Changzhou."""
    return catalog_from_yaml(tmp_path_factory, "written", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("M01", "从常州火车站过去，是否有人接站？", ["常州站可以接站"]),
        ("M01", "请问仓库的具体地址在哪里", ["长虹路88号"]),  # not the note naming the 库
        ("M01", "请问拣货员岗位每月到手大约多少？", ["4300"]),
        ("M01", "您好，请问男同志可以应聘拣货员吗", ["女"]),
        ("M01", "多上一天班，工资怎么计算？", ["170元"]),
        ("M01", "拣货工作需要搬很重的东西吗？", ["12公斤"]),
        ("M01", "员工吃饭需要付费吗？", ["免费"]),
        ("M01", "请问每年会调整工资吗？", ["4月"]),
        ("M02", "持叉车证有补贴吗", ["250元"]),
        ("M03", "没有厨师证能行么", ["没有也可以"]),  # the FAQ takes those without one
        ("M03", "不会粤语能行么 广东话一句都听不懂", ["不要求"]),  # 广东话 is no place asked
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)
