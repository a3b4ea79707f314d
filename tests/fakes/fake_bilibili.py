"""A small Bilibili on 127.0.0.1: a danmaku WebSocket server (the strict fake has the HTTP API).

The framing here is written on its own (not imported from the bot), so a mistake in the bot's
packet code cannot hide behind the same mistake in the fake.
"""

from __future__ import annotations

import asyncio
import json
import struct
import zlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import brotli
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

_HEADER = struct.Struct(">IHHII")


def pack(op: int, body: bytes, ver: int = 1, seq: int = 1) -> bytes:
    """One packet as Bilibili frames it."""
    return _HEADER.pack(16 + len(body), 16, ver, op, seq) + body


def unpack(frame: bytes) -> list[tuple[int, int, bytes]]:
    """The (op, ver, body) of the uncompressed packets a client sends."""
    out: list[tuple[int, int, bytes]] = []
    pos = 0
    while pos + 16 <= len(frame):
        length, header_len, ver, op, _ = _HEADER.unpack_from(frame, pos)
        out.append((op, ver, frame[pos + header_len : pos + length]))
        pos += length
    return out


def command(body: dict[str, Any]) -> bytes:
    """A plain command packet (protocol version 0)."""
    return pack(5, json.dumps(body, ensure_ascii=False).encode(), ver=0, seq=0)


def zlib_frame(*packets: bytes) -> bytes:
    """Packets inside one zlib-compressed packet (protocol version 2)."""
    return pack(5, zlib.compress(b"".join(packets)), ver=2, seq=0)


def brotli_frame(*packets: bytes) -> bytes:
    """Packets inside one brotli-compressed packet (protocol version 3)."""
    return pack(5, brotli.compress(b"".join(packets)), ver=3, seq=0)


def danmu(text: str, uid: int, name: str, ts_ms: int) -> dict[str, Any]:
    """A DANMU_MSG body shaped like the platform's (only the fields that matter filled in)."""
    meta: list[Any] = [0, 1, 25, 16777215, ts_ms, 0, 0, "0bc8acd0", 0, 0, 0, "", 0, "{}", "{}", {}]
    return {"cmd": "DANMU_MSG:4:0:2:2:2:0", "info": [meta, text, [uid, name, 0, 0, 0, 10000, 1, ""]]}


class LoopbackDanmakuServer(ABC):
    """A WebSocket server on a free port of 127.0.0.1 whose `_handle` serves each connection."""

    url = ""
    port = 0
    _server: Server | None = None

    async def __aenter__(self) -> Self:
        """Listen on a free port of 127.0.0.1."""
        self._server = await serve(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/sub"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop listening and drop every connection."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    @abstractmethod
    async def _handle(self, ws: ServerConnection) -> None:
        """Serve one connection."""


class FakeBilibiliRoom(LoopbackDanmakuServer):
    """A danmaku server for one room: checks the auth, answers heartbeats, sends scripted frames."""

    def __init__(
        self,
        room_id: int,
        key: str,
        frames: Sequence[bytes] = (),
        *,
        popularity: int = 4321,
        close_after_heartbeats: int | None = None,
        beats_wanted: int = 1,
    ) -> None:
        """`frames` go out right after the auth reply; the server hangs up after N heartbeats."""
        self.room_id = room_id
        self.key = key
        self.frames = list(frames)
        self.popularity = popularity
        self.close_after_heartbeats = close_after_heartbeats
        self.beats_wanted = beats_wanted
        self.heartbeats = 0
        self.auth: dict[str, Any] | None = None
        self.enough_beats = asyncio.Event()

    async def _handle(self, ws: ServerConnection) -> None:
        """One client: auth first, then scripted frames, then heartbeats until told to hang up."""
        first = await ws.recv(decode=False)
        packets = unpack(first)
        auth = json.loads(packets[0][2]) if packets and packets[0][0] == 7 else None
        self.auth = auth
        if not isinstance(auth, dict) or auth.get("roomid") != self.room_id or auth.get("key") != self.key:
            await ws.send(pack(8, b'{"code":-101}'))
            await ws.close()
            return
        await ws.send(pack(8, b'{"code":0}'))
        for frame in self.frames:
            await ws.send(frame)
        try:
            async for message in ws:
                data = message.encode() if isinstance(message, str) else message
                for op, _, _ in unpack(data):
                    if op != 2:
                        continue
                    self.heartbeats += 1
                    # Like the real server: a 20-byte packet followed by the heartbeat's echo.
                    await ws.send(pack(3, struct.pack(">I", self.popularity), seq=0) + b"[object Object]")
                    if self.heartbeats >= self.beats_wanted:
                        self.enough_beats.set()
                    limit = self.close_after_heartbeats
                    if limit is not None and self.heartbeats >= limit:
                        await ws.close()
                        return
        except ConnectionClosed:
            return
