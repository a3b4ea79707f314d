"""`daigang understand`: JSON Lines of comments in, one SPEC §4 JSON line out per comment, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO, TextIO

import orjson

from bot.errors import InputError
from bot.understand.understander import Understander

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from catalog.models import Catalog

_BATCH_BYTES = 1 << 16
_REPEAT_CACHE = 1 << 16


def parse_line(raw: bytes, line_no: int) -> tuple[str, str | None] | None:
    """One input line as (text, featured); None for a blank line; InputError naming `<stdin>:LINE`."""
    stripped = raw.strip()
    if not stripped:
        return None
    if not stripped.startswith(b"{"):
        try:
            return raw.rstrip(b"\r\n").decode("utf-8"), None
        except UnicodeDecodeError as exc:
            raise InputError(f"<stdin>:{line_no}: not UTF-8 text") from exc
    try:
        obj = orjson.loads(stripped)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"<stdin>:{line_no}: not a JSON object: {exc}") from exc
    if not isinstance(obj, dict):
        raise InputError(f"<stdin>:{line_no}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f'<stdin>:{line_no}: "text" must be a string')
    featured = obj.get("featured")
    if featured is not None and not isinstance(featured, str):
        raise InputError(f'<stdin>:{line_no}: "featured" must be a job id string or null')
    return text, featured


def understand_stream(understander: Understander, stdin: BinaryIO, stdout: BinaryIO, stderr: TextIO) -> int:
    """Run an already built understander over stdin; 0 when every line was read, 2 on a bad line.

    Lines are read and written in batches (about 64 KiB at a time); a line seen before is answered
    from a cache of recent lines without being parsed again."""
    seen: dict[bytes, bytes] = {}
    line_no = 0
    while True:
        batch = stdin.readlines(_BATCH_BYTES)
        if not batch:
            break
        out: list[bytes] = []
        for raw in batch:
            line_no += 1
            cached = seen.get(raw)
            if cached is None:
                try:
                    parsed = parse_line(raw, line_no)
                except InputError as exc:
                    stdout.write(b"".join(out))
                    stdout.flush()
                    print(str(exc), file=stderr)
                    return 2
                if parsed is None:
                    continue
                text, featured = parsed
                result = understander.analyse(text, featured)
                cached = orjson.dumps(understander.to_contract(result, text)) + b"\n"
                if len(seen) >= _REPEAT_CACHE:
                    seen.clear()
                seen[raw] = cached
            out.append(cached)
        stdout.write(b"".join(out))
    stdout.flush()
    return 0


def run_understand(catalog: Catalog, stdin: BinaryIO, stdout: BinaryIO, stderr: TextIO) -> int:
    """`daigang understand` (SPEC §4) on a loaded catalogue; returns the exit code."""
    return understand_stream(Understander(catalog), stdin, stdout, stderr)
