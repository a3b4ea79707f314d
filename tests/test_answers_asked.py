"""The fact a question asks, on the catalogue written outside the team for dev7: said when there,
silence when the catalogue lacks it (never a neighbouring fact)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.claims import asked_topics
from bot.evaluate_answers import field_words
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.test_answers import score_one

ROOT = Path(__file__).resolve().parents[1]
DEV7 = ROOT / "tests" / "data" / "answers" / "dev7_catalog.yaml"


@pytest.fixture(scope="module")
def dev7() -> Catalog:
    """The dev7 catalogue."""
    return load_catalog(DEV7)


def _told(catalog: Catalog, job: str, question: str, state: list[str] | None) -> bool:
    """Whether one asker alone is told the wanted words (or, for None, gets no post)."""
    score = score_one(catalog, job, question, state)
    return score.stated_share == 1.0 and score.silent_share == 1.0


def test_a_sum_in_yuan_is_said_with_its_unit(dev7: Catalog) -> None:
    """住宿费多少 on a dorm at 100元/月 is told 100元/月, as the recruiter writes it."""
    assert _told(dev7, "J03", "住宿费多少", ["100元/月"])


def test_a_free_dorm_states_its_fee(dev7: Catalog) -> None:
    """A fee of 0 is stated by 住宿免费: the answer set's field reads as 免费 too."""
    job = next(j for j in dev7.jobs if j.id == "J01")
    assert "免费" in (field_words(job, "dorm.fee") or ())


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J01", "有没有班车接送的", None),
        ("J05", "有没有班车", None),
        ("J07", "有没有地铁到厂门口", None),
        ("J05", "坐地铁能到吗", ["地铁1号线"]),
        ("J03", "有班车吗", ["厂车接送"]),
        ("J13", "厂车接吗", ["余姚北站可以接"]),
    ],
)
def test_a_way_to_work_asked_by_name_is_told_only_from_a_text_naming_it(
    dev7: Catalog, job: str, question: str, state: list[str] | None
) -> None:
    """班车 and 地铁 asked are told a text naming them, or nothing: never the station pick-up."""
    assert _told(dev7, job, question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J03", "能借支不 刚来身上没钱", ["可以借支"]),
        ("J03", "工资谁发 厂里发吗", ["派遣公司发"]),
        ("J10", "能带娃一起住不", ["不能带小孩"]),
        ("J09", "身高多少要求", ["168"]),
        ("J09", "以前进过局子能干吗", ["无犯罪记录"]),
        ("J12", "有鼻炎过敏能干不", ["过敏"]),
        ("J01", "字都认不全 能干不", ["会写自己名字"]),
        ("J07", "焊锡有烟吗 伤身体不", ["抽烟机"]),
        ("J03", "试用期几个月", ["试用期1个月"]),
        ("J07", "试用期多久", ["试用期2个月"]),
        ("J05", "食堂吃一顿要几块", ["8到12元"]),
        ("J01", "2号叉车要证不", ["叉车证"]),
        ("J03", "不住厂里给补多少", ["350元"]),
        ("J07", "水电扣多少", ["60元"]),
        ("J05", "宿舍能用吹风机不", ["大功率电器"]),
    ],
)
def test_a_facet_is_found_by_the_words_people_type(
    dev7: Catalog, job: str, question: str, state: list[str]
) -> None:
    """借支, 谁发, 带娃, 身高, 局子, 过敏, 认字, 有烟, 试用期, 一顿几块, 要证, 不住厂, 水电 and 吹风机 each
    ask a facet of their own, told from the field or the free text that states it."""
    assert _told(dev7, job, question, state)


def test_a_probation_is_told_only_by_a_text_saying_how_long() -> None:
    """试用期多久 is not told 转正后交公积金 (that says nothing of the length): it goes to the host."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    assert _told(catalog, "J101", "试用期多久", None)
    assert _told(catalog, "J124", "多久转正", ["1个月"])


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J09", "保安公司收不收介绍费", ["不收任何费用"]),
        ("J10", "水电收钱吗", ["水电全免"]),
        ("J13", "车间热不热 有味道不", ["车间热"]),
        ("J03", "无尘服要自己买吗", None),
        ("J10", "工服要钱吗", None),
    ],
)
def test_an_faq_or_a_cost_answers_only_the_thing_asked(
    dev7: Catalog, job: str, question: str, state: list[str] | None
) -> None:
    """An FAQ on what the uniform costs answers no question on the agency's fee; what a thing
    costs is told only by a text naming that thing (工服 is not 服务费)."""
    assert _told(dev7, job, question, state)


def test_the_streams_hours_are_no_jobs_hours() -> None:
    """上下班时间是几点 is not told when the stream ends (直播几点结束): that FAQ asks of the stream."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "holdout_catalog.yaml")
    assert _told(catalog, "J009", "上下班时间是几点", None)


def test_money_alone_asked_of_another_topics_thing_is_its_cost(dev7: Catalog) -> None:
    """电费几毛一度, read as pay, is told the dorm's power price; 工服要钱吗, read as the agency's
    fee, is the uniform's cost, which this catalogue lacks."""
    assert _told(dev7, "J03", "电费几毛一度", ["0.8元一度"])
    assert _told(dev7, "J12", "工服要钱不", None)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J07", "焊锡计件几毛一个", ["0.12元一个"]),
        ("J13", "计件怎么算的 一模几分钱", ["0.05到0.3元"]),
        ("J05", "一个小时几块钱", ["20元每小时"]),
        ("J07", "我16岁能进不 没成年", ["监护人同意书"]),
    ],
)
def test_a_figure_asked_is_told_from_the_clause_holding_it(
    dev7: Catalog, job: str, question: str, state: list[str]
) -> None:
    """几毛, 几分钱, 几块 and an age asked are told the clause with that figure, not the first
    clause that names the facet."""
    assert _told(dev7, job, question, state)


def test_a_price_asked_after_a_dorm_word_is_the_dorms_fee_alone() -> None:
    """住宿多少钱一个月 asks the dorm's fee, not the month's pay; with 工资 named both are asked."""
    assert asked_topics(("dorm", "pay"), "住宿多少钱一个月") == ("dorm",)
    assert asked_topics(("pay", "dorm"), "工资多少 住宿多少钱") == ("pay", "dorm")
    assert asked_topics(("pay", "dorm", "canteen"), "保安多少钱一个月 包吃住不") == ("pay", "dorm", "canteen")


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J03", "tj要自己出钱吗", ["80元"]),
        ("J03", "面完几天能上班", ["2天后入职"]),
        ("J03", "色若可以吗", ["色弱"]),
        ("J05", "双十一忙的时候加钱不", ["每小时加3元"]),
        ("J09", "退伍军人有没有加钱", ["多给300元"]),
        ("J02", "要几年经验 我开过半年", ["一年以上"]),
        ("J11", "厨房帮工搞么子的", ["洗碗"]),
        ("J12", "一天上好久", ["8小时"]),
        ("J12", "要穿啥子衣服", ["防静电服"]),
    ],
)
def test_words_people_type_are_read_as_the_question_they_ask(
    dev7: Catalog, job: str, question: str, state: list[str]
) -> None:
    """tj, 面完, 色若, 加钱, 几年经验, 搞么子, 上好久 and 穿啥 are read as the question they ask,
    and 加钱 is told the clause with the extra sum for the case asked."""
    assert _told(dev7, job, question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J01", "手机能带进车间不", ["不能带"]),
        ("J10", "没健康证咋办", ["可以来三亚办"]),
        ("J01", "不干了工资多久能结", ["下个发薪日"]),
    ],
)
def test_an_faq_asked_in_other_words_is_answered_by_it(
    dev7: Catalog, job: str, question: str, state: list[str]
) -> None:
    """An FAQ asked in another order or wording (咋办 for 怎么办, 不干了 for 离职), or in words the
    understanding reads as no topic, is answered by the recruiter's own answer to it."""
    assert _told(dev7, job, question, state)


DEV6 = ROOT / "tests" / "data" / "answers" / "dev6_catalog.yaml"


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J008", "试用期工资多少", ["80%"]),
        ("J020", "试用期多少钱", ["4500"]),
        ("J016", "学徒期多少钱", ["3500"]),
        ("J014", "学徒期多钱一天", ["150"]),
        ("J014", "一副多少钱", ["0.8"]),
        ("J009", "多久涨工资", ["200"]),
        ("J009", "几天休一天", ["做六休一"]),
        ("J020", "三班怎么倒", ["一周一倒"]),
        ("J018", "能戴戒指吗", ["首饰"]),
        ("J006", "返费多少", ["500"]),
    ],
)
def test_probation_pay_is_not_its_length(job: str, question: str, state: list[str]) -> None:
    """试用期工资 and 学徒期多少钱 are told the probation's pay, not how long it lasts; a price per
    piece, a raise, the rest day, how shifts rotate, rings and the rebate are told from whichever
    text states them."""
    assert _told(load_catalog(DEV6), job, question, state)


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("J014", "夫妻房多少钱", ["300"]),
        ("J001", "针车一双多钱", ["0.35"]),
        ("J001", "计件单价多少", ["0.35"]),
        ("J018", "满三个月涨多少", ["21"]),
        ("J015", "视力要求", ["1.0"]),
        ("J015", "星期几休息", ["周日"]),
        ("J016", "空调电费怎么算", ["按表"]),
    ],
)
def test_a_figure_no_fact_found_holds_is_told_from_the_text_that_gives_it(
    job: str, question: str, state: list[str]
) -> None:
    """夫妻房多少钱 is told 每月300 from the note, not only 有夫妻房; 计件单价 the rate, not 计件工资;
    涨多少, 视力要求, 星期几休息 and 电费 are read as the questions they are."""
    assert _told(load_catalog(DEV6), job, question, state)


def test_an_allowance_asked_of_meals_is_the_meal_allowance() -> None:
    """吃饭有补贴吗, read as pay alone, is told the canteen's note (没有餐补), not a pay bonus."""
    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    assert _told(catalog, "J134", "吃饭有补贴吗", ["没有餐补"])
    assert _told(catalog, "J116", "工资能谈吗", ["可以谈"])


def test_a_word_the_particles_cut_into_is_read_as_the_job_writes_it(dev7: Catalog) -> None:
    """住地下室吗 asks 地下室 (地 and 下 are particles elsewhere): the dorm note saying so answers;
    离余姚市区远不 does not take the city's name back into its words, and goes to the host."""
    assert _told(dev7, "J09", "住哪 住地下室吗", ["地下室宿舍"])
    assert _told(dev7, "J13", "离余姚市区远不", None)


def test_whether_meals_are_given_asked_with_more_is_told_the_more(dev7: Catalog) -> None:
    """包吃吗？早饭管不管 is told 中餐晚餐公司承担，早餐自理 (which says both), not only 包吃."""
    assert _told(dev7, "J01", "包吃吗？早饭管不管", ["早餐自理"])


def test_whether_meals_or_a_bed_are_given_is_told_with_what_says_so() -> None:
    """包吃吗 is told what meals cost where they are free (免费三餐);
    一个月做多少个小时 is told the month's hours from whichever text gives them."""
    catalog = load_catalog(DEV6)
    assert _told(catalog, "J008", "包吃吗", ["免费三餐"])
    dev4 = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    assert _told(dev4, "J124", "一个月做多少个小时", ["240"])


def test_a_yes_or_no_field_is_stated_by_the_catalogues_phrase_for_it(dev7: Catalog) -> None:
    """An answer set naming a yes/no field (dorm.couples, insurance.housing_fund) is stated by the
    phrase the catalogue's fact uses for it (无夫妻房, 有公积金), not by nothing."""
    job = next(j for j in dev7.jobs if j.id == "J03")
    assert field_words(job, "dorm.couples") == ("无夫妻房",)
    assert field_words(job, "insurance.housing_fund") == ("有公积金",)


def test_a_certificate_out_of_date_or_missing_is_asked_as_such(dev7: Catalog) -> None:
    """我叉车证过期了还能去不 is told that the certificate must be valid, or goes to the host; never
    only that one is needed. 没证能去吗 asks which certificate is needed."""
    assert _told(dev7, "J06", "我叉车证过期了还能去不", ["有效期内"])
    assert _told(dev7, "J02", "我叉车证过期了还能去不", None)
    dev4 = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev4_catalog.yaml")
    assert _told(dev4, "J105", "没证能去吗 可以去了再考不", ["叉车证"])


def test_a_rise_for_a_season_is_an_extra_sum() -> None:
    """双十一涨不涨 is told the season's rate (涨到25元); 满三个月涨多少 the clause once, not twice."""
    catalog = load_catalog(DEV6)
    assert _told(catalog, "J006", "双十一涨不涨", ["25元"])
    assert _told(catalog, "J018", "满三个月涨多少", ["21"])


def test_a_post_to_rise_to_is_not_the_job_asked_about(dev7: Catalog) -> None:
    """以后能升技术员不 on 电池片操作工 asks its path (操作工-技术员-班组长), not the 设备技术员 job."""
    assert _told(dev7, "J03", "以后能升技术员不", ["操作工-技术员-班组长"])
