"""Catalogues as CSV and XLSX sheets: round trips, Chinese headers, and problems named by cell."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from catalog.convert import convert
from catalog.errors import CatalogError
from catalog.load import check_catalog, load_catalog
from catalog.models import Catalog
from catalog.sheets import CHINESE_HEADERS, COLUMNS, chinese_headers_markdown, csv_drops, to_csv, to_xlsx

DATA = Path(__file__).resolve().parent / "data" / "catalog"
SMALL = DATA / "small.yaml"
SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "catalog.yaml"

Rows = list[list[object]]


def _seeds() -> Path:
    """The shipped demo catalogue, or skip when it is not there."""
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is missing")
    return SEEDS


def _xlsx(path: Path, sheets: dict[str, Rows], merged: tuple[str, str] | None = None) -> Path:
    """Write a workbook with the given sheets of rows; `merged` = (sheet, range) to merge."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    if merged is not None:
        book[merged[0]].merge_cells(merged[1])
    book.save(path)
    return path


def _csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write CSV text."""
    path.write_bytes(text.encode(encoding))
    return path


def _without_stream(catalog: Catalog) -> Catalog:
    """What a single CSV can hold of a catalogue."""
    return catalog.model_copy(update={"stream": None, "faq": ()})


def test_xlsx_round_trip_small(tmp_path: Path) -> None:
    """YAML -> XLSX -> YAML loses nothing on the small fixture: separators, =text, floats, idle employers."""
    catalog = load_catalog(SMALL)
    convert(SMALL, tmp_path / "c.xlsx")
    assert load_catalog(tmp_path / "c.xlsx") == catalog
    convert(tmp_path / "c.xlsx", tmp_path / "c.yaml")
    assert load_catalog(tmp_path / "c.yaml") == catalog


def test_xlsx_round_trip_seeds(tmp_path: Path) -> None:
    """The shipped catalogue survives YAML -> XLSX -> YAML."""
    seeds = _seeds()
    catalog = load_catalog(seeds)
    convert(seeds, tmp_path / "c.xlsx")
    convert(tmp_path / "c.xlsx", tmp_path / "c.yaml")
    assert load_catalog(tmp_path / "c.yaml") == catalog


def test_csv_round_trip_small(tmp_path: Path) -> None:
    """YAML -> CSV -> YAML keeps employers (even without jobs) and jobs; only stream data is dropped."""
    catalog = load_catalog(SMALL)
    assert csv_drops(catalog) == ["stream", "faq"]
    convert(SMALL, tmp_path / "c.csv")
    convert(tmp_path / "c.csv", tmp_path / "c.yaml")
    back = load_catalog(tmp_path / "c.yaml")
    assert back == _without_stream(catalog)
    assert [e.id for e in back.employers] == ["huachen", "shunfa-wl", "lvyuan"]


def test_csv_round_trip_seeds(tmp_path: Path) -> None:
    """The shipped catalogue survives YAML -> CSV -> YAML as far as a CSV can hold it."""
    seeds = _seeds()
    catalog = load_catalog(seeds)
    convert(seeds, tmp_path / "c.csv")
    convert(tmp_path / "c.csv", tmp_path / "c.yaml")
    assert load_catalog(tmp_path / "c.yaml") == _without_stream(catalog)


def test_written_xlsx_layout() -> None:
    """The workbook has jobs, employers and stream sheets; text starting with = stays text."""
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(load_catalog(SMALL))))
    assert book.sheetnames == ["jobs", "employers", "stream"]
    jobs = book["jobs"]
    header = [cell.value for cell in jobs[1]]
    assert header[:5] == ["id", "number", "employer.id", "employer.name", "title"]
    note = jobs.cell(row=5, column=header.index("pay.note") + 1)
    assert (note.value, note.data_type) == ("=持证另加500", "s")
    assert [cell.value for cell in book["employers"][1]][:4] == ["id", "name", "city", "aliases"]
    assert [cell.value for cell in book["stream"]["A"]] == ["key", "title", "host", "date", "platform", "faq"]


def test_written_csv_has_employer_rows_first() -> None:
    """The CSV starts with one employer-only row per employer, then one row per job."""
    lines = to_csv(load_catalog(SMALL)).splitlines()
    assert lines[0].startswith("id,number,employer.id,employer.name,title,")
    assert lines[1].startswith(",,huachen,昆山华辰电子有限公司,")
    assert lines[3].startswith(",,lvyuan,")
    assert lines[4].startswith("J001,1,huachen,")


def test_chinese_headers_csv() -> None:
    """A recruiter's CSV with Chinese headers and values (月, 是/否, 、) loads with derived ids."""
    catalog = load_catalog(DATA / "chinese_headers.csv")
    assert [e.id for e in catalog.employers] == ["kunshanhuachendianzi", "suzhoushunfawuliu"]
    huachen, shunfa = catalog.employers
    assert (huachen.city, huachen.direct_hire) == ("昆山", True)
    assert (shunfa.city, shunfa.direct_hire) == ("苏州", False)
    j1, j2, j3 = catalog.jobs
    assert (j1.id, j1.number, j1.title, j1.employer) == ("J001", 1, "普工", "kunshanhuachendianzi")
    assert j1.pay is not None
    assert (j1.pay.min, j1.pay.max, j1.pay.unit, j1.pay.base) == (6000, 8000, "month", 2280)
    assert j1.dorm is not None
    assert (j1.dorm.distance, j1.dorm.room, j1.dorm.fee, j1.dorm.provided) == ("步行5分钟", "8人间", 0, True)
    assert j1.aliases == ("操作工", "流水线")
    assert j1.requirements is not None
    assert j1.requirements.other == ("无纹身", "能上夜班")
    assert [(f.q, f.a) for f in j1.faq] == [("包吃住吗", "包吃包住"), ("几号发工资", "每月15号")]
    assert (j2.city, j2.aliases) == ("苏州", ("QC", "品检"))
    assert j2.dorm is not None
    assert j2.dorm.provided is False
    assert j3.pay is not None
    assert j3.pay.unit == "hour"
    assert j3.canteen is not None
    assert j3.canteen.provided is False


def test_gb18030_csv_reads_the_same(tmp_path: Path) -> None:
    """A CSV saved by Chinese Excel (GB18030) reads like its UTF-8 twin."""
    text = (DATA / "chinese_headers.csv").read_text(encoding="utf-8")
    path = _csv(tmp_path / "gbk.csv", text, "gb18030")
    assert load_catalog(path) == load_catalog(DATA / "chinese_headers.csv")


def test_xlsx_error_names_sheet_row_and_column(tmp_path: Path) -> None:
    """A bad cell is reported as FILE:SHEET!R<row>C<column> with the job and field."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {
            "jobs": [
                [
                    "id",
                    "number",
                    "title",
                    "pay.min",
                    "pay.max",
                    "employer.id",
                    "employer.name",
                    "employer.city",
                ],
                ["J001", 1, "普工", 6000, 8000, "huachen", "华辰", "昆山"],
                ["J002", 2, "质检", "六千", 7000, "huachen", None, None],
                ["J003", 3, "仓管", 9000, 7000, "huachen", None, None],
            ]
        },
    )
    problems = check_catalog(path)
    lines = [str(p) for p in problems]
    assert lines == [
        f'{path}:jobs!R3C4 job J002 field pay.min: expected a number (got "六千"): '
        "words like these go in pay.note",
        f"{path}:jobs!R4C4 job J003 field pay.min: min 9000 is greater than max 7000",
    ]
    assert (problems[0].sheet, problems[0].row, problems[0].column) == ("jobs", 3, 4)


def test_csv_error_names_row_and_column(tmp_path: Path) -> None:
    """In a CSV, problems name row and column (there is no sheet)."""
    path = _csv(
        tmp_path / "jobs.csv",
        "id,number,title,employer.id,employer.name,employer.city,requirements.age_min\n"
        "J001,1,普工,huachen,华辰,昆山,15\n"
        "J002,1,质检,huachen,,,\n",
    )
    assert [str(p) for p in check_catalog(path)] == [
        f"{path}:R2C7 job J001 field requirements.age_min: must be at least 16 (got 15)",
        f"{path}:R3C2 job J002 field number: duplicate number 1 (first at R2C2)",
    ]


def test_employer_rows_must_agree(tmp_path: Path) -> None:
    """Two rows of one employer that disagree are reported at the later cell, naming the first."""
    path = _csv(
        tmp_path / "jobs.csv",
        "编号,岗位,企业ID,企业名称,企业城市\n1,普工,huachen,华辰,昆山\n2,质检,huachen,华辰,苏州\n3,仓管,huachen,,\n",
    )
    assert [str(p) for p in check_catalog(path)] == [
        f"{path}:R3C5 employer huachen field city: "
        "'苏州' disagrees with '昆山' at R2C5 (rows of one employer must agree)"
    ]


def test_unknown_and_repeated_headers(tmp_path: Path) -> None:
    """A mistyped header and a column given twice are reported in the header row."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {
            "jobs": [
                ["id", "number", "title", "pay.mni", "工资上限", "pay.max", "employer.id"],
                ["J1", 1, "普工"],
            ]
        },
    )
    assert [str(p) for p in check_catalog(path) if p.row == 1] == [
        f"{path}:jobs!R1C4: unknown column 'pay.mni' (did you mean 'pay.min'?)",
        f"{path}:jobs!R1C6: column 'pay.max' appears twice (also column 5)",
    ]


def test_list_and_faq_cells(tmp_path: Path) -> None:
    """List cells split on | and 、 unless escaped; a FAQ pair without = is reported at its cell."""
    path = _csv(
        tmp_path / "jobs.csv",
        "id,number,title,employer.id,employer.name,employer.city,aliases,faq\n"
        "J001,1,普工,a,甲,昆山,操作工|流水线、普工 ,问1=答1|问2=答=2|a\\|b=c\\、d\n"
        "J002,2,质检,a,,,QC,没有等号\n",
    )
    problems = check_catalog(path)
    assert [str(p) for p in problems] == [
        f"{path}:R3C8 job J002 field faq: FAQ item '没有等号' is not of the form 问题=回答"
    ]
    text = path.read_text(encoding="utf-8").replace("没有等号", "")
    catalog = load_catalog(_csv(path, text))
    job = catalog.jobs[0]
    assert job.aliases == ("操作工", "流水线", "普工")
    assert [(f.q, f.a) for f in job.faq] == [("问1", "答1"), ("问2", "答=2"), ("a|b", "c、d")]


def test_chinese_sheets_stream_and_merged_cells(tmp_path: Path) -> None:
    """Sheets named 岗位/企业/直播 are read, and a merged employer cell counts for every row it covers."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {
            "岗位": [
                ["编号", "岗位", "企业ID", "工资下限"],
                [1, "普工", "huachen", 6000],
                [2, "质检", None, 6500],
            ],
            "企业": [
                ["企业ID", "企业名称", "城市", "直招"],
                ["lvyuan", "绿源", "无锡", "否"],
                ["huachen", "华辰", "昆山", "是"],
            ],
            "直播": [["标题", "专场"], ["主播", "小林"], ["问答", "收费吗=不收"], ["问答", "包住吗=包"]],
        },
        merged=("岗位", "C2:C3"),
    )
    catalog = load_catalog(path)
    assert [e.id for e in catalog.employers] == ["lvyuan", "huachen"]
    assert catalog.employers[0].direct_hire is False
    assert [(j.id, j.employer) for j in catalog.jobs] == [("J001", "huachen"), ("J002", "huachen")]
    assert catalog.stream is not None
    assert (catalog.stream.title, catalog.stream.host) == ("专场", "小林")
    assert [(f.q, f.a) for f in catalog.faq] == [("收费吗", "不收"), ("包住吗", "包")]


def test_employers_sheet_problem_names_that_sheet(tmp_path: Path) -> None:
    """A fault in the employers sheet is named by that sheet's cell and the employer."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {
            "jobs": [["id", "number", "title", "employer"], ["J1", 1, "普工", "huachen"]],
            "employers": [["id", "name", "city", "agency_fee"], ["huachen", "华辰", "昆山", -5]],
        },
    )
    assert [str(p) for p in check_catalog(path)] == [
        f"{path}:employers!R2C4 employer huachen field agency_fee: must be at least 0 (got -5)"
    ]


def test_unknown_filled_sheet_is_reported(tmp_path: Path) -> None:
    """A filled sheet of no known role is an error; an empty one is ignored."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {
            "jobs": [
                ["id", "number", "title", "employer.id", "employer.name", "employer.city"],
                ["J1", 1, "普工", "a", "甲", "昆山"],
            ],
            "备注": [["别忘了"]],
            "Sheet3": [],
        },
    )
    assert [str(p) for p in check_catalog(path)] == [
        f"{path}:备注: unknown sheet '备注': expected jobs, employers or stream"
    ]


def test_lone_sheet_with_any_name_is_the_jobs_sheet(tmp_path: Path) -> None:
    """A workbook whose only sheet is Sheet1 is read as the jobs sheet."""
    path = _xlsx(
        tmp_path / "jobs.xlsx",
        {"Sheet1": [["编号", "岗位", "企业名称", "城市"], [7, "普工", "华辰电子", "昆山"]]},
    )
    catalog = load_catalog(path)
    assert [(j.id, j.number, j.employer) for j in catalog.jobs] == [("J007", 7, "huachendianzi")]
    assert catalog.employers[0].city == "昆山"


def test_unreadable_workbook(tmp_path: Path) -> None:
    """A file named .xlsx that is not a workbook is one problem, not a traceback."""
    path = _csv(tmp_path / "jobs.xlsx", "id,number\n")
    problems = check_catalog(path)
    assert len(problems) == 1
    assert problems[0].message.startswith("not a readable XLSX workbook")


def test_missing_sheet_file(tmp_path: Path) -> None:
    """A missing CSV is one problem naming the file."""
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path / "none.csv")
    assert [str(p) for p in caught.value.problems] == [f"{tmp_path / 'none.csv'}: no such file"]


def test_chinese_headers_cover_every_column() -> None:
    """Every sheet column has a Chinese header, and the README table lists them all."""
    assert set(CHINESE_HEADERS.values()) == set(COLUMNS)
    table = chinese_headers_markdown()
    rows = table.splitlines()
    assert rows[0].startswith("| column | 中文表头 |")
    assert len(rows) == 2 + len(COLUMNS)
    assert "| `pay.min` | 工资下限 |" in table
    assert "| `dorm.room` | 几人间 |" in table
    assert "| `employer.name` | 企业名称 |" in table
