"""Recorded streams (SPEC §6): six formats, detected from content, read as events in time order.

Reading streams: one record at a time, through a bounded reorder buffer, so memory stays flat
however long the recording. What a reader cannot use it skips and counts in `RecordingStats`
(by reason); what makes the whole file unreadable raises `InputError` naming the file and line.

- `jsonl`: room → bot frames of §5.1, one per line. A line that is not JSON at all is an error
  (the file is not what it claims to be); a JSON line of an unknown type, a malformed frame and an
  `ack` (an answer to a post of the recorded run, meaningless in a replay) are skipped and counted.
  A frame without `ts` takes the time of the frame before it.
- `bilibili-xml`: `<d p="time,mode,size,color,unix_ts,pool,uid_or_hash,id">text</d>` rows of video
  and live-recorder files, and the recorders' `<gift>`, `<sc>` (a comment) and `<guard>` (a gift).
  A row's time is `p[0]` (seconds into the video or recording) plus the recording's start when the
  file states it (BililiveRecorder's `start_time`, blrec's `record_start_time`), else plus 0. The
  comment id is `p[7]` when it is set (not 0), else `d<position>`. DTDs are refused.
- `chat-downloader`: a JSON array or JSON Lines of messages; `timestamp` (µs) is the time, else
  `time_in_seconds`. Text and paid messages are comments; other message types are counted.
- `douyin-grab`: DouyinBarrageGrab's pushes saved one frame a line (`{"Type", "ProcessName",
  "Data"}`). The tool's messages carry no time: a line's own `ts`/`time`/`timestamp` (s or ms)
  is used when the saver added one, else each line comes `DOUYIN_STEP` seconds after the one
  before (from 0). A message saved twice (same type and MsgId) is read once.
- `wxlivespy`: wxlivespy's forwarded batches saved one body a line; times are the events'
  `msg_time`; an event saved twice is read once; `live_status` 2 ends the stream.
- `csv`: a header row naming a time column and a text column (`_DeltaTime`/`_content`/`_name` and
  common others: time/ts/timestamp/seconds, text/content/message/comment, user/name/author/
  nickname, uid, id). Relative times (below 1e9) are counted from a base: the first row's
  `_Date` + `_ExactTime` (China time, UTC+8) minus its relative time, else 0. Rows with extra
  unquoted commas get them back into the text; rows whose `_msg_type` is not danmaku are counted.

Events come out in time order: a reorder buffer of `window` events sorts what arrives out of
order (video danmaku files are not sorted); an event later than the buffer can hold is given at
the last time given and counted as `late`. Featured-job switches (`--feature`) are merged at their
offsets from the first event; a job of `-` means nothing featured.
"""

from __future__ import annotations

import csv
import heapq
import json
import math
import re
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, Final

import orjson

from bot.errors import InputError
from bot.events import Ack, Comment, End, Event, Feature, Gift, User
from bot.platforms.douyin_grab.codec import DouyinGrabDecoder, looks_like_frame
from bot.platforms.fields import unix_seconds
from bot.platforms.ws.codec import comment_event, object_to_event
from bot.platforms.wxlivespy.codec import MalformedBody, WxLiveSpyDecoder, looks_like_batch

FORMATS: Final = ("jsonl", "bilibili-xml", "chat-downloader", "csv", "douyin-grab", "wxlivespy")

REORDER_WINDOW: Final = 50_000
JSONL_WINDOW: Final = 5_000
"""Events held to put an out-of-order recording back in time order."""

CHINA: Final = timezone(timedelta(hours=8))
"""The clock of dates written without a zone (Bilibili's captures)."""

ABSOLUTE: Final = 1e9
"""Times from here up are seconds since the epoch; below, seconds into the stream."""

_BOM: Final = b"\xef\xbb\xbf"
_SNIFF: Final = 1 << 16
_CHUNK: Final = 1 << 16
_MAX_JSON_ITEM: Final = 8 << 20
_MAX_REASONS: Final = 100
_MAX_LINE: Final = 1 << 20
"""The longest line read from a line-based recording; a longer one is skipped and counted."""
DOUYIN_STEP: Final = 1.0
"""Seconds between two saved DouyinBarrageGrab frames that carry no time."""


@dataclass
class RecordingStats:
    """What reading one recording met: records read, events given, what was skipped and why,
    where the first record of each reason was, and warnings for a person (said once each)."""

    format: str = ""
    records: int = 0
    events: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    rejoined: int = 0
    """CSV rows whose unquoted commas in the text were put back."""
    late: int = 0
    """Events that arrived later than the reorder window could hold, given at the last time."""
    where: str = ""
    """The place being read (`FILE:LINE`), set by the readers as they go."""
    first: dict[str, str] = field(default_factory=dict)
    """The place of the first record skipped for each reason."""
    warnings: list[str] = field(default_factory=list)

    def skip(self, reason: str, n: int = 1) -> None:
        """Count `n` records skipped for `reason` (at the place being read)."""
        if reason not in self.skipped and len(self.skipped) >= _MAX_REASONS:
            reason = "other"
        self.skipped[reason] = self.skipped.get(reason, 0) + n
        if self.where:
            self.first.setdefault(reason, self.where)

    @property
    def total_skipped(self) -> int:
        """Records skipped, all reasons."""
        return sum(self.skipped.values())

    def summary(self) -> str:
        """`skipped 3 records (2 malformed frame, 1 ack; first at log.jsonl:7)`, or '' when none was."""
        if not self.skipped:
            return ""
        reasons = sorted(self.skipped.items(), key=lambda kv: -kv[1])
        shown = ", ".join(f"{n} {reason}" for reason, n in reasons[:5])
        if len(reasons) > 5:
            shown += f", {sum(n for _, n in reasons[5:])} other"
        first = min(self.first.values(), key=_place_order, default="")
        where = f"; first at {first}" if first else ""
        total = self.total_skipped
        return f"skipped {total} record{'s' if total != 1 else ''} ({shown}{where})"


def _place_order(place: str) -> int:
    """The line number at the end of `FILE:LINE` (0 when there is none), to find the first place."""
    tail = place.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


# ---------------------------------------------------------------- small parsers


def _seconds_of_clock(text: str) -> float | None:
    """`hh:mm:ss`, `mm:ss` or plain seconds (fractions allowed in the seconds) as seconds."""
    parts = text.strip().split(":")
    if len(parts) > 3 or any(not part for part in parts):
        return None
    *whole, last = parts
    if not all(part.isdigit() for part in whole):
        return None
    if not re.fullmatch(r"\d+(?:\.\d+)?", last):
        return None
    seconds = float(last)
    if whole and seconds >= 60:
        return None
    if len(whole) == 2 and int(whole[1]) >= 60:
        return None
    total = seconds
    for scale, part in zip((60, 3600), reversed(whole), strict=False):
        total += scale * int(part)
    return total


def parse_offset(text: str, flag: str) -> float:
    """An offset from the stream's start (`hh:mm:ss`, `mm:ss` or seconds); InputError naming `flag`."""
    offset = _seconds_of_clock(text)
    if offset is None:
        raise InputError(f"{flag} {text.strip()!r}: not a time (e.g. 00:36:00, 36:00, 2160)")
    return offset


def parse_features(spec: str) -> list[tuple[float, str]]:
    """`--feature "00:05:00=J003,00:12:30=J005"` (also mm:ss and seconds) as sorted (offset, job)."""
    marks: list[tuple[float, str]] = []
    for item in spec.split(","):
        if not item.strip():
            continue
        when, sep, job = item.partition("=")
        offset = _seconds_of_clock(when) if sep else None
        job = job.strip()
        if offset is None or not job:
            raise InputError(
                f"--feature {spec!r}: {item.strip()!r} is not TIME=JOB"
                " (e.g. 00:05:00=J003, 05:00=J003, 300=J003)"
            )
        marks.append((offset, job))
    return sorted(marks, key=lambda mark: mark[0])


def _number(text: str | None) -> float | None:
    """A finite number written in text."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _epoch_seconds(value: float) -> float:
    """A count since the epoch in s, ms or µs, as seconds (smaller values pass unchanged)."""
    if value > 1e14:
        return value / 1e6
    if value > 1e11:
        return value / 1e3
    return value


def _datetime_seconds(text: str) -> float | None:
    """An ISO date-time as seconds since the epoch (no zone: China time)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CHINA)
    return moment.timestamp()


def _ident(value: object) -> str | None:
    """A non-empty id (strings, and integers as their decimal string)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _open_error(path: Path, exc: OSError) -> InputError:
    """An unreadable file as the error a person sees."""
    return InputError(f"{path}: cannot read it ({exc.strerror or exc})")


# ---------------------------------------------------------------- detection


def detect_format(path: Path) -> str:
    """The recording's format, from its first bytes (one of `FORMATS`)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        raise _open_error(path, exc) from None
    text = head.removeprefix(_BOM).decode("utf-8", "ignore").lstrip()
    if not text:
        raise InputError(f"{path}: the recording is empty")
    if text.startswith("<"):
        return "bilibili-xml"
    if text.startswith("["):
        return "chat-downloader"
    first_line = text.split("\n", 1)[0].strip()
    if text.startswith("{"):
        try:
            obj = orjson.loads(first_line)
        except orjson.JSONDecodeError:
            return "jsonl"
        if looks_like_frame(obj):
            return "douyin-grab"
        if looks_like_batch(obj):
            return "wxlivespy"
        chat_keys = {"message_id", "message", "author", "time_in_seconds", "timestamp"}
        if isinstance(obj, dict) and not isinstance(obj.get("type"), str) and chat_keys & obj.keys():
            return "chat-downloader"
        return "jsonl"
    if any(sep in first_line for sep in (",", "\t", ";")):
        return "csv"
    raise InputError(f"{path}:1: cannot tell the recording's format (use --format {'|'.join(FORMATS)})")


# ---------------------------------------------------------------- jsonl


def _lines(path: Path, stats: RecordingStats) -> Iterator[tuple[int, bytes, bool]]:
    """The non-blank lines of a file with their numbers (a leading BOM dropped) and whether each
    ended with a newline (the last line of a recording cut off mid-write does not). A line over
    `_MAX_LINE` bytes is skipped and counted; `stats.where` follows the line being read."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from None
    with fh:
        lineno = 0
        place = f"{path}:"
        while raw := fh.readline(_MAX_LINE + 1):
            lineno += 1
            stats.where = place + str(lineno)
            if len(raw) > _MAX_LINE and not raw.endswith(b"\n"):
                _skip_long_line(fh, stats)
                continue
            line = raw.removeprefix(_BOM).strip() if lineno == 1 else raw.strip()
            if line:
                yield lineno, line, raw.endswith(b"\n")


def _skip_long_line(fh: IO[bytes], stats: RecordingStats) -> None:
    """Read past the rest of a line over `_MAX_LINE` bytes and count it as skipped."""
    while (more := fh.readline(_CHUNK)) and not more.endswith(b"\n"):
        pass
    stats.records += 1
    stats.skip(f"line longer than {_MAX_LINE >> 20} MB")


def _cut_off(path: Path, lineno: int, stats: RecordingStats) -> None:
    """Count a last line cut off mid-write and warn about it once."""
    stats.skip("cut-off last line")
    stats.warnings.append(
        f"{path}:{lineno}: the last line is cut off (the recording stopped mid-write): read up to it"
    )


def _read_jsonl(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """Room → bot frames, one a line; a last line cut off mid-write is counted, with a warning.

    The lines are read here rather than through `_lines` (the same rules: a BOM, blank lines,
    lines over `_MAX_LINE` bytes), and a comment frame goes straight to the codec's comment
    reader: this loop runs once per frame of a recording of millions.
    """
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from None
    now = 0.0
    loads = orjson.loads
    with fh:
        readline = fh.readline
        lineno = 0
        place = f"{path}:"
        while raw := readline(_MAX_LINE + 1):
            lineno += 1
            stats.where = place + str(lineno)
            if len(raw) > _MAX_LINE and not raw.endswith(b"\n"):
                _skip_long_line(fh, stats)
                continue
            line = raw.removeprefix(_BOM).strip() if lineno == 1 else raw.strip()
            if not line:
                continue
            stats.records += 1
            try:
                obj = loads(line)
            except orjson.JSONDecodeError as exc:
                if not raw.endswith(b"\n"):
                    _cut_off(path, lineno, stats)
                    return
                raise InputError(f"{path}:{lineno}: not JSON ({str(exc)[:80]})") from None
            if type(obj) is dict and obj.get("type") == "comment":
                comment = comment_event(obj, now)
                if comment is not None:
                    now = comment.ts
                    yield comment
                    continue
            result = object_to_event(obj, now)
            if isinstance(result, str):
                unknown = result == "unknown"
                stats.skip(f"unknown type {str(obj['type'])[:40]!r}" if unknown else "malformed frame")
            elif isinstance(result, Ack):
                stats.skip("ack")
            else:
                now = result.ts
                yield result


# ---------------------------------------------------------------- the tools' own output


def _json_lines(path: Path, stats: RecordingStats) -> Iterator[tuple[int, Any]]:
    """Each line parsed as JSON, counted as a record; a line that is not JSON makes the file
    unreadable, except a last line cut off mid-write (counted, with a warning)."""
    for lineno, line, complete in _lines(path, stats):
        stats.records += 1
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not complete:
                _cut_off(path, lineno, stats)
                return
            raise InputError(f"{path}:{lineno}: not JSON ({str(exc)[:80]})") from None
        yield lineno, obj


def _read_douyin_grab(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """DouyinBarrageGrab's frames, one a line, timed by the line's own time or a step apart."""
    decoder = DouyinGrabDecoder()
    now = -DOUYIN_STEP
    for _, obj in _json_lines(path, stats):
        stamp = None
        if isinstance(obj, dict):
            stamp = next((unix_seconds(obj[k]) for k in ("ts", "time", "timestamp") if k in obj), None)
        now = stamp if stamp is not None else now + DOUYIN_STEP
        before = (
            decoder.malformed,
            decoder.duplicates,
            sum(decoder.unknown.values()),
            sum(decoder.ignored.values()),
        )
        events = decoder.feed_object(obj, now)
        if not events:
            after = (
                decoder.malformed,
                decoder.duplicates,
                sum(decoder.unknown.values()),
                sum(decoder.ignored.values()),
            )
            reasons = ("malformed frame", "message seen before", "unknown type", "ignored type")
            stats.skip(next((r for r, a, b in zip(reasons, after, before, strict=True) if a != b), "empty"))
        yield from events


def _read_wxlivespy(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """wxlivespy's batches, one a line, timed by their events' `msg_time`."""
    decoder = WxLiveSpyDecoder()
    now = 0.0
    for _, obj in _json_lines(path, stats):
        repeats, bad = decoder.duplicates, decoder.bad_events
        try:
            events = decoder.feed_object(obj, now)
        except MalformedBody:
            stats.skip("malformed body")
            continue
        if decoder.duplicates > repeats:
            stats.skip("message seen before", decoder.duplicates - repeats)
        if decoder.bad_events > bad:
            stats.skip("malformed event", decoder.bad_events - bad)
        if events:
            now = max(now, *(e.ts for e in events))
        yield from events


# ---------------------------------------------------------------- bilibili-xml


_XML_HEADER_TAGS: Final = frozenset(
    {"chatserver", "chatid", "mission", "maxlimit", "state", "real_name", "source", "BililiveRecorder"}
)
_GUARD_NAMES: Final = {1: "总督", 2: "提督", 3: "舰长"}


class _XmlRows:
    """Turns the top-level elements of a Bilibili danmaku XML file into events."""

    def __init__(self, path: Path, stats: RecordingStats) -> None:
        """No start time known yet."""
        self.path = path
        self.stats = stats
        self.base = 0.0
        self.ordinal = 0

    def _when(self, value: str | None) -> float | None:
        """An offset attribute on the file's clock (absolute times pass unchanged)."""
        offset = _number(value)
        if offset is None:
            return None
        offset = _epoch_seconds(offset)
        return offset if offset >= ABSOLUTE else self.base + offset

    @staticmethod
    def _user(elem: ET.Element, fallback: str) -> User:
        """The element's `uid`/`user` attributes (the fallback for a missing uid)."""
        name = (elem.get("user") or "").strip()
        uid = (elem.get("uid") or "").strip() or fallback or name
        return User(uid, name or uid)

    def _start(self, text: str | None) -> None:
        """Take the recording's start time (ISO or seconds since the epoch)."""
        if not text:
            return
        number = _number(text)
        start = _epoch_seconds(number) if number is not None else _datetime_seconds(text)
        if start is not None and start >= ABSOLUTE:
            self.base = start

    def event(self, elem: ET.Element) -> Event | None:
        """One top-level element's event; None (counted when it is a row) for the rest."""
        tag = elem.tag
        if tag in ("d", "gift", "sc", "guard"):
            self.ordinal += 1
            self.stats.where = f"{self.path}: row {self.ordinal}"
        if tag == "d":
            return self._d(elem)
        if tag == "gift":
            return self._gift(elem)
        if tag == "sc":
            return self._sc(elem)
        if tag == "guard":
            return self._guard(elem)
        if tag == "BililiveRecorderRecordInfo":
            self._start(elem.get("start_time"))
        elif tag == "metadata":
            self._start(elem.findtext("record_start_time"))
        elif tag not in _XML_HEADER_TAGS and not tag.startswith("{"):
            self.stats.records += 1
            self.stats.skip(f"element <{tag}>")
        return None

    def _d(self, elem: ET.Element) -> Event | None:
        """A danmaku row."""
        self.stats.records += 1
        parts = (elem.get("p") or "").split(",")
        offset = _number(parts[0])
        if offset is None or offset < 0:
            self.stats.skip("bad p attribute")
            return None
        text = elem.text or ""
        if not text.strip():
            self.stats.skip("empty text")
            return None
        row_id = parts[7].strip() if len(parts) > 7 else ""
        cid = row_id if row_id not in ("", "0") else f"d{self.ordinal}"
        uid = parts[6].strip() if len(parts) > 6 else ""
        return Comment(cid, self.base + offset, self._user(elem, uid), text)

    def _gift(self, elem: ET.Element) -> Event | None:
        """A recorder's gift row."""
        self.stats.records += 1
        ts = self._when(elem.get("ts"))
        gift = elem.get("giftname")
        count = _number(elem.get("giftcount") or "1")
        if ts is None or not gift or count is None or count < 0:
            self.stats.skip("bad gift")
            return None
        return Gift(ts, self._user(elem, ""), gift, int(count))

    def _sc(self, elem: ET.Element) -> Event | None:
        """A recorder's super chat row: a (paid) comment."""
        self.stats.records += 1
        ts = self._when(elem.get("ts"))
        text = elem.text or ""
        if ts is None or not text.strip():
            self.stats.skip("bad sc")
            return None
        return Comment(f"sc{self.ordinal}", ts, self._user(elem, ""), text)

    def _guard(self, elem: ET.Element) -> Event | None:
        """A recorder's guard row: a viewer buys 舰长/提督/总督, counted as a gift."""
        self.stats.records += 1
        ts = self._when(elem.get("ts"))
        level = _number(elem.get("level") or "3")
        count = _number(elem.get("count") or "1")
        if ts is None or level is None or count is None or count < 0:
            self.stats.skip("bad guard")
            return None
        gift = elem.get("giftname") or _GUARD_NAMES.get(int(level), f"guard{int(level)}")
        return Gift(ts, self._user(elem, ""), gift, int(count))


def _read_xml(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """Bilibili danmaku XML, parsed incrementally (top-level elements dropped once read)."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    rows = _XmlRows(path, stats)
    depth = 0
    root: ET.Element | None = None
    prolog = b""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from None
    with fh:
        while True:
            chunk = fh.read(_CHUNK)
            if root is None:
                prolog += chunk
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise InputError(f"{path}: DTDs and entities are not accepted in a danmaku file")
            try:
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
                items = list(parser.read_events())
            except ET.ParseError as exc:
                if chunk or root is None:
                    raise InputError(f"{path}:{exc.position[0]}: not well-formed XML ({exc})") from None
                # The recorder stopped mid-file (no closing tag): keep what was read.
                stats.skip("truncated end")
                items = []
            for item in items:
                kind, elem = item[0], item[-1]
                if not isinstance(elem, ET.Element):
                    continue
                if kind == "start":
                    depth += 1
                    if root is None:
                        root = elem
                        prolog = b""
                    continue
                depth -= 1
                if depth == 1 and root is not None:
                    event = rows.event(elem)
                    root.clear()
                    if event is not None:
                        yield event
            if not chunk:
                break
    if root is None:
        raise InputError(f"{path}: no XML element in it")


# ---------------------------------------------------------------- chat-downloader


def _chat_event(obj: object, ordinal: int, stats: RecordingStats) -> Event | None:
    """One chat-downloader message as a comment; None (counted) for the rest."""
    stats.records += 1
    if not isinstance(obj, dict):
        stats.skip("malformed message")
        return None
    kind = obj.get("message_type") or "text_message"
    if kind not in ("text_message", "paid_message"):
        stats.skip(f"message type {kind}")
        return None
    text = obj.get("message")
    if not isinstance(text, str) or not text.strip():
        stats.skip("empty text")
        return None
    stamp, offset = obj.get("timestamp"), obj.get("time_in_seconds")
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool) and math.isfinite(stamp):
        ts = _epoch_seconds(float(stamp))
    elif isinstance(offset, (int, float)) and not isinstance(offset, bool) and math.isfinite(offset):
        ts = float(offset)
    else:
        stats.skip("no time")
        return None
    author = obj.get("author")
    author = author if isinstance(author, dict) else {}
    name = author.get("name") or author.get("display_name")
    name = name if isinstance(name, str) else ""
    uid = _ident(author.get("id")) or name
    cid = _ident(obj.get("message_id")) or f"m{ordinal}"
    return Comment(cid, ts, User(uid, name or uid), text)


def _json_array_items(path: Path, fh: IO[str]) -> Iterator[tuple[int, Any]]:
    """The items of a top-level JSON array read in chunks, each with the line it starts on."""
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    line = 1
    eof = False
    opened = False

    def more() -> bool:
        """Append the next chunk; False at the end of the file."""
        nonlocal buf, pos, eof
        if eof:
            return False
        chunk = fh.read(_CHUNK)
        if not chunk:
            eof = True
            return False
        buf = buf[pos:] + chunk
        pos = 0
        return True

    while True:
        while True:
            start = pos
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            line += buf.count("\n", start, pos)
            if pos < len(buf) or not more():
                break
        if pos >= len(buf):
            raise InputError(f"{path}:{line}: the JSON array does not end")
        char = buf[pos]
        if not opened:
            if char != "[":
                raise InputError(f"{path}:{line}: expected a JSON array")
            opened = True
            pos += 1
            continue
        if char == "]":
            return
        if char == ",":
            pos += 1
            continue
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if len(buf) - pos > _MAX_JSON_ITEM or not more():
                    raise InputError(f"{path}:{line}: not JSON ({exc.msg})") from None
                continue
            if end == len(buf) and more():
                continue
            break
        yield line, item
        line += buf.count("\n", pos, end)
        pos = end


def _read_chat_downloader(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """chat-downloader's output: a JSON array or JSON Lines of messages."""
    try:
        fh = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise _open_error(path, exc) from None
    with fh:
        try:
            is_array = fh.read(_SNIFF).lstrip().startswith("[")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        if is_array:
            fh.seek(0)
            try:
                for ordinal, (start, obj) in enumerate(_json_array_items(path, fh), 1):
                    stats.where = f"{path}:{start}"
                    event = _chat_event(obj, ordinal, stats)
                    if event is not None:
                        yield event
            except UnicodeDecodeError:
                raise InputError(f"{path}: not UTF-8 text") from None
            return
    for ordinal, (lineno, line, complete) in enumerate(_lines(path, stats), 1):
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not complete:
                stats.records += 1
                _cut_off(path, lineno, stats)
                return
            raise InputError(f"{path}:{lineno}: not JSON ({str(exc)[:80]})") from None
        event = _chat_event(obj, ordinal, stats)
        if event is not None:
            yield event


# ---------------------------------------------------------------- csv

_TIME_COLUMNS: Final = (
    "deltatime", "time", "ts", "timestamp", "seconds", "time_in_seconds", "offset", "时间",
)  # fmt: skip
_TEXT_COLUMNS: Final = ("content", "text", "message", "comment", "danmaku", "msg", "弹幕", "内容")
_NAME_COLUMNS: Final = (
    "name", "user", "author", "nickname", "username", "user_name", "uname", "author_name",
    "昵称", "用户", "用户名",
)  # fmt: skip
_UID_COLUMNS: Final = ("uid", "user_id", "userid", "author_id", "mid", "用户id")
_ID_COLUMNS: Final = ("id", "message_id", "msg_id", "dmid", "comment_id")
_TYPE_COLUMNS: Final = ("msg_type", "message_type")
_COMMENT_TYPES: Final = frozenset(
    {"", "danmaku", "danmu", "danmu_msg", "comment", "text", "text_message", "chat", "弹幕"}
)


def _column(names: list[str], wanted: Iterable[str]) -> int | None:
    """The index of the first wanted column name present (names already normalised)."""
    for name in wanted:
        if name in names:
            return names.index(name)
    return None


def _date_time_seconds(date: str, clock: str) -> float | None:
    """`2021.12.30` (or - /) and `19:34:43` in China time as seconds since the epoch."""
    day = re.fullmatch(r"\s*(\d{4})[./-](\d{1,2})[./-](\d{1,2})\s*", date)
    seconds = _seconds_of_clock(clock)
    if day is None or seconds is None:
        return None
    try:
        midnight = datetime(int(day[1]), int(day[2]), int(day[3]), tzinfo=CHINA)
    except ValueError:
        return None
    return midnight.timestamp() + seconds


def _csv_time(text: str) -> float | None:
    """A time cell: a number (s, ms or µs), `hh:mm:ss`, or an ISO date-time."""
    value = _number(text)
    if value is not None:
        return _epoch_seconds(value)
    return _seconds_of_clock(text) if ":" in text and "-" not in text else _datetime_seconds(text)


@dataclass(frozen=True, slots=True)
class _CsvLayout:
    """Where the columns are."""

    width: int
    delimiter: str
    time: int
    text: int
    name: int | None
    uid: int | None
    id: int | None
    type: int | None
    date: int | None
    clock: int | None

    def cells(self, row: list[str], stats: RecordingStats) -> list[str] | None:
        """The row laid out to the header: extra unquoted delimiters go back into the text.

        A row longer than the header either has the delimiter inside its text (the columns after
        the text shift right) or only trailing empty cells; the type column, when there is one,
        tells which, else empty extras are taken as trailing.
        """
        if len(row) > self.width:
            extra = len(row) - self.width
            text = self.delimiter.join(row[self.text : self.text + extra + 1])
            joined = [*row[: self.text], text, *row[self.text + extra + 1 :]]
            if not any(cell.strip() for cell in row[self.width :]):
                trimmed = row[: self.width]
                if self.type is None or _cell(trimmed, self.type).lower() in _COMMENT_TYPES:
                    return trimmed
            stats.rejoined += 1
            return joined
        needed = max(i for i in (self.time, self.text, self.type) if i is not None)
        return row if len(row) > needed else None


def _csv_layout(path: Path, header: list[str], delimiter: str) -> _CsvLayout:
    """Find the columns in the header row."""
    names = [cell.strip().lstrip("\ufeff").lstrip("_").lower().replace(" ", "_") for cell in header]
    time_col = _column(names, _TIME_COLUMNS)
    text_col = _column(names, _TEXT_COLUMNS)
    if time_col is None or text_col is None:
        missing = " or ".join(what for what, col in (("time", time_col), ("text", text_col)) if col is None)
        raise InputError(f"{path}:1: no {missing} column in the header {','.join(header)!r}")
    return _CsvLayout(
        width=len(header),
        delimiter=delimiter,
        time=time_col,
        text=text_col,
        name=_column(names, _NAME_COLUMNS),
        uid=_column(names, _UID_COLUMNS),
        id=_column(names, _ID_COLUMNS),
        type=_column(names, _TYPE_COLUMNS),
        date=_column(names, ("date",)),
        clock=_column(names, ("exacttime",)),
    )


def _cell(cells: list[str], index: int | None) -> str:
    """A cell's stripped text ('' when the column is absent or the row short)."""
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _read_csv(path: Path, stats: RecordingStats) -> Iterator[Event]:
    """A CSV capture with a header row."""
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise _open_error(path, exc) from None
    with fh:
        try:
            first = fh.readline()
            counts = {sep: first.count(sep) for sep in (",", "\t", ";")}
            delimiter = max(counts, key=lambda sep: counts[sep])
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            header = next(reader, None)
            if header is None:
                raise InputError(f"{path}: the CSV file is empty")
            layout = _csv_layout(path, header, delimiter)
            base: float | None = None
            for row in reader:
                if not row or not any(cell.strip() for cell in row):
                    continue
                stats.records += 1
                stats.where = f"{path}:{reader.line_num}"
                cells = layout.cells(row, stats)
                if cells is None:
                    stats.skip("short row")
                    continue
                kind = _cell(cells, layout.type).lower()
                if layout.type is not None and kind not in _COMMENT_TYPES:
                    stats.skip(f"not danmaku: {kind[:40]}")
                    continue
                when = _csv_time(_cell(cells, layout.time))
                if when is None:
                    stats.skip("bad time")
                    continue
                text = _cell(cells, layout.text)
                if not text:
                    stats.skip("empty text")
                    continue
                if when < ABSOLUTE:
                    if base is None:
                        start = _date_time_seconds(_cell(cells, layout.date), _cell(cells, layout.clock))
                        base = start - when if start is not None else 0.0
                    when += base
                name = _cell(cells, layout.name)
                uid = _cell(cells, layout.uid) or name
                cid = _cell(cells, layout.id) or f"csv-{reader.line_num}"
                yield Comment(cid, when, User(uid, name or uid), text)
        except csv.Error as exc:
            raise InputError(f"{path}:{reader.line_num}: not readable CSV ({exc})") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


# ---------------------------------------------------------------- order, features, entry point


def in_time_order(
    events: Iterable[Event], window: int, stats: RecordingStats, count: bool = False
) -> Iterator[Event]:
    """Events sorted through a buffer of `window` (file order kept among equal times); `count`
    counts them in `stats.events` as they are given.

    The buffer is kept in two sorted parts: the events that came in time order, first in first
    out, and a heap of those that came earlier than one already in the first part. The next event
    out is the earlier of the two heads (by time, then by place in the file), so a recording in
    time order passes through with an append and a pop per event.
    """
    queue: deque[tuple[float, int, Event]] = deque()
    heap: list[tuple[float, int, Event]] = []
    newest = -math.inf
    last = -math.inf
    for seq, event in enumerate(events):
        ts = event.ts
        if ts >= newest:
            newest = ts
            queue.append((ts, seq, event))
        else:
            heapq.heappush(heap, (ts, seq, event))
        if len(queue) + len(heap) <= window:
            continue
        ts, _, out = heapq.heappop(heap) if heap and (not queue or heap[0] < queue[0]) else queue.popleft()
        if ts < last:
            stats.late += 1
            out = replace(out, ts=last)
        else:
            last = ts
        if count:
            stats.events += 1
        yield out
    while queue or heap:
        if count:
            stats.events += 1
        yield (heapq.heappop(heap) if heap and (not queue or heap[0] < queue[0]) else queue.popleft())[2]


def with_features(
    events: Iterable[Event], marks: list[tuple[float, str]], stats: RecordingStats
) -> Iterator[Event]:
    """Feature events merged at their offsets from the first event (before events of the same time)."""
    due: list[tuple[float, str]] | None = None
    index = 0
    for event in events:
        if due is None:
            due = [(event.ts + offset, job) for offset, job in marks]
        while index < len(due) and due[index][0] <= event.ts:
            ts, job = due[index]
            index += 1
            yield Feature(ts, None if job == "-" else job)
        if isinstance(event, End) and index < len(due):
            stats.skip("feature after the end", len(due) - index)
            index = len(due)
        yield event
    if due is None:
        stats.skip("feature in an empty recording", len(marks))
        return
    for ts, job in due[index:]:
        yield Feature(ts, None if job == "-" else job)


_READERS: Final[dict[str, Callable[[Path, RecordingStats], Iterator[Event]]]] = {
    "jsonl": _read_jsonl,
    "bilibili-xml": _read_xml,
    "chat-downloader": _read_chat_downloader,
    "csv": _read_csv,
    "douyin-grab": _read_douyin_grab,
    "wxlivespy": _read_wxlivespy,
}


def _counted(events: Iterable[Event], stats: RecordingStats) -> Iterator[Event]:
    """Pass events through, counting them."""
    for event in events:
        stats.events += 1
        yield event


def read_recording(
    path: Path,
    fmt: str | None = None,
    features: str | None = None,
    stats: RecordingStats | None = None,
    window: int = REORDER_WINDOW,
) -> Iterator[Event]:
    """A recording's events in time order, streamed; `stats` (when given) fills in as it is read.

    The file, the format and the feature spec are checked at once (an `InputError` before the
    first event); a broken line further on raises when the reading gets there.
    """
    marks = parse_features(features) if features else []
    if fmt is not None and fmt not in _READERS:
        raise InputError(f"--format {fmt!r}: not one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(f"{path}: no such recording")
    fmt = fmt or detect_format(path)
    stats = stats if stats is not None else RecordingStats()
    stats.format = fmt
    if fmt == "jsonl":
        # The canonical format is written in time order; a small buffer mends local jitter.
        window = min(window, JSONL_WINDOW)
    events = in_time_order(_READERS[fmt](path, stats), max(1, window), stats, count=not marks)
    if marks:
        return _counted(with_features(events, marks, stats), stats)
    return events
