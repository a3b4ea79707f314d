"""The live open platform on 127.0.0.1: the app API that checks every signature, and the danmaku feed.

`POST /v2/app/start`, `/v2/app/heartbeat`, `/v2/app/end` answer only requests whose
`Authorization` is the HMAC-SHA256 of the sorted `x-bili-*` headers under the app's secret,
whose `x-bili-content-md5` is the body's MD5, whose timestamp is within 10 minutes and whose
nonce is new; otherwise a non-zero code. The feed at `/sub` on the same port admits a connection
whose auth packet body is the session's `auth_body`. Written from the documented scheme, apart
from the bot's own code.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import brotli
from aiohttp import WSMsgType, web

from tests.fakes.fake_bilibili import pack, unpack
from tests.fakes.loopback_http import LoopbackApp


@dataclass
class FakeOpenPlatform(LoopbackApp):
    """One developer app and one host's room."""

    key_id: str = "ak-fake-0001"
    secret: str = "sk-fake-secret-0001"
    app_id: int = 1650000000
    code: str = "HOSTCODE123"
    room_id: int = 22608112
    wall: Callable[[], float] = time.time
    calls: list[tuple[str, int]] = field(default_factory=list)
    """(path, code answered) of every API call."""
    games: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    heartbeats: list[str] = field(default_factory=list)
    auths: list[bytes] = field(default_factory=list)
    authed: asyncio.Event = field(default_factory=asyncio.Event)
    _nonces: set[str] = field(default_factory=set)
    _auth_bodies: dict[str, str] = field(default_factory=dict)
    _conns: list[web.WebSocketResponse] = field(default_factory=list)

    def make_app(self) -> web.Application:
        """The platform's routes."""
        app = web.Application()
        app.router.add_post("/v2/app/start", self._start)
        app.router.add_post("/v2/app/heartbeat", self._heartbeat)
        app.router.add_post("/v2/app/end", self._end)
        app.router.add_get("/sub", self._sub)
        return app

    async def hang_up(self) -> None:
        """Close every danmaku connection."""
        for ws in list(self._conns):
            await ws.close()

    def refused(self) -> list[tuple[str, int]]:
        """The calls answered with a non-zero code."""
        return [c for c in self.calls if c[1] != 0]

    async def push(self, *bodies: dict[str, Any]) -> None:
        """Commands to every connection, in one brotli packet."""
        inner = b"".join(pack(5, json.dumps(b, ensure_ascii=False).encode(), ver=0, seq=0) for b in bodies)
        frame = pack(5, brotli.compress(inner), ver=3, seq=0)
        for ws in list(self._conns):
            if not ws.closed:
                await ws.send_bytes(frame)

    async def dm(self, text: str, open_id: str, uname: str, msg_id: str | None = None) -> None:
        """A viewer's danmaku, as LIVE_OPEN_PLATFORM_DM carries it (`msg_id`: the same one again)."""
        data = {
            "room_id": self.room_id, "uid": 0, "open_id": open_id, "union_id": "U_" + open_id, "uname": uname,
            "msg": text, "msg_id": msg_id or secrets.token_hex(8), "timestamp": int(self.wall()),
            "dm_type": 0, "fans_medal_level": 0, "guard_level": 0, "uface": "",
        }  # fmt: skip
        await self.push({"cmd": "LIVE_OPEN_PLATFORM_DM", "data": data})

    async def drop(self) -> None:
        """Hang up on every danmaku connection (the session goes on)."""
        for ws in list(self._conns):
            await ws.close()

    # ------------------------------------------------------------------ the signed API

    def _check(self, request: web.Request, body: bytes) -> int:
        """0 when the request is signed as the platform wants, else a refusal code."""
        h = request.headers
        names = sorted(k.lower() for k in h if k.lower().startswith("x-bili-"))
        if names != [
            "x-bili-accesskeyid", "x-bili-content-md5", "x-bili-signature-method",
            "x-bili-signature-nonce", "x-bili-signature-version", "x-bili-timestamp",
        ]:  # fmt: skip
            return 4001
        if h["x-bili-accesskeyid"] != self.key_id:
            return 4002
        if h["x-bili-content-md5"] != hashlib.md5(body).hexdigest():
            return 4003
        stamp = h["x-bili-timestamp"]
        if not stamp.isdigit() or abs(int(stamp) - self.wall()) > 600:
            return 4004
        nonce = h["x-bili-signature-nonce"]
        if nonce in self._nonces:
            return 4005
        text = "\n".join(f"{name}:{h[name]}" for name in names)
        expected = hmac.new(self.secret.encode(), text.encode(), hashlib.sha256).hexdigest()
        if h.get("Authorization") != expected or h["x-bili-signature-method"] != "HMAC-SHA256":
            return 4006
        self._nonces.add(nonce)
        return 0

    async def _answer(
        self, request: web.Request, handle: Callable[[dict[str, Any]], tuple[int, Any]]
    ) -> web.Response:
        """Check the signature, then let `handle` answer the JSON body."""
        body = await request.read()
        code = self._check(request, body)
        data: Any = None
        if code == 0:
            try:
                payload = json.loads(body)
            except ValueError:
                payload = None
            code, data = handle(payload) if isinstance(payload, dict) else (4000, None)
        self.calls.append((request.path, code))
        return web.json_response({"code": code, "message": "ok" if code == 0 else "refused", "data": data})

    async def _start(self, request: web.Request) -> web.Response:
        """A session for the host whose code it is."""

        def start(payload: dict[str, Any]) -> tuple[int, Any]:
            """The host's code and the app id must match."""
            if payload.get("code") != self.code:
                return 7007, None
            if payload.get("app_id") != self.app_id:
                return 7002, None
            game_id = secrets.token_hex(8)
            self.games.append(game_id)
            auth = json.dumps({"roomid": self.room_id, "key": secrets.token_hex(8), "game": game_id})
            self._auth_bodies[auth] = game_id
            data = {
                "game_info": {"game_id": game_id},
                "websocket_info": {"auth_body": auth, "wss_link": [f"ws://127.0.0.1:{self.port}/sub"]},
                "anchor_info": {"room_id": self.room_id, "uname": "主播", "open_id": "anchor-open-id"},
            }
            return 0, data

        return await self._answer(request, start)

    async def _heartbeat(self, request: web.Request) -> web.Response:
        """Keep a session alive."""

        def beat(payload: dict[str, Any]) -> tuple[int, Any]:
            """A session that was started and not ended."""
            game = payload.get("game_id")
            if game not in self.games or game in self.ended:
                return 7003, None
            self.heartbeats.append(str(game))
            return 0, {}

        return await self._answer(request, beat)

    async def _end(self, request: web.Request) -> web.Response:
        """End a session."""

        def end(payload: dict[str, Any]) -> tuple[int, Any]:
            """The app's own session."""
            game = payload.get("game_id")
            if payload.get("app_id") != self.app_id or game not in self.games:
                return 7003, None
            self.ended.append(str(game))
            return 0, {}

        return await self._answer(request, end)

    # ------------------------------------------------------------------ the feed

    async def _sub(self, request: web.Request) -> web.StreamResponse:
        """Admit a connection with a session's auth body; answer heartbeats."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        first = await ws.receive()
        packets = unpack(first.data) if first.type == WSMsgType.BINARY else []
        body = packets[0][2] if packets and packets[0][0] == 7 else b""
        self.auths.append(body)
        if body.decode(errors="replace") not in self._auth_bodies:
            await ws.send_bytes(pack(8, b'{"code":-101}'))
            await ws.close()
            return ws
        await ws.send_bytes(pack(8, b'{"code":0}'))
        self._conns.append(ws)
        self.authed.set()
        try:
            async for message in ws:
                if message.type == WSMsgType.BINARY and any(op == 2 for op, _, _ in unpack(message.data)):
                    await ws.send_bytes(pack(3, (1).to_bytes(4, "big"), seq=0))
        finally:
            self._conns.remove(ws)
        return ws
