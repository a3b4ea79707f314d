"""The closed set of things that happen to a room (events) and that the room decides (actions).

Feeds (a live WebSocket, Bilibili, a recording) and the host console turn what they receive
into `Event`s; `Room.handle(event, now)` turns each into a list of `Action`s. Everything here is
a small frozen record tagged by its class, so `match` narrows it and mypy sees a missed case.
`ts` is always on the stream's clock (seconds since the epoch, as the feed gave it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.fastinit import quicken_all

# ---------------------------------------------------------------- events: feed -> room


@dataclass(frozen=True, slots=True)
class User:
    """A viewer as the platform names them."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Comment:
    """A danmaku line. `id` is unique per room: a comment seen twice is handled once."""

    id: str
    ts: float
    user: User
    text: str


@dataclass(frozen=True, slots=True)
class Feature:
    """The host puts a job on screen (`job` None: nothing featured)."""

    ts: float
    job: str | None


@dataclass(frozen=True, slots=True)
class Enter:
    """A viewer enters the room."""

    ts: float
    user: User


@dataclass(frozen=True, slots=True)
class Like:
    """A viewer taps like."""

    ts: float
    user: User
    count: int = 1


@dataclass(frozen=True, slots=True)
class Gift:
    """A viewer sends a gift."""

    ts: float
    user: User
    gift: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class Viewers:
    """The platform's viewer count."""

    ts: float
    count: int


@dataclass(frozen=True, slots=True)
class End:
    """The stream ends."""

    ts: float


@dataclass(frozen=True, slots=True)
class Ack:
    """The platform's answer to one of our posts (`reason`: too_fast, too_long, repeat, muted)."""

    ts: float
    id: str
    ok: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    """Time passes: lets the room post what waits, drop what is stale, notice lost acks."""

    ts: float


@dataclass(frozen=True, slots=True)
class Gap:
    """The feed was interrupted from `start` to `ts` (a reconnect)."""

    ts: float
    start: float
    reason: str = "reconnect"


@dataclass(frozen=True, slots=True)
class HostReply:
    """The host answers a queued question from the console; posted naming its askers."""

    ts: float
    key: str
    text: str


@dataclass(frozen=True, slots=True)
class PollCommand:
    """The host starts or stops the viewers' satisfaction poll."""

    ts: float
    start: bool


@dataclass(frozen=True, slots=True)
class Pause:
    """The host silences the bot (it keeps listening and recording) or lets it speak again."""

    ts: float
    paused: bool


Event = (
    Comment
    | Feature
    | Enter
    | Like
    | Gift
    | Viewers
    | End
    | Ack
    | Tick
    | Gap
    | HostReply
    | PollCommand
    | Pause
)

# ---------------------------------------------------------------- actions: room -> shells

PostKind = Literal["answer", "card", "apply", "poll", "host", "other"]


@dataclass(frozen=True, slots=True)
class Post:
    """A message for the chat. `kind == "card"` goes out as a card frame."""

    ts: float
    id: str
    kind: PostKind
    text: str
    job: str | None = None
    intents: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    """The question ids this post answers."""
    retry_of: str | None = None


@dataclass(frozen=True, slots=True)
class CommentSeen:
    """A comment as understood: what the store keeps of it (name and text already masked)."""

    ts: float
    comment_id: str
    user_id: str
    user_name: str
    text: str
    intents: tuple[str, ...]
    job: str | None
    employer: str | None
    question: bool
    spam: bool
    featured: str | None
    platform: str = ""
    """The source the comment came from when one bot reads several ('' for a single source)."""


@dataclass(frozen=True, slots=True)
class QuestionOpened:
    """One asker's question on one intent; `qid` is `comment_id#intent`."""

    ts: float
    qid: str
    comment_id: str
    user_id: str
    user_name: str
    intent: str
    job: str | None
    employer: str | None


@dataclass(frozen=True, slots=True)
class QuestionAnswered:
    """Questions answered by a post (`by`: bot, card or host)."""

    ts: float
    qids: tuple[str, ...]
    post_id: str
    by: Literal["bot", "card", "host"]


@dataclass(frozen=True, slots=True)
class QuestionQueued:
    """Questions the bot cannot answer: handed to the host's queue.

    `reason`: missing (the catalogue lacks `fact`), which_job (an employer with several jobs, a
    city, a shared title or nothing named, and no single job to answer about), unknown (a company
    not in the catalogue), misread (no intent fits although the line holds a domain word), other
    (a question outside recruiting), stale (no post slot before the answer went stale), blocked
    (every wording of the answer holds a word the bot never posts, such as 加微信).
    Their Chinese names are in bot.labels.
    """

    ts: float
    key: str
    qids: tuple[str, ...]
    intent: str
    job: str | None
    reason: Literal["missing", "which_job", "unknown", "misread", "other", "stale", "blocked"]
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class ApplicationMade:
    """A viewer applied to a job: must be durable before its confirmation is posted."""

    ts: float
    comment_id: str
    user_id: str
    user_name: str
    job: str
    employer: str
    how: str
    platform: str = ""
    """The source the application came from when one bot reads several ('' for a single source)."""


@dataclass(frozen=True, slots=True)
class ApplicationRefused:
    """An application not recorded, and why (under_age, full, unknown_job)."""

    ts: float
    comment_id: str
    user_id: str
    job: str | None
    reason: Literal["under_age", "full", "unknown_job"]


@dataclass(frozen=True, slots=True)
class PollChanged:
    """The poll started or stopped."""

    ts: float
    poll_id: str
    open: bool


@dataclass(frozen=True, slots=True)
class PollVote:
    """One viewer's poll answer (1 satisfied, 2 not); each viewer counts once per poll."""

    ts: float
    poll_id: str
    user_id: str
    choice: int


@dataclass(frozen=True, slots=True)
class FeatureChanged:
    """The featured job changed (or nothing is featured)."""

    ts: float
    job: str | None


@dataclass(frozen=True, slots=True)
class AudienceSeen:
    """An enter, like, gift or viewer-count reading, for the report's figures."""

    ts: float
    kind: Literal["enter", "like", "gift", "viewers"]
    user_id: str | None
    count: int
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class PostAcked:
    """The outcome of a post: shown, rejected (with reason) or silently dropped."""

    ts: float
    post_id: str
    status: Literal["shown", "rejected", "dropped"]
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class GapSeen:
    """The feed was down from `start` to `ts`."""

    ts: float
    start: float
    reason: str


@dataclass(frozen=True, slots=True)
class StreamEnded:
    """The stream is over."""

    ts: float


@dataclass(frozen=True, slots=True)
class Counted:
    """A counter moved: spam, shed chatter, unknown frames (`what` names it)."""

    ts: float
    what: str
    n: int = 1
    detail: str | None = None


Record = (
    CommentSeen
    | QuestionOpened
    | QuestionAnswered
    | QuestionQueued
    | ApplicationMade
    | ApplicationRefused
    | PollChanged
    | PollVote
    | FeatureChanged
    | AudienceSeen
    | PostAcked
    | GapSeen
    | StreamEnded
    | Counted
)

Action = Post | Record

quicken_all(globals())
