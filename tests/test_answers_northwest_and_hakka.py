"""Questions in the words of village men of the north-west (撒价, 阿达, 么有, 灯高证 by voice, 那攒劲), of
Hakka speakers (一只月, 几多只钟头, 系坐等做么, 奈位), of Guangxi women (有不贴冇, 好重的吧, 穿哪样衣服) and
of Shandong men (速射 by voice, 俺有个初级证 中不中, 俺五十三 还收不): each told the fact it asks, or
left to the host where the catalogue does not write it. A cheer after the question (那攒劲, 俄滴个乖乖)
and a call closing it (马哥) ask nothing."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: xibei, name: 酒泉西北风电运维有限公司, aliases: [西北风电], city: 酒泉}
  - {id: maishi, name: 南宁麦食中央厨房有限公司, aliases: [麦食], city: 南宁}
  - {id: anbao, name: 临沂安保服务有限公司, aliases: [安保], city: 临沂}
jobs:
  - id: W01
    number: 1
    employer: xibei
    title: 风机吊装辅助工
    pay: {min: 9000, max: 12000, unit: month, base: 底薪6000, note: 每装完一台风机另有200元台数补贴}
    canteen: {provided: 包吃, note: 项目部食堂，面食为主}
    duties: {content: 风机吊装辅助, note: 整天户外晒太阳}
    requirements: {age_min: 20, age_max: 45, other: [持有效登高证]}
  - id: W02
    number: 2
    employer: xibei
    title: 风机运维技术员
    pay: {min: 15000, max: 20000, unit: month, note: 出海补贴每天300元}
    hours: {shift: 轮班, rest: 干20休10}
    dorm: {provided: 包住, room: 2人间}
    duties: {content: 海上风机巡检, note: 坐运维船出海，晕船的慎重}
  - id: W03
    number: 3
    employer: maishi
    title: 烘焙学徒
    pay: {min: 20, max: 22, unit: hour, note: 干满3个月每小时补2元，夜班补贴每晚20元}
    duties: {content: 冷库取料、和面, note: 冷库零下18度；面粉一袋50斤，需要扛；要穿洁净服戴发网}
    prospects: {training: 师傅带教，学徒期3个月}
    canteen: {provided: 有食堂, note: 厂内食堂刷卡吃饭}
  - id: W04
    number: 4
    employer: maishi
    title: 穿综工
    pay: {min: 6000, max: 8000, unit: month, note: 按根数计件}
    hours: {shift: 长白班, daily: 11}
    duties: {content: 把经纱穿进综丝, posture: 坐班}
    prospects: {training: 学徒期每月3500}
    apply: {how: 私信发简历}
  - id: W05
    number: 5
    employer: anbao
    title: 消控室值班员
    hours: {shift: 24小时值班, rest: 上一休二, note: 值班时可轮流休息}
    dorm: {provided: 包住, distance: 园区内宿舍楼，走路3分钟}
    requirements: {age_min: 22, age_max: 55, other: [持中级消防证]}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A wind farm's jobs, a central kitchen's and a park's fire-control room."""
    return catalog_from_yaml(tmp_path_factory, "northwest_hakka", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("W01", "底薪撒价 老哥", ["6000"]),  # 撒价 asks how much
        ("W01", "伙食咋样 顿顿洋芋么😂", ["面食为主"]),  # 顿顿 is no pet name
        ("W01", "三十七了还要不要 马哥", ["45"]),  # the streamer called after the question
        ("W01", "灯高证必须要吗 么有咋办", ["登高证"]),  # 灯高 is 登高 by voice; a certificate, no work
        ("W01", "装一台凤机补多少钱", ["200元"]),
        ("W01", "晒不晒嘛😭 我怕晒黑", ["晒太阳"]),  # what one fears told after the question
        ("W02", "干20休10是真的么 那攒劲", ["干20休10"]),  # the rest written as asked
        ("W02", "两个人一间？？", ["2人间"]),
        ("W02", "出海一天补多少钱", ["300元"]),
        ("W02", "晕船的能干不😂坐个羊皮筏子都吐", ["晕船的慎重"]),  # the emoji parts two clauses
        ("W03", "冷库里面好冷的吧", ["零下18度"]),
        ("W03", "面粉袋好重的吧", ["50斤"]),
        ("W03", "夜班有不贴冇", ["20元"]),  # 不贴 is 补贴 by voice
        ("W03", "学面包要学好久才出师", ["学徒期3个月"]),
        ("W03", "要穿哪样衣服 头发要包起来吗", ["洁净服"]),
        ("W03", "做久了会涨吗", ["每小时补2元"]),
        ("W04", "一日做几多只钟头", ["11小时"]),  # Hakka 只 counts as 个 does
        ("W04", "学徒期几多钱", ["3500"]),  # written in the training
        ("W04", "系坐等做么", ["坐班"]),
        ("W04", "简历发奈位", ["私信发简历"]),
        ("W05", "速射离门岗远不远", ["走路3分钟"]),  # 速射 is 宿舍 by voice
        ("W05", "消控室这个班是咋排的", ["24小时值班", "上一休二"]),
        ("W05", "值24个钟头 能睡觉不", ["轮流休息"]),
        (
            "W05",
            "俺有个初级证 中不中",
            ["中级"],
        ),  # the certificate the job asks, told to one who holds another
        ("W05", "要啥级别的证", ["中级"]),
        ("W05", "俺五十三 还收不", ["55"]),
    ],
)
def test_the_fact_asked_in_northwest_or_hakka_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    ("featured", "question"),
    [
        ("W03", "食堂一餐几多钱"),  # paid by card is written, not what a meal costs
        ("W01", "有班车吗 那攒劲"),  # nothing is written of a shuttle
    ],
)
def test_a_fact_not_written_is_left_to_the_host(catalog: Catalog, featured: str, question: str) -> None:
    """The bot stays silent and the host is told."""
    assert score_one(catalog, featured, question, None).silent_share == 1.0
