"""Questions of shipyard and steel-mill workers: an FAQ on the canteen never answers how far the dorm
is (厂里有几个食堂 holds 厂里, a word of distance); a sum added for a certificate is told where the
note names what is added before its figure (另加证书补贴300元)."""

from __future__ import annotations

import pytest

from catalog.models import Catalog
from tests.test_answers import answered_as_written, catalog_from_yaml

CATALOGUE = """\
employers:
  - id: haimen
    name: 南通海门重工有限公司
    aliases: [海门重工]
    city: 南通
    faq:
      - {q: 厂里有几个食堂, a: 三个食堂，有清真窗口}
jobs:
  - id: S01
    number: 1
    employer: haimen
    title: 船舶涂装工
    dorm: {provided: true, room: 6人间}
  - id: S02
    number: 2
    employer: haimen
    title: 起重工
    pay: {min: 7000, max: 9000, unit: month, note: 持Q1证每月另加证书补贴300元}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Two shipyard jobs; the dorm's distance is not written."""
    return catalog_from_yaml(tmp_path_factory, "shipyard", CATALOGUE)


@pytest.mark.parametrize(
    ("featured", "question", "state"),
    [
        ("S01", "宿舍离车间多远", None),  # the canteen's FAQ says nothing of it
        ("S02", "有Q1证加钱不", ["300"]),
    ],
)
def test_the_fact_asked_is_told_or_left_to_the_host(
    catalog: Catalog, featured: str, question: str, state: list[str] | None
) -> None:
    """A fact written is told; one not written is left to the host, not told by a neighbour."""
    assert answered_as_written(catalog, featured, question, state)
