"""The host console's state: tallies kept from the room's actions, and the host's commands.

The hub is pure and synchronous like the room: the worker that calls `Room.handle` calls
`Hub.observe(actions, now)` right after, on the same thread; the console's web server reads
`Hub.snapshot()` and turns the host's clicks into events through `submit`, so the worker stays
the only caller of `Room.handle`. Listeners hear that something changed; the web server decides
how often to push (at most a few times a second).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from bot.answer.facets import describe
from bot.answer.facts import pay_range
from bot.console.overlay import CardBook, OverlaySink
from bot.errors import BotError
from bot.events import (
    Action,
    ApplicationMade,
    AudienceSeen,
    CommentSeen,
    Event,
    Feature,
    FeatureChanged,
    HostReply,
    Pause,
    PollChanged,
    PollCommand,
    PollVote,
    Post,
    PostAcked,
    QuestionAnswered,
    QuestionOpened,
    StreamEnded,
)
from bot.labels import INTENT_LABELS, REASON_LABELS
from bot.privacy import mask
from bot.room import Group, HostItem
from bot.runtime.notices import HostNotices
from bot.spam import SpamFilter
from catalog.index import CatalogIndex
from catalog.models import Job

Json = dict[str, Any]
"""A JSON object as the page receives it."""

MAX_REPLY_CHARS = 200
"""The longest answer the host can type in one go (the room splits it into posts)."""

_BUCKET = 10.0
"""Seconds per bucket of the comments-per-minute rate."""


@dataclass(slots=True)
class _Tally:
    """What viewers asked about one intent of one job, and the bot's latest answer to it."""

    asked: int = 0
    answered: int = 0
    answer: str | None = None
    answer_ts: float | None = None
    last_ts: float = 0.0


@dataclass(slots=True)
class _LoggedPost:
    """A post in the console's log, with the platform's verdict once it comes."""

    post: Post
    status: str = "pending"
    reason: str | None = None


class RoomView(Protocol):
    """What the console reads of the room state: a `Room`, or a `LanedRoom` over several sources
    (then the host's queue holds every lane's questions, keyed `LANE:key`, and a reply goes to the
    lane of its askers)."""

    @property
    def index(self) -> CatalogIndex:
        """The catalogue."""
        ...

    @property
    def spam(self) -> SpamFilter:
        """The checks every post passes (a host's answer too)."""
        ...

    @property
    def featured(self) -> str | None:
        """The job on screen."""
        ...

    @property
    def paused(self) -> bool:
        """Whether the host has silenced the bot."""
        ...

    @property
    def poll_id(self) -> str | None:
        """The open poll."""
        ...

    @property
    def groups(self) -> Mapping[tuple[str, ...], Group]:
        """The askers waiting for an answer."""
        ...

    @property
    def host_queue(self) -> Mapping[str, HostItem]:
        """The questions for the host, by the key a reply names."""
        ...

    @property
    def applications(self) -> dict[str, int]:
        """Applications per job."""
        ...


class ConsoleError(BotError):
    """A host command the console cannot carry out (an unknown job, an empty answer …)."""


class Hub:
    """The console's view of one room: tallies, the post log, and the host's commands."""

    def __init__(
        self,
        room: RoomView,
        submit: Callable[[Event], None],
        clock: Callable[[], float],
        *,
        post_log_size: int = 200,
        recent_window: float = 300.0,
        minutes_kept: int = 60,
        overlay: OverlaySink | None = None,
        notices: HostNotices | None = None,
        viewers_by_source: Callable[[], Mapping[str, int]] | None = None,
    ) -> None:
        """A hub over `room`; host commands go to `submit`, stamped with `clock()` (the stream's time).

        `overlay` is the sink behind the console's overlay page (one is made when not given): the
        hub keeps its card on the featured job and shows its status; posts reach it only when the
        run routes them there. `notices` are what the platforms tell the host (names masked,
        posting stopped, the stream paused, the connection lost): the page shows them as banners.
        `viewers_by_source` gives each source's viewers when several are summed.
        """
        self.room = room
        self.submit = submit
        self.clock = clock
        self.post_log_size = post_log_size
        self.recent_window = recent_window
        self.minutes_kept = minutes_kept
        self.version = 0
        self.started: float | None = None
        self.last_ts: float | None = None
        self.ended = False
        self._listeners: list[Callable[[], None]] = []
        self._fingerprint: tuple[object, ...] = ()
        self._tallies: dict[tuple[str, str | None], _Tally] = {}
        self._recent_questions: deque[tuple[float, str, str | None]] = deque()
        self._posts: dict[str, _LoggedPost] = {}
        self._post_order: deque[str] = deque()
        self._post_counts: dict[str, int] = {"sent": 0, "shown": 0, "rejected": 0, "dropped": 0}
        self._applications: deque[ApplicationMade] = deque(maxlen=30)
        self._applied: dict[str, int] = {}
        self._poll_id: str | None = None
        self._poll_votes: dict[str, dict[int, int]] = {}
        self._comments: dict[int, int] = {}
        self._per_minute: dict[int, int] = {}
        self._viewers_per_minute: dict[int, int] = {}
        self._viewers: int | None = None
        self._host_answers: deque[Json] = deque(maxlen=20)
        self._comment_total = 0
        self.overlay = overlay or OverlaySink(CardBook(room.index), stamp=clock)
        self.overlay.feature(room.featured)
        self.overlay.listen(self._changed)
        self.notices = notices or HostNotices(clock)
        self.viewers_by_source = viewers_by_source
        self.notices.listen(self._changed)

    # ------------------------------------------------------------------ listening

    def listen(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after each change; returns the function that stops it."""
        self._listeners.append(callback)

        def stop() -> None:
            """Stop calling `callback`."""
            if callback in self._listeners:
                self._listeners.remove(callback)

        return stop

    def _changed(self) -> None:
        """The overlay's pages or outcomes, or the notices, changed: the console shows it."""
        self.version += 1
        for callback in list(self._listeners):
            callback()

    def observe(self, actions: list[Action], now: float) -> None:
        """Take the actions one `Room.handle` call returned at time `now`."""
        for action in actions:
            self._take(action)
        self.last_ts = now if self.last_ts is None else max(self.last_ts, now)
        if self.started is None:
            self.started = now
        fingerprint = self._room_fingerprint()
        if actions or fingerprint != self._fingerprint:
            self._fingerprint = fingerprint
            self.version += 1
            for callback in list(self._listeners):
                callback()

    def _room_fingerprint(self) -> tuple[object, ...]:
        """What of the room's state the console shows and can change without an action."""
        room = self.room
        return (room.paused, room.featured, room.poll_id, len(room.groups), len(room.host_queue))

    def _take(self, action: Action) -> None:
        """Fold one action into the tallies."""
        match action:
            case CommentSeen():
                self._comment(action)
            case QuestionOpened():
                tally = self._tally(action.intent, action.job)
                tally.asked += 1
                tally.last_ts = action.ts
                self._recent_questions.append((action.ts, action.intent, action.job))
                self._trim_recent(action.ts)
            case Post():
                self._post(action)
            case PostAcked():
                logged = self._posts.get(action.post_id)
                if logged is not None:
                    logged.status = action.status
                    logged.reason = action.reason
                self._post_counts[action.status] = self._post_counts.get(action.status, 0) + 1
            case QuestionAnswered():
                logged = self._posts.get(action.post_id)
                job = logged.post.job if logged is not None else None
                for qid in action.qids:
                    intent = qid.rsplit("#", 1)[-1]
                    self._tally(intent, job).answered += 1
            case ApplicationMade():
                self._applications.append(action)
                self._applied[action.job] = self._applied.get(action.job, 0) + 1
            case PollChanged():
                self._poll_id = action.poll_id
                self._poll_votes.setdefault(action.poll_id, {1: 0, 2: 0})
            case PollVote():
                votes = self._poll_votes.setdefault(action.poll_id, {1: 0, 2: 0})
                votes[action.choice] = votes.get(action.choice, 0) + 1
            case AudienceSeen() if action.kind == "viewers":
                self._viewers = action.count
                self._viewers_per_minute[int(action.ts // 60)] = action.count
            case FeatureChanged():
                self.overlay.feature(action.job)
            case StreamEnded():
                self.ended = True
            case _:
                pass

    def _comment(self, seen: CommentSeen) -> None:
        """Count a comment into the per-minute and recent-rate buckets."""
        self._comment_total += 1
        bucket = int(seen.ts // _BUCKET)
        self._comments[bucket] = self._comments.get(bucket, 0) + 1
        minute = int(seen.ts // 60)
        self._per_minute[minute] = self._per_minute.get(minute, 0) + 1
        if len(self._comments) > 12:
            for old in sorted(self._comments)[:-12]:
                del self._comments[old]
        if len(self._per_minute) > self.minutes_kept:
            for old in sorted(self._per_minute)[: -self.minutes_kept]:
                del self._per_minute[old]
        if len(self._viewers_per_minute) > self.minutes_kept:
            for old in sorted(self._viewers_per_minute)[: -self.minutes_kept]:
                del self._viewers_per_minute[old]

    def _post(self, post: Post) -> None:
        """Log a post and remember it as the latest answer to its question."""
        self._post_counts["sent"] += 1
        self._posts[post.id] = _LoggedPost(post)
        self._post_order.append(post.id)
        while len(self._post_order) > self.post_log_size:
            self._posts.pop(self._post_order.popleft(), None)
        if post.kind == "answer":
            for intent in post.intents:
                tally = self._tally(intent, post.job)
                tally.answer = post.text
                tally.answer_ts = post.ts

    def _tally(self, intent: str, job: str | None) -> _Tally:
        """The tally of one intent and job, created on first use."""
        key = (intent, job)
        tally = self._tallies.get(key)
        if tally is None:
            tally = self._tallies[key] = _Tally()
        return tally

    def _trim_recent(self, now: float) -> None:
        """Forget questions older than the recent window."""
        while self._recent_questions and now - self._recent_questions[0][0] > self.recent_window:
            self._recent_questions.popleft()

    # ------------------------------------------------------------------ the host's commands

    def feature(self, job: str | None) -> None:
        """Put `job` on screen (None: nothing); the room posts its card."""
        if job is not None and job not in self.room.index.by_id:
            raise ConsoleError(f"job {job}: not in the catalogue")
        self.submit(Feature(self.clock(), job))

    def reply(self, key: str, text: str) -> None:
        """Answer the queued question `key`; the room posts `text` naming its askers.

        The answer passes the privacy filter (numbers masked, controls stripped) and the checks
        every post of the bot passes: a link or a blocked word refuses it with the reason.
        """
        words = mask(" ".join(text.split()))
        if not words:
            raise ConsoleError("the answer is empty")
        if len(words) > MAX_REPLY_CHARS:
            raise ConsoleError(f"the answer is longer than {MAX_REPLY_CHARS} characters")
        refused = self.room.spam.outbound_reason(words)
        if refused is not None:
            raise ConsoleError(f"the answer is not posted: {refused}")
        item = self.room.host_queue.get(key)
        if item is None:
            raise ConsoleError(f"question {key}: no longer waiting")
        now = self.clock()
        self._host_answers.appendleft(
            {
                "key": key,
                "intent": item.intent,
                "intent_label": INTENT_LABELS.get(item.intent, item.intent),
                "job": item.job,
                "job_label": self._job_label(item.job),
                "askers": len(item.askers),
                "text": words,
                "ts": now,
            }
        )
        self.submit(HostReply(now, key, words))

    def poll(self, start: bool) -> None:
        """Start or stop the viewers' satisfaction poll."""
        self.submit(PollCommand(self.clock(), start))

    def pause(self, paused: bool) -> None:
        """Silence the bot (it keeps listening and recording) or let it speak again."""
        self.submit(Pause(self.clock(), paused))

    def hide_overlay(self, hidden: bool) -> None:
        """Hide the overlay (it shows nothing; posts meanwhile are not shown) or show it again."""
        self.overlay.hide(hidden)

    # ------------------------------------------------------------------ the snapshot

    def snapshot(self) -> Json:
        """The whole console state as JSON-able data."""
        room = self.room
        now = self.clock()
        return {
            "version": self.version,
            "now": now,
            "started": self.started,
            "ended": self.ended,
            "paused": room.paused,
            "featured": self._job_json(room.index.by_id[room.featured]) if room.featured else None,
            "jobs": [self._job_json(j) for j in sorted(room.index.catalog.jobs, key=lambda j: j.number)],
            "employers": [{"id": e.id, "name": e.name} for e in room.index.catalog.employers],
            "waiting": sum(len(g.askers) for g in room.groups.values()),
            "board": self._board(now),
            "queue": self._queue(),
            "host_answers": list(self._host_answers),
            "applications": self._applications_json(),
            "poll": self._poll_json(),
            "audience": self._audience(now),
            "posts": self._posts_json(),
            "overlay": self.overlay.status(),
            "notices": self.notices.json(),
        }

    def _job_label(self, job_id: str | None) -> str:
        """`3号 CNC操作工 · 鼎泰` for a job id, `—` for none."""
        job = self.room.index.by_id.get(job_id) if job_id else None
        if job is None:
            return job_id or "—"
        employer = self.room.index.employer_of(job)
        short = employer.aliases[0] if employer.aliases else employer.name
        return f"{job.number}号 {job.title} · {short}"

    def _job_json(self, job: Job) -> Json:
        """One job as the switcher and the featured panel show it."""
        index = self.room.index
        employer = index.employer_of(job)
        return {
            "id": job.id,
            "number": job.number,
            "title": job.title,
            "employer": employer.id,
            "employer_name": employer.name,
            "employer_short": employer.aliases[0] if employer.aliases else employer.name,
            "city": index.city_of(job),
            "pay": pay_range(job),
            "headcount": job.headcount,
            "applications": self.room.applications.get(job.id, 0),
            "label": self._job_label(job.id),
        }

    def _board(self, now: float) -> list[Json]:
        """What is being asked: per intent and job, waiting askers, counts and the latest answer."""
        self._trim_recent(now)
        recent: dict[tuple[str, str | None], int] = {}
        for _, intent, job in self._recent_questions:
            recent[(intent, job)] = recent.get((intent, job), 0) + 1
        waiting: dict[tuple[str, str | None], int] = {}
        for group in self.room.groups.values():
            if group.kind == "answer" and group.intent:
                key = (group.intent, group.job)
                waiting[key] = waiting.get(key, 0) + len(group.askers)
        queued: dict[tuple[str, str | None], int] = {}
        for item in self.room.host_queue.values():
            key = (item.intent, item.job)
            queued[key] = queued.get(key, 0) + len(item.askers)
        rows: list[Json] = []
        for key in set(self._tallies) | set(waiting) | set(queued):
            intent, job = key
            tally = self._tallies.get(key, _Tally())
            rows.append(
                {
                    "intent": intent,
                    "intent_label": INTENT_LABELS.get(intent, intent),
                    "job": job,
                    "job_label": self._job_label(job),
                    "waiting": waiting.get(key, 0),
                    "recent": recent.get(key, 0),
                    "asked": tally.asked,
                    "answered": tally.answered,
                    "queued": queued.get(key, 0),
                    "answer": tally.answer,
                    "answer_ts": tally.answer_ts,
                    "last_ts": tally.last_ts,
                }
            )
        rows.sort(key=lambda r: (-r["waiting"], -r["recent"], -r["queued"], -r["last_ts"], r["intent"]))
        return rows[:40]

    def _queue(self) -> list[Json]:
        """The host's queue: most askers first, then the oldest."""
        items = sorted(self.room.host_queue.items(), key=lambda kv: (-len(kv[1].askers), kv[1].first_ts))
        return [
            {
                "key": key,
                "intent": item.intent,
                "intent_label": INTENT_LABELS.get(item.intent, item.intent),
                "job": item.job,
                "job_label": self._job_label(item.job),
                "reason": item.reason,
                "reason_label": REASON_LABELS.get(item.reason, item.reason),
                "fact": item.fact,
                "fact_label": (describe(item.fact) or item.fact) if item.fact else None,
                "askers": len(item.askers),
                "names": [mask(a.name) for a in item.askers[:5]],
                "sample": mask(item.sample),
                "since": item.first_ts,
            }
            for key, item in items[:100]
        ]

    def _applications_json(self) -> Json:
        """Applications per job (the room's counts) and the latest applicants."""
        room = self.room
        by_job = [
            {
                "job": job_id,
                "label": self._job_label(job_id),
                "count": count,
                "headcount": room.index.by_id[job_id].headcount if job_id in room.index.by_id else None,
            }
            for job_id, count in sorted(room.applications.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        recent = [
            {"ts": a.ts, "name": mask(a.user_name), "job": a.job, "label": self._job_label(a.job)}
            for a in reversed(self._applications)
        ]
        return {"total": sum(room.applications.values()), "by_job": by_job, "recent": recent}

    def _poll_json(self) -> Json:
        """The poll: open or not, and the counts of the current or latest poll."""
        poll_id = self.room.poll_id or self._poll_id
        votes = self._poll_votes.get(poll_id, {1: 0, 2: 0}) if poll_id else {1: 0, 2: 0}
        return {
            "open": self.room.poll_id is not None,
            "id": poll_id,
            "satisfied": votes.get(1, 0),
            "unsatisfied": votes.get(2, 0),
            "total": votes.get(1, 0) + votes.get(2, 0),
        }

    def _audience(self, now: float) -> Json:
        """Viewers and comments per minute: the current rate and the last minutes."""
        since = int((now - 60.0) // _BUCKET)
        rate = sum(n for bucket, n in self._comments.items() if bucket > since)
        minutes = sorted(set(self._per_minute) | set(self._viewers_per_minute))[-30:]
        return {
            "viewers": self._viewers,
            "viewers_by_source": dict(self.viewers_by_source()) if self.viewers_by_source else {},
            "comments_per_min": rate,
            "comments_total": self._comment_total,
            "series": [
                {
                    "minute": m * 60,
                    "comments": self._per_minute.get(m, 0),
                    "viewers": self._viewers_per_minute.get(m),
                }
                for m in minutes
            ],
        }

    def _posts_json(self) -> Json:
        """The post log, newest first, with the counts of each outcome."""
        log = [
            {
                "id": p.post.id,
                "ts": p.post.ts,
                "kind": p.post.kind,
                "text": p.post.text,
                "job": p.post.job,
                "askers": len(p.post.reply_to),
                "status": p.status,
                "reason": p.reason,
                "retry_of": p.post.retry_of,
            }
            for p in (self._posts[i] for i in reversed(self._post_order))
        ][:100]
        counts = dict(self._post_counts)
        counts["pending"] = sum(1 for p in self._posts.values() if p.status == "pending")
        return {"counts": counts, "log": log}
