"""The built understander kept on disk: the same answers, rebuilt when anything it came from changes."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.snapshot import cache_dir, load_snapshot, save_snapshot, snapshot_key
from catalog.load import load_catalog
from catalog.models import Catalog
from tests.conftest import SEEDS

LINES = ["3号宿舍远吗", "工资多少", "报名5 电话13812345678", "什么黑心企业", "苏州华辰电子厂包吃吗", "666"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache_dir()


@pytest.mark.parametrize("plain", [False, True])
def test_a_snapshot_answers_as_the_built_understander(cache: Path, plain: bool) -> None:
    """Saved and loaded again, plain or not, the understander gives the same contract output for
    every line; only the one not plain keeps a catalogue to answer from."""
    catalog_file = SEEDS / "catalog.yaml"
    built = Understander(load_catalog(catalog_file))
    assert load_snapshot(catalog_file, plain=plain) is None
    save_snapshot(catalog_file, built, plain=plain)
    files = list(cache.glob("understander-*.pickle"))
    assert len(files) == 1
    assert oct(cache.stat().st_mode & 0o777) == oct(0o700)
    assert load_snapshot(catalog_file, plain=not plain) is None
    loaded = load_snapshot(catalog_file, plain=plain)
    assert loaded is not None
    assert isinstance(loaded.index.catalog, Catalog) is not plain
    for line in LINES:
        assert loaded.to_contract(loaded.understand(line, "J001")) == built.to_contract(
            built.understand(line, "J001")
        ), line


def test_a_snapshot_is_kept_with_the_catalogue_pieces_listed(cache: Path) -> None:
    """What the first placed line would build is built before keeping: a process started from the
    snapshot builds nothing on its first lines, and answers as one that built it then."""
    catalog_file = SEEDS / "catalog.yaml"
    built = Understander(load_catalog(catalog_file))
    assert not built.prepared
    save_snapshot(catalog_file, built, plain=True)
    loaded = load_snapshot(catalog_file, plain=True)
    assert loaded is not None
    assert loaded.prepared
    fresh = Understander(load_catalog(catalog_file))
    for line in [*LINES, "组装是拧螺丝吗", "主播长这么帅是合理的吗"]:
        assert loaded.to_contract(loaded.understand(line, "J001")) == fresh.to_contract(
            fresh.understand(line, "J001")
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


def test_reading_a_snapshot_loads_no_pydantic(cache: Path) -> None:
    """A fresh process that reads the snapshot and understands a line never imports pydantic."""
    import subprocess
    import sys

    catalog_file = SEEDS / "catalog.yaml"
    save_snapshot(catalog_file, Understander(load_catalog(catalog_file)), plain=True)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bot.understand.snapshot import load_snapshot\n"
        f"u = load_snapshot(Path({str(catalog_file)!r}), plain=True)\n"
        "assert u is not None\n"
        "print(u.to_contract(u.understand('3号宿舍远吗 有没有夫妻房', 'J001'))['intents'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ.copy(), check=True
    )
    intents, modules = done.stdout.splitlines()
    assert "dorm" in intents
    assert modules == "[]"


def test_catalogue_records_read_and_compare_as_the_models() -> None:
    """A job kept in a snapshot has the model's fields, nested ones too, and compares alike."""
    from bot.understand.snapshot import plain_pickle
    from catalog.records import Record, plain_reduction

    job = load_catalog(SEEDS / "catalog.yaml").jobs[0]
    assert job.pay is not None
    first, second = pickle.loads(plain_pickle((job, job)))
    assert isinstance(first, Record)
    assert first.id == job.id
    assert first.title == job.title
    assert first.pay.base == job.pay.base
    assert first == second
    assert hash(first) == hash(second)
    assert pickle.loads(pickle.dumps(first)) == first
    with pytest.raises(AttributeError):
        first.title = "改"
    assert plain_reduction("not a model") is None


def test_only_the_newest_snapshots_are_kept(cache: Path) -> None:
    """Saving one more snapshot deletes the oldest beyond the most kept; the new one stays."""
    from bot.understand.snapshot import KEPT_SNAPSHOTS

    cache.mkdir(parents=True, mode=0o700)
    for n in range(KEPT_SNAPSHOTS + 5):
        old = cache / f"understander-{n:032x}.pickle"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000 + n, 1_700_000_000 + n))
    catalog_file = SEEDS / "catalog.yaml"
    save_snapshot(catalog_file, Understander(load_catalog(catalog_file)))
    kept = sorted(p.name for p in cache.glob("understander-*.pickle"))
    assert len(kept) == KEPT_SNAPSHOTS
    assert f"understander-{snapshot_key(catalog_file)}.pickle" in kept
    assert f"understander-{0:032x}.pickle" not in kept
    assert load_snapshot(catalog_file) is not None


def test_code_changed_under_a_running_process_keeps_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The source is read once per process: code edited on disk under a long run (an upgrade) does
    not give the old code's snapshot the new code's key."""
    from bot.understand import snapshot

    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(snapshot, "_PACKAGES", (package,))
    snapshot._code_digest.cache_clear()
    try:
        catalogue = SEEDS / "catalog.yaml"
        before = snapshot_key(catalogue)
        (package / "mod.py").write_text("X = 2\n", encoding="utf-8")
        assert snapshot_key(catalogue) == before
        snapshot._code_digest.cache_clear()
        assert snapshot_key(catalogue) != before
    finally:
        snapshot._code_digest.cache_clear()
