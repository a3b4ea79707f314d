"""The gates of the normal form: runs of steps skipped when a line holds none of their characters."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import orjson
import pytest

import bot.understand.normalize as normalize_module
from bot.understand.lexicon import load_lexicon
from bot.understand.normalize import Normalizer

TESTS = Path(__file__).parent
DATA = TESTS / "data"
_CJK = re.compile(r"[\u4e00-\u9fff]")


class _Open:
    """A gate that lets every line through: each step of its run then tests the line itself."""

    def search(self, text: str) -> bool:
        """Always open."""
        return True


def _lines() -> list[str]:
    """Every comment of the project's labelled and answer sets, and every Chinese line the tests of
    understanding and answering quote (each rule of the normal form has lines of its own there)."""
    found: list[str] = []
    for path in sorted([*DATA.glob("labelled/*.jsonl"), *DATA.glob("answers/*.jsonl")]):
        for raw in path.read_bytes().splitlines():
            if raw.strip():
                found.append(orjson.loads(raw)["text"])
    for path in sorted([*TESTS.glob("test_understand*.py"), *TESTS.glob("test_answers*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CJK.search(node.value):
                found.append(node.value)
    return found


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    """A normaliser over the shipped lexicon."""
    return Normalizer(load_lexicon(), ["叉车", "质检"])


def test_gates_leave_every_normal_form_as_it_was(
    normalizer: Normalizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line of the project's data reads the same with the gates as with every gate open."""
    lines = _lines()
    assert len(lines) > 5000
    gated = [normalizer.normalize(line) for line in lines]
    gates = [name for name in vars(normalize_module) if name.startswith("_GATE_")]
    assert len(gates) >= 5
    for name in gates:
        monkeypatch.setattr(normalize_module, name, _Open())
    opened = [normalizer.normalize(line) for line in lines]
    assert [(line, a) for line, a, b in zip(lines, gated, opened, strict=True) if a != b] == []


def test_each_gate_is_a_class_of_characters() -> None:
    """A gate is one class of characters, so that one scan of the line decides it."""
    for name, value in vars(normalize_module).items():
        if name.startswith("_GATE_"):
            assert isinstance(value, re.Pattern)
            assert re.fullmatch(r"\[[^\]\\^-]+\]", value.pattern), name


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("收唔收学徒", "收不收学徒"),
        ("宿舍离厂好远", "宿舍离厂多远"),
        ("主播好漂亮", "主播好漂亮"),
    ],
)
def test_lines_behind_a_gate_still_change(normalizer: Normalizer, raw: str, normal: str) -> None:
    """A line holding a gate's character still goes through the run behind it; one holding none is kept."""
    assert normalizer.normalize(raw) == normal
