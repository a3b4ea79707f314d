"""The review report's figures against counts taken straight from the recording file.

The expected side never uses the bot's code: the recording is read with `json`, the catalogue with
`yaml`, and application commands and poll votes are recognised by the small grammar below, written
from the contracts (报名N / 我要报名N号 / 报N / N号报名, Chinese numerals too; 满意扣1 不满意扣2).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, SEEDS

STREAMS = Path(__file__).parent / "data" / "streams"
CATALOG = SEEDS / "catalog.yaml"
POLL = "00:36:00-00:40:00"
POLL_OPEN, POLL_CLOSE = 36 * 60.0, 40 * 60.0
RECORDINGS = {"seed": SEEDS / "stream.jsonl", "edge": STREAMS / "edge.jsonl"}
"""The seed stream, and a small hand-written one with the awkward cases: a comment delivered twice, a
full job, an under-16 applicant, an unknown job number, a command said twice, a question glued to a
command, votes before, during and after the poll, a viewer changing their vote, a repeated vote."""

_CN_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_N = r"[0-9]{1,3}|[零一二两三四五六七八九十]{1,3}"
_COMMANDS = (
    re.compile(rf"(?:我\s*)?(?:要\s*)?报名\s*(?:#\s*)?(?P<n>{_N})(?:\s*号)?"),
    re.compile(rf"(?:我\s*)?报\s*(?:#\s*)?(?P<n>{_N})(?:\s*号)?"),
    re.compile(rf"(?P<n>{_N})\s*号\s*报名"),
)
_AGE = re.compile(rf"(?P<a>{_N})\s*周?岁|今年\s*(?P<b>{_N})")
_EMOTE = re.compile(r"\[[^\]\[]{1,8}\]")
_TAIL = re.compile(r"[\W_]+$")
_VOTE = re.compile(r"^(?:扣|打)?\s*([12])(?:\s*(?:扣|打)?\s*\1)*$")


def cn_number(text: str) -> int | None:
    """Digits or a Chinese numeral below 100 (三, 十二, 二十, 三十一) as an int, else None."""
    if text.isdigit():
        return int(text)
    tens, sep, ones = text.partition("十")
    if not sep:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    high = 1 if not tens else _CN_DIGITS.get(tens) if len(tens) == 1 else None
    low = 0 if not ones else _CN_DIGITS.get(ones) if len(ones) == 1 else None
    return None if high is None or low is None else high * 10 + low


def _clean(text: str) -> str:
    """A comment as typed, in half-width forms, without emote codes and trailing signs or emoji."""
    text = unicodedata.normalize("NFKC", text)
    return _TAIL.sub("", _EMOTE.sub("", text)).strip()


def application_command(text: str) -> tuple[int, int | None] | None:
    """(job number, age the viewer states) when the comment is an application command, else None.

    The command leads the comment, may be said twice in a row (报名3报名3), and may be followed by
    words of its own after a space (报名3 谢谢主播, 报名3 我今年15); anything glued to it
    (三号报名了多久有回复) makes the line something else.
    """
    line = _clean(text)
    for pattern in _COMMANDS:
        match = pattern.match(line)
        if match is None:
            continue
        job = cn_number(match.group("n"))
        if job is None:
            return None
        rest = line[match.end() :]
        again = pattern.match(rest)
        while again is not None and cn_number(again.group("n")) == job:
            rest = rest[again.end() :]
            again = pattern.match(rest)
        if rest and not (rest[0].isspace() or rest[0] in ",，、"):
            return None
        age = _AGE.search(rest)
        return job, (cn_number(age.group("a") or age.group("b")) if age else None)
    return None


def poll_vote(text: str) -> int | None:
    """The choice of a poll answer (1, 111, 扣1, 扣2, 扣1扣1), else None."""
    match = _VOTE.match(_clean(text))
    return int(match.group(1)) if match else None


@dataclass
class Expected:
    """What the recording itself says about one stream."""

    comments: int = 0
    speakers: int = 0
    length_s: float = 0.0
    enters: int = 0
    likes: int = 0
    gifts: int = 0
    viewer_readings: int = 0
    viewers_peak: int | None = None
    applications: Counter[str] = field(default_factory=Counter)
    applicants: set[tuple[str, str]] = field(default_factory=set)
    refusals: Counter[str] = field(default_factory=Counter)
    votes: dict[str, tuple[float, int]] = field(default_factory=dict)


def expected_from(recording: Path, catalog: Path) -> Expected:
    """Count everything the report should show, from the recording and catalogue files alone."""
    frames = [json.loads(line) for line in recording.read_text(encoding="utf-8").splitlines() if line.strip()]
    jobs = {job["number"]: job for job in yaml.safe_load(catalog.read_text(encoding="utf-8"))["jobs"]}
    first = frames[0]["ts"]
    out = Expected(length_s=frames[-1]["ts"] - first)
    seen: set[str] = set()
    speakers: set[str] = set()
    taken: Counter[str] = Counter()
    for frame in frames:
        kind = frame["type"]
        if kind == "enter":
            out.enters += 1
        elif kind == "like":
            out.likes += frame["count"]
        elif kind == "gift":
            out.gifts += frame["count"]
        elif kind == "viewers":
            out.viewer_readings += 1
            out.viewers_peak = max(out.viewers_peak or 0, frame["count"])
        if kind != "comment" or frame["id"] in seen:
            continue
        seen.add(frame["id"])
        user = frame["user"]["id"]
        speakers.add(user)
        in_poll = POLL_OPEN <= frame["ts"] - first < POLL_CLOSE
        choice = poll_vote(frame["text"]) if in_poll else None
        if choice is not None:
            out.votes.setdefault(user, (frame["ts"], choice))
            continue
        command = application_command(frame["text"])
        if command is None:
            continue
        number, age = command
        job = jobs.get(number)
        if job is None:
            out.refusals["unknown_job"] += 1
        elif age is not None and age < 16:
            out.refusals["under_age"] += 1
        elif (user, job["id"]) in out.applicants:
            pass
        elif job.get("headcount") is not None and taken[job["id"]] >= job["headcount"]:
            out.refusals["full"] += 1
        else:
            taken[job["id"]] += 1
            out.applicants.add((user, job["id"]))
            out.applications[job["id"]] += 1
    out.comments = len(seen)
    out.speakers = len(speakers)
    return out


@dataclass(frozen=True)
class Replayed:
    """One recording replayed into its own SQLite file, and the report written from it."""

    recording: Path
    db: Path
    session: str
    report: dict[str, Any]
    csv_rows: list[dict[str, str]]


def _run(args: list[str]) -> None:
    """Run one `daigang` command in a subprocess; fail with its output if it fails."""
    env = dict(os.environ)
    env.pop("DAIGANG_CRASH_AFTER", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module", params=sorted(RECORDINGS))
def replayed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Replayed:
    """Replay a recording with the poll at 36–40 minutes into SQLite and write its report."""
    recording = RECORDINGS[request.param]
    tmp = tmp_path_factory.mktemp(f"counts-{request.param}")
    db = tmp / "store.db"
    _run(["replay", str(recording), "--catalog", str(CATALOG), "--db", str(db), "--quiet", "--poll", POLL])
    _run(["report", "--db", str(db), "--out", str(tmp / "report")])
    report = json.loads((tmp / "report" / "report.json").read_text(encoding="utf-8"))
    with (tmp / "report" / "applications.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return Replayed(recording, db, report["stream"]["session"], report, rows)


def query(r: Replayed, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a query on the replay's database, for its session (the one `?`)."""
    with sqlite3.connect(r.db) as conn:
        return conn.execute(sql, (r.session,)).fetchall()


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("报名3", (3, None)),
        ("我要报名3号", (3, None)),
        ("报3", (3, None)),
        ("3号报名", (3, None)),
        ("三号报名", (3, None)),
        ("我要报名二十二号", (22, None)),
        ("报名三十一", (31, None)),
        ("四十一号报名", (41, None)),
        ("报名十", (10, None)),
        ("报名#14", (14, None)),
        ("报名 16", (16, None)),
        ("5号 报名", (5, None)),
        ("我报5号", (5, None)),
        ("报名３！", (3, None)),
        ("报名1报名1", (1, None)),
        ("报名1 谢谢主播", (1, None)),
        ("4号报名 干过8年设备", (4, None)),
        ("报名3 我今年15", (3, 15)),
        ("报名3 我十五岁", (3, 15)),
        ("报名十二号[doge]", (12, None)),
        ("三号报名了多久有回复？？🥺🥺", None),
        ("报名要交钱吗", None),
        ("报名之后呢?", None),
        ("已报名", None),
        ("我15岁能报名吗", None),
        ("怎么报名 在哪面试", None),
        ("报名一下", None),
        ("报名1报名2", None),
        ("3号宿舍远吗", None),
    ],
)
def test_the_expected_side_reads_commands_as_viewers_mean_them(
    text: str, command: tuple[int, int | None] | None
) -> None:
    """The test's own grammar takes application commands in their spoken forms and nothing else."""
    assert application_command(text) == command


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("1", 1),
        ("11111", 1),
        ("扣1", 1),
        ("扣1扣1", 1),
        ("2", 2),
        ("22", 2),
        ("扣2", 2),
        ("+1", None),
        ("12", None),
        ("报名1", None),
        ("扣3", None),
    ],
)
def test_the_expected_side_reads_poll_votes(text: str, choice: int | None) -> None:
    """The test's own grammar takes 1/扣1/111 and 2/扣2 as votes, and nothing else."""
    assert poll_vote(text) == choice


def test_stream_figures_equal_the_recording(replayed: Replayed) -> None:
    """Comments, speakers, length, enters, likes, gifts and viewer readings equal the frames' counts."""
    want = expected_from(replayed.recording, CATALOG)
    stream = replayed.report["stream"]
    assert stream["comments"] == want.comments
    assert stream["speakers"] == want.speakers
    assert stream["length_s"] == pytest.approx(want.length_s, abs=0.051)
    assert stream["enters"] == want.enters
    assert stream["likes"] == want.likes
    assert stream["gifts"] == want.gifts
    assert stream["viewer_readings"] == want.viewer_readings
    assert stream["viewers_peak"] == want.viewers_peak
    assert stream["ended"] is True


def test_questions_by_intent_equal_the_stored_questions_and_sum_to_the_total(replayed: Replayed) -> None:
    """Per intent the report counts exactly the questions table's rows; the intents add up to the total."""
    questions = replayed.report["questions"]
    stored = dict(query(replayed, "SELECT intent, COUNT(*) FROM questions WHERE session = ? GROUP BY intent"))
    reported = {row["intent"]: row["questions"] for row in questions["by_intent"] if row["questions"]}
    assert reported == stored
    assert sum(row["questions"] for row in questions["by_intent"]) == questions["total"]
    assert questions["total"] == sum(stored.values())
    askers = query(replayed, "SELECT COUNT(DISTINCT user_id) FROM questions WHERE session = ?")[0][0]
    assert questions["askers"] == askers


def test_every_stored_application_is_a_command_of_that_viewer_in_the_recording(replayed: Replayed) -> None:
    """Each application points at a comment of the same viewer naming that job; none over headcount."""
    frames = [json.loads(line) for line in replayed.recording.read_text(encoding="utf-8").splitlines()]
    comments = {f["id"]: f for f in frames if f["type"] == "comment"}
    catalog = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))
    numbers = {job["id"]: job["number"] for job in catalog["jobs"]}
    headcount = {job["id"]: job.get("headcount") for job in catalog["jobs"]}
    stored = query(replayed, "SELECT comment_id, user_id, job FROM applications WHERE session = ?")
    assert stored
    for comment_id, user, job in stored:
        frame = comments[comment_id]
        assert frame["user"]["id"] == user
        command = application_command(frame["text"])
        assert command is not None, frame["text"]
        assert command[0] == numbers[job]
    per_job = Counter(job for _, _, job in stored)
    assert all(headcount[job] is None or n <= headcount[job] for job, n in per_job.items())
    reported = {j["job"]: j["applications"] for j in replayed.report["jobs"] if j["applications"]}
    assert reported == dict(per_job)
    assert len(replayed.report["applications"]) == len(stored) == len(replayed.csv_rows)
    for employer in replayed.report["employers"]:
        assert employer["applications"] == sum(per_job[job] for job in employer["jobs"])


def test_applications_per_job_equal_the_commands_in_the_recording(replayed: Replayed) -> None:
    """First command per viewer and job, without under-16s and beyond headcount: per job and in total."""
    want = expected_from(replayed.recording, CATALOG)
    jobs = {j["job"]: j["applications"] for j in replayed.report["jobs"] if j["applications"]}
    assert jobs == dict(want.applications)
    stored = set(query(replayed, "SELECT user_id, job FROM applications WHERE session = ?"))
    assert stored == want.applicants
    assert len(replayed.report["applications"]) == want.applications.total()
    assert {k: v for k, v in replayed.report["refusals"].items() if v} == dict(want.refusals)


def test_poll_figures_equal_the_stored_votes(replayed: Replayed) -> None:
    """The poll's voters and choices in the report are the votes table's, one per viewer."""
    poll = replayed.report["poll"]
    votes = query(replayed, "SELECT user_id, choice FROM votes WHERE session = ?")
    assert len({user for user, _ in votes}) == len(votes) == poll["voters"]
    assert poll["satisfied"] == sum(1 for _, c in votes if c == 1)
    assert poll["unsatisfied"] == sum(1 for _, c in votes if c == 2)
    assert poll["voters"] == poll["satisfied"] + poll["unsatisfied"]


def test_poll_votes_equal_the_first_answer_of_each_viewer_in_the_window(replayed: Replayed) -> None:
    """One vote per viewer between 36 and 40 minutes, the first answer counting: voters and choices."""
    want = expected_from(replayed.recording, CATALOG)
    choices = Counter(choice for _, choice in want.votes.values())
    poll = replayed.report["poll"]
    assert poll["voters"] == len(want.votes)
    assert (poll["satisfied"], poll["unsatisfied"]) == (choices[1], choices[2])
    rows = query(replayed, "SELECT user_id, ts, choice FROM votes WHERE session = ?")
    stored = {user: (ts, choice) for user, ts, choice in rows}
    assert stored == want.votes
