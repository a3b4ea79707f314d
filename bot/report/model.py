"""The review report's figures as typed records: what report.json holds, key for key.

report.json is `Figures` as JSON, its keys in the order of the fields below and stable across
versions (new keys may be added, none renamed). Times are seconds since the epoch on the
stream's clock; durations are seconds; shares are 0–1 (null when there is nothing to divide by).

- `stream`: title, host, platform, start/end, length_s, comments, speakers (viewers who spoke),
  spam_comments, peak_per_minute and peak_minute (minutes from the start), viewers_peak and
  viewers_mean (over the platform's viewer-count readings), enters, gifts, likes.
- `questions`: total (one per asker and intent), askers, answered, answered_share, answered_by,
  median_answer_s and p90_answer_s (question to the answer that closed it; p90 by nearest rank),
  posts_serving, askers_per_post_mean/max (distinct askers a post answered), unanswered,
  unanswered_by_reason, by_intent, by_job.
- `jobs`, `employers`: per job / employer: on_screen_s, questions, askers, cards, applications,
  conversion = distinct applicants ÷ distinct viewers who asked about it, satisfaction.
- `poll`: the viewers' poll (1 satisfied, 2 not), per poll and in total.
- `feedback`: employers' scores (1–5) and comments.
- `posts`: by kind, outcomes (shown / rejected by reason / dropped / unacked), counters (spam,
  shed chatter, …).
- `gaps`: the feed's interruptions. `timeline`: one row per minute.
- `missing_facts`: facts the catalogue lacks, per job, with the askers who wanted them.
- `host_questions`: unanswered questions for the host, grouped by what they ask.
- `applications`, `refusals`: one row per application; refusals by reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StreamFigures:
    """The stream as a whole."""

    session: str
    title: str | None
    host: str | None
    platform: str
    """The platform: the catalogue's `stream.platform` when given, else the posting profile."""
    source: str
    start: float
    end: float
    ended: bool
    length_s: float
    comments: int
    speakers: int
    spam_comments: int
    peak_per_minute: int
    peak_minute: int | None
    viewers_peak: int | None
    viewers_mean: float | None
    viewer_readings: int
    enters: int
    gifts: int
    likes: int
    date: str
    """The stream's date (YYYY-MM-DD): the catalogue's `stream.date` when given, else the
    recording's first record in Beijing time."""
    date_from: str
    """Where `date` came from: `catalog` or `recording`."""
    platform_from: str
    """Where `platform` came from: `catalog` or `profile` (the posting profile of the session)."""
    profile: str
    """The posting profile the bot ran under."""


@dataclass(frozen=True, slots=True)
class IntentRow:
    """Questions on one intent."""

    intent: str
    questions: int
    askers: int
    answered: int


@dataclass(frozen=True, slots=True)
class JobQuestions:
    """Questions about one job (`job` None: no single job)."""

    job: str | None
    questions: int
    answered: int


@dataclass(frozen=True, slots=True)
class QuestionFigures:
    """What viewers asked and how they were served."""

    total: int
    askers: int
    answered: int
    answered_share: float | None
    answered_by: dict[str, int]
    median_answer_s: float | None
    p90_answer_s: float | None
    posts_serving: int
    askers_per_post_mean: float | None
    askers_per_post_max: int
    unanswered: int
    unanswered_by_reason: dict[str, int]
    by_intent: tuple[IntentRow, ...]
    by_job: tuple[JobQuestions, ...]


@dataclass(frozen=True, slots=True)
class JobFigures:
    """One job over the stream."""

    job: str
    number: int | None
    title: str
    employer: str
    employer_name: str
    headcount: int | None
    on_screen_s: float
    featured: int
    mentions: int
    questions: int
    askers: int
    answered: int
    cards: int
    answer_posts: int
    applications: int
    applicants_who_asked: int
    conversion: float | None
    refusals: int
    missing_facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmployerFigures:
    """One employer over the stream, its jobs together."""

    employer: str
    name: str
    jobs: tuple[str, ...]
    on_screen_s: float
    questions: int
    askers: int
    cards: int
    applications: int
    applicants: int
    conversion: float | None
    feedback_count: int
    feedback_mean: float | None
    feedback_comments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PollRow:
    """One satisfaction poll (满意扣1 / 不满意扣2)."""

    poll_id: str
    opened: float | None
    closed: float | None
    satisfied: int
    unsatisfied: int
    voters: int
    satisfied_share: float | None
    closed_by: str | None = None
    """How the poll ended: `host` (closed by the host), `end` (open when the stream ended) or
    None (still open: the stream sent no end)."""


@dataclass(frozen=True, slots=True)
class PollFigures:
    """The viewers' satisfaction, per poll and in total."""

    polls: tuple[PollRow, ...]
    satisfied: int
    unsatisfied: int
    voters: int
    satisfied_share: float | None


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One employer's score and comment."""

    ts: float
    employer: str
    employer_name: str
    score: int
    comment: str | None


@dataclass(frozen=True, slots=True)
class FeedbackFigures:
    """Employers' satisfaction."""

    entries: tuple[FeedbackRow, ...]
    count: int
    mean_score: float | None


@dataclass(frozen=True, slots=True)
class PostFigures:
    """The bot's posts and what became of them."""

    total: int
    by_kind: dict[str, int]
    shown: int
    rejected: int
    rejected_by_reason: dict[str, int]
    dropped: int
    unacked: int
    retries: int
    counters: dict[str, int]


@dataclass(frozen=True, slots=True)
class GapRow:
    """One interruption of the feed."""

    start: float
    end: float
    seconds: float
    reason: str


@dataclass(frozen=True, slots=True)
class GapFigures:
    """The feed's interruptions."""

    count: int
    total_s: float
    gaps: tuple[GapRow, ...]


@dataclass(frozen=True, slots=True)
class MinuteRow:
    """One minute of the timeline (`minute` counted from the stream's start)."""

    minute: int
    start: float
    comments: int
    questions: int
    applications: int
    viewers: int | None
    featured: str | None


@dataclass(frozen=True, slots=True)
class FeatureSpan:
    """A stretch of time with one job (or nothing) on screen."""

    start: float
    end: float
    job: str | None


@dataclass(frozen=True, slots=True)
class MissingFact:
    """A fact the catalogue lacks for a job, and who asked for it."""

    job: str | None
    number: int | None
    title: str | None
    employer: str | None
    fact: str
    intent: str
    askers: int
    questions: int
    answered_by_host: int
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HostGroup:
    """Unanswered questions that ask the same thing, for the host to take up."""

    reason: str
    intent: str
    job: str | None
    employer: str | None
    """The catalogue employer the questions name when they name no single job (its name)."""
    text: str
    askers: int
    questions: int
    first_ts: float
    viewers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One application: the viewer by masked display name and by platform account id (what the
    recruiter reaches them by), the job, and what the catalogue says happens next."""

    ts: float
    viewer: str
    job: str
    number: int | None
    title: str | None
    employer: str
    employer_name: str | None
    how: str
    viewer_id: str = ""
    platform: str = ""
    next_step: str | None = None
    """The job's `apply.how` (and `apply.interview`) from the catalogue, if it says."""


@dataclass(frozen=True, slots=True)
class PlatformRow:
    """One source of a stream read from several at once: its comments, questions, answered
    questions and applications."""

    platform: str
    comments: int
    questions: int
    answered: int
    answered_share: float | None
    applications: int


@dataclass(frozen=True, slots=True)
class Figures:
    """Every figure of one stream's review report."""

    stream: StreamFigures
    questions: QuestionFigures
    jobs: tuple[JobFigures, ...]
    employers: tuple[EmployerFigures, ...]
    poll: PollFigures
    feedback: FeedbackFigures
    posts: PostFigures
    gaps: GapFigures
    timeline: tuple[MinuteRow, ...]
    features: tuple[FeatureSpan, ...]
    missing_facts: tuple[MissingFact, ...]
    host_questions: tuple[HostGroup, ...]
    applications: tuple[ApplicationRow, ...]
    refusals: dict[str, int]
    platforms: tuple[PlatformRow, ...] = ()
    """Per source, when one bot read several at once (empty for a single source)."""
