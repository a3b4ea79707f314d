"""What a person reads from the commands: report paths, warnings, notices and progress bars."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.progress import StreamProgress, estimate_comments, progress_bar
from tests.conftest import SEEDS

CATALOG = SEEDS / "catalog.yaml"
EDGE = Path(__file__).parent / "data" / "streams" / "edge.jsonl"


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        """A person is watching."""
        return True


def test_replay_report_prints_the_report_paths_for_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`replay --report DIR` ends with one `name: path` line per file, no Python repr."""
    out = tmp_path / "out"
    code = main(
        ["replay", str(EDGE), "--catalog", str(CATALOG), "--db", str(tmp_path / "r.db"), "--quiet",
         "--report", str(out)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0
    assert "ReportPaths" not in err
    assert "PosixPath" not in err
    assert f"report:       {out / 'report.html'}" in err.splitlines()
    assert f"applications: {out / 'applications.csv'}" in err.splitlines()


def test_a_recording_featuring_jobs_not_in_the_catalogue_warns_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Featured jobs the catalogue lacks are named in one warning line."""
    log = tmp_path / "s.jsonl"
    log.write_text(
        '{"type": "feature", "ts": 1.0, "job": "J998"}\n'
        '{"type": "comment", "id": "c1", "ts": 2.0, "user": {"id": "u", "name": "王"}, "text": "工资"}\n'
        '{"type": "feature", "ts": 3.0, "job": "J001"}\n'
        '{"type": "feature", "ts": 4.0, "job": "J999"}\n'
        '{"type": "feature", "ts": 5.0, "job": "J998"}\n'
        '{"type": "end", "ts": 6.0}\n',
        encoding="utf-8",
    )
    code = main(["replay", str(log), "--catalog", str(CATALOG), "--db", str(tmp_path / "r.db"), "--quiet"])
    err = capsys.readouterr().err.splitlines()
    assert code == 0
    warnings = [line for line in err if line.startswith("warning:")]
    assert len(warnings) == 1
    assert "J998, J999" in warnings[0]
    assert "J001" not in warnings[0]


def test_a_catalogue_in_the_seed_stream_gives_no_feature_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A recording whose featured jobs are all in the catalogue prints no warning."""
    code = main(["replay", str(EDGE), "--catalog", str(CATALOG), "--db", str(tmp_path / "r.db"), "--quiet"])
    assert code == 0
    assert "warning:" not in capsys.readouterr().err


def test_convert_to_csv_says_it_leaves_out_the_stream_and_the_faq(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """catalog convert catalog.yaml x.csv names the stream header and the FAQ it cannot keep."""
    assert main(["catalog", "convert", str(CATALOG), str(tmp_path / "x.csv")]) == 0
    captured = capsys.readouterr()
    notice = [line for line in captured.err.splitlines() if line.startswith("notice:")]
    assert len(notice) == 1
    assert "stream header (title, host, date, platform)" in notice[0]
    assert "stream-wide FAQ" in notice[0]
    assert "直播信息" in notice[0]
    assert f"wrote {tmp_path / 'x.csv'}" in captured.out
    assert main(["catalog", "convert", str(CATALOG), str(tmp_path / "x.xlsx")]) == 0
    assert "notice:" not in capsys.readouterr().err


def test_a_progress_bar_shows_rate_and_time_left_on_a_terminal_only() -> None:
    """On a terminal the bar shows count, time left and rate; piped it writes nothing."""
    screen = Terminal()
    with progress_bar(200, "replay", " comments", stream=screen) as bar:
        bar.update(50)
        bar.refresh()
    shown = screen.getvalue()
    assert "replay:" in shown
    assert "50/200" in shown
    assert re.search(r"<\d\d:\d\d", shown)
    assert "comments/s" in shown
    piped = io.StringIO()
    with progress_bar(200, "replay", " comments", stream=piped) as bar:
        bar.update(50)
    assert piped.getvalue() == ""


def test_stream_progress_prints_milestones_when_piped() -> None:
    """Piped, a live run prints one line per five minutes of stream time, with its counts."""
    said: list[str] = []
    progress = StreamProgress(0.0, 900.0, stream=io.StringIO(), say=said.append)
    for t in range(0, 901, 30):
        progress.tap([], float(t))
    assert said == [
        "played 05:00 of 15:00: 0 comments, 0 posts, 0 applications",
        "played 10:00 of 15:00: 0 comments, 0 posts, 0 applications",
        "played 15:00 of 15:00: 0 comments, 0 posts, 0 applications",
    ]


def test_comments_in_a_recording_are_estimated_for_the_bar() -> None:
    """The replay bar's total is the number of comment lines in a JSON Lines recording."""
    expected = sum(1 for line in EDGE.read_text(encoding="utf-8").splitlines() if '"comment"' in line)
    assert estimate_comments(EDGE) == expected
