"""Real Bilibili live chatter (no stream is about jobs): almost no line may get a domain intent."""

from __future__ import annotations

import csv
from pathlib import Path

from bot.understand import Understander
from bot.understand.result import INTENTS
from catalog.models import Catalog


def test_real_chatter_gets_almost_no_domain_intent(shared_data: Path, seed_catalog: Catalog) -> None:
    """At most 0.2% of the real danmaku lines get a domain intent (`other` is fine)."""
    files = sorted((shared_data / "bilibili-live").glob("*_type*.csv"))
    lines: list[str] = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            lines += [row["_content"] or "" for row in csv.DictReader(fh)]
    assert len(lines) > 40000
    understander = Understander(seed_catalog)
    false = [t for t in lines if set(understander.understand(t, "J001").intents) & set(INTENTS)]
    rate = len(false) / len(lines)
    assert rate <= 0.002, f"{rate:.4%}: {false[:40]}"
