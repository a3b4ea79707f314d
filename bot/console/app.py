"""The host console's web server: the console page, the overlay page, their WebSockets, the host's commands.

Everything is served from here (the pages, their scripts and styles); nothing is loaded from the
internet. Every route needs the console's token: from the link printed at start (`?token=…`,
which also sets a cookie), a cookie, or the `X-Console-Token` header the page sends. The overlay
(`/overlay?token=…`) is the page a host adds to OBS / 直播伴侣 as a browser source: the token rides
in its URL, since a browser source cannot log in.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import secrets
import threading
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiohttp import WSCloseCode, WSMsgType, web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.console.hub import MAX_REPLY_CHARS, ConsoleError, Hub, Json
from bot.console.overlay import MAX_PAGE_MESSAGE, OverlaySink, PageLink
from bot.errors import BotError
from bot.privacy import scrub

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

Feedback = Callable[[str, int, str | None], None]
"""Stores an employer's score (1–5) and comment after the stream."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

MAX_COMMENT_CHARS = 500
"""The longest employer comment the feedback form takes."""

IDLE_REFRESH = 2.0
"""Seconds between pushes when nothing changed: keeps the elapsed time and the report link fresh."""

_STATIC_FILES = {
    "console.js": "text/javascript",
    "console.css": "text/css",
    "overlay.js": "text/javascript",
    "overlay.css": "text/css",
}

_SOCKETS = ("/ws", "/overlay/ws")
"""The WebSocket routes: a browser may open them from another site, so they check the Origin."""

HUB_KEY = web.AppKey("hub", Hub)


@dataclass
class ConsoleState:
    """What the request handlers share besides the hub."""

    token: str
    cookie: str
    report_url: str | None
    feedback: Feedback | None
    push_interval: float
    sockets: weakref.WeakSet[web.WebSocketResponse] = field(default_factory=weakref.WeakSet)

    def report_available(self) -> bool:
        """Whether the report link leads somewhere yet."""
        if self.report_url is None:
            return False
        if _is_web_url(self.report_url):
            return True
        return _report_path(self.report_url).is_file()


STATE_KEY = web.AppKey("state", ConsoleState)


@dataclass
class Console:
    """A running console: its link (with the token), the token, where it listens, and `close()`."""

    url: str
    token: str
    host: str
    port: int
    addresses: list[Any]
    runner: web.AppRunner

    @property
    def overlay_url(self) -> str:
        """The overlay page's address, with the token (for OBS / 直播伴侣's browser source)."""
        return self.url.replace("/?token=", "/overlay?token=", 1)

    async def close(self) -> None:
        """Close every WebSocket and stop listening."""
        await self.runner.cleanup()


async def start_console(
    hub: Hub,
    host: str = "127.0.0.1",
    port: int = 8080,
    token: str | None = None,
    report_url: str | None = None,
    feedback: Feedback | None = None,
    *,
    push_interval: float = 0.25,
) -> Console:
    """Serve the console for `hub` on `host:port` (port 0: any free port) until `close()`."""
    token = token or secrets.token_urlsafe(18)
    app = make_app(hub, token, report_url, feedback, push_interval=push_interval)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise BotError(f"--console {port}: cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    addresses = list(runner.addresses)
    bound = int(addresses[0][1]) if addresses else port
    app[STATE_KEY].cookie = f"daigang_console_{bound}"
    shown = f"[{host}]" if ":" in host else host
    return Console(f"http://{shown}:{bound}/?token={token}", token, host, bound, addresses, runner)


def make_app(
    hub: Hub,
    token: str,
    report_url: str | None = None,
    feedback: Feedback | None = None,
    *,
    push_interval: float = 0.25,
) -> web.Application:
    """The console's aiohttp application (without a listening socket)."""
    app = web.Application(middlewares=[_guard], client_max_size=64 * 1024)
    app[HUB_KEY] = hub
    app[STATE_KEY] = ConsoleState(token, "daigang_console", report_url, feedback, push_interval)
    app.router.add_get("/", _page)
    app.router.add_get("/static/{name}", _static)
    app.router.add_get("/ws", _websocket)
    app.router.add_get("/api/state", _state)
    app.router.add_post("/api/feature", _feature)
    app.router.add_post("/api/reply", _reply)
    app.router.add_post("/api/poll", _poll)
    app.router.add_post("/api/pause", _pause)
    app.router.add_post("/api/feedback", _feedback)
    app.router.add_get("/report", _report)
    app.router.add_get("/overlay", _overlay_page)
    app.router.add_get("/overlay/ws", _overlay_socket)
    app.router.add_post("/api/overlay", _overlay_hide)
    app.cleanup_ctx.append(_pace_overlay)
    app.on_shutdown.append(_close_sockets)
    return app


# ---------------------------------------------------------------------- the guard


def _given_tokens(request: web.Request, state: ConsoleState) -> list[str]:
    """Every token the request carries: query, header, cookie."""
    found = [
        request.query.get("token", ""),
        request.headers.get("X-Console-Token", ""),
        request.cookies.get(state.cookie, ""),
    ]
    return [t for t in found if t]


def _authorized(request: web.Request, state: ConsoleState) -> bool:
    """Whether one of the request's tokens is the console's."""
    want = state.token.encode()
    return any(hmac.compare_digest(t.encode(), want) for t in _given_tokens(request, state))


def _same_origin(request: web.Request) -> bool:
    """A browser's cross-site request carries a foreign Origin; refuse it for commands and the socket."""
    origin = request.headers.get("Origin")
    return origin is None or origin in (f"http://{request.host}", f"https://{request.host}")


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """401 without the token, 403 from another site; security headers on every answer."""
    state = request.app[STATE_KEY]
    if not _authorized(request, state):
        response: web.StreamResponse = web.Response(
            status=401, text="401 需要控制台令牌 (console token required)\n", content_type="text/plain"
        )
    elif (request.method != "GET" or request.path in _SOCKETS) and not _same_origin(request):
        response = web.Response(status=403, text="403 cross-site request\n", content_type="text/plain")
    else:
        response = await handler(request)
    if not response.prepared:
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def _remember_token(request: web.Request, response: web.StreamResponse) -> None:
    """A page opened from the printed link keeps the token in a cookie for reloads and the report."""
    state = request.app[STATE_KEY]
    if request.cookies.get(state.cookie) != state.token:
        response.set_cookie(state.cookie, state.token, httponly=True, samesite="Strict", path="/")


# ---------------------------------------------------------------------- the page


_templates = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "j2"]),
    auto_reload=False,
)


def _html(request: web.Request, template: str) -> web.Response:
    """A page of the console's, locked to its own scripts, styles and WebSocket."""
    state = request.app[STATE_KEY]
    html = _templates.get_template(template).render(token=state.token)
    response = web.Response(text=html, content_type="text/html", charset="utf-8")
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' ws://{request.host}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    _remember_token(request, response)
    return response


async def _page(request: web.Request) -> web.Response:
    """The console page."""
    return _html(request, "console.html.j2")


async def _overlay_page(request: web.Request) -> web.Response:
    """The overlay page: the featured job's card and the answers, on a transparent background."""
    return _html(request, "overlay.html.j2")


async def _static(request: web.Request) -> web.StreamResponse:
    """The page's script and style, from the package."""
    name = request.match_info["name"]
    kind = _STATIC_FILES.get(name)
    if kind is None:
        raise web.HTTPNotFound()
    return web.Response(body=(STATIC / name).read_bytes(), content_type=kind, charset="utf-8")


def _full_state(request: web.Request) -> Json:
    """The hub's snapshot plus what only the web server knows (report link, feedback form),
    every text in it through the privacy filter."""
    state = request.app[STATE_KEY]
    snap = scrub(request.app[HUB_KEY].snapshot())
    assert isinstance(snap, dict)
    snap["console"] = {
        "report": state.report_available(),
        "feedback": state.feedback is not None,
        "max_reply": MAX_REPLY_CHARS,
    }
    return snap


async def _state(request: web.Request) -> web.Response:
    """The whole state once, as JSON."""
    return _json(_full_state(request))


# ---------------------------------------------------------------------- live updates


async def _websocket(request: web.Request) -> web.WebSocketResponse:
    """Push the state on connect and after every change, at most once per push interval."""
    state = request.app[STATE_KEY]
    hub = request.app[HUB_KEY]
    ws = web.WebSocketResponse(heartbeat=30.0)
    await ws.prepare(request)
    state.sockets.add(ws)
    loop = asyncio.get_running_loop()
    changed = asyncio.Event()
    changed.set()

    loop_thread = threading.get_ident()

    def wake() -> None:
        """Called by the hub after each change, possibly from the worker's thread."""
        if changed.is_set():
            return
        if threading.get_ident() == loop_thread:
            changed.set()
        else:
            loop.call_soon_threadsafe(changed.set)

    stop = hub.listen(wake)
    pusher = asyncio.create_task(_push(request, ws, changed, state.push_interval))
    try:
        async for _ in ws:
            pass
    finally:
        stop()
        pusher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pusher
    return ws


async def _push(
    request: web.Request, ws: web.WebSocketResponse, changed: asyncio.Event, interval: float
) -> None:
    """Send the state on each change (at most once per `interval` s) and every `IDLE_REFRESH` s."""
    while not ws.closed:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(IDLE_REFRESH):  # not wait_for: it may swallow a cancellation
                await changed.wait()
        changed.clear()
        try:
            await ws.send_str(orjson.dumps(_full_state(request)).decode())
        except ConnectionError:
            return
        await asyncio.sleep(interval)


async def _overlay_socket(request: web.Request) -> web.WebSocketResponse:
    """An overlay page: it is sent each new view and says when it has put one on screen."""
    state = request.app[STATE_KEY]
    sink = request.app[HUB_KEY].overlay
    ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=MAX_PAGE_MESSAGE)
    await ws.prepare(request)
    state.sockets.add(ws)
    link = sink.open_page()
    pusher = asyncio.create_task(_push_views(ws, link, sink))
    try:
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                sink.page_said(link, message.data)
    finally:
        sink.close_page(link)
        pusher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pusher
    return ws


async def _push_views(ws: web.WebSocketResponse, link: PageLink, sink: OverlaySink) -> None:
    """Send the overlay's view to one page whenever it changes."""
    while not ws.closed:
        await link.changed.wait()
        link.changed.clear()
        try:
            await ws.send_str(sink.view())
        except ConnectionError:
            return


async def _pace_overlay(app: web.Application) -> AsyncIterator[None]:
    """Keep the overlay's own time moving while the console is up."""
    pacer = asyncio.create_task(app[HUB_KEY].overlay.run())
    yield
    pacer.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await pacer


async def _close_sockets(app: web.Application) -> None:
    """Close the open WebSockets when the server stops."""
    for ws in list(app[STATE_KEY].sockets):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"console closed")


# ---------------------------------------------------------------------- the host's commands


async def _body(request: web.Request) -> dict[str, Any]:
    """The JSON object a command carries."""
    try:
        data = orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        raise ConsoleError("the request body is not JSON") from None
    if not isinstance(data, dict):
        raise ConsoleError("the request body is not a JSON object")
    return data


def _json(data: Json, status: int = 200) -> web.Response:
    """A JSON answer."""
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")


async def _command(request: web.Request, run: Callable[[dict[str, Any]], None]) -> web.Response:
    """Run one host command: 200 when handed to the bot, 400 when refused, 503 when the bot is busy."""
    try:
        run(await _body(request))
    except ConsoleError as exc:
        return _json({"ok": False, "error": str(exc)}, 400)
    except asyncio.QueueFull:
        return _json({"ok": False, "error": "the bot is busy, try again"}, 503)
    except BotError as exc:
        return _json({"ok": False, "error": str(exc)}, 400)
    return _json({"ok": True})


def _flag(data: dict[str, Any], name: str) -> bool:
    """A boolean field of a command."""
    value = data.get(name)
    if not isinstance(value, bool):
        raise ConsoleError(f"{name}: expected true or false")
    return value


async def _feature(request: web.Request) -> web.Response:
    """Feature a job (`{"job": "J003"}`, or null for none)."""
    hub = request.app[HUB_KEY]

    def run(data: dict[str, Any]) -> None:
        """Hand the feature command to the bot; a body without `job` is refused, not read as none."""
        if "job" not in data:
            raise ConsoleError("job: missing (give a job id, or null to feature none)")
        job = data["job"]
        if job is not None and not isinstance(job, str):
            raise ConsoleError("job: expected a job id or null")
        hub.feature(job)

    return await _command(request, run)


async def _reply(request: web.Request) -> web.Response:
    """Answer a queued question (`{"key": …, "text": …}`)."""
    hub = request.app[HUB_KEY]

    def run(data: dict[str, Any]) -> None:
        """Hand the host's answer to the bot."""
        key, text = data.get("key"), data.get("text")
        if not isinstance(key, str) or not isinstance(text, str):
            raise ConsoleError("key and text: expected strings")
        hub.reply(key, text)

    return await _command(request, run)


async def _poll(request: web.Request) -> web.Response:
    """Start or stop the poll (`{"start": true}`)."""
    hub = request.app[HUB_KEY]
    return await _command(request, lambda data: hub.poll(_flag(data, "start")))


async def _pause(request: web.Request) -> web.Response:
    """Silence the bot or let it speak (`{"paused": true}`)."""
    hub = request.app[HUB_KEY]
    return await _command(request, lambda data: hub.pause(_flag(data, "paused")))


async def _overlay_hide(request: web.Request) -> web.Response:
    """Hide the overlay or show it again (`{"hidden": true}`)."""
    hub = request.app[HUB_KEY]
    return await _command(request, lambda data: hub.hide_overlay(_flag(data, "hidden")))


async def _feedback(request: web.Request) -> web.Response:
    """An employer's score and comment after the stream (`{"employer", "score", "comment"}`)."""
    state = request.app[STATE_KEY]
    hub = request.app[HUB_KEY]
    store = state.feedback

    def run(data: dict[str, Any]) -> None:
        """Check the form and hand it to the feedback callback."""
        if store is None:
            raise ConsoleError("feedback is not recorded in this run")
        employer, score, comment = data.get("employer"), data.get("score"), data.get("comment")
        if not isinstance(employer, str) or employer not in hub.room.index.employers:
            raise ConsoleError(f"employer {employer}: not in the catalogue")
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
            raise ConsoleError("score: a whole number from 1 to 5")
        if comment is not None and not isinstance(comment, str):
            raise ConsoleError("comment: expected text")
        text = comment.strip() if comment else ""
        if len(text) > MAX_COMMENT_CHARS:
            raise ConsoleError(f"comment: at most {MAX_COMMENT_CHARS} characters")
        store(employer, score, text or None)

    return await _command(request, run)


# ---------------------------------------------------------------------- the report


def _is_web_url(url: str) -> bool:
    """Whether the report lives at an http(s) address rather than in a file."""
    return url.startswith(("http://", "https://"))


def _report_path(url: str) -> Path:
    """The report file named by a path or a file:// URL."""
    return Path(url.removeprefix("file://"))


async def _report(request: web.Request) -> web.StreamResponse:
    """The review report: the file once it is written, or a redirect to where it is served."""
    state = request.app[STATE_KEY]
    if state.report_url is None:
        raise web.HTTPNotFound(text="no report in this run\n")
    if _is_web_url(state.report_url):
        raise web.HTTPFound(state.report_url)
    path = _report_path(state.report_url)
    if not path.is_file():
        raise web.HTTPNotFound(text="报告尚未生成 (the report is not written yet)\n")
    headers = {"Content-Type": "text/html; charset=utf-8"} if path.suffix in (".html", ".htm") else None
    return web.FileResponse(path, headers=headers)
