"""What a `daigang` process prints, read line by line as a test waits for it."""

from __future__ import annotations

import asyncio


async def printed_line(stream: asyncio.StreamReader, prefix: str, within: float = 30.0) -> str:
    """The rest of the first line of `stream` that starts with `prefix` (within `within` seconds)."""
    async with asyncio.timeout(within):
        while True:
            raw = await stream.readline()
            if not raw:
                raise AssertionError(f"the process ended before printing {prefix!r}")
            line = raw.decode().strip()
            if line.startswith(prefix):
                return line[len(prefix) :].strip()
