"""Hostile catalogues: YAML bombs, deep nesting, XLSX bombs and huge cells end in one line and exit 2.

Every fixed bomb runs `daigang catalog check` in a child process capped at 500 MB and 10 s; the
generated documents (hypothesis) go through the loader in-process, which must either load them or
raise CatalogError — never another exception.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.errors import Problem
from catalog.load import check_catalog, load_catalog
from tests.hostile import Tally, run_capped

SEED = Path(__file__).resolve().parents[1] / "seeds" / "catalog.yaml"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="jobs" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def raw_xlsx(
    path: Path,
    rows: Iterable[str],
    *,
    dimension: str = "A1:C3",
    merges: tuple[str, ...] = (),
    strings: Iterable[str] = ("id",),
) -> Path:
    """A workbook written part by part (streamed, so a bomb costs little to build): `rows` are
    `<row>` elements of the one sheet `jobs`, `strings` the shared strings' texts (chunks)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            )
            for chunk in strings:
                fh.write(chunk.encode())
            fh.write(b"</t></si></sst>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'{_SHEET_HEAD}<dimension ref="{dimension}"/><sheetData>'.encode())
            for row in rows:
                fh.write(row.encode())
            fh.write(b"</sheetData>")
            if merges:
                fh.write(f'<mergeCells count="{len(merges)}">'.encode())
                for ref in merges:
                    fh.write(f'<mergeCell ref="{ref}"/>'.encode())
                fh.write(b"</mergeCells>")
            fh.write(b"</worksheet>")
    return path


def _inline(ref: str, text: str) -> str:
    """One inline-text cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_rows() -> Iterator[str]:
    """A header row of a jobs sheet: id, number, title."""
    yield f'<row r="1">{_inline("A1", "id")}{_inline("B1", "number")}{_inline("C1", "title")}</row>'


def _many_rows(count: int) -> Iterator[str]:
    """A header and `count` job rows."""
    yield from _header_rows()
    for block in range(2, count + 2, 1000):
        yield "".join(
            f'<row r="{n}"><c r="B{n}"><v>{n}</v></c></row>'
            for n in range(block, min(block + 1000, count + 2))
        )


def _repeat(piece: str, times: int) -> Iterator[str]:
    """`piece` `times` times, as chunks."""
    for _ in range(times):
        yield piece


def _huge_cell(size_mb: int) -> Iterator[str]:
    """A header and one row whose title cell holds `size_mb` MB of text."""
    yield from _header_rows()
    yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
    yield from _repeat("长" * (1 << 18), size_mb * 4 // 3)
    yield "</t></is></c></row>"


def _openpyxl_book(path: Path, fill: Callable[[object], None]) -> Path:
    """A workbook made with openpyxl, its one sheet `jobs` filled by `fill`."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "jobs"
    fill(sheet)
    book.save(path)
    return path


def _formulas(sheet: object) -> None:
    """A jobs sheet whose pay cells are formulas without saved values."""
    for ref, value in {
        "A1": "id",
        "B1": "number",
        "C1": "employer.id",
        "D1": "employer.name",
        "E1": "employer.city",
        "F1": "title",
        "G1": "pay.min",
        "H1": "pay.max",
        "A2": "J001",
        "B2": 1,
        "C2": "hc",
        "D2": "华辰",
        "E2": "昆山",
        "F2": "普工",
        "G2": "=6000",
        "H2": "=SUM(10,15)",
    }.items():
        sheet[ref] = value  # type: ignore[index]


def _bombs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each hostile catalogue and a piece of the one line expected for it."""
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        laughs.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    files = {
        "laughs.yaml": ("\n".join(laughs) + "\n", "aliases repeat more than"),
        "brackets.yaml": ("[" * 100_000, "nesting depth"),
        "brackets.json": ("[" * 100_000, "nested more than"),
        "mappings.yaml": ("{a: " * 3000 + "1" + "}" * 3000, "nested more than"),
        "block.yaml": ("".join(" " * i + "k:\n" for i in range(1500)), "nested more than"),
        "dashes.yaml": ("- " * 3000 + "x\n", "nested more than"),
        "mappings.json": ('{"a":' * 3000 + "1" + "}" * 3000, "nested more than"),
        "self.yaml": ("a: &a [*a]\n", "contains it"),
        "values.yaml": ("- x\n" * 900_000, "more than"),
        "huge.json": ('{"employers": [], "jobs": [{"id": "' + "9" * 3_000_000 + '"}]}', "…"),
    }
    out: dict[str, tuple[Path, str]] = {}
    for name, (text, expect) in files.items():
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        out[name] = (path, expect)
    merged_rows = [*_header_rows(), f'<row r="200">{_inline("A200", "J001")}</row>']
    out["merged.xlsx"] = (
        raw_xlsx(tmp / "merged.xlsx", merged_rows, dimension="A1:XFD1048576", merges=("A200:XFD1048576",)),
        "",
    )
    out["formulas.xlsx"] = (
        _openpyxl_book(tmp / "formulas.xlsx", _formulas),
        "=SUM(10,15) has no saved value",
    )
    out["rows.xlsx"] = (raw_xlsx(tmp / "rows.xlsx", _many_rows(2_000_000)), "more than 10,000 rows")
    out["cell.xlsx"] = (raw_xlsx(tmp / "cell.xlsx", _huge_cell(400)), "unpacks to")
    out["cell30.xlsx"] = (raw_xlsx(tmp / "cell30.xlsx", _huge_cell(30)), "more than 20,000")
    out["strings.xlsx"] = (
        raw_xlsx(tmp / "strings.xlsx", _header_rows(), strings=_repeat("x" * (1 << 20), 100)),
        "texts unpack to",
    )
    wide = f'<row r="1">{_inline("A1", "id")}{_inline("XFD1", "x")}</row>'
    out["wide.xlsx"] = (raw_xlsx(tmp / "wide.xlsx", [wide], dimension="A1:XFD1"), "past column")
    out["dimension.xlsx"] = (
        raw_xlsx(tmp / "dimension.xlsx", _header_rows(), dimension="A1:XFD1048576"),
        "ok",
    )
    junk = tmp / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    out["junk.xlsx"] = (junk, "not a readable XLSX workbook")
    csv_rows = tmp / "rows.csv"
    csv_rows.write_text("id,number,title\n" + "J1,1,普工\n" * 200_000, encoding="utf-8")
    out["rows.csv"] = (csv_rows, "more than 10,000 rows")
    csv_cell = tmp / "cell.csv"
    csv_cell.write_text("id,number,title\nJ1,1," + "长" * 5_000_000 + "\n", encoding="utf-8")
    out["cell.csv"] = (csv_cell, "field")
    return out


@pytest.mark.slow
def test_catalogue_bombs_end_in_one_short_line(tmp_path: Path) -> None:
    """Every bomb: exit 2 within 10 s under 500 MB, short lines naming the file, no traceback."""
    tally = Tally("catalogue bombs")
    for name, (path, expect) in _bombs(tmp_path).items():
        outcome = tally.run(name, run_capped("catalog", "check", str(path)))
        if outcome.hung or outcome.crashed:
            continue
        if expect == "ok":
            assert outcome.code == 0, (name, outcome.stderr[:500])
            assert outcome.stdout.strip().endswith(": ok"), (name, outcome.stdout[:500])
            continue
        assert outcome.code == 2, (name, outcome.stdout, outcome.stderr)
        lines = outcome.stderr.splitlines()
        assert lines, name
        assert all(line.startswith(str(path)) for line in lines), (name, outcome.stderr[:500])
        assert all(len(line) < len(str(path)) + 400 for line in lines), (name, outcome.stderr[:500])
        assert expect in outcome.stderr, (name, outcome.stderr[:500])
    tally.check()


def test_formula_with_saved_value_is_read(tmp_path: Path) -> None:
    """A formula cell with a saved value reads as that value; the catalogue loads."""
    rows = [
        '<row r="1">'
        + "".join(
            _inline(f"{col}1", head)
            for col, head in zip(
                "ABCDEFGH",
                (
                    "id",
                    "number",
                    "employer.id",
                    "employer.name",
                    "employer.city",
                    "title",
                    "pay.min",
                    "pay.max",
                ),
                strict=True,
            )
        )
        + "</row>",
        '<row r="2">'
        + _inline("A2", "J001")
        + '<c r="B2"><v>1</v></c>'
        + _inline("C2", "hc")
        + _inline("D2", "华辰")
        + _inline("E2", "昆山")
        + _inline("F2", "普工")
        + '<c r="G2"><f>6000</f><v>6000</v></c><c r="H2"><f>SUM(7000,15)</f><v>7015</v></c></row>',
    ]
    catalog = load_catalog(raw_xlsx(tmp_path / "saved.xlsx", rows, dimension="A1:H2"))
    assert catalog.jobs[0].pay is not None
    assert (catalog.jobs[0].pay.min, catalog.jobs[0].pay.max) == (6000, 7015)


def test_merged_cells_still_fill_within_the_table(tmp_path: Path) -> None:
    """A merged employer cell over two job rows still names the employer of both."""

    def fill(sheet: object) -> None:
        rows = [
            ("id", "number", "title", "employer.id", "employer.name", "employer.city"),
            ("J001", 1, "普工", "hc", "华辰", "昆山"),
            ("J002", 2, "质检", None, None, None),
        ]
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)  # type: ignore[attr-defined]
        for col in "DEF":
            sheet.merge_cells(f"{col}2:{col}3")  # type: ignore[attr-defined]

    catalog = load_catalog(_openpyxl_book(tmp_path / "merged.xlsx", fill))
    assert [job.employer for job in catalog.jobs] == ["hc", "hc"]


_scalars = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.text(max_size=30),
)
_documents = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=40,
)


def _mutations(seed_text: str) -> st.SearchStrategy[str]:
    """The seed catalogue cut, spliced and sprinkled with YAML's special characters."""
    specials = st.sampled_from(
        ["&a ", "*a", "<<: *a\n", "[", "{", "!!python/object ", "? ", "\t", "\x00", "%YAML 1.1\n"]
    )
    return st.tuples(st.integers(0, len(seed_text)), st.integers(0, 400), st.lists(specials, max_size=6)).map(
        lambda t: seed_text[: t[0]] + "".join(t[2]) + seed_text[t[0] + t[1] :]
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=_documents)
def test_generated_documents_load_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, doc: object
) -> None:
    """Any JSON or YAML document either loads or yields problems; no other exception escapes."""
    folder = tmp_path_factory.mktemp("doc")
    as_json = folder / "c.json"
    as_json.write_text(json.dumps(doc, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    as_yaml = folder / "c.yaml"
    as_yaml.write_text(json.dumps({"employers": [], "jobs": [doc]}, ensure_ascii=False), encoding="utf-8")
    for path in (as_json, as_yaml):
        problems = check_catalog(path)
        assert all(len(str(p)) < len(str(path)) + 400 for p in problems)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_seed_catalogue_loads_or_fails_cleanly(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """The seed catalogue mutated with anchors, aliases, brackets and tags: problems, never a crash."""
    text = data.draw(_mutations(SEED.read_text(encoding="utf-8")))
    path = tmp_path_factory.mktemp("mut") / "c.yaml"
    path.write_text(text, encoding="utf-8")
    problems = check_catalog(path)
    assert all(isinstance(p, Problem) and str(p).startswith(str(path)) for p in problems)
