"""Facts told where the platform would refuse the usual wording, and questions the understanding
reads as no topic whose own words still ask one facet of the job on screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.asked import Answerer
from bot.evaluate_answers import AnswerScore, score_answers
from bot.profiles import get_profile
from catalog.index import CatalogIndex
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml, score_one

CATALOGUE = """\
employers:
  - id: haitang
    name: 海棠湾度假酒店有限公司
    aliases: [海棠酒店]
    city: 三亚
    address: 三亚市海棠湾海棠北路18号度假酒店员工通道
    direct_hire: true
    agency_fee: 0
    faq:
      - {q: 门店在哪些地方, a: 海棠湾和亚龙湾各一家门店}
      - {q: 是派遣吗, a: 不是派遣，合同跟海棠酒店直接签}
jobs:
  - id: H02
    number: 2
    employer: haitang
    title: 餐厅服务员
    apply: {how: 公屏发 报名2, interview: 餐厅面试，随到随面}
  - id: H03
    number: 3
    employer: haitang
    title: 外卖骑手
    pay: {min: 7000, max: 12000, unit: piece, note: 每单5.5到8元}
    canteen: {provided: true, cost: 中餐免费，早晚餐自费}
    insurance: {social: 不交社保, housing_fund: 有公积金，转正后交, note: 公积金个人和公司各交5%}
    duties: {content: 送外卖, note: 节拍快，上厕所要找人顶岗}
    location: {pickup: 凤凰机场、三亚站每天上午10点统一接站}
    apply: {how: 直播间发 报名3，站长加微信拉群}
  - id: H04
    number: 4
    employer: haitang
    title: 钢筋工
    pay: {min: 7000, max: 9000, unit: month, note: 夜班每天餐补15元}
    dorm: {provided: true, distance: 工地板房，就在工地里面, room: 8人间, amenities: [空调]}
    canteen: {provided: 不包吃, subsidy: 每天餐补15元}
    apply: {how: 直播间发 报名4，客服加微信发定位, interview: 每天上午9点厂门口面试，带身份证原件}
  - id: H05
    number: 5
    employer: haitang
    title: 收银员
    dorm: {provided: 不包住}
  - id: H06
    number: 6
    employer: haitang
    title: 包装工
    hours: {shift: 白班, rest: 上一休一}
    duties: {content: 药品包装, note: 要穿洁净服，车间里不能化妆，灰尘大}
    pay: {min: 6000, max: 7000, note: 押一个月工资}
    prospects: {path: 干满一年可以转正式工}
    canteen: {provided: true, cost: 每天伙食费25元, note: 广东口味，偏清淡}
    dorm: {provided: true, amenities: [阳台, 空调], allowance: 外住补贴每月300元}
    requirements: {gender: 男女不限}
    apply: {interview: 试岗三天再定}
  - id: H01
    number: 1
    employer: haitang
    title: 客房服务员
    aliases: [客房]
    pay: {min: 4200, max: 6000, unit: month, payday: 每月20号, note: 熟手月入7000以上，年底有13薪}
    hours: {shift: 早班, daily: 8, rest: 旺季月休4天，淡季月休6天}
    dorm: {provided: 包住, room: 4人间, fee: 每月100元, amenities: [空调, 热水器], couples: 有夫妻房，需排队}
    duties: {content: 客房打扫、换布草, note: 洗衣房温度较高}
    canteen: {provided: 包吃}
    prospects: {path: 服务员-领班-楼层主管}
    requirements: {age_min: 18, age_max: 48, education: 初中及以上, other: [身高160以上]}
    location: {pickup: 三亚凤凰机场可接站, transport: 按住址就近分配门店}
    apply: {how: 公屏发 报名1，人事加微信视频面试, interview: 微信视频面试}
    faq:
      - {q: 培训要钱吗, a: 培训免费，不满一年离开需退培训费800元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A one-job catalogue written for these tests."""
    return catalog_from_yaml(tmp_path_factory, "placed", CATALOGUE)


def _told(catalog: Catalog, question: str, state: list[str] | None) -> bool:
    """Whether one asker alone, under Bilibili's limits, is told the wanted words (None: no post)."""
    score = _asked(catalog, "H01", question, state)
    return score.stated_share == 1.0 and score.silent_share == 1.0


def _asked(catalog: Catalog, job: str, question: str, state: list[str] | None) -> AnswerScore:
    """One asker alone asking `question` with `job` on screen, under Bilibili's limits."""
    return score_one(catalog, job, question, state)


def test_a_wording_with_a_blocked_word_gives_way_to_a_clean_one(catalog: Catalog, tmp_path: Path) -> None:
    """A fact holding a blocked word (人事加微信 holds 加微) is left out of a longer post, which
    still tells the fact asked, instead of the whole answer being refused."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"featured": "H01", "text": "人在老家怎么面试", "state": ["视频面试"]}\n', encoding="utf-8"
    )
    score = score_answers(rows, catalog, get_profile("douyin"))
    assert score.stated_share == 1.0
    assert all("加微" not in post for o in score.outcomes for post in o.posts)


def test_an_address_too_long_for_a_post_is_cut_at_one_of_its_levels(catalog: Catalog) -> None:
    """An address longer than the post is told without its city, or up to its street number (or
    district), never cut inside a name."""
    answerer = Answerer(CatalogIndex(catalog))
    job = next(j for j in catalog.jobs if j.id == "H01")
    forms = answerer.compose(answerer.asked("location", job, "在哪里"), job, 20).forms
    fitting = [f for f in forms if len(f) <= 20]
    assert fitting[0] == "1号海棠湾海棠北路18号度假酒店员工通道"
    assert "1号三亚市海棠湾海棠北路18号" in fitting


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("每天干多久", ["8小时"]),
        ("要什么文凭", ["初中"]),
        ("凤凰机场有人接吗", ["凤凰机场"]),
        ("淡季休息多吗", ["淡季月休6天"]),
    ],
)
def test_a_question_read_as_no_topic_is_told_the_facet_its_words_ask(
    catalog: Catalog, question: str, state: list[str]
) -> None:
    """A facet's own words (多久 with the hours' 天 and 干, 文凭, 有人接) answer a line the
    understanding could not place, when every other word it holds is in the fact told."""
    assert _told(catalog, question, state)


@pytest.mark.parametrize("question", ["厂里有篮球场吗", "一单多少天", "主播今天播到几点", "嘉然腰疼吗"])
def test_a_question_placed_by_no_fact_stays_with_the_host(catalog: Catalog, question: str) -> None:
    """Words in no fact (篮球场), a measure the facet does not give (多少天), a line put to the
    streamer or said of someone: no answer."""
    assert _told(catalog, question, None)


@pytest.mark.parametrize(
    ("question", "said"),
    [("客房有宿舍么有空调没", ("包住", "空调")), ("包住不 宿舍多少钱", ("包住", "100元"))],
)
def test_whether_there_is_a_dorm_is_told_with_the_more_asked_of_it(
    catalog: Catalog, question: str, said: tuple[str, ...]
) -> None:
    """有宿舍么 asked with another facet of the dorm is told both, in one post within twenty characters."""
    score = _asked(catalog, "H01", question, [said[0]])
    (post,) = score.outcomes[0].posts
    assert all(word in post for word in said)


def test_a_last_clause_without_a_wish_asks_about_the_job_on_screen(catalog: Catalog) -> None:
    """夫妻房有吗，宿舍几人的 closes on 的 but wishes for nothing (no 有…的): the job on screen is told."""
    assert _told(catalog, "夫妻房有吗，宿舍几人的", ["有夫妻房"])


def test_a_confirmation_under_twenty_characters_tells_what_follows(catalog: Catalog) -> None:
    """Where a name and what follows do not fit together, the confirmation tells what follows (it
    serves every applicant of the job) rather than only naming its applicant."""
    score = _asked(catalog, "H02", "报名2", ["随到随面"])
    (post,) = score.outcomes[0].posts
    assert post.startswith("已报名2号")
    assert post.endswith("餐厅面试，随到随面")


def test_the_fact_holding_a_word_of_the_question_leads_a_short_post(catalog: Catalog) -> None:
    """做熟了一个月能拿多少 names 熟, which only the recruiter's note (熟手月入7000以上) holds: under
    twenty characters that note is told before the pay range."""
    assert _told(catalog, "做熟了一个月能拿多少", ["7000"])


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("我一米五八能做客房不", ["身高160"]),
        ("我158cm能去吗", ["身高160"]),
        ("13薪啥时候发", ["年底"]),
        ("几号发工资", ["20号"]),
        ("满勤奖什么时候发", None),
        ("工作服要押金吗", None),
        ("饭卡要押金吗", None),
    ],
)
def test_what_a_question_says_of_itself_names_its_facet(
    catalog: Catalog, question: str, state: list[str] | None
) -> None:
    """A height told asks the height required; when a bonus is paid is asked of that bonus (told
    only by a text saying when), not of the monthly payday; a deposit said of a thing is that
    thing's cost, not the agency's fee."""
    assert _told(catalog, question, state)


def test_words_another_topic_asks_and_holds_are_told_that_topic(catalog: Catalog) -> None:
    """Read as the work, 做到领班 asks the prospects (做到), whose path holds 领班: that path is told;
    a rank no fact holds (店长) stays missing."""
    answerer = Answerer(CatalogIndex(catalog))
    job = next(j for j in catalog.jobs if j.id == "H01")
    asked = answerer.asked("duties", job, "做客房以后能做到领班吗")
    assert [f.field for f in asked.lead] == ["prospects.path"]
    assert answerer.asked("duties", job, "做客房以后能做到店长吗").missing is not None


def test_a_fee_asked_in_other_words_finds_the_recruiters_answer(catalog: Catalog) -> None:
    """培训费要退吗 is 培训要钱吗 in other words (费 and 钱 read alike): the recruiter's own answer."""
    answerer = Answerer(CatalogIndex(catalog))
    job = next(j for j in catalog.jobs if j.id == "H01")
    found = answerer.faq(job, "做了半年不想干了培训费要退吗")
    assert found is not None
    assert "800元" in found.lead[0].text


def test_of_two_texts_holding_the_words_the_faq_asking_the_same_facet_answers(catalog: Catalog) -> None:
    """哪个区的门店 names 门店, which the transport (就近分配门店) and the FAQ 门店在哪些地方 both hold:
    the FAQ asking where is told."""
    assert _told(catalog, "哪个区的门店啊 我住市区", ["亚龙湾"])


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("上厕所方便吗😂", ["找人顶岗"]),
        ("从三亚站咋过去啊", ["上午10点"]),
        ("一米六二能去吗", None),
        ("中午饭要钱么", ["中餐免费"]),
        ("早饭要钱吗", ["早晚餐自费"]),
        ("一件几毛钱", None),
        ("一单多少", ["5.5到8元"]),
        ("骑手交sb吗", ["不交社保"]),
        ("gjj交几个点", ["5%"]),
        ("主播你多大了 好可爱", None),
        ("报名3", ["已报名3号"]),
    ],
)
def test_a_piece_rate_job_is_told_what_its_words_ask(
    catalog: Catalog, question: str, state: list[str] | None
) -> None:
    """Words only the catalogue holds (上厕所) are told their fact; a fact with no clause to end at
    goes out without the job's number; a meal's cost is found by the meal's other names (中餐); a
    piece-rate job's month is no price a piece; 交sb asks 社保; a share asked is told by the figure;
    a line put to the streamer is not answered; a confirmation leaves out a blocked word."""
    score = _asked(catalog, "H03", question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert score.silent_share == 1.0, score.outcomes[0].posts
    assert all("加微" not in post for post in score.outcomes[0].posts)


def test_a_piece_rate_month_reads_as_a_month() -> None:
    """min/max of a piece-rate job in the thousands are a month's income: 计件7000-12000/月."""
    from bot.answer.facts import pay_range

    catalog_path = Path(__file__).resolve().parents[1] / "tests" / "data" / "answers" / "dev8_catalog.yaml"
    job = next(j for j in load_catalog(catalog_path).jobs if j.id == "K10")
    assert pay_range(job) == "计件7000-12000/月"


def test_sb_asked_of_insurance_is_no_insult() -> None:
    """交sb吗, sb啥时候买 and sb是入职就买吗 ask about 社保 and pass the spam filter; sb said of someone
    stays blocked."""
    from bot.spam import SpamFilter
    from bot.spam import load_blocked as blocked_words

    spam = SpamFilter(blocked_words())
    assert spam.reason("u1", "骑手交sb吗", 1.0) is None
    assert spam.reason("u2", "sb啥时候买", 1.0) is None
    assert spam.reason("u5", "sb是入职就买吗", 1.0) is None
    assert spam.reason("u6", "sb是不是", 1.0) == "blocked"
    assert spam.reason("u3", "你是sb吧", 1.0) == "blocked"
    assert spam.reason("u4", "主播是sb吗", 1.0) == "blocked"


def test_a_blocked_latin_word_inside_a_longer_one_is_no_insult() -> None:
    """sbjsy要电工证吗 types 设备技术员 by its initials: the sb inside it is no insult."""
    from bot.spam import SpamFilter
    from bot.spam import load_blocked as blocked_words

    spam = SpamFilter(blocked_words())
    assert spam.reason("u1", "sbjsy要电工证吗", 1.0) is None
    assert spam.reason("u2", "主播sb", 1.0) == "blocked"
    assert spam.reason("u3", "sb主播", 1.0) == "blocked"


def test_joining_the_next_day_is_no_daily_income() -> None:
    """次日入职 (joining the next day) holds 日入 across two words: a post and a question saying it
    pass, while 日入过千 stays blocked both ways."""
    from bot.spam import SpamFilter
    from bot.spam import load_blocked as blocked_words

    spam = SpamFilter(blocked_words())
    assert spam.outbound_ok("10号考核通过后次日入职")
    assert spam.reason("u1", "可以次日入职吗", 1.0) is None
    assert not spam.outbound_ok("兼职日入过千")
    assert spam.reason("u2", "兼职日入过千 加v", 1.0) is not None


def test_a_work_licence_is_no_forgers_advert() -> None:
    """公司不包办证 and 办证费用自理 speak of a licence for the work: a post saying so passes, while a
    line selling 办证 stays blocked."""
    from bot.spam import SpamFilter
    from bot.spam import load_blocked as blocked_words

    spam = SpamFilter(blocked_words())
    assert spam.outbound_ok("3号不行，没证一律不收，公司不包办证")
    assert spam.outbound_ok("5号办证费用自理")
    assert not spam.outbound_ok("专业办证 加v")
    assert spam.reason("u1", "办证 各类证件 联系我", 1.0) is not None


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("H04", "有木有夜班补贴", None),
        ("H04", "板房住几个人", ["8人间"]),
        ("H04", "板房有空调吗", ["空调"]),
        ("H04", "宿舍有暖气吗", None),
        ("H01", "我和老公能住一起吗", ["有夫妻房"]),
        ("H04", "跑单有饭补吗", ["15元"]),
        ("H04", "报名4", ["上午9点"]),
        ("H05", "收银不包住那有住宿补贴吗", None),
    ],
)
def test_the_thing_a_question_names_is_the_thing_told(
    catalog: Catalog, job: str, question: str, state: list[str] | None
) -> None:
    """A meal allowance is no night allowance; 板房 (where the dorm is) does not replace the room or
    the air conditioning asked; 暖气 is not 空调; 老公 asks the couples' room; 有饭补 asks the meal
    allowance, not whether meals are given; a confirmation too long is cut to its first clause."""
    score = _asked(catalog, job, question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert score.silent_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("能先试试吗 怕干不来", ["试岗三天"]),
        ("女生能干吗", ["男女不限"]),
        ("吃的辣不辣", ["广东口味"]),
        ("要穿无尘服吗", ["洁净服"]),
        ("女孩子能化妆上班吗", ["不能化妆"]),
        ("伙食咋收钱的", ["25元"]),
        ("上一休一是真的吗", ["上一休一"]),
    ],
)
def test_more_ways_of_asking_a_facet(catalog: Catalog, question: str, state: list[str]) -> None:
    """先试 (a clause after it says why), 女生, 辣不辣, 洁净服, 咋收钱 and a rest pattern told back
    (上一休一) ask their facets; whether one may wear make-up is told wherever it is written."""
    score = _asked(catalog, "H06", question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("合同跟谁签的", ["海棠酒店直接签"]),
        ("宿舍有阳台吗 晒衣服", ["阳台"]),
        ("入职体检要钱吗", None),
        ("食堂有面条没 河南人就好这一口", None),
    ],
)
def test_the_recruiters_words_answer_where_they_say_it(
    catalog: Catalog, question: str, state: list[str] | None
) -> None:
    """An FAQ's answer that says what a facet no field states (合同跟…签) tells it; the first clause
    of a run-on question is asked (阳台 before 晒衣服); what a check-up costs is no agency fee."""
    score = _asked(catalog, "H06", question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert score.silent_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("H06", "灰大不大啊 会不会吸一肚子", ["灰尘大"]),
        ("H06", "在外面租房有补贴吗", ["300元"]),
        ("H06", "ya工资吗", ["押一个月工资"]),
        ("H06", "能转正式工不", ["正式工"]),
        ("H04", "能转正式工不", None),
        ("H06", "一天管几顿啊", None),
    ],
)
def test_a_question_s_own_form_and_the_recruiters_own_names(
    catalog: Catalog, job: str, question: str, state: list[str] | None
) -> None:
    """会不会 is the question's form, not 不会 (experience); 外住补贴 is the allowance for living out;
    ya工资 is 押工资; 正式工 is told only by a text naming it; how many meals only by a count."""
    score = _asked(catalog, job, question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts
    assert score.silent_share == 1.0, score.outcomes[0].posts


@pytest.mark.parametrize(
    ("job", "question", "state"),
    [
        ("H06", "压唔压粮", ["押一个月工资"]),
        ("H01", "么子时候发工资", ["20号"]),
        ("H04", "宿舍几多人住", ["8人间"]),
        ("H01", "包唔包食住", ["包住"]),
    ],
)
def test_dialect_forms_ask_their_facet(catalog: Catalog, job: str, question: str, state: list[str]) -> None:
    """Cantonese 压粮 (wages held back), 几多 (how many), 食住 (board and lodging) and Hunan 么子
    (what) are read as the facets they ask."""
    score = _asked(catalog, job, question, state)
    assert score.stated_share == 1.0, score.outcomes[0].posts


def test_a_confirmation_tells_the_most_of_what_follows_that_fits(tmp_path: Path) -> None:
    """Of 已报名2号 留电话 with a name and 已报名2号 每天下午4点面试 without, the one telling more of
    what follows goes out."""
    path = tmp_path / "catalog.yaml"
    path.write_text(
        CATALOGUE.replace(
            "apply: {how: 公屏发 报名2, interview: 餐厅面试，随到随面}",
            "apply: {how: 公屏发 报名2 留电话, interview: 每天下午4点分拨中心面试}",
        ),
        encoding="utf-8",
    )
    score = score_one(load_catalog(path), "H02", "报名2", ["下午4点"])
    assert score.stated_share == 1.0, score.outcomes[0].posts
