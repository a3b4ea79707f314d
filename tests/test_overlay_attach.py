"""`daigang attach URL --overlay` in its own process, its overlay page open in headless Chromium."""

from __future__ import annotations

import asyncio
import re

import pytest
from playwright.async_api import async_playwright

from bot.events import Comment, End, Event, Feature, User, Viewers
from bot.live.room_server import RoomServer
from bot.profiles import get_profile
from tests.conftest import SEEDS
from tests.console_driver import CHROMIUM, WATCH_ANSWERS, PageErrors, launch
from tests.test_live_demo import daigang, env

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,  # a fresh process warms the understanding first (~10 s), then 10 s of stream
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


async def test_attach_with_overlay_shows_the_card_and_answers(tmp_path: object) -> None:
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
