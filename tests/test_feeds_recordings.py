"""Recorded streams (SPEC §6): format detection and each format read as events in time order."""

from __future__ import annotations

import itertools
import tracemalloc
from datetime import datetime
from pathlib import Path

import orjson
import pytest

from bot.errors import InputError
from bot.events import Comment, End, Enter, Event, Feature, Gift, Like, User, Viewers
from bot.recordings.read import (
    CHINA,
    RecordingStats,
    detect_format,
    in_time_order,
    parse_features,
    read_recording,
)
from tests.conftest import SHARED_DATA

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
LIVE = SHARED_DATA / "bilibili-live"


def read(path: Path, **kwargs: object) -> tuple[list[Event], RecordingStats]:
    """All events of a recording and the counts of what was skipped."""
    stats = RecordingStats()
    events = list(read_recording(path, stats=stats, **kwargs))  # type: ignore[arg-type]
    return events, stats


def assert_in_time_order(events: list[Event]) -> None:
    """Times never go back."""
    assert all(a.ts <= b.ts for a, b in itertools.pairwise(events))


def real_live(name: str) -> Path:
    """A real capture of bilibili-live, or a skip when the shared data is not there."""
    path = LIVE / name
    if not path.is_file():
        pytest.skip(f"shared data missing: {path} (see the README in that folder)")
    return path


# ---------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("room.jsonl", "jsonl"),
        ("video.xml", "bilibili-xml"),
        ("live_recorder.xml", "bilibili-xml"),
        ("blrec.xml", "bilibili-xml"),
        ("chat.json", "chat-downloader"),
        ("chat.jsonl", "chat-downloader"),
        ("other_columns.csv", "csv"),
    ],
)
def test_formats_are_detected_from_content(name: str, fmt: str, tmp_path: Path) -> None:
    """Each fixture is recognised by what it holds, whatever its file name says."""
    renamed = tmp_path / "recording.log"
    renamed.write_bytes((FEEDS / name).read_bytes())
    assert detect_format(renamed) == fmt


def test_real_capture_is_detected_as_csv() -> None:
    """The real Bilibili capture is CSV."""
    assert detect_format(real_live("11365_type3.csv")) == "csv"


@pytest.mark.parametrize(("content", "message"), [(b"", "empty"), (b"just some words\n", "cannot tell")])
def test_undetectable_files_are_bad_input(content: bytes, message: str, tmp_path: Path) -> None:
    """An empty or unrecognisable file names itself and suggests --format."""
    path = tmp_path / "x.log"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        detect_format(path)


def test_missing_file_and_unknown_format_are_bad_input(tmp_path: Path) -> None:
    """No such file, or a format that does not exist: InputError before any reading."""
    with pytest.raises(InputError, match="no such recording"):
        read_recording(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="--format"):
        read_recording(FEEDS / "room.jsonl", fmt="srt")


# ---------------------------------------------------------------- jsonl


def test_jsonl_frames_read_in_time_order_with_skips_counted() -> None:
    """The canonical format: frames become events, sorted; unknown types, bad frames and acks counted."""
    events, stats = read(FEEDS / "room.jsonl")
    assert events == [
        Feature(1732800000.0, "J003"),
        Enter(1732800001.0, User("u-78", "阿强")),
        Like(1732800002.0, User("u-77", "小王"), 12),
        Gift(1732800003.0, User("u-77", "小王"), "小心心", 1),
        Viewers(1732800004.0, 10234),
        Comment("c-1029", 1732800012.5, User("u-77", "小王"), "工资多少"),
        End(1732814400.0),
    ]
    assert stats.format == "jsonl"
    assert stats.skipped == {"unknown type 'poll_result'": 1, "malformed frame": 1, "ack": 1}
    assert stats.records == 10
    assert stats.events == 7


def test_jsonl_line_that_is_not_json_names_file_and_line(tmp_path: Path) -> None:
    """A line that is not JSON at all stops the replay with FILE:LINE."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"type": "end", "ts": 5}\n\n{"type": "comment", oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:3: not JSON"):
        read(path, fmt="jsonl")


def test_reading_is_lazy_and_errors_surface_when_reached(tmp_path: Path) -> None:
    """The first events come out before a broken line further on is read."""
    path = tmp_path / "late-error.jsonl"
    good = [orjson.dumps({"type": "viewers", "ts": float(i), "count": i}).decode() for i in range(10)]
    path.write_text("\n".join([*good, "garbage"]) + "\n", encoding="utf-8")
    events = read_recording(path, window=2)
    assert next(events) == Viewers(0.0, 0)
    with pytest.raises(InputError, match=":11:"):
        list(events)


def test_a_long_recording_reads_in_flat_memory(tmp_path: Path) -> None:
    """Memory does not grow with the file: 100,000 lines (12 MB) read within a few megabytes."""
    path = tmp_path / "long.jsonl"
    line = '{{"type": "comment", "id": "c{0}", "ts": {0}, "user": {{"id": "u{1}"}}, "text": "工资多少"}}\n'
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(line.format(i, i % 977) for i in range(100_000))
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_recording(path, window=1000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 4 << 20


# ---------------------------------------------------------------- bilibili-xml


def test_video_xml_is_sorted_with_bad_rows_counted() -> None:
    """Video danmaku are out of order in the file: they come out by time; ids are the rows' ids."""
    events, stats = read(FEEDS / "video.xml")
    assert [(e.ts, e.text) for e in events if isinstance(e, Comment)] == [
        (3.2, "3号宿舍几人间"),
        (7.75, "<script>alert(1)</script>"),
        (12.5, "工资多少"),
        (40.0, "包吃住吗"),
    ]
    first = events[0]
    assert isinstance(first, Comment)
    assert first.id == "1458349372941217793"
    assert first.user == User("8c1d2e3f", "8c1d2e3f")
    assert stats.skipped == {"bad p attribute": 1, "empty text": 1}


def test_live_recorder_xml_gives_comments_gifts_and_super_chats() -> None:
    """BililiveRecorder rows sit on the recording's clock, start_time plus p[0] or ts."""
    events, stats = read(FEEDS / "live_recorder.xml")
    start = datetime(2024, 11, 28, 20, 0, 0, tzinfo=CHINA).timestamp()
    assert events == [
        Comment("d1", start + 1.5, User("10001", "小王"), "工资多少"),
        Gift(start + 2.25, User("10002", "阿强"), "小心心", 3),
        Comment("d3", start + 5, User("10003", "小美"), "3号包住吗"),
        Comment("sc4", start + 8, User("10004", "老张"), "夫妻房有吗"),
        Gift(start + 9.5, User("10005", "大刘"), "舰长", 1),
        Comment("d6", start + 12.25, User("10001", "小王"), "报名3"),
    ]
    assert stats.total_skipped == 0


def test_blrec_xml_uses_its_record_start_time() -> None:
    """blrec's metadata gives the start; its toast rows are counted, its guard keeps its gift name."""
    events, stats = read(FEEDS / "blrec.xml")
    start = datetime(2024, 11, 28, 20, 0, 0, tzinfo=CHINA).timestamp()
    assert events == [
        Comment("d1", start + 1.5, User("10001", "小王"), "工资多少"),
        Gift(start + 3, User("10002", "阿强"), "辣条", 5),
        Gift(start + 4, User("10005", "大刘"), "舰长", 1),
        Comment("sc4", start + 6, User("10004", "老张"), "宿舍离厂多远"),
    ]
    assert stats.skipped == {"element <toast>": 1}


def test_a_recorder_file_cut_off_mid_write_keeps_what_was_read(tmp_path: Path) -> None:
    """A recording stopped before `</i>` (or mid-row) still replays its complete rows."""
    text = (FEEDS / "live_recorder.xml").read_text(encoding="utf-8")
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index("</i>") - 30], encoding="utf-8")
    events, stats = read(path)
    assert [e.ts for e in events] == sorted(e.ts for e in events)
    assert len(events) == 5
    assert stats.skipped == {"truncated end": 1}


def test_broken_xml_names_the_line(tmp_path: Path) -> None:
    """A well-formedness error in the middle of the file is bad input naming its line."""
    path = tmp_path / "broken.xml"
    path.write_text('<i>\n<d p="1">a</d>\n<d p="2">b</x>\n<d p="3">c</d>\n</i>\n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:3: not well-formed XML"):
        read(path)


def test_xml_with_a_dtd_is_refused(tmp_path: Path) -> None:
    """Entity definitions are never expanded: a DTD is refused outright."""
    path = tmp_path / "laughs.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE i [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
        '<i><d p="1,1,25,0,0,0,u,1">&b;</d></i>\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="DTD"):
        read(path)


# ---------------------------------------------------------------- chat-downloader


@pytest.mark.parametrize("name", ["chat.json", "chat.jsonl"])
def test_chat_downloader_messages_become_comments(name: str) -> None:
    """Text and paid messages are comments at `timestamp` µs; the membership item is counted."""
    events, stats = read(FEEDS / name)
    assert [(e.ts, e.text, e.user.name) for e in events if isinstance(e, Comment)] == [
        (1732800012.5, "工资多少", "小王"),
        (1732800014.0, "夫妻房有吗", "小美"),
        (1732800015.0, "3号包住吗？", "阿强"),
        (1732800030.25, "报名3", "大刘"),
    ]
    first = events[0]
    assert isinstance(first, Comment)
    assert first.id == "ChwKGkNKUzM2NjAxMjM0NTY3ODkwMTI"
    assert first.user.id == "UC0000000000000000000001"
    assert stats.skipped == {"message type membership_item": 1}


def test_a_json_array_is_read_in_pieces(tmp_path: Path) -> None:
    """An array larger than one read chunk is streamed item by item, in order."""
    messages = [
        {"message": f"第{i}条" + "很长" * 50, "message_id": f"m{i}", "author": {"id": "a", "name": "n"},
         "message_type": "text_message", "timestamp": 1732800000000000 + i * 1000}
        for i in range(3000)
    ]  # fmt: skip
    path = tmp_path / "big.json"
    path.write_bytes(orjson.dumps(messages, option=orjson.OPT_INDENT_2))
    events, _ = read(path)
    assert [e.id for e in events if isinstance(e, Comment)] == [f"m{i}" for i in range(3000)]


def test_a_broken_json_array_names_the_line(tmp_path: Path) -> None:
    """A broken item in a chat-downloader array is bad input naming the line it starts on."""
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"message": "a", "timestamp": 1},\n  {"message": oops}\n]\n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:3: not JSON"):
        read(path)


# ---------------------------------------------------------------- csv


def test_real_capture_reads_to_forty_one_thousand_comments_in_order() -> None:
    """Room 11365's 2-hour capture: ~41,000 comments, times never going back, stray commas rejoined."""
    events, stats = read(real_live("11365_type3.csv"))
    assert 40_500 < len(events) < 41_500
    assert all(isinstance(e, Comment) for e in events)
    assert_in_time_order(events)
    start = datetime(2021, 12, 30, 19, 34, 43, tzinfo=CHINA).timestamp()
    assert events[0].ts == pytest.approx(start, abs=1)
    assert stats.rejoined == 5
    assert "I love you, baby." in {e.text for e in events if isinstance(e, Comment)}
    assert stats.total_skipped == 2
    assert stats.late == 0


@pytest.mark.parametrize(
    "name",
    ["1370218_type3.csv", "23789393_type5.csv", "44857_type2.csv", "563689_type6.csv", "6103516_type4.csv"],
)
def test_every_real_capture_reads_in_order(name: str) -> None:
    """The smaller real captures read completely, in time order."""
    path = real_live(name)
    events, stats = read(path)
    rows = len(path.read_text(encoding="utf-8").splitlines()) - 1
    assert len(events) == rows
    assert_in_time_order(events)
    assert stats.total_skipped == 0


def test_csv_with_other_column_names() -> None:
    """id/time/nickname/uid/comment headers work; quoted commas and newlines stay in the text."""
    events, stats = read(FEEDS / "other_columns.csv")
    assert events == [
        Comment("c1", 1732800000.5, User("u1", "小王"), "工资多少,包住吗"),
        Comment("c3", 1732800001.25, User("u3", "小美"), "报名3"),
        Comment("c2", 1732800003.0, User("u2", "阿强"), "3号\n宿舍几人间"),
    ]
    assert stats.skipped == {"bad time": 1}


def test_csv_relative_times_without_a_date_start_at_zero(tmp_path: Path) -> None:
    """Relative seconds with no date columns count from 0; mm:ss times work too."""
    path = tmp_path / "rel.csv"
    path.write_text("seconds\ttext\tuser\n1:05\t包住吗\t阿强\n2.5\t工资多少\t小王\n", encoding="utf-8")
    events, _ = read(path)
    assert [(e.ts, e.user.name) for e in events if isinstance(e, Comment)] == [(2.5, "小王"), (65.0, "阿强")]


def test_csv_rows_of_other_message_types_are_counted(tmp_path: Path) -> None:
    """Rows whose _msg_type is not danmaku are skipped and counted."""
    path = tmp_path / "types.csv"
    path.write_text(
        "_DeltaTime,_ExactTime,_Date,_content,_name,_msg_type,\n"
        "1.0,20:00:01,2024.11.28,工资多少,小王,danmaku,\n"
        "2.0,20:00:02,2024.11.28,小心心,阿强,gift,\n",
        encoding="utf-8",
    )
    events, stats = read(path)
    start = datetime(2024, 11, 28, 20, 0, 0, tzinfo=CHINA).timestamp()
    assert events == [Comment("csv-2", start + 1.0, User("小王", "小王"), "工资多少")]
    assert stats.skipped == {"not danmaku: gift": 1}


@pytest.mark.parametrize(
    ("header", "missing"), [("_DeltaTime,_name", "text"), ("user,comment", "time"), ("a,b", "time or text")]
)
def test_csv_without_time_or_text_column_names_the_header(header: str, missing: str, tmp_path: Path) -> None:
    """A header lacking a time or a text column is bad input naming the file and the header."""
    path = tmp_path / "bad.csv"
    path.write_text(f"{header}\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:1: no {missing} column in the header '{header}'"):
        read(path, fmt="csv")


# ---------------------------------------------------------------- order and features


def test_events_beyond_the_reorder_window_come_out_late_but_in_order() -> None:
    """An event further out of order than the window is given at the last time and counted."""
    events: list[Event] = [Viewers(float(t), t) for t in (5, 6, 7, 1, 8)]
    stats = RecordingStats()
    out = list(in_time_order(events, 2, stats))
    assert [e.ts for e in out] == [5.0, 5.0, 6.0, 7.0, 8.0]
    assert [e.count for e in out if isinstance(e, Viewers)] == [5, 1, 6, 7, 8]
    assert stats.late == 1


def test_parse_features_accepts_clock_times_and_seconds() -> None:
    """hh:mm:ss, mm:ss and plain seconds, sorted by time."""
    assert parse_features("00:12:30=J005, 00:05:00=J003,90=J001,1:30.5=J002,") == [
        (90.0, "J001"),
        (90.5, "J002"),
        (300.0, "J003"),
        (750.0, "J005"),
    ]


@pytest.mark.parametrize(
    "spec", ["00:05:00", "=J003", "00:05:00=", "5:61=J1", "1:2:3:4=J1", "-5=J1", "ab=J1", "1:60:00=J"]
)
def test_parse_features_refuses_malformed_specs(spec: str) -> None:
    """A spec item that is not TIME=JOB is bad input quoting the item."""
    with pytest.raises(InputError, match="--feature"):
        parse_features(spec)


def test_features_merge_at_offsets_from_the_first_event() -> None:
    """Feature switches land at first-event time plus offset, before comments of that time; `-` clears."""
    events, stats = read(FEEDS / "video.xml", features="0=J001,00:09=J003,00:00:40=-,10:00=J009")
    assert [(e.ts, e.job) for e in events if isinstance(e, Feature)] == [
        (3.2, "J001"),
        (12.2, "J003"),
        (43.2, None),
        (603.2, "J009"),
    ]
    assert isinstance(events[0], Feature)
    assert_in_time_order(events)
    assert stats.events == len(events)


def test_features_after_the_end_are_dropped_and_counted() -> None:
    """No featuring after the stream has ended."""
    events, stats = read(FEEDS / "room.jsonl", features="00:00:05=J002,100:00:00=J004")
    assert Feature(1732800005.0, "J002") in events
    assert isinstance(events[-1], End)
    assert all(e.job != "J004" for e in events if isinstance(e, Feature))
    assert stats.skipped["feature after the end"] == 1
