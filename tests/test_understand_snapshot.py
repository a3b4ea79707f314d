"""The built understander kept on disk: the same answers, rebuilt when anything it came from changes."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.snapshot import cache_dir, load_snapshot, save_snapshot, snapshot_key
from catalog.load import load_catalog
from tests.conftest import SEEDS

LINES = ["3号宿舍远吗", "工资多少", "报名5 电话13812345678", "什么黑心企业", "苏州华辰电子厂包吃吗", "666"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache_dir()


def test_a_snapshot_answers_as_the_built_understander(cache: Path) -> None:
    """Saved and loaded again, the understander gives the same contract output for every line."""
    catalog_file = SEEDS / "catalog.yaml"
    built = Understander(load_catalog(catalog_file))
    assert load_snapshot(catalog_file) is None
    save_snapshot(catalog_file, built)
    files = list(cache.glob("understander-*.pickle"))
    assert len(files) == 1
    assert oct(cache.stat().st_mode & 0o777) == oct(0o700)
    loaded = load_snapshot(catalog_file)
    assert loaded is not None
    for line in LINES:
        assert loaded.to_contract(loaded.understand(line, "J001")) == built.to_contract(
            built.understand(line, "J001")
        ), line


def test_a_changed_catalogue_gets_a_new_snapshot(cache: Path, tmp_path: Path) -> None:
    """The key follows the catalogue's bytes: an edited catalogue never reads the old snapshot."""
    catalog_file = tmp_path / "catalog.yaml"
    catalog_file.write_bytes((SEEDS / "catalog.yaml").read_bytes())
    before = snapshot_key(catalog_file)
    save_snapshot(catalog_file, Understander(load_catalog(catalog_file)))
    catalog_file.write_bytes(catalog_file.read_bytes() + b"\n# edited\n")
    assert snapshot_key(catalog_file) != before
    assert load_snapshot(catalog_file) is None


def test_a_snapshot_others_could_write_is_never_read(cache: Path) -> None:
    """A snapshot file writable by others, or that is not an understander, is passed over."""
    catalog_file = SEEDS / "catalog.yaml"
    save_snapshot(catalog_file, Understander(load_catalog(catalog_file)))
    path = next(cache.glob("understander-*.pickle"))
    os.chmod(path, 0o666)
    assert load_snapshot(catalog_file) is None
    os.chmod(path, 0o600)
    path.write_bytes(pickle.dumps({"not": "an understander"}))
    assert load_snapshot(catalog_file) is None
    path.write_bytes(b"not a pickle at all")
    assert load_snapshot(catalog_file) is None
