"""The Bilibili live client: the room's danmaku WebSocket in, posts out through the HTTP API.

`BilibiliLive` is one bot's connection loop. Before the first connection it gets the account
and the room straight (`BilibiliApi`): a buvid3 when the cookie lacks one, the login checked
through nav (the uid must be the cookie's DedeUserID), a short room id resolved to the real one,
the account's length limit in the room. Per connection it fetches a fresh token and host list
from getDanmuInfo (signed), tries the hosts in turn, and authenticates as the account with the
same browser identity; a refused auth fetches a new token and tries once more at once. Events go
to `LiveBot.receive`; a connection that says nothing for `silence` seconds (not even a heartbeat
reply) is taken for dead, and a drop is followed by a wait from `Retry` and a new connection.

The platform's notices about the room are acted on here: PREPARING starts a grace period (the
host's encoder dropping for a few seconds is common) that LIVE cancels — only when it runs out
does the stream end; LOG_IN_NOTICE (names masked because the connection is not logged in) is
told to the host once and counted; the account's own posts coming back are never viewer comments:
they confirm that a post was shown (`Poster`).

Posts leave through `Poster` in a task of their own, so a slow send never holds up the reading.
Without the account's cookie the bot only listens: every post fails with reason `no_cookie`.

A refused auth or a refused lookup before the first connection is a configuration mistake and
ends the run; later, the same is taken for a passing fault and retried.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Unpack

from bot.errors import InputError
from bot.events import Counted, Record
from bot.platforms import Attachment
from bot.platforms.bilibili.api import BilibiliApi, DanmuInfo, Unreachable, check_base_url
from bot.platforms.bilibili.codec import Notice
from bot.platforms.bilibili.cookies import BilibiliCookie, check_cookie_url, read_cookie_file
from bot.platforms.bilibili.feed import AuthRefused, BilibiliFeed, CannotConnect
from bot.platforms.bilibili.link import DanmakuLink, LinkOptions
from bot.platforms.bilibili.poster import NO_COOKIE, Poster
from bot.platforms.ws.client import check_url
from bot.profiles import get_profile
from bot.runtime.port import BotPort
from bot.runtime.reconnect import CONNECT_TIMEOUT, settle

log = logging.getLogger("daigang.live")

HEARTBEAT: Final = 30.0
"""Seconds between two heartbeats, as the web client sends them."""
GRACE: Final = 30.0
"""Seconds after PREPARING before the stream counts as ended, unless LIVE comes first."""
GRACE_DEFAULT: Final = 25.0
"""The grace period used unless told otherwise: the run, its transcript and its store closed,
ends within `GRACE` seconds of the stop."""
NAMES_MASKED: Final = "names_masked"
"""The console's notice while the room masks viewers' names."""
LISTEN_ONLY: Final = "listen_only"
"""The console's notice while the bot has no account to post with."""
SENT_MEMORY: Final = 10_000
"""Post ids remembered as sent, so a post queued again after a reconnect is not sent twice."""

__all__ = ["NO_COOKIE", "BilibiliLive", "BilibiliOptions", "Unreachable", "from_args", "room_page"]


def room_page(room_id: int) -> str:
    """The room's page on the platform: the name of the feed in the session key."""
    return f"https://live.bilibili.com/{room_id}"


@dataclass(frozen=True, slots=True)
class BilibiliOptions:
    """Which room, as whom, and where the platform's endpoints are; the repr holds no secret."""

    room_id: int
    """The room as given: its real id or a short one (resolved through room_init)."""
    cookie: BilibiliCookie | None = None
    """The account's cookie; None: listen only."""
    uid: int | None = None
    """The uid to authenticate as when listening without a cookie (with one: its DedeUserID)."""
    ws_url: str | None = None
    """The danmaku server; None: ask getDanmuInfo before each connection."""
    key: str | None = None
    """The auth key; only with `ws_url` (None: ask getDanmuInfo)."""
    api_url: str | None = None
    """Send every HTTP request here instead of the platform's hosts (the tests' fake)."""
    heartbeat_interval: float = HEARTBEAT
    grace: float = GRACE_DEFAULT
    echo_wait: float = 5.0
    """Seconds an accepted post's echo may take before it counts as not shown."""

    def check(self) -> None:
        """Refuse a bad combination or value with one line naming it."""
        if self.room_id <= 0:
            raise InputError(f"--room {self.room_id}: give the room's number")
        if self.uid is not None and self.uid < 0:
            raise InputError(f"--uid {self.uid}: must not be negative")
        if self.uid is not None and self.ws_url is None:
            raise InputError(f"--uid {self.uid}: goes with --ws-url and --key (else the cookie's DedeUserID)")
        if self.uid is not None and self.cookie is not None and self.uid != self.cookie.uid:
            raise InputError(f"--uid {self.uid}: the cookie is the account of uid {self.cookie.uid}")
        if self.key is not None and self.ws_url is None:
            raise InputError("--key goes with --ws-url (without both, getDanmuInfo gives them)")
        if self.ws_url is not None:
            check_url(self.ws_url)
        if self.api_url is not None:
            check_base_url(self.api_url, "--api-url")
            if self.cookie is not None:
                check_cookie_url(self.api_url, "--api-url")
        if not 0 <= self.grace <= GRACE:
            raise InputError(f"grace {self.grace}: from 0 to {GRACE:g} seconds")


class BilibiliLive(DanmakuLink):
    """One bot's connection loop to a Bilibili room, and the task that sends its posts."""

    def __init__(
        self,
        options: BilibiliOptions,
        bot: BotPort,
        *,
        open_timeout: float = 10.0,
        **link: Unpack[LinkOptions],
    ) -> None:
        """Connect `bot` to the room of `options`; `open_timeout` bounds each HTTP request and
        connection, `link` says how the connection is kept (`LinkOptions`)."""
        options.check()
        super().__init__(bot, options.grace, **link)
        self.options = options
        self.open_timeout = open_timeout
        self.api = BilibiliApi(options.cookie, options.api_url, timeout=open_timeout, wall=self.wall)
        self.room_id = options.room_id
        self.poster = Poster(
            self.api,
            options.room_id,
            bot.clock,
            self.stamp,
            echoes=lambda: self.online and self.api.uid > 0,
            tell=self.tell,
            notices=bot.notices,
            echo_wait=options.echo_wait,
        )
        self.lookups = 0
        self.hosts_failed = 0
        self.auth_refusals = 0
        self.login_notices = 0
        self._host = 0
        self._sent: OrderedDict[str, None] = OrderedDict()

    @property
    def refused(self) -> dict[str, int]:
        """Failed posts by reason."""
        return dict(self.poster.refused)

    # ------------------------------------------------------------------ before the first connection

    async def _prepare(self) -> None:
        """The account and the room: buvid3, login, the real room id, the length limit."""
        opts = self.options
        direct = opts.ws_url is not None and opts.key is not None
        if opts.cookie is not None:
            await self.api.check_login()
        if not direct:
            await self.api.ensure_buvid()
            found = await self.api.room_init(opts.room_id)
            if found.room_id != opts.room_id:
                log.info("bilibili room %d is room %d", opts.room_id, found.room_id)
            self.room_id = self.poster.room_id = found.room_id
        if opts.cookie is not None:
            length = await self.api.danmu_length(self.room_id)
            if length is not None:
                self.poster.length = length
                profile = self.bot.room.profile
                # The account's limit in this room rules (30 or 40 at higher levels); a limit the
                # host set with --max-chars stays, unless the room allows less.
                chosen = profile.max_chars != get_profile(profile.name).max_chars
                if length < profile.max_chars or (length > profile.max_chars and not chosen):
                    self.bot.room.profile = dataclasses.replace(profile, max_chars=length)

    # ------------------------------------------------------------------ the connection loop

    async def run(self) -> None:
        """Stay connected and send posts until the bot has finished (the room ended, the worker got there)."""
        if self.options.cookie is None:
            log.warning(
                "bilibili room %d: no cookie, listening only; posts fail (%s)", self.room_id, NO_COOKIE
            )
            self.bot.notices.show(
                LISTEN_ONLY,
                f"no cookie: the bot only listens, its answers are not posted ({NO_COOKIE}); "
                "give --cookie-file to post",
            )
        try:
            await self._prepare()
            sending = asyncio.create_task(self._send_posts())
            try:
                await self.stay_connected(room_page(self.room_id), self._connection)
            finally:
                sending.cancel()
                await settle(sending)
                await self.grace.close()
        finally:
            await self.api.close()

    async def _server(self) -> DanmuInfo:
        """The given server and key, or a fresh token and host list from getDanmuInfo."""
        opts = self.options
        if opts.ws_url is not None and opts.key is not None:
            return DanmuInfo(opts.key, (opts.ws_url,))
        self.lookups += 1
        found = await self.api.danmu_info(self.room_id)
        return DanmuInfo(found.token, (opts.ws_url,) if opts.ws_url else found.hosts)

    async def _connection(self) -> str:
        """One connection, until it drops (why, as a word) or the bot has finished; raises FeedError."""
        info = await self._server()
        for attempt in range(2):
            try:
                return await self._any_host(info)
            except AuthRefused as exc:
                self.auth_refusals += 1
                if attempt == 1 or self.options.key is not None:
                    raise
                log.info("bilibili room %d: %s; fetching a new token", self.room_id, exc)
                info = await self._server()
        raise AssertionError("unreachable: the loop returns or raises")

    async def _any_host(self, info: DanmuInfo) -> str:
        """The hosts in turn from the last good one, until one takes the connection."""
        hosts = info.hosts
        for i in range(len(hosts)):
            url = hosts[(self._host + i) % len(hosts)]
            try:
                reason = await self._connect(url, info.token)
            except CannotConnect as exc:
                self.hosts_failed += 1
                log.info("bilibili room %d: %s", self.room_id, exc)
                continue
            self._host = (self._host + i) % len(hosts)
            return reason
        self._host = 0
        raise Unreachable(f"room {self.room_id}: none of {len(hosts)} danmaku hosts answered")

    async def _connect(self, url: str, token: str) -> str:
        """One connection to one host; raises CannotConnect or AuthRefused."""
        feed = BilibiliFeed(
            url,
            self.room_id,
            self.api.uid if self.options.cookie is not None else (self.options.uid or 0),
            token,
            self.options.heartbeat_interval,
            buvid=self.api.buvid,
            headers=self.api.ws_headers(),
            clock=self.stamp,
        )
        return await self.read(feed, self._notice)

    # ------------------------------------------------------------------ notices

    def _notice(self, notice: Notice) -> str | None:
        """Act on what the platform says about the room; None: the connection goes on."""
        match notice.kind:
            case "echo":
                self.poster.echo(notice.text)
            case "login_notice":
                self.login_notices += 1
                if self.login_notices == 1:
                    said = notice.text or "LOG_IN_NOTICE"
                    text = f"not logged in: the room masks viewers' names ({said}); " + (
                        "give --cookie-file to see them"
                        if self.options.cookie is None
                        else "the room does not take the cookie's login: log in again and renew it"
                    )
                    self.tell(text)
                    self.bot.notices.show(NAMES_MASKED, text, "warning")
            case "preparing":
                self.grace.stopped("PREPARING", notice.ts)
            case "live":
                self.grace.back("LIVE")
        return None

    # ------------------------------------------------------------------ sending

    async def _send_posts(self) -> None:
        """Send the outbox's posts one by one, in order, and give each answer back to the bot as its ack."""
        while True:
            post = await self.bot.outbox.next_post()
            if post.id in self._sent:
                continue  # queued again after a reconnect: the HTTP send has been made already
            self._sent[post.id] = None
            if len(self._sent) > SENT_MEMORY:
                self._sent.popitem(last=False)
            ack = await self.poster.post(post)
            if not ack.ok and ack.reason != NO_COOKIE:  # no cookie: said once, when the run starts
                log.info("bilibili room %d: post %s failed (%s)", self.room_id, post.id, ack.reason)
            await self.bot.receive(ack)

    def counters(self, ts: float) -> list[Record]:
        """What the decoder could not read or did not know, the notices and the posts' fates, as counters."""
        out = self.skipped(ts)
        if self.login_notices:
            out.append(Counted(ts, "login_notice", self.login_notices))
        if self.grace.stops:
            out.append(Counted(ts, "preparing", self.grace.stops))
        if self.grace.resumed:
            out.append(Counted(ts, "live_again", self.grace.resumed))
        if self.hosts_failed:
            out.append(Counted(ts, "danmaku_host_failed", self.hosts_failed))
        out.extend(self.poster.counters(ts))
        return out


def from_args(args: argparse.Namespace) -> Attachment:
    """`daigang attach --platform bilibili --room ID [...]`: the room's page names the feed."""
    if args.room is None:
        raise InputError("attach: --platform bilibili needs --room ID")
    options = BilibiliOptions(
        room_id=args.room,
        cookie=read_cookie_file(Path(args.cookie_file)) if args.cookie_file is not None else None,
        uid=args.uid,
        ws_url=args.ws_url,
        key=args.key,
        api_url=args.api_url,
    )
    connect_timeout: float | None = getattr(args, "connect_timeout", CONNECT_TIMEOUT)
    options.check()
    transport = functools.partial(
        BilibiliLive, options, silence=args.silence, connect_timeout=connect_timeout
    )
    return Attachment(room_page(args.room), transport)
