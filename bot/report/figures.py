"""Figures of one stream from its stored records: pure, no I/O, no clock.

Definitions used throughout the report:
- the stream runs from its first record to StreamEnded (else its last record);
- a question is one asker on one intent (QuestionOpened); it is answered by the first post that
  closed it (QuestionAnswered) and its answer time runs from the question to that post;
- p90 is by nearest rank (the smallest time at least 90% of answers took);
- a job's time on screen runs from each FeatureChanged to the next one or the end;
- conversion = distinct applicants ÷ distinct viewers who asked about the job (or employer);
- everything a viewer or employer typed is masked again (phone and ID numbers).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.events import CommentSeen, QuestionAnswered, QuestionOpened, QuestionQueued
from bot.labels import HOST_REASONS
from bot.privacy import mask
from bot.report.fmt import REPORT_TZ
from bot.report.model import (
    ApplicationRow,
    EmployerFigures,
    FeatureSpan,
    FeedbackFigures,
    FeedbackRow,
    Figures,
    GapFigures,
    GapRow,
    HostGroup,
    IntentRow,
    JobFigures,
    JobQuestions,
    MinuteRow,
    MissingFact,
    PlatformRow,
    PollFigures,
    PollRow,
    PostFigures,
    QuestionFigures,
    StreamFigures,
)
from bot.stats import percentile
from bot.store import SessionRecords
from bot.understand.result import INTENTS
from catalog.models import Catalog, Employer, Job

INTENT_ORDER: tuple[str, ...] = (*INTENTS, "other")
"""Intents in the order the report lists them (SPEC §3, then `other`)."""

POST_KINDS: tuple[str, ...] = ("answer", "card", "apply", "poll", "host", "other")
"""Every kind of post, in report order."""

UNANSWERED_REASONS: tuple[str, ...] = (*HOST_REASONS, "unhandled")
"""Why a question went unanswered: the queue's reasons (bot.labels), and `unhandled` (never queued)."""

BY_TEXT: frozenset[str] = frozenset({"unknown", "misread", "other"})
"""Reasons whose questions are grouped by their wording (the rest by the room's queue key)."""

MAX_EXAMPLES = 3
"""Example texts kept per missing fact."""

MAX_VIEWERS = 5
"""Viewer names kept per group of host questions."""


def _r(x: float, digits: int = 1) -> float:
    """A float rounded for the report (stable output)."""
    return round(x, digits)


def _share(part: int, whole: int) -> float | None:
    """part ÷ whole to three places, or None when whole is 0."""
    return round(part / whole, 3) if whole else None


def p90(values: list[float]) -> float | None:
    """The 90th percentile by nearest rank, or None for no values."""
    return percentile(values, 0.9)


def group_key(text: str) -> str:
    """What makes two questions the same for grouping: letters and digits only, lower case."""
    key = "".join(c for c in text.lower() if c.isalnum())
    return key or text


@dataclass(slots=True)
class _CommentPass:
    """What one pass over the (possibly millions of) comments keeps."""

    count: int
    spam: int
    speakers: int
    per_second: Counter[int]
    first: float | None
    last: float | None
    mentions: Counter[str]
    texts: dict[str, str]
    by_platform: Counter[str]
    platform_of: dict[str, str]
    """The platform of each comment that asked a question (when one bot read several sources)."""


def _scan_comments(comments: Iterable[CommentSeen], wanted: set[str], asked: set[str]) -> _CommentPass:
    """Count comments by second, job and platform, collect speakers, keep the texts of `wanted`
    comments and the platforms of `asked` ones."""
    count = spam = 0
    speakers: set[str] = set()
    per_second: Counter[int] = Counter()
    mentions: Counter[str] = Counter()
    texts: dict[str, str] = {}
    by_platform: Counter[str] = Counter()
    platform_of: dict[str, str] = {}
    first: float | None = None
    last: float | None = None
    for c in comments:
        count += 1
        if c.platform:
            by_platform[c.platform] += 1
            if c.comment_id in asked:
                platform_of[c.comment_id] = c.platform
        if c.spam:
            spam += 1
        speakers.add(c.user_id)
        per_second[math.floor(c.ts)] += 1
        if c.job is not None:
            mentions[c.job] += 1
        if c.comment_id in wanted:
            texts[c.comment_id] = mask(c.text)
        if first is None or c.ts < first:
            first = c.ts
        if last is None or c.ts > last:
            last = c.ts
    return _CommentPass(
        count, spam, len(speakers), per_second, first, last, mentions, texts, by_platform, platform_of
    )


def _feature_spans(rec: SessionRecords, start: float, end: float) -> list[FeatureSpan]:
    """The stretches of time each job was on screen, clipped to the stream."""
    changes = sorted(rec.features, key=lambda f: f.ts)
    spans: list[FeatureSpan] = []
    for i, f in enumerate(changes):
        until = changes[i + 1].ts if i + 1 < len(changes) else end
        a, b = max(f.ts, start), min(until, end)
        if b > a:
            spans.append(FeatureSpan(a, b, f.job))
    return spans


def _featured_in(spans: list[FeatureSpan], a: float, b: float) -> str | None:
    """The job on screen longest between a and b (None if nothing was)."""
    best: str | None = None
    best_len = 0.0
    share: dict[str | None, float] = defaultdict(float)  # job -> seconds on screen
    for s in spans:
        overlap = min(s.end, b) - max(s.start, a)
        if overlap > 0:
            share[s.job] += overlap
    for job, length in share.items():
        if length > best_len:
            best, best_len = job, length
    return best


@dataclass(frozen=True, slots=True)
class _Ctx:
    """Lookups shared by the parts of the computation."""

    rec: SessionRecords
    catalog: Catalog
    cp: _CommentPass
    q_by_id: dict[str, QuestionOpened]
    answers: dict[str, QuestionAnswered]
    queued: dict[str, QuestionQueued]
    start: float
    end: float
    minutes: int
    spans: list[FeatureSpan]
    job_order: list[str]
    jobs_by_id: dict[str, Job]
    employers_by_id: dict[str, Employer]

    def minute_of(self, ts: float) -> int:
        """The timeline minute of a time."""
        return min(self.minutes - 1, max(0, int((ts - self.start) // 60)))

    def job_number(self, job: str | None) -> int | None:
        """The on-screen number of a job, if the catalogue has it."""
        j = self.jobs_by_id.get(job or "")
        return j.number if j else None


def _span(rec: SessionRecords, cp: _CommentPass) -> tuple[float, float]:
    """The stream's start and end: first record to StreamEnded (else the last record)."""
    stamps: list[float] = [
        x.ts
        for group in (
            rec.questions,
            rec.answers,
            rec.queued,
            rec.posts,
            rec.applications,
            rec.refusals,
            rec.polls,
            rec.votes,
            rec.features,
            rec.audience,
            rec.acks,
            rec.ends,
            rec.counters,
        )
        for x in group
    ]
    stamps += [g.start for g in rec.gaps] + [g.ts for g in rec.gaps]
    if cp.first is not None and cp.last is not None:
        stamps += [cp.first, cp.last]
    start = min(stamps) if stamps else rec.info.started
    end = max(e.ts for e in rec.ends) if rec.ends else (max(stamps) if stamps else start)
    return start, max(end, start)


def _timeline(c: _Ctx) -> tuple[MinuteRow, ...]:
    """Comments, questions, applications, viewers and the featured job per minute."""
    comments = [0] * c.minutes
    for sec, n in c.cp.per_second.items():
        comments[c.minute_of(sec)] += n
    questions = [0] * c.minutes
    for q in c.rec.questions:
        questions[c.minute_of(q.ts)] += 1
    apps = [0] * c.minutes
    for app in c.rec.applications:
        apps[c.minute_of(app.ts)] += 1
    viewers: dict[int, int] = {}
    for a in c.rec.audience:
        if a.kind == "viewers":
            m = c.minute_of(a.ts)
            viewers[m] = max(viewers.get(m, 0), a.count)
    return tuple(
        MinuteRow(
            minute=m,
            start=c.start + 60 * m,
            comments=comments[m],
            questions=questions[m],
            applications=apps[m],
            viewers=viewers.get(m),
            featured=_featured_in(c.spans, c.start + 60 * m, min(c.end, c.start + 60 * m + 60)),
        )
        for m in range(c.minutes)
    )


def _stream(c: _Ctx, timeline: tuple[MinuteRow, ...]) -> StreamFigures:
    """The stream as a whole."""
    rec, cp = c.rec, c.cp
    stream = c.catalog.stream
    readings = [a.count for a in rec.audience if a.kind == "viewers"]
    peak = max((m.comments for m in timeline), default=0)
    date_given = stream.date if stream and stream.date else None
    platform_given = stream.platform if stream and stream.platform else None
    return StreamFigures(
        session=rec.info.id,
        title=stream.title if stream else None,
        host=stream.host if stream else None,
        platform=platform_given or rec.info.platform,
        source=rec.info.source,
        start=c.start,
        end=c.end,
        ended=bool(rec.ends),
        length_s=_r(c.end - c.start),
        comments=cp.count,
        speakers=cp.speakers,
        spam_comments=cp.spam,
        peak_per_minute=peak,
        peak_minute=next((m.minute for m in timeline if m.comments == peak), None) if cp.count else None,
        viewers_peak=max(readings) if readings else None,
        viewers_mean=_r(statistics.fmean(readings)) if readings else None,
        viewer_readings=len(readings),
        enters=sum(1 for a in rec.audience if a.kind == "enter"),
        gifts=sum(a.count for a in rec.audience if a.kind == "gift"),
        likes=sum(a.count for a in rec.audience if a.kind == "like"),
        date=date_given or datetime.fromtimestamp(c.start, REPORT_TZ).strftime("%Y-%m-%d"),
        date_from="catalog" if date_given else "recording",
        platform_from="catalog" if platform_given else "profile",
        profile=rec.info.platform,
    )


def _reason(c: _Ctx, qid: str) -> str:
    """Why an unanswered question went unanswered."""
    qq = c.queued.get(qid)
    return qq.reason if qq else "unhandled"


def _questions(c: _Ctx) -> QuestionFigures:
    """What viewers asked and how they were served."""
    questions, answers = c.rec.questions, c.answers
    done = [q for q in questions if q.qid in answers]
    latencies = [max(0.0, answers[q.qid].ts - q.ts) for q in done]
    answered_by: Counter[str] = Counter(answers[q.qid].by for q in done)
    intents = list(INTENT_ORDER) + sorted({q.intent for q in questions} - set(INTENT_ORDER))
    by_intent = tuple(
        IntentRow(
            intent=i,
            questions=sum(1 for q in questions if q.intent == i),
            askers=len({q.user_id for q in questions if q.intent == i}),
            answered=sum(1 for q in done if q.intent == i),
        )
        for i in intents
    )
    job_q: Counter[str | None] = Counter(q.job for q in questions)
    job_answered: Counter[str | None] = Counter(q.job for q in done)
    by_job = tuple(
        JobQuestions(job=j, questions=job_q[j], answered=job_answered[j])
        for j in [*c.job_order, None]
        if job_q[j] or j is not None
    )
    served: list[int] = []
    for p in c.rec.posts:
        askers = {c.q_by_id[qid].user_id for qid in p.questions if qid in c.q_by_id}
        if askers:
            served.append(len(askers))
    reasons = Counter(_reason(c, q.qid) for q in questions if q.qid not in answers)
    worst = p90(latencies)
    return QuestionFigures(
        total=len(questions),
        askers=len({q.user_id for q in questions}),
        answered=len(done),
        answered_share=_share(len(done), len(questions)),
        answered_by={k: answered_by[k] for k in ("bot", "card", "host")},
        median_answer_s=_r(statistics.median(latencies)) if latencies else None,
        p90_answer_s=_r(worst) if worst is not None else None,
        posts_serving=len(served),
        askers_per_post_mean=_r(statistics.fmean(served), 2) if served else None,
        askers_per_post_max=max(served, default=0),
        unanswered=len(questions) - len(done),
        unanswered_by_reason={r: reasons[r] for r in UNANSWERED_REASONS},
        by_intent=by_intent,
        by_job=by_job,
    )


def _missing_facts(c: _Ctx) -> tuple[MissingFact, ...]:
    """Facts the catalogue lacks, from every question queued as `missing` (answered later or not)."""
    groups: dict[tuple[str | None, str, str], list[QuestionOpened]] = defaultdict(list)
    for qid, qq in c.queued.items():
        q = c.q_by_id.get(qid)
        if qq.reason == "missing" and q is not None:
            groups[(q.job if q.job is not None else qq.job, qq.fact or q.intent, q.intent)].append(q)
    jobs = c.jobs_by_id
    facts = [
        MissingFact(
            job=job,
            number=c.job_number(job),
            title=jobs[job].title if job in jobs else None,
            employer=jobs[job].employer if job in jobs else None,
            fact=mask(fact),
            intent=intent,
            askers=len({q.user_id for q in qs}),
            questions=len(qs),
            answered_by_host=sum(1 for q in qs if q.qid in c.answers),
            examples=tuple(dict.fromkeys(c.cp.texts[q.comment_id] for q in qs if q.comment_id in c.cp.texts))[
                :MAX_EXAMPLES
            ],
        )
        for (job, fact, intent), qs in groups.items()
    ]
    never = 1 << 30
    return tuple(
        sorted(facts, key=lambda m: (-m.askers, never if m.number is None else m.number, m.job or "", m.fact))
    )


def _employer_named(c: _Ctx, qs: list[QuestionOpened]) -> str | None:
    """The catalogue employer a group of questions names without naming one job, by name."""
    if any(q.job is not None for q in qs):
        return None
    named = next((q.employer for q in qs if q.employer is not None), None)
    employer = c.employers_by_id.get(named or "")
    return employer.name if employer is not None else None


def _host_questions(c: _Ctx) -> tuple[HostGroup, ...]:
    """Unanswered questions (other than missing facts) grouped by what they ask."""
    groups: dict[tuple[str, str, str | None, str], list[QuestionOpened]] = defaultdict(list)
    for q in c.rec.questions:
        if q.qid in c.answers:
            continue
        reason = _reason(c, q.qid)
        if reason == "missing":
            continue
        if reason in BY_TEXT:
            what = group_key(c.cp.texts.get(q.comment_id, ""))
        else:
            queued = c.queued.get(q.qid)
            what = queued.key if queued is not None and reason == "which_job" else ""
        groups[(reason, q.intent, q.job, what)].append(q)
    found = [
        HostGroup(
            reason=reason,
            intent=intent,
            job=job,
            employer=_employer_named(c, qs),
            text=next((c.cp.texts[q.comment_id] for q in qs if q.comment_id in c.cp.texts), ""),
            askers=len({q.user_id for q in qs}),
            questions=len(qs),
            first_ts=min(q.ts for q in qs),
            viewers=tuple(dict.fromkeys(mask(q.user_name) for q in qs))[:MAX_VIEWERS],
        )
        for (reason, intent, job, _), qs in groups.items()
    ]
    return tuple(
        sorted(found, key=lambda g: (UNANSWERED_REASONS.index(g.reason), -g.askers, g.first_ts, g.text))
    )


def _jobs(c: _Ctx, missing: tuple[MissingFact, ...]) -> tuple[JobFigures, ...]:
    """Every job of the catalogue (and any other job the records name), in on-screen order."""
    rec = c.rec
    on_screen: dict[str | None, float] = defaultdict(float)
    for s in c.spans:
        on_screen[s.job] += s.end - s.start
    featured: Counter[str | None] = Counter(f.job for f in rec.features)
    cards: Counter[str | None] = Counter(p.job for p in rec.posts if p.kind == "card")
    answer_posts: Counter[str | None] = Counter(p.job for p in rec.posts if p.kind == "answer")
    refusals: Counter[str | None] = Counter(r.job for r in rec.refusals)
    questions: Counter[str | None] = Counter(q.job for q in rec.questions)
    answered: Counter[str | None] = Counter(q.job for q in rec.questions if q.qid in c.answers)
    askers: dict[str, set[str]] = defaultdict(set)
    for q in rec.questions:
        if q.job is not None:
            askers[q.job].add(q.user_id)
    applicants: dict[str, set[str]] = defaultdict(set)
    for app in rec.applications:
        applicants[app.job].add(app.user_id)
    employer_of_app = {app.job: app.employer for app in rec.applications}
    facts: dict[str | None, list[str]] = defaultdict(list)
    for mf in missing:
        facts[mf.job].append(mf.fact)
    jobs, employers = c.jobs_by_id, c.employers_by_id
    out: list[JobFigures] = []
    for jid in c.job_order:
        cj = jobs.get(jid)
        emp_id = cj.employer if cj else employer_of_app.get(jid, "")
        emp = employers.get(emp_id)
        out.append(
            JobFigures(
                job=jid,
                number=cj.number if cj else None,
                title=cj.title if cj else jid,
                employer=emp_id,
                employer_name=emp.name if emp else emp_id,
                headcount=cj.headcount if cj else None,
                on_screen_s=_r(on_screen[jid]),
                featured=featured[jid],
                mentions=c.cp.mentions[jid],
                questions=questions[jid],
                askers=len(askers[jid]),
                answered=answered[jid],
                cards=cards[jid],
                answer_posts=answer_posts[jid],
                applications=len(applicants[jid]),
                applicants_who_asked=len(applicants[jid] & askers[jid]),
                conversion=_share(len(applicants[jid]), len(askers[jid])),
                refusals=refusals[jid],
                missing_facts=tuple(facts[jid]),
            )
        )
    return tuple(out)


def _feedback(c: _Ctx) -> FeedbackFigures:
    """Employers' scores and comments, in time order."""
    employers = c.employers_by_id
    rows = tuple(
        FeedbackRow(
            ts=f.ts,
            employer=f.employer,
            employer_name=employers[f.employer].name if f.employer in employers else f.employer,
            score=f.score,
            comment=mask(f.comment) if f.comment else None,
        )
        for f in sorted(c.rec.feedback, key=lambda f: (f.ts, f.employer))
    )
    mean = _r(statistics.fmean(f.score for f in rows), 2) if rows else None
    return FeedbackFigures(entries=rows, count=len(rows), mean_score=mean)


def _employers(
    c: _Ctx, jobs: tuple[JobFigures, ...], feedback: FeedbackFigures
) -> tuple[EmployerFigures, ...]:
    """Every employer, its jobs together, with its feedback."""
    catalogued = [e.id for e in c.catalog.employers]
    ids = catalogued + sorted({j.employer for j in jobs} - set(catalogued) - {""})
    applicants: dict[str, set[str]] = defaultdict(set)
    for app in c.rec.applications:
        applicants[app.job].add(app.user_id)
    on_screen: dict[str | None, float] = defaultdict(float)
    for s in c.spans:
        on_screen[s.job] += s.end - s.start
    out: list[EmployerFigures] = []
    for eid in ids:
        emp = c.employers_by_id.get(eid)
        its_jobs = [j for j in jobs if j.employer == eid]
        job_ids = {j.job for j in its_jobs}
        about = [q for q in c.rec.questions if q.job in job_ids or (q.job is None and q.employer == eid)]
        asked = {q.user_id for q in about}
        applied: set[str] = set()
        for j in job_ids:
            applied |= applicants[j]
        mine = [f for f in feedback.entries if f.employer == eid]
        out.append(
            EmployerFigures(
                employer=eid,
                name=emp.name if emp else eid,
                jobs=tuple(j.job for j in its_jobs),
                on_screen_s=_r(sum(on_screen[j] for j in job_ids)),
                questions=len(about),
                askers=len(asked),
                cards=sum(j.cards for j in its_jobs),
                applications=sum(j.applications for j in its_jobs),
                applicants=len(applied),
                conversion=_share(len(applied), len(asked)),
                feedback_count=len(mine),
                feedback_mean=_r(statistics.fmean(f.score for f in mine), 2) if mine else None,
                feedback_comments=tuple(mask(f.comment) for f in mine if f.comment),
            )
        )
    return tuple(out)


def _poll(rec: SessionRecords, end: float) -> PollFigures:
    """The viewers' satisfaction polls: each viewer counts once per poll; a poll still open when
    the stream sent its end closes there."""
    ids = list(dict.fromkeys([p.poll_id for p in rec.polls] + [v.poll_id for v in rec.votes]))
    polls: list[PollRow] = []
    for pid in ids:
        votes = [v for v in rec.votes if v.poll_id == pid]
        opens = [p.ts for p in rec.polls if p.poll_id == pid and p.open]
        closes = [p.ts for p in rec.polls if p.poll_id == pid and not p.open]
        yes = sum(1 for v in votes if v.choice == 1)
        no = sum(1 for v in votes if v.choice == 2)
        closed: float | None = max(closes) if closes else None
        closed_by = "host" if closes else None
        if closed is None and rec.ends:
            closed, closed_by = end, "end"
        polls.append(
            PollRow(
                poll_id=pid,
                opened=min(opens) if opens else None,
                closed=closed,
                closed_by=closed_by,
                satisfied=yes,
                unsatisfied=no,
                voters=len(votes),
                satisfied_share=_share(yes, yes + no),
            )
        )
    yes_all = sum(p.satisfied for p in polls)
    no_all = sum(p.unsatisfied for p in polls)
    voters = sum(p.voters for p in polls)
    return PollFigures(tuple(polls), yes_all, no_all, voters, _share(yes_all, yes_all + no_all))


def _posts(rec: SessionRecords) -> PostFigures:
    """The bot's posts by kind, their outcomes (a post shown at least once counts as shown), counters."""
    statuses: dict[str, set[str]] = defaultdict(set)
    for ack in rec.acks:
        statuses[ack.post_id].add(ack.status)
    outcome: Counter[str] = Counter()
    for p in rec.posts:
        st = statuses.get(p.id, set())
        outcome[next((s for s in ("shown", "rejected", "dropped") if s in st), "unacked")] += 1
    kinds: Counter[str] = Counter(p.kind for p in rec.posts)
    counters: Counter[str] = Counter()
    for ct in rec.counters:
        counters[ct.what] += ct.n
    rejected = Counter(a.reason or "unknown" for a in rec.acks if a.status == "rejected")
    return PostFigures(
        total=len(rec.posts),
        by_kind={k: kinds[k] for k in [*POST_KINDS, *sorted(set(kinds) - set(POST_KINDS))]},
        shown=outcome["shown"],
        rejected=outcome["rejected"],
        rejected_by_reason=dict(sorted(rejected.items())),
        dropped=outcome["dropped"],
        unacked=outcome["unacked"],
        retries=sum(1 for p in rec.posts if p.retry_of),
        counters=dict(sorted(counters.items())),
    )


def _applications(c: _Ctx) -> tuple[ApplicationRow, ...]:
    """One row per application, the viewer by masked display name and platform account id."""
    jobs, employers = c.jobs_by_id, c.employers_by_id
    given = c.catalog.stream.platform if c.catalog.stream else None
    platform = given or c.rec.info.platform
    return tuple(
        ApplicationRow(
            ts=app.ts,
            viewer=mask(app.user_name),
            job=app.job,
            number=c.job_number(app.job),
            title=jobs[app.job].title if app.job in jobs else None,
            employer=app.employer,
            employer_name=employers[app.employer].name if app.employer in employers else None,
            how=mask(app.how),
            viewer_id=app.user_id,
            platform=app.platform or platform,
            next_step=next_step(jobs.get(app.job)),
        )
        for app in c.rec.applications
    )


def next_step(job: Job | None) -> str | None:
    """What the catalogue says happens after applying to `job`: apply.how, then apply.interview."""
    if job is None or job.apply is None:
        return None
    said = [x for x in (job.apply.how, job.apply.interview) if x]
    return "；".join(said) or None


def compute(rec: SessionRecords, catalog: Catalog, comments: Iterable[CommentSeen] | None = None) -> Figures:
    """Every figure of the report from one session's records and its catalogue.

    `comments` replaces `rec.comments` (to wrap it in a progress bar, say).
    """
    q_by_id = {q.qid: q for q in rec.questions}
    answers: dict[str, QuestionAnswered] = {}
    for a in rec.answers:
        for qid in a.qids:
            answers.setdefault(qid, a)
    queued: dict[str, QuestionQueued] = {}
    for qq in rec.queued:
        for qid in qq.qids:
            queued.setdefault(qid, qq)
    wanted = {q.comment_id for q in rec.questions if q.qid not in answers or q.qid in queued}
    asked = {q.comment_id for q in rec.questions}
    cp = _scan_comments(rec.comments if comments is None else comments, wanted, asked)
    start, end = _span(rec, cp)
    job_order = [j.id for j in sorted(catalog.jobs, key=lambda j: j.number)]
    named = (
        {q.job for q in rec.questions if q.job is not None}
        | {a.job for a in rec.applications}
        | {f.job for f in rec.features if f.job is not None}
    )
    job_order += sorted(named - set(job_order))
    c = _Ctx(
        rec=rec,
        catalog=catalog,
        cp=cp,
        q_by_id=q_by_id,
        answers=answers,
        queued=queued,
        start=start,
        end=end,
        minutes=max(1, math.ceil((end - start) / 60)),
        spans=_feature_spans(rec, start, end),
        job_order=job_order,
        jobs_by_id={j.id: j for j in catalog.jobs},
        employers_by_id={e.id: e for e in catalog.employers},
    )
    timeline = _timeline(c)
    missing = _missing_facts(c)
    jobs = _jobs(c, missing)
    feedback = _feedback(c)
    gap_rows = tuple(GapRow(g.start, g.ts, _r(g.ts - g.start), mask(g.reason)) for g in rec.gaps)
    return Figures(
        stream=_stream(c, timeline),
        questions=_questions(c),
        jobs=jobs,
        employers=_employers(c, jobs, feedback),
        poll=_poll(rec, end),
        feedback=feedback,
        posts=_posts(rec),
        gaps=GapFigures(len(gap_rows), _r(sum(g.seconds for g in gap_rows)), gap_rows),
        timeline=timeline,
        features=tuple(c.spans),
        missing_facts=missing,
        host_questions=_host_questions(c),
        applications=_applications(c),
        refusals=dict(sorted(Counter(r.reason for r in rec.refusals).items())),
        platforms=_platforms(c),
    )


def _platforms(c: _Ctx) -> tuple[PlatformRow, ...]:
    """Comments, questions, answered questions and applications per source (several at once only)."""
    cp = c.cp
    if not cp.by_platform:
        return ()
    questions: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for q in c.rec.questions:
        platform = cp.platform_of.get(q.comment_id)
        if platform is None:
            continue
        questions[platform] += 1
        if q.qid in c.answers:
            answered[platform] += 1
    applications = Counter(a.platform for a in c.rec.applications if a.platform)
    names = sorted(set(cp.by_platform) | set(applications))
    return tuple(
        PlatformRow(
            name,
            cp.by_platform[name],
            questions[name],
            answered[name],
            _share(answered[name], questions[name]),
            applications[name],
        )
        for name in names
    )
