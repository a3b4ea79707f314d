"""`daigang eval --answers FILE`: does each asker get the fact they asked, under a platform's limits?

An answer set is JSON Lines, one question each, about one catalogue:
`{"featured": "J003", "text": "底薪多少", "state": ["2490"]}` — `state` lists what the answer must
say, any one of them: words (`无夫妻房`, `持叉车证`) or a catalogue field of the job on screen
(`pay.base`, `requirements.other`); `null` when the catalogue lacks the fact (the bot must stay
silent and hand the question to the host). Rows with the same `"burst"` are asked together, a
few tenths of a second apart; every other row is asked alone.

Each question runs through the real room (understanding, facets, merging, the send budget) on a
virtual clock, every post acked at once. An asker is *told the fact* when a post that names them
states it, *told another fact* when a post names them and states something else, and *silent*
when no post names them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from bot.answer.facts import Fact, canteen_facts, dorm_facts, insurance_facts, legitimacy_facts, num
from bot.errors import InputError
from bot.events import Ack, Action, Comment, Feature, Post, Tick, User
from bot.profiles import Profile
from bot.room import Room
from bot.wiring import build_room
from catalog.models import Catalog, Employer, Job, Model

START = 1_764_000_000.0
"""Stream time of the first question (any fixed time: the clock is virtual)."""
SPACING = 60.0
"""Seconds between two scenarios: long enough for every answer, cooldown and repeat window to pass."""
BURST_STEP = 0.15
"""Seconds between two questions of one burst."""


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """One labelled question."""

    line: int
    featured: str | None
    text: str
    state: tuple[str, ...] | None
    burst: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one asker got."""

    row: AnswerRow
    posts: tuple[str, ...]
    stated: bool


@dataclass
class AnswerScore:
    """The figures of one answer set under one profile."""

    source: str
    profile: str
    outcomes: list[Outcome] = field(default_factory=list)

    def _share(self, hits: int, total: int) -> float:
        """hits / total, 1.0 when there is nothing to count."""
        return hits / total if total else 1.0

    @property
    def known(self) -> list[Outcome]:
        """Questions whose fact the catalogue holds."""
        return [o for o in self.outcomes if o.row.state is not None]

    @property
    def missing(self) -> list[Outcome]:
        """Questions whose fact the catalogue lacks."""
        return [o for o in self.outcomes if o.row.state is None]

    @property
    def stated_share(self) -> float:
        """Share of askers of a known fact told that fact."""
        return self._share(sum(o.stated for o in self.known), len(self.known))

    @property
    def other_share(self) -> float:
        """Share of askers of a known fact told something else instead."""
        return self._share(sum(bool(o.posts) and not o.stated for o in self.known), len(self.known))

    @property
    def silent_share(self) -> float:
        """Share of askers of a missing fact who got no post."""
        return self._share(sum(not o.posts for o in self.missing), len(self.missing))

    @property
    def burst_other(self) -> int:
        """Askers in bursts told another fact (the target is none)."""
        return sum(
            1
            for o in self.outcomes
            if o.row.burst is not None and o.posts and (o.row.state is None or not o.stated)
        )


def _where(path: Path, n: int) -> str:
    """FILE:LINE for messages."""
    return f"{path}:{n}"


def load_answer_rows(path: Path) -> list[AnswerRow]:
    """Read an answer set; a bad line is an InputError naming FILE:LINE."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    rows: list[AnswerRow] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj: Any = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{_where(path, n)}: not a JSON object: {exc}") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f'{_where(path, n)}: expected an object with a "text" string')
        state = obj.get("state")
        if state is not None and (
            not isinstance(state, list) or not state or not all(isinstance(s, str) and s for s in state)
        ):
            raise InputError(
                f'{_where(path, n)}: "state" must be a non-empty list of words or fields, or null'
            )
        featured = obj.get("featured")
        burst = obj.get("burst")
        if featured is not None and not isinstance(featured, str):
            raise InputError(f'{_where(path, n)}: "featured" must be a job id or null')
        if burst is not None and not isinstance(burst, str | int):
            raise InputError(f'{_where(path, n)}: "burst" must be a name')
        rows.append(
            AnswerRow(
                n,
                featured,
                obj["text"],
                tuple(state) if state is not None else None,
                str(burst) if burst is not None else None,
            )
        )
    return rows


YES_NO_FACTS: dict[str, Callable[[Job], list[Fact]]] = {
    "dorm": dorm_facts,
    "canteen": canteen_facts,
    "insurance": insurance_facts,
}
"""The sections with yes/no fields, and how their facts are phrased."""


def field_words(job: Job, name: str, employer: Employer | None = None) -> tuple[str, ...] | None:
    """What a job's catalogue field says, as words an answer may hold; None when `name` is no field.

    `employer.direct_hire`, `employer.agency_fee` and the employer's other fields are read from
    `employer` (the job's employer) when it is given, as the answers phrase them."""
    section, _, leaf = name.partition(".")
    if section == "employer" and employer is not None:
        return employer_words(employer, leaf)
    if section not in Job.model_fields:
        return None
    model = getattr(job, section)
    if not leaf:
        # A field of the job itself (`headcount`, `title`): its value, said as the catalogue has it.
        if isinstance(model, bool) or not isinstance(model, int | str):
            return None
        return (num(model),) if isinstance(model, int) else (model,)
    if model is not None and not isinstance(model, Model):
        return None  # a plain value (the job's employer id): no section with fields of its own
    if model is None or leaf not in type(model).model_fields:
        return ()
    said = model.said_of(leaf)
    if said is not None:
        return (said.words,)
    value = getattr(model, leaf)
    if isinstance(value, bool):
        # A yes or no is stated by the catalogue's phrase for it (无夫妻房, 包住, 有公积金).
        said_as = YES_NO_FACTS.get(section)
        return tuple(f.text for f in said_as(job) if f.field == name) if said_as else ()
    if value is None:
        return ()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    if isinstance(value, int | float):
        if value == 0 and leaf in type(model)._money:
            # A sum of nothing is said as the recruiter says it: 住宿免费.
            return (num(value), "免费")
        return (num(value),)
    return (str(value),)


def employer_words(employer: Employer, leaf: str) -> tuple[str, ...] | None:
    """What an employer's field says, as words an answer may hold; None when `leaf` is no field."""
    if leaf not in Employer.model_fields:
        return None
    facts = [f.text for f in legitimacy_facts(employer) if f.field == f"employer.{leaf}"]
    if facts:
        return tuple(facts)
    value = getattr(employer, leaf)
    if value is None or isinstance(value, bool | tuple):
        return ()
    return (str(value),)


def _states(text: str, wanted: Sequence[str], job: Job | None, employer: Employer | None = None) -> bool:
    """Whether a post's text says one of the wanted words or fields."""
    body = text.split(" ", 1)[1] if text.startswith("@") and " " in text else text
    for want in wanted:
        words = field_words(job, want, employer) if job is not None else None
        options = words if words is not None else (want,)
        if any(w and w.lower() in body.lower() for w in options):
            return True
    return False


def _scenarios(rows: list[AnswerRow]) -> list[list[AnswerRow]]:
    """Rows grouped into what is asked together: one burst, or one question alone."""
    out: list[list[AnswerRow]] = []
    bursts: dict[str, list[AnswerRow]] = {}
    for row in rows:
        if row.burst is None:
            out.append([row])
        elif row.burst in bursts:
            bursts[row.burst].append(row)
        else:
            bursts[row.burst] = [row]
            out.append(bursts[row.burst])
    return out


def _drive(room: Room, event: object, now: float, posts: list[Post]) -> None:
    """Handle one event, keep its posts and ack each at once."""
    out: list[Action] = room.handle(event, now)  # type: ignore[arg-type]
    for action in out:
        if isinstance(action, Post):
            posts.append(action)
            room.handle(Ack(now, action.id, True), now)


def score_answers(path: Path, catalog: Catalog, profile: Profile, room: Room | None = None) -> AnswerScore:
    """Run every question of an answer set through a room under `profile` and score what each asker got."""
    rows = load_answer_rows(path)
    jobs = {j.id: j for j in catalog.jobs}
    employers = {e.id: e for e in catalog.employers}
    for row in rows:
        if row.featured is not None and row.featured not in jobs:
            raise InputError(
                f"{_where(path, row.line)}: featured job {row.featured!r} is not in the catalogue"
            )
    room = room or build_room(catalog, profile)
    score = AnswerScore(str(path), profile.name)
    t = START
    for n, scenario in enumerate(_scenarios(rows)):
        posts: list[Post] = []
        featured = scenario[0].featured
        _drive(room, Feature(t, featured), t, posts)
        ids: list[str] = []
        for i, row in enumerate(scenario):
            at = t + 1.0 + i * BURST_STEP
            cid = f"q{n}-{i}"
            ids.append(cid)
            _drive(room, Comment(cid, at, User(f"u{n}-{i}", f"观众{n}x{i}"), row.text), at, posts)
        end = t + SPACING - 5.0
        tick = t
        while tick < end:
            tick += 0.5
            _drive(room, Tick(tick), tick, posts)
        for row, cid in zip(scenario, ids, strict=True):
            # An application's confirmation is its answer (报名3 → 已报名3号 … 每天下午4点面试).
            mine = [p for p in posts if cid in p.reply_to and p.kind in ("answer", "apply")]
            stated = row.state is not None and any(
                _states(p.text, row.state, job, employers.get(job.employer) if job else None)
                for p in mine
                for job in [jobs.get(p.job or row.featured or "")]
            )
            score.outcomes.append(Outcome(row, tuple(p.text for p in mine), stated))
        t += SPACING
    return score


def format_answer_score(score: AnswerScore, misses: bool = True) -> str:
    """The figures as plain text, then every asker not told what they asked."""
    known, missing = score.known, score.missing
    bursts = {o.row.burst for o in score.outcomes if o.row.burst is not None}
    lines = [
        f"Answers of {score.source} under the {score.profile} profile: {len(score.outcomes)} questions "
        f"({len(known)} with the fact in the catalogue, {len(missing)} without; {len(bursts)} bursts)",
        f"states the fact asked: {sum(o.stated for o in known)}/{len(known)} = {score.stated_share:.3f}",
        f"told another fact: {sum(bool(o.posts) and not o.stated for o in known)}/{len(known)}"
        f" = {score.other_share:.3f}",
        f"stayed silent on a missing fact: {sum(not o.posts for o in missing)}/{len(missing)}"
        f" = {score.silent_share:.3f}",
        f"askers in bursts told another fact: {score.burst_other}",
    ]
    if misses:
        wrong = [o for o in score.outcomes if _missed(o)]
        lines.append(f"Misses: {len(wrong)}")
        for o in wrong:
            want = "nothing (missing)" if o.row.state is None else " | ".join(o.row.state)
            got = " / ".join(o.posts) if o.posts else "no post"
            lines.append(f"  line {o.row.line}: {o.row.text!r} on {o.row.featured}: wanted {want}; got {got}")
    return "\n".join(lines) + "\n"


def _missed(o: Outcome) -> bool:
    """An asker not told what they asked: no post or another fact for a known fact; any post for a
    missing one."""
    if o.row.state is None:
        return bool(o.posts)
    return not o.stated
