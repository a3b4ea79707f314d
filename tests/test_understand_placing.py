"""Questions the lexicon cannot place, placed by the catalogue's own words."""

from __future__ import annotations

import pytest

from bot.understand.placing import CatalogueWords
from bot.understand.understander import Understander
from catalog.index import CatalogIndex
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """One understander on the demo catalogue for the whole module."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intent", "words"),
    [
        ("要测试主板吗", "duties", "测试主板"),  # the duties say 流水线组装和测试主板
        ("尹中南路那边吗", "location", "尹中南路"),  # the address says 尹中南路88号
    ],
)
def test_words_of_one_topic_place_a_question(
    understander: Understander, text: str, intent: str, words: str
) -> None:
    """A question whose words only one topic of the job's text holds asks that topic, of that job."""
    result = understander.understand(text, "J001")
    assert result.intents == (intent,)
    assert result.job == "J001"
    assert result.placed_by == words


@pytest.mark.parametrize("text", ["一个月几分钟", "主板是啥样的", "主播能测试主板吗"])
def test_common_or_short_words_or_the_streamer_place_nothing(understander: Understander, text: str) -> None:
    """Units and numerals (一个月, 分钟), two characters alone (主板) or a question put to the
    streamer are not placed by the catalogue."""
    assert not understander.understand(text, "J001").placed_by


def test_a_piece_two_topics_hold_places_nothing(seed_catalog: Catalog) -> None:
    """Words found in two topics of the job tell neither: no topic is guessed."""
    words = CatalogueWords(CatalogIndex(seed_catalog))
    assert words.place("J001", "两班倒") is None  # the hours and the requirements both say it
    assert words.place("J001", "测试主板") == ("duties", "测试主板")
    assert words.place("NOPE", "测试主板") is None


def test_with_no_job_on_screen_the_line_is_read_again_once_one_is(understander: Understander) -> None:
    """The same words with nothing featured are no topic; once a job is on screen they are placed."""
    assert understander.analyse("要测试主板吗", None).intents == ("other",)
    assert understander.analyse("要测试主板吗", "J001").intents == ("duties",)


def test_a_placed_question_is_answered_only_by_a_fact_that_says_it(seed_catalog: Catalog) -> None:
    """The room answers a placed question as carefully as an unplaced one, never with the topic's
    first fact in its place: 要测试主板吗 is told the duties' fact that holds 测试主板."""
    from bot.events import Comment, Feature, Post, Tick, User
    from bot.profiles import get_profile
    from bot.wiring import build_room

    room = build_room(seed_catalog, get_profile("bilibili"))
    t = 1_764_000_000.0
    actions = [*room.handle(Feature(t, "J001"), t)]
    actions += room.handle(Comment("c1", t + 1, User("u1", "小王"), "要测试主板吗"), t + 1)
    for n in range(1, 80):
        actions += room.handle(Tick(t + 1 + n * 0.5), t + 1 + n * 0.5)
    answers = [a for a in actions if isinstance(a, Post) and "c1" in a.reply_to]
    assert answers
    assert all("测试主板" in a.text for a in answers)


@pytest.mark.parametrize("text", ["线束是啥", "贴片是啥意思", "电工是什么"])
def test_what_a_named_job_is_asks_its_work(seed_catalog: Catalog, text: str) -> None:
    """A job's name and 是啥 / 是什么意思, nothing else, asks what the work is."""
    from catalog.models import Job

    extra = Job(
        id="J900",
        number=90,
        employer=seed_catalog.jobs[0].employer,
        title="线束贴片电工",
        aliases=("线束", "贴片", "电工"),
    )
    catalog = seed_catalog.model_copy(update={"jobs": (*seed_catalog.jobs, extra)})
    result = Understander(catalog).understand(text, "J900")
    assert (result.intents, result.job) == (("duties",), "J900")


@pytest.mark.parametrize("text", ["主播是啥", "这是啥", "线束厂那个女的是啥"])
def test_what_something_else_is_is_not_the_work(understander: Understander, text: str) -> None:
    """是啥 of the streamer, of a thing or of more than a job's name does not ask a job's work."""
    assert "duties" not in understander.understand(text, "J001").intents
