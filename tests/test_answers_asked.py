"""The fact a question asks, on the catalogue written outside the team for dev7: said when there,
silence when the catalogue lacks it (never a neighbouring fact)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate_answers import field_words
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.test_answers import score_answers_rows

ROOT = Path(__file__).resolve().parents[1]
DEV7 = ROOT / "tests" / "data" / "answers" / "dev7_catalog.yaml"


@pytest.fixture(scope="module")
def dev7() -> Catalog:
    """The dev7 catalogue."""
    return load_catalog(DEV7)


def _told(catalog: Catalog, job: str, question: str, state: list[str] | None) -> bool:
    """Whether one asker alone is told the wanted words (or, for None, gets no post)."""
    score = score_answers_rows(catalog, [{"featured": job, "text": question, "state": state}])
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
