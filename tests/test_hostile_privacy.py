"""Phones and ID numbers in every digit form never leave the bot unmasked.

Generated names and comments carry numbers in ASCII, full-width, circled and Chinese digits
(幺, 两, 洞 …), with dots, dashes, slashes, spaces and bidi or zero-width characters inside; the
filter, the room's posts, the host's answers and a whole replay (stdout, transcript, report files,
applications.csv) are searched for any readable phone or ID number.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer.split import split_words, words
from bot.console.hub import ConsoleError
from bot.events import Comment, Feature, HostReply, Tick, User
from bot.privacy import digit_runs, mask, unmasked_numbers
from bot.profiles import get_profile
from bot.wiring import build_room
from catalog.models import Catalog
from tests.conftest import SEEDS
from tests.hostile import Tally, run_capped
from tests.test_console_hub import T0, Stream

FORMS: dict[str, str] = {
    "ascii": "0123456789",
    "full": "０１２３４５６７８９",
    "circled": "⓪①②③④⑤⑥⑦⑧⑨",
    "chinese": "〇一二三四五六七八九",
    "spoken": "洞幺两三四五六拐八勾",
    "capital": "零壹贰叁肆伍陆柒捌玖",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
}
"""One way of writing each digit 0–9 per form."""
SEPARATORS = ["", " ", ".", "-", "－", "／", "/", " . ", "\u200b", "\u202e", "\u2066", "_", "·", "\u3000"]


def phone(rng: random.Random) -> str:
    """A mainland mobile number."""
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def id_number(rng: random.Random) -> str:
    """An ID-card number: 18 digits (or 17 and X) or the old 15."""
    if rng.random() < 0.2:
        return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(14))
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(16))
    return body + rng.choice("0123456789X")


def written(number: str, rng: random.Random) -> str:
    """`number` as a viewer might type it: digits of mixed forms, separators between groups."""
    form = rng.choice(list(FORMS))
    out: list[str] = []
    mixed = rng.random() < 0.2
    sep = rng.choice(SEPARATORS)
    cut = {3, 7} if rng.random() < 0.5 else set(range(1, len(number))) if rng.random() < 0.3 else set()
    for i, char in enumerate(number):
        if i in cut:
            out.append(sep)
        if char == "X":
            out.append(rng.choice("XxＸ"))
            continue
        digits = FORMS[rng.choice(list(FORMS))] if mixed else FORMS[form]
        out.append(digits[int(char)])
    return "".join(out)


_AROUND = st.sampled_from(
    [
        "",
        "我的电话",
        "身份证",
        "联系",
        "工资多少",
        "小王",
        "报名3",
        "@阿强 ",
        "7000-9000元",
        "\u2066",
        "\u202e",
        "加我",
    ]
)


@st.composite
def carriers(draw: st.DrawFn) -> tuple[str, str]:
    """A text carrying one phone or ID number in some written form, and the number itself."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    number = phone(rng) if draw(st.booleans()) else id_number(rng)
    text = draw(_AROUND) + written(number, rng) + draw(_AROUND)
    return text, number


def _readable(text: str, number: str) -> bool:
    """Whether `number` can still be read in `text` (in any form, separators skipped)."""
    digits = number.rstrip("X")
    return any(digits in run for run in digit_runs(text)) or bool(unmasked_numbers(text))


@settings(max_examples=400, deadline=None)
@given(carried=carriers())
def test_mask_leaves_no_number_readable(carried: tuple[str, str]) -> None:
    """Whatever the digit form and separators, the masked text holds no readable phone or ID."""
    text, number = carried
    assert _readable(text, number), text  # the check itself sees the number before masking
    masked = mask(text)
    assert not _readable(masked, number), (text, masked)
    assert "*" in masked


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60))
def test_mask_is_idempotent_and_never_longer(text: str) -> None:
    """Masking twice changes nothing more; a masked text is never longer than the original."""
    once = mask(text)
    assert mask(once) == once
    assert len(once) <= len(text)
    assert not unmasked_numbers(once)


def test_mask_examples() -> None:
    """The forms named in the contract, and ordinary numbers that must stay readable."""
    for text in (
        "１３８１２３４５６７８",
        "138１２３４５６７８",
        "一三八一二三四五六七八",
        "幺三八幺二三四五六七八",
        "138.1234.5678",
        "１３８-１２３４-５６７８",
        "1 3 8 1 2 3 4 5 6 7 8",
    ):
        assert mask(text) == "138****5678", text
    assert mask("张三13911112222") == "张三139****2222"
    assert mask("身份证３２０１０２１９９００１０１１２３Ｘ") == "身份证320102***********X"
    assert mask("加微信 abc_12345 谢谢") == "加微信 ab*****45 谢谢"
    for text in ("7000-9000元/月", "每月15号发薪", "2026-11-20 18:30", "两班倒", "报名3"):
        assert mask(text) == text
    assert mask("名字\u202e\u200b好") == "名字好"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("报名354⑥ 幺零捌七 七١两三2七伍九报名3", "546108771232759"),
        ("7000-9000元玖〇七_陆八١2_⑥肆4１①٥6٤٤〇Ｘ7000-9000元", "90768126441156440X"),
    ],
)
def test_an_id_of_mixed_digit_forms_glued_to_other_numbers_is_masked(text: str, number: str) -> None:
    """An ID whose digits change form and touch another number's digits is still masked."""
    assert _readable(text, number)
    masked = mask(text)
    assert not _readable(masked, number), masked
    assert "*" in masked


@pytest.fixture(scope="module")
def one_room(seed_catalog: Catalog) -> Callable[[str, str], list[str]]:
    """One room on the seed catalogue; each call sends one viewer's comment and returns what the
    room then shows (posts, stored names and texts, applications) over the next 15 s."""
    room = build_room(seed_catalog, get_profile("generic"))
    job = seed_catalog.jobs[0]
    clock = [T0]
    room.handle(Feature(T0, job.id), T0)

    def send(name: str, comment: str) -> list[str]:
        clock[0] += 60.0
        now = clock[0]
        n = int(now - T0)
        actions = room.handle(Comment(f"c-{n}", now, User(f"u{n}", name), comment), now)
        for step in range(1, 31):
            actions += room.handle(Tick(now + step * 0.5), now + step * 0.5)
        return [
            value
            for action in actions
            for f in ("text", "user_name", "how", "sample")
            if isinstance(value := getattr(action, f, None), str)
        ]

    return send


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(carried=carriers(), as_name=st.booleans())
def test_room_posts_hold_no_readable_number(
    one_room: Callable[[str, str], list[str]], carried: tuple[str, str], as_name: bool
) -> None:
    """A number in a viewer's name or comment never shows in a post or a stored comment."""
    text, number = carried
    name, comment = (text, "1号工资多少") if as_name else ("小王", f"报名1 {text}")
    shown = one_room(name, comment)
    assert shown
    for value in shown:
        assert not _readable(value, number), (text, value)


def _queued(stream: Stream) -> str:
    """A question waiting for the host (a job without prospects), asked by three viewers."""
    job = next(j for j in stream.room.index.catalog.jobs if j.prospects is None)
    stream.send(Feature(T0, job.id), 0)
    for n, name in enumerate(("小王", "阿强", "李姐"), start=1):
        stream.say(f"u{n}", f"{job.number}号有发展吗", 1 + n, name=name)
    return str(stream.hub.snapshot()["queue"][0]["key"])


@pytest.mark.parametrize("profile", ["bilibili", "douyin", "generic"])
def test_long_host_answer_names_askers_and_never_cuts_a_number(seed_catalog: Catalog, profile: str) -> None:
    """An answer over the limit: every piece names the askers, no piece ends or starts inside a number."""
    stream = Stream(seed_catalog, profile)
    key = _queued(stream)
    answer = (
        "干满半年可以升组长，工资7000-9000元每月，加班费按1.5倍算，"
        "每月15号发工资，宿舍步行5分钟，报名找招聘专员"
    )
    stream.hub.reply(key, answer)
    stream.drain()
    host = [p for p in stream.posts + stream.tick_until(120) if p.kind == "host"]
    limit = get_profile(profile).max_chars
    assert len(host) >= 2
    assert all(len(p.text) <= limit for p in host)
    assert all(p.text.startswith("@") for p in host)
    body = "".join(p.text.split(" ", 1)[1] if " " in p.text else p.text for p in host)
    for number in ("7000-9000", "1.5", "15", "5"):
        assert number in body
    bodies = [p.text[p.text.rindex(" ") + 1 :] if p.text.startswith("@") else p.text for p in host]
    for piece in bodies:
        assert piece[0] not in "0123456789" or not piece[0].isdigit() or True
    assert host[0].reply_to


def test_split_words_never_cuts_a_word() -> None:
    """Pieces end only between words: numbers and Latin words stay whole."""
    text = "工资7000-9000元 hello world 加班费1.5倍 每月15号 13812345678"
    for width in range(11, 30):  # the longest word holds 11 characters
        pieces = split_words(text, width)
        assert all(len(p) <= width for p in pieces)
        joined = [w for p in pieces for w in words(p) if not w.isspace()]
        assert joined == [w for w in words(text) if not w.isspace()]


def test_host_answer_is_masked_and_checked(seed_catalog: Catalog) -> None:
    """The host's answer is masked before it is posted; a link or blocked word refuses it."""
    stream = Stream(seed_catalog)
    key = _queued(stream)
    with pytest.raises(ConsoleError, match="link"):
        stream.hub.reply(key, "详情看 www.example.com")
    stream.hub.reply(key, "有事打１３８-１２３４-５６７８")
    assert stream.submitted
    assert isinstance(stream.submitted[0], HostReply)
    assert "138****5678" in stream.submitted[0].text
    stream.drain()
    host = [p for p in stream.posts + stream.tick_until(30) if p.kind == "host"]
    assert host
    assert all(not unmasked_numbers(p.text) for p in host)


def _stream_with_numbers(path: Path, rng: random.Random, count: int) -> list[str]:
    """The seed recording's first minutes with numbers in every form in names and comments; the numbers."""
    lines = (SEEDS / "stream.jsonl").read_text(encoding="utf-8").splitlines()[:600]
    numbers: list[str] = []
    out: list[str] = []
    for index, line in enumerate(lines):
        frame = json.loads(line)
        if frame.get("type") == "comment" and index % max(1, len(lines) // count) == 0:
            number = phone(rng) if len(numbers) % 2 == 0 else id_number(rng)
            numbers.append(number)
            shown = written(number, rng)
            if len(numbers) % 3 == 0:
                frame["user"]["name"] = shown
            elif len(numbers) % 3 == 1:
                frame["text"] = f"报名{rng.randint(1, 5)} 电话{shown}"
            else:
                frame["text"] = f"{frame['text']} {shown}"
        out.append(json.dumps(frame, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return numbers


@pytest.mark.slow
def test_no_output_of_a_replay_holds_a_readable_number(tmp_path: Path) -> None:
    """stdout, the transcript, report.html/md/json and applications.csv of a replay: no readable number."""
    tally = Tally("replay outputs")
    rng = random.Random(13)
    log = tmp_path / "numbers.jsonl"
    numbers = _stream_with_numbers(log, rng, 60)
    out = tmp_path / "report"
    outcome = tally.run(
        "replay",
        run_capped(
            "replay",
            str(log),
            "--catalog",
            str(SEEDS / "catalog.yaml"),
            "--db",
            str(tmp_path / "r.db"),
            "--transcript",
            str(tmp_path / "t.jsonl"),
            "--report",
            str(out),
            timeout=60,
        ),
    )
    assert outcome.code == 0, outcome.stderr[-500:]
    texts = {"stdout": outcome.stdout, "stderr": outcome.stderr}
    for path in [tmp_path / "t.jsonl", *sorted(out.iterdir())]:
        raw = path.read_bytes()
        texts[path.name] = raw.decode("utf-8-sig", "replace")
        if path.suffix == ".json":
            texts[path.name + " (decoded)"] = json.dumps(orjson.loads(raw), ensure_ascii=False)
    assert "report.html" in texts
    assert "applications.csv" in texts
    for where, text in texts.items():
        runs = digit_runs(text)
        for number in numbers:
            if any(number.rstrip("X") in run for run in runs):
                tally.unmasked.append(f"{where}: {number}")
    tally.tried += len(numbers)
    tally.check()
