"""What can be wrong with a catalogue: one `Problem` per fault, all raised together in `CatalogError`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from catalog.limits import shorten


@dataclass(frozen=True, kw_only=True)
class Problem:
    """One fault in a catalogue file, with where it is and which job, employer and field it concerns.

    `str(problem)` is the line `daigang catalog check` prints:

    - YAML and JSON: `FILE:LINE job J003 field pay.min: <what is wrong>`
    - XLSX: `FILE:SHEET!R5C3 job J003 field pay.min: …` (sheet name, row 5, column 3, both counted
      from 1 as the spreadsheet shows them; the header is row 1)
    - CSV: `FILE:R5C3 job J003 field pay.min: …` (a CSV has no sheet name)

    The place shrinks when less is known (`FILE:jobs!R5` for a whole row, `FILE` for the whole file);
    `job J003` becomes `employer huachen` for an employer's fields and is left out for stream-wide
    data; the field is a dotted path relative to that job or employer (`faq[1].q` for list items).
    """

    file: str
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    job: str | None = None
    employer: str | None = None
    field: str | None = None
    message: str

    def place(self) -> str:
        """Where the problem is: `FILE:LINE`, `FILE:SHEET!R5C3`, `FILE:R5C3` or just `FILE`."""
        if self.line is not None:
            return f"{self.file}:{self.line}"
        cell = cell_name(self.row, self.column)
        if self.sheet is not None:
            return f"{self.file}:{self.sheet}!{cell}" if cell else f"{self.file}:{self.sheet}"
        return f"{self.file}:{cell}" if cell else self.file

    def sort_key(self) -> tuple[int, str, int, int]:
        """Order of problems in a report: by line, then sheet, row and column."""
        return (self.line or 0, self.sheet or "", self.row or 0, self.column or 0)

    def __str__(self) -> str:
        """The one-line form `FILE:LINE job J003 field pay.min: <what is wrong>` (values taken
        from the file are cut short, so a huge cell never fills the screen; newlines shown as ⏎)."""
        parts = [self.place()]
        if self.job is not None:
            parts.append(f"job {shorten(self.job)}")
        if self.employer is not None:
            parts.append(f"employer {shorten(self.employer)}")
        if self.field is not None:
            parts.append(f"field {shorten(self.field, 80)}")
        line = " ".join(parts) + f": {shorten(self.message, 300)}"
        return line.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def cell_name(row: int | None, column: int | None) -> str:
    """A cell as `R5C3`, a row as `R5`, a column as `C3`; empty when neither is known."""
    return (f"R{row}" if row is not None else "") + (f"C{column}" if column is not None else "")


class CatalogError(Exception):
    """A catalogue that cannot be used; `problems` lists every fault found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Keep the problems, each once, sorted by where they are."""
        unique = list(dict.fromkeys(problems))
        self.problems: list[Problem] = sorted(unique, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid catalogue")

    @classmethod
    def single(cls, file: str, message: str, line: int | None = None) -> CatalogError:
        """An error with one problem about a whole file or one line of it."""
        return cls([Problem(file=file, line=line, message=message)])
