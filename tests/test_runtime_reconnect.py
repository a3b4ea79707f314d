"""The shared reconnecting loop: backoff, reasons said once each, and giving up on a room never reached."""

from __future__ import annotations

import asyncio
import itertools
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import FeedError
from bot.live.attach import Outputs, attach
from bot.profiles import get_profile
from bot.runtime.backoff import Retry
from bot.runtime.clock import Clock
from bot.runtime.notices import HostNotices
from bot.runtime.reconnect import Attempt, LinkStats, reconnecting
from bot.store import open_store
from bot.wiring import build_room
from catalog.models import Catalog
from tests.conftest import SEEDS


class FakeClock(Clock):
    """Wall time that moves only when someone sleeps on it."""

    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        """The fake time."""
        return self.t

    async def sleep(self, seconds: float) -> None:
        """Move the fake time on at once."""
        self.t += seconds
        await asyncio.sleep(0)


def classify(exc: BaseException, attempt: Attempt) -> str | None:
    """OSError is a refused connection; anything else is not for a retry."""
    return "refused" if isinstance(exc, OSError) else None


async def follow(
    attempts: AsyncIterator[Attempt], plan: Iterator[str], look: Callable[[], None] = lambda: None
) -> None:
    """Play `plan` through the attempts: `fail` (refused), `up` (up, then closed), `done` (the run
    is over); `look()` before each attempt and once each connection is up."""
    async for attempt in attempts:
        look()
        async with attempt:
            step = next(plan)
            if step == "fail":
                raise ConnectionRefusedError("port closed")
            if step == "done":
                return
            attempt.up()
            look()
            attempt.lost("closed")


async def test_failures_back_off_and_a_connection_resets_the_give_up() -> None:
    """Three refusals with growing waits, then a connection; a later outage never gives up."""
    clock, said, stats = FakeClock(), list[str](), LinkStats()
    attempts = reconnecting(
        "room",
        classify=classify,
        done=lambda: False,
        retry=Retry(lambda: itertools.count(1.0)),
        clock=clock,
        give_up_after=10.0,
        stats=stats,
        say=said.append,
    )
    await follow(attempts, iter(["fail", "fail", "fail", "up", *["fail"] * 20, "done"]))
    assert stats.attempts == 25
    assert stats.connections == 1
    assert stats.drops[:4] == ["refused", "refused", "refused", "closed"]
    assert said[0] == "connecting to room"
    assert said[1] == "room: cannot connect (refused: port closed); retrying in 1.0 s"
    assert said[4] == "room: connection lost (closed); retrying in 4.0 s"
    assert clock.t > 10.0  # past the limit, yet still trying: it had been up once


async def test_a_lost_connection_stands_on_the_console_until_it_is_back() -> None:
    """Each retry shows on the host's notices under `link`; the next connection up takes it down."""
    clock, notices = FakeClock(), HostNotices()
    shown: list[list[str]] = []
    attempts = reconnecting(
        "room",
        classify=classify,
        done=lambda: False,
        retry=Retry(lambda: itertools.repeat(2.0)),
        clock=clock,
        say=lambda _: None,
        notices=notices,
    )
    await follow(
        attempts, iter(["up", "fail", "up", "done"]), lambda: shown.append([n.text for n in notices.standing])
    )
    assert shown[0] == shown[1] == []
    assert shown[2] == ["room: connection lost (closed); retrying in 2.0 s"]
    assert shown[3] == ["room: cannot connect (refused: port closed); retrying in 2.0 s"]
    assert shown[4] == []  # up again: taken down
    assert [n.key for n in notices.standing] == ["link"]  # the last drop, before the run ended


async def refuse_all(attempts: AsyncIterator[Attempt], error: Exception) -> None:
    """Fail every attempt with `error`."""
    async for attempt in attempts:
        async with attempt:
            raise error


async def test_never_reaching_the_room_gives_up_with_one_line() -> None:
    """Refused again and again for a minute of (fake) time: a FeedError naming the room and why."""
    clock, said = FakeClock(), list[str]()
    attempts = reconnecting(
        "ws://127.0.0.1:9", classify=classify, done=lambda: False, clock=clock, say=said.append
    )
    with pytest.raises(FeedError, match=r"ws://127.0.0.1:9: no connection within 60 s \(last attempt: ref"):
        await refuse_all(attempts, ConnectionRefusedError("Connection refused"))
    assert clock.t <= 60.0
    assert all("retrying in" in line for line in said[1:])
    assert len(said) >= 4


async def test_an_unknown_failure_is_raised_as_it_is() -> None:
    """A failure `classify` does not know ends the loop at once."""
    attempts = reconnecting("room", classify=classify, done=lambda: False, clock=FakeClock(), say=print)
    with pytest.raises(ValueError, match="bad"):
        await refuse_all(attempts, ValueError("bad"))


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


async def http_server() -> asyncio.Server:
    """A plain HTTP server on 127.0.0.1 that answers every request 200 (no WebSocket)."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()

    return await asyncio.start_server(answer, "127.0.0.1", 0)


@pytest.mark.parametrize("kind", ["closed port", "http server"])
async def test_attach_to_a_room_that_is_no_websocket_gives_up(
    kind: str, seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`attach` to a closed port or a plain HTTP server: retries with reasons, then one line (fake clock)."""
    server = await http_server() if kind == "http server" else None
    port = server.sockets[0].getsockname()[1] if server is not None else free_port()
    url = f"ws://127.0.0.1:{port}"
    clock = FakeClock()
    try:
        with open_store(str(tmp_path / "x.db")) as store, pytest.raises(FeedError) as failed:
            await attach(
                url,
                build_room(seed_catalog, get_profile("generic")),
                seed_catalog,
                store,
                Outputs(),
                clock=clock,
            )
    finally:
        if server is not None:
            server.close()
            await server.wait_closed()
    err = capsys.readouterr().err
    assert f"connecting to {url}" in err
    assert "cannot connect (unreachable:" in err
    if kind == "http server":
        assert "200" in err
    assert str(failed.value).startswith(f"{url}: no connection within 60 s")
    assert 60.0 <= clock.t < 70.0  # the idle ticker sleeps on the same fake clock


def platform_argv(platform: str, port: int, tmp_path: Path) -> tuple[list[str], str]:
    """The flags that attach `platform` to a closed port, and the name the loop gives it."""
    url = f"ws://127.0.0.1:{port}"
    if platform == "ws":
        return [url], url
    if platform == "douyin-grab":
        return ["--platform", "douyin-grab", url], url
    keys = tmp_path / "keys.txt"
    keys.write_text("access_key_id=ak\naccess_key_secret=sk\napp_id=42\n", encoding="utf-8")
    keys.chmod(0o600)
    flags = ["--code", "HOSTCODE", "--open-keys", str(keys), "--api-url", f"http://127.0.0.1:{port}"]
    return ["--platform", "bilibili-open", *flags], "the open platform's room of app 42"


@pytest.mark.parametrize("platform", ["ws", "douyin-grab", "bilibili-open"])
def test_the_command_gives_up_with_exit_2(
    platform: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`daigang attach … --connect-timeout 0` on a closed port, for every client that connects out:
    "connecting to …", then one `daigang:` line, exit 2."""
    flags, name = platform_argv(platform, free_port(), tmp_path)
    argv = ["attach", *flags, "--catalog", str(SEEDS / "catalog.yaml"), "--db", str(tmp_path / "x.db")]
    code = main([*argv, "--connect-timeout", "0", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"connecting to {name}" in err
    assert f"daigang: {name}: no connection within 0 s" in err
    assert "Traceback" not in err
