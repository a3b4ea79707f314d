"""Hong Kong and Guangzhou viewers mixing Cantonese with English words (salary幾多, OT點計, 有冇day
off, interview幾時, shift點排, 返夜更, 仲請唔請, 有冇多錢) read as the question they ask."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("OT點計", "加班怎么算"),
        ("食飯點搞", "吃饭怎么搞"),
        ("shift點排？", "排班怎么排?"),
        ("要唔要返夜更", "要不要上夜班"),
        ("辭職幾耐結糧", "辞职多久发工资"),
        ("幾點返工", "几点上班"),  # a time of day: 點 after 幾 stays
    ],
)
def test_the_words_read_as_mandarin(understander: Understander, text: str, normal: str) -> None:
    """Each line's normal form says in Mandarin what the Cantonese and English say."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("1號salary幾多呀", "pay"),
        ("interview幾時", "apply"),
        ("有冇day off 定係日日返", "hours"),
        ("使唔使識英文", "requirements"),
        ("weekend有冇多", "pay"),
        ("放幾多日假", "hours"),
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its topic first."""
    assert understander.understand(text, None).intents[:1] == (intent,)
