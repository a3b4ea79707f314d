"""Worries about the work asked as questions of the job (手泡水会烂吗, 会不会被油烫, 会不会好热),
what a trainee period lasts (储备期多长时间), a raise after long service (干久了涨不涨), a
deduction for a fault (查房不合格扣钱吗), nails allowed (指甲长得不得) and a bonus for bringing a
friend (带老乡有奖励没得), how many a day, how to come by metro, whether a certificate from
elsewhere counts, how deep the pit is: each read as the question it is, and a remark of the
streamer's day left alone."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("手泡水会烂吗", "duties"),
        ("会不会被油烫啊", "duties"),
        ("会不会好热", "duties"),
        ("储备期多长时间", "prospects"),
        ("干久了涨不涨", "prospects"),
        ("查房不合格扣钱吗", "pay"),
        ("指甲长得不得", "requirements"),
        ("带老乡有奖励没得", "pay"),
        ("一天大概能洗几台啊", "duties"),
        ("四新那边地铁么样坐", "location"),
        ("俺证是河北考的 认不认", "requirements"),
        ("井下多深", "duties"),
    ],
)
def test_the_worry_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its topic first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["主播今天好热啊", "我手好冷", "你有多深情"])
def test_a_remark_stays_a_remark(understander: Understander, text: str) -> None:
    """A remark on the weather or one's own hands asks nothing of the job."""
    assert understander.understand(text, None).intents in ((), ("other",))
