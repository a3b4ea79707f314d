"""Loading and checking a catalogue file: YAML, JSON, CSV or XLSX in, a valid Catalog or every problem out."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import NoneType, UnionType
from typing import Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from catalog.errors import CatalogError, Problem
from catalog.limits import shorten
from catalog.models import Catalog
from catalog.source import PathKey, Place, Source, parse_json, parse_yaml, read_text

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)
FORMATS = ".yaml, .yml, .json, .csv or .xlsx"
SHEET_SUFFIXES = (".csv", ".xlsx")
"""What catalog.sheets reads; that module is imported only for a sheet (it costs a tenth of a second)."""


def load_catalog(path: Path) -> Catalog:
    """Read and validate a catalogue file; raise CatalogError listing every problem at once."""
    return validate_source(read_source(path))


def check_catalog(path: Path) -> list[Problem]:
    """Every problem of a catalogue file, in file order; empty when it loads."""
    try:
        load_catalog(path)
    except CatalogError as exc:
        return exc.problems
    return []


def read_source(path: Path) -> Source:
    """Parse a catalogue file by its extension into plain data with places, without validating it."""
    suffix = path.suffix.lower()
    if suffix in SHEET_SUFFIXES:
        from catalog import sheets

        return sheets.read_sheet(path)
    if suffix not in YAML_SUFFIXES + JSON_SUFFIXES:
        raise CatalogError.single(
            str(path), f"unknown catalogue format {suffix or '(no extension)'}: use {FORMATS}"
        )
    text = read_text(path)
    if suffix in JSON_SUFFIXES:
        return parse_json(str(path), text)
    return parse_yaml(str(path), text)


def validate_source(source: Source) -> Catalog:
    """Validate parsed data against the models and the cross-checks; raise CatalogError with every problem."""
    if source.data is None:
        raise CatalogError.single(source.file, "the catalogue is empty: it needs employers and jobs", 1)
    problems = [_problem(source, note.path, note.message, note.place) for note in source.notes]
    checks = cross_checks(source)
    try:
        catalog = Catalog.model_validate(source.data)
    except ValidationError as exc:
        covered = [path for path, _ in checks]
        problems.extend(_pydantic_problems(source, exc.errors(), covered))
    problems.extend(_problem(source, path, message) for path, message in checks)
    if problems:
        raise CatalogError(problems)
    return catalog


def cross_checks(source: Source) -> list[tuple[PathKey, str]]:
    """Faults across entries: duplicate ids and numbers, unknown employers, min above max."""
    data = source.data
    if not isinstance(data, dict):
        return []
    found: list[tuple[PathKey, str]] = []
    employers = _dicts(data.get("employers"))
    jobs = _dicts(data.get("jobs"))
    employer_ids: dict[str, int] = {}
    for index, employer in employers:
        ident = employer.get("id")
        if isinstance(ident, str):
            if ident in employer_ids:
                first = source.place_of(("employers", employer_ids[ident], "id"))
                found.append(
                    (
                        ("employers", index, "id"),
                        f"duplicate employer id {shorten(ident)!r} (first at {first.describe()})",
                    )
                )
            else:
                employer_ids[ident] = index
    job_ids: dict[str, int] = {}
    numbers: dict[int, int] = {}
    for index, job in jobs:
        ident = job.get("id")
        if isinstance(ident, str):
            if ident in job_ids:
                first = source.place_of(("jobs", job_ids[ident], "id"))
                found.append(
                    (
                        ("jobs", index, "id"),
                        f"duplicate job id {shorten(ident)!r} (first at {first.describe()})",
                    )
                )
            else:
                job_ids[ident] = index
        number = job.get("number")
        if isinstance(number, int) and not isinstance(number, bool):
            if number in numbers:
                first = source.place_of(("jobs", numbers[number], "number"))
                found.append(
                    (("jobs", index, "number"), f"duplicate number {number} (first at {first.describe()})")
                )
            else:
                numbers[number] = index
        ref = job.get("employer")
        if isinstance(ref, str) and isinstance(data.get("employers"), list) and ref not in employer_ids:
            found.append(
                (
                    ("jobs", index, "employer"),
                    f"unknown employer {shorten(ref)!r}{_did_you_mean(ref, employer_ids)}",
                )
            )
        found.extend(_order_checks(index, job))
    return found


def _order_checks(index: int, job: dict[str, object]) -> list[tuple[PathKey, str]]:
    """A job's ranges in order: pay min ≤ max, age_min ≤ age_max."""
    found: list[tuple[PathKey, str]] = []
    for group, low, high in (("pay", "min", "max"), ("requirements", "age_min", "age_max")):
        values = job.get(group)
        if not isinstance(values, dict):
            continue
        lo, hi = _number(values.get(low)), _number(values.get(high))
        if lo is not None and hi is not None and lo > hi:
            found.append((("jobs", index, group, low), f"{low} {lo} is greater than {high} {hi}"))
    return found


def _number(value: object) -> int | float | None:
    """`value` when it is an int or float (a bool is not), else None."""
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _dicts(value: object) -> list[tuple[int, dict[str, object]]]:
    """The mapping items of a list with their indexes (nothing when `value` is not a list)."""
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word[:100], list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _problem(source: Source, path: PathKey, message: str, place: Place | None = None) -> Problem:
    """A Problem for `path`, named by its job or employer, at `place` or the path's own place."""
    at = place or source.place_of(path)
    job, employer, field = _subject(source.data, path)
    return Problem(
        file=source.file,
        line=at.line,
        sheet=at.sheet,
        row=at.row,
        column=at.column,
        job=job,
        employer=employer,
        field=field,
        message=message,
    )


def _subject(data: object, path: PathKey) -> tuple[str | None, str | None, str | None]:
    """The job id, employer id and field path that `path` names."""
    if (
        len(path) >= 2
        and path[0] in ("jobs", "employers")
        and isinstance(path[1], int)
        and isinstance(data, dict)
    ):
        entries = data.get(path[0])
        entry = entries[path[1]] if isinstance(entries, list) and 0 <= path[1] < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and ident.strip():
            field = dotted(path[2:]) or None
            return (ident.strip(), None, field) if path[0] == "jobs" else (None, ident.strip(), field)
    return None, None, dotted(path) or None


def dotted(path: Sequence[str | int]) -> str:
    """A path as text: ("pay", "min") -> `pay.min`, ("faq", 1, "q") -> `faq[1].q`."""
    text = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _data_path(data: object, loc: tuple[str | int, ...], missing: bool) -> tuple[PathKey, bool]:
    """The part of a pydantic location that exists in the data, and whether a union branch tag followed."""
    path: list[str | int] = []
    current = data
    for depth, part in enumerate(loc):
        found, current = _child(current, part)
        if not found:
            if missing and depth == len(loc) - 1:
                return (*path, part), False
            return tuple(path), True
        path.append(part)
    return tuple(path), False


def _child(value: object, part: str | int) -> tuple[bool, object]:
    """Whether `value` has the key or index `part`, and what is there."""
    if isinstance(value, dict) and part in value:
        return True, value[part]
    if isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
        return True, value[part]
    return False, None


def _pydantic_problems(source: Source, errors: list[ErrorDetails], covered: list[PathKey]) -> list[Problem]:
    """One Problem per faulty path, merging the errors of a union's branches."""
    grouped: dict[PathKey, list[tuple[ErrorDetails, bool]]] = {}
    for error in errors:
        path, branch = _data_path(source.data, error["loc"], error["type"] == "missing")
        if error["type"] == "value_error" and any(c[: len(path)] == path for c in covered):
            continue
        grouped.setdefault(path, []).append((error, branch))
    problems: list[Problem] = []
    for path, group in grouped.items():
        if all(branch for _, branch in group) and len(group) > 1:
            problems.append(_problem(source, path, _union_message(source, path, [e for e, _ in group])))
        else:
            for error, _ in group:
                named = _key_as_text(source.data, path) if error["type"] == "invalid_key" else path
                problems.append(_problem(source, named, _message(source, path, error), source.place_of(path)))
    return problems


def _key_as_text(data: object, path: PathKey) -> PathKey:
    """`path` with its last part, a key that is not text (YAML `yes:`, `1:`), shown as it was read."""
    parent = data
    for part in path[:-1]:
        parent = _child(parent, part)[1]
    if not path or not isinstance(parent, dict):
        return path
    key = next((k for k in parent if k == path[-1]), path[-1])
    return (*path[:-1], json.dumps(key))


_NUMBER_TYPES = {"int_type", "int_parsing", "int_from_float", "float_type", "float_parsing"}


def _union_message(source: Source, path: PathKey, errors: list[ErrorDetails]) -> str:
    """One message for a value that fits none of a union's branches."""
    if all(error["type"] in _NUMBER_TYPES for error in errors):
        return "expected a number" + _got(errors[0]["input"])
    if any(error["type"] == "bool_not_number" for error in errors):
        return _message(source, path, next(e for e in errors if e["type"] == "bool_not_number"))
    messages = list(dict.fromkeys(_message(source, path, error) for error in errors))
    return " or ".join(messages)


_FRIENDLY = {
    "missing": "missing, but required",
    "model_type": "expected a mapping (key: value)",
    "dict_type": "expected a mapping (key: value)",
    "model_attributes_type": "expected a mapping (key: value)",
    "tuple_type": "expected a list",
    "list_type": "expected a list",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "string_too_short": "must not be empty",
    "invalid_key": "keys must be text: write the key in quotes",
}


def _message(source: Source, path: PathKey, error: ErrorDetails) -> str:
    """A recruiter-readable message for one pydantic error at `path`."""
    kind = error["type"]
    value = error["input"]
    if kind == "extra_forbidden":
        key = path[-1] if path else ""
        return f"unknown key{_did_you_mean(shorten(str(key), 100), _fields_at(path[:-1]))}"
    if kind == "string_type" and isinstance(value, bool | int | float):
        return _not_text(source.texts.get(path), value)
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "missing":
        return _FRIENDLY[kind]
    if kind == "string_pattern_mismatch" and path[-1:] == ("id",):
        return "an employer id may hold only a-z, 0-9 and -" + _got(value)
    if kind == "bool_not_number":
        written = source.texts.get(path)
        if written is not None and written != json.dumps(value):
            return f"expected a number, but {shorten(written)} reads as the boolean {json.dumps(value)}"
        return str(error["msg"])
    return _bounds(error) or _FRIENDLY.get(kind, str(error["msg"])) + _got(value)


_BOUNDS = {
    "greater_than_equal": ("ge", "must be at least"),
    "less_than_equal": ("le", "must be at most"),
    "greater_than": ("gt", "must be more than"),
    "less_than": ("lt", "must be less than"),
}


def _bounds(error: ErrorDetails) -> str | None:
    """The message for a value out of range or not among the allowed choices, or None for other errors."""
    context = error.get("ctx") or {}
    if error["type"] == "literal_error" and "expected" in context:
        return f"expected {context['expected']}" + _got(error["input"])
    if error["type"] in _BOUNDS:
        key, words = _BOUNDS[error["type"]]
        if key in context:
            return f"{words} {context[key]}" + _got(error["input"])
    return None


def _not_text(written: str | None, value: bool | int | float) -> str:
    """The message for a number or YAML boolean where text was expected, with how to quote it."""
    shown = json.dumps(value)
    written = shorten(written) if written is not None else None
    if isinstance(value, bool):
        if written is not None and written != shown:
            return (
                f'expected text, but {written} reads as the boolean {shown}: write it in quotes ("{written}")'
            )
        return f"expected text, got the boolean {shown}: write it in quotes if it is text"
    text = written if written is not None else shorten(shown)
    return f'expected text, got the number {text}: write it in quotes ("{text}")'


def _got(value: object) -> str:
    """` (got …)` showing a scalar input; empty for mappings and lists."""
    if value is None:
        return " (got nothing)"
    if isinstance(value, str):
        return f" (got {json.dumps(shorten(value), ensure_ascii=False)})"
    if isinstance(value, bool | int | float):
        return f" (got {shorten(json.dumps(value))})"
    return ""


def _fields_at(path: PathKey) -> list[str]:
    """The field names of the model that sits at `path` in a catalogue (empty when none does)."""
    annotation: object = Catalog
    for part in path:
        if isinstance(part, int):
            annotation = _item_type(annotation)
        else:
            model = _model_in(annotation)
            if model is None or part not in model.model_fields:
                return []
            annotation = model.model_fields[part].annotation
    model = _model_in(annotation)
    return [f for f in model.model_fields if f != "said"] if model is not None else []


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model class in an annotation like `Pay | None`, or None."""
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for option in options:
        if isinstance(option, type) and issubclass(option, BaseModel):
            return option
    return None


def _item_type(annotation: object) -> object:
    """The item type of `tuple[X, ...]` (possibly optional), or NoneType."""
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for option in options:
        if get_origin(option) is tuple:
            return get_args(option)[0]
    return NoneType
