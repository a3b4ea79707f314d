"""The live open platform's client: an app session for the host's room, and its danmaku feed, read only.

A host who wants viewers' names unmasked, lawfully, gives the bot the 身份码 (identity code) shown
in their live centre; a developer account of the open platform supplies the app id and the
access key pair (`--open-keys FILE`, private to its owner: `access_key_id=…`,
`access_key_secret=…`, `app_id=…`, one per line). The client:

- starts an app session (`POST /v2/app/start` with the code and app id, signed): a game id, the
  danmaku hosts and the auth body for them;
- keeps it alive (`POST /v2/app/heartbeat` every 20 s; the platform closes a session after 60 s
  without one) and ends it on the way out (`POST /v2/app/end`);
- reads the feed through `BilibiliFeed` with the session's auth body, in the shared reconnecting
  loop (backoff with jitter, a silence watchdog, each retry said with its reason, no first
  connection within `--connect-timeout` ends the run); LIVE_END starts the same grace period as
  PREPARING, LIVE_START cancels it; INTERACTION_END starts a new session at once.

The platform lets no app write in the chat: the posts go to the console's overlay page (which
the host adds to OBS / 直播伴侣), acked once shown there; without a console every post fails with
reason `no_overlay`, recorded as not delivered.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Unpack
from urllib.parse import urlsplit

import aiohttp
import orjson

from bot.errors import FeedError, InputError
from bot.events import Ack, Counted, Record
from bot.platforms import Attachment
from bot.platforms.bilibili.api import Refused, Unreachable, check_base_url
from bot.platforms.bilibili.codec import Notice
from bot.platforms.bilibili.cookies import check_cookie_url, check_private
from bot.platforms.bilibili.feed import BilibiliFeed, CannotConnect
from bot.platforms.bilibili.link import AT_ONCE, DanmakuLink, LinkOptions
from bot.platforms.bilibili_open.codec import open_command, signed_headers
from bot.platforms.screen import ScreenPosts, serve_screen
from bot.runtime.port import BotPort
from bot.runtime.reconnect import CONNECT_TIMEOUT, settle

log = logging.getLogger("daigang.live")

OPEN_API: Final = "https://live-open.biliapi.com"
START_PATH: Final = "/v2/app/start"
HEARTBEAT_PATH: Final = "/v2/app/heartbeat"
END_PATH: Final = "/v2/app/end"
APP_HEARTBEAT: Final = 20.0
"""Seconds between two app heartbeats (the platform ends a session after 60 s without one)."""
GRACE: Final = 30.0
"""The longest grace period after LIVE_END before the stream counts as ended."""
GRACE_DEFAULT: Final = 25.0
"""The grace period used unless told otherwise: the run, its transcript and its store closed,
ends within `GRACE` seconds of the stop."""
NO_OVERLAY: Final = "no_overlay"
NO_CHAT: Final = "no_chat"
"""The console's notice that the platform takes no posts."""


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
    grace: float = GRACE_DEFAULT
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


class OpenLive(DanmakuLink):
    """One bot's read-only connection to a room through the open platform."""

    posts_to_chat = False
    """The platform takes no posts from apps: `attach` serves the overlay for them."""

    def __init__(
        self,
        options: OpenOptions,
        bot: BotPort,
        *,
        timeout: float = 10.0,
        nonce: Callable[[], str] = lambda: secrets.token_hex(16),
        **link: Unpack[LinkOptions],
    ) -> None:
        """Read the room of `options.code` for `bot`; `timeout` bounds each API call, `nonce` makes
        each signature's nonce, `link` says how the connection is kept (`LinkOptions`; its `wall`
        is Unix time for the signatures)."""
        options.check()
        super().__init__(bot, options.grace, **link)
        self.options = options
        self.timeout = timeout
        self.nonce = nonce
        self.sessions = 0
        self.heartbeats = 0
        self.not_delivered = 0
        self._session: Session | None = None
        self._http: aiohttp.ClientSession | None = None
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
            text = (
                "the open platform cannot post into the chat: "
                "answers are recorded as not delivered (no_overlay)"
            )
            self.tell(text)
            self.bot.notices.show(NO_CHAT, text, "warning")
        else:
            text = "the open platform cannot post into the chat: answers go to the overlay page"
            self.tell(text)
            self.bot.notices.show(NO_CHAT, text, "info")
        posts = asyncio.create_task(self._refuse_posts())
        try:
            await self.stay_connected(
                f"the open platform's room of app {self.options.keys.app_id}", self._session_once
            )
        finally:
            posts.cancel()
            await settle(posts)
            await self.grace.close()
            if self._session is not None:
                await self._end(self._session.game_id)
            if self._http is not None:
                await self._http.close()

    async def _session_once(self) -> str:
        """One app session's connection (a new session when the last one ended or was refused)."""
        if self._session is None or self._restart:
            if self._session is not None:
                await self._end(self._session.game_id)
            self._restart = False
            self._session = await self._start()
        alive = asyncio.create_task(self._keep_alive(self._session.game_id))
        try:
            return await self._read_any(self._session)
        except Unreachable:
            raise
        except FeedError:
            self._restart = True  # refused: the next attempt starts a new session
            raise
        finally:
            alive.cancel()
            await settle(alive)

    async def _read_any(self, session: Session) -> str:
        """The session's hosts in turn until one takes the connection."""
        for url in session.links:
            feed = BilibiliFeed(
                url, session.room_id, 0, "", auth_body=session.auth_body.encode(), commands=open_command,
                clock=self.stamp,
            )  # fmt: skip
            try:
                return await self.read(feed, self._notice)
            except CannotConnect as exc:
                log.info("bilibili open platform: %s", exc)
        raise Unreachable(f"none of {len(session.links)} danmaku hosts answered")

    def _notice(self, notice: Notice) -> str | None:
        """LIVE_END starts the grace period, LIVE_START cancels it; INTERACTION_END ends the connection."""
        match notice.kind:
            case "session_end":
                self._restart = True
                return AT_ONCE  # the platform ended the app session: a new one at once
            case "preparing":
                self.grace.stopped("LIVE_END")
            case "live":
                self.grace.back("LIVE_START")
        return None

    async def _refuse_posts(self) -> None:
        """The posts go to the overlay; without one, each fails at once (the platform cannot post)."""
        if self.bot.overlay is not None:
            screen = ScreenPosts(self.bot.overlay, self.bot.receive, self.stamp)
            await serve_screen(self.bot.outbox.posts, screen, self.bot.finished)
            return
        posts = self.bot.outbox.posts
        while True:
            post = await posts.get()
            self.not_delivered += 1
            await self.bot.receive(Ack(self.stamp(), post.id, False, NO_OVERLAY))

    def counters(self, ts: float) -> list[Record]:
        """Posts not delivered, sessions started, unknown commands."""
        out: list[Record] = []
        if self.not_delivered:
            out.append(Counted(ts, "post_refused", self.not_delivered, NO_OVERLAY))
        if self.sessions > 1:
            out.append(Counted(ts, "open_session_restarted", self.sessions - 1))
        return out + self.skipped(ts)


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
    connect_timeout: float | None = getattr(args, "connect_timeout", CONNECT_TIMEOUT)
    options.check()
    transport = functools.partial(OpenLive, options, silence=args.silence, connect_timeout=connect_timeout)
    return Attachment(f"bilibili-open:app{options.keys.app_id}", transport)
