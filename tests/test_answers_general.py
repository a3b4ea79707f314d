"""Ways of asking that hold across catalogues: each facet asked in the words viewers type, told
the fact that states it, or silence when the catalogue lacks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.applied import confirmation_forms
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.test_answers import score_answers_rows

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "answers"
LABELLED = ROOT / "tests" / "data" / "labelled"
CATALOGUES = {
    "dev2": LABELLED / "dev2_catalog.yaml",
    "dev3": LABELLED / "dev3_catalog.yaml",
    "dev4": LABELLED / "dev4_catalog.yaml",
    "dev5": SETS / "dev5_catalog.yaml",
    "dev6": SETS / "dev6_catalog.yaml",
    "dev7": SETS / "dev7_catalog.yaml",
    "dev8": SETS / "dev8_catalog.yaml",
    "dev9": SETS / "dev9_catalog.yaml",
}
_LOADED: dict[str, Catalog] = {}


def _catalog(name: str) -> Catalog:
    """A catalogue of the answer sets, loaded once."""
    if name not in _LOADED:
        _LOADED[name] = load_catalog(CATALOGUES[name])
    return _LOADED[name]


def _told(name: str, job: str, question: str, state: list[str] | None) -> bool:
    """Whether one asker alone is told the wanted words (or, for None, gets no post)."""
    score = score_answers_rows(_catalog(name), [{"featured": job, "text": question, "state": state}])
    return score.stated_share == 1.0 and score.silent_share == 1.0


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev6", "J001", "中午休息多久", ["一个半小时"]),
        ("dev6", "J006", "吃饭时间多久", ["半小时"]),
        ("dev6", "J012", "中间休息吗", None),
        ("dev4", "J118", "过年放几天假", None),
    ],
)
def test_a_break_or_a_holiday_is_not_the_weekly_rest(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """中午休息多久 and 过年放几天假 ask the break and the holiday, never the days off a month."""
    assert _told(name, job, question, state)


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev6", "J002", "夜班补贴多少", ["15"]),
        ("dev6", "J016", "夜班补贴多少", ["20"]),
        ("dev5", "M06", "有出车补助吗", ["40"]),
        ("dev8", "K07", "提成一般能拿多少", None),
        ("dev8", "K06", "季度奖一般发几多", None),
    ],
)
def test_an_allowance_or_bonus_is_told_by_a_text_naming_it(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """An allowance named by its kind is found in any topic's text; its sum asked, only a text
    with a figure answers (另有酒水提成 is no answer to 提成能拿多少)."""
    assert _told(name, job, question, state)


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev6", "J005", "一趟多少钱", ["60"]),
        ("dev6", "J011", "一间房多少钱", ["5元"]),
        ("dev6", "J001", "针车一双多钱", ["0.35"]),
        ("dev7", "J01", "夫妻房收费吗", ["150"]),
        ("dev8", "K08", "考汽修证要自己花钱不", None),
    ],
)
def test_a_sum_asked_is_told_by_the_text_giving_it(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """A rate per trip or room, a room's price, are told from the text giving the figure; a text
    saying nothing of money answers no question of cost."""
    assert _told(name, job, question, state)


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev6", "J014", "可以不买社保吗", ["不买社保"]),
        ("dev3", "L01", "交不交社保", ["入职即交"]),
        ("dev8", "K01", "我妈今年56了 保洁还收不收", ["58"]),
        ("dev8", "K14", "要会做月子餐吗", ["做月子餐"]),
        ("dev8", "K14", "没生过孩子能做月嫂吗", ["生过孩子优先"]),
        ("dev8", "K06", "帮厨人工几多", ["4800"]),
        ("dev8", "K06", "jbf点计", ["25元"]),
        ("dev8", "K06", "5号包唔包食", ["包吃"]),
        ("dev8", "K04", "货最沉的多少斤", ["50斤"]),
        ("dev8", "K04", "腰间盘突出能干吗", ["腰不好"]),
    ],
)
def test_words_of_every_region_ask_their_facet(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """An age told, a duty asked as a requirement, Cantonese (人工几多, 点计, 包唔包食) and the
    body's ailments are read as the facet they ask."""
    assert _told(name, job, question, state)


def test_an_application_is_confirmed_with_what_follows() -> None:
    """报名3 where the catalogue writes 公屏发 报名3 留电话 is confirmed with what follows it."""
    job = next(j for j in _catalog("dev8").jobs if j.id == "K03")
    assert confirmation_forms(job)[0] == "已报名3号快递分拣员 留电话 每天下午4点分拨中心面试"


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev8", "K01", "工衣要自己掏钱买不", ["免费发两套"]),
        ("dev8", "K07", "要会讲粤语吗 我湖南的", ["不要求粤语"]),
        ("dev8", "K07", "暑假工收不收 我高三刚毕业", ["暑假工可以"]),
        ("dev8", "K05", "我是四川的普通话不标准可以吗", ["会说普通话"]),
    ],
)
def test_an_faq_named_whole_is_answered_by_it(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """A question naming all an FAQ's question names (工衣 for 工服, 掏钱 for 要钱) is answered by
    it; the viewer's own province (我湖南的) names no job."""
    assert _told(name, job, question, state)


@pytest.mark.parametrize(
    ("name", "job", "question", "state"),
    [
        ("dev8", "K11", "天津站几点接站", None),
        ("dev8", "K14", "金牌月嫂要做几年才能升上去", None),
        ("dev4", "J126", "多久能当店长", ["6个月"]),
        ("dev8", "K14", "要什么证件", ["健康证"]),
    ],
)
def test_a_time_asked_is_told_only_by_a_text_giving_it(
    name: str, job: str, question: str, state: list[str] | None
) -> None:
    """几点接站 and 要做几年 are told a text giving the time or span, or go to the host; 要什么证件
    is told the certificate the catalogue asks for."""
    assert _told(name, job, question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("K03", "我想问一下就是那个宿舍是几个人住一间的呀有没有空调", ["8人间"]),
        ("K03", "你好请问上夜班的话是几点到几点啊", ["晚7点到早6点"]),
        ("K03", "你们这个工资会不会压啊压多久", ["压半个月"]),
        ("K03", "双十一的时候会不会加工资", ["3元"]),
        ("K10", "不买社保能折现吗", ["折现"]),
        ("K10", "做的什么衣服", ["女装"]),
        ("K12", "啥辰光发工资", ["12号"]),
        ("K12", "上十二个小时吗", ["12小时"]),
        ("K12", "一个月落好多", ["6000"]),
        ("K12", "rz要带啥", None),
    ],
)
def test_voice_input_and_dialect_ask_their_facet(job: str, question: str, state: list[str] | None) -> None:
    """A run-on voice question is read clause by clause (its first question first); 啥辰光, 落好多,
    a count of hours asked, the peak season and the wages held back are read as what they ask;
    带薪 is no document to bring."""
    assert _told("dev8", job, question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("K06", "两头班系几点到几点", ["上午10点"]),
        ("K08", "晚饭管不管", ["10元"]),
        ("K10", "没踩过平车可以学吗", ["要会平车"]),
        ("K01", "主播你好我想问一下那个保洁过年过节要是上班的话工资是怎么算的呀", ["3倍"]),
    ],
)
def test_a_short_post_states_the_fact_asked(job: str, question: str, state: list[str]) -> None:
    """Under Bilibili's twenty characters the asked fact leads: the hours of a shift named, the
    evening meal, whether one may learn, the holiday rate."""
    assert _told("dev8", job, question, state)


def test_night_meals_and_places_left_are_facets_of_their_own() -> None:
    """冷库夜班有夜宵吗 asks the night meal only (never the shifts); 还有名额吗 the places offered."""
    assert _told("dev8", "K11", "冷库夜班有夜宵吗", None)
    assert _told("dev8", "K12", "夜班有夜宵吗", ["夜宵"])
    assert _told("dev8", "K12", "还有名额吗", ["招200人"])


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J01", "迟到扣钱吗", None),
        ("J01", "宿舍新不新", None),
        ("J01", "宿舍是几楼", None),
        ("J01", "试工几天", ["试工满7天"]),
        ("J01", "面试过了多久上班", ["第二天入职"]),
        ("J01", "工资是按月发还是按天发", ["每月20号"]),
        ("J01", "租房有补贴吗", ["200元"]),
    ],
)
def test_a_question_of_no_fact_held_gets_no_neighbouring_one(
    job: str, question: str, state: list[str] | None
) -> None:
    """迟到扣钱吗 is no question of the canteen's cost, 宿舍新不新 of where the dorm is; a trial, the
    start after the interview, the pay period and the allowance for living out are their own facts."""
    assert _told("dev7", job, question, state)


def test_a_skill_asked_and_a_priced_thing_are_told_their_own_fact() -> None:
    """要会什么 is told the skill required (会看BOM, 要会平车) or goes to the host; 夫妻房多少钱一个月
    is told the couples' room alone, never the month's pay."""
    assert _told("dev4", "J103", "smt要会些啥", ["BOM"])
    assert _told("dev8", "K10", "要会什么", ["要会平车"])
    assert _told("dev8", "K12", "要会什么", None)
    assert _told("dev8", "K12", "夫妻房多少钱一个月", ["350"])


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("L04", "车间闷热吗", ["温度高"]),
        ("L07", "返费怎么算", ["返工时费"]),
        ("L08", "要会做表格吗", ["Excel"]),
        ("L09", "发口罩吗", ["防毒面具"]),
        ("L10", "要搬东西吗", ["搬纸箱"]),
        ("L12", "夜班多给多少钱", ["30元"]),
        ("L12", "双十一忙吗", ["很忙"]),
        ("L16", "电动车要自己买吗", ["公司提供"]),
    ],
)
def test_a_thing_named_finds_the_text_naming_it(job: str, question: str, state: list[str]) -> None:
    """The heat, the rebate, a spreadsheet, masks, carrying, a night's extra, the peak season and
    who provides the scooter are told from the recruiter's own words."""
    assert _told("dev3", job, question, state)


def test_northern_words_ask_their_facet() -> None:
    """发面罩不 asks the gear given, 夜班多多少 the night's extra; 健康证谁办 is no question the FAQ
    要办健康证吗 answers with its 要."""
    assert _told("dev2", "K02", "发面罩不", ["面罩"])
    assert _told("dev2", "K04", "夜班多多少", ["20元"])
    assert _told("dev2", "K05", "健康证谁办", ["需办健康证"])


def test_an_age_told_outweighs_learning_asked() -> None:
    """31了还能学不 asks whether that age is taken (18-30岁), not whether one may learn."""
    assert _told("dev8", "K08", "31了还能学不", ["30"])


def test_a_thing_named_another_way_finds_the_text() -> None:
    """电瓶车 finds a text saying 电动车, 寒假工 one saying 寒暑假."""
    assert _told("dev3", "L16", "电瓶车要自己买吗", ["公司提供"])
    assert _told("dev3", "L12", "寒假工要吗", ["寒暑假"])


def test_the_body_and_the_record_asked_are_told_the_requirement() -> None:
    """少个手指头 is told 手指健全, 出过事故 is told 无重大事故, 暑假工 is told whether students are taken."""
    assert _told("dev5", "M03", "少个手指头可以吗", ["手指健全"])
    assert _told("dev5", "M06", "出过事故行吗", ["无重大事故"])
    assert _told("dev5", "M01", "暑假工收不收", ["不收学生工"])


def test_an_faq_asked_with_more_words_is_answered_by_it() -> None:
    """厂子大不大 多少人 names all that the employer's FAQ 厂里多少人 asks: its answer is told."""
    assert _told("dev7", "J01", "厂子大不大 多少人", ["1800人"])


def test_how_a_need_is_met_asks_the_topic() -> None:
    """住宿怎么解决 and 吃饭怎么解决 ask the dorm and the meals; 工资怎么结 asks when pay is settled."""
    assert _told("dev8", "K01", "住宿怎么解决", ["不包住"])
    assert _told("dev8", "K14", "吃饭怎么解决", ["和雇主一起吃"])
    assert _told("dev8", "K14", "工资怎么结", ["3天内"])


def test_whether_papers_are_kept_is_no_question_of_documents() -> None:
    """押不押证件 asks whether the employer keeps one's papers: never told what to bring."""
    assert _told("dev6", "J001", "押不押证件", None)


def test_a_photo_or_a_bank_card_asked_is_what_to_bring() -> None:
    """要带照片吗 and 要带银行卡吗 are told what the recruiter says to bring."""
    assert _told("dev6", "J001", "要带照片吗", ["一寸照片"])
