"""`daigang understand` as SPEC §4 fixes it: JSON Lines in and out, exact keys, order, errors."""

from __future__ import annotations

import io

import orjson

from bot.understand import Understander
from bot.understand.cli import run_understand
from catalog.models import Catalog

KEYS = ["text", "question", "intents", "job", "employer", "city"]


def _run(catalog: Catalog, payload: bytes) -> tuple[int, list[dict[str, object]], str]:
    """Run the command on `payload`; return the exit code, the output objects and stderr."""
    stdout = io.BytesIO()
    stderr = io.StringIO()
    code = run_understand(catalog, io.BytesIO(payload), stdout, stderr)
    return code, [orjson.loads(line) for line in stdout.getvalue().splitlines()], stderr.getvalue()


def test_spec_example(seed_catalog: Catalog) -> None:
    """The example of SPEC §4 gives exactly the object it shows."""
    code, out, _ = _run(seed_catalog, '{"text": "3号宿舍远吗", "featured": "J001"}\n'.encode())
    assert code == 0
    assert out == [
        {
            "text": "3号宿舍远吗",
            "question": True,
            "intents": ["dorm"],
            "job": "J003",
            "employer": "dingtai-sz",
            "city": "苏州",
        }
    ]
    assert list(out[0]) == KEYS


def test_bare_lines_and_order(seed_catalog: Catalog) -> None:
    """Bare text lines are accepted; one output line per input, in order, keys in contract order."""
    lines = [
        "666",
        '{"text": "包吃住吗", "featured": "J005"}',
        "主播哪里人?",
        '{"text": "工资多少"}',
        "报名3",
    ]
    code, out, _ = _run(seed_catalog, ("\n".join(lines) + "\n").encode())
    assert code == 0
    assert [o["text"] for o in out] == ["666", "包吃住吗", "主播哪里人?", "工资多少", "报名3"]
    assert all(list(o) == KEYS for o in out)
    got = [(o["question"], o["intents"], o["job"]) for o in out]
    assert got == [
        (False, [], None),
        (True, ["dorm", "canteen"], "J005"),
        (True, ["other"], None),
        (True, ["pay"], None),
        (False, ["apply"], "J003"),
    ]


def test_repeated_lines_repeat_answers(seed_catalog: Catalog) -> None:
    """The same line many times gives the same answer each time."""
    code, out, _ = _run(seed_catalog, b'{"text": "\\u5305\\u4f4f\\u5417", "featured": "J003"}\n' * 50)
    assert code == 0
    assert len(out) == 50
    assert all(o == out[0] for o in out)
    assert out[0]["text"] == "包住吗"


def test_malformed_line_stops_with_place(seed_catalog: Catalog) -> None:
    """A broken JSON object line: the outputs so far, one line naming <stdin>:LINE, exit code 2."""
    payload = b'{"text": "\xe5\x8c\x85\xe4\xbd\x8f\xe5\x90\x97"}\n666\n{"text": \n\xe5\xb7\xa5\xe8\xb5\x84\n'
    code, out, err = _run(seed_catalog, payload)
    assert code == 2
    assert [o["text"] for o in out] == ["包住吗", "666"]
    assert err.startswith("<stdin>:3:")
    assert err.count("\n") == 1


def test_wrong_field_types_are_errors(seed_catalog: Catalog) -> None:
    """A text that is not a string is a bad line."""
    code, out, err = _run(seed_catalog, b'{"text": 5}\n')
    assert code == 2
    assert out == []
    assert "<stdin>:1:" in err


def test_to_contract_keys(seed_catalog: Catalog) -> None:
    """to_contract gives the six keys of the contract, in order."""
    understander = Understander(seed_catalog)
    obj = understander.to_contract(understander.understand("工资多少包住吗", "J001"))
    assert list(obj) == KEYS
    assert obj["intents"] == ["pay", "dorm"]
