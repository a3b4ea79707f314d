"""Questions in the words of young Chaoshan speakers at a phone-repair stall (若多, 底时, 做呢, 姿娘, 企规日,
免钱, 上得无, 刺条龙, ABC爱识无) and of a crane driver with a licence of another kind (要哪样证 我有个A2驾照):
each told the fact it asks, or left to the host where the catalogue does not write it."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: huaqiang, name: 汕头华强手机维修有限公司, aliases: [华强维修], city: 汕头}
  - {id: lujian, name: 贵州路建桥梁工程有限公司, aliases: [路建], city: 贵阳}
jobs:
  - id: C01
    number: 1
    employer: huaqiang
    title: 柜台贴膜员
    pay: {min: 4500, max: 6000, unit: month, payday: 每月10号}
    hours: {shift: 长白班, note: 节假日不休}
    duties: {content: 档口柜台贴膜, posture: 站班}
    dorm: {provided: 包住, fee: 100元/月}
    insurance: {social: 满3个月买社保}
    requirements: {age_min: 18, age_max: 35, gender: 男性, other: [无纹身, 认识26个英文字母]}
    apply: {how: 直播间发 报名1, start: 当天可上岗}
  - id: C02
    number: 2
    employer: lujian
    title: 架桥机司机
    pay: {min: 13000, max: 18000, unit: month}
    requirements: {age_min: 25, age_max: 50, other: [持起重机械操作证]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A phone-repair stall's film fitter and a bridge crew's crane driver."""
    return catalog_from_yaml(tmp_path_factory, "chaoshan", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("C01", "底时发工资", ["10号"]),
        ("C01", "住宿费若多", ["100元"]),
        ("C01", "设保底时买", ["满3个月"]),
        ("C01", "今日去今日上得无", ["当天可上岗"]),
        ("C01", "姿娘收无", ["男性"]),
        ("C01", "爱企规日无 脚会酸", ["站班"]),
        ("C01", "过年过节有休无", ["节假日不休"]),
        ("C01", "阮手臂刺条龙🐉 做得无", ["无纹身"]),
        ("C01", "ABC爱识无 阮英语孬", ["26个英文字母"]),
        ("C02", "要哪样证 我有个A2驾照 得不得", ["起重机械操作证"]),  # the job's own, not the one held
    ],
)
def test_the_fact_asked_in_chaoshan_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("C01", "宿舍底块 远无"),  # where the dorm is, not written
        ("C02", "底时发工资"),  # no payday written
    ],
)
def test_a_fact_not_written_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
