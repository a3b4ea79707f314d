"""Shared fixtures: the seed catalogue, rooms built on it, and the path to the shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.result import INTENTS
from catalog.models import Catalog

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = Path(os.environ.get("DAIGANG_SHARED_DATA") or ROOT.parent / "shared" / "data")
"""The real third-party data: beside the project, or where DAIGANG_SHARED_DATA says."""


@pytest.fixture(scope="session")
def seed_catalog() -> Catalog:
    """The demo catalogue of the seeds folder."""
    from catalog.load import load_catalog

    return load_catalog(SEEDS / "catalog.yaml")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real third-party data beside the project; tests skip when it is not there."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon (a test file may make its own)."""
    return Understander(seed_catalog)


def domain_intents(understander: Understander, text: str) -> set[str]:
    """The domain intents a line gets with job 1 on screen."""
    return set(understander.understand(text, "J001").intents) & set(INTENTS)
