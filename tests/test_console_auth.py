"""The console's web server: the token guards every route, it listens on loopback, commands reach the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import orjson
import pytest

from bot.console.app import Console, start_console
from bot.console.hub import Hub
from bot.events import Event, Feature, Pause
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.models import Catalog

T0 = 1_763_600_400.0

GETS = ["/", "/static/console.js", "/static/console.css", "/api/state", "/report", "/ws"]
POSTS = ["/api/feature", "/api/reply", "/api/poll", "/api/pause", "/api/feedback"]


@dataclass
class Served:
    """A console on a free port over a real room, with what it submitted and the feedback it took."""

    console: Console
    hub: Hub
    submitted: list[Event]
    report: Path
    feedback: list[tuple[str, int, str | None]] = field(default_factory=list)

    def at(self, path: str) -> str:
        """The full address of `path`."""
        return f"http://127.0.0.1:{self.console.port}{path}"


@pytest.fixture
async def served(seed_catalog: Catalog, tmp_path: Path) -> AsyncIterator[Served]:
    """Start a console with a report path and a feedback callback; close it afterwards."""
    room = build_room(seed_catalog, get_profile("generic"))
    submitted: list[Event] = []
    hub = Hub(room, submitted.append, lambda: T0)
    report = tmp_path / "report.html"
    feedback: list[tuple[str, int, str | None]] = []
    console = await start_console(
        hub,
        port=0,
        report_url=str(report),
        feedback=lambda e, s, c: feedback.append((e, s, c)),
        push_interval=0,
    )
    try:
        yield Served(console, hub, submitted, report, feedback)
    finally:
        await console.close()


async def test_everything_answers_401_without_the_token(served: Served) -> None:
    """Every page, API and the WebSocket refuse a request with no token or a wrong one."""
    async with aiohttp.ClientSession() as http:
        for path in GETS:
            for query in ("", "?token=wrong"):
                async with http.get(served.at(path + query)) as r:
                    assert r.status == 401, path + query
        for path in POSTS:
            async with http.post(
                served.at(path), json={"paused": True}, headers={"X-Console-Token": "x"}
            ) as r:
                assert r.status == 401, path
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(served.at("/ws"))
        assert refused.value.status == 401
    assert served.submitted == []


async def test_the_token_opens_the_page_the_api_and_the_websocket(served: Served) -> None:
    """With the token the page, its files, the state and the live socket all work."""
    token = served.console.token
    assert served.console.url == f"http://127.0.0.1:{served.console.port}/?token={token}"
    async with aiohttp.ClientSession() as http:
        async with http.get(served.console.url) as r:
            assert r.status == 200
            html = await r.text()
            assert f'content="{token}"' in html
            assert "Content-Security-Policy" in r.headers
            cookie = r.cookies[f"daigang_console_{served.console.port}"]
            assert cookie.value == token
        for name in ("console.js", "console.css"):
            async with http.get(served.at(f"/static/{name}?token={token}")) as r:
                assert r.status == 200
        async with http.get(served.at("/api/state"), headers={"X-Console-Token": token}) as r:
            assert r.status == 200
            state = orjson.loads(await r.read())
            assert {j["id"] for j in state["jobs"]} == set(served.hub.room.index.by_id)
        async with http.get(served.at("/api/state"), headers={"Cookie": f"{cookie.key}={token}"}) as r:
            assert r.status == 200
        async with http.ws_connect(served.at(f"/ws?token={token}")) as ws:
            first = orjson.loads((await ws.receive(timeout=10)).data)
            assert first["paused"] is False
            assert first["console"]["feedback"] is True


async def test_the_page_refers_to_nothing_outside(served: Served) -> None:
    """The page and its files name no address outside the console."""
    token = served.console.token
    async with aiohttp.ClientSession() as http:
        texts = []
        for path in ("/", "/static/console.js", "/static/console.css"):
            async with http.get(served.at(f"{path}?token={token}")) as r:
                texts.append(await r.text())
    for text in texts:
        assert "http://" not in text
        assert "https://" not in text
        assert "//cdn" not in text


async def test_it_listens_on_loopback_only_by_default(seed_catalog: Catalog) -> None:
    """Without a host the bound socket is 127.0.0.1, and the link names it."""
    hub = Hub(build_room(seed_catalog, get_profile("generic")), lambda e: None, lambda: T0)
    console = await start_console(hub, port=0)
    try:
        assert console.addresses
        assert {a[0] for a in console.addresses} == {"127.0.0.1"}
        assert console.url.startswith(f"http://127.0.0.1:{console.port}/?token=")
        assert len(console.token) >= 16
    finally:
        await console.close()


async def test_commands_reach_the_bot_as_events(served: Served) -> None:
    """POSTs with the token become events on the bot's queue; bad ones are refused with 400."""
    headers = {"X-Console-Token": served.console.token}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(served.at("/api/feature"), json={"job": "J003"}) as r:
            assert r.status == 200
        async with http.post(served.at("/api/pause"), json={"paused": True}) as r:
            assert r.status == 200
        async with http.post(served.at("/api/feature"), json={"job": "J999"}) as r:
            assert r.status == 400
        async with http.post(served.at("/api/pause"), json={"paused": "yes"}) as r:
            assert r.status == 400
        async with http.post(served.at("/api/reply"), json={"key": "nobody", "text": "hi"}) as r:
            assert r.status == 400
        async with http.post(served.at("/api/pause"), data=b"not json") as r:
            assert r.status == 400
    assert served.submitted == [Feature(T0, "J003"), Pause(T0, True)]


async def test_a_command_from_another_site_is_refused(served: Served) -> None:
    """A browser POST from a foreign origin is refused even with the token."""
    headers = {"X-Console-Token": served.console.token, "Origin": "http://evil.example"}
    async with (
        aiohttp.ClientSession() as http,
        http.post(served.at("/api/pause"), json={"paused": True}, headers=headers) as r,
    ):
        assert r.status == 403
    assert served.submitted == []


async def test_feedback_and_report(served: Served) -> None:
    """The feedback form reaches the callback; the report link works once the file exists."""
    token = served.console.token
    async with aiohttp.ClientSession(headers={"X-Console-Token": token}) as http:
        ok = {"employer": "dingtai-sz", "score": 4, "comment": " 人选不错 "}
        async with http.post(served.at("/api/feedback"), json=ok) as r:
            assert r.status == 200
        for bad in ({**ok, "score": 6}, {**ok, "score": True}, {**ok, "employer": "nobody"}):
            async with http.post(served.at("/api/feedback"), json=bad) as r:
                assert r.status == 400
        async with http.get(served.at("/report")) as r:
            assert r.status == 404
        async with http.get(served.at("/api/state")) as r:
            assert orjson.loads(await r.read())["console"]["report"] is False
        served.report.write_text("<h1>复盘</h1>", encoding="utf-8")
        async with http.get(served.at("/report")) as r:
            assert r.status == 200
            assert "复盘" in await r.text()
        async with http.get(served.at("/api/state")) as r:
            assert orjson.loads(await r.read())["console"]["report"] is True
    assert served.feedback == [("dingtai-sz", 4, "人选不错")]


async def test_the_websocket_pushes_each_change(served: Served) -> None:
    """After the first state, a change the hub observes is pushed to the socket."""
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(served.at(f"/ws?token={served.console.token}")) as ws,
    ):
        first = orjson.loads((await ws.receive(timeout=10)).data)
        actions = served.hub.room.handle(Pause(T0, True), T0)
        served.hub.observe(actions, T0)
        second = orjson.loads((await ws.receive(timeout=10)).data)
        assert (first["paused"], second["paused"]) == (False, True)
        assert second["version"] > first["version"]
