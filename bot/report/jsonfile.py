"""report.json: every figure of the report, keys as documented in bot.report.model."""

from __future__ import annotations

import orjson

from bot.report.model import Figures
from bot.report.rangefigures import RangeFigures


def figures_json(f: Figures | RangeFigures) -> bytes:
    """The figures as indented JSON (dataclass fields in declaration order), ending in a newline."""
    return orjson.dumps(f, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
