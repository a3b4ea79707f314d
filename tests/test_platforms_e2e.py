"""`daigang attach --platform douyin-grab` as a host runs it, against a DouyinBarrageGrab-format server,
with the overlay open in headless Chromium: answers on screen and in the transcript, phones masked,
nothing shown twice."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import aiohttp
import orjson
import pytest
from playwright.async_api import async_playwright

from tests.conftest import SEEDS
from tests.console_driver import CHROMIUM, launch
from tests.fakes.fake_barrage_grab import FakeBarrageGrab
from tests.fakes.tool_frames import douyin_chat, douyin_end, douyin_member, douyin_stats
from tests.printed import printed_line, start_daigang

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

PHONE = "13812345678"


async def test_douyin_grab_attach_answers_on_the_overlay(tmp_path: Path) -> None:
    """The card and a masked answer reach the overlay's DOM; the transcript answers; nothing twice."""
    transcript = tmp_path / "transcript.jsonl"
    async with FakeBarrageGrab() as grab:
        proc = await start_daigang(
            *("attach", "--platform", "douyin-grab", grab.url, "--catalog", str(SEEDS / "catalog.yaml")),
            *("--db", str(tmp_path / "dy.db"), "--transcript", str(transcript), "--quiet"),
        )
        try:
            assert proc.stdout is not None
            console = await printed_line(proc.stdout, "console:")
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=\S+", console)
            overlay = console.replace("/?token=", "/overlay?token=")
            async with async_playwright() as pw:
                browser = await launch(pw)
                page = await browser.new_page(viewport={"width": 720, "height": 1280})
                page.set_default_timeout(20_000)
                await page.goto(overlay)
                await page.wait_for_selector('body[data-state="live"]', state="attached")
                await asyncio.wait_for(grab.connected.wait(), 20)
                await grab.push(douyin_stats(1, 900))
                token = console.split("token=", 1)[1]
                base = console.split("/?", 1)[0]
                async with aiohttp.ClientSession() as http:
                    answer = await http.post(
                        f"{base}/api/feature", json={"job": "J003"}, headers={"X-Console-Token": token}
                    )
                    assert answer.status == 200
                await page.wait_for_selector('#card[data-job="J003"]:not([hidden])')
                await grab.push(
                    douyin_member(2, 11, f"小王{PHONE}", 901),
                    douyin_chat(3, 11, f"小王{PHONE}", "工资多少"),
                    douyin_chat(3, 11, f"小王{PHONE}", "工资多少"),
                )
                await page.wait_for_selector('#answer[data-kind="answer"]:not([hidden])')
                # The page reports what it shows; closing before that report would fail the post.
                await page.wait_for_function(
                    "document.body.dataset.confirmed === document.body.dataset.version"
                )
                shown = await page.inner_text("#answer")
                assert "小王138****" in shown
                assert PHONE not in shown
                assert PHONE not in await page.content()
                await browser.close()
            await grab.push(douyin_end(4))
            assert await asyncio.wait_for(proc.wait(), 60) == 0
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    posts = [orjson.loads(line) for line in transcript.read_bytes().splitlines()]
    answers = [p for p in posts if p["kind"] == "answer"]
    assert [p["reply_to"] for p in answers] == [["3"]]
    assert all(PHONE not in p["text"] for p in posts)
    assert len({p["text"] for p in posts if p["kind"] == "answer"}) == len(answers)
