"""Questions in the words of western Hunan tea pickers (坐起做, 恰的, 男伢), Kunming flower-base
workers (加班个有加班费, 北站给接, 不包住个有补贴), Chongqing pickle-plant women (好久进厂, 五线好久买)
Shangrao laundry women (要穿啥子戴啥子不, 平时搞么事, 一个月不请假有奖冇) and of a viewer who says where
they are (我在上饶 可以网上面试吗): each told the fact it asks."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - {id: lvyuan, name: 曲靖绿源苗木合作社, aliases: [绿源苗木], city: 曲靖}
  - {id: meixiu, name: 长沙美秀美发连锁, aliases: [美秀], city: 长沙}
  - {id: jieling, name: 南宁洁领布草洗涤厂, aliases: [洁领洗涤], city: 南宁}
jobs:
  - id: Q01
    number: 1
    employer: lvyuan
    title: 苗圃养护工
    pay: {min: 3500, max: 4200, unit: month, overtime: 加班每小时15元, payday: 每月25号}
    hours: {shift: 长白班, note: 早上6点半进棚，中午休息2小时}
    duties: {content: 苗木浇水、施肥、打药, posture: 坐班}
    dorm: {provided: 包住, room: 2人间, fee: 不收住宿费}
    insurance: {social: 干满3个月买五险}
    requirements: {age_min: 25, age_max: 50, gender: 女工优先}
    location: {address: 曲靖市沾益区西平街道苗圃基地, pickup: 曲靖北站可以接站}
    apply: {how: 直播间发 报名1, start: 7月5号统一进厂}
  - id: Q02
    number: 2
    employer: lvyuan
    title: 花卉打包员
    pay: {min: 18, max: 22, unit: hour}
    hours: {note: 花季3月开始，10月底结束}
    dorm: {provided: 不包住, allowance: 不住宿补贴300元/月}
  - id: M01
    number: 3
    employer: meixiu
    title: 美发学徒
    pay: {min: 3000, max: 6000, unit: month, note: 底薪3000，一个钟提成50元}
    prospects: {path: 学徒-助理-发型师, training: 学徒期3个月，公司每周二上午技术培训，不收学费}
    requirements: {other: [需办健康证]}
    faq:
      - {q: 学徒要交学费吗, a: 不交学费，剪刀吹风机店里配}
  - id: J01
    number: 4
    employer: jieling
    title: 洗涤工
    pay: {min: 4000, max: 4800, unit: month, payday: 每月15号发上月工资, note: 一个月不请假发全勤奖200元}
    duties: {content: 酒店床单被套洗涤、烘干, note: 要戴手套和袖套}
    apply: {how: 直播间发 报名4, interview: 可以视频面试}
  - id: J02
    number: 5
    employer: jieling
    title: 布草配送司机
    duties: {content: 开面包车给酒店送布草}
    requirements: {experience: 驾龄3年以上}
    location: {address: 南宁市江南区那洪工业园12号, transport: 夜班下班有班车送到宿舍门口}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A nursery in Qujing, a hair salon in Changsha and a linen laundry in Nanning."""
    return catalog_from_yaml(tmp_path_factory, "xiangxi_kunming", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("Q01", "一间房睡几个人", ["2人间"]),
        ("Q01", "是坐起做还是站起做", ["坐班"]),  # Hunan 起 after a posture is 着
        ("Q01", "好久进厂嘛", ["7月5号"]),  # Chongqing 好久 before a start asks when
        ("Q01", "五线好久买", ["3个月"]),  # voice input's 五线 is 五险
        ("Q01", "加班个有加班费", ["15元"]),  # Kunming 个 before a verb asks whether
        ("Q01", "北站给接 我坐火车来", ["曲靖北站"]),
        ("Q01", "早上几点就要进棚子了", ["6点半"]),
        ("Q01", "多少岁以上就不要了", ["50"]),
        ("Q01", "男伢要不要啊 我哥也想去", ["女工优先"]),  # Hubei 伢 is a child
        ("Q02", "不包住个有补贴", ["300元"]),
        ("Q02", "我不住他那，有补贴没有", ["300元"]),
        ("Q02", "花季好久结束", ["10月底"]),
        ("M01", "一个钟提成好多", ["50元"]),  # a 钟 of a salon is a session: its cut, not an hourly wage
        ("M01", "学美发要几个月", ["3个月"]),
        ("M01", "要健康证不 在哪办", ["健康证"]),  # where to get it follows the certificate asked
        ("M01", "学徒收学费不 我冇得钱", ["不交学费"]),  # the job's FAQ on that very fee
        ("J01", "可以网上面试冇 我在上饶过不去", ["视频面试"]),  # where the asker is, not a job there
        ("J01", "工资是月底发还是么时候", ["15号"]),
        ("J01", "搿个生活做点啥", ["床单被套"]),  # Suzhou 生活 is the work, 做点啥 what one does
        ("J01", "要穿啥子戴啥子不", ["手套和袖套"]),
        ("J01", "一个月不请假有奖冇", ["全勤奖200元"]),
        ("J01", "洗衣工平时搞么事咧", ["床单被套"]),  # 搞什么 of a job's work is what it does
        ("J02", "要开了几年车的才要", ["驾龄3年以上"]),
        ("J02", "半夜下班了阿么回去 害怕哩", ["班车"]),
    ],
)
def test_the_fact_asked_in_hunan_yunnan_and_chongqing_speech_is_told(
    catalog: Catalog, featured: str, question: str, state: list[str]
) -> None:
    """Each question is told the fact it asks."""
    assert score_one(catalog, featured, question, state).stated_share == 1.0


@pytest.mark.parametrize(
    "line",
    ["主播辛苦了 喝口水嘛", "主播喝口水嘛 讲半天了", "主播你慢点说嘛 我们记不到"],
)
def test_words_to_the_host_ask_nothing(catalog: Catalog, line: str) -> None:
    """Telling the host to drink some water or to speak slower asks nothing."""
    assert Understander(catalog).understand(line, "Q01").intents == ()


@pytest.mark.parametrize(
    ("line", "intents"),
    [
        ("么子时候发工资咯", ("pay",)),
        ("宿舍几个人住啰", ("dorm",)),
        ("几点上班哟", ("hours",)),
        ("加班咯", ()),
    ],
)
def test_hunan_and_hubei_closing_particles(catalog: Catalog, line: str, intents: tuple[str, ...]) -> None:
    """咯, 啰 and 哟 close a question as 啊 does; after a bare topic they exclaim (加班咯)."""
    assert Understander(catalog).understand(line, "Q01").intents == intents
