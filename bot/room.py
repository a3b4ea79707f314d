"""The heart of the bot: `Room.handle(event, now) -> actions`, pure and synchronous.

The room keeps the featured job, understands each comment, merges askers of the same question,
obeys the platform's send budget, records applications and poll answers, and hands what it cannot
answer to the host. It never awaits, never reads a clock, never touches a socket or a file.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from bot.answer.applied import bare_confirmations, confirmation_forms
from bot.answer.asked import GENERAL, Answerer, Asked
from bot.answer.cards import card_posts
from bot.answer.claims import asked_topics, first_asked
from bot.answer.compose import Composed, compose_employer, compose_search, fit, forms_of, job_head, mention
from bot.answer.facets import facet_in
from bot.answer.facts import apply_facts
from bot.answer.split import split_words
from bot.events import (
    Ack,
    Action,
    ApplicationMade,
    ApplicationRefused,
    AudienceSeen,
    Comment,
    CommentSeen,
    Counted,
    End,
    Enter,
    Event,
    Feature,
    FeatureChanged,
    Gap,
    GapSeen,
    Gift,
    HostReply,
    Like,
    Pause,
    PollChanged,
    PollCommand,
    PollVote,
    Post,
    PostAcked,
    PostKind,
    QuestionAnswered,
    QuestionOpened,
    QuestionQueued,
    StreamEnded,
    Tick,
    Viewers,
)
from bot.kept.regexes import compiled
from bot.privacy import mask, strip_controls
from bot.profiles import Profile
from bot.spam import SpamFilter
from bot.understand import Understander
from bot.understand.result import Understanding
from catalog.index import CatalogIndex

if TYPE_CHECKING:  # only named in annotations
    from catalog.models import Job

POLL_TEXT = "满意扣1 不满意扣2"
SWEEP_EVERY = 0.25
NOT_AGAIN = frozenset({"repeat", "filtered", "too_long", "logged_out", "csrf"})
"""Ack reasons after which the same text sent again cannot be shown: the post is dropped, not retried."""
STOPS_POSTING = frozenset({"logged_out", "csrf"})
"""Ack reasons after which no post of this run can be shown (the account is logged out, its CSRF
token refused): the room decides no more posts, so none is listed as made that was never sent."""
"""Seconds of stream time between two sweeps for stale askers and lost acks."""
_POLL_VOTE = compiled(r"^\s*(?:扣|kou|打)?\s*([12])(?:\s*(?:扣|kou|打)?\s*\1)*\s*$", re.I)
_NAME_JUNK = compiled(r"[\s@\x00-\x1f]+")
_SEARCH_WORDS = ("岗位", "工作", "职位", "活", "厂", "公司", "哪个", "哪些", "哪家", "其他", "别的", "招")
_WISH_FORM = compiled(r"有[^,，。;；\s]*的[吗嘛么呢?？]*$")
"""A wish in the 有…的 form closing the line (有包吃住的吗): a search, whatever its facet; a last
clause without 有 (夫妻房有吗，宿舍几人的) asks about the job on screen."""
_SEARCH_TOPICS = ("dorm", "canteen", "hours", "insurance", "pay", "requirements", "location", "duties")


_DECIDING = (Tick, Feature, PollCommand, HostReply, Pause)
"""The events on which the room chooses what to post."""

_asked_topics = lru_cache(maxsize=20_000)(asked_topics)
"""The topics a line asks, worked out once per distinct understood line."""
_TOLD_AFTER = compiled(r"[\s,，。!！~?？]+")
"""Where a question's first clause gives way to what the asker tells after it."""
_AFTER_APPLYING = compiled(r"联系|电话|微信|vx|加|群|以后|之后|然后")
"""Words asking how one is reached or what follows once applied, not how to apply."""


def _unnamed(text: str, job: Job | None) -> str:
    """A comment with the job's title and other names blanked: 水电工多少钱 asks the pay of a job
    called 水电工, not what water and power cost."""
    if job is None:
        return text
    for name in (job.title, *job.aliases):
        if len(name) >= 2 and name in text:
            text = text.replace(name, " ")
    return text


_masked_line = lru_cache(maxsize=20_000)(mask)
"""A comment's text masked: streams repeat their lines (扣1, 哈哈哈, the same question from many
viewers), so each distinct recent line is masked once."""


def _told(asked: Asked) -> tuple[str, ...]:
    """What an answer tells: each fact, and the clause of it that was asked (可以预支生活费 and
    夜班25元/小时 are two answers drawn from one note)."""
    return (*(f.text for f in asked.lead), *(f.short or "" for f in asked.lead))


@dataclass(frozen=True, slots=True)
class RoomConfig:
    """The room's tunables; the defaults suit a busy Bilibili room."""

    stale_after: float = 30.0
    """An answer not posted this long after the first asker asked is dropped, not posted late."""
    hold: float = 1.0
    """A new question waits this long for more askers of the same question before it is posted."""
    cooldown: float | None = None
    """The same answer is not posted again this soon (it is still on screen). None: eight send
    intervals, between 8 s and 5 s short of `stale_after` — one post per question per half minute
    serves every asker of it on a narrow pipe, and a wide pipe can repeat sooner."""
    card_cooldown: float = 60.0
    """A job's card is not posted again this soon."""
    ack_timeout: float = 10.0
    """A post with no ack after this long was silently dropped."""
    host_queue_size: int = 500
    """How many unanswered question groups the host's queue keeps."""
    dedup_window: int = 100_000
    """How many recent comment ids are remembered to drop a comment seen twice."""


@dataclass(slots=True)
class Asker:
    """One viewer waiting for one answer."""

    qid: str
    comment_id: str
    user_id: str
    name: str
    ts: float


@dataclass(slots=True)
class Group:
    """Askers of the same question, answered by one post."""

    key: tuple[str, ...]
    kind: PostKind
    job: str | None
    intent: str | None
    forms: tuple[str, ...]
    first_ts: float
    askers: list[Asker] = field(default_factory=list)
    headed: tuple[str, ...] = ()
    """The forms with the job's number, when `forms` leave it out because the job is on screen: they
    take their place if the host moves on before the answer goes out."""


@dataclass(slots=True)
class HostItem:
    """A question the bot cannot answer, waiting in the host's queue."""

    key: str
    intent: str
    job: str | None
    reason: str
    fact: str | None
    first_ts: float
    askers: list[Asker] = field(default_factory=list)
    sample: str = ""


@dataclass(frozen=True, slots=True)
class Notice:
    """A post that goes out before answers: a refusal, the poll, the host's words, a retry."""

    kind: PostKind
    text: str
    askers: tuple[Asker, ...] = ()
    job: str | None = None
    retry: Post | None = None


@dataclass(slots=True)
class Outgoing:
    """A post sent and not yet acknowledged."""

    post: Post
    sent: float
    retried: bool


class Room:
    """One live room's state and decisions."""

    def __init__(
        self,
        index: CatalogIndex,
        understander: Understander,
        profile: Profile,
        spam: SpamFilter,
        config: RoomConfig | None = None,
    ) -> None:
        self.index = index
        self.understander = understander
        self.profile = profile
        self.spam = spam
        self.config = config or RoomConfig()
        cooldown = self.config.cooldown
        if cooldown is None:
            cooldown = min(max(8.0, profile.interval * 8), self.config.stale_after - 5.0)
        self.cooldown_s = cooldown
        self.featured: str | None = None
        self.paused = False
        self.stopped: str | None = None
        """Why the platform takes no more posts this run (see STOPS_POSTING), None while it does."""
        self.ended = False
        self.groups: dict[tuple[str, ...], Group] = {}
        self.host_queue: dict[str, HostItem] = {}
        self.cards: deque[tuple[str, str]] = deque()
        self.urgent: deque[Notice] = deque()
        self.card_posted: dict[str, float] = {}
        self.cooldown: dict[tuple[str, ...], float] = {}
        self.recent_texts: deque[tuple[float, str]] = deque()
        self.next_slot = float("-inf")
        self.last_kind: PostKind | None = None
        self.outgoing: dict[str, Outgoing] = {}
        self.post_seq = 0
        self.seen_ids: set[str] = set()
        self.seen_order: deque[str] = deque()
        self.applied: set[tuple[str, str]] = set()
        self.applications: dict[str, int] = {}
        self.poll_id: str | None = None
        self.poll_seq = 0
        self.poll_voters: set[str] = set()
        self.last_sweep = float("-inf")
        self._composed: dict[tuple[str, ...], Composed] = {}
        self._answers: dict[tuple[str, str, str], tuple[tuple[str, ...], Composed]] = {}
        self._searches: dict[tuple[str, ...], Composed] = {}
        self._faqs: dict[tuple[str, str], tuple[tuple[str, ...], Composed] | None] = {}
        self._placed: dict[tuple[str, str, str], tuple[str, tuple[str, ...], Composed] | None] = {}
        self.answerer = Answerer(index)
        self._next_sweep = float("-inf")
        self._names: dict[str, str] = {}
        self.platform = ""
        """The source this room's comments come from, when one bot reads several."""
        self.post_prefix = ""
        """Put before every post id, when several rooms share one outbox."""

    # ------------------------------------------------------------------ entry point

    def handle(self, event: Event, now: float) -> list[Action]:
        """Take one event at time `now`; return what to post and record, in order."""
        out: list[Action] = []
        match event:
            case Comment():
                self._comment(event, now, out)
            case Feature():
                self._feature(event, now, out)
            case Ack():
                self._ack(event, now, out)
            case Tick():
                pass
            case Enter():
                out.append(AudienceSeen(event.ts, "enter", event.user.id, 1))
            case Like():
                out.append(AudienceSeen(event.ts, "like", event.user.id, event.count))
            case Gift():
                out.append(AudienceSeen(event.ts, "gift", event.user.id, event.count, event.gift))
            case Viewers():
                out.append(AudienceSeen(event.ts, "viewers", None, event.count))
            case Gap():
                out.append(GapSeen(event.ts, event.start, event.reason))
            case HostReply():
                self._host_reply(event, now, out)
            case PollCommand():
                self._poll_command(event, now, out)
            case Pause():
                self.paused = event.paused
            case End():
                self.ended = True
                out.append(StreamEnded(event.ts))
        if not self.ended and isinstance(event, _DECIDING):
            # Posts are chosen on the ticks every half second and on the host's actions, not on
            # each comment (a new question waits `hold` for more askers anyway) nor on what the
            # transport adds (acks, gaps): so the same stream decides the same posts however it
            # was carried.
            self._sweep(now, out)
            self._maybe_post(now, out)
        return out

    # ------------------------------------------------------------------ comments

    def _comment(self, c: Comment, now: float, out: list[Action]) -> None:
        """Understand one comment and route each of its questions (a comment id seen within the
        dedup window is counted, not handled again)."""
        cid = c.id
        seen = self.seen_ids
        if cid in seen:
            out.append(Counted(now, "duplicate_comment", 1, cid))
            return
        seen.add(cid)  # remembered while among the last `dedup_window` ids
        order = self.seen_order
        order.append(cid)
        if len(order) > self.config.dedup_window:
            seen.discard(order.popleft())
        user = c.user
        uid = user.id
        names = self._names
        name = names.get(user.name)
        if name is None:
            if len(names) > 50_000:
                names.clear()
            name = names[user.name] = display_name(user.name)
        said = c.text
        text = _masked_line(said)
        spam = self.spam.reason(uid, said, now)
        if spam is not None:
            out.append(
                CommentSeen(
                    c.ts,
                    c.id,
                    c.user.id,
                    name,
                    text,
                    (),
                    None,
                    None,
                    False,
                    True,
                    self.featured,
                    self.platform,
                )
            )
            out.append(Counted(c.ts, "spam", 1, f"{spam}:{c.id}"))
            return
        if self.poll_id is not None:
            vote = _POLL_VOTE.match(c.text)
            if vote:
                out.append(
                    CommentSeen(
                        c.ts,
                        c.id,
                        c.user.id,
                        name,
                        text,
                        (),
                        None,
                        None,
                        False,
                        False,
                        self.featured,
                        self.platform,
                    )
                )
                if c.user.id not in self.poll_voters:
                    self.poll_voters.add(c.user.id)
                    out.append(PollVote(c.ts, self.poll_id, c.user.id, int(vote.group(1))))
                return
        featured = self.featured
        u = self.understander.analyse(said, featured)
        job = self.index.by_id.get(u.job) if u.job else None
        out.append(
            CommentSeen(
                c.ts,
                cid,
                uid,
                name,
                text,
                u.intents,
                u.job,
                u.employer or (job.employer if job else None),
                u.question,
                False,
                featured,
                self.platform,
            )
        )
        if not u.intents:
            return
        u = self._asked_part(said, featured, u)
        asker_name = name
        if u.apply_command:
            self._application(c, u, asker_name, now, out)
        if u.card and job is not None:
            self._queue_card(job.id, now, force=True)
        topics = _asked_topics(u.intents, _unnamed(u.text, job))
        unanswered = self._first_unanswered(topics, u)
        for intent in topics:
            if intent == "apply" and u.apply_command:
                continue
            if intent == "jobs" and (u.card or ("apply" in u.intents and u.job and u.found == (u.job,))):
                continue  # 前台还招吗: the way to apply to the job named answers whether it hires
            qid = f"{cid}#{intent}"
            asker = Asker(qid, cid, uid, asker_name, c.ts)
            out.append(QuestionOpened(c.ts, qid, cid, uid, asker_name, intent, u.job, u.employer))
            if unanswered is not None and intent in GENERAL:
                # 叉车夜班有补贴没 宿舍有空调不 where the night allowance is not written: the line
                # goes to the host whole, not told its second question as if it were the first.
                key, fact = unanswered
                self._to_host(key, intent, u.job, "missing", fact, asker, said, now, out)
                continue
            self._route(asker, intent, u, said, now, out)

    def _asked_part(self, said: str, featured: str | None, u: Understanding) -> Understanding:
        """A question followed by what the asker tells of themself (英语不好行吗 就会个hello,
        多长时间结一回钱啊 俺就想干个年前这一个多月挣点过年钱): its first clause alone is answered, when what
        follows asks nothing and names no job, employer, place or topic, the first clause alone still
        reads as a question of the same job, and the whole line finds no answer."""
        parts = _TOLD_AFTER.split(said.strip(), maxsplit=1)
        if len(parts) < 2 or u.apply_command or not parts[0] or not parts[1] or self._answered_whole(u):
            return u
        tail = self.understander.analyse(parts[1], featured)
        if tail.question or tail.intents or tail.job or tail.employer or tail.city:
            return u
        head = self.understander.analyse(parts[0], featured)
        if not head.question or not head.intents or head.apply_command or head.job != u.job:
            return u
        return head

    def _answered_whole(self, u: Understanding) -> bool:
        """Whether the catalogue answers a line's first question as the whole line reads."""
        job = self.index.by_id.get(u.job or self.featured or "")
        intent = u.intents[0]
        if job is None or intent in ("jobs", "apply"):
            return True
        if intent == "other" or u.placed_by:
            return self._faq_answer(job.id, u.text) is not None or self._placed_found(job, u) is not None
        _, composed = self._answer(intent, job.id, u.text)
        return composed.missing is None and bool(composed.forms)

    def _first_unanswered(self, topics: tuple[str, ...], u: Understanding) -> tuple[str, str] | None:
        """For a line asking topics in separate clauses about one job, the host queue's key and
        the missing fact when the catalogue lacks what its first clause asks; else None."""
        job = self.index.by_id.get(u.job) if u.job else None
        if job is None or len(topics) < 2:
            return None
        first = first_asked(topics, u.text)
        if first is None:
            return None
        _, composed = self._answer(first, job.id, u.text)
        if composed.missing is None and composed.forms:
            return None
        fact = composed.missing or first
        return f"{job.id}:{fact}", fact

    def _route(
        self, asker: Asker, intent: str, u: Understanding, text: str, now: float, out: list[Action]
    ) -> None:
        """Put one question into a group to answer, or into the host's queue."""
        if intent == "other" or u.placed_by:
            # A question placed only by the catalogue's words is answered as carefully as one
            # the understanding could not place: by a fact that plainly says what it asks.
            if self._faq_answers(asker, u, text, now, out):
                return
            if (u.unplaced or u.placed_by) and self._placed_answers(asker, u, text, now, out):
                return
            reason = "misread" if u.misread else "other"
            self._to_host(f"{reason}:{asker.comment_id}", intent, None, reason, None, asker, text, now, out)
            return
        if u.unknown_company:
            self._to_host(f"unknown:{intent}", intent, None, "unknown", None, asker, text, now, out)
            return
        if intent == "jobs" and self._asks_featured(u):
            self._route(asker, self._featured_topic(u.text), replace(u, job=self.featured), text, now, out)
            return
        if intent == "jobs":
            key: tuple[str, ...] = ("jobs", u.city or "", *u.found)
            composed = self._searches.get(key)
            if composed is None:
                if len(self._searches) > 20_000:
                    self._searches.clear()
                composed = self._searches[key] = compose_search(
                    self.index, u.found, u.city, self.profile.max_chars
                )
            self._to_group(key, "answer", None, intent, composed, asker, text, now, out)
            return
        job = self.index.by_id.get(u.job) if u.job else None
        if job is None and u.employer is not None and intent not in ("legitimacy", "location"):
            # 华辰宿舍怎么样 with a 华辰 job on screen names no single job; the one on screen is meant.
            shown = self.index.by_id.get(self.featured or "")
            job = shown if shown is not None and shown.employer == u.employer else None
        if job is None and u.to_host:
            job = self.index.by_id.get(self.featured or "")  # 你们是中介吧: told of the job on screen
        if job is None and u.employer is None and u.city is not None:
            # 宁德站有人接吗 with a 宁德 job on screen names a city of several jobs: the one on screen.
            shown = self.index.by_id.get(self.featured or "")
            if shown is not None and u.city == self.index.city_of(shown):
                job = shown
        if job is None:
            employer = self.index.employers.get(u.employer) if u.employer else None
            if employer is not None and intent in ("legitimacy", "location"):
                composed = compose_employer(employer, intent, u.text, self.index.catalog.faq)
                # 坤达是直招吗 and 坤达要中介费吗 are two facts: askers share a post only when it tells both.
                told = composed.missing or (composed.forms[0] if composed.forms else "")
                key = (employer.id, intent, told)
                self._to_group(key, "answer", None, intent, composed, asker, text, now, out)
            else:
                where = u.employer or u.city or "none"
                self._to_host(f"{where}:{intent}", intent, None, "which_job", None, asker, text, now, out)
            return
        key, composed = self._answer(intent, job.id, u.text)
        self._to_group(key, "answer", job.id, intent, composed, asker, text, now, out)

    def _faq_answers(self, asker: Asker, u: Understanding, text: str, now: float, out: list[Action]) -> bool:
        """A question the understanding reads as no topic that the job's or employer's FAQ asks in
        its own words (手机能带进车间不) is answered by the FAQ; whether it was."""
        job = self.index.by_id.get(u.job or self.featured or "")
        if job is None or u.unknown_company:
            return False
        if u.job is None and u.employer is not None and u.employer != job.employer:
            return self._employer_faq_answers(asker, u.employer, u, text, now, out)
        found = self._faq_answer(job.id, u.text)
        if found is None:
            return False
        key, composed = found
        self._to_group(key, "answer", job.id, "other", composed, asker, text, now, out)
        return True

    def _employer_faq_answers(
        self, asker: Asker, employer_id: str, u: Understanding, text: str, now: float, out: list[Action]
    ) -> bool:
        """A line naming an employer of several jobs, none on screen, that the employer's own FAQ
        asks (立芯那个厂多少人): told the employer's answer under its name; whether it was."""
        employer = self.index.employers.get(employer_id)
        jobs = self.index.jobs_of.get(employer_id, ())
        if employer is None or not jobs:
            return False
        asked = self.answerer.faq(jobs[0], u.text)
        if asked is None or not any(asked.lead[0].text == f.a for f in employer.faq):
            return False
        name = employer.aliases[0] if employer.aliases else employer.name
        composed = Composed(forms_of(f"{name} ", "", asked.lead))
        key = (employer_id, *_told(asked))
        self._to_group(key, "answer", None, "other", composed, asker, text, now, out)
        return True

    def _placed_answers(
        self, asker: Asker, u: Understanding, text: str, now: float, out: list[Action]
    ) -> bool:
        """A question read as no topic whose words still ask one facet of the job (每天干多久), or
        placed in its topic by the catalogue's words only, is answered with that facet's fact
        (or the fact holding those words), found once per wording; whether it was."""
        job = self.index.by_id.get(u.job or self.featured or "")
        if job is None or u.unknown_company:
            return False
        found = self._placed_found(job, u)
        if found is None:
            return False
        topic, key, composed = found
        self._to_group(key, "answer", job.id, topic, composed, asker, text, now, out)
        return True

    def _placed_found(self, job: Job, u: Understanding) -> tuple[str, tuple[str, ...], Composed] | None:
        """The topic, group and answer of a line placed by its words (see `_placed_answers`), found
        once per wording; None when its words place it nowhere."""
        memo = (job.id, u.text, u.unplaced + ":" + u.placed_by)
        if memo not in self._placed:
            if len(self._placed) > 20_000:
                self._placed.clear()
            placed = self.answerer.placed(job, u.text, named=u.unplaced == "named")
            if placed is None and u.placed_by and u.intents[0] != "other":
                # 上厕所方便吗, placed in the duties by their own words (上厕所): told the fact that
                # holds those words, and only that.
                placed = self.answerer.holding(u.intents[0], job, u.text, u.placed_by)
            if placed is None and u.intents[0] == "other":
                placed = self.answerer.worded(job, u.text)
            if placed is None:
                self._placed[memo] = None
            else:
                topic, asked = placed
                told = _told(asked)
                self._placed[memo] = (topic, (job.id, *told), self._compose(asked, job.id, told))
        return self._placed[memo]

    def _faq_answer(self, job: str, norm: str) -> tuple[tuple[str, ...], Composed] | None:
        """The group and answer of the FAQ entry a line asks about a job, found once per wording;
        None when it asks none."""
        if (job, norm) in self._faqs:
            return self._faqs[(job, norm)]
        if len(self._faqs) > 20_000:
            self._faqs.clear()
        asked = self.answerer.faq(self.index.by_id[job], norm)
        found = None
        if asked is not None:
            told = _told(asked)
            found = ((job, *told), self._compose(asked, job, told))
        self._faqs[(job, norm)] = found
        return found

    def _to_group(
        self,
        key: tuple[str, ...],
        kind: PostKind,
        job: str | None,
        intent: str | None,
        composed: Composed,
        asker: Asker,
        text: str,
        now: float,
        out: list[Action],
    ) -> None:
        """Join the askers waiting for this answer, or hand the question over when facts lack."""
        if composed.missing is not None or not composed.forms:
            fact = composed.missing or (intent or "")
            self._to_host(
                f"{job or key[0]}:{fact}", intent or "", job, "missing", fact, asker, text, now, out
            )
            return
        group = self.groups.get(key)
        if group is None:
            # A wording holding a blocked word (人事加微信视频面试 holds 加微) would be refused at
            # the send: the group keeps the clean ones; when none is clean the host tells it.
            clean = tuple(f for f in composed.forms if self.spam.outbound_ok(f))
            applying = self.index.by_id.get(job) if intent == "apply" and job is not None else None
            if not clean and applying is not None and _AFTER_APPLYING.search(text) is None:
                # 咋个报 of 直播间发 报名10，店长加微信: how to apply is still the command the room
                # takes; how one is reached after it (报名以后怎么联系) waits for the host.
                command = forms_of(*job_head(applying), apply_facts(applying)[:1])
                clean = tuple(f for f in command if self.spam.outbound_ok(f))
            if not clean:
                self._to_host(
                    f"{job or key[0]}:blocked:{intent}",
                    intent or "",
                    job,
                    "blocked",
                    None,
                    asker,
                    text,
                    now,
                    out,
                )
                return
            unheaded = tuple(f for f in composed.unheaded if self.spam.outbound_ok(f))
            if unheaded and job is not None and job == self.featured:
                # The job on screen: its number goes without saying, and the asked facts fit whole.
                group = self.groups[key] = Group(key, kind, job, intent, unheaded, asker.ts, headed=clean)
            else:
                group = self.groups[key] = Group(key, kind, job, intent, clean, asker.ts)
        group.askers.append(asker)

    def _to_host(
        self,
        key: str,
        intent: str,
        job: str | None,
        reason: str,
        fact: str | None,
        asker: Asker,
        text: str,
        now: float,
        out: list[Action],
    ) -> None:
        """Queue a question for the host and record why."""
        item = self.host_queue.get(key)
        if item is None:
            if len(self.host_queue) >= self.config.host_queue_size:
                del self.host_queue[next(iter(self.host_queue))]  # items join in time order
            item = self.host_queue[key] = HostItem(
                key, intent, job, reason, fact, asker.ts, sample=mask(text)
            )
        item.askers.append(asker)
        out.append(QuestionQueued(asker.ts, key, (asker.qid,), intent, job, reason, fact))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ applications

    def _application(self, c: Comment, u: Understanding, name: str, now: float, out: list[Action]) -> None:
        """Record an application once per viewer and job, or refuse it politely."""
        job = self.index.by_id.get(u.job) if u.job else None
        asker = Asker(f"{c.id}#apply", c.id, c.user.id, name, c.ts)
        if job is None:
            out.append(ApplicationRefused(c.ts, c.id, c.user.id, u.job, "unknown_job"))
            self._tell(asker, ("没找到这个岗位号 请看屏幕上的编号", "没有这个岗位号"), None)
            return
        if u.age is not None and u.age < 16:
            out.append(ApplicationRefused(c.ts, c.id, c.user.id, job.id, "under_age"))
            self._tell(asker, ("未满十六周岁不能报名 谢谢关注", "未满十六周岁不能报名"), None)
            return
        if (c.user.id, job.id) in self.applied:
            out.append(Counted(c.ts, "duplicate_application", 1, c.id))
            return
        taken = self.applications.get(job.id, 0)
        if job.headcount is not None and taken >= job.headcount:
            out.append(ApplicationRefused(c.ts, c.id, c.user.id, job.id, "full"))
            self._tell(asker, (f"{job.number}号已招满 可以看看其他岗位", f"{job.number}号已招满"), job.id)
            return
        self.applied.add((c.user.id, job.id))
        self.applications[job.id] = taken + 1
        employer = self.index.employer_of(job)
        out.append(
            ApplicationMade(
                c.ts, c.id, c.user.id, name, job.id, employer.id, mask(c.text)[:40], self.platform
            )
        )
        # A recruiter's next step holding a blocked word (站长加微信拉群) is left out, not the post.
        forms = confirmation_forms(job, self.profile.max_chars, self.spam.outbound_ok)
        group = self.groups.get(("apply", job.id))
        if group is None:
            group = self.groups[("apply", job.id)] = Group(
                ("apply", job.id), "apply", job.id, "apply", forms, c.ts
            )
        group.askers.append(asker)

    def _telling_next(self, answer: str, group: Group) -> str:
        """A confirmation that names its applicants but tells less of what follows (@小王 已报名3号,
        @小王 已报名3号 留电话) gives way to the one telling most of it, without a name when only
        that fits: the post serves every applicant of the job, and what to do next is what each
        of them needs."""
        job = self.index.by_id.get(group.job or "")
        if job is None:
            return answer
        bare = bare_confirmations(job)
        telling = [f for f in group.forms if f not in bare and len(f) <= self.profile.max_chars]
        if not telling or answer.endswith(telling[0]):
            return answer
        return telling[0]

    def _tell(self, asker: Asker, forms: tuple[str, ...], job: str | None) -> None:
        """A refusal addressed to one applicant, in the longest form that fits."""
        text = fit([asker.name], forms, self.profile.max_chars)
        if text is not None:
            self._urgent("apply", text, (asker,), job)

    def _urgent(self, kind: PostKind, text: str, askers: tuple[Asker, ...], job: str | None) -> None:
        """A short notice that goes out before answers (refusals, the poll, host replies)."""
        self.urgent.append(Notice(kind, text, askers, job))

    # ------------------------------------------------------------------ featured job, cards, poll, host

    def _feature(self, event: Feature, now: float, out: list[Action]) -> None:
        """The host features a job: remember it and post its card."""
        job = event.job if event.job in self.index.by_id else None
        if event.job is not None and job is None:
            out.append(Counted(event.ts, "unknown_feature", 1, event.job))
        if job == self.featured:
            return
        self.featured = job
        out.append(FeatureChanged(event.ts, job))
        for group in self.groups.values():
            if group.headed and group.job != job:
                # An answer left without its job's number waits still: off screen, it says the number.
                group.forms, group.headed = group.headed, ()
        self.cards.clear()
        if job is not None:
            self._queue_card(job, now, force=False)

    def _queue_card(self, job_id: str, now: float, force: bool) -> None:
        """Queue the card's posts unless the same card went out moments ago."""
        last = self.card_posted.get(job_id)
        if last is not None and now - last < self.config.card_cooldown:
            return
        if any(j == job_id for j, _ in self.cards):
            return
        if force:
            self.cards = deque(c for c in self.cards if c[0] == job_id)
        job = self.index.by_id[job_id]
        for text in card_posts(self.index, job, self.profile.max_chars):
            self.cards.append((job_id, text))
        self.card_posted[job_id] = now

    def _poll_command(self, event: PollCommand, now: float, out: list[Action]) -> None:
        """Start or stop the satisfaction poll."""
        if event.start and self.poll_id is None:
            self.poll_seq += 1
            self.poll_id = f"poll-{self.poll_seq}"
            self.poll_voters = set()
            out.append(PollChanged(event.ts, self.poll_id, True))
            self._urgent("poll", POLL_TEXT, (), None)
        elif not event.start and self.poll_id is not None:
            out.append(PollChanged(event.ts, self.poll_id, False))
            self.poll_id = None

    def _host_reply(self, event: HostReply, now: float, out: list[Action]) -> None:
        """Post the host's answer to a queued question, naming its askers in every piece.

        The answer is masked like any text that leaves the bot and cut only between words; the
        askers' names take at most half a post, so a long answer still says whom it answers.
        """
        item = self.host_queue.pop(event.key, None)
        askers = tuple(item.askers) if item else ()
        job = item.job if item else None
        names = [a.name for a in askers]
        room = self.profile.max_chars
        text = mask(" ".join(event.text.split()))
        head = mention(names, room - len(text)) if len(text) < room else ""
        if names and not head:
            head = mention(names, room // 2)
        for i, part in enumerate(split_words(text, room - len(head))):
            self._urgent("host", head + part, askers if i == 0 else (), job)

    # ------------------------------------------------------------------ acks and time

    def _ack(self, event: Ack, now: float, out: list[Action]) -> None:
        """Settle a post: answered questions on success; one retry on failure."""
        sent = self.outgoing.pop(event.id, None)
        if sent is None:
            return
        if event.ok:
            out.append(PostAcked(event.ts, event.id, "shown"))
            if sent.post.questions:
                by: Literal["bot", "host"] = "host" if sent.post.kind == "host" else "bot"
                out.append(QuestionAnswered(sent.post.ts, sent.post.questions, sent.post.id, by))
            return
        out.append(PostAcked(event.ts, event.id, "rejected", event.reason))
        if event.reason in STOPS_POSTING:
            self.stopped = event.reason
        if event.reason in NOT_AGAIN:
            out.append(Counted(now, "post_failed", 1, sent.post.id))
            return
        self._retry(sent, now, out)

    def _retry(self, sent: Outgoing, now: float, out: list[Action]) -> None:
        """Send a failed post once more, if it is its first failure and still fresh."""
        post = sent.post
        if sent.retried or now - post.ts > self.config.stale_after / 2:
            out.append(Counted(now, "post_failed", 1, post.id))
            return
        self.urgent.appendleft(Notice(post.kind, post.text, (), post.job, retry=post))

    def _sweep(self, now: float, out: list[Action]) -> None:
        """Drop stale askers, notice lost acks, forget idle viewers."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_EVERY
        cutoff = now - self.config.stale_after
        # Askers join in time order: a group's first asker is its oldest.
        stale = [(key, group) for key, group in self.groups.items() if group.askers[0].ts < cutoff]
        for key, group in stale:
            askers = group.askers
            cut = 1
            while cut < len(askers) and askers[cut].ts < cutoff:
                cut += 1
            qids = tuple(a.qid for a in askers[:cut] if not a.qid.endswith("#apply"))
            if qids:
                out.append(
                    QuestionQueued(
                        now, "stale:" + ":".join(key), qids, group.intent or "", group.job, "stale"
                    )
                )
            del askers[:cut]
            if not askers:
                del self.groups[key]
        if self.outgoing:
            late = [p for p, o in self.outgoing.items() if now - o.sent > self.config.ack_timeout]
            for post_id in late:
                sent = self.outgoing.pop(post_id)
                out.append(PostAcked(now, post_id, "dropped"))
                self._retry(sent, now, out)
        while self.recent_texts and now - self.recent_texts[0][0] > self.profile.repeat_window:
            self.recent_texts.popleft()
        if now - self.last_sweep > 60.0:
            self.last_sweep = now
            self.spam.forget_before(now - 120.0)

    # ------------------------------------------------------------------ choosing what to post

    def _maybe_post(self, now: float, out: list[Action]) -> None:
        """Use the send slot, if it is open, for the most valuable waiting post."""
        if self.paused or self.stopped is not None or now < self.next_slot:
            return
        if self.urgent and not self._earlier_confirmation(self.urgent[0]):
            notice = self.urgent.popleft()
            retry = notice.retry
            if retry is not None:
                self._emit(
                    now,
                    notice.kind,
                    notice.text,
                    notice.job,
                    retry.intents,
                    (),
                    out,
                    retry_of=retry.id,
                    reply=retry.reply_to,
                    questions=retry.questions,
                )
                return
            if self._repeat(notice.text, now):
                self.urgent.appendleft(notice)
                return
            self._emit(now, notice.kind, notice.text, notice.job, (), notice.askers, out)
            return
        ready = self._ready(now)
        card_turn = bool(self.cards) and (self.last_kind != "card" or not ready)
        if card_turn and self._answers_pressed(now, ready):
            card_turn = False
        if card_turn:
            job, text = self.cards.popleft()
            if not self._repeat(text, now):
                self._emit(now, "card", text, job, (), (), out)
                return
        for group in ready:
            cutoff = now - self.config.stale_after
            if group.askers[0].ts < cutoff:
                self._next_sweep = now
                self._sweep(now, out)
                if group.key not in self.groups:
                    continue
            answer = fit(_named_once(group.askers), group.forms, self.profile.max_chars)
            if group.kind == "apply" and answer is not None:
                answer = self._telling_next(answer, group)
            if answer is None or self._repeat(answer, now):
                continue
            text = answer
            del self.groups[group.key]
            self.cooldown[group.key] = now
            intents: tuple[str, ...] = (group.intent,) if group.intent and group.kind == "answer" else ()
            askers = list(group.askers)
            for twin in self._twins(group, answer):
                # 洗衣机拆洗多少钱 read under two topics, each told 洗衣机拆洗150元: one post, once.
                del self.groups[twin.key]
                self.cooldown[twin.key] = now
                askers += twin.askers
                intents += (twin.intent,) if twin.intent and twin.intent not in intents else ()
            self._emit(now, group.kind, text, group.job, intents, tuple(askers), out)
            return

    def _twins(self, group: Group, answer: str) -> list[Group]:
        """Other groups waiting whose askers all asked in the comments `group` answers and whose
        post would say the same words: the same fact reached under another topic."""
        asked_in = {a.comment_id for a in group.askers}
        return [
            other
            for other in self.groups.values()
            if other.kind == group.kind
            and other.job == group.job
            and {a.comment_id for a in other.askers} <= asked_in
            and fit(_named_once(other.askers), other.forms, self.profile.max_chars) == answer
        ]

    def _answers_pressed(self, now: float, ready: list[Group]) -> bool:
        """Whether a card posted now would make a waiting answer go stale: with cards taking every
        other slot, the k-th answer waiting goes out 2k+1 slots from now; when that is too late
        for its first asker, answers go first and the card waits (it does not go stale)."""
        step = self.profile.interval
        for k, group in enumerate(ready):
            if group.kind != "answer":
                continue
            if now + (2 * k + 1) * step > group.askers[0].ts + self.config.stale_after:
                return True
        return False

    def _earlier_confirmation(self, notice: Notice) -> bool:
        """Whether an application confirmation waits from before this refusal (it goes first)."""
        if notice.kind != "apply" or not notice.askers:
            return False
        asked = notice.askers[0].ts
        return any(g.kind == "apply" and g.first_ts <= asked for g in self.groups.values())

    def _answer(self, intent: str, job: str, norm: str) -> tuple[tuple[str, ...], Composed]:
        """The group a question about a job joins and the answer it waits for, found once per
        wording (the catalogue never changes).

        The facts told are the group's key: askers share a post only when it states the very
        facts each of them asked (要叉车证吗 and 要电工证吗 are one facet, two facts), and askers
        whose words differ but whose fact is the same (工资多少, 一个月能拿多少) share one. A fact
        the catalogue lacks is keyed by what was asked.
        """
        found = self._answers.get((intent, job, norm))
        if found is None:
            if len(self._answers) > 20_000:
                self._answers.clear()
            asked = self.answerer.asked(intent, self.index.by_id[job], norm)
            told = _told(asked)
            key = (job, *told) if asked.lead else (job, asked.key)
            found = self._answers[(intent, job, norm)] = (key, self._compose(asked, job, told))
        return found

    def _compose(self, asked: Asked, job: str, told: tuple[str, ...]) -> Composed:
        """An answer from the catalogue, composed once per fact asked (`told`: the facts it tells)."""
        key = (job, asked.key, *told)
        composed = self._composed.get(key)
        if composed is None:
            if len(self._composed) > 20_000:
                self._composed.clear()
                self._answers.clear()  # they hold answers composed before
                self._faqs.clear()
            composed = self._composed[key] = self.answerer.compose(
                asked, self.index.by_id[job], self.profile.max_chars
            )
        return composed

    def _asks_featured(self, u: Understanding) -> bool:
        """Whether a `jobs` search is a question about the job on screen: it names no job word
        (岗位, 工作, 厂 …) nor a wish in the 有…的 form, and a facet of a topic fits its words
        (有夫妻房吗 asks about the job on screen; 有夫妻房的岗位吗 searches)."""
        shown = self.index.by_id.get(self.featured or "")
        if shown is None or u.card:
            return False
        if u.city and u.city != (shown.city or self.index.employer_of(shown).city):
            return False  # 广州有夫妻房吗 with a job elsewhere on screen searches; its own city does not
        text = u.text
        if any(w in text for w in _SEARCH_WORDS) or _WISH_FORM.search(text):
            return False
        return bool(self._featured_topic(text))

    def _featured_topic(self, text: str) -> str:
        """The topic whose facets fit a search's words (empty when none does)."""
        for topic in _SEARCH_TOPICS:
            if facet_in(topic, text) is not None:
                return topic
        return ""

    def _ready(self, now: float) -> list[Group]:
        """Groups that may be posted now, in the order to post them. Application confirmations
        name new people each time: they neither wait for more nor cool down."""
        if not any(self._free_at(g) <= now for g in self.groups.values()):
            return []
        order = self._schedule(max(now, self.next_slot))
        return [g for g in order if self._free_at(g) <= now]

    def _free_at(self, group: Group) -> float:
        """When a group may first be posted: after its wait for more askers and its cooldown."""
        if group.kind == "apply":
            return float("-inf")
        return max(
            group.first_ts + self.config.hold,
            self.cooldown.get(group.key, float("-inf")) + self.cooldown_s,
        )

    def _schedule(self, start: float) -> list[Group]:
        """Every waiting group in the order to post it, the first send slot at `start`, to serve
        the most askers before they go stale.

        Groups are taken by askers served per post, most first, while every group taken can
        still go out in its turn before its oldest asker goes stale: in the order of that
        deadline, one send interval apart and none before it may be posted (a group still
        waiting out its cooldown keeps a turn too). The taken ones come first, most urgent first,
        then those that no longer fit, most askers first. A small group that can wait does not
        hold back a large one about to go stale, and when the pipe is too narrow for every group
        the smallest are the ones that wait.
        """
        step = self.profile.interval
        stale = self.config.stale_after
        by_size = sorted(self.groups.values(), key=lambda g: (-_served_by(g), g.first_ts))
        free = [max(self._free_at(g), start) for g in by_size]
        taken: list[tuple[float, float, int]] = []
        turns: list[float] = []
        later: list[Group] = []
        for n, group in enumerate(by_size):
            item = (group.askers[0].ts + stale, group.first_ts, n)
            at = bisect.bisect(taken, item)
            trial = [*taken[:at], item, *taken[at:]]
            # Those before it keep their turn; it and those after it may move later.
            t = turns[at - 1] + step if at else start
            times = turns[:at]
            for deadline, _, m in trial[at:]:
                t = max(t, free[m])
                if t > deadline:
                    break
                times.append(t)
                t += step
            if len(times) == len(trial):
                taken, turns = trial, times
            else:
                later.append(group)
        return [by_size[n] for _, _, n in taken] + later

    def _repeat(self, text: str, now: float) -> bool:
        """Whether the same text went out within the profile's repeat window."""
        return any(t == text and now - ts < self.profile.repeat_window for ts, t in self.recent_texts)

    def _emit(
        self,
        now: float,
        kind: PostKind,
        text: str,
        job: str | None,
        intents: tuple[str, ...],
        askers: tuple[Asker, ...],
        out: list[Action],
        retry_of: str | None = None,
        reply: tuple[str, ...] | None = None,
        questions: tuple[str, ...] | None = None,
    ) -> None:
        """Send one post within the budget and remember it until its ack."""
        text = mask(text)
        if not self.spam.outbound_ok(text) or len(text) > self.profile.max_chars:
            out.append(Counted(now, "post_blocked", 1, text[:20]))
            return
        self.post_seq += 1
        post = Post(
            ts=now,
            id=f"{self.post_prefix}p-{self.post_seq}",
            kind=kind,
            text=text,
            job=job,
            intents=intents,
            reply_to=reply if reply is not None else tuple(dict.fromkeys(a.comment_id for a in askers)),
            questions=questions if questions is not None else tuple(a.qid for a in askers if "#" in a.qid),
            retry_of=retry_of,
        )
        out.append(post)
        self.outgoing[post.id] = Outgoing(post, now, retry_of is not None)
        self.recent_texts.append((now, text))
        self.next_slot = now + self.profile.interval
        self.last_kind = kind
        if kind == "card" and job is not None:
            self.card_posted[job] = now


def _named_once(askers: list[Asker]) -> list[str]:
    """The askers' names, each comment once: one comment asked under two topics is named once."""
    return list({a.comment_id: a.name for a in askers}.values())


def _served_by(group: Group) -> int:
    """How many askers one post for `group` serves (a comment asking two of its topics, once)."""
    return len({a.comment_id for a in group.askers})


def display_name(name: str) -> str:
    """A viewer's name fit to show: without spaces, @, control, bidi or zero-width characters,
    then masked (so digits spread with spaces are read as one number), at most 12 chars."""
    cleaned = mask(_NAME_JUNK.sub("", strip_controls(name)))
    return cleaned[:12] or "观众"
