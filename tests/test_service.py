"""The service figure: who counts as served within 30 s, for the bot and the FIFO queue alike."""

from __future__ import annotations

from bot.events import Comment, Post, User
from bot.service import FACTS, Ask, burst, served
from catalog.models import Catalog

T = 1_763_600_000.0


def _ask(n: int, at: float, job: str, intent: str, text: str) -> Ask:
    """One asker `at` seconds in, asking `text` of `job`."""
    return Ask(
        T + at, Comment(f"q-{n}", T + at, User(f"v-{n}", f"观众{n}"), text), job, intent, FACTS.get(text, "")
    )


def _post(at: float, job: str, intent: str, *named: str) -> Post:
    """An answer `at` seconds in naming the comments `named`."""
    return Post(T + at, f"p-{at}", "answer", "", job, (intent,), named)


def test_named_within_the_limit_is_served() -> None:
    """An asker named 29 s after asking is served; one named 31 s after is not."""
    asks = [_ask(0, 0.0, "J001", "pay", "工资多少"), _ask(1, 0.0, "J002", "pay", "2号工资多少")]
    assert served(asks, [_post(29.0, "J001", "pay", "q-0"), _post(31.0, "J002", "pay", "q-1")]) == 0.5


def test_a_post_for_the_same_fact_serves_an_asker_it_does_not_name() -> None:
    """到手多少钱 is answered by the post naming someone who asked 工资多少 of the same job."""
    asks = [_ask(0, 0.0, "J001", "pay", "工资多少"), _ask(1, 1.0, "J001", "pay", "到手多少钱")]
    assert served(asks, [_post(5.0, "J001", "pay", "q-0")]) == 1.0


def test_a_post_for_another_fact_of_the_topic_serves_no_one_else() -> None:
    """A post telling 包住 to those who asked 包住吗 does not answer 宿舍几人间 nor 几点上班 by 两班倒."""
    asks = [
        _ask(0, 0.0, "J001", "dorm", "包住吗"),
        _ask(1, 1.0, "J001", "dorm", "宿舍几人间"),
        _ask(2, 1.0, "J001", "hours", "两班倒吗"),
        _ask(3, 1.0, "J001", "hours", "几点上班"),
    ]
    posts = [_post(5.0, "J001", "dorm", "q-0"), _post(8.0, "J001", "hours", "q-2")]
    assert served(asks, posts) == 0.5


def test_the_same_fact_of_another_job_serves_no_one() -> None:
    """A post for job 1's pay does not answer who asked job 2's pay."""
    asks = [_ask(0, 0.0, "J001", "pay", "工资多少"), _ask(1, 1.0, "J002", "pay", "2号工资多少")]
    assert served(asks, [_post(5.0, "J001", "pay", "q-0")]) == 0.5


def test_every_burst_phrase_with_a_fact_of_its_own_is_in_the_burst(seed_catalog: Catalog) -> None:
    """The burst labels what each asker asks: the narrower phrases carry their fact."""
    asks = burst(seed_catalog, seed_catalog.jobs[0].id, askers=600)
    texts = {a.comment.text.split("号", 1)[-1]: a.fact for a in asks}
    assert texts["宿舍几人间"] == "room size"
    assert texts["包住吗"] == ""
    assert set(FACTS) <= set(texts)
