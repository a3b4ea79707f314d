"""A strict Bilibili on 127.0.0.1: the HTTP API and the danmaku WebSocket, as hard to please as the real one.

One aiohttp server answers every path the bot may ask (with `--api-url` pointing here) and
serves the danmaku WebSocket at `/sub` on the same port. It enforces what the real platform
enforces:

- a browser User-Agent (containing `Mozilla/`) on every request, else HTTP 412;
- getDanmuInfo signed with WBI (the day's keys of nav, `wts` within 300 s of its own clock) and
  sent with a buvid3 cookie, else `{"code": -352}`; the token it hands out is tied to the
  User-Agent, the account and the buvid3 that fetched it;
- the WebSocket opened with that same User-Agent, and an auth packet within 5 s carrying the real
  room id (not the short one), `protover` 3, `uid` = the cookie's DedeUserID, `buvid` = buvid3
  and `key` = the token; else an auth reply with code -101 and a hang-up;
- `/msg/send`: the CSRF token, the account's length limit; a post less than 1 s after the
  previous one, or a sixth within 10 s, answered `code 0` with `message` "msg in 1s"; the same
  text again within `repeat_window` with "msg repeat"; a filtered word with "f"; the accepted
  ones echoed to every connection as DANMU_MSG from the account's uid (`send_from_me` true on
  the connections that logged in as it).

Like the real server it sends the first frames after the auth without a timestamp
(WATCHED_CHANGE, ONLINE_RANK_COUNT, the heartbeat reply), brotli-compressed as protover 3 asks.
The WBI check is written here from the documented algorithm, apart from the bot's own code.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import struct
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import quote

import brotli
from aiohttp import WSMsgType, web

from tests.fakes.fake_bilibili import pack, unpack
from tests.fakes.loopback_http import LoopbackApp

TABLE = (
    46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29, 28,
    14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21,
    56, 59, 6, 63, 57, 62, 11, 36, 20, 34, 44, 52,
)  # fmt: skip
"""The mixin table of the documented WBI algorithm."""

IMG_KEY = "7cd084941338484aae1ad9425b84077c"
SUB_KEY = "4932caff0ff746eab6f01bf08b70ac45"
"""The documented example keys: the fake's keys of the first day."""

AUTH_WITHIN = 5.0
"""Seconds a client has after opening the WebSocket to send its auth packet."""


def _strip(value: str) -> str:
    """A value without the characters the signature leaves out."""
    return "".join(c for c in value if c not in "!'()*")


def expected_w_rid(query: dict[str, str], img_key: str, sub_key: str) -> str:
    """What `w_rid` must be for a query (without its own `w_rid`), by the documented algorithm."""
    raw = img_key + sub_key
    mixin = "".join(raw[i] for i in TABLE)[:32]
    text = "&".join(f"{quote(k, safe='')}={quote(_strip(query[k]), safe='')}" for k in sorted(query))
    return hashlib.md5((text + mixin).encode()).hexdigest()


def brotli_packets(*bodies: dict[str, Any]) -> bytes:
    """Commands inside one brotli packet (protocol version 3), as the real server sends them."""
    inner = b"".join(pack(5, json.dumps(b, ensure_ascii=False).encode(), ver=0, seq=0) for b in bodies)
    return pack(5, brotli.compress(inner), ver=3, seq=0)


def danmu_body(text: str, uid: int, name: str, ts_ms: int, *, from_me: bool = False) -> dict[str, Any]:
    """A DANMU_MSG shaped like the platform's, `send_from_me` in its extra JSON."""
    extra = json.dumps({"send_from_me": from_me, "mode": 0, "content": text, "user_hash": "0"})
    meta: list[Any] = [
        0,
        1,
        25,
        16777215,
        ts_ms,
        0,
        0,
        "0bc8acd0",
        0,
        0,
        0,
        "",
        0,
        "{}",
        "{}",
        {"extra": extra},
    ]
    sender = [uid, name, 0, 0, 0, 10000, 1, ""]
    return {"cmd": "DANMU_MSG", "dm_v2": "", "info": [meta, text, sender, [], [0, 0, 0, 0, 0]]}


@dataclass(frozen=True)
class Seen:
    """One HTTP request as the fake received it."""

    method: str
    path: str
    query: dict[str, str]
    user_agent: str | None
    referer: str | None
    origin: str | None
    cookie: dict[str, str]


@dataclass(frozen=True)
class Token:
    """Who fetched a danmaku token: the browser, the account, the browser id."""

    user_agent: str
    uid: int
    buvid3: str


@dataclass
class SendSeen:
    """One `/msg/send` and what the fake answered."""

    at: float
    text: str
    answer: dict[str, Any]

    @property
    def accepted(self) -> bool:
        """Code 0 with an empty message: shown in the room."""
        return self.answer.get("code") == 0 and not self.answer.get("message")


@dataclass
class _Conn:
    """One authenticated WebSocket connection."""

    ws: web.WebSocketResponse
    uid: int
    beats: int = 0


@dataclass
class StrictBilibili(LoopbackApp):
    """The fake platform: its account, its room, and what it saw."""

    room_id: int = 22_608_112
    short_id: int = 1017
    uid: int = 160_148_624
    uname: str = "带岗小助手"
    sessdata: str = "abc%2C123"
    csrf: str = "0123456789abcdef"
    danmu_length: int = 20
    repeat_window: float = 5.0
    filtered_words: tuple[str, ...] = ("违禁",)
    dead_hosts: int = 0
    """Unreachable danmaku hosts listed before the real one (ports nothing listens on)."""
    masks_logged_in: bool = False
    """Send LOG_IN_NOTICE to a logged-in connection too (a cookie whose login the room does not take)."""
    refuse_first_auth: bool = False
    """Refuse the first auth whatever it carries (the token went stale): the client must fetch again."""
    answers: list[dict[str, Any]] = field(default_factory=list)
    """Answers `/msg/send` gives in turn before judging posts itself (a refusal on cue)."""
    hold: asyncio.Event | None = None
    """When given, `/msg/send` answers only once it is set (`arrived` is set when a post waits)."""
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    wall: Callable[[], float] = time.time
    """Unix seconds: checks `wts` and stamps the danmaku."""
    mono: Callable[[], float] = time.monotonic
    """Seconds for the send endpoint's rate limits."""

    img_key: str = IMG_KEY
    sub_key: str = SUB_KEY
    requests: list[Seen] = field(default_factory=list)
    refusals: list[tuple[str, int]] = field(default_factory=list)
    """(path, code or HTTP status) of every request refused."""
    tokens: dict[str, Token] = field(default_factory=dict)
    auths: list[dict[str, Any]] = field(default_factory=list)
    auth_refusals: list[str] = field(default_factory=list)
    ws_user_agents: list[str | None] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    """How each authenticated danmaku connection was closed by the bot (1000: on purpose)."""
    sends: list[SendSeen] = field(default_factory=list)
    heartbeats: int = 0
    authed: asyncio.Event = field(default_factory=asyncio.Event)
    posted: asyncio.Condition = field(default_factory=asyncio.Condition)
    _conns: list[_Conn] = field(default_factory=list)
    _accepted: deque[tuple[float, str]] = field(default_factory=deque)

    def make_app(self) -> web.Application:
        """The platform's routes."""
        app = web.Application(middlewares=[self._browser_only])
        app.router.add_get("/x/frontend/finger/spi", self._spi)
        app.router.add_get("/x/web-interface/nav", self._nav)
        app.router.add_get("/room/v1/Room/room_init", self._room_init)
        app.router.add_get("/xlive/web-room/v1/index/getDanmuInfo", self._danmu_info)
        app.router.add_get("/xlive/web-room/v1/index/getInfoByUser", self._user_info)
        app.router.add_post("/msg/send", self._send)
        app.router.add_get("/sub", self._sub)
        return app

    async def hang_up(self) -> None:
        """Close every danmaku connection."""
        for conn in list(self._conns):
            await conn.ws.close()

    # ------------------------------------------------------------------ what tests look at

    @property
    def user_agents(self) -> set[str | None]:
        """Every User-Agent seen, on HTTP and on the WebSocket."""
        return {s.user_agent for s in self.requests} | set(self.ws_user_agents)

    def paths(self) -> list[str]:
        """The paths asked, in order."""
        return [s.path for s in self.requests]

    @property
    def shown(self) -> list[str]:
        """The texts the room showed (accepted posts), in order."""
        return [s.text for s in self.sends if s.accepted]

    def rotate_keys(self) -> None:
        """A new day: new WBI keys (signatures with the old ones now get -352)."""
        self.img_key, self.sub_key = secrets.token_hex(16), secrets.token_hex(16)

    async def wait_sends(self, n: int, within: float = 10.0) -> None:
        """Until `n` posts have come to `/msg/send`."""
        async with asyncio.timeout(within), self.posted:
            await self.posted.wait_for(lambda: len(self.sends) >= n)

    # ------------------------------------------------------------------ what tests do to the room

    def now_ms(self) -> int:
        """The fake's wall time in milliseconds."""
        return int(self.wall() * 1000)

    async def broadcast(self, *bodies: dict[str, Any]) -> None:
        """Commands to every connection, in one brotli packet."""
        frame = brotli_packets(*bodies)
        for conn in list(self._conns):
            if not conn.ws.closed:
                await conn.ws.send_bytes(frame)

    async def say(self, text: str, uid: int, name: str) -> None:
        """A viewer's danmaku, stamped with the fake's clock."""
        await self.broadcast(danmu_body(text, uid, name, self.now_ms()))

    async def preparing(self) -> None:
        """The host's stream dropped (OBS went away)."""
        await self.broadcast(
            {"cmd": "PREPARING", "roomid": str(self.room_id), "send_time": self.now_ms(), "p_is_ack": True}
        )

    async def live(self) -> None:
        """The host is streaming again."""
        now = int(self.wall())
        await self.broadcast({"cmd": "LIVE", "live_time": now, "roomid": self.room_id, "live_platform": "pc"})

    async def online(self, count: int) -> None:
        """Viewers in the room now."""
        data = {
            "count": count,
            "count_text": str(count),
            "online_count": count,
            "online_count_text": str(count),
        }
        await self.broadcast({"cmd": "ONLINE_RANK_COUNT", "data": data})

    # ------------------------------------------------------------------ HTTP

    def _cookie(self, request: web.Request) -> dict[str, str]:
        """The request's cookies by name."""
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(request.headers.get("Cookie", ""))
        except CookieError:
            return {}
        return {name: morsel.value for name, morsel in jar.items()}

    def _logged_in(self, cookie: dict[str, str]) -> bool:
        """The account's SESSDATA (what logs in; DedeUserID is only what the browser was told)."""
        return cookie.get("SESSDATA") == self.sessdata

    @web.middleware
    async def _browser_only(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        """Record every request; refuse one without a browser User-Agent with 412."""
        ua = request.headers.get("User-Agent")
        if request.path != "/sub":
            self.requests.append(
                Seen(
                    request.method,
                    request.path,
                    dict(request.query),
                    ua,
                    request.headers.get("Referer"),
                    request.headers.get("Origin"),
                    self._cookie(request),
                )
            )
        if ua is None or "Mozilla/" not in ua:
            self.refusals.append((request.path, 412))
            return web.Response(status=412, text="412 Precondition Failed")
        response: web.StreamResponse = await handler(request)
        return response

    def _refuse(self, path: str, code: int, message: str, data: Any = None) -> web.Response:
        """A JSON refusal, recorded."""
        self.refusals.append((path, code))
        return web.json_response({"code": code, "message": message, "ttl": 1, "data": data})

    async def _spi(self, request: web.Request) -> web.StreamResponse:
        """A fresh browser id pair."""
        b3 = f"{secrets.token_hex(4).upper()}-0000-0000-0000-{secrets.token_hex(6).upper()}infoc"
        b4 = f"{secrets.token_hex(8).upper()}-{secrets.token_hex(8)}"
        return web.json_response({"code": 0, "message": "ok", "data": {"b_3": b3, "b_4": b4}})

    async def _nav(self, request: web.Request) -> web.StreamResponse:
        """The WBI keys always; the account when its cookie is logged in."""
        images = {
            "img_url": f"https://i0.hdslb.com/bfs/wbi/{self.img_key}.png",
            "sub_url": f"https://i0.hdslb.com/bfs/wbi/{self.sub_key}.png",
        }
        if not self._logged_in(self._cookie(request)):
            return web.json_response(
                {
                    "code": -101,
                    "message": "账号未登录",
                    "ttl": 1,
                    "data": {"isLogin": False, "wbi_img": images},
                }
            )
        data = {"isLogin": True, "mid": self.uid, "uname": self.uname, "wbi_img": images}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})

    async def _room_init(self, request: web.Request) -> web.StreamResponse:
        """A short or real id to the room."""
        asked = request.query.get("id", "")
        if asked not in (str(self.room_id), str(self.short_id)):
            return self._refuse(request.path, 60004, "直播间不存在")
        data = {"room_id": self.room_id, "short_id": self.short_id, "uid": 9, "live_status": 1}
        return web.json_response({"code": 0, "msg": "ok", "message": "ok", "data": data})

    def _signed(self, request: web.Request) -> bool:
        """A WBI signature by today's keys, and `wts` within 300 s of the fake's clock."""
        query = dict(request.query)
        given = query.pop("w_rid", None)
        wts = query.get("wts", "")
        if given is None or not wts.isdigit() or abs(int(wts) - self.wall()) > 300:
            return False
        return given == expected_w_rid(query, self.img_key, self.sub_key)

    async def _danmu_info(self, request: web.Request) -> web.StreamResponse:
        """A token for the real room id, only to a signed request with a buvid3 cookie."""
        cookie = self._cookie(request)
        if not self._signed(request) or not cookie.get("buvid3"):
            return self._refuse(request.path, -352, "-352", {"v_voucher": "voucher_fake"})
        if request.query.get("id") != str(self.room_id):
            return self._refuse(request.path, 1002002, "房间号错误")
        token = secrets.token_urlsafe(24)
        uid = self.uid if self._logged_in(cookie) else 0
        self.tokens[token] = Token(request.headers["User-Agent"], uid, cookie["buvid3"])
        dead = [{"host": "127.0.0.1", "port": 9, "wss_port": 9, "ws_port": 9}] * self.dead_hosts
        live = [{"host": "127.0.0.1", "port": self.port, "wss_port": self.port, "ws_port": self.port}]
        data = {"group": "live", "business_id": 0, "token": token, "host_list": dead + live}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})

    async def _user_info(self, request: web.Request) -> web.StreamResponse:
        """The account's property in the room: its danmaku length limit."""
        if not self._logged_in(self._cookie(request)):
            return self._refuse(request.path, -101, "账号未登录")
        data = {"property": {"danmu": {"length": self.danmu_length, "color": 16777215, "mode": 1}}}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})

    async def _send(self, request: web.Request) -> web.StreamResponse:
        """One danmaku: checked, limited, echoed when shown."""
        form = {k: str(v) for k, v in (await request.post()).items()}
        cookie = self._cookie(request)
        text = form.get("msg", "")
        now = self.mono()
        answer: dict[str, Any]
        if self.hold is not None:
            self.arrived.set()
            await self.hold.wait()
        if self.answers:
            answer = self.answers.pop(0)
        elif not self._logged_in(cookie):
            answer = {"code": -101, "message": "账号未登录", "msg": "账号未登录"}
        elif form.get("csrf") != self.csrf or cookie.get("bili_jct") != self.csrf:
            answer = {"code": -111, "message": "csrf 校验失败", "msg": "csrf 校验失败"}
        elif form.get("roomid") != str(self.room_id):
            answer = {"code": -400, "message": "房间号错误", "msg": "房间号错误"}
        elif not text or len(text) > self.danmu_length:
            answer = {"code": -500, "message": "超出限制长度", "msg": "超出限制长度"}
        elif self._too_fast(now):
            answer = {"code": 0, "data": {}, "message": "msg in 1s", "msg": "msg in 1s"}
        elif any(t == text and now - at < self.repeat_window for at, t in self._accepted):
            answer = {"code": 0, "data": {}, "message": "msg repeat", "msg": "msg repeat"}
        elif any(word in text for word in self.filtered_words):
            answer = {"code": 0, "data": {}, "message": "f", "msg": "f"}
        else:
            answer = {"code": 0, "data": {"mode_info": {}}, "message": "", "msg": ""}
            self._accepted.append((now, text))
        self.sends.append(SendSeen(now, text, answer))
        async with self.posted:
            self.posted.notify_all()
        if answer["code"] == 0 and not answer["message"]:
            await self._echo(text)
        return web.json_response(answer)

    def _too_fast(self, now: float) -> bool:
        """Less than 1 s since the last shown post, or five shown in the last 10 s."""
        while self._accepted and now - self._accepted[0][0] > 30.0:
            self._accepted.popleft()
        if self._accepted and now - self._accepted[-1][0] < 1.0:
            return True
        return sum(1 for at, _ in self._accepted if now - at < 10.0) >= 5

    async def _echo(self, text: str) -> None:
        """The room shows the account's post to everyone: to itself with `send_from_me`."""
        ts = self.now_ms()
        for conn in list(self._conns):
            if conn.ws.closed:
                continue
            body = danmu_body(text, self.uid, self.uname, ts, from_me=conn.uid == self.uid)
            await conn.ws.send_bytes(brotli_packets(body))

    # ------------------------------------------------------------------ the danmaku WebSocket

    async def _sub(self, request: web.Request) -> web.StreamResponse:
        """One danmaku connection: the auth within 5 s, checked against the token; then the room."""
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        ua = request.headers.get("User-Agent")
        self.ws_user_agents.append(ua)
        try:
            async with asyncio.timeout(AUTH_WITHIN):
                first = await ws.receive()
        except TimeoutError:
            self.auth_refusals.append("no auth within 5 s")
            await ws.close()
            return ws
        if first.type != WSMsgType.BINARY:
            self.auth_refusals.append("not a binary frame")
            await ws.close()
            return ws
        packets = unpack(first.data)
        auth = json.loads(packets[0][2]) if packets and packets[0][0] == 7 else None
        why = self._auth_problem(auth, ua)
        if why is not None:
            self.auth_refusals.append(why)
            await ws.send_bytes(pack(8, b'{"code":-101}'))
            await ws.close()
            return ws
        assert isinstance(auth, dict)
        self.auths.append(auth)
        conn = _Conn(ws, int(auth["uid"]))
        self._conns.append(conn)
        await ws.send_bytes(pack(8, b'{"code":0}'))
        self.authed.set()
        first_frames: list[dict[str, Any]] = [
            {
                "cmd": "WATCHED_CHANGE",
                "data": {"num": 17903, "text_small": "1.7万", "text_large": "1.7万人看过"},
            },
            {"cmd": "ONLINE_RANK_COUNT", "data": {"count": 37, "online_count": 37}},
        ]
        if conn.uid == 0 or self.masks_logged_in:
            notice = "为保护用户隐私，未登录无法查看他人昵称"
            first_frames.append({"cmd": "LOG_IN_NOTICE", "data": {"notice_msg": notice}})
        await ws.send_bytes(brotli_packets(*first_frames))
        try:
            async for message in ws:
                if message.type != WSMsgType.BINARY:
                    continue
                for op, _, _ in unpack(message.data):
                    if op == 2:
                        self.heartbeats += 1
                        conn.beats += 1
                        await ws.send_bytes(pack(3, struct.pack(">I", 1), seq=0) + b"[object Object]")
        finally:
            self._conns.remove(conn)
            self.close_codes.append(ws.close_code)
        return ws

    def _auth_problem(self, auth: object, ua: str | None) -> str | None:
        """Why an auth packet is refused (None: it is good)."""
        if not isinstance(auth, dict):
            return "no auth packet"
        if self.refuse_first_auth and not self.auth_refusals:
            return "token expired"
        token = self.tokens.get(str(auth.get("key")))
        if token is None:
            return "unknown key"
        if auth.get("roomid") != self.room_id:
            return f"roomid {auth.get('roomid')} is not the real room id"
        if auth.get("protover") != 3:
            return f"protover {auth.get('protover')}"
        if auth.get("uid") != token.uid:
            return f"uid {auth.get('uid')} is not the token's {token.uid}"
        if auth.get("buvid") != token.buvid3:
            return "buvid is not the buvid3 that fetched the token"
        if ua != token.user_agent:
            return "the WebSocket's User-Agent is not the one that fetched the token"
        return None
