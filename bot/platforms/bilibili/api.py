"""Bilibili's HTTP API as the web page uses it: one browser identity, signed where it must be.

Every request carries the same browser `User-Agent` (the danmaku token is tied to it), the live
page as `Referer` and `Origin`, and the account's cookie. What it asks:

- `/x/frontend/finger/spi`: buvid3 and buvid4 when the cookie lacks them (getDanmuInfo
  answers -352 without a buvid3);
- `/x/web-interface/nav`: whether the cookie is logged in, and as whom (the uid must be the
  cookie's DedeUserID), and the day's WBI keys;
- `/room/v1/Room/room_init`: a short room id (the number in a vanity URL) to the real one;
- `/xlive/web-room/v1/index/getDanmuInfo`: WBI-signed; the danmaku hosts and the auth token.
  A -352 means the keys turned over: they are fetched again and the query signed again once;
- `/xlive/web-room/v1/index/getInfoByUser`: the account's length limit in that room
  (`property.danmu.length`);
- `/msg/send`: one danmaku; its answer as a `SendResult`. A `code` 0 with a non-empty
  `message` is a refusal too (`msg in 1s`, `msg repeat`, `f`, `k` …): nobody saw the post.

`--api-url BASE` sends every one of them to BASE with the same path and query (the tests' fake
on 127.0.0.1); the danmaku WebSocket is then `ws://HOST:WS_PORT/sub` of getDanmuInfo's hosts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit

import aiohttp

from bot.errors import FeedError, InputError
from bot.platforms.bilibili.cookies import BilibiliCookie, check_cookie_url
from bot.platforms.bilibili.wbi import WbiKeys, keys_of_nav, sign

USER_AGENT: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
"""The one browser identity of every request and of the WebSocket."""
REFERER: Final = "https://live.bilibili.com/"
ORIGIN: Final = "https://live.bilibili.com"

MAIN_API: Final = "https://api.bilibili.com"
"""Where nav and the buvid endpoint live."""
LIVE_API: Final = "https://api.live.bilibili.com"
"""Where the live room's endpoints live."""

SPI_PATH: Final = "/x/frontend/finger/spi"
NAV_PATH: Final = "/x/web-interface/nav"
ROOM_INIT_PATH: Final = "/room/v1/Room/room_init"
DANMU_INFO_PATH: Final = "/xlive/web-room/v1/index/getDanmuInfo"
USER_INFO_PATH: Final = "/xlive/web-room/v1/index/getInfoByUser"
SEND_PATH: Final = "/msg/send"

WEB_LOCATION: Final = "444.8"
"""The page location the live room's web client names in its signed queries."""
RISK_CONTROL: Final = -352
"""The code of a query the platform's risk control refused (a stale or missing signature, no buvid3)."""

STOP_CODES: Final = {-101: "logged_out", -111: "csrf"}
"""Send codes that no waiting mends: the cookie is no longer good for posting."""
_WORDS: Final = (
    ("msg in 1s", "too_fast"),
    ("频率过快", "too_fast"),
    ("过于频繁", "too_fast"),
    ("太快", "too_fast"),
    ("msg repeat", "repeat"),
    ("重复", "repeat"),
    ("内容非法", "filtered"),
    ("敏感", "filtered"),
    ("屏蔽", "filtered"),
    ("超出限制长度", "too_long"),
    ("max limit", "too_long"),
    ("太长", "too_long"),
    ("禁言", "muted"),
    ("被禁", "muted"),
)
"""Words of the send endpoint's messages and the reason each means."""
FILTER_MARKS: Final = frozenset({"f", "k"})
"""`message` values of a code-0 answer whose text a word filter took out."""


class Unreachable(FeedError):
    """The platform could not be reached this time; a later attempt may work."""


class Refused(FeedError):
    """The platform answered with a non-zero code."""

    def __init__(self, what: str, code: object, message: str) -> None:
        """`what` names the request."""
        super().__init__(f"{what}: refused (code {code}{' ' + message if message else ''})")
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class RoomInit:
    """A room as room_init answers: its real id, its short id (0: none) and whether it is live."""

    room_id: int
    short_id: int
    live: bool


@dataclass(frozen=True, slots=True)
class DanmuInfo:
    """getDanmuInfo's answer: the auth token and the danmaku servers in the platform's order."""

    token: str
    hosts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SendResult:
    """What `/msg/send` said: shown (as far as it knows) or refused, and why."""

    ok: bool
    code: object = 0
    message: str = ""
    reason: str | None = None

    @property
    def stops(self) -> bool:
        """The cookie is no longer good for posting (logged out, CSRF token refused)."""
        return self.reason in STOP_CODES.values()


def send_outcome(answer: object) -> SendResult:
    """The send endpoint's JSON answer as a result; a code 0 with a message is a refusal."""
    if not isinstance(answer, dict):
        return SendResult(False, None, "", "error")
    code = answer.get("code")
    raw = answer.get("message") or answer.get("msg") or ""
    message = raw if isinstance(raw, str) else str(raw)
    if code == 0 and not message:
        return SendResult(True, 0, "")
    if isinstance(code, int) and code in STOP_CODES:
        return SendResult(False, code, message, STOP_CODES[code])
    if message in FILTER_MARKS:
        return SendResult(False, code, message, "filtered")
    for word, reason in _WORDS:
        if word in message:
            return SendResult(False, code, message, reason)
    if code in (10030, 10031):
        return SendResult(False, code, message, "too_fast")
    return SendResult(False, code, message, message[:40] if message else f"code {code}")


def check_base_url(url: str, flag: str) -> None:
    """Refuse anything but an http:// or https:// base URL, naming the flag."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{flag} {url}: not an http:// or https:// URL")


def server_url(host: object, secure: bool) -> str | None:
    """A getDanmuInfo `host_list` entry as a WebSocket URL (wss on `wss_port`, ws on `ws_port`)."""
    if not isinstance(host, dict):
        return None
    name = host.get("host")
    port = host.get("wss_port" if secure else "ws_port")
    if not isinstance(name, str) or not name or not isinstance(port, int) or isinstance(port, bool):
        return None
    return f"{'wss' if secure else 'ws'}://{name}:{port}/sub"


def _data(answer: Mapping[str, Any]) -> dict[str, Any]:
    """An answer's `data` object (empty when it has none)."""
    data = answer.get("data")
    return data if isinstance(data, dict) else {}


class BilibiliApi:
    """The HTTP side of one account on one browser identity; `async with` closes its session."""

    def __init__(
        self,
        cookie: BilibiliCookie | None,
        api_url: str | None = None,
        *,
        timeout: float = 10.0,
        wall: Callable[[], float] = time.time,
        user_agent: str = USER_AGENT,
    ) -> None:
        """`api_url` sends every request there (None: the platform's own hosts); `wall` is Unix time."""
        if api_url is not None:
            check_base_url(api_url, "--api-url")
            if cookie is not None:
                check_cookie_url(api_url, "--api-url")
        base = api_url.rstrip("/") if api_url is not None else None
        self.main = base or MAIN_API
        self.live = base or LIVE_API
        self.secure = urlsplit(self.live).scheme == "https"
        self.cookie = cookie or BilibiliCookie("")
        self.logged_in = cookie is not None
        self.timeout = timeout
        self.wall = wall
        self.user_agent = user_agent
        self.keys = WbiKeys()
        self.requests = 0
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        """Where it talks to and as whom; never the cookie."""
        return f"BilibiliApi(live={self.live!r}, uid={self.cookie.uid})"

    async def __aenter__(self) -> BilibiliApi:
        """The session opens on the first request."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the HTTP session."""
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session (a later request opens a new one)."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    # ------------------------------------------------------------------ headers

    def headers(self) -> dict[str, str]:
        """The headers of every HTTP request: the browser, the live page, the cookie."""
        out = {
            "User-Agent": self.user_agent,
            "Referer": REFERER,
            "Origin": ORIGIN,
            "Accept": "application/json, text/plain, */*",
        }
        if self.cookie.header:
            out["Cookie"] = self.cookie.header
        return out

    def ws_headers(self) -> dict[str, str]:
        """The extra headers of the danmaku WebSocket's opening request (the browser's own)."""
        return {"User-Agent": self.user_agent, "Origin": ORIGIN}

    @property
    def uid(self) -> int:
        """The uid of the auth packet: DedeUserID when logged in, else 0."""
        return self.cookie.uid if self.logged_in else 0

    @property
    def buvid(self) -> str:
        """The auth packet's `buvid`: the cookie's buvid3 (empty until fetched)."""
        return self.cookie.buvid3 or ""

    # ------------------------------------------------------------------ requests

    def _client(self) -> aiohttp.ClientSession:
        """The HTTP session; cookies the server sets are not kept (the header is ours to send)."""
        if self._session is None:
            self._session = aiohttp.ClientSession(
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                headers={"User-Agent": self.user_agent},
            )
        return self._session

    async def _call(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """One request; its JSON object answer. Unreachable on a network fault or a 5xx."""
        what = urlsplit(url).path
        self.requests += 1
        try:
            request = self._client().request(method, url, params=params, data=form, headers=self.headers())
            async with request as resp:
                if resp.status >= 500:
                    raise Unreachable(f"{what}: http {resp.status}")
                if resp.status >= 400:
                    raise FeedError(f"{what}: http {resp.status}")
                answer: Any = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise Unreachable(f"{what}: {exc or type(exc).__name__}") from exc
        except ValueError as exc:
            raise FeedError(f"{what}: the answer is not JSON") from exc
        if not isinstance(answer, dict):
            raise FeedError(f"{what}: the answer is not a JSON object")
        return answer

    async def ensure_buvid(self) -> None:
        """Fetch buvid3/buvid4 from the platform when the cookie lacks buvid3."""
        if self.cookie.buvid3 is not None:
            return
        answer = await self._call("GET", self.main + SPI_PATH)
        data = _data(answer)
        b3, b4 = data.get("b_3"), data.get("b_4")
        if answer.get("code") != 0 or not isinstance(b3, str) or not b3:
            raise Refused(SPI_PATH, answer.get("code"), "no buvid3 in the answer")
        values = {"buvid3": b3}
        if isinstance(b4, str) and b4:
            values["buvid4"] = b4
        self.cookie = self.cookie.with_values(**values)

    async def nav(self) -> dict[str, Any]:
        """The nav endpoint's `data` (answered logged out too); refreshes the WBI keys."""
        answer = await self._call("GET", self.main + NAV_PATH)
        data = _data(answer)
        keys = keys_of_nav(data)
        if keys is None:
            raise Refused(NAV_PATH, answer.get("code"), "no wbi_img keys in the answer")
        self.keys.update(*keys, self.wall())
        return data

    async def check_login(self) -> int:
        """The logged-in uid, which must be the cookie's DedeUserID (an InputError otherwise)."""
        data = await self.nav()
        if not self.logged_in:
            return 0
        mid = data.get("mid")
        if data.get("isLogin") is not True or not isinstance(mid, int):
            raise InputError("bilibili cookie: not logged in (SESSDATA expired?); copy a fresh Cookie header")
        if mid != self.cookie.uid:
            raise InputError(
                f"bilibili cookie: DedeUserID {self.cookie.uid} but the platform says uid {mid}; "
                "copy the whole Cookie header of one account"
            )
        return mid

    async def _mixin(self) -> str:
        """The signing key, fetched again when it is a day old or was refused."""
        if self.keys.stale(self.wall()) or self.keys.mixin is None:
            await self.nav()
        assert self.keys.mixin is not None
        return self.keys.mixin

    async def _signed_get(self, url: str, params: Mapping[str, object]) -> dict[str, Any]:
        """A WBI-signed GET; on -352 the keys are fetched again and the query signed again, once."""
        answer: dict[str, Any] = {}
        for _ in range(2):
            query = sign(params, await self._mixin(), int(self.wall()))
            answer = await self._call("GET", url, params=query)
            if answer.get("code") != RISK_CONTROL:
                return answer
            self.keys.forget()
        return answer

    async def room_init(self, room: int) -> RoomInit:
        """A room number (short or real) as room_init knows it."""
        answer = await self._call("GET", self.live + ROOM_INIT_PATH, params={"id": str(room)})
        if answer.get("code") != 0:
            raise Refused(
                f"room {room}", answer.get("code"), str(answer.get("message") or answer.get("msg") or "")
            )
        data = _data(answer)
        room_id, short_id = data.get("room_id"), data.get("short_id")
        if not isinstance(room_id, int) or room_id <= 0:
            raise FeedError(f"{ROOM_INIT_PATH}: no room_id for room {room}")
        return RoomInit(room_id, short_id if isinstance(short_id, int) else 0, data.get("live_status") == 1)

    async def danmu_info(self, room_id: int) -> DanmuInfo:
        """The auth token and the danmaku servers of a room (by its real id), signed."""
        await self.ensure_buvid()
        params = {"id": str(room_id), "type": "0", "web_location": WEB_LOCATION}
        answer = await self._signed_get(self.live + DANMU_INFO_PATH, params)
        if answer.get("code") != 0:
            raise Refused(
                f"getDanmuInfo of room {room_id}", answer.get("code"), str(answer.get("message") or "")
            )
        data = _data(answer)
        token = data.get("token")
        hosts = data.get("host_list")
        urls = [server_url(h, self.secure) for h in hosts] if isinstance(hosts, list) else []
        found = tuple(u for u in urls if u is not None)
        if not isinstance(token, str) or not token or not found:
            raise FeedError(f"getDanmuInfo of room {room_id}: no danmaku server or token")
        return DanmuInfo(token, found)

    async def danmu_length(self, room_id: int) -> int | None:
        """The account's length limit for one danmaku in the room (None: the platform did not say)."""
        if not self.logged_in:
            return None
        answer = await self._call("GET", self.live + USER_INFO_PATH, params={"room_id": str(room_id)})
        prop = _data(answer).get("property")
        danmu = prop.get("danmu") if isinstance(prop, dict) else None
        length = danmu.get("length") if isinstance(danmu, dict) else None
        if answer.get("code") != 0 or not isinstance(length, int) or isinstance(length, bool) or length <= 0:
            return None
        return length

    async def send(self, room_id: int, text: str) -> SendResult:
        """Post one danmaku to the room; what the endpoint said (never raises)."""
        csrf = self.cookie.csrf
        if not self.logged_in or csrf is None:
            return SendResult(False, None, "", "no_cookie")
        form = {
            "bubble": "0",
            "msg": text,
            "color": "16777215",
            "mode": "1",
            "room_type": "0",
            "jumpfrom": "0",
            "fontsize": "25",
            "rnd": str(int(self.wall())),
            "roomid": str(room_id),
            "csrf": csrf,
            "csrf_token": csrf,
        }
        try:
            answer = await self._call("POST", self.live + SEND_PATH, form=form)
        except Unreachable as exc:
            return SendResult(False, None, str(exc), "unreachable")
        except FeedError as exc:
            return SendResult(False, None, str(exc), "error")
        return send_outcome(answer)
