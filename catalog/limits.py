"""How big a catalogue may be: caps that keep a hostile file from hanging or exhausting a check.

A real catalogue is a few hundred jobs in a few hundred kilobytes; every cap here is far above
that and far below what would cost seconds or hundreds of megabytes. A file over a cap is refused
with one problem naming the place, never read on.
"""

from __future__ import annotations

from typing import Final

MAX_FILE_BYTES: Final = 32 << 20
"""The largest catalogue file read at all (YAML, JSON, CSV or XLSX)."""
MAX_DEPTH: Final = 64
"""The deepest nesting of mappings and lists in YAML or JSON (a catalogue needs about 5)."""
MAX_NODES: Final = 100_000
"""The most values a YAML or JSON document may hold, counting each alias as what it repeats."""
MAX_ROWS: Final = 10_000
"""The most rows of one sheet (or CSV) read."""
MAX_COLUMNS: Final = 256
"""The most columns of one sheet (or CSV) read."""
MAX_CELL: Final = 20_000
"""The longest cell text, in characters."""
MAX_MERGED_CELLS: Final = 1_000_000
"""The most cells all merged ranges of one sheet may cover, once clipped to the filled area."""
MAX_UNPACKED: Final = 256 << 20
"""The most bytes a workbook's parts may unpack to, all together."""
MAX_SHARED_STRINGS: Final = 64 << 20
"""The most bytes the workbook's shared strings may unpack to (they are held in memory)."""
SHOWN: Final = 40
"""The most characters of a value repeated in a message."""


def shorten(text: str, width: int = SHOWN) -> str:
    """`text` cut to `width` characters with … when longer, so no message repeats a huge value."""
    return text if len(text) <= width else text[: width - 1] + "…"


def size_words(size: int) -> str:
    """A byte count for a message: `12 MB`, `300 KB`, `512 bytes`."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):.0f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.0f} KB"
    return f"{size} bytes"
