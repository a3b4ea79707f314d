"""Figures across streams (a date range, optionally one employer): pure, from per-stream figures.

range.json holds `RangeFigures`: `since`/`until` (epoch seconds or null), `employer` (the filter or
null), `totals`, `streams` (one row per stream), `employers` and `jobs` (summed over the streams,
with `over_time`: one row per stream for satisfaction and results over time), `applications`.
Conversion across streams = applicants summed over streams ÷ askers summed over streams.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.report.model import ApplicationRow, Figures


@dataclass(frozen=True, slots=True)
class StreamRow:
    """One stream in the range."""

    session: str
    title: str | None
    start: float
    length_s: float
    comments: int
    speakers: int
    questions: int
    answered_share: float | None
    applications: int
    poll_voters: int
    poll_share: float | None
    feedback_mean: float | None


@dataclass(frozen=True, slots=True)
class EmployerStream:
    """One employer in one stream: results and satisfaction at that time."""

    session: str
    start: float
    on_screen_s: float
    questions: int
    askers: int
    applications: int
    conversion: float | None
    feedback_mean: float | None
    feedback_comments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmployerRange:
    """One employer over every stream of the range."""

    employer: str
    name: str
    streams: int
    on_screen_s: float
    questions: int
    askers: int
    applications: int
    conversion: float | None
    feedback_count: int
    feedback_mean: float | None
    over_time: tuple[EmployerStream, ...]


@dataclass(frozen=True, slots=True)
class JobRange:
    """One job (by employer and id) over every stream of the range."""

    employer: str
    job: str
    number: int | None
    title: str
    streams: int
    on_screen_s: float
    questions: int
    askers: int
    applications: int
    conversion: float | None
    missing_facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RangeApplication:
    """One application in the range, with the stream it came from."""

    session: str
    application: ApplicationRow


@dataclass(frozen=True, slots=True)
class RangeTotals:
    """The range as a whole."""

    streams: int
    length_s: float
    comments: int
    questions: int
    applications: int
    poll_voters: int
    poll_share: float | None
    feedback_count: int
    feedback_mean: float | None


@dataclass(frozen=True, slots=True)
class RangeFigures:
    """Every figure of a cross-stream report."""

    since: float | None
    until: float | None
    employer: str | None
    totals: RangeTotals
    streams: tuple[StreamRow, ...]
    employers: tuple[EmployerRange, ...]
    jobs: tuple[JobRange, ...]
    applications: tuple[RangeApplication, ...]


def _share(part: int, whole: int) -> float | None:
    """part ÷ whole to three places, or None when whole is 0."""
    return round(part / whole, 3) if whole else None


def _mean(values: Sequence[float]) -> float | None:
    """The mean to two places, or None for no values."""
    return round(statistics.fmean(values), 2) if values else None


def _employer_ranges(figs: Sequence[Figures], employer: str | None) -> tuple[EmployerRange, ...]:
    """Each employer's results summed over the streams, with one row per stream."""
    rows: dict[str, list[EmployerStream]] = defaultdict(list)
    names: dict[str, str] = {}
    scores: dict[str, list[int]] = defaultdict(list)
    for f in figs:
        for e in f.employers:
            if employer is not None and e.employer != employer:
                continue
            names[e.employer] = e.name
            scores[e.employer] += [r.score for r in f.feedback.entries if r.employer == e.employer]
            rows[e.employer].append(
                EmployerStream(
                    session=f.stream.session,
                    start=f.stream.start,
                    on_screen_s=e.on_screen_s,
                    questions=e.questions,
                    askers=e.askers,
                    applications=e.applications,
                    conversion=e.conversion,
                    feedback_mean=e.feedback_mean,
                    feedback_comments=e.feedback_comments,
                )
            )
    out: list[EmployerRange] = []
    for eid, streams in rows.items():
        askers = sum(s.askers for s in streams)
        applicants = sum(e.applicants for f in figs for e in f.employers if e.employer == eid)
        out.append(
            EmployerRange(
                employer=eid,
                name=names[eid],
                streams=len(streams),
                on_screen_s=round(sum(s.on_screen_s for s in streams), 1),
                questions=sum(s.questions for s in streams),
                askers=askers,
                applications=sum(s.applications for s in streams),
                conversion=_share(applicants, askers),
                feedback_count=len(scores[eid]),
                feedback_mean=_mean(scores[eid]),
                over_time=tuple(streams),
            )
        )
    return tuple(sorted(out, key=lambda e: (-e.applications, e.employer)))


def _job_ranges(figs: Sequence[Figures], employer: str | None) -> tuple[JobRange, ...]:
    """Each job's results summed over the streams (named as in the latest stream that had it)."""
    groups: dict[tuple[str, str], list[tuple[Figures, int]]] = defaultdict(list)
    for f in figs:
        for i, j in enumerate(f.jobs):
            if employer is None or j.employer == employer:
                groups[(j.employer, j.job)].append((f, i))
    out: list[JobRange] = []
    for (eid, jid), seen in groups.items():
        jobs = [f.jobs[i] for f, i in seen]
        latest = jobs[-1]
        askers = sum(j.askers for j in jobs)
        applications = sum(j.applications for j in jobs)
        facts = tuple(dict.fromkeys(fact for j in jobs for fact in j.missing_facts))
        out.append(
            JobRange(
                employer=eid,
                job=jid,
                number=latest.number,
                title=latest.title,
                streams=len(jobs),
                on_screen_s=round(sum(j.on_screen_s for j in jobs), 1),
                questions=sum(j.questions for j in jobs),
                askers=askers,
                applications=applications,
                conversion=_share(applications, askers),
                missing_facts=facts,
            )
        )
    return tuple(
        sorted(out, key=lambda j: (j.employer, j.number if j.number is not None else 1 << 30, j.job))
    )


def combine(
    figs: Sequence[Figures], since: float | None, until: float | None, employer: str | None
) -> RangeFigures:
    """The cross-stream figures of these streams (oldest first), for one employer or all."""
    if employer is not None:
        figs = [f for f in figs if any(e.employer == employer for e in f.employers)]
    streams = tuple(
        StreamRow(
            session=f.stream.session,
            title=f.stream.title,
            start=f.stream.start,
            length_s=f.stream.length_s,
            comments=f.stream.comments,
            speakers=f.stream.speakers,
            questions=f.questions.total,
            answered_share=f.questions.answered_share,
            applications=len(f.applications),
            poll_voters=f.poll.voters,
            poll_share=f.poll.satisfied_share,
            feedback_mean=f.feedback.mean_score,
        )
        for f in figs
    )
    applications = tuple(
        RangeApplication(f.stream.session, a)
        for f in figs
        for a in f.applications
        if employer is None or a.employer == employer
    )
    yes = sum(f.poll.satisfied for f in figs)
    no = sum(f.poll.unsatisfied for f in figs)
    scores = [r.score for f in figs for r in f.feedback.entries if employer is None or r.employer == employer]
    totals = RangeTotals(
        streams=len(streams),
        length_s=round(sum(s.length_s for s in streams), 1),
        comments=sum(s.comments for s in streams),
        questions=sum(s.questions for s in streams),
        applications=len(applications),
        poll_voters=sum(f.poll.voters for f in figs),
        poll_share=_share(yes, yes + no),
        feedback_count=len(scores),
        feedback_mean=_mean(scores),
    )
    return RangeFigures(
        since=since,
        until=until,
        employer=employer,
        totals=totals,
        streams=streams,
        employers=_employer_ranges(figs, employer),
        jobs=_job_ranges(figs, employer),
        applications=applications,
    )
