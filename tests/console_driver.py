"""Drive the host console page in headless Chromium, the way a host would.

Every helper takes a playwright `Page` already on the console and waits until the bot's own state
(pushed back over the WebSocket) shows the result, so it works the same against a console in a
test and against `daigang attach` / `daigang demo` beside a real room.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Browser, ConsoleMessage, Error, Page, Playwright

CHROMIUM = Path("/usr/bin/chromium")
"""Debian's chromium; no browser is ever downloaded."""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


WATCH_ANSWERS = """
window.__answers = [];
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("answer");
  let last = "";
  const note = () => {
    const now = box.hidden ? "" : box.dataset.id;
    if (now !== last) { window.__answers.push(now); last = now; }
  };
  new MutationObserver(note).observe(box, { attributes: true, childList: true, subtree: true });
});
"""
"""Every change of the answer on screen, as the ids shown one after another ("" when none)."""


async def launch(playwright: Playwright) -> Browser:
    """Debian's chromium, headless, with no network chatter of its own."""
    return await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@dataclass
class PageErrors:
    """Collects console errors and uncaught exceptions of a page."""

    messages: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> PageErrors:
        """Start collecting from `page`."""
        page.on("console", self._console)
        page.on("pageerror", self._error)
        return self

    def _console(self, message: ConsoleMessage) -> None:
        """Keep console messages of type error."""
        if message.type == "error":
            self.messages.append(f"console: {message.text}")

    def _error(self, error: Error) -> None:
        """Keep uncaught exceptions."""
        self.messages.append(f"pageerror: {error}")


def _css(value: str) -> str:
    """A CSS attribute value, quoted."""
    return json.dumps(value)


async def open_console(page: Page, url: str) -> None:
    """Open the console from its printed link and wait for the first live state."""
    await page.goto(url)
    await page.wait_for_selector('body[data-state="live"][data-version]', state="attached")


async def featured_job(page: Page) -> str | None:
    """The job the bot says is on screen (None: nothing)."""
    job = await page.get_attribute("#featured", "data-job")
    return job or None


async def feature_job(page: Page, job_id: str) -> None:
    """Click `job_id` in the switcher and wait until the bot has it on screen."""
    await page.fill("#job-filter", "")
    await page.click(f"#switcher button[data-job={_css(job_id)}]")
    await page.wait_for_selector(f"#featured[data-job={_css(job_id)}]", state="attached")


async def queued_keys(page: Page) -> list[str]:
    """The keys of the questions waiting in the host's queue, top first."""
    keys: list[str] = await page.eval_on_selector_all(
        "#queue > li:not(.sent)", "items => items.map(li => li.dataset.key)"
    )
    return keys


async def wait_for_queued(page: Page, count: int = 1) -> None:
    """Wait until at least `count` questions wait in the host's queue."""
    await page.wait_for_function(
        "n => document.querySelectorAll('#queue > li:not(.sent)').length >= n", arg=count
    )


async def answer_first_queued(page: Page, text: str) -> str:
    """Type `text` as the answer to the top queued question, post it, wait until it leaves the queue."""
    await wait_for_queued(page)
    item = page.locator("#queue > li:not(.sent)").first
    key = await item.get_attribute("data-key")
    assert key is not None
    await item.locator("textarea").fill(text)
    await item.locator("button.send").click()
    await page.wait_for_function(
        "key => ![...document.querySelectorAll('#queue > li')].some(li => li.dataset.key === key)", arg=key
    )
    return key


async def is_paused(page: Page) -> bool:
    """Whether the bot says it is paused."""
    return await page.get_attribute("body", "data-paused") == "true"


async def set_paused(page: Page, paused: bool) -> None:
    """Flip the pause switch if needed and wait until the bot confirms the state."""
    if await is_paused(page) != paused:
        await page.click("#pause")
    await page.wait_for_selector(f'body[data-paused="{str(paused).lower()}"]', state="attached")


async def start_poll(page: Page) -> None:
    """Start the satisfaction poll and wait until it is open."""
    await page.click("#poll-start")
    await page.wait_for_selector('#poll[data-open="true"]', state="attached")


async def stop_poll(page: Page) -> None:
    """Stop the satisfaction poll and wait until it is closed."""
    await page.click("#poll-stop")
    await page.wait_for_selector('#poll[data-open="false"]', state="attached")


async def poll_counts(page: Page) -> tuple[int, int]:
    """The poll's (satisfied, unsatisfied) counts as shown."""
    return int(await page.inner_text("#poll-1")), int(await page.inner_text("#poll-2"))


async def post_log(page: Page) -> list[dict[str, str]]:
    """The post log as shown, newest first: id, kind, job, status and text of each post."""
    rows: list[dict[str, str]] = await page.eval_on_selector_all(
        "#posts tbody tr",
        """rows => rows.map(tr => ({id: tr.dataset.id, kind: tr.dataset.kind, job: tr.dataset.job,
            status: tr.dataset.status, text: tr.querySelector('.text').textContent}))""",
    )
    return rows


async def wait_for_post(page: Page, kind: str, status: str = "shown", job: str | None = None) -> None:
    """Wait until the post log shows a post of `kind` (and `job`) with the given ack status."""
    selector = f"#posts tbody tr[data-kind={_css(kind)}][data-status={_css(status)}]"
    if job is not None:
        selector += f"[data-job={_css(job)}]"
    await page.wait_for_selector(selector, state="attached")


async def send_feedback(page: Page, employer: str, score: int, comment: str) -> None:
    """Fill and submit the employer feedback form after the stream; wait for the confirmation."""
    await page.wait_for_selector("#feedback", state="visible")
    await page.select_option("#fb-employer", employer)
    await page.check(f'#fb-score input[value="{score}"]')
    await page.fill("#fb-comment", comment)
    await page.click("#fb-submit")
    await page.wait_for_function("() => document.getElementById('fb-status').textContent.includes('✓')")
