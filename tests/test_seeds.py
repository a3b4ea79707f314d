"""The demo data that ships in seeds/: the catalogue loads and the recorded stream is well formed."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GENERATOR = REPO / "tests" / "tools" / "make_seed_stream.py"

FRAME_KEYS = {
    "comment": {"type", "id", "ts", "user", "text"},
    "feature": {"type", "ts", "job"},
    "enter": {"type", "ts", "user"},
    "like": {"type", "ts", "user", "count"},
    "gift": {"type", "ts", "user", "gift", "count"},
    "viewers": {"type", "ts", "count"},
    "end": {"type", "ts"},
}


@pytest.fixture(scope="module")
def catalog() -> Any:
    """The seed catalogue, validated by the catalogue models."""
    from catalog.models import Catalog

    return Catalog.model_validate(yaml.safe_load((SEEDS / "catalog.yaml").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def frames() -> list[dict[str, Any]]:
    """The frames of the seed recording, one per line."""
    lines = (SEEDS / "stream.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_catalog_is_large_enough(catalog: Any) -> None:
    """The catalogue has at least 15 employers and 40 jobs, numbered 1… with ids J001…."""
    assert len(catalog.employers) >= 15
    assert len(catalog.jobs) >= 40
    assert all(job.id == f"J{job.number:03d}" for job in catalog.jobs)


def test_catalog_uses_every_pay_unit(catalog: Any) -> None:
    """Monthly, daily, hourly and piece pay all occur."""
    units = {job.pay.unit for job in catalog.jobs if job.pay is not None}
    assert units >= {"month", "day", "hour", "piece"}


def test_catalog_leaves_some_facts_out(catalog: Any) -> None:
    """Some jobs lack a dorm distance, a canteen or prospects, as real sheets do."""
    assert any(job.dorm is None or job.dorm.distance is None for job in catalog.jobs)
    assert any(job.canteen is None for job in catalog.jobs)
    assert any(job.prospects is None for job in catalog.jobs)


def test_catalog_avoids_real_trap_companies(catalog: Any) -> None:
    """Companies used elsewhere as 'not in the catalogue' appear in no employer name or alias."""
    traps = ("仁宝", "富士康", "立讯", "绿点", "英华达")
    names = [e.name for e in catalog.employers] + [a for e in catalog.employers for a in e.aliases]
    assert not [n for n in names if any(t in n for t in traps)]


def test_stream_is_long_enough(frames: list[dict[str, Any]]) -> None:
    """The recording has at least 4,000 frames over at least 35 minutes."""
    assert len(frames) >= 4000
    assert frames[-1]["ts"] - frames[0]["ts"] >= 35 * 60


def test_stream_frames_have_the_protocol_shape(frames: list[dict[str, Any]]) -> None:
    """Every frame is one of the room → bot types with exactly its keys."""
    bad = [f for f in frames if set(f) != FRAME_KEYS.get(f.get("type", ""), set())]
    assert bad == []


def test_stream_ids_unique_and_time_ordered(frames: list[dict[str, Any]]) -> None:
    """Comment ids are unique and timestamps never go backwards."""
    ids = [f["id"] for f in frames if f["type"] == "comment"]
    assert len(ids) == len(set(ids))
    stamps = [f["ts"] for f in frames]
    assert all(a <= b for a, b in itertools.pairwise(stamps))


def test_stream_features_catalogue_jobs(frames: list[dict[str, Any]], catalog: Any) -> None:
    """Every featured job exists in the catalogue; the first comes within 30 s."""
    job_ids = {job.id for job in catalog.jobs}
    featured = [f for f in frames if f["type"] == "feature"]
    assert featured
    assert all(f["job"] in job_ids for f in featured)
    assert featured[0]["ts"] - frames[0]["ts"] <= 30


def test_stream_ends_with_end(frames: list[dict[str, Any]]) -> None:
    """The last frame, and only the last, is `end`."""
    assert [i for i, f in enumerate(frames) if f["type"] == "end"] == [len(frames) - 1]


def test_stream_carries_the_hard_cases(frames: list[dict[str, Any]]) -> None:
    """Markup in a comment and in a name, and a phone number in a name, are there to be escaped and masked."""
    texts = {f["text"] for f in frames if f["type"] == "comment"}
    names = {f["user"]["name"] for f in frames if "user" in f}
    assert "<script>alert(1)</script>" in texts
    assert "<img src=x onerror=alert(1)>" in names
    assert "小李13812345678" in names


def test_generator_reproduces_the_recording(tmp_path: Path) -> None:
    """Running the generator writes the committed recording byte for byte."""
    out = tmp_path / "stream.jsonl"
    subprocess.run([sys.executable, str(GENERATOR), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (SEEDS / "stream.jsonl").read_bytes()


class _UniqueKeys(yaml.SafeLoader):
    """A YAML loader that refuses a mapping naming one key twice (the last would silently win)."""


def _no_twice(loader: _UniqueKeys, node: yaml.MappingNode) -> dict[Any, Any]:
    """A mapping whose keys are each written once; else the key and its line."""
    keys = [loader.construct_object(k) for k, _ in node.value]
    twice = [
        (k, n.start_mark.line + 1) for (n, _), k in zip(node.value, keys, strict=True) if keys.count(k) > 1
    ]
    assert not twice, f"written twice: {twice}"
    return dict(loader.construct_pairs(node))


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_twice)


def test_the_lexicon_writes_each_word_once() -> None:
    """No typo, abbreviation or table key of the lexicon is written twice (YAML keeps the last)."""
    text = (SEEDS / "lexicon.yaml").read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_UniqueKeys)
