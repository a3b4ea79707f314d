"""What the overlay shows, and when: the featured job's card and one answer at a time (pure).

The overlay is a page that the host adds to OBS / 直播伴侣 as a browser source; viewers read it
in the stream. `Stage` decides what is on it at time `now` (given, never read from a clock):

- the card of the featured job (number, employer, title, city, pay, key facts — the catalogue's
  own phrases, as the card posts give them), for as long as the job is featured;
- answers one at a time, in the order they came: each stays at least `dwell` seconds (the
  `overlay` profile's time on screen), then gives way to the next one; with nothing after it,
  it goes after `linger` seconds. An answer that waited more than `max_wait` seconds behind
  others is dropped as stale (the askers have moved on, as in chat), and the same text to the
  same askers is not shown again within `repeat_window` seconds.

A post counts as shown only when a connected page says it has put it on screen (`shown`); the
stage hands back every post's outcome as a `Verdict`: ok, or failed with a reason —
`no_overlay` (no page connected), `hidden` (the host hid the overlay), `stale`, `repeat`,
`unseen` (it left the screen with no page confirming it). A post id seen again gets its first
verdict again; a retry of a post already shown is not shown twice.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Any, Final

from bot.events import Post
from bot.privacy import mask
from bot.profiles import PROFILES

NO_OVERLAY: Final = "no_overlay"
HIDDEN: Final = "hidden"
STALE: Final = "stale"
REPEAT: Final = "repeat"
UNSEEN: Final = "unseen"

_MENTIONS = re.compile(r"^(?:@[^\s@]+ )+")
_OVERLAY = PROFILES["overlay"]
"""The overlay's profile: its interval is an answer's time on screen, and its repeat window."""
_VERDICT_MEMORY = 10_000


@dataclass(frozen=True, slots=True)
class Pace:
    """How long things stay on the overlay (seconds of the overlay's own clock)."""

    dwell: float = _OVERLAY.interval
    """An answer stays on screen at least this long before the next one replaces it."""
    max_wait: float = 8.0
    """An answer waiting longer than this behind others is stale and dropped."""
    linger: float = 15.0
    """An answer with nothing after it leaves the screen after this long."""
    repeat_window: float = _OVERLAY.repeat_window
    """The same words to the same askers are not shown again within this long."""
    queue_size: int = 20
    """At most this many answers wait; beyond that the oldest is dropped as stale."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of one post on the overlay."""

    post_id: str
    ok: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """The featured job as the overlay's card shows it (every field from the catalogue)."""

    job: str
    number: int
    employer: str
    title: str
    city: str
    pay: str | None
    facts: tuple[str, ...]
    apply: str

    def to_json(self) -> dict[str, Any]:
        """The card as the page receives it."""
        return {
            "job": self.job,
            "number": self.number,
            "employer": self.employer,
            "title": self.title,
            "city": self.city,
            "pay": self.pay,
            "facts": list(self.facts),
            "apply": self.apply,
        }


@dataclass(frozen=True, slots=True)
class Line:
    """One answer as the overlay shows it: who asked, and the answer (both masked)."""

    id: str
    kind: str
    names: tuple[str, ...]
    text: str
    job: str | None
    arrived: float

    def to_json(self) -> dict[str, Any]:
        """The answer as the page receives it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "names": list(self.names),
            "text": self.text,
            "job": self.job,
        }


def split_mentions(text: str) -> tuple[tuple[str, ...], str]:
    """`@小王 @阿强 3号…` → (("小王", "阿强"), "3号…"): the room names askers as leading mentions."""
    found = _MENTIONS.match(text)
    if found is None:
        return (), text
    names = tuple(part[1:] for part in found.group(0).split())
    return names, text[found.end() :]


def line_of(post: Post, now: float) -> Line:
    """A post as an answer line, with phone and ID numbers masked."""
    names, rest = split_mentions(post.text)
    return Line(post.id, post.kind, tuple(mask(n) for n in names), mask(rest.strip()), post.job, now)


@dataclass
class _OnScreen:
    """The answer on screen, since when, and whether a page has confirmed it."""

    line: Line
    since: float
    confirmed: bool = False


@dataclass
class Stage:
    """The overlay's state: the card, the answer on screen, the queue behind it, the pages."""

    pace: Pace = field(default_factory=Pace)
    pages: int = 0
    hidden: bool = False
    card: Card | None = None
    version: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"shown": 0, "failed": 0})
    failures: dict[str, int] = field(default_factory=dict)
    _current: _OnScreen | None = None
    _queue: deque[Line] = field(default_factory=deque)
    _card_pending: list[str] = field(default_factory=list)
    _card_confirmed: bool = False
    _recent: deque[tuple[float, str]] = field(default_factory=deque)
    _verdicts: OrderedDict[str, Verdict] = field(default_factory=OrderedDict)

    # ------------------------------------------------------------------ what comes in

    def offer(self, post: Post, card: Card | None, now: float) -> list[Verdict]:
        """A post for the overlay (`card`: its job's card, for a card post); the outcomes known now."""
        earlier = self._verdicts.get(post.id)
        if earlier is not None:
            return [earlier]
        if self._waiting(post.id):
            return []  # handed over twice while still on its way: shown once
        if post.retry_of is not None:
            first = self._verdicts.get(post.retry_of)
            if first is not None and (first.ok or first.reason == STALE):
                return [self._settle(Verdict(post.id, first.ok, first.reason))]
        out = self.advance(now)
        if self.pages == 0:
            out.append(self._settle(Verdict(post.id, False, NO_OVERLAY)))
        elif self.hidden:
            out.append(self._settle(Verdict(post.id, False, HIDDEN)))
        elif post.kind == "card":
            out.extend(self._offer_card(post, card))
        else:
            line = line_of(post, now)
            said = "、".join(line.names) + "：" + line.text
            if self._repeat(said, now):
                out.append(self._settle(Verdict(post.id, False, REPEAT)))
            else:
                self._recent.append((now, said))
                self._queue.append(line)
                while len(self._queue) > self.pace.queue_size:
                    out.append(self._settle(Verdict(self._queue.popleft().id, False, STALE)))
                out.extend(self.advance(now))
        return out

    def _offer_card(self, post: Post, card: Card | None) -> list[Verdict]:
        """A card post: its job's card goes (or stays) on screen; ok once a page has shown it."""
        if card is None:
            return [self._settle(Verdict(post.id, False, UNSEEN))]
        if self.card is not None and self.card.job == card.job and self._card_confirmed:
            return [self._settle(Verdict(post.id, True))]
        if self.card is None or self.card.job != card.job:
            self._set_card(card)
        self._card_pending.append(post.id)
        self.version += 1
        return []

    def feature(self, card: Card | None) -> list[Verdict]:
        """The featured job changed: its card (None: no card)."""
        if (self.card.job if self.card else None) == (card.job if card else None):
            return []
        return self._set_card(card)

    def _set_card(self, card: Card | None) -> list[Verdict]:
        """Put another card up; card posts of the old one not yet confirmed were never seen."""
        out = [self._settle(Verdict(pid, False, UNSEEN)) for pid in self._card_pending]
        self._card_pending = []
        self._card_confirmed = False
        self.card = card
        self.version += 1
        return out

    def shown(self, ids: list[str], version: int) -> list[Verdict]:
        """A page has put the view of `version` on screen, with these post ids in it."""
        if version != self.version or self.hidden:
            return []
        out: list[Verdict] = []
        wanted = set(ids)
        cur = self._current
        if cur is not None and not cur.confirmed and cur.line.id in wanted:
            cur.confirmed = True
            out.append(self._settle(Verdict(cur.line.id, True)))
        if self.card is not None:
            self._card_confirmed = True
            for pid in [p for p in self._card_pending if p in wanted]:
                self._card_pending.remove(pid)
                out.append(self._settle(Verdict(pid, True)))
        return out

    def connected(self) -> None:
        """A page has connected."""
        self.pages += 1
        self._card_confirmed = False
        self.version += 1

    def disconnected(self) -> list[Verdict]:
        """A page has gone; with none left, whatever waited to be shown fails with `no_overlay`."""
        self.pages = max(0, self.pages - 1)
        if self.pages:
            return []
        self._card_confirmed = False
        return self._clear(NO_OVERLAY, keep_seen=True)

    def hide(self, hidden: bool) -> list[Verdict]:
        """The host hides the overlay (nothing on it; posts fail with `hidden`) or shows it again."""
        if hidden == self.hidden:
            return []
        self.hidden = hidden
        self._card_confirmed = False
        self.version += 1
        return self._clear(HIDDEN) if hidden else []

    def _clear(self, reason: str, keep_seen: bool = False) -> list[Verdict]:
        """Fail every post not yet confirmed with `reason`; the answer leaves the screen unless it
        was seen and `keep_seen` (a page that reconnects finds it still there, not shown again)."""
        out = [self._settle(Verdict(pid, False, reason)) for pid in self._card_pending]
        self._card_pending = []
        cur = self._current
        if cur is not None and not cur.confirmed:
            out.append(self._settle(Verdict(cur.line.id, False, reason)))
        out.extend(self._settle(Verdict(line.id, False, reason)) for line in self._queue)
        self._queue.clear()
        if cur is not None and not (keep_seen and cur.confirmed):
            self._current = None
        self.version += 1
        return out

    # ------------------------------------------------------------------ time

    def advance(self, now: float) -> list[Verdict]:
        """Let time pass to `now`: stale answers go, the next answer comes up, an old one leaves."""
        out: list[Verdict] = []
        while self._recent and now - self._recent[0][0] >= self.pace.repeat_window:
            self._recent.popleft()
        while self._queue and now - self._queue[0].arrived > self.pace.max_wait:
            out.append(self._settle(Verdict(self._queue.popleft().id, False, STALE)))
        cur = self._current
        if cur is not None:
            on_screen = now - cur.since
            if (self._queue and on_screen >= self.pace.dwell) or on_screen >= self.pace.linger:
                out.extend(self._take_down())
                cur = None
        if cur is None and self._queue and self.pages and not self.hidden:
            self._current = _OnScreen(self._queue.popleft(), now)
            self.version += 1
        return out

    def _take_down(self) -> list[Verdict]:
        """The answer on screen leaves it; unconfirmed, it was never seen."""
        cur = self._current
        assert cur is not None
        self._current = None
        self.version += 1
        if cur.confirmed:
            return []
        return [self._settle(Verdict(cur.line.id, False, UNSEEN))]

    def next_change(self, now: float) -> float | None:
        """When `advance` would next change something (None: not until something comes in)."""
        times: list[float] = []
        if self._queue:
            times.append(self._queue[0].arrived + self.pace.max_wait)
        cur = self._current
        if cur is not None:
            times.append(cur.since + (self.pace.dwell if self._queue else self.pace.linger))
        if self._recent:
            times.append(self._recent[0][0] + self.pace.repeat_window)
        return max(now, min(times)) if times else None

    # ------------------------------------------------------------------ what goes out

    def view(self) -> dict[str, Any]:
        """What every page shows now, and the post ids it confirms by showing it."""
        if self.hidden:
            return {
                "type": "view",
                "version": self.version,
                "hidden": True,
                "card": None,
                "answer": None,
                "ids": [],
            }
        cur = self._current
        ids = list(self._card_pending)
        if cur is not None and not cur.confirmed:
            ids.append(cur.line.id)
        return {
            "type": "view",
            "version": self.version,
            "hidden": False,
            "card": self.card.to_json() if self.card else None,
            "answer": cur.line.to_json() if cur else None,
            "ids": ids,
        }

    @property
    def queued(self) -> int:
        """Answers waiting behind the one on screen."""
        return len(self._queue)

    # ------------------------------------------------------------------ bookkeeping

    def _waiting(self, post_id: str) -> bool:
        """Whether the post is queued, on screen unconfirmed, or a card post awaiting a page."""
        if post_id in self._card_pending:
            return True
        cur = self._current
        if cur is not None and cur.line.id == post_id:
            return True
        return any(line.id == post_id for line in self._queue)

    def _repeat(self, text: str, now: float) -> bool:
        """Whether the same text was taken within the repeat window."""
        return any(t == text and now - ts < self.pace.repeat_window for ts, t in self._recent)

    def _settle(self, verdict: Verdict) -> Verdict:
        """Remember a post's outcome and count it."""
        self._verdicts[verdict.post_id] = verdict
        if len(self._verdicts) > _VERDICT_MEMORY:
            self._verdicts.popitem(last=False)
        if verdict.ok:
            self.counts["shown"] += 1
        else:
            self.counts["failed"] += 1
            reason = verdict.reason or "unknown"
            self.failures[reason] = self.failures.get(reason, 0) + 1
        return verdict
