"""The live open platform's client: an app session for the host's room, and its danmaku feed, read only.

A host who wants viewers' names unmasked, lawfully, gives the bot the 身份码 (identity code) shown
in their live centre; a developer account of the open platform supplies the app id and the
access key pair (`--open-keys FILE`, private to its owner: `access_key_id=…`,
`access_key_secret=…`, `app_id=…`, one per line). The client:

- starts an app session (`POST /v2/app/start` with the code and app id, signed): a game id, the
  danmaku hosts and the auth body for them;
- keeps it alive (`POST /v2/app/heartbeat` every 20 s; the platform closes a session after 60 s
  without one) and ends it on the way out (`POST /v2/app/end`);
- reads the feed through `BilibiliFeed` with the session's auth body; LIVE_END starts the same
  grace period as PREPARING, LIVE_START cancels it; INTERACTION_END starts a new session.

The platform lets no app write in the chat: the posts go to the console's overlay page (which
the host adds to OBS / 直播伴侣), acked once shown there; without a console every post fails with
reason `no_overlay`, recorded as not delivered.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import aiohttp
import orjson

from bot.errors import FeedError, InputError
from bot.events import Ack, Counted, End, Record
from bot.platforms import Attachment
from bot.platforms.bilibili.api import Refused, Unreachable, check_base_url
from bot.platforms.bilibili.codec import Notice
from bot.platforms.bilibili.cookies import check_cookie_url, check_private
from bot.platforms.bilibili.feed import AuthRefused, BilibiliFeed, CannotConnect, ListeningDecoder
from bot.platforms.bilibili.poster import host_line
from bot.platforms.bilibili_open.codec import open_command, signed_headers
from bot.platforms.screen import ScreenPosts, serve_screen
from bot.platforms.ws.client import SILENCE
from bot.runtime.backoff import Retry
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.live")

OPEN_API: Final = "https://live-open.biliapi.com"
START_PATH: Final = "/v2/app/start"
HEARTBEAT_PATH: Final = "/v2/app/heartbeat"
END_PATH: Final = "/v2/app/end"
APP_HEARTBEAT: Final = 20.0
"""Seconds between two app heartbeats (the platform ends a session after 60 s without one)."""
GRACE: Final = 30.0
NO_OVERLAY: Final = "no_overlay"


@dataclass(frozen=True, slots=True)
class OpenKeys:
    """A developer's app on the open platform; the repr shows the app id only."""

    key_id: str
    secret: str
    app_id: int

    def __repr__(self) -> str:
        """Never the key pair."""
        return f"OpenKeys(app_id={self.app_id})"


def read_open_keys(path: Path) -> OpenKeys:
    """`access_key_id=…`, `access_key_secret=…`, `app_id=…` from a file private to its owner."""
    check_private(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read the keys ({why})") from None
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        if not sep or not value.strip():
            raise InputError(f"{path}:{number}: not name=value")
        values[name.strip()] = value.strip()
    missing = [n for n in ("access_key_id", "access_key_secret", "app_id") if n not in values]
    if missing:
        raise InputError(f"{path}: no {', '.join(missing)}")
    if not values["app_id"].isdigit():
        raise InputError(f"{path}: app_id is not a number")
    return OpenKeys(values["access_key_id"], values["access_key_secret"], int(values["app_id"]))


@dataclass(frozen=True, slots=True)
class OpenOptions:
    """The host's 身份码, the developer's app, and where the platform is."""

    code: str
    keys: OpenKeys
    api_url: str = OPEN_API
    grace: float = GRACE
    heartbeat: float = APP_HEARTBEAT

    def __repr__(self) -> str:
        """The app and where, never the code or the keys."""
        return f"OpenOptions(app_id={self.keys.app_id}, api_url={self.api_url!r})"

    def check(self) -> None:
        """One clear line for a bad value."""
        if not self.code.strip():
            raise InputError("--code: give the host's 身份码 (from the live centre)")
        check_base_url(self.api_url, "--api-url")
        check_cookie_url(self.api_url, "--api-url")
        if not 0 <= self.grace <= GRACE:
            raise InputError(f"grace {self.grace}: from 0 to {GRACE:g} seconds")


@dataclass(frozen=True, slots=True)
class Session:
    """One app session: its id, the danmaku hosts and the auth body to give them."""

    game_id: str
    auth_body: str
    links: tuple[str, ...]
    room_id: int


class OpenLive:
    """One bot's read-only connection to a room through the open platform."""

    posts_to_chat = False
    """The platform takes no posts from apps: `attach` serves the overlay for them."""

    def __init__(
        self,
        options: OpenOptions,
        bot: BotPort,
        *,
        retry: Retry | None = None,
        silence: float = SILENCE,
        timeout: float = 10.0,
        wall: Callable[[], float] = time.time,
        nonce: Callable[[], str] = lambda: secrets.token_hex(16),
        tell: Callable[[str], None] = host_line,
    ) -> None:
        """Read the room of `options.code` for `bot`; `wall` is Unix time for the signatures."""
        options.check()
        self.options = options
        self.bot = bot
        self.retry = retry or Retry()
        self.silence = silence
        self.timeout = timeout
        self.wall = wall
        self.nonce = nonce
        self.tell = tell
        self.stamp: Callable[[], float] = lambda: bot.stream_now or wall()
        self.sessions = 0
        self.connections = 0
        self.heartbeats = 0
        self.drops: list[str] = []
        self.not_delivered = 0
        self.unknown_commands: dict[str, int] = {}
        self._session: Session | None = None
        self._http: aiohttp.ClientSession | None = None
        self._grace: asyncio.Task[None] | None = None
        self._restart = False

    # ------------------------------------------------------------------ the HTTP API

    async def _call(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """One signed POST; the answer's `data` (Refused on a non-zero code)."""
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        body = orjson.dumps(payload)
        keys = self.options.keys
        headers = signed_headers(body, keys.key_id, keys.secret, int(self.wall()), self.nonce())
        url = self.options.api_url.rstrip("/") + path
        try:
            async with self._http.post(url, data=body, headers=headers) as resp:
                if resp.status >= 500:
                    raise Unreachable(f"{path}: http {resp.status}")
                answer: Any = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise Unreachable(f"{path}: {exc or type(exc).__name__}") from exc
        except ValueError as exc:
            raise FeedError(f"{path}: the answer is not JSON") from exc
        if not isinstance(answer, dict):
            raise FeedError(f"{path}: the answer is not a JSON object")
        if answer.get("code") != 0:
            raise Refused(path, answer.get("code"), str(answer.get("message") or ""))
        data = answer.get("data")
        return data if isinstance(data, dict) else {}

    async def _start(self) -> Session:
        """A new app session for the host's room."""
        data = await self._call(START_PATH, {"code": self.options.code, "app_id": self.options.keys.app_id})
        game = data.get("game_info")
        ws = data.get("websocket_info")
        anchor = data.get("anchor_info")
        game_id = game.get("game_id") if isinstance(game, dict) else None
        auth = ws.get("auth_body") if isinstance(ws, dict) else None
        links = ws.get("wss_link") if isinstance(ws, dict) else None
        room = anchor.get("room_id") if isinstance(anchor, dict) else None
        if not isinstance(game_id, str) or not isinstance(auth, str) or not isinstance(links, list):
            raise FeedError(f"{START_PATH}: no game id, auth body or danmaku hosts in the answer")
        urls = tuple(u for u in links if isinstance(u, str) and urlsplit(u).scheme in ("ws", "wss"))
        if not urls:
            raise FeedError(f"{START_PATH}: no usable danmaku host")
        self.sessions += 1
        return Session(game_id, auth, urls, room if isinstance(room, int) else 0)

    async def _keep_alive(self, game_id: str) -> None:
        """The app heartbeat every `heartbeat` seconds while the session lasts."""
        while True:
            await self.bot.clock.sleep(self.options.heartbeat)
            try:
                await self._call(HEARTBEAT_PATH, {"game_id": game_id})
                self.heartbeats += 1
            except FeedError as exc:
                log.info("bilibili open platform: heartbeat failed: %s", exc)

    async def _end(self, game_id: str) -> None:
        """End the app session (a failure only logged: the platform ends it by itself after 60 s)."""
        try:
            await self._call(END_PATH, {"app_id": self.options.keys.app_id, "game_id": game_id})
        except FeedError as exc:
            log.info("bilibili open platform: could not end the session: %s", exc)

    # ------------------------------------------------------------------ the loop

    async def run(self) -> None:
        """Stay connected until the bot has finished; posts go to the overlay (else fail: `no_overlay`)."""
        if self.bot.overlay is None:
            self.tell(
                "the open platform cannot post into the chat: answers are recorded as not delivered "
                "(no_overlay)"
            )
        else:
            self.tell("the open platform cannot post into the chat: answers go to the overlay page")
        posts = asyncio.create_task(self._refuse_posts())
        try:
            await self._loop()
        finally:
            for task in (posts, self._grace):
                if task is not None:
                    task.cancel()
                    await asyncio.wait({task})
            if self._session is not None:
                await self._end(self._session.game_id)
            if self._http is not None:
                await self._http.close()

    async def _loop(self) -> None:
        """Start a session, read it until it drops, start again."""
        while not self.bot.finished.is_set():
            up_since: float | None = None
            try:
                if self._session is None or self._restart:
                    if self._session is not None:
                        await self._end(self._session.game_id)
                    self._restart = False
                    self._session = await self._start()
                alive = asyncio.create_task(self._keep_alive(self._session.game_id))
                try:
                    up_since = self.bot.clock.now()
                    reason = await self._read_any(self._session)
                finally:
                    alive.cancel()
                    await asyncio.wait({alive})
            except Unreachable as exc:
                reason = "unreachable"
                log.info("bilibili open platform: %s", exc)
            except FeedError as exc:
                if self.connections == 0:
                    raise
                reason = "refused"
                self._restart = True
                log.warning("bilibili open platform: %s; starting again", exc)
            if self.bot.finished.is_set():
                return
            self.drops.append(reason)
            self.bot.disconnected(reason)
            lasted = self.bot.clock.now() - up_since if up_since is not None else 0.0
            await self.bot.clock.sleep(0.0 if reason == "session_end" else self.retry.next_delay(lasted))

    async def _read_any(self, session: Session) -> str:
        """The session's hosts in turn until one takes the connection."""
        for url in session.links:
            feed = BilibiliFeed(
                url, session.room_id, 0, "", auth_body=session.auth_body.encode(), commands=open_command,
                clock=self.stamp,
            )  # fmt: skip
            try:
                return await self._read(feed)
            except CannotConnect as exc:
                log.info("bilibili open platform: %s", exc)
            except AuthRefused:
                self._restart = True
                raise
        raise Unreachable(f"none of {len(session.links)} danmaku hosts answered")

    async def _read(self, feed: BilibiliFeed) -> str:
        """One connection until it drops, goes silent, ends the session, or the bot has finished."""
        finished = asyncio.create_task(self.bot.finished.wait())
        reader = asyncio.create_task(self._events(feed))
        try:
            await asyncio.wait({reader, finished}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (reader, finished):
                task.cancel()
                await asyncio.wait({task})
            for name, n in feed.decoder.unknown_commands.items():
                self.unknown_commands[name] = self.unknown_commands.get(name, 0) + n
        if reader.cancelled():
            return "finished"
        error = reader.exception()
        if error is None:
            return reader.result()
        if isinstance(error, TimeoutError):
            return "silence"
        raise error

    async def _events(self, feed: BilibiliFeed) -> str:
        """Hand events over, act on notices; raises TimeoutError after `silence` seconds of nothing."""
        loop = asyncio.get_running_loop()
        async with asyncio.timeout(None) as deadline:

            def heard(authed: bool) -> None:
                """A message came: the connection is up (on the auth reply) and alive."""
                if authed:
                    self.connections += 1
                    self.bot.connected()
                deadline.reschedule(loop.time() + self.silence)

            feed.decoder = ListeningDecoder(heard)
            async for item in feed:
                if isinstance(item, Notice):
                    if item.kind == "session_end":
                        self._restart = True
                        return "session_end"
                    self._notice(item)
                elif await self.bot.receive(item):
                    deadline.reschedule(None)
        return "closed"

    def _notice(self, notice: Notice) -> None:
        """LIVE_END starts the grace period, LIVE_START cancels it."""
        if notice.kind == "preparing" and (self._grace is None or self._grace.done()):
            self.tell(
                f"the host's stream ended (LIVE_END); ending in {self.options.grace:g} s unless it resumes"
            )
            self._grace = asyncio.create_task(self._end_after_grace())
        elif notice.kind == "live" and self._grace is not None and not self._grace.done():
            self._grace.cancel()
            self.tell("the host's stream is back (LIVE_START)")

    async def _end_after_grace(self) -> None:
        """The stream ends when the grace period runs out."""
        await self.bot.clock.sleep(self.options.grace)
        if not self.bot.finished.is_set():
            await self.bot.receive(End(self.stamp()))

    async def _refuse_posts(self) -> None:
        """The posts go to the overlay; without one, each fails at once (the platform cannot post)."""
        if self.bot.overlay is not None:
            screen = ScreenPosts(self.bot.overlay, self.bot.receive, self.stamp)
            await serve_screen(self.bot.outbox.frames, screen, self.bot.finished)
            return
        frames = self.bot.outbox.frames
        while True:
            frame = await frames.get()
            try:
                obj = orjson.loads(frame)
            except orjson.JSONDecodeError:
                continue
            post_id = obj.get("id") if isinstance(obj, dict) else None
            if isinstance(post_id, str):
                self.not_delivered += 1
                await self.bot.receive(Ack(self.stamp(), post_id, False, NO_OVERLAY))

    def counters(self, ts: float) -> list[Record]:
        """Posts not delivered, sessions started, unknown commands."""
        out: list[Record] = []
        if self.not_delivered:
            out.append(Counted(ts, "post_refused", self.not_delivered, NO_OVERLAY))
        if self.sessions > 1:
            out.append(Counted(ts, "open_session_restarted", self.sessions - 1))
        for name, n in sorted(self.unknown_commands.items()):
            out.append(Counted(ts, "unknown_frame", n, name))
        return out


def open_transport(
    options: OpenOptions, *, retry: Retry | None = None, silence: float = SILENCE
) -> Callable[[BotPort], OpenLive]:
    """What `attach` calls to make the open platform's loop for its bot."""
    options.check()

    def make(bot: BotPort) -> OpenLive:
        """The loop for `bot`."""
        return OpenLive(options, bot, retry=retry, silence=silence)

    return make


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform bilibili-open --code 身份码 --open-keys FILE`: the app names the feed."""
    if not args.code:
        raise InputError(
            "attach: --platform bilibili-open needs --code (the host's 身份码 from the live centre)"
        )
    if args.open_keys is None:
        raise InputError(
            "attach: --platform bilibili-open needs --open-keys FILE (the app's key pair and id)"
        )
    options = OpenOptions(args.code, read_open_keys(Path(args.open_keys)), api_url=args.api_url or OPEN_API)
    return Attachment(
        f"bilibili-open:app{options.keys.app_id}", open_transport(options, silence=args.silence)
    )
