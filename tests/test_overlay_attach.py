"""`daigang attach URL --overlay` in its own process, its overlay page open in headless Chromium."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from bot.events import Comment, End, Event, Feature, User, Viewers
from bot.live.room_server import RoomServer
from bot.profiles import get_profile
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.console_driver import CHROMIUM, WATCH_ANSWERS, PageErrors, launch
from tests.hand_clock import HandClock
from tests.open_run import open_platform, options_of, running
from tests.test_live_demo import daigang, env

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

T0 = 1_763_600_400.0
WAIT = 30.0
"""Wall seconds any one step may take before the test fails."""


def stream() -> list[Event]:
    """A short stream: 3号 featured after 2 s, two questions and an application with a phone number."""
    return [
        Viewers(T0, 10),
        Feature(T0 + 2.0, "J003"),
        Comment("c-1", T0 + 2.5, User("u-1", "小王"), "3号工资多少"),
        Comment("c-2", T0 + 2.6, User("u-2", "阿强"), "3号包住吗 电话13812345678"),
        Comment("c-3", T0 + 2.7, User("u-3", "<img src=x onerror=alert(1)>"), "报名3 13912345678"),
        Viewers(T0 + 9.0, 12),
        End(T0 + 10.0),
    ]


@pytest.mark.slow  # a fresh process warms the understanding first (~10 s), then 10 s of stream
async def test_attach_with_overlay_shows_the_card_and_answers(tmp_path: Path) -> None:
    """The overlay link attach prints shows 3号's card and answers naming their askers, phones masked."""
    async with RoomServer(stream(), get_profile("generic"), speed=1.0) as room, async_playwright() as pw:
        browser = await launch(pw)
        page = await browser.new_page(viewport={"width": 1080, "height": 1920})
        page.set_default_timeout(WAIT * 1000)
        errors = PageErrors().watch(page)
        await page.add_init_script(WATCH_ANSWERS)
        proc = await asyncio.create_subprocess_exec(
            *daigang(
                "attach",
                room.url,
                "--overlay",
                "--catalog",
                str(SEEDS / "catalog.yaml"),
                "--db",
                f"{tmp_path}/attach.db",
                "--quiet",
            ),
            env=env(),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert proc.stdout is not None
            lines: list[str] = []
            async with asyncio.timeout(WAIT):
                while not any(line.startswith("overlay: ") for line in lines):
                    lines.append((await proc.stdout.readline()).decode().strip())
            console = next(line for line in lines if line.startswith("console: "))
            assert re.fullmatch(r"console: http://127\.0\.0\.1:\d+/\?token=\S+", console)
            overlay = next(line for line in lines if line.startswith("overlay: "))[len("overlay: ") :]
            assert overlay == console[len("console: ") :].replace("/?token=", "/overlay?token=")
            await page.goto(overlay)
            await page.wait_for_selector('#card[data-job="J003"]', state="visible")
            assert await page.inner_text("#card-title") == "CNC操作工"
            await page.wait_for_function(
                "() => document.getElementById('answer-askers').textContent.includes('小王')"
            )
            assert "7000" in await page.inner_text("#answer-text")
            seen: list[str] = []
            async with asyncio.timeout(WAIT):
                while len(set(seen)) < 2:
                    await page.wait_for_function(
                        "n => window.__answers.filter(Boolean).length > n", arg=len(seen)
                    )
                    seen = await page.evaluate("window.__answers.filter(Boolean)")
                    assert "13812345678" not in await page.content()
                    assert "13912345678" not in await page.content()
            assert len(seen) == len(set(seen))
            assert await page.locator("#stage img").count() == 0
            assert errors.messages == []
            async with asyncio.timeout(WAIT):
                code = await proc.wait()
            _, err = await proc.communicate()
            assert code == 0, err.decode()
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
            await browser.close()


async def test_a_source_that_cannot_post_shows_its_answers_on_the_overlay(
    seed_catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The open platform takes no posts: attach serves the overlay itself; an answer shown there counts."""
    clock = HandClock()
    async with (
        open_platform(clock) as fake,
        running(seed_catalog, tmp_path / "o.db", clock, options_of(fake)) as run_,
        async_playwright() as pw,
    ):
        await asyncio.wait_for(fake.authed.wait(), WAIT)
        printed = capsys.readouterr()
        assert "takes no posts in its chat" in printed.err
        url = next(line for line in printed.out.splitlines() if line.startswith("overlay: "))[9:]
        browser = await launch(pw)
        page = await browser.new_page()
        page.set_default_timeout(WAIT * 1000)
        await page.goto(url)
        await page.wait_for_selector('body[data-state="live"]:not([data-version=""])', state="attached")
        sink = run_.made[0].bot.overlay
        assert sink is not None
        await fake.dm("3号工资多少", "open-79", "小美")
        await clock.until(lambda: sink.status()["shown"] >= 1)
        assert await page.inner_text("#answer-askers") == "小美"
        assert "7000" in await page.inner_text("#answer-text")
        await fake.push({"cmd": "LIVE_OPEN_PLATFORM_LIVE_END", "data": {"room_id": fake.room_id}})
        await clock.until(run_.task.done, within=40.0)
        run = await run_.finish()
        await browser.close()
    assert ("shown", None) in {(a.status, a.reason) for a in run.records.acks}
    assert any("answers go to the overlay" in line for line in run_.told)
