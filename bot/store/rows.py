"""Records to table rows and back: pure conversions, one place that knows every column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import orjson

from bot.events import (
    ApplicationMade,
    ApplicationRefused,
    AudienceSeen,
    CommentSeen,
    Counted,
    FeatureChanged,
    GapSeen,
    PollChanged,
    PollVote,
    Post,
    PostAcked,
    QuestionAnswered,
    QuestionOpened,
    QuestionQueued,
    Record,
    StreamEnded,
)

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "comments": (
        "session",
        "comment_id",
        "ts",
        "user_id",
        "user_name",
        "text",
        "intents",
        "job",
        "employer",
        "question",
        "spam",
        "featured",
        "platform",
    ),
    "questions": ("session", "qid", "ts", "comment_id", "user_id", "user_name", "intent", "job", "employer"),
    "answers": ("session", "qid", "ts", "post_id", "answered_by"),
    "queued": ("session", "qid", "ts", "queue_key", "intent", "job", "reason", "fact"),
    "posts": (
        "session",
        "post_id",
        "ts",
        "kind",
        "text",
        "job",
        "intents",
        "reply_to",
        "questions",
        "retry_of",
    ),
    "applications": (
        "session",
        "user_id",
        "job",
        "ts",
        "comment_id",
        "user_name",
        "employer",
        "how",
        "platform",
    ),
    "refusals": ("session", "comment_id", "ts", "user_id", "job", "reason"),
    "polls": ("session", "poll_id", "is_open", "ts"),
    "votes": ("session", "poll_id", "user_id", "ts", "choice"),
    "features": ("session", "ts", "job"),
    "audience": ("session", "kind", "ts", "user_id", "detail", "n"),
    "acks": ("session", "post_id", "status", "ts", "reason"),
    "gaps": ("session", "start_ts", "ts", "reason"),
    "ends": ("session", "ts"),
    "counters": ("session", "what", "ts", "detail", "n"),
    "feedback": ("session", "employer", "ts", "score", "comment"),
}
"""The columns of every record table, in the order rows carry them."""

TABLES: tuple[str, ...] = tuple(COLUMNS)
"""Record tables in the order a batch writes them."""


def insert_sql(table: str) -> str:
    """The idempotent insert of one row into `table`, with `?` placeholders."""
    cols = COLUMNS[table]
    marks = ", ".join("?" for _ in cols)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


def insert_values_sql(table: str, n: int) -> str:
    """The idempotent insert of `n` rows into `table` in one statement (a row whose key is taken is
    skipped, as with `insert_sql`)."""
    cols = COLUMNS[table]
    row = "(" + ", ".join("?" for _ in cols) + ")"
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES {', '.join([row] * n)} ON CONFLICT DO NOTHING"


def select_sql(table: str, order: str = "ts") -> str:
    """All rows of one session in `table` (without the session column), in `order`."""
    cols = COLUMNS[table][1:]
    return f"SELECT {', '.join(cols)} FROM {table} WHERE session = ? ORDER BY {order}"


def _list(values: Sequence[str]) -> str:
    """A tuple of strings as JSON text."""
    return orjson.dumps(list(values)).decode() if values else "[]"


_intents = lru_cache(maxsize=1024)(_list)
"""The intents of a comment or post as JSON text: a stream asks the same few sets again and again."""


def _tuple(text: str) -> tuple[str, ...]:
    """JSON text back to a tuple of strings."""
    return tuple(cast(list[str], orjson.loads(text)))


def _key(value: str | None) -> str:
    """A nullable value stored in a key column ('' for none)."""
    return "" if value is None else value


def _unkey(value: str) -> str | None:
    """A key column's value back to a nullable value."""
    return None if value == "" else value


@dataclass(frozen=True, slots=True)
class Feedback:
    """An employer's satisfaction with one stream (score 1–5) and their words."""

    ts: float
    employer: str
    score: int
    comment: str | None


def application_row(sid: str, app: ApplicationMade) -> Row:
    """The row of one application."""
    return (
        sid,
        app.user_id,
        app.job,
        app.ts,
        app.comment_id,
        app.user_name,
        app.employer,
        app.how,
        app.platform,
    )


def _comment_row(sid: str, item: CommentSeen) -> Row:
    """The row of one comment."""
    return (
        sid,
        item.comment_id,
        item.ts,
        item.user_id,
        item.user_name,
        item.text,
        _intents(item.intents),
        item.job,
        item.employer,
        1 if item.question else 0,
        1 if item.spam else 0,
        item.featured,
        item.platform,
    )


def _question_row(sid: str, item: QuestionOpened) -> Row:
    """The row of one question."""
    return (
        sid,
        item.qid,
        item.ts,
        item.comment_id,
        item.user_id,
        item.user_name,
        item.intent,
        item.job,
        item.employer,
    )


def _post_row(sid: str, item: Post) -> Row:
    """The row of one post."""
    return (
        sid,
        item.id,
        item.ts,
        item.kind,
        item.text,
        item.job,
        _intents(item.intents),
        _list(item.reply_to),
        _list(item.questions),
        item.retry_of,
    )


def _refusal_row(sid: str, item: ApplicationRefused) -> Row:
    """The row of one refused application."""
    return (sid, item.comment_id, item.ts, item.user_id, item.job, item.reason)


def _poll_row(sid: str, item: PollChanged) -> Row:
    """The row of a poll opening or closing."""
    return (sid, item.poll_id, int(item.open), item.ts)


def _vote_row(sid: str, item: PollVote) -> Row:
    """The row of one vote."""
    return (sid, item.poll_id, item.user_id, item.ts, item.choice)


def _feature_row(sid: str, item: FeatureChanged) -> Row:
    """The row of one featured-job change."""
    return (sid, item.ts, _key(item.job))


def _audience_row(sid: str, item: AudienceSeen) -> Row:
    """The row of one audience event."""
    return (sid, item.kind, item.ts, _key(item.user_id), _key(item.detail), item.count)


def _ack_row(sid: str, item: PostAcked) -> Row:
    """The row of one ack."""
    return (sid, item.post_id, item.status, item.ts, item.reason)


def _gap_row(sid: str, item: GapSeen) -> Row:
    """The row of one gap in the feed."""
    return (sid, item.start, item.ts, item.reason)


def _end_row(sid: str, item: StreamEnded) -> Row:
    """The row of the stream's end."""
    return (sid, item.ts)


def _counted_row(sid: str, item: Counted) -> Row:
    """The row of one counter."""
    return (sid, item.what, item.ts, _key(item.detail), item.n)


ONE_ROW: dict[type, tuple[str, Callable[[str, Any], Row]]] = {
    CommentSeen: ("comments", _comment_row),
    QuestionOpened: ("questions", _question_row),
    Post: ("posts", _post_row),
    ApplicationMade: ("applications", application_row),
    ApplicationRefused: ("refusals", _refusal_row),
    PollChanged: ("polls", _poll_row),
    PollVote: ("votes", _vote_row),
    FeatureChanged: ("features", _feature_row),
    AudienceSeen: ("audience", _audience_row),
    PostAcked: ("acks", _ack_row),
    GapSeen: ("gaps", _gap_row),
    StreamEnded: ("ends", _end_row),
    Counted: ("counters", _counted_row),
}
"""The records stored as one row each: their table and the function that makes the row (looked up
by the record's exact type, which is quicker per record than a chain of type tests)."""


def add_rows(buffer: dict[str, list[Row]], sid: str, items: Sequence[Post | Record]) -> int:
    """Append the rows of `items` to `buffer` (a list per table); how many rows that made."""
    n = 0
    for item in items:
        one = ONE_ROW.get(type(item))
        if one is not None:
            buffer[one[0]].append(one[1](sid, item))
            n += 1
            continue
        if type(item) is QuestionQueued:  # the most frequent of the records of several rows
            queued = buffer["queued"]
            for qid in item.qids:
                queued.append((sid, qid, item.ts, item.key, item.intent, item.job, item.reason, item.fact))
            n += len(item.qids)
            continue
        for table, row in rows_of(sid, item):
            buffer[table].append(row)
            n += 1
    return n


def rows_of(sid: str, item: Post | Record) -> list[tuple[str, Row]]:
    """The table rows that store one post or record (a record answering k questions gives k rows)."""
    one = ONE_ROW.get(type(item))
    if one is not None:
        return [(one[0], one[1](sid, item))]
    match item:
        case QuestionAnswered():
            return [("answers", (sid, qid, item.ts, item.post_id, item.by)) for qid in item.qids]
        case QuestionQueued():
            return [
                ("queued", (sid, qid, item.ts, item.key, item.intent, item.job, item.reason, item.fact))
                for qid in item.qids
            ]
    for kind, (table, row) in ONE_ROW.items():
        if isinstance(item, kind):  # a subclass of a stored record
            return [(table, row(sid, item))]
    return []


def feedback_row(sid: str, fb: Feedback) -> Row:
    """The row of one employer's feedback."""
    return (sid, fb.employer, fb.ts, fb.score, fb.comment)


def comment_of(r: Row) -> CommentSeen:
    """A comments row (without session) back to its record."""
    return CommentSeen(
        ts=r[1],
        comment_id=r[0],
        user_id=r[2],
        user_name=r[3],
        text=r[4],
        intents=_tuple(r[5]),
        job=r[6],
        employer=r[7],
        question=bool(r[8]),
        spam=bool(r[9]),
        featured=r[10],
        platform=r[11],
    )


def question_of(r: Row) -> QuestionOpened:
    """A questions row back to its record."""
    return QuestionOpened(
        ts=r[1],
        qid=r[0],
        comment_id=r[2],
        user_id=r[3],
        user_name=r[4],
        intent=r[5],
        job=r[6],
        employer=r[7],
    )


def answer_of(r: Row) -> QuestionAnswered:
    """An answers row back to a record closing that one question."""
    return QuestionAnswered(ts=r[1], qids=(r[0],), post_id=r[2], by=r[3])


def queued_of(r: Row) -> QuestionQueued:
    """A queued row back to a record queueing that one question."""
    return QuestionQueued(ts=r[1], key=r[2], qids=(r[0],), intent=r[3], job=r[4], reason=r[5], fact=r[6])


def post_of(r: Row) -> Post:
    """A posts row back to its post."""
    return Post(
        ts=r[1],
        id=r[0],
        kind=r[2],
        text=r[3],
        job=r[4],
        intents=_tuple(r[5]),
        reply_to=_tuple(r[6]),
        questions=_tuple(r[7]),
        retry_of=r[8],
    )


def application_of(r: Row) -> ApplicationMade:
    """An applications row back to its record."""
    return ApplicationMade(
        ts=r[2],
        comment_id=r[3],
        user_id=r[0],
        user_name=r[4],
        job=r[1],
        employer=r[5],
        how=r[6],
        platform=r[7],
    )


def refusal_of(r: Row) -> ApplicationRefused:
    """A refusals row back to its record."""
    return ApplicationRefused(ts=r[1], comment_id=r[0], user_id=r[2], job=r[3], reason=r[4])


def poll_of(r: Row) -> PollChanged:
    """A polls row back to its record."""
    return PollChanged(ts=r[2], poll_id=r[0], open=bool(r[1]))


def vote_of(r: Row) -> PollVote:
    """A votes row back to its record."""
    return PollVote(ts=r[2], poll_id=r[0], user_id=r[1], choice=r[3])


def feature_of(r: Row) -> FeatureChanged:
    """A features row back to its record."""
    return FeatureChanged(ts=r[0], job=_unkey(r[1]))


def audience_of(r: Row) -> AudienceSeen:
    """An audience row back to its record."""
    return AudienceSeen(ts=r[1], kind=r[0], user_id=_unkey(r[2]), count=r[4], detail=_unkey(r[3]))


def ack_of(r: Row) -> PostAcked:
    """An acks row back to its record."""
    return PostAcked(ts=r[2], post_id=r[0], status=r[1], reason=r[3])


def gap_of(r: Row) -> GapSeen:
    """A gaps row back to its record."""
    return GapSeen(ts=r[1], start=r[0], reason=r[2])


def end_of(r: Row) -> StreamEnded:
    """An ends row back to its record."""
    return StreamEnded(ts=r[0])


def counted_of(r: Row) -> Counted:
    """A counters row back to its record."""
    return Counted(ts=r[1], what=r[0], detail=_unkey(r[2]), n=r[3])


def feedback_of(r: Row) -> Feedback:
    """A feedback row back to its record."""
    return Feedback(ts=r[1], employer=r[0], score=r[2], comment=r[3])
