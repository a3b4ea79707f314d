"""A client that connects out to one ws:// URL and stays connected through the shared reconnecting loop.

`WebSocketClient` is what the daigang-ws client and the DouyinBarrageGrab client share: the
URL checked up front, the shared loop (`bot.runtime.reconnect`: backoff with jitter, each retry
said with its reason and shown on the console, no first connection within `connect_timeout`
seconds ends the run), each connection told to the bot and handed to the client's session, each
drop told to the bot. `websocket_why` names how an attempt ended.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import TypedDict, Unpack

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.uri import parse_uri

from bot.errors import InputError
from bot.runtime.backoff import Retry
from bot.runtime.port import BotPort
from bot.runtime.reconnect import CONNECT_TIMEOUT, Attempt, LinkCounters, LinkStats, attempts_for

MAX_MESSAGE = 1 << 20
"""Largest frame accepted, in bytes."""

Session = Callable[[ClientConnection], Awaitable[None]]
"""What a client does with one open connection, until it drops (raising why) or the bot has finished."""


def check_url(url: str) -> None:
    """Refuse anything but a ws:// or wss:// URL, naming it."""
    try:
        parse_uri(url)
    except InvalidURI as exc:
        raise InputError(f"{url}: not a ws:// or wss:// URL ({exc})") from None


def stderr_line(line: str) -> None:
    """One line for the person running the bot."""
    print(line, file=sys.stderr, flush=True)


def websocket_why(exc: BaseException, attempt: Attempt) -> str | None:
    """Why an attempt at a WebSocket ended, as a word; None for anything else."""
    if isinstance(exc, TimeoutError):
        return "silence" if attempt.is_up else "unreachable"
    if isinstance(exc, ConnectionClosed):
        return "closed"
    if isinstance(exc, OSError | InvalidHandshake):
        return "unreachable"
    return None


class LinkOptions(TypedDict, total=False):
    """How a `WebSocketClient` connects, as a client's keyword arguments."""

    retry: Retry | None
    """The backoff (a fresh `Retry` when not given)."""
    connect_timeout: float | None
    """Seconds without a first connection before the run ends (None: never)."""
    say: Callable[[str], None] | None
    """Where the retries are said (stderr when not given)."""
    open_timeout: float
    close_timeout: float
    ping_interval: float | None
    """Seconds between WebSocket pings (None: no pings)."""


class WebSocketClient(LinkCounters):
    """One bot's client of a ws:// URL: the shared loop around the subclass's session."""

    def __init__(self, url: str, bot: BotPort, **options: Unpack[LinkOptions]) -> None:
        """Connect `bot` to `url` (checked now), as `options` say."""
        check_url(url)
        self.url = url
        self.bot = bot
        self.retry = options.get("retry") or Retry()
        self.connect_timeout = options.get("connect_timeout", CONNECT_TIMEOUT)
        self.say = options.get("say") or stderr_line
        self.open_timeout = options.get("open_timeout", 10.0)
        self.close_timeout = options.get("close_timeout", 2.0)
        self.ping_interval = options.get("ping_interval", 20.0)
        self.stats = LinkStats()

    async def stay_connected(self, session: Session) -> None:
        """Connect, give the connection to `session` until it drops or the bot has finished, and
        connect again after a backoff delay, until the bot has finished."""
        attempts = attempts_for(
            self.bot,
            self.url,
            classify=websocket_why,
            retry=self.retry,
            give_up_after=self.connect_timeout,
            stats=self.stats,
            say=self.say,
        )
        async for attempt in attempts:
            async with (
                attempt,
                connect(
                    self.url,
                    open_timeout=self.open_timeout,
                    close_timeout=self.close_timeout,
                    ping_interval=self.ping_interval,
                    max_size=MAX_MESSAGE,
                ) as ws,
            ):
                attempt.up()
                self.bot.connected()
                await session(ws)
