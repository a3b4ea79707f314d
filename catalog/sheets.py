"""Catalogues as spreadsheets: reading and writing CSV and XLSX, with English or Chinese headers.

Reading (both formats):

- The jobs sheet has one row per job. Headers are dotted field paths (`id`, `number`, `title`,
  `pay.min`, `dorm.distance`, `requirements.other`, `faq` …) or their Chinese names
  (`CHINESE_HEADERS`, e.g. 工资下限 = `pay.min`); English headers ignore case. The header is the
  first non-empty row.
- Employer columns are prefixed `employer.` (`employer.id`, `employer.name`, `employer.city` …);
  `employer` alone means `employer.id`. Rows of one employer must agree: a cell that differs from
  what an earlier row said is an error naming both cells; an empty cell just does not repeat it.
  A row with employer cells only declares an employer (so employers without jobs fit in a CSV).
- Without an `employer.id` column an employer's id is made from its name's pinyin, brackets and
  有限公司 left out (昆山华辰电子有限公司 -> `kunshanhuachendianzi`); without an `employer.city`
  column an employer's city is its first job's `city`; without an `id` column a job's id is `J`
  and its number in three digits (J003).
- An empty cell is a missing value. List cells split on `|`, `｜` or `、`. FAQ cells hold
  `问题=回答` pairs separated by `|` (`包吃吗=包三餐|几号发工资=每月15号`). A backslash keeps the
  next `\\ | ｜ 、 = ＝` literal (`会用扫码枪\\、手持终端` is one item). Booleans read true/false,
  yes/no, y/n, 1/0, 是/否, 有/无, 包/不包. `pay.unit` reads month/day/hour/piece and 月/天/日/小时/计件.
- XLSX only: an optional `employers` sheet (one row per employer, headers with or without the
  `employer.` prefix) and a `stream` sheet of key/value rows: `title`, `host`, `date`, `platform`
  (标题, 主播, 日期, 平台) and any number of `faq` (问答) rows holding `问题=回答`. The sheets may
  also be named 岗位, 企业, 直播; when no sheet is named jobs, the first other filled sheet
  (Sheet1) is. Merged cells count as their value repeated in every cell they cover.
- CSV is read as UTF-8 (with or without a BOM) or GB18030 (what Chinese Excel saves).

Writing: XLSX gets the sheets `jobs` (a row per job with `employer.id` and `employer.name`),
`employers` (a row per employer, in catalogue order) and `stream` (when there is one). CSV, UTF-8
with a BOM so Excel shows the Chinese, gets a row per employer (employer columns only) and then a
row per job. A single CSV cannot hold the stream (title, host, date, platform) or the stream-wide
FAQ: `csv_drops()` names what a CSV of a catalogue would lose. In either format an empty text and
a group with no value set (`pay: {}`) read back as missing.

Problems name the sheet, row and column: `jobs.xlsx:jobs!R5C3 job J003 field pay.min: …`, and
`jobs.csv:R5C3 …` for a CSV (rows and columns counted from 1, the header being row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from catalog.errors import CatalogError, Problem
from catalog.limits import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_MERGED_CELLS,
    MAX_ROWS,
    MAX_SHARED_STRINGS,
    MAX_UNPACKED,
    shorten,
    size_words,
)
from catalog.models import Catalog, Employer, FaqItem, Job
from catalog.source import Note, PathKey, Place, Source, read_bytes

SHEET_SUFFIXES = (".csv", ".xlsx")

Kind = Literal["text", "int", "number", "bool", "list", "faq", "choice"]
Owner = Literal["job", "employer"]


@dataclass(frozen=True)
class Column:
    """One sheet column: its dotted header, whose field it fills, where, and how its cells read."""

    name: str
    owner: Owner
    path: tuple[str, ...]
    kind: Kind


def _kind(annotation: object) -> Kind | type[BaseModel]:
    """How a field's cells read, or the sub-model whose fields become dotted columns."""
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    kinds = {option for option in options if option is not NoneType}
    for option in kinds:
        if isinstance(option, type) and issubclass(option, BaseModel):
            return option
        if get_origin(option) is tuple:
            return "faq" if get_args(option)[0] is FaqItem else "list"
        if get_origin(option) is Literal:
            return "choice"
    if kinds == {bool}:
        return "bool"
    if kinds == {int}:
        return "int"
    if kinds == {int, float}:
        return "number"
    return "text"


def _model_columns(model: type[BaseModel], owner: Owner, prefix: str) -> Iterator[Column]:
    """The columns of a model's fields, one per leaf field, sub-models as dotted paths."""
    for name, info in model.model_fields.items():
        if (owner == "job" and name == "employer") or name == "said":
            continue  # `said` holds the words of other fields, it is no column of its own
        kind = _kind(info.annotation)
        if isinstance(kind, type):
            for sub in _model_columns(kind, owner, f"{prefix}{name}."):
                yield Column(sub.name, owner, (name, *sub.path), sub.kind)
        else:
            yield Column(f"{prefix}{name}", owner, (name,), kind)


COLUMNS: dict[str, Column] = {
    column.name: column
    for column in (*_model_columns(Job, "job", ""), *_model_columns(Employer, "employer", "employer."))
}
"""Every sheet column by its dotted header, job columns first, in the models' field order."""

CHINESE_HEADERS: dict[str, str] = {
    # job
    "岗位ID": "id", "岗位代码": "id",
    "编号": "number", "序号": "number", "号码": "number",
    "岗位": "title", "岗位名称": "title", "职位": "title", "工种": "title",
    "岗位别名": "aliases", "别名": "aliases",
    "城市": "city", "工作城市": "city",
    "招聘人数": "headcount", "人数": "headcount",
    "工资下限": "pay.min", "最低工资": "pay.min", "薪资下限": "pay.min",
    "工资上限": "pay.max", "最高工资": "pay.max", "薪资上限": "pay.max",
    "计薪方式": "pay.unit", "计薪单位": "pay.unit",
    "底薪": "pay.base",
    "加班费": "pay.overtime", "加班工资": "pay.overtime",
    "发薪日": "pay.payday", "发薪时间": "pay.payday",
    "薪资说明": "pay.note", "工资说明": "pay.note",
    "班次": "hours.shift", "班制": "hours.shift",
    "每天工时": "hours.daily", "日工时": "hours.daily",
    "休息": "hours.rest", "休假": "hours.rest",
    "工时说明": "hours.note",
    "工作内容": "duties.content",
    "工作强度": "duties.intensity",
    "站班坐班": "duties.posture", "站坐": "duties.posture",
    "工作说明": "duties.note",
    "包住": "dorm.provided", "提供宿舍": "dorm.provided",
    "宿舍距离": "dorm.distance",
    "宿舍距离(米)": "dorm.distance_m", "宿舍距离米": "dorm.distance_m",
    "几人间": "dorm.room", "宿舍房型": "dorm.room",
    "住宿费": "dorm.fee", "宿舍费用": "dorm.fee",
    "宿舍设施": "dorm.amenities", "宿舍配置": "dorm.amenities",
    "夫妻房": "dorm.couples",
    "住房补贴": "dorm.allowance", "房补": "dorm.allowance",
    "宿舍说明": "dorm.note",
    "包吃": "canteen.provided", "提供食堂": "canteen.provided",
    "几餐": "canteen.meals", "每天几餐": "canteen.meals",
    "餐费": "canteen.cost", "伙食费": "canteen.cost",
    "餐补": "canteen.subsidy", "饭补": "canteen.subsidy",
    "伙食说明": "canteen.note", "食堂说明": "canteen.note",
    "社保": "insurance.social", "五险": "insurance.social",
    "公积金": "insurance.housing_fund",
    "保险说明": "insurance.note", "社保说明": "insurance.note",
    "晋升": "prospects.path", "晋升通道": "prospects.path",
    "培训": "prospects.training",
    "发展说明": "prospects.note",
    "年龄下限": "requirements.age_min", "最小年龄": "requirements.age_min",
    "年龄上限": "requirements.age_max", "最大年龄": "requirements.age_max",
    "学历": "requirements.education", "学历要求": "requirements.education",
    "性别": "requirements.gender", "性别要求": "requirements.gender",
    "经验": "requirements.experience", "工作经验": "requirements.experience",
    "其他要求": "requirements.other",
    "工作地址": "location.address", "地址": "location.address", "上班地点": "location.address",
    "交通": "location.transport", "交通方式": "location.transport",
    "接站": "location.pickup", "接送": "location.pickup",
    "位置说明": "location.note",
    "报名方式": "apply.how", "如何报名": "apply.how",
    "面试": "apply.interview", "面试方式": "apply.interview",
    "入职时间": "apply.start", "到岗时间": "apply.start",
    "问答": "faq", "岗位问答": "faq", "常见问题": "faq",
    # employer
    "企业ID": "employer.id", "企业编号": "employer.id", "企业代码": "employer.id",
    "企业名称": "employer.name", "公司名称": "employer.name",
    "企业": "employer.name", "公司": "employer.name",
    "企业简称": "employer.aliases", "公司简称": "employer.aliases",
    "企业城市": "employer.city", "公司城市": "employer.city",
    "企业地址": "employer.address", "公司地址": "employer.address",
    "行业": "employer.industry", "所属行业": "employer.industry",
    "直招": "employer.direct_hire", "是否直招": "employer.direct_hire",
    "中介费": "employer.agency_fee",
    "企业问答": "employer.faq", "公司问答": "employer.faq",
}  # fmt: skip
"""Chinese column headers and the dotted column each one means; the first name of a column is its own."""

STREAM_KEYS: dict[str, str] = {
    "title": "title", "标题": "title", "直播标题": "title",
    "host": "host", "主播": "host",
    "date": "date", "日期": "date", "直播日期": "date",
    "platform": "platform", "平台": "platform",
    "faq": "faq", "问答": "faq", "常见问题": "faq",
}  # fmt: skip
"""Keys of the stream sheet's rows, English and Chinese."""

UNIT_WORDS: dict[str, str] = {
    "month": "month", "月": "month", "月薪": "month", "按月": "month",
    "day": "day", "天": "day", "日": "day", "日薪": "day", "按天": "day",
    "hour": "hour", "小时": "hour", "时": "hour", "时薪": "hour", "按小时": "hour",
    "piece": "piece", "计件": "piece", "件": "piece", "按件": "piece",
}  # fmt: skip
"""Values of the `pay.unit` column."""

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "是", "有", "包"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "否", "无", "没有", "不包"})

JOB_SHEETS = frozenset({"jobs", "岗位", "职位"})
EMPLOYER_SHEETS = frozenset({"employers", "企业", "公司"})
STREAM_SHEETS = frozenset({"stream", "直播"})

LIST_SEPARATORS = "|｜、"
PAIR_SEPARATORS = "|｜"
QA_SEPARATORS = "=＝"
_ESCAPABLE = "\\|｜、=＝"


def chinese_headers_markdown() -> str:
    """The Chinese headers as a Markdown table: column, Chinese header, other accepted names."""
    names: dict[str, list[str]] = {name: [] for name in COLUMNS}
    for chinese, name in CHINESE_HEADERS.items():
        names[name].append(chinese)
    lines = ["| column | 中文表头 | also accepted |", "|---|---|---|"]
    for name, headers in names.items():
        main = headers[0] if headers else ""
        lines.append(f"| `{name}` | {main} | {'、'.join(headers[1:])} |")
    return "\n".join(lines) + "\n"


def csv_drops(catalog: Catalog) -> list[str]:
    """The parts of `catalog` that a single CSV cannot hold (`stream`, `faq`); empty when none."""
    dropped: list[str] = []
    if catalog.stream is not None:
        dropped.append("stream")
    if catalog.faq:
        dropped.append("faq")
    return dropped


# ---------------------------------------------------------------- cells


def _split_raw(text: str, separators: str, limit: int = -1) -> list[str]:
    """Split on unescaped separators, keeping escapes in the parts; at most `limit` splits."""
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE:
            current.append(text[index : index + 2])
            index += 2
            continue
        if char in separators and limit != len(parts):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    """Drop the backslash before an escaped separator or backslash."""
    return re.sub(r"\\([\\|｜、=＝])", r"\1", text)


def _escape(text: str, special: str) -> str:
    """Put a backslash before each character of `special` (and before backslashes)."""
    return "".join("\\" + char if char == "\\" or char in special else char for char in text)


def _is_empty(value: object) -> bool:
    """Whether a cell holds nothing."""
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    """A cell as text: whole numbers without `.0`, dates as YYYY-MM-DD."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_INT = re.compile(r"[+-]?\d+(\.0*)?")
_FLOAT = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?")


def _number(value: object, whole: bool) -> object:
    """A cell as an int (or float when not `whole`); unreadable values pass on for the models to report."""
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return int(value) if whole and value.is_integer() else value
    text = _text(value)
    if _INT.fullmatch(text):
        if "." not in text:
            return int(text)
        return int(text.split(".")[0]) if whole else float(text)
    if not whole and _FLOAT.fullmatch(text):
        return float(text)
    return text


def _boolean(value: object) -> object:
    """A cell as a bool; unknown words pass on for the models to report."""
    if isinstance(value, bool):
        return value
    word = _text(value).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return word


def _faq(value: object) -> tuple[list[dict[str, str]], list[str]]:
    """`问题=回答|问题=回答` as q/a mappings, and messages for the pairs that are not of that form."""
    items: list[dict[str, str]] = []
    errors: list[str] = []
    for pair in _split_raw(_text(value), PAIR_SEPARATORS):
        if not pair.strip():
            continue
        parts = _split_raw(pair, QA_SEPARATORS, limit=1)
        if len(parts) < 2:
            errors.append(f"FAQ item {shorten(_unescape(pair).strip())!r} is not of the form 问题=回答")
            continue
        items.append({"q": _unescape(parts[0]).strip(), "a": _unescape(parts[1]).strip()})
    return items, errors


def _cell(value: object, kind: Kind) -> tuple[object, list[str]]:
    """A non-empty cell converted for its column's kind, and messages for what cannot be read."""
    if kind == "text":
        return _text(value), []
    if kind == "int":
        return _number(value, whole=True), []
    if kind == "number":
        return _number(value, whole=False), []
    if kind == "bool":
        return _boolean(value), []
    if kind == "choice":
        word = _text(value)
        return UNIT_WORDS.get(word.lower(), word), []
    if kind == "list":
        parts = [_unescape(part).strip() for part in _split_raw(_text(value), LIST_SEPARATORS)]
        return [part for part in parts if part], []
    return _faq(value)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Table:
    """The cells of one sheet (or a CSV), row 1 first; `name` is None for a CSV. `notes` are the
    problems met while reading it (a cell too long, a formula without a saved value)."""

    name: str | None
    rows: list[list[object]]
    notes: list[Note] = field(default_factory=list)


def read_sheet(path: Path) -> Source:
    """Read a CSV or XLSX catalogue into plain data with the cell of every value. Raises CatalogError."""
    if path.suffix.lower() == ".csv":
        return _Builder(str(path)).build([_csv_table(path)])
    return _Builder(str(path)).build(_xlsx_tables(path))


def _too_many_rows(file: str, sheet: str | None, row: int) -> CatalogError:
    """The error for a sheet longer than `MAX_ROWS`."""
    return CatalogError(
        [
            Problem(
                file=file,
                sheet=sheet,
                row=row,
                message=f"more than {MAX_ROWS:,} rows: not a catalogue this tool reads",
            )
        ]
    )


def _too_wide(file: str, sheet: str | None, row: int) -> CatalogError:
    """The error for a row with values past column `MAX_COLUMNS`."""
    return CatalogError(
        [
            Problem(
                file=file,
                sheet=sheet,
                row=row,
                column=MAX_COLUMNS + 1,
                message=f"values past column {MAX_COLUMNS}: not a catalogue this tool reads",
            )
        ]
    )


def _capped_row(values: Iterable[object], table: str | None, number: int, notes: list[Note]) -> list[object]:
    """One row with trailing empty cells dropped and over-long texts replaced by nothing (noted)."""
    row = list(values)
    while row and row[-1] is None:
        row.pop()
    for index, value in enumerate(row):
        if isinstance(value, str) and len(value) > MAX_CELL:
            message = f"the cell holds {len(value):,} characters, more than {MAX_CELL:,} ({shorten(value)!r})"
            notes.append(Note((), message, Place(sheet=table, row=number, column=index + 1)))
            row[index] = None
    return row


def _csv_table(path: Path) -> Table:
    """The rows of a CSV file, decoded from UTF-8 or GB18030."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise CatalogError.single(str(path), "neither UTF-8 nor GB18030 text", line) from exc
    del raw
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[list[object]] = []
    notes: list[Note] = []
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise _too_many_rows(str(path), None, len(rows) + 1)
            if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
                raise _too_wide(str(path), None, len(rows) + 1)
            rows.append(_capped_row(row[:MAX_COLUMNS], None, len(rows) + 1, notes))
    except csv.Error as exc:
        message = f"CSV syntax error: {shorten(str(exc), 120)}"
        raise CatalogError.single(str(path), message, reader.line_num) from exc
    return Table(None, rows, notes)


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass
class _SheetScan:
    """What a pass over a sheet's XML finds that the values alone do not show."""

    merged: list[str] = field(default_factory=list)
    unsaved: list[tuple[str, str]] = field(default_factory=list)
    """Formula cells without a saved value: (cell reference, formula)."""


def _scan_sheet(file: str, archive: zipfile.ZipFile, part: str, title: str) -> _SheetScan:
    """Merged ranges and formulas without a saved value, read by streaming the sheet's XML."""
    scan = _SheetScan()
    rows = 0
    with archive.open(part.lstrip("/")) as fh:
        data_parent: ET.Element | None = None
        for event, elem in ET.iterparse(fh, events=("start", "end")):
            tag = elem.tag
            if event == "start":
                if tag == _MAIN_NS + "sheetData":
                    data_parent = elem
                continue
            if tag == _MAIN_NS + "c":
                formula = elem.find(_MAIN_NS + "f")
                if formula is not None and not elem.findtext(_MAIN_NS + "v"):
                    scan.unsaved.append((elem.get("r") or "?", "=" + (formula.text or "…")))
            elif tag == _MAIN_NS + "row":
                rows += 1
                if rows > MAX_ROWS:
                    raise _too_many_rows(file, title, MAX_ROWS + 1)
                if data_parent is not None:
                    data_parent.clear()
            elif tag == _MAIN_NS + "mergeCell":
                ref = elem.get("ref")
                if ref:
                    scan.merged.append(ref)
    return scan


def _check_unpacked(file: str, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts unpack to more than the caps (a zip bomb, or far too big)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.filename.lower().endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS:
            raise CatalogError.single(
                file,
                f"the workbook's texts unpack to {size_words(info.file_size)},"
                f" more than {size_words(MAX_SHARED_STRINGS)}: not a catalogue this tool reads",
            )
    if total > MAX_UNPACKED:
        raise CatalogError.single(
            file,
            f"the workbook unpacks to {size_words(total)}, more than {size_words(MAX_UNPACKED)}:"
            " not a catalogue this tool reads",
        )


def _xlsx_tables(path: Path) -> list[Table]:
    """The sheets of an XLSX workbook, streamed: saved values of formulas, merged cells filled in."""
    file = str(path)
    raw = read_bytes(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CatalogError.single(file, f"not a readable XLSX workbook: {shorten(str(exc), 120)}") from exc
    _check_unpacked(file, archive)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import openpyxl

            book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                return [_xlsx_table(file, archive, sheet) for sheet in book.worksheets]
            finally:
                book.close()
    except CatalogError:
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many kinds of errors for a damaged workbook
        reason = shorten(str(exc), 120) or type(exc).__name__
        raise CatalogError.single(file, f"not a readable XLSX workbook: {reason}") from exc


def _xlsx_table(file: str, archive: zipfile.ZipFile, sheet: Any) -> Table:
    """One worksheet as a table (read-only, so memory follows the cells actually there)."""
    title = str(sheet.title)
    part = getattr(sheet, "_worksheet_path", None)
    scan = _scan_sheet(file, archive, part, title) if isinstance(part, str) else _SheetScan()
    sheet.reset_dimensions()  # a stated size may lie (A1:XFD1048576): go by the cells there
    rows: list[list[object]] = []
    notes: list[Note] = []
    for values in sheet.iter_rows(values_only=True):
        if len(rows) >= MAX_ROWS:
            raise _too_many_rows(file, title, len(rows) + 1)
        if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
            raise _too_wide(file, title, len(rows) + 1)
        rows.append(_capped_row(values[:MAX_COLUMNS], title, len(rows) + 1, notes))
    for ref, formula in scan.unsaved:
        row, column = _cell_of(ref)
        message = (
            f"the formula {shorten(formula)} has no saved value: open and save the workbook in"
            " Excel, or type the value itself"
        )
        notes.append(Note((), message, Place(sheet=title, row=row, column=column)))
        if row is not None and column is not None and row <= len(rows) and column <= len(rows[row - 1]):
            rows[row - 1][column - 1] = None
    _fill_merged(file, title, rows, scan.merged)
    return Table(title, rows, notes)


def _cell_of(ref: str) -> tuple[int | None, int | None]:
    """`B12` as (12, 2); (None, None) when it is not a cell reference."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    try:
        letters, row = coordinate_from_string(ref)
        return int(row), int(column_index_from_string(letters))
    except ValueError:
        return None, None


def _fill_merged(file: str, title: str, rows: list[list[object]], refs: list[str]) -> None:
    """Repeat each merged range's value in every cell it covers, clipped to the filled area."""
    from openpyxl.utils.cell import range_boundaries

    height = len(rows)
    width = max((len(row) for row in rows), default=0)
    covered = 0
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            raise CatalogError(
                [Problem(file=file, sheet=title, message=f"merged range {shorten(ref)!r} is not a range")]
            ) from None
        if min_col is None or min_row is None or min_row > height or min_col > width:
            continue
        max_row = min(max_row or height, height)
        max_col = min(max_col or width, width)
        covered += (max_row - min_row + 1) * (max_col - min_col + 1)
        if covered > MAX_MERGED_CELLS:
            raise CatalogError(
                [
                    Problem(
                        file=file,
                        sheet=title,
                        row=min_row,
                        column=min_col,
                        message=f"merged ranges cover more than {MAX_MERGED_CELLS:,} cells",
                    )
                ]
            )
        first = rows[min_row - 1]
        value = first[min_col - 1] if min_col <= len(first) else None
        for number in range(min_row, max_row + 1):
            cells = rows[number - 1]
            if len(cells) < max_col:
                cells.extend([None] * (max_col - len(cells)))
            for column in range(min_col, max_col + 1):
                cells[column - 1] = value


def _normal(header: str) -> str:
    """A header as looked up: no spaces, half-width brackets, lower case."""
    text = header.replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", "", text).lower()


_LOOKUP: dict[str, str] = {
    **{_normal(name): name for name in COLUMNS},
    **{_normal(chinese): name for chinese, name in CHINESE_HEADERS.items()},
    "employer": "employer.id",
}


def column_for(header: str) -> Column | None:
    """The column a header means (dotted English or Chinese), or None when it means none."""
    name = _LOOKUP.get(_normal(header))
    return COLUMNS[name] if name is not None else None


_COMPANY_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团|公司|厂)$")


@dataclass
class _Employer:
    """An employer gathered from rows: its data and the place of each field."""

    index: int
    data: dict[str, object] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)


class _Builder:
    """Builds one catalogue's plain data from its sheets, noting every problem with its cell."""

    def __init__(self, file: str) -> None:
        """Start an empty catalogue read from `file`."""
        self.source = Source(file=file, data=None)
        self.employers: dict[str, _Employer] = {}
        self.derived_ids: dict[str, str] = {}
        self.jobs: list[dict[str, object]] = []
        self.stream: dict[str, object] = {}
        self.faq: list[dict[str, str]] = []

    def note(self, path: PathKey, message: str, place: Place) -> None:
        """Record a problem at `place`."""
        self.source.notes.append(Note(path, message, place))

    def build(self, tables: list[Table]) -> Source:
        """Read every table by its role and assemble the data."""
        for table in tables:
            self.source.notes.extend(table.notes)
        roles = self._roles(tables)
        for table in roles.get("employers", []):
            self._read_rows(table, employers_only=True)
        for table in roles.get("jobs", []):
            self._read_rows(table, employers_only=False)
        for table in roles.get("stream", []):
            self._read_stream(table)
        jobs_sheet = roles["jobs"][0].name if roles.get("jobs") else None
        data: dict[str, object] = {}
        if self.stream:
            data["stream"] = self.stream
        data["employers"] = [employer.data for employer in self.employers.values()]
        data["jobs"] = self.jobs
        if self.faq:
            data["faq"] = self.faq
        self.source.data = data
        self.source.places.setdefault(("jobs",), Place(sheet=jobs_sheet))
        return self.source

    def _roles(self, tables: list[Table]) -> dict[str, list[Table]]:
        """Tables by role; a lone sheet with another name is the jobs sheet, other filled ones are errors."""
        roles: dict[str, list[Table]] = {}
        others: list[Table] = []
        for table in tables:
            name = (table.name or "jobs").strip().lower()
            if name in JOB_SHEETS:
                roles.setdefault("jobs", []).append(table)
            elif name in EMPLOYER_SHEETS:
                roles.setdefault("employers", []).append(table)
            elif name in STREAM_SHEETS:
                roles.setdefault("stream", []).append(table)
            elif any(not _is_empty(cell) for row in table.rows for cell in row):
                others.append(table)
        if "jobs" not in roles and others:
            roles["jobs"] = [others.pop(0)]
        for table in others:
            self.note(
                (),
                f"unknown sheet {shorten(str(table.name))!r}: expected jobs, employers or stream",
                Place(sheet=table.name),
            )
        return roles

    def _header(self, table: Table, employers_only: bool) -> tuple[int, dict[int, Column]]:
        """The header row's number and the column of each header cell, noting unknown and repeated ones."""
        number = next((i + 1 for i, row in enumerate(table.rows) if any(not _is_empty(c) for c in row)), 0)
        if number == 0:
            return 0, {}
        columns: dict[int, Column] = {}
        seen: dict[str, int] = {}
        width = max(len(row) for row in table.rows)
        header = table.rows[number - 1]
        for index in range(1, width + 1):
            text = (
                _text(header[index - 1]) if index <= len(header) and not _is_empty(header[index - 1]) else ""
            )
            place = Place(sheet=table.name, row=number, column=index)
            if not text:
                if any(len(row) >= index and not _is_empty(row[index - 1]) for row in table.rows[number:]):
                    self.note((), "this column has values but no header", place)
                continue
            column = self._column(text, employers_only)
            if column is None:
                self.note((), f"unknown column {shorten(text)!r}{_suggest(text, employers_only)}", place)
            elif column.name in seen:
                self.note(
                    (), f"column {column.name!r} appears twice (also column {seen[column.name]})", place
                )
            else:
                seen[column.name] = index
                columns[index] = column
        return number, columns

    @staticmethod
    def _column(text: str, employers_only: bool) -> Column | None:
        """The column a header names; on the employers sheet the `employer.` prefix is optional."""
        column = column_for(text)
        if not employers_only:
            return column
        if column is not None and column.owner == "employer":
            return column
        plain = COLUMNS.get(f"employer.{column.name if column else _normal(text)}")
        return plain

    def _read_rows(self, table: Table, employers_only: bool) -> None:
        """Read the job (or employer) rows of a table."""
        header_row, columns = self._header(table, employers_only)
        names = {column.name for column in columns.values()}
        for number in range(header_row + 1, len(table.rows) + 1):
            row = table.rows[number - 1]
            cells = [
                (column, index, row[index - 1])
                for index, column in columns.items()
                if index <= len(row) and not _is_empty(row[index - 1])
            ]
            if not cells:
                continue
            job_cells = [cell for cell in cells if cell[0].owner == "job"]
            employer_cells = [cell for cell in cells if cell[0].owner == "employer"]
            city = None
            if "employer.city" not in names:
                city = next(((c, i, v) for c, i, v in job_cells if c.name == "city"), None)
            key = self._employer_row(table, number, employer_cells, city)
            if job_cells:
                self._job_row(table, number, job_cells, key, "id" not in names)
            elif key is None:
                place = Place(sheet=table.name, row=number)
                self.note((), "employer cells without employer.id or employer.name", place)

    @staticmethod
    def _converted(
        table: Table, number: int, cells: Iterable[tuple[Column, int, object]]
    ) -> Iterator[tuple[Column, object, Place, list[str]]]:
        """Each cell's value converted for its column, with its place and what could not be read."""
        for column, index, raw in cells:
            value, errors = _cell(raw, column.kind)
            yield column, value, Place(sheet=table.name, row=number, column=index), errors

    def _employer_row(
        self,
        table: Table,
        number: int,
        cells: list[tuple[Column, int, object]],
        city: tuple[Column, int, object] | None,
    ) -> tuple[str, Place] | None:
        """Merge a row's employer cells into its employer; return the employer's id and where it came from."""
        converted = list(self._converted(table, number, cells))
        values = {column.path[0]: (value, place) for column, value, place, _ in converted if value != []}
        if "id" in values and isinstance(values["id"][0], str):
            key, key_place = values["id"][0], values["id"][1]
        elif "name" in values and isinstance(values["name"][0], str):
            key, key_place = self._derived_id(values["name"][0]), values["name"][1]
            values["id"] = (key, key_place)
        else:
            return None
        employer = self.employers.get(key)
        if employer is None:
            employer = _Employer(len(self.employers))
            self.employers[key] = employer
            self.source.places[("employers", employer.index)] = Place(sheet=table.name, row=number)
        for column, _, place, errors in converted:
            for error in errors:
                self.note(("employers", employer.index, *column.path), error, place)
        if city is not None and "city" not in employer.data and "city" not in values:
            values["city"] = (_text(city[2]), Place(sheet=table.name, row=number, column=city[1]))
        for name, (value, place) in values.items():
            path: PathKey = ("employers", employer.index, name)
            if name not in employer.data:
                employer.data[name] = value
                employer.places[name] = place
                self.source.places[path] = place
            elif employer.data[name] != value:
                first = employer.places[name]
                self.note(
                    path,
                    f"{_shown(value)} disagrees with {_shown(employer.data[name])} at {first.describe()}"
                    " (rows of one employer must agree)",
                    place,
                )
        return key, key_place

    def _derived_id(self, name: str) -> str:
        """An employer id made from its name's pinyin, unique among the names seen."""
        if name in self.derived_ids:
            return self.derived_ids[name]
        short = _COMPANY_SUFFIX.sub("", re.sub(r"[(（].*?[)）]", "", name)) or name
        from pypinyin import lazy_pinyin

        base = re.sub(r"[^a-z0-9]+", "-", "".join(lazy_pinyin(short)).lower()).strip("-") or "employer"
        key, count = base, 1
        while key in self.derived_ids.values() or key in self.employers:
            count += 1
            key = f"{base}-{count}"
        self.derived_ids[name] = key
        return key

    def _job_row(
        self,
        table: Table,
        number: int,
        cells: list[tuple[Column, int, object]],
        employer: tuple[str, Place] | None,
        derive_id: bool,
    ) -> None:
        """Add a row's job, its values nested by dotted path."""
        index = len(self.jobs)
        base: PathKey = ("jobs", index)
        job: dict[str, object] = {}
        self.source.places[base] = Place(sheet=table.name, row=number)
        for column, value, place, errors in self._converted(table, number, cells):
            for error in errors:
                self.note((*base, *column.path), error, place)
            if value == []:
                continue
            target = job
            for part in column.path[:-1]:
                nested = target.setdefault(part, {})
                assert isinstance(nested, dict)
                target = nested
            target[column.path[-1]] = value
            self.source.places[(*base, *column.path)] = place
        if employer is not None:
            job["employer"] = employer[0]
            self.source.places[(*base, "employer")] = employer[1]
        shown = job.get("number")
        if derive_id and isinstance(shown, int) and not isinstance(shown, bool):
            job["id"] = f"J{shown:03d}"
            self.source.places[(*base, "id")] = self.source.places[(*base, "number")]
        self.jobs.append(job)

    def _read_stream(self, table: Table) -> None:
        """Read the stream sheet's key/value rows."""
        for number, row in enumerate(table.rows, start=1):
            if not row or all(_is_empty(cell) for cell in row):
                continue
            key_text = _text(row[0]) if not _is_empty(row[0]) else ""
            value = row[1] if len(row) > 1 else None
            key = STREAM_KEYS.get(_normal(key_text))
            if key_text.lower() in ("key", "项目") and _text(value).lower() in ("value", "内容"):
                continue
            if key is None:
                message = (
                    f"unknown stream key {shorten(key_text)!r}: expected title, host, date, platform or faq"
                )
                self.note((), message, Place(sheet=table.name, row=number, column=1))
                continue
            if _is_empty(value):
                continue
            place = Place(sheet=table.name, row=number, column=2)
            if key == "faq":
                items, errors = _faq(value)
                for error in errors:
                    self.note(("faq",), error, place)
                for item in items:
                    self.source.places[("faq", len(self.faq))] = place
                    self.faq.append(item)
            elif key in self.stream and self.stream[key] != _text(value):
                self.note(("stream", key), f"{key} is given twice", place)
            else:
                self.stream[key] = _text(value)
                self.source.places[("stream", key)] = place


def _suggest(text: str, employers_only: bool) -> str:
    """` (did you mean 'x'?)` for a mistyped header, or an empty string."""
    names = [n for n in _LOOKUP if not employers_only or _LOOKUP[n].startswith("employer.")]
    close = difflib.get_close_matches(_normal(text[:100]), names, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _shown(value: object) -> str:
    """A value in a message."""
    if isinstance(value, list):
        return shorten("、".join(str(item) for item in value))
    return repr(shorten(value)) if isinstance(value, str) else shorten(str(value))


# ---------------------------------------------------------------- writing

_JOB_FIRST = ("id", "number", "employer.id", "employer.name")


def _render(value: object, kind: Kind) -> object:
    """A field's JSON value as a cell: lists and FAQs joined with `|`, separators escaped."""
    if kind == "list" and isinstance(value, list):
        return "|".join(_escape(str(item), LIST_SEPARATORS) for item in value)
    if kind == "faq" and isinstance(value, list):
        return "|".join(
            _escape(str(item["q"]), PAIR_SEPARATORS + QA_SEPARATORS)
            + "="
            + _escape(str(item["a"]), PAIR_SEPARATORS)
            for item in value
        )
    return value


def _dig(data: dict[str, object], path: tuple[str, ...]) -> object:
    """The value at `path` in nested mappings, or None."""
    current: object = data
    for part in path:
        if not isinstance(current, dict):
            return None
        current = current.get(part)
    return current


def _cells(data: dict[str, object], owner: Owner) -> dict[str, object]:
    """The non-empty cells of one job or employer, by column name."""
    cells: dict[str, object] = {}
    for name, column in COLUMNS.items():
        if column.owner != owner:
            continue
        value = _dig(data, column.path)
        if value is not None and value != []:
            cells[name] = _render(value, column.kind)
    return cells


def _job_rows(catalog: Catalog) -> list[dict[str, object]]:
    """One cell mapping per job, with its employer's id and name."""
    names = {employer.id: employer.name for employer in catalog.employers}
    rows: list[dict[str, object]] = []
    for job in catalog.jobs:
        cells = _cells(job.model_dump(mode="json", exclude_none=True), "job")
        cells["employer.id"] = job.employer
        if job.employer in names:
            cells["employer.name"] = names[job.employer]
        rows.append(cells)
    return rows


def _employer_rows(catalog: Catalog) -> list[dict[str, object]]:
    """One cell mapping per employer, `employer.`-prefixed."""
    return [
        _cells(employer.model_dump(mode="json", exclude_none=True), "employer")
        for employer in catalog.employers
    ]


def _header_of(rows: list[dict[str, object]], first: Iterable[str], owner: Owner | None) -> list[str]:
    """The columns to write: `first`, then every used column in the models' order."""
    used = {name for row in rows for name in row}
    header = [name for name in first if name in used or name in ("id", "number", "employer.id")]
    header += [
        name
        for name in COLUMNS
        if name in used and name not in header and (owner is None or COLUMNS[name].owner == owner)
    ]
    return header


def to_csv(catalog: Catalog) -> str:
    """A catalogue as one CSV: a row per employer first (employer columns only), then a row per job."""
    employer_rows = _employer_rows(catalog)
    job_rows = _job_rows(catalog)
    header = _header_of(employer_rows + job_rows, _JOB_FIRST, None)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in employer_rows + job_rows:
        writer.writerow([_csv_cell(row.get(name)) for name in header])
    return out.getvalue()


def _csv_cell(value: object) -> str:
    """A value as CSV text: booleans as true/false, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_xlsx(catalog: Catalog) -> bytes:
    """A catalogue as an XLSX workbook: sheets `jobs`, `employers` and (when there is one) `stream`."""
    import openpyxl

    book = openpyxl.Workbook()
    jobs = book.active
    jobs.title = "jobs"
    job_rows = _job_rows(catalog)
    _fill(jobs, _header_of(job_rows, _JOB_FIRST, None), job_rows)
    employer_rows = _employer_rows(catalog)
    columns = _header_of(employer_rows, ("employer.id", "employer.name", "employer.city"), "employer")
    _fill(book.create_sheet("employers"), columns, employer_rows, strip="employer.")
    if catalog.stream is not None or catalog.faq:
        stream = book.create_sheet("stream")
        values = catalog.stream.model_dump(exclude_none=True) if catalog.stream is not None else {}
        pairs: list[dict[str, object]] = [{"key": key, "value": value} for key, value in values.items()]
        pairs += [{"key": "faq", "value": _render([item.model_dump()], "faq")} for item in catalog.faq]
        _fill(stream, ["key", "value"], pairs)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Any, header: list[str], rows: list[dict[str, object]], strip: str = "") -> None:
    """Write a header and rows into a worksheet: header frozen, columns sized, text kept as text."""
    shown = [name.removeprefix(strip) for name in header]
    widths = [len(name) for name in shown]
    for index, name in enumerate(shown, start=1):
        sheet.cell(row=1, column=index, value=name)
    for number, row in enumerate(rows, start=2):
        for index, name in enumerate(header, start=1):
            value = row.get(name)
            if value is None:
                continue
            try:
                cell = sheet.cell(row=number, column=index, value=value)
            except ValueError as exc:  # openpyxl rejects control characters in cell text
                raise CatalogError(
                    [
                        Problem(
                            file="",
                            sheet=sheet.title,
                            row=number,
                            column=index,
                            message=f"cannot be written: {exc}",
                        )
                    ]
                ) from exc
            if isinstance(value, str):
                cell.data_type = "s"
            widths[index - 1] = max(widths[index - 1], min(40, len(str(value))))
    sheet.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width + 2
