"""`daigang bench`: how fast, how big, how well served — measured on this machine.

Every figure comes from running the real thing: the understand loop, a replay subprocess with the
store on (its peak RSS read from the kernel), a live room on loopback, the room under a question
burst, and a fresh process answering its first comment.
"""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from bot.errors import BotError
from bot.profiles import get_profile
from bot.progress import progress_bar
from bot.seedfiles import CATALOG, seed_file
from catalog.models import Catalog

ROOT = Path(__file__).resolve().parent.parent
SEED_CATALOG = seed_file(CATALOG)
SHARED = Path(os.environ.get("DAIGANG_SHARED_DATA") or ROOT.parent / "shared" / "data")
"""The real third-party data: beside the project, or where DAIGANG_SHARED_DATA says."""


@dataclass(frozen=True)
class Scale:
    """How big each measure runs."""

    understand_lines: int
    replay_comments: int
    live_rate: int
    live_seconds: float
    burst_askers: int


FULL = Scale(200_000, 1_000_000, 1000, 60.0, 600)
QUICK = Scale(50_000, 100_000, 1000, 10.0, 600)


def machine() -> str:
    """A line about this machine: CPU model, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores{mem}, {system}, Python {platform.python_version()}"


def commit() -> str:
    """The commit the benchmark runs on, when this is a git checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


def bench_understand(catalog: Catalog, scale: Scale, chatter: list[str]) -> float:
    """Lines per second of the understand contract on one core, JSON in and out included."""
    from bot.synth import understand_lines
    from bot.understand.bench import measure_understand

    return measure_understand(catalog, understand_lines(catalog, scale.understand_lines, chatter))


def bench_replay(catalog: Catalog, scale: Scale, chatter: list[str], tmp: Path) -> tuple[float, float]:
    """Comments per second of a replay subprocess with the store on, and its peak RSS in MB (with
    its store writer's)."""
    from bot.synth import write_stream

    log = write_stream(tmp / "bench-stream.jsonl", catalog, scale.replay_comments, chatter=chatter)
    cmd = [
        sys.executable,
        "-m",
        "bot",
        "replay",
        str(log),
        "--catalog",
        str(SEED_CATALOG),
        "--db",
        str(tmp / "bench.db"),
        "--quiet",
        "--profile",
        "generic",
    ]
    from bot.store.offload import WRITER_PEAK_ENV

    # The replay's store writer is a process of its own: its peak counts too (an upper bound of
    # the two together, since the pages they share are counted in each).
    writer_peak = tmp / "writer-peak"
    os.environ[WRITER_PEAK_ENV] = str(writer_peak)
    try:
        elapsed, peak_kb = run_alone(cmd)
    finally:
        os.environ.pop(WRITER_PEAK_ENV, None)
    with contextlib.suppress(OSError, ValueError):
        peak_kb += int(writer_peak.read_text(encoding="ascii"))
    return scale.replay_comments / elapsed, peak_kb / 1024


LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
"""Starts a command from a bare interpreter and prints its wall seconds, peak RSS (KiB) and exit code.

Linux keeps a process's peak RSS across `exec`, and a child forked from the bench starts with the
bench's pages counted as its own: read straight from such a child, the replay's peak would be the
bench's. Forked from this small launcher instead, the child's figure is its own."""


def run_alone(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of `cmd`, run to the end from the small launcher."""
    launcher = [sys.executable, "-I", "-S", "-c", LAUNCHER, *cmd]
    proc = subprocess.run(launcher, capture_output=True, check=False)
    try:
        seconds, peak, code = proc.stdout.split()
        elapsed, peak_kb, status = float(seconds), int(peak), int(code)
    except ValueError:
        elapsed, peak_kb, status = 0.0, 0, proc.returncode or 1
    if status != 0:
        err = proc.stderr.decode(errors="replace")
        raise BotError(f"bench: {' '.join(cmd[2:4])} failed: {err.strip()[-300:]}")
    return elapsed, peak_kb


def bench_service(catalog: Catalog, scale: Scale) -> tuple[float, float]:
    """Share of askers served within 30 s under `bilibili`: the bot, and a FIFO queue."""
    from bot.service import burst, run_bot, run_fifo, served
    from bot.wiring import build_room

    profile = get_profile("bilibili")
    featured = catalog.jobs[0].id
    asks = burst(catalog, featured, askers=scale.burst_askers)
    bot_posts = run_bot(build_room(catalog, profile), featured, asks)
    return served(asks, bot_posts), served(asks, run_fifo(asks, profile))


KEYWORD_LINES = 100_000
"""Comments both the understand command and the keyword matcher read in the head-to-head run."""


def _process_seconds(cmd: list[str], stdin: Path) -> float:
    """CPU seconds (user + system) of one whole process reading `stdin`: start-up included, and
    steady on a busy machine where wall time is not."""
    with stdin.open("rb") as fh:
        proc = subprocess.Popen(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise BotError(f"bench: {' '.join(cmd[2:4])} failed: {err.strip()[-300:]}")
    if proc.stderr:
        proc.stderr.close()
    return float(usage.ru_utime + usage.ru_stime)


def bench_vs_keywords(
    catalog: Catalog, chatter: list[str], tmp: Path, lines: int = KEYWORD_LINES
) -> tuple[float, float]:
    """CPU seconds of `daigang understand` and of the plain keyword matcher over the same comments
    (real danmaku when they are beside the project), each a whole process; the best of two runs."""
    from bot.synth import understand_lines

    if chatter:
        featured = catalog.jobs[0].id
        rows: list[tuple[str, str | None]] = [(chatter[n % len(chatter)], featured) for n in range(lines)]
    else:
        rows = understand_lines(catalog, lines, chatter)
    path = tmp / "comments.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"text": t, "featured": f}) + b"\n" for t, f in rows))
    understand = [sys.executable, "-m", "bot", "understand", "--catalog", str(SEED_CATALOG)]
    keywords = [sys.executable, "-m", "bot.bench_keywords"]
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(2):
        ours.append(_process_seconds(understand, path))
        theirs.append(_process_seconds(keywords, path))
    return min(ours), min(theirs)


NAIVE_COMMENTS = 100_000
"""Comments of the recording replay and the first-written pipeline both go through."""


def _wall_seconds(cmd: list[str]) -> float:
    """Wall seconds of one whole process (start-up included); a failure raises naming it."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace")
        raise BotError(f"bench: {' '.join(cmd[2:4])} failed: {err.strip()[-300:]}")
    return elapsed


def bench_vs_naive(
    catalog: Catalog, chatter: list[str], tmp: Path, comments: int = NAIVE_COMMENTS
) -> tuple[float, float]:
    """Wall seconds of `daigang replay` with the store on and of the pipeline a developer writes
    first (`bot.bench_naive`: JSONL → jieba.lcut → keyword intents → SQLite WAL + FULL, batched)
    over the same recording, each a whole process on a fresh database; the better of two runs
    each, taken in turn so that a busy machine weighs on both alike."""
    from bot.synth import write_stream

    log = write_stream(tmp / "naive-stream.jsonl", catalog, comments, chatter=chatter)
    ours: list[float] = []
    theirs: list[float] = []
    for n in range(2):
        replay = [sys.executable, "-m", "bot", "replay", str(log), "--catalog", str(SEED_CATALOG)]
        ours.append(
            _wall_seconds([*replay, "--db", str(tmp / f"replay-{n}.db"), "--quiet", "--profile", "generic"])
        )
        theirs.append(
            _wall_seconds([sys.executable, "-m", "bot.bench_naive", str(log), str(tmp / f"naive-{n}.db")])
        )
    return min(ours), min(theirs)


def bench_startup() -> float:
    """Seconds from process start to the answer of `daigang understand` to its first comment
    (the process reads the line, answers it and exits: start-up, jieba included, dominates)."""
    line = orjson.dumps({"text": "3号宿舍远吗", "featured": "J001"}) + b"\n"
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "understand", "--catalog", str(SEED_CATALOG)],
        input=line,
        capture_output=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 or not proc.stdout.strip():
        raise BotError("bench: daigang understand gave no answer")
    return elapsed


def run_bench(
    quick: bool,
    as_json: bool,
    live: Callable[[Catalog, Scale], tuple[float, float, float]] | None = None,
    out: Callable[[str], None] = print,
) -> dict[str, object]:
    """Run every measure and print the figures (a table, or one JSON object)."""
    from bot.synth import real_chatter
    from catalog.load import load_catalog

    with tempfile.TemporaryDirectory(prefix="daigang-bench-pycache-") as pycache, _compiled_once(pycache):
        return _run_bench(
            QUICK if quick else FULL, as_json, live, out, load_catalog(SEED_CATALOG), real_chatter(SHARED)
        )


@contextlib.contextmanager
def _compiled_once(folder: str) -> Iterator[None]:
    """While the benchmark runs, the processes it starts keep their compiled bytecode in `folder`.

    An installed package ships compiled; a checkout run with PYTHONDONTWRITEBYTECODE compiles
    every module of its own again at each start (a tenth to a quarter of a second). Each measure
    runs its process more than once and keeps the best, so every process it times — ours and the
    ones it is held against alike — starts the way an installed one does.
    """
    saved = {key: os.environ.get(key) for key in ("PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE")}
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run_bench(
    scale: Scale,
    as_json: bool,
    live: Callable[[Catalog, Scale], tuple[float, float, float]] | None,
    out: Callable[[str], None],
    catalog: Catalog,
    chatter: list[str],
) -> dict[str, object]:
    """Every measure at `scale`, printed (a table, or one JSON object) and returned."""
    quick = scale is QUICK
    figures: dict[str, object] = {
        "commit": commit(),
        "machine": machine(),
        "quick": quick,
        "chatter": "real Bilibili danmaku"
        if chatter
        else "built-in synthetic lines (no real danmaku beside the project)",
    }

    bar = progress_bar(len(MEASURES), "bench", " measures")

    begun: list[str] = []

    def progress(msg: str) -> None:
        """The next measure starts: move the bar past the last one (a terminal only) and name it."""
        if begun:
            bar.update(1)
        begun.append(msg)
        bar.set_description_str(msg.rstrip("…"), refresh=True)

    progress("understanding…")
    figures["understand_per_s"] = round(bench_understand(catalog, scale, chatter))
    progress(f"understand against a keyword matcher over {KEYWORD_LINES:,} comments…")
    with tempfile.TemporaryDirectory(prefix="daigang-bench-") as tmp:
        ours, theirs = bench_vs_keywords(catalog, chatter, Path(tmp))
    figures["understand_100k_cpu_s"] = round(ours, 3)
    figures["keywords_100k_cpu_s"] = round(theirs, 3)
    figures["understand_vs_keywords"] = round(theirs / ours, 3) if ours > 0 else 0.0
    progress(f"replay against the first-written pipeline over {NAIVE_COMMENTS:,} comments…")
    with tempfile.TemporaryDirectory(prefix="daigang-bench-") as tmp:
        ours_s, naive_s = bench_vs_naive(catalog, chatter, Path(tmp))
    figures["replay_100k_s"] = round(ours_s, 3)
    figures["naive_100k_s"] = round(naive_s, 3)
    figures["replay_vs_naive"] = round(naive_s / ours_s, 3) if ours_s > 0 else 0.0
    progress(f"replay of {scale.replay_comments:,} comments with the store on…")
    with tempfile.TemporaryDirectory(prefix="daigang-bench-") as tmp:
        per_s, rss = bench_replay(catalog, scale, chatter, Path(tmp))
    figures["replay_comments"] = scale.replay_comments
    figures["replay_per_s"] = round(per_s)
    figures["replay_peak_rss_mb"] = round(rss, 1)
    progress(f"live room at {scale.live_rate} comments/s for {scale.live_seconds:.0f} s…")
    if live is None:
        from bot.live.bench import bench_live

        live = bench_live
    p50, p99, lag = live(catalog, scale)
    figures["live_p50_ms"] = round(p50, 3)
    figures["live_p99_ms"] = round(p99, 3)
    figures["live_lag_s"] = round(lag, 3)
    progress("service under the bilibili send limit…")
    bot_share, fifo_share = bench_service(catalog, scale)
    figures["served_30s"] = round(bot_share, 4)
    figures["served_30s_fifo"] = round(fifo_share, 4)
    progress("start-up…")
    figures["startup_s"] = round(min(bench_startup() for _ in range(3)), 3)
    bar.update(1)
    bar.close()
    if as_json:
        out(orjson.dumps(figures).decode())
    else:
        out(format_table(figures))
    return figures


MEASURES = ("understanding", "keyword matcher", "replay vs naive", "replay", "live", "service", "start-up")
"""The benchmark's measures in the order they run (the progress bar's steps)."""


def format_table(f: dict[str, object]) -> str:
    """The figures as a small table for a person."""
    rows = [
        ("understanding", f"{f['understand_per_s']:,} comments/s on one core"),
        (
            "understand vs keyword matcher",
            f"{f['understand_vs_keywords']}x as fast: {f['understand_100k_cpu_s']} s against"
            f" {f['keywords_100k_cpu_s']} s of CPU for {KEYWORD_LINES:,} comments, whole processes",
        ),
        (
            "replay vs first-written pipeline",
            f"{f['replay_vs_naive']}x as fast: {f['replay_100k_s']} s against {f['naive_100k_s']} s"
            f" for {NAIVE_COMMENTS:,} comments, whole processes, store on",
        ),
        (
            "replay end to end (store on)",
            f"{f['replay_per_s']:,} comments/s over {f['replay_comments']:,} comments",
        ),
        ("replay peak RSS", f"{f['replay_peak_rss_mb']} MB, with its store writer's"),
        ("live p50 / p99 frame→decision", f"{f['live_p50_ms']} ms / {f['live_p99_ms']} ms"),
        ("live lag behind the room at the end", f"{f['live_lag_s']} s"),
        (
            "served within 30 s (bilibili)",
            f"{float(str(f['served_30s'])):.1%}  (FIFO queue: {float(str(f['served_30s_fifo'])):.1%})",
        ),
        ("start-up to first answer", f"{f['startup_s']} s"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"daigang bench @ {f['commit']} on {f['machine']}", f"chatter: {f['chatter']}"]
    lines += [f"  {name.ljust(width)}  {value}" for name, value in rows]
    return "\n".join(lines)
