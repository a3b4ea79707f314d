"""The one privacy filter: every text that leaves the bot or lands in a report passes `mask`.

Viewers write numbers in many ways: ASCII or full-width digits (`１３８`), circled digits,
Chinese numerals (一三八, 幺 for one, 两 for two, 洞 for zero, 壹贰叁 …), with separators inside
(`138.1234.5678`, `138-1234-5678`, `1 3 8 1 2 3 4 5 6 7 8`, `138／1234／5678`). The filter
reads every such run as plain digits before it looks for

- mainland mobile numbers (11 digits, 1[3-9]…, an optional 86 before): `138****5678`;
- ID-card numbers (18 digits or 17 and X, and the old 15 digits): `320102***********4`;
- landlines (0 and an area code, then 7–8 digits): `0512-****78`;
- any other unbroken run of 7 or more digits: `12****78`;
- WeChat / QQ ids after 微信, vx, wx, v信, QQ, 扣扣 …: `微信 ab****yz`.

A masked number is written in ASCII, whatever form it came in; the rest of the text stays as
it was. Bidirectional controls (U+202A–202E, U+2066–2069, U+200E/F) and zero-width characters
are stripped first, so they can neither reorder what a reader sees nor split a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.kept.regexes import compiled

_CONTROLS = compiled("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u00ad]")
"""Zero-width characters, bidirectional marks, embeddings, overrides and isolates, soft hyphens."""

CHINESE_DIGITS: dict[str, str] = {
    "零": "0", "〇": "0", "洞": "0", "○": "0",
    "一": "1", "幺": "1", "壹": "1",
    "二": "2", "两": "2", "兩": "2", "贰": "2", "貳": "2",
    "三": "3", "叁": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6", "陸": "6",
    "七": "7", "柒": "7", "拐": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9", "勾": "9",
}  # fmt: skip
"""Chinese numerals read digit by digit, as numbers are spoken (幺 one, 两 two, 洞 zero, 拐 seven)."""

_SEPARATORS = frozenset(" \t\u3000.-_/·・—–－／．＿~～")
"""What may stand between the digits of one number."""
_MAX_GAP = 3
"""The most separator characters between two digits of one number."""

_ID18 = compiled(r"[1-9][0-9]{16}[0-9X]")
_ID15 = compiled(r"[1-9][0-9]{14}")
_MOBILE = compiled(r"(1[3-9][0-9])[0-9]{4}([0-9]{4})")
_LANDLINE = compiled(r"(0[1-9][0-9]{1,2})([0-9]{7,8})")

_CONTACT = compiled(
    r"(?:微信号?|薇信|威信|v信|vx|wx|weixin|wechat|qq号?|扣扣|企鹅号?|q号)\s*[:：=]?\s*"
    r"([a-z0-9][-_a-z0-9]{3,39})",
    re.I,
)
"""A WeChat or QQ id after its keyword (read on the digit-normalised text)."""
_CONTACT_HINT = compiled(r"[微薇威扣企qvwｑｖｗ]", re.I)

_DIGIT_LIKE = compiled(
    "[\\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u24ff\u2776-\u2793"
    + "".join(CHINESE_DIGITS)
    + "]"
)
"""Characters that may be digits: a text with fewer than five of them holds no number to mask."""
_LONGEST = 40
"""A number of more digits is no phone or ID but noise: it is masked whole."""


def digit_of(char: str) -> str | None:
    """The ASCII digit a character stands for (any script's decimal digit, circled digits,
    Chinese numerals), or None."""
    if "0" <= char <= "9":
        return char
    if char.isascii():
        return None
    found = CHINESE_DIGITS.get(char)
    if found is not None:
        return found
    value = unicodedata.digit(char, None)
    return str(value) if value is not None else None


def _form(char: str) -> int:
    """Which way of writing digits `char` belongs to: ASCII, Chinese numerals, or its Unicode block."""
    if char.isascii():
        return -1
    if char in CHINESE_DIGITS:
        return -2
    return ord(char) >> 7


def strip_controls(text: str) -> str:
    """`text` without bidirectional controls and zero-width characters."""
    return _CONTROLS.sub("", text)


@dataclass(frozen=True, slots=True)
class _Run:
    """One number as written: where it is, its digits, and where each unbroken group of digits starts."""

    start: int
    end: int
    digits: str
    positions: tuple[int, ...]
    """The index in the text of each digit (and of a final X)."""
    group_starts: frozenset[int]
    group_ends: frozenset[int]
    """Indexes into `digits` where a group starts, and one past where a group ends."""
    mixed: bool = False
    """Whether its digits are written in more than one way (ASCII and circled, Chinese …)."""


def _runs(text: str) -> Iterator[_Run]:
    """Every number written in `text`: digits in any form, with short separators inside."""
    n = len(text)
    i = 0
    while i < n:
        if digit_of(text[i]) is None:
            i += 1
            continue
        digits: list[str] = []
        positions: list[int] = []
        starts = {0}
        ends: set[int] = set()
        form = _form(text[i])
        forms = {form}
        j = i
        while True:
            while j < n and (d := digit_of(text[j])) is not None:
                if positions and positions[-1] == j - 1 and _form(text[j]) != form:
                    ends.add(len(digits))  # 张三138…: a change of digit form starts a new group
                    starts.add(len(digits))
                form = _form(text[j])
                forms.add(form)
                digits.append(d)
                positions.append(j)
                j += 1
            k = j
            while k < n and k - j < _MAX_GAP and text[k] in _SEPARATORS:
                k += 1
            if k > j and k < n and digit_of(text[k]) is not None:
                ends.add(len(digits))
                starts.add(len(digits))
                j = k
                continue
            break
        if (
            j < n
            and text[j] in "Xx\uff38\uff58"
            and (j + 1 >= n or not (text[j + 1].isascii() and text[j + 1].isalnum()))
        ):
            digits.append("X")
            positions.append(j)
            j += 1
        ends.add(len(digits))
        yield _Run(
            i,
            positions[-1] + 1,
            "".join(digits),
            tuple(positions),
            frozenset(starts),
            frozenset(ends),
            len(forms) > 1,
        )
        i = j


_MOBILE_DIGITS = 11
"""The digits of a mobile number: a run of as many, written in several ways, is masked whatever
else it may be."""


def _show_id(m: re.Match[str]) -> str:
    """An ID number masked: the region code and the check character kept."""
    number = m.group(0)
    return number[:6] + "*" * (len(number) - 7) + number[-1]


def _show_mobile(m: re.Match[str]) -> str:
    """A mobile number masked: `138****5678`."""
    return f"{m.group(1)}****{m.group(2)}"


def _spans(run: _Run) -> Iterator[tuple[int, int, str]]:
    """What to mask in one run: (first digit index, one past the last, the masked form)."""
    digits = run.digits
    taken = [False] * len(digits)

    def free(a: int, b: int) -> bool:
        return a in run.group_starts and b in run.group_ends and not any(taken[a:b])

    found: list[tuple[int, int, str]] = []

    def claim(a: int, b: int, shown: str) -> None:
        for k in range(a, b):
            taken[k] = True
        found.append((a, b, shown))

    def aligned(pattern: re.Pattern[str], show: Callable[[re.Match[str]], str]) -> None:
        """Matches that start and end on group boundaries (a shorter reading when needed)."""
        for a in sorted(run.group_starts):
            m = pattern.match(digits, a)
            while m is not None and not free(m.start(), m.end()):
                m = next(
                    (
                        pm
                        for b in sorted(run.group_ends, reverse=True)
                        if a < b < m.end() and (pm := pattern.fullmatch(digits, a, b)) is not None
                    ),
                    None,
                )
            if m is not None:
                claim(m.start(), m.end(), show(m))

    def anywhere(pattern: re.Pattern[str], show: Callable[[re.Match[str]], str]) -> None:
        """Matches wherever they start (报名3 149 1417 7763: the phone starts inside a group)."""
        for a in range(len(digits) - 10):
            m = pattern.match(digits, a)
            if m is not None and not any(taken[m.start() : m.end()]):
                claim(m.start(), m.end(), show(m))

    # Longest readings first, each where it sits on group boundaries before anywhere at all.
    aligned(_ID18, _show_id)
    anywhere(_ID18, _show_id)
    aligned(_ID15, _show_id)
    if run.mixed:
        anywhere(_ID15, _show_id)  # 报名3 then 54⑥ 幺零…: an old ID split by its forms, glued to a 3
    aligned(_MOBILE, _show_mobile)
    anywhere(_MOBILE, _show_mobile)
    aligned(_LANDLINE, lambda m: f"{m.group(1)}-****{m.group(2)[-2:]}")
    # Any other unbroken group of 7+ digits, and numbers spelled out digit by digit (1 2 3 4 5 6 7).
    bounds = sorted(run.group_starts)
    groups = [(a, min(b for b in run.group_ends if b > a)) for a in bounds]
    for a, b in groups:
        if b - a >= 7 and not any(taken[a:b]):
            claim(a, b, digits[a : a + 2] + "*" * (b - a - 4) + digits[b - 2 : b])
    singles = [(a, b) for a, b in groups if b - a == 1 and not taken[a]]
    if len(singles) >= 7 and len(singles) == len(groups):
        a, b = singles[0][0], singles[-1][1]
        claim(a, b, digits[a : a + 2] + "*" * (b - a - 4) + digits[b - 2 : b])
    if not found and run.mixed and len(digits) >= _MOBILE_DIGITS:
        # As many digits as a phone number written in several ways, in groups none of the
        # readings above fits (玖〇七_陆八١2_⑥肆4…): masked as one. Figures written in one way
        # (底薪2400 5000-6500) are left as they are.
        yield from _whole(run)
        return
    yield from sorted(found)


def _whole(run: _Run) -> list[tuple[int, int, str]]:
    """A run too long to be one number, masked as one."""
    digits = run.digits
    return [(0, len(digits), digits[:2] + "*" * (len(digits) - 4) + digits[-2:])]


def _mask_numbers(text: str) -> str:
    """Numbers in any digit form masked; everything else as it was."""
    if len(_DIGIT_LIKE.findall(text)) < 5:
        return text
    out: list[str] = []
    last = 0
    for run in _runs(text):
        if len(run.digits) < 5:
            continue
        spans = _whole(run) if len(run.digits) > _LONGEST else _spans(run)
        for a, b, shown in spans:
            begin, stop = run.positions[a], run.positions[b - 1] + 1
            out.append(text[last:begin])
            out.append(shown)
            last = stop
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _folded(text: str) -> str:
    """`text` with each character replaced by one that matches alike: full-width letters and
    digits as ASCII, Chinese numerals as digits (same length, so places carry over)."""
    chars: list[str] = []
    for char in text:
        if char.isascii():
            chars.append(char)
            continue
        digit = digit_of(char)
        if digit is not None:
            chars.append(digit)
            continue
        plain = unicodedata.normalize("NFKC", char)
        chars.append(plain if len(plain) == 1 else char)
    return "".join(chars)


def _mask_contacts(text: str) -> str:
    """WeChat and QQ ids after their keyword: first two and last two characters kept."""
    if _CONTACT_HINT.search(text) is None:
        return text
    folded = _folded(text)
    out: list[str] = []
    last = 0
    for m in _CONTACT.finditer(folded):
        ident = m.group(1)
        if "*" in folded[m.end(1) : m.end(1) + 1] or len(ident) < 5:
            continue
        begin, stop = m.start(1), m.end(1)
        out.append(text[last:begin])
        out.append(ident[:2] + "*" * max(1, len(ident) - 4) + ident[-2:])
        last = stop
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def mask(text: str) -> str:
    """`text` fit to leave the bot: controls stripped, phone, ID, landline, WeChat/QQ numbers masked."""
    text = strip_controls(text)
    masked = _mask_contacts(_mask_numbers(text))
    # The digits a mask leaves showing can join the digits beside them into a new long number
    # (0 + 100000*****0): mask again until nothing changes, so masking twice changes nothing.
    # Each pass only turns digits into stars, so this ends within a few passes.
    while masked != text:
        text, masked = masked, _mask_contacts(_mask_numbers(masked))
    return masked


def digit_runs(text: str) -> list[str]:
    """The digits of every number written in `text` (any form, separators skipped): what a check
    for a known phone or ID number searches."""
    return [run.digits for run in _runs(strip_controls(text))]


def unmasked_numbers(text: str) -> list[str]:
    """The phone and ID numbers still readable in `text` (in any digit form): what a check of the
    bot's outputs looks for, and what must always be empty after `mask`."""
    found: list[str] = []
    for run in _runs(strip_controls(text)):
        if len(run.digits) < 11:
            continue
        for a, b, _ in _whole(run) if len(run.digits) > _LONGEST else _spans(run):
            shown = run.digits[a:b]
            if _MOBILE.fullmatch(shown) or _ID18.fullmatch(shown) or _ID15.fullmatch(shown):
                found.append(shown)
    return found


def scrub(value: object) -> object:
    """`value` (JSON-like data: mappings, lists, texts, numbers) with every text passed through
    `mask`; mapping keys and everything that is not text stay as they are."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value
