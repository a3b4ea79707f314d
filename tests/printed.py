"""A `daigang` process of its own, and what it prints, read line by line as a test waits for it."""

from __future__ import annotations

import asyncio
import sys

from tests.conftest import ROOT


async def start_daigang(*args: str) -> asyncio.subprocess.Process:
    """`daigang ARGS` from the source tree, its stdout and stderr piped to the test."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "bot", *args),
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


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
