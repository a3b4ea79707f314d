"""More of a small Bilibili on 127.0.0.1: a room scripted per connection, getDanmuInfo, a refusing send API.

Packets are framed with the helpers of `fake_bilibili` (written apart from the bot's own code).
"""

from __future__ import annotations

import asyncio
import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

from aiohttp import web
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tests.fakes.fake_bilibili import FakeSendEndpoint, LoopbackDanmakuServer, pack, unpack


@dataclass(frozen=True)
class Connection:
    """What one connection gets after the auth: `frames` in order, then `then`.

    hold: answer heartbeats until the client leaves; mute: read but never answer; close: hang up.
    """

    frames: Sequence[bytes]
    then: Literal["hold", "mute", "close"] = "hold"


class ScriptedBilibiliRoom(LoopbackDanmakuServer):
    """A danmaku server that plays `scripts[i]` to its i-th authenticated connection (the last one after)."""

    def __init__(self, room_id: int, key: str, scripts: Sequence[Connection]) -> None:
        """Admit connections to `room_id` that bring `key`."""
        self.room_id = room_id
        self.key = key
        self.scripts = list(scripts)
        self.connections = 0
        self.auths: list[dict[str, Any]] = []

    async def _handle(self, ws: ServerConnection) -> None:
        """Check the auth, play this connection's script."""
        try:
            packets = unpack(await ws.recv(decode=False))
            auth = json.loads(packets[0][2]) if packets and packets[0][0] == 7 else None
            if (
                not isinstance(auth, dict)
                or auth.get("roomid") != self.room_id
                or auth.get("key") != self.key
            ):
                await ws.send(pack(8, b'{"code":-101}'))
                await ws.close()
                return
            self.auths.append(auth)
            script = self.scripts[min(self.connections, len(self.scripts) - 1)]
            self.connections += 1
            await ws.send(pack(8, b'{"code":0}'))
            for frame in script.frames:
                await ws.send(frame)
            if script.then == "close":
                await ws.close()
                return
            async for message in ws:
                data = message.encode() if isinstance(message, str) else message
                beats = [op for op, _, _ in unpack(data) if op == 2]
                if beats and script.then == "hold":
                    # Popularity 1, as the platform answers now: no viewer figure.
                    await ws.send(pack(3, struct.pack(">I", 1), seq=0) + b"[object Object]")
        except ConnectionClosed:
            return


def preparing(room_id: int) -> dict[str, Any]:
    """The PREPARING command: the host stopped streaming."""
    return {"cmd": "PREPARING", "roomid": str(room_id)}


class FakeLiveApi:
    """`GET /xlive/web-room/v1/index/getDanmuInfo` of the live API, pointing at a local danmaku server."""

    def __init__(self, ws_port: int, token: str, refusal: dict[str, Any] | None = None) -> None:
        """Answer with `token` and a host list of 127.0.0.1:`ws_port`, or with `refusal` when given."""
        self.ws_port = ws_port
        self.token = token
        self.refusal = refusal
        self.queries: list[dict[str, str]] = []
        self.base_url = ""
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> FakeLiveApi:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_get("/xlive/web-room/v1/index/getDanmuInfo", self._info)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    async def _info(self, request: web.Request) -> web.StreamResponse:
        """The platform's answer shape: a token and the danmaku hosts with their ports."""
        self.queries.append(dict(request.query))
        if self.refusal is not None:
            return web.json_response(self.refusal)
        hosts = [{"host": "127.0.0.1", "port": 2243, "wss_port": 2245, "ws_port": self.ws_port}]
        data = {"group": "live", "business_id": 0, "token": self.token, "host_list": hosts}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})


class RefusingSendEndpoint(FakeSendEndpoint):
    """The send endpoint answering its first posts with `refusals` in turn, then as usual."""

    def __init__(self, room_id: int, refusals: Sequence[dict[str, Any]]) -> None:
        """Refuse the first len(`refusals`) posts with these answers."""
        super().__init__(room_id)
        self.refusals = list(refusals)

    async def _send(self, request: web.Request) -> web.StreamResponse:
        """A scripted refusal while there is one left; the usual checks and code 0 after."""
        if not self.refusals:
            return await super()._send(request)
        form = {key: str(value) for key, value in (await request.post()).items()}
        self.received.append(form)
        return web.json_response(self.refusals.pop(0))


class HeldSendEndpoint(FakeSendEndpoint):
    """The send endpoint holding its answer to the first post until `release` is set."""

    def __init__(self, room_id: int) -> None:
        """`arrived` is set when the first post comes in."""
        super().__init__(room_id)
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()

    async def _send(self, request: web.Request) -> web.StreamResponse:
        """Answer as usual, the first time only once released."""
        if not self.arrived.is_set():
            self.arrived.set()
            await self.release.wait()
        return await super()._send(request)
