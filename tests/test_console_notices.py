"""What the platform tells the host reaches the console: names masked, posting stopped, the stream paused.

A Bilibili run against the strict fake with the console on; the console is read as the page reads
it, over its HTTP API (`/api/state`) and its WebSocket (`/ws`), and once in headless Chromium.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from playwright.async_api import async_playwright

from bot.console.hub import Hub
from bot.live.attach import Outputs
from bot.platforms.bilibili.client import BilibiliOptions
from bot.profiles import get_profile
from bot.runtime.notices import HostNotices
from bot.wiring import build_room
from catalog.models import Catalog
from tests.bilibili_run import Handle, options_for, running, strict
from tests.console_driver import CHROMIUM, PageErrors, launch, open_console
from tests.hand_clock import HandClock

CONSOLE = re.compile(r"^console: (http://127\.0\.0\.1:\d+/)\?token=(\S+)$", re.MULTILINE)

Json = dict[str, Any]


def test_the_hub_shows_a_notice_until_it_is_taken_down(seed_catalog: Catalog) -> None:
    """A notice stands in the snapshot (gravest first) and wakes the page; `say` takes it down."""
    notices = HostNotices(clock=lambda: 100.0)
    hub = Hub(
        build_room(seed_catalog, get_profile("bilibili")), lambda _: None, lambda: 100.0, notices=notices
    )
    woken: list[int] = []
    hub.listen(lambda: woken.append(hub.version))
    notices.show("stream_paused", "the host's stream stopped (PREPARING)", "warning")
    notices.show("posting_stopped", "posting stopped: the cookie is logged out", "error")
    standing = hub.snapshot()["notices"]["standing"]
    assert [n["key"] for n in standing] == ["posting_stopped", "stream_paused"]
    assert woken == [1, 2]
    notices.say("stream_paused", "the host's stream is back (LIVE)")
    after = hub.snapshot()["notices"]
    assert [n["key"] for n in after["standing"]] == ["posting_stopped"]
    assert after["said"][0]["text"] == "the host's stream is back (LIVE)"


def console_of(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """The console's base URL and token, from the line attach printed (before it connected)."""
    found = CONSOLE.search(capsys.readouterr().out)
    assert found is not None
    return found.group(1), found.group(2)


async def state(base: str, token: str) -> Json:
    """The console's state, as `/api/state` gives it."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(base + "api/state", headers={"X-Console-Token": token}) as resp,
    ):
        assert resp.status == 200
        answer: Json = await resp.json()
        return answer


def standing(snapshot: Json) -> dict[str, Json]:
    """The standing notices by key."""
    return {n["key"]: n for n in snapshot["notices"]["standing"]}


async def until_state(
    base: str, token: str, clock: HandClock, check: Callable[[Json], bool], within: float = 20.0
) -> Json:
    """Turn the clock until the console's state passes `check`; that state."""
    start = clock.t
    while True:
        snapshot = await state(base, token)
        if check(snapshot):
            return snapshot
        if clock.t - start > within:
            raise AssertionError(f"the console never showed it: {snapshot['notices']}")
        await clock.advance(0.5)


async def test_names_masked_and_the_grace_after_preparing_show_on_the_console(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a cookie LOG_IN_NOTICE stands as a banner; PREPARING stands with its countdown and
    LIVE takes it down, over HTTP and over the page's WebSocket alike."""
    clock = HandClock()
    async with strict(clock) as fake:
        options = BilibiliOptions(fake.short_id, api_url=fake.base_url, grace=20.0)
        async with running(seed_catalog, tmp_path / "n.db", clock, options, Outputs(console=0)) as run_:
            await asyncio.wait_for(fake.authed.wait(), 10)
            base, token = console_of(capsys)
            masked = await until_state(base, token, clock, lambda s: "names_masked" in standing(s))
            note = standing(masked)["names_masked"]
            assert note["level"] == "warning"
            assert "masks viewers' names" in note["text"]
            assert "its answers are not posted" in standing(masked)["listen_only"]["text"]
            await fake.preparing()
            paused = await until_state(base, token, clock, lambda s: "stream_paused" in standing(s))
            assert "ending in 20 s" in standing(paused)["stream_paused"]["text"]
            pushed = await ws_state(base, token)
            assert {"names_masked", "stream_paused"} <= set(standing(pushed))
            await fake.live()
            back = await until_state(base, token, clock, lambda s: "stream_paused" not in standing(s))
            assert back["notices"]["said"][0]["text"] == "the host's stream is back (LIVE)"
            assert "names_masked" in standing(back)
            await fake.preparing()
            await clock.until(run_.task.done, within=30.0)
            await run_.finish()


async def ws_state(base: str, token: str) -> Json:
    """The first state the console's WebSocket pushes, as the page receives it."""
    url = base.replace("http://", "ws://") + "ws"
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(url, headers={"X-Console-Token": token, "Origin": base.rstrip("/")}) as ws,
    ):
        message = await asyncio.wait_for(ws.receive_json(), 10)
        assert isinstance(message, dict)
        return message


async def test_posting_stopped_stands_as_an_error_banner(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-101 from /msg/send: the console shows an error that posting stopped, reading goes on."""
    clock = HandClock()
    out = {"code": -101, "message": "账号未登录", "msg": "账号未登录"}
    async with (
        strict(clock, answers=[out]) as fake,
        running(
            seed_catalog, tmp_path / "o.db", clock, options_for(fake, grace=0.0), Outputs(console=0)
        ) as run_,
    ):
        await asyncio.wait_for(fake.authed.wait(), 10)
        base, token = console_of(capsys)
        await fake.say("3号工资多少", 79, "小美")
        stopped = await until_state(base, token, clock, lambda s: "posting_stopped" in standing(s))
        note = standing(stopped)["posting_stopped"]
        assert note["level"] == "error"
        assert "code -101" in note["text"]
        await fake.preparing()
        await finish(run_)


async def finish(run_: Handle) -> None:
    """Let the run end."""
    await asyncio.wait_for(run_.task, 15)


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's chromium is not installed at {CHROMIUM}")
async def test_the_page_shows_the_notices_as_banners(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In Chromium: the names-masked banner with its Chinese label; the PREPARING banner comes and goes."""
    clock = HandClock()
    async with strict(clock) as fake:
        options = BilibiliOptions(fake.short_id, api_url=fake.base_url, grace=20.0)
        async with (
            running(seed_catalog, tmp_path / "b.db", clock, options, Outputs(console=0)) as run_,
            async_playwright() as playwright,
        ):
            await asyncio.wait_for(fake.authed.wait(), 10)
            base, token = console_of(capsys)
            await until_state(base, token, clock, lambda s: "names_masked" in standing(s))
            browser = await launch(playwright)
            try:
                page = await browser.new_page()
                errors = PageErrors().watch(page)
                await open_console(page, f"{base}?token={token}")
                banner = page.locator('#notices .banner[data-key="names_masked"]')
                await banner.wait_for()
                text = await banner.inner_text()
                assert "未登录" in text
                assert "masks viewers' names" in text
                assert await banner.get_attribute("data-level") == "warning"
                await fake.preparing()
                paused = page.locator('#notices .banner[data-key="stream_paused"]')
                await until_state(base, token, clock, lambda s: "stream_paused" in standing(s))
                await paused.wait_for()
                await fake.live()
                await until_state(base, token, clock, lambda s: "stream_paused" not in standing(s))
                await paused.wait_for(state="detached")
                assert errors.messages == []
            finally:
                await browser.close()
            await fake.preparing()
            await clock.until(run_.task.done, within=30.0)
