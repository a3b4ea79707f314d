"""`daigang attach --relay PORT`: room → bot frames of daigang-ws v1 from other readers (SPEC §5.7).

Any reader of a live room that the bot has no client for — a userscript on the host's own live
page, a Kuaishou or Douyin reader of the host's choice — hands the bot what it reads on
127.0.0.1:PORT at `/relay`: over a WebSocket (`ws://127.0.0.1:PORT/relay`, one frame per text
message) or by HTTP POST (`http://127.0.0.1:PORT/relay`, a body of one frame or a JSON array of
them). Every request carries the console's token (`?token=`, the `X-Console-Token` header or
`Authorization: Bearer …`); without it the answer is 401. Frames are read by the daigang-ws
codec: unknown types and malformed frames are counted and skipped. The relay's viewers read no
chat the bot can write in, so its posts go to the overlay.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from typing import Any

import orjson
from aiohttp import WSMsgType, web

from bot.events import Counted, Record
from bot.platforms.listener import PushSource
from bot.platforms.skipped import skipped_counters
from bot.platforms.ws.codec import RoomDecoder
from bot.runtime.port import BotPort

log = logging.getLogger("daigang.relay")

PATH = "/relay"
MAX_BODY = 4 << 20


def _given_token(request: web.Request) -> str:
    """The token a request carries (query, header or bearer), '' when none."""
    bearer = request.headers.get("Authorization", "")
    return (
        request.query.get("token")
        or request.headers.get("X-Console-Token")
        or (bearer[7:].strip() if bearer.lower().startswith("bearer ") else "")
    )


class RelayServer(PushSource):
    """The relay's WebSocket and POST endpoint on 127.0.0.1, feeding one lane of the bot."""

    max_body = MAX_BODY

    def __init__(self, port: int, token: str, bot: BotPort) -> None:
        """Listen on 127.0.0.1:`port` (0: any free port) for frames that bring `token`."""
        super().__init__(bot, port, stamp=lambda: bot.stream_now)
        self.on_close = self._hang_up
        self.token = token
        self.decoder = RoomDecoder()
        self.refused = 0
        self.frames = 0
        self._sockets: set[web.WebSocketResponse] = set()

    def announce(self, url: str) -> str:
        """Where the relay takes frames."""
        base = url.rstrip("/")
        return f"relay: ws{base[4:]}{PATH} and POST {base}{PATH} (with the console's token)"

    async def _hang_up(self) -> None:
        """Close every reader's socket: the stream has ended."""
        for ws in list(self._sockets):
            await ws.close(message=b"the stream has ended")

    def _authorized(self, request: web.Request) -> bool:
        """Whether the request brings the console's token."""
        return hmac.compare_digest(_given_token(request).encode(), self.token.encode())

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """`/relay`: a WebSocket of frames, or a POST of one frame or an array of them."""
        if request.path != PATH:
            return web.Response(status=404, text=f"the relay is at {PATH}\n")
        if not self._authorized(request):
            self.refused += 1
            return web.Response(status=401, text="401 console token required\n")
        if request.method == "GET" and request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._socket(request)
        if request.method != "POST":
            return web.Response(status=405, text="POST frames, or open a WebSocket\n")
        try:
            parsed: Any = orjson.loads(await request.read())
        except orjson.JSONDecodeError as exc:
            self.decoder.malformed += 1
            return web.json_response({"error": f"not JSON ({exc})"}, status=400)
        items = parsed if isinstance(parsed, list) else [parsed]
        taken = sum(self._take(item) for item in items)
        return web.json_response({"accepted": taken, "skipped": len(items) - taken})

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        """One reader's WebSocket: every text message a frame."""
        ws = web.WebSocketResponse(max_msg_size=MAX_BODY)
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    try:
                        self._take(orjson.loads(message.data))
                    except orjson.JSONDecodeError:
                        self.decoder.malformed += 1
        finally:
            self._sockets.discard(ws)
        return ws

    def _take(self, item: object) -> bool:
        """One parsed frame queued for the bot; False (and counted) when it gives no event."""
        self.frames += 1
        event = self.decoder.feed_object(item, self.bot.stream_now)
        if event is None:
            return False
        self.put(event)
        return True

    def counters(self, ts: float) -> list[Record]:
        """Malformed and unknown frames, refused requests, as counters for the session."""
        d = self.decoder
        out = skipped_counters(ts, malformed=d.malformed, malformed_detail="relay", unknown=d.unknown)
        if self.refused:
            out.append(Counted(ts, "refused_relay", self.refused))
        return out


def relay_transport(port: int, token: str) -> Callable[[BotPort], RelayServer]:
    """What makes the relay's server for one lane of the bot."""

    def make(bot: BotPort) -> RelayServer:
        """The relay for `bot`."""
        return RelayServer(port, token, bot)

    return make
