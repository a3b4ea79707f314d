"""The bot's posts into a Bilibili room: paced as the platform wants, read by what it answers.

`Poster.post` sends one post through the HTTP API and returns its `Ack`:

- pacing: a post goes out at least `gap` seconds after the previous answer came back (1 s is
  what the platform allows; the answer is the latest the platform can have counted it) and never
  as the sixth within `window` seconds; a post longer than the account's limit in this room is
  not sent at all (`too_long`);
- reasons: a `code` 0 with a non-empty `message` is a refusal like any other code. On
  `msg in 1s` the gap grows (up to `MAX_GAP`) and the room's own retry comes later; `msg repeat`
  and a word filter (`f`, `k`, `内容非法`) fail the post with `repeat` / `filtered`, which the
  room does not send again as it was; the host is told of a filtered post. -101 (logged out) and
  -111 (CSRF token refused) stop posting for the rest of the run: the host is told once, every
  later post fails at once with the same reason;
- echoes: the room shows an accepted post to every connection as a DANMU_MSG from the account
  itself. While the danmaku connection is up and logged in, a post is only acked as shown when
  its echo arrives within `echo_wait` seconds; otherwise it failed (`not_shown`: the platform took
  it and showed it to nobody). With no connection to see echoes by, the HTTP answer decides.

Time is the injected `Clock`: tests turn it by hand.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter, deque
from collections.abc import Callable
from typing import Final

from bot.events import Ack, Counted, Post, Record
from bot.platforms.bilibili.api import BilibiliApi, SendResult
from bot.runtime.clock import Clock
from bot.runtime.notices import NoticeBoard

GAP: Final = 1.05
"""Seconds from the previous answer to the next post (the platform allows one a second)."""
BURST: Final = 5
WINDOW: Final = 10.5
"""At most `BURST` posts in `WINDOW` seconds."""
MAX_GAP: Final = 5.0
"""The longest the gap grows after the platform said `msg in 1s`."""
ECHO_WAIT: Final = 5.0
"""Seconds an accepted post's echo may take before the post counts as not shown."""
NO_COOKIE: Final = "no_cookie"
NOT_SHOWN: Final = "not_shown"
POSTING_STOPPED: Final = "posting_stopped"
"""The console's notice once the platform refused the account (-101, -111)."""
FILTERED: Final = "filtered"


def host_line(text: str) -> None:
    """Tell the host (stderr, one line)."""
    print(f"bilibili: {text}", file=sys.stderr, flush=True)


class Poster:
    """Sends posts to one room for one account, paced, and turns each answer into an ack."""

    def __init__(
        self,
        api: BilibiliApi,
        room_id: int,
        clock: Clock,
        stamp: Callable[[], float],
        *,
        length: int | None = None,
        echoes: Callable[[], bool] = lambda: False,
        tell: Callable[[str], None] = host_line,
        notices: NoticeBoard | None = None,
        gap: float = GAP,
        echo_wait: float = ECHO_WAIT,
    ) -> None:
        """`echoes()` says whether a logged-in danmaku connection is up to see echoes by; what the
        host is told also goes to `notices` (the console)."""
        self.api = api
        self.room_id = room_id
        self.clock = clock
        self.stamp = stamp
        self.length = length
        self.echoes = echoes
        self.tell = tell
        self.notices = notices
        self.gap = gap
        self.base_gap = gap
        self.echo_wait = echo_wait
        self.stopped: str | None = None
        """The reason posting stopped (logged_out, csrf), None while it goes on."""
        self.refused: Counter[str] = Counter()
        self.confirmed = 0
        self.stray_echoes = 0
        self._last_answer: float | None = None
        self._shown: deque[float] = deque()
        self._waiting: dict[str, deque[asyncio.Future[None]]] = {}
        self._turn = asyncio.Lock()

    # ------------------------------------------------------------------ echoes

    def echo(self, text: str) -> bool:
        """The account's post came back from the room; True when a sent post was waiting for it."""
        waiting = self._waiting.get(text)
        while waiting:
            future = waiting.popleft()
            if not future.done():
                future.set_result(None)
                return True
        self.stray_echoes += 1
        return False

    def _expect(self, text: str) -> asyncio.Future[None]:
        """A future set when `text` comes back from the room."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(text, deque()).append(future)
        return future

    def _unexpect(self, text: str, future: asyncio.Future[None]) -> None:
        """Stop waiting for an echo."""
        waiting = self._waiting.get(text)
        if waiting is not None and future in waiting:
            waiting.remove(future)
        if not waiting:
            self._waiting.pop(text, None)

    # ------------------------------------------------------------------ sending

    async def _pace(self) -> None:
        """Wait until the platform takes another post: `gap` after the last answer, `BURST` per `WINDOW`."""
        while True:
            now = self.clock.now()
            while self._shown and now - self._shown[0] >= WINDOW:
                self._shown.popleft()
            wait = 0.0
            if self._last_answer is not None:
                wait = self._last_answer + self.gap - now
            if len(self._shown) >= BURST:
                wait = max(wait, self._shown[0] + WINDOW - now)
            if wait <= 0:
                return
            await self.clock.sleep(wait)

    async def post(self, post: Post) -> Ack:
        """Send one post; its ack (the post's text goes out exactly as it is)."""
        if not self.api.logged_in:
            return self._fail(post, NO_COOKIE)
        if self.stopped is not None:
            return self._fail(post, self.stopped)
        if self.length is not None and len(post.text) > self.length:
            return self._fail(post, "too_long")
        async with self._turn:  # one post at a time: the pacing counts from the previous answer
            await self._pace()
            confirm = self.echoes()
            future = self._expect(post.text) if confirm else None
            result = await self.api.send(self.room_id, post.text)
            self._last_answer = self.clock.now()
        if not result.ok:
            if future is not None:
                self._unexpect(post.text, future)
            return self._refusal(post, result)
        self._shown.append(self._last_answer)
        if self.gap > self.base_gap:
            self.gap = max(self.base_gap, self.gap * 0.9)
        if future is None:
            return Ack(self.stamp(), post.id, True)
        return await self._confirmed(post, future)

    async def _confirmed(self, post: Post, future: asyncio.Future[None]) -> Ack:
        """Ok once the echo is back; not shown when it has not come within `echo_wait` seconds."""
        timer = asyncio.ensure_future(self.clock.sleep(self.echo_wait))
        try:
            await asyncio.wait({future, timer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
        if future.done():
            self.confirmed += 1
            return Ack(self.stamp(), post.id, True)
        self._unexpect(post.text, future)
        return self._fail(post, NOT_SHOWN)

    def _refusal(self, post: Post, result: SendResult) -> Ack:
        """A refused post's ack, after acting on the reason."""
        reason = result.reason or "refused"
        if reason == "too_fast":
            self.gap = min(MAX_GAP, self.gap * 1.5 + 0.5)
        elif reason == "filtered":
            text = f"the word filter took out post {post.id} ({result.message or reason}): {post.text}"
            self.tell(text)
            if self.notices is not None:
                self.notices.say(FILTERED, text)
        elif result.stops:
            self.stopped = reason
            why = (
                "the cookie is logged out"
                if reason == "logged_out"
                else "the CSRF token (bili_jct) was refused"
            )
            text = (
                f"posting stopped: {why} (code {result.code}); copy a fresh Cookie header into the cookie "
                "file and attach again — reading goes on"
            )
            self.tell(text)
            if self.notices is not None:
                self.notices.show(POSTING_STOPPED, text, "error")
        return self._fail(post, reason)

    def _fail(self, post: Post, reason: str) -> Ack:
        """A failed ack, counted by reason."""
        self.refused[reason] += 1
        return Ack(self.stamp(), post.id, False, reason)

    def counters(self, ts: float) -> list[Record]:
        """Refused posts by reason, echoes that confirmed a post, echoes nobody waited for."""
        out: list[Record] = [
            Counted(ts, "post_refused", n, reason) for reason, n in sorted(self.refused.items())
        ]
        if self.confirmed:
            out.append(Counted(ts, "post_echoed", self.confirmed))
        if self.stray_echoes:
            out.append(Counted(ts, "own_echo_unmatched", self.stray_echoes))
        return out
