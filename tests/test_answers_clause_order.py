"""Which topic a line of several clauses asks first, whatever words join its clauses, and a room
that never fails on such a line."""

from __future__ import annotations

import pytest

from bot.answer.claims import first_asked
from bot.events import Comment, Feature, User
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.models import Catalog


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("工资多少另外住宿呢", "pay"),
        ("工资多少还有就是宿舍几人", "pay"),
        ("工资多少？住宿呢？", "pay"),
        ("宿舍 然后工资", "dorm"),
    ],
)
def test_the_first_clause_asks_first(text: str, first: str) -> None:
    """A word opening inside the words joining two clauses (外住 in 另外住宿) is of the later clause."""
    assert first_asked(("pay", "dorm"), text) == first


def test_a_line_joined_by_such_words_is_handled(seed_catalog: Catalog) -> None:
    """工资多少另外住宿呢 reaches the room and is answered, not dropped by a failure."""
    room = build_room(seed_catalog, get_profile("generic"))
    job = seed_catalog.jobs[0].id
    room.handle(Feature(1000.0, job), 1000.0)
    out = room.handle(Comment("c1", 1001.0, User("u1", "观众"), "工资多少另外住宿呢"), 1001.0)
    assert out
