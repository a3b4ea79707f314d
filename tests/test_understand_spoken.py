"""Spoken and dialect danmaku, read from labelled rows in tests/data/labelled/spoken.jsonl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.understand import Understander
from catalog.load import load_catalog

DATA = Path(__file__).resolve().parent / "data" / "labelled"


def _rows(case: str) -> list[dict[str, Any]]:
    """The labelled rows of one kind."""
    with (DATA / "spoken.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [row for row in rows if row["case"] == case]


@pytest.fixture(scope="module")
def understander() -> Understander:
    """An understander over the ten-job labelled catalogue."""
    return Understander(load_catalog(DATA / "dev6_catalog.yaml"))


@pytest.fixture(scope="module")
def services() -> Understander:
    """An understander over a catalogue with a cook, a guard and a cleaner."""
    return Understander(load_catalog(DATA / "dev2_catalog.yaml"))


def _check(understander: Understander, row: dict[str, Any]) -> None:
    """The row's intents and job, as labelled."""
    result = understander.understand(row["text"], row["featured"])
    assert (list(result.intents), result.job) == (row["intents"], row["job"]), row["text"]


@pytest.mark.parametrize("row", _rows("dialect"), ids=lambda row: row["text"])
def test_dialect_words(understander: Understander, row: dict[str, Any]) -> None:
    """Dialect words (Sichuan 好多, Cantonese 揾, Shaanxi 额, Hakka 爱冇) and read digits ask as meant."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("voice"), ids=lambda row: row["text"])
def test_run_on_spoken_lines(understander: Understander, row: dict[str, Any]) -> None:
    """A long line spoken without signs asks what its asking part asks, in the order asked."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("told"), ids=lambda row: row["text"])
def test_a_workplace_told_is_not_the_one_asked_about(understander: Understander, row: dict[str, Any]) -> None:
    """A past workplace (在华辰干过) names no job; going there for someone (她去了住哪里) asks of the job."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("search"), ids=lambda row: row["text"])
def test_searches_said_in_other_words(understander: Understander, row: dict[str, Any]) -> None:
    """他还能干啥, 有没有离郑州近的, 有没有不用倒班的 look for jobs, not at the one on screen."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("named"), ids=lambda row: row["text"])
def test_which_job_is_named(understander: Understander, row: dict[str, Any]) -> None:
    """A town named after a company, a friend applying along, two jobs side by side, 缝鞋面的 by its work."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("conditions"), ids=lambda row: row["text"])
def test_conditions_said_in_other_words(understander: Understander, row: dict[str, Any]) -> None:
    """Staying a short while, what one studied and a height ask who may go; a shift seated asks the work."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("care"), ids=lambda row: row["text"])
def test_what_the_work_asks_of_older_workers(understander: Understander, row: dict[str, Any]) -> None:
    """Caring, cooking and cleaning counts, where one sleeps, Shaanxi kin words, a couple told then asking."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("described"), ids=lambda row: row["text"])
def test_a_job_described_by_what_it_does(services: Understander, row: dict[str, Any]) -> None:
    """扫地的, 看大门那个, 做饭的 name the cleaner, the guard and the cook; a job each for two names none."""
    _check(services, row)


@pytest.mark.parametrize("row", _rows("numbers"), ids=lambda row: row["text"])
def test_numbers_said_in_words(understander: Understander, row: dict[str, Any]) -> None:
    """Chinese numerals ask as the figures would; a job's figure said back (200一个月？) asks its topic."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("said"), ids=lambda row: row["text"])
def test_a_topic_exclaimed_asks_nothing(understander: Understander, row: dict[str, Any]) -> None:
    """A topic closed by 啊 or 呀, 好多人啊 and 怕啥 exclaim; with a question mark a topic asks."""
    _check(understander, row)


@pytest.mark.parametrize("row", _rows("task"), ids=lambda row: row["text"])
def test_a_task_named_by_its_verb_asks_the_work(understander: Understander, row: dict[str, Any]) -> None:
    """是搬快递的吗, 下雨也要搬货吗, 看不懂图纸咋办 ask the work; a thing, a gift, a climb do not."""
    _check(understander, row)
