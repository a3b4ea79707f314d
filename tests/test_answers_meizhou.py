"""Questions typed by Hakka speakers of Meizhou and Heyuan, often by voice: 涯 is I, 爱 before a need
is 要 and 爱冇 要不要, 冇 closing a clause asks, 做得 asks whether one may, 系 is 是 and 个 的 in such
a line, 一只月 a month, 食朝 breakfast, 奈里 where, 放唔放 whether there is a day off, 今年五十三 an
age told; a search is no search when its 的 only tells whom the asker comes with; an allowance
named by a kind opened with 下 (下雨天) is told by the text paying it; 要自己出钱吧 checks a cost; a
rate an hour is the plain one before the one past a quota; how long a trial lasts is told by the
text giving a span; the hour of an interview no text gives goes to the host; 厂里发还是中介发 is
told by the text naming the agency that pays."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: hengxin
    name: 惠州恒信锂电科技有限公司
    aliases: [恒信]
    city: 惠州
jobs:
  - id: M01
    number: 1
    employer: hengxin
    title: 设备维修工
    aliases: [机修]
    pay: {min: 7000, max: 10000, unit: month, base: 底薪3500}
    requirements: {age_min: 20, age_max: 45, gender: 男, other: [持低压电工证, 无纹身, 入职体检厂里报销]}
    duties: {note: 工衣工牌免费}
    location: {address: 惠州市惠阳区新圩镇长布村68号}
  - id: M02
    number: 2
    employer: hengxin
    title: 电芯分选工
    pay: {min: 5500, max: 6500, unit: month}
    hours: {shift: 长白班, daily: 10, rest: 做五休二}
    duties: {content: 分选机旁挑电芯, posture: 坐班}
    canteen: {provided: true, cost: 早餐免费，中晚餐每餐5元}
    dorm: {provided: true, room: 4人间, couples: 无夫妻房}
    prospects: {path: 分选工-组长-车间主管}
    requirements: {age_min: 18, age_max: 40, gender: 男女不限, experience: 开过叉车优先}
  - id: M03
    number: 3
    employer: hengxin
    title: 厂区配送员
    pay: {min: 6000, max: 8000, unit: month, overtime: 下雨天每单加2元}
  - id: M04
    number: 4
    employer: hengxin
    title: 仓库拣货员
    pay: {min: 25, max: 28, unit: hour, note: 时薪25-28元，一个月超过200小时每小时多加2元，月工时260小时左右}
  - id: M05
    number: 5
    employer: hengxin
    title: 包装工
    pay: {min: 20, max: 22, unit: hour, note: 小时工，做满60天补贴300元}
  - id: M06
    number: 6
    employer: hengxin
    title: 检测员
    pay: {min: 6500, max: 7500, unit: month}
    apply: {start: 面试通过第二天上班}
  - id: M07
    number: 7
    employer: hengxin
    title: 木工
    apply: {how: 直播间发 报名7，带身份证和工具来试工, interview: 试工半天，合格当天上岗}
  - id: M08
    number: 8
    employer: hengxin
    title: 喷涂工
    pay: {min: 24, max: 26, unit: hour, note: 月工时300小时左右，派遣公司发工资}
    insurance: {social: 派遣公司买商业意外险, note: 做满3个月可以转买社保}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A lithium battery plant in Huizhou."""
    return catalog_from_yaml(tmp_path_factory, "meizhou", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("M01", "涯今年五十三 还爱冇", ["20-45岁"]),
        ("M01", "爱冇电工证", ["低压电工证"]),
        ("M01", "一只月做得几多钱", ["7000"]),
        ("M01", "工衣爱自己出钱买冇", ["工衣工牌免费"]),
        ("M01", "有文身做得冇 手上有一滴滴", ["无纹身"]),
        ("M01", "入职体检要自己出钱吧", ["厂里报销"]),
        ("M01", "喂喂 底薪几多", ["3500"]),
        ("M02", "女个做得冇", ["男女不限"]),
        ("M02", "食朝使唔使钱", ["早餐免费"]),
        ("M02", "系唔系坐着做", ["坐班"]),
        ("M02", "几多岁以下先收", ["40"]),
        ("M02", "礼拜六礼拜日放唔放", ["做五休二"]),
        ("M02", "做久咗有冇得升", ["组长"]),
        ("M02", "以后能往哪里升", ["组长"]),
        ("M02", "会开叉车个有冇得优势", ["开过叉车优先"]),
        ("M02", "有冇夫妻房涯同涯老公两个人一起来个", ["无夫妻房"]),
        ("M03", "落雨天有补贴冇", ["下雨天每单加2元"]),
        ("M04", "拣货一个小时几多钱", ["25-28"]),
        ("M01", "1号地薪几多", ["3500"]),
        ("M05", "小时工几多钱一个钟", ["20-22"]),
        ("M06", "检测员一只月人工有几多 涯帮孻子问个", ["6500"]),
        ("M07", "试工要试几天的？", ["试工半天"]),
        ("M08", "人工系厂里发还系中介发", ["派遣公司发工资"]),
        ("M08", "做好久可以买社保", ["3个月"]),
    ],
)
def test_the_fact_asked_is_told(catalog: Catalog, featured: str, question: str, state: list[str]) -> None:
    """Each question is told the fact it asks, within the 20 characters of a post."""
    assert answered_as_written(catalog, featured, question, state)


def test_where_the_plant_is_asked_the_hakka_way(catalog: Catalog) -> None:
    """厂系惠州奈里 asks where the plant stands: the address is told."""
    assert answered_as_written(catalog, "M01", "厂系惠州奈里", ["新圩镇"])


@pytest.mark.parametrize(
    ("featured", "question"),
    [("M03", "叉车系电动个还系柴油个"), ("M03", "热天有冇高温补贴"), ("M06", "面试几点钟到厂里")],
)
def test_what_the_catalogue_does_not_write_goes_to_the_host(
    catalog: Catalog, featured: str, question: str
) -> None:
    """A fact no text of the job writes is left to the host, however the question is typed."""
    assert answered_as_written(catalog, featured, question, None)
