"""Replaying the seed recording: identical at every speed, grounded in the catalogue, within limits."""

from __future__ import annotations

import asyncio
import itertools
import re
from pathlib import Path

import pytest

from bot.events import Post
from bot.profiles import PROFILES, get_profile
from bot.replay import ReplayResult, replay
from bot.runtime.clock import Clock
from bot.store import open_store
from catalog.models import Catalog
from tests.conftest import SEEDS

STREAM = SEEDS / "stream.jsonl"
POLL = "00:36:00-00:40:00"


class FakeClock(Clock):
    """A wall clock that moves only when the replay sleeps on it, remembering each sleep."""

    def __init__(self) -> None:
        self.t = 0.0
        self.slept: list[float] = []

    def now(self) -> float:
        """The fake wall time."""
        return self.t

    async def sleep(self, seconds: float) -> None:
        """Advance the fake wall time at once."""
        self.slept.append(seconds)
        self.t += seconds


def run(
    catalog: Catalog,
    tmp: Path,
    profile: str = "generic",
    speed: float | None = None,
    clock: Clock | None = None,
    log: Path = STREAM,
    **kw: object,
) -> ReplayResult:
    """Replay a recording into a fresh database."""
    store = open_store(str(tmp / f"{profile}-{speed}.db"))
    try:
        return asyncio.run(
            replay(log, catalog, get_profile(profile), store, speed=speed, clock=clock, polls=POLL, **kw)  # type: ignore[arg-type]
        )
    finally:
        store.close()


def lines(posts: list[Post]) -> list[tuple[float, str, str, tuple[str, ...]]]:
    """What a transcript says, for comparison."""
    return [(p.ts, p.kind, p.text, p.reply_to) for p in posts]


@pytest.fixture(scope="module")
def generic_run(seed_catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> ReplayResult:
    """The seed recording replayed once at full speed under the generic profile."""
    return run(seed_catalog, tmp_path_factory.mktemp("generic"))


def test_speed_max_and_20_give_the_same_transcript(
    seed_catalog: Catalog, generic_run: ReplayResult, tmp_path: Path
) -> None:
    """At --speed 20 (paced on an injected clock) the transcript equals the one at --speed max."""
    clock = FakeClock()
    paced = run(seed_catalog, tmp_path, speed=20.0, clock=clock)
    assert lines(paced.posts) == lines(generic_run.posts)
    span = generic_run.end - generic_run.start
    assert clock.t == pytest.approx(span / 20.0, rel=0.01)
    assert len(generic_run.posts) > 100


def numbers(text: str) -> set[str]:
    """The figures in a text, as written."""
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def strip_mentions(text: str) -> str:
    """A post's text without the @names (viewers' names are not facts)."""
    return re.sub(r"@\S+?(?:等\d+人)?\s", "", text)


def test_every_figure_in_every_post_is_in_the_catalogue(
    seed_catalog: Catalog, generic_run: ReplayResult
) -> None:
    """Each number a post states appears in the catalogue entry of its job (or employer)."""
    jobs = {j.id: j for j in seed_catalog.jobs}
    employers = {e.id: e for e in seed_catalog.employers}
    all_numbers = {str(j.number) for j in seed_catalog.jobs}
    employer_numbers = set().union(*(numbers(e.model_dump_json()) for e in seed_catalog.employers))
    checked = 0
    for post in generic_run.posts:
        if post.kind in ("host", "poll"):
            continue
        said = numbers(strip_mentions(post.text))
        if not said:
            continue
        if post.job is not None:
            job = jobs[post.job]
            allowed = numbers(job.model_dump_json()) | numbers(employers[job.employer].model_dump_json())
            allowed.add(str(job.number))
        elif "jobs" in post.intents:
            allowed = all_numbers
        else:
            allowed = employer_numbers
        assert said <= allowed, f"{post.text!r} states {said - allowed} not in the catalogue"
        checked += 1
    assert checked > 50


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_posts_obey_each_profile(seed_catalog: Catalog, tmp_path: Path, name: str) -> None:
    """No post too long, none closer than the interval, no repeated text within the window."""
    profile = PROFILES[name]
    result = run(seed_catalog, tmp_path, profile=name)
    posts = result.posts
    assert posts
    assert max(len(p.text) for p in posts) <= profile.max_chars
    for a, b in itertools.pairwise(posts):
        assert b.ts - a.ts >= profile.interval - 1e-9
    for i, a in enumerate(posts):
        for b in posts[i + 1 :]:
            if b.ts - a.ts >= profile.repeat_window:
                break
            assert a.text != b.text


def test_real_chatter_gets_no_answer(seed_catalog: Catalog, shared_data: Path, tmp_path: Path) -> None:
    """Two hours of a real Bilibili room that is not about jobs make no post at all."""
    log = shared_data / "bilibili-live" / "11365_type3.csv"
    store = open_store(str(tmp_path / "chatter.db"))
    try:
        result = asyncio.run(replay(log, seed_catalog, get_profile("bilibili"), store))
    finally:
        store.close()
    assert result.comments > 40_000
    assert result.posts == [], [p.text for p in result.posts[:10]]


def test_poll_spec_is_parsed_and_a_bad_one_named() -> None:
    """`--poll START-STOP` gives the host's commands; a bad time names the --poll flag."""
    from bot.errors import InputError
    from bot.replay import parse_polls

    assert parse_polls("00:36:00-00:40:00") == [(2160.0, True), (2400.0, False)]
    assert parse_polls("36:00") == [(2160.0, True)]
    with pytest.raises(InputError, match="--poll"):
        parse_polls("36:xx")
