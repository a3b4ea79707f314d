"""Running the command line on hostile input under a memory and a time cap, and tallying the outcome.

`run_capped` starts `daigang` in a child process limited to `MEMORY_CAP` bytes of address space
(RLIMIT_AS) and `TIME_CAP` seconds; `Tally` counts inputs tried, crashes (a traceback or an exit
code other than 0 and 2), hangs (killed by the time cap) and unmasked numbers, and each hostile
test module asserts all but the first are zero and prints the figures.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 500 << 20
TIME_CAP = 10.0


def _limit_memory() -> None:
    """In the child: cap its address space."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def unprivileged_prefix() -> list[str] | None:
    """The command prefix that runs a child without root's power over files (a user namespace
    mapping us to an ordinary user); [] when we are not root; None when it cannot be done."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run(
        [unshare, "--user", "--map-user=1000", "--map-group=1000", "true"], capture_output=True, check=False
    )
    return [unshare, "--user", "--map-user=1000", "--map-group=1000"] if probe.returncode == 0 else None


@dataclass
class Outcome:
    """How one capped run ended."""

    code: int | None
    stdout: str
    stderr: str
    hung: bool

    @property
    def crashed(self) -> bool:
        """A traceback, a memory error or an exit code other than 0 (done) and 2 (bad input)."""
        return (
            self.code not in (0, 2) or "Traceback" in self.stderr or "MemoryError" in self.stderr
        ) and not self.hung


def run_capped(
    *args: str,
    cwd: Path | None = None,
    timeout: float = TIME_CAP,
    env: dict[str, str] | None = None,
    prefix: list[str] | None = None,
) -> Outcome:
    """`daigang ARGS` in a child process under the memory and time caps (`env` added to the
    environment; `prefix` put before the command, e.g. `unprivileged_prefix()`)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    try:
        done = subprocess.run(
            [*(prefix or []), sys.executable, "-m", "bot", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit_memory,
            env=env,
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return Outcome(None, out, err, True)
    return Outcome(done.returncode, done.stdout, done.stderr, False)


@dataclass
class Tally:
    """Inputs tried and what went wrong with them."""

    name: str
    tried: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    unmasked: list[str] = field(default_factory=list)

    def run(self, label: str, outcome: Outcome) -> Outcome:
        """Count one capped run."""
        self.tried += 1
        if outcome.hung:
            self.hangs.append(label)
        elif outcome.crashed:
            self.crashes.append(f"{label}: exit {outcome.code}: {outcome.stderr[-300:]}")
        return outcome

    def line(self) -> str:
        """The figures in one line."""
        return (
            f"{self.name}: {self.tried} inputs tried, {len(self.crashes)} crashes, "
            f"{len(self.hangs)} hangs, {len(self.unmasked)} unmasked numbers"
        )

    def check(self) -> None:
        """Print the figures and fail on any crash, hang or unmasked number."""
        print(self.line())
        assert not self.crashes, self.crashes
        assert not self.hangs, self.hangs
        assert not self.unmasked, self.unmasked[:5]
