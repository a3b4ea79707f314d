"""Wording the development phrasings lack: spellings, ask words, qualifiers, title families, any catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.lexicon import load_lexicon, spellings
from bot.understand.normalize import fold_repeats
from bot.understand.refs import find_job_numbers
from catalog.load import load_catalog
from catalog.models import Catalog

SMALL_CATALOG = """
employers:
  - {id: jiahe, name: 厦门嘉禾光学科技有限公司, aliases: [嘉禾], city: 厦门}
  - {id: renhe, name: 株洲仁和劳务服务有限公司, aliases: [仁和], city: 株洲}
jobs:
  - {id: P1, number: 1, employer: jiahe, title: 作业员}
  - {id: P2, number: 2, employer: jiahe, title: 电池普工}
  - {id: P3, number: 3, employer: renhe, title: 普工}
  - {id: P4, number: 4, employer: renhe, title: 学徒}
  - {id: P5, number: 5, employer: renhe, title: 焊工}
"""


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    """An understander over a small catalogue with titles the seed one lacks."""
    path = Path(tmp_path_factory.mktemp("catalog")) / "small.yaml"
    path.write_text(SMALL_CATALOG, encoding="utf-8")
    return Understander(load_catalog(path))


def test_spellings_of_a_word() -> None:
    """什么 is also 啥, 怎么 also 咋, a final 吗 also 不, and a two-character word also its X不X form."""
    pairs = [("什么", ("啥",)), ("怎么", ("咋",))]
    assert "啥时候上班" in spellings("什么时候上班", pairs, ())
    assert "咋去" in spellings("怎么去", pairs, ())
    assert "能学技术不" in spellings("能学技术吗", pairs, ("不",))
    assert "好不好做" in spellings("好做", pairs, ())


def test_the_shipped_lexicon_holds_the_spellings() -> None:
    """The generated spellings are in the shipped lexicon with the intents of the word they spell."""
    lexicon = load_lexicon()
    assert lexicon.strong["啥时候上班"] == lexicon.strong["什么时候上班"]
    assert lexicon.strong["管不管饭"] == lexicon.strong["管饭"]


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("啥时候上班", ("apply",)),
        ("能学技术不", ("prospects",)),
        ("包住不包", ("dorm",)),
        ("有没有澡堂", ("dorm",)),
        ("睡哪", ("dorm",)),
        ("一个月下来能落多少", ("pay",)),
        ("几号开工资", ("pay",)),
        ("对海鲜过敏能干吗", ("requirements",)),
        ("四十五了还要吗", ("requirements",)),
        ("周末休不休", ("hours",)),
        ("要扛重的不", ("duties",)),
        ("离天津站多远", ("location",)),
        ("学生交社保吗", ("insurance",)),
        ("学生能干吗", ("requirements",)),
        ("会不会不给交保险", ("insurance",)),
        ("我老公能一起住吗", ("dorm",)),
        ("冬天宿舍有暖气吗", ("dorm",)),
    ],
)
def test_wording_the_dev_set_lacks(understander: Understander, text: str, intents: tuple[str, ...]) -> None:
    """Synonyms, dialect and compositional phrasings get their domain intent rather than `other`."""
    result = understander.understand(text, "J005")
    assert result.intents == intents
    assert result.job == "J005"


QUESTIONS_TO_PEOPLE = [
    "有人在华辰干过吗",
    "主播你累不累",
    "这个灯在哪买的",
    "有没有人跟我一样在苏州的",
    "你们主播工资高吗",
]


@pytest.mark.parametrize("text", QUESTIONS_TO_PEOPLE)
def test_questions_to_people_are_other(understander: Understander, text: str) -> None:
    """Questions put to the streamer or to the other viewers are `other`, whatever words they hold."""
    assert understander.understand(text, "J001").intents == ("other",)


def test_a_topic_outside_a_question_to_people(understander: Understander) -> None:
    """宿舍冬天冷不冷 talks about the weather of the dorm: a dorm question, not small talk."""
    assert understander.understand("宿舍冬天冷不冷", "J001").intents[0] == "dorm"


@pytest.mark.parametrize("text", ["澡堂", "没暖气羡慕了", "主播你过敏吗", "我刚下夜班 好困"])
def test_ask_words_never_ask_alone(understander: Understander, text: str) -> None:
    """An ask word counts only in a question not put to the streamer."""
    assert understander.understand(text, "J001").intents in ((), ("other",))


def test_repeat_folding_keeps_x_not_x() -> None:
    """会不会不给 holds a 会不会 question, not a repeated word."""
    assert fold_repeats("会不会不给交保险") == "会不会不给交保险"


def test_dialect_spellings(understander: Understander) -> None:
    """俺 is 我, 中不中 is 行不行, 活儿 is 活."""
    assert understander.normalize("俺四十八了中不中") == "我48了行不行"
    assert understander.normalize("干啥活儿") == "干啥活"


def test_first_month_is_no_job_number(understander: Understander) -> None:
    """第一个月 is a time, not job number one."""
    assert find_job_numbers(understander.normalize("第一个月工资啥时候能拿到")) == []
    assert understander.understand("第一个月工资啥时候能拿到", "J005").job == "J005"


def test_a_city_one_comes_from(understander: Understander) -> None:
    """苏州人 says where the viewer is from; it does not narrow the featured 昆山 job away."""
    assert understander.understand("我是苏州人 包住吗", "J005").job == "J005"


def test_this_job_is_no_search(understander: Understander) -> None:
    """这家有夫妻房吗 and 有夫妻房吗 ask about the job on screen; 有夫妻房的吗 searches the catalogue."""
    this = understander.understand("这家有夫妻房吗", "J007")
    assert (this.intents, this.job) == (("dorm",), "J007")
    assert understander.understand("有夫妻房吗", "J007").intents == ("dorm",)
    assert understander.understand("有夫妻房的吗", "J007").intents[0] == "jobs"


def test_hiring_a_title_is_a_search(understander: Understander) -> None:
    """招质检吗 asks whether that work is on offer, not about the featured job."""
    result = understander.understand("还招质检吗", "J001")
    assert (result.intents[0], result.job) == ("jobs", None)


def test_a_stated_age_keeps_a_search_a_search(understander: Understander) -> None:
    """我40了 有啥活 is a search that also states an age."""
    result = understander.understand("我40岁男的 有啥活合适", "J001")
    assert result.intents[:2] == ("jobs", "requirements")
    assert result.job is None


def test_exact_title_beats_a_title_family(small: Understander) -> None:
    """作业员 is job 1's own title: other 普工 jobs, known as 作业员 too, do not make it ambiguous."""
    assert small.understand("作业员工资多少", "P3").job == "P1"


def test_title_family_names_the_job(small: Understander) -> None:
    """电焊 and 电焊工 name the 焊工 job; 操作工 names the 普工 jobs, the featured one first."""
    assert small.understand("电焊工工资多少", "P1").job == "P5"
    assert small.understand("操作工包住吗", "P3").job == "P3"


def test_qualified_title_is_in_its_family(small: Understander) -> None:
    """电池普工 is a 普工: 普工 at the featured job's employer names it."""
    assert small.understand("普工几点上班", "P1").job == "P2"


def test_a_catalogue_title_is_no_topic(small: Understander) -> None:
    """A job called 学徒 is a reference: 学徒交社保吗 asks about insurance only."""
    result = small.understand("学徒交社保吗", "P1")
    assert (result.intents, result.job) == (("insurance",), "P4")
