"""`daigang replay` on what DouyinBarrageGrab and wxlivespy emit, saved one frame or body a line."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from bot.cli import main
from bot.events import Comment, End, Viewers
from bot.recordings.read import RecordingStats, detect_format, read_recording
from tests.conftest import SEEDS
from tests.fakes.tool_frames import (
    douyin_chat,
    douyin_end,
    douyin_frame,
    douyin_member,
    douyin_stats,
    wx_batch,
    wx_body,
    wx_event,
)

T0_MS = 1_763_600_400_000


def _douyin_file(tmp_path: Path) -> Path:
    """A saved DouyinBarrageGrab feed: questions, an application twice, a follow, the end."""
    lines = [
        douyin_stats(1, 500),
        douyin_member(2, 11, "小王", 501),
        douyin_chat(3, 11, "小王", "3号工资多少"),
        douyin_chat(4, 12, "阿强", "3号包吃住吗"),
        douyin_chat(5, 13, "小美", "报名3"),
        douyin_chat(5, 13, "小美", "报名3"),
        douyin_frame(4, 6, 13, "小美"),
        *(douyin_stats(100 + i, 500 + i) for i in range(40)),
        douyin_end(200),
    ]
    path = tmp_path / "douyin.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _wx_file(tmp_path: Path) -> Path:
    """Saved wxlivespy batches: a question, the same batch again, an application, the end."""
    ask = wx_batch([wx_event("comment", 1, "o9hA", "小王", "3号工资多少", ms=T0_MS)])
    apply = wx_batch([wx_event("comment", 2, "o9hB", "阿强", "报名3", ms=T0_MS + 2000)], online=120)
    end = wx_batch([wx_event("like", 3, "o9hA", "小王", ms=T0_MS + 60_000)], status=2)
    path = tmp_path / "wx.jsonl"
    path.write_bytes(b"\n".join(wx_body(b) for b in (ask, ask, apply, end)) + b"\n")
    return path


def test_formats_are_detected_from_content(tmp_path: Path) -> None:
    """A DouyinBarrageGrab feed and wxlivespy batches are told from each other and from jsonl."""
    assert detect_format(_douyin_file(tmp_path)) == "douyin-grab"
    assert detect_format(_wx_file(tmp_path)) == "wxlivespy"
    assert detect_format(SEEDS / "stream.jsonl") == "jsonl"


def test_douyin_grab_recording_is_timed_a_step_apart_and_read_once(tmp_path: Path) -> None:
    """Untimed frames come a second apart; the frame saved twice gives one comment; skips are counted."""
    stats = RecordingStats()
    events = list(read_recording(_douyin_file(tmp_path), stats=stats))
    comments = [e for e in events if isinstance(e, Comment)]
    assert [c.id for c in comments] == ["3", "4", "5"]
    assert [c.ts for c in comments] == [2.0, 3.0, 4.0]
    assert isinstance(events[-1], End)
    assert stats.skipped == {"message seen before": 1, "ignored type": 1}


def test_douyin_grab_line_with_its_own_time(tmp_path: Path) -> None:
    """A saver that adds `ts` (ms) beside the frame times the line by it."""
    frame = json.loads(douyin_chat(9, 1, "x", "几点上班"))
    frame["ts"] = T0_MS
    path = tmp_path / "timed.txt"
    path.write_text(json.dumps(frame, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [e.ts for e in read_recording(path)] == [T0_MS / 1000]


def test_wxlivespy_recording_dedups_and_ends(tmp_path: Path) -> None:
    """A batch saved twice gives its events once; msg_time times them; live_status 2 ends it."""
    stats = RecordingStats()
    events = list(read_recording(_wx_file(tmp_path), stats=stats))
    assert [e.ts for e in events if isinstance(e, Comment)] == [T0_MS / 1000, T0_MS / 1000 + 2]
    assert any(isinstance(e, Viewers) and e.count == 120 for e in events)
    assert isinstance(events[-1], End)
    assert stats.skipped == {"message seen before": 1}


@pytest.mark.parametrize("maker", [_douyin_file, _wx_file])
def test_replay_answers_and_applies_from_tool_output(
    maker: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`daigang replay` on the tool's output answers the pay question and confirms one application."""
    assert callable(maker)
    log = maker(tmp_path)
    transcript = tmp_path / "t.jsonl"
    code = main(
        [
            "replay",
            str(log),
            "--catalog",
            str(SEEDS / "catalog.yaml"),
            "--db",
            str(tmp_path / "r.db"),
            "--transcript",
            str(transcript),
            "--profile",
            "overlay",
            "--quiet",
        ]
    )
    assert code == 0
    posts = [orjson.loads(line) for line in transcript.read_bytes().splitlines()]
    assert any(p["kind"] == "answer" and "pay" in p["intents"] for p in posts)
    assert len([p for p in posts if p["kind"] == "apply"]) == 1
    assert "1 applications" in capsys.readouterr().err


def test_bad_line_names_the_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line that is not JSON in a saved feed: one line naming the file and line, exit 2."""
    path = tmp_path / "broken.txt"
    path.write_text(douyin_chat(1, 1, "x", "y") + "\n{oops\n", encoding="utf-8")
    code = main(
        ["replay", str(path), "--catalog", str(SEEDS / "catalog.yaml"), "--db", str(tmp_path / "b.db")]
    )
    assert code == 2
    assert f"{path}:2: not JSON" in capsys.readouterr().err
