"""Loading, checking and converting catalogues in YAML and JSON: every problem, with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from catalog.convert import convert
from catalog.dump import catalog_data, to_json, to_yaml
from catalog.errors import CatalogError, Problem
from catalog.load import check_catalog, load_catalog
from catalog.models import Catalog

DATA = Path(__file__).resolve().parent / "data" / "catalog"
SMALL = DATA / "small.yaml"
BROKEN = DATA / "broken.yaml"
SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "catalog.yaml"


def _seeds() -> Path:
    """The shipped demo catalogue, or skip when it is not there."""
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is missing")
    return SEEDS


def _write(tmp_path: Path, name: str, text: str) -> Path:
    """Write a UTF-8 file into the test's folder."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _summary(problems: list[Problem]) -> set[tuple[int | None, str | None, str | None, str | None]]:
    """Each problem as (line, job, employer, field)."""
    return {(p.line, p.job, p.employer, p.field) for p in problems}


def test_small_fixture_loads() -> None:
    """The small fixture has 3 employers and 6 jobs, with dates and quoted numbers kept as text."""
    catalog = load_catalog(SMALL)
    assert len(catalog.employers) == 3
    assert len(catalog.jobs) == 6
    assert catalog.stream is not None
    assert catalog.stream.date == "2025-03-08"
    j001 = catalog.jobs[0]
    assert j001.pay is not None
    assert j001.pay.payday == "15"
    assert j001.pay.min == 6000
    assert catalog.jobs[1].pay is not None
    assert catalog.jobs[1].pay.min == 22.5
    assert check_catalog(SMALL) == []


def test_broken_reports_every_fault_in_one_call() -> None:
    """All faults of broken.yaml come back from one call, each with its line, subject and field."""
    problems = check_catalog(BROKEN)
    expected = {
        (2, None, None, "streem"),  # unknown top-level key
        (8, None, "huachen", "city"),  # `city: no` is a YAML boolean
        (9, None, "huachen", "id"),  # duplicate employer id
        (12, None, "Shunfa Logistics", "id"),  # id pattern
        (12, None, "Shunfa Logistics", "city"),  # required field missing
        (17, None, "lvyuan", "city"),  # duplicate key in a mapping
        (24, "J001", None, "titel"),  # unknown key
        (26, "J001", None, "pay.min"),  # min > max
        (28, "J001", None, "pay.unit"),  # not a unit
        (29, "J002", None, "title"),  # required field missing
        (30, "J002", None, "number"),  # duplicate number
        (31, "J002", None, "employer"),  # dangling employer
        (36, "J003", None, "headcount"),  # `yes` where a number belongs
        (38, "J003", None, "pay.payday"),  # a number where text belongs
        (40, "J003", None, "requirements.age_min"),  # age 15
        (42, "J003", None, "id"),  # duplicate job id
        (47, "J003", None, "requirements.age_min"),  # age_min > age_max
        (50, "J003", None, "faq[0].a"),  # FAQ item without its answer
    }
    assert _summary(problems) == expected
    assert len(problems) == len(expected)
    assert [p.line for p in problems] == sorted(p.line or 0 for p in problems)


def test_broken_messages_say_what_is_wrong() -> None:
    """Messages name the fault in words a recruiter understands."""
    lines = [str(p) for p in check_catalog(BROKEN)]
    file = str(BROKEN)
    assert f"{file}:26 job J001 field pay.min: min 9000 is greater than max 7000" in lines
    assert (
        f"{file}:8 employer huachen field city: "
        'expected text, but no reads as the boolean false: write it in quotes ("no")' in lines
    )
    assert (
        f"{file}:31 job J002 field employer: unknown employer 'huachenn' (did you mean 'huachen'?)" in lines
    )
    assert f"{file}:30 job J002 field number: duplicate number 1 (first at line 21)" in lines
    assert f"{file}:40 job J003 field requirements.age_min: must be at least 16 (got 15)" in lines
    assert f"{file}:24 job J001 field titel: unknown key (did you mean 'title'?)" in lines
    assert f"{file}:29 job J002 field title: missing, but required" in lines
    assert f"{file}:17 employer lvyuan field city: duplicate key 'city' (first at line 16)" in lines


def test_load_raises_with_the_same_problems() -> None:
    """load_catalog raises one CatalogError carrying what check_catalog returns."""
    with pytest.raises(CatalogError) as caught:
        load_catalog(BROKEN)
    assert caught.value.problems == check_catalog(BROKEN)
    assert str(caught.value).splitlines() == [str(p) for p in caught.value.problems]


def test_problem_line_format() -> None:
    """A problem prints as FILE:LINE job J field F: message, shrinking when less is known."""
    assert str(Problem(file="c.yaml", line=12, job="J003", field="pay.min", message="bad")) == (
        "c.yaml:12 job J003 field pay.min: bad"
    )
    assert str(Problem(file="c.yaml", line=3, employer="huachen", field="city", message="bad")) == (
        "c.yaml:3 employer huachen field city: bad"
    )
    assert str(Problem(file="j.xlsx", sheet="jobs", row=5, column=3, job="J003", message="bad")) == (
        "j.xlsx:jobs!R5C3 job J003: bad"
    )
    assert (
        str(Problem(file="j.csv", row=5, column=3, field="pay.min", message="bad"))
        == "j.csv:R5C3 field pay.min: bad"
    )
    assert str(Problem(file="j.xlsx", sheet="Sheet2", message="bad")) == "j.xlsx:Sheet2: bad"
    assert str(Problem(file="c.yaml", message="no such file")) == "c.yaml: no such file"


def test_missing_file(tmp_path: Path) -> None:
    """A missing file is one problem naming the file."""
    path = tmp_path / "nowhere.yaml"
    problems = check_catalog(path)
    assert [str(p) for p in problems] == [f"{path}: no such file"]


def test_directory_and_unknown_extension(tmp_path: Path) -> None:
    """A directory or a file of no catalogue format is one clear problem."""
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    assert [p.message for p in check_catalog(folder)] == ["is a directory, not a catalogue file"]
    other = _write(tmp_path, "catalog.txt", "jobs: []")
    assert "unknown catalogue format .txt" in check_catalog(other)[0].message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    """A YAML syntax error is one problem with the line it happens on."""
    path = _write(tmp_path, "bad.yaml", "employers:\n  - id: a\n    name: [unclosed\njobs: []\n")
    problems = check_catalog(path)
    assert len(problems) == 1
    assert problems[0].line == 4
    assert problems[0].message.startswith("YAML syntax error")


def test_json_syntax_error_names_the_line(tmp_path: Path) -> None:
    """A JSON syntax error is one problem with its line."""
    path = _write(tmp_path, "bad.json", '{\n  "employers": [],\n  "jobs": [,]\n}\n')
    problems = check_catalog(path)
    assert len(problems) == 1
    assert problems[0].line == 3
    assert problems[0].message.startswith("JSON syntax error")


def test_json_problems_have_lines() -> None:
    """JSON faults are located by line too, duplicate keys included."""
    problems = check_catalog(DATA / "broken.json")
    assert _summary(problems) == {
        (11, "J001", None, "pay.unti"),
        (11, "J001", None, "pay.min"),
        (15, "J002", None, "number"),
        (16, "J002", None, "employer"),
        (18, "J002", None, "title"),
        (19, "J002", None, "city"),
    }


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    """An empty file or a top-level list is reported, not a traceback."""
    empty = _write(tmp_path, "empty.yaml", "# nothing yet\n")
    assert "empty" in check_catalog(empty)[0].message
    listing = _write(tmp_path, "list.yaml", "- a\n- b\n")
    problems = check_catalog(listing)
    assert len(problems) == 1
    assert problems[0].line == 1
    assert problems[0].message.startswith("expected a mapping")


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    """A file in another encoding is reported with the line of the first bad byte."""
    path = tmp_path / "gbk.yaml"
    path.write_bytes("employers: []\njobs: []\nfaq:\n  - q: 工资\n".encode("gbk"))
    problems = check_catalog(path)
    assert [(p.line, p.message) for p in problems] == [(4, "not UTF-8 text: save the file as UTF-8")]


def test_multiple_documents_are_an_error(tmp_path: Path) -> None:
    """A YAML stream of two documents is refused with a line."""
    path = _write(tmp_path, "two.yaml", "employers: []\njobs: []\n---\nemployers: []\n")
    problems = check_catalog(path)
    assert len(problems) == 1
    assert problems[0].line == 3


def test_boolean_is_not_a_number_in_any_format(tmp_path: Path) -> None:
    """`number: true` is refused, though pydantic alone would read it as 1."""
    data = catalog_data(load_catalog(SMALL))
    data["jobs"][0]["number"] = True
    path = _write(tmp_path, "c.json", json.dumps(data, ensure_ascii=False, indent=2))
    problems = check_catalog(path)
    assert [(p.job, p.field, p.message) for p in problems] == [
        ("J001", "number", "expected a number, got the boolean true")
    ]


def test_unknown_nested_key_and_wrong_shape(tmp_path: Path) -> None:
    """A mistyped nested key and a list where a mapping belongs are both reported with lines."""
    text = SMALL.read_text(encoding="utf-8")
    text = text.replace("      distance_m: 400\n", "      distanse_m: 400\n").replace(
        "    hours:\n      daily: 9.5\n", "    hours: [9.5]\n"
    )
    path = _write(tmp_path, "c.yaml", text)
    problems = check_catalog(path)
    lines = SMALL.read_text(encoding="utf-8").splitlines()
    distance_line = lines.index("      distance_m: 400") + 1
    hours_line = lines.index("      daily: 9.5")  # the `hours:` line above it, counted from 1
    assert _summary(problems) == {
        (distance_line, "J001", None, "dorm.distanse_m"),
        (hours_line, "J005", None, "hours"),
    }


def test_yaml_round_trip_is_readable_and_equal(tmp_path: Path) -> None:
    """Dumped YAML keeps Chinese, field order and no empty values, and loads back equal."""
    catalog = load_catalog(SMALL)
    text = to_yaml(catalog)
    assert "昆山华辰电子有限公司" in text
    assert "null" not in text
    assert "aliases: []" not in text
    assert text.index("stream:") < text.index("employers:") < text.index("jobs:") < text.index("\nfaq:")
    assert "aliases: [华辰, 华辰电子]" in text
    path = _write(tmp_path, "again.yaml", text)
    assert load_catalog(path) == catalog
    assert to_yaml(load_catalog(path)) == text


def test_json_round_trip_small(tmp_path: Path) -> None:
    """YAML -> JSON -> YAML gives an equal catalogue."""
    catalog = load_catalog(SMALL)
    convert(SMALL, tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["jobs"][0]["id"] == "J001"
    convert(tmp_path / "c.json", tmp_path / "c.yaml")
    assert load_catalog(tmp_path / "c.yaml") == catalog


def test_json_round_trip_seeds(tmp_path: Path) -> None:
    """The shipped catalogue survives YAML -> JSON -> YAML."""
    seeds = _seeds()
    catalog = load_catalog(seeds)
    convert(seeds, tmp_path / "c.json")
    convert(tmp_path / "c.json", tmp_path / "c.yml")
    assert load_catalog(tmp_path / "c.yml") == catalog


def test_seeds_yaml_dump_round_trip(tmp_path: Path) -> None:
    """The shipped catalogue, dumped as YAML, loads back equal."""
    catalog = load_catalog(_seeds())
    path = _write(tmp_path, "seeds.yaml", to_yaml(catalog))
    assert load_catalog(path) == catalog
    assert json.loads(to_json(catalog)) == catalog_data(catalog)


def test_convert_validates_and_leaves_no_file(tmp_path: Path) -> None:
    """Converting a broken catalogue raises every problem and writes nothing."""
    target = tmp_path / "out.json"
    with pytest.raises(CatalogError) as caught:
        convert(BROKEN, target)
    assert len(caught.value.problems) == len(check_catalog(BROKEN))
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_convert_to_unknown_format(tmp_path: Path) -> None:
    """An output extension that names no format is a problem about the output file."""
    with pytest.raises(CatalogError) as caught:
        convert(SMALL, tmp_path / "out.toml")
    assert [p.file for p in caught.value.problems] == [str(tmp_path / "out.toml")]


def test_dump_output_is_plain_yaml() -> None:
    """The dumped YAML is ordinary YAML any reader can load into the same data."""
    catalog = load_catalog(SMALL)
    assert yaml.safe_load(to_yaml(catalog)) == catalog_data(catalog)
    assert Catalog.model_validate(catalog_data(catalog)) == catalog


def test_octal_trap_is_reported(tmp_path: Path) -> None:
    """`number: 010` (octal 8 in YAML 1.1) is reported instead of becoming job 8."""
    text = SMALL.read_text(encoding="utf-8").replace("    number: 12\n", "    number: 012\n")
    problems = check_catalog(_write(tmp_path, "c.yaml", text))
    line = text.splitlines().index("    number: 012") + 1
    assert [(p.line, p.job, p.field) for p in problems] == [(line, "J006", "number")]
    assert "octal" in problems[0].message


def test_cross_check_alone_is_reported_once(tmp_path: Path) -> None:
    """When only a cross-check fails, it is reported once, at its line, not again for the whole file."""
    text = SMALL.read_text(encoding="utf-8").replace(
        "    employer: shunfa-wl\n    title: 分拣员", "    employer: shunfa\n    title: 分拣员"
    )
    problems = check_catalog(_write(tmp_path, "c.yaml", text))
    line = text.splitlines().index("    employer: shunfa") + 1
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'c.yaml'}:{line} job J002 field employer: "
        "unknown employer 'shunfa' (did you mean 'shunfa-wl'?)"
    ]


def test_non_text_key_is_reported(tmp_path: Path) -> None:
    """A key YAML reads as a boolean (`yes:`) is reported at its line."""
    path = _write(tmp_path, "c.yaml", "employers: []\njobs: []\nyes: 1\n")
    assert [(p.line, p.field) for p in check_catalog(path)] == [(3, "true")]
