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


def _check(understander: Understander, row: dict[str, Any]) -> None:
    """The row's intents and job, as labelled."""
    result = understander.understand(row["text"], row["featured"])
    assert (list(result.intents), result.job) == (row["intents"], row["job"]), row["text"]


@pytest.mark.parametrize("row", _rows("dialect"), ids=lambda row: row["text"])
def test_dialect_words(understander: Understander, row: dict[str, Any]) -> None:
    """Sichuan 好多/啷个/嗦, Cantonese 揾, Shaanxi 额/嫑, a closing 老铁, digits read out ask as meant."""
    _check(understander, row)
