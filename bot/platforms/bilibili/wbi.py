"""WBI signing of Bilibili web API queries, pure: the mixin key, `wts` and `w_rid`.

Some web endpoints (getDanmuInfo among them) want every query signed: the two daily keys that
the nav endpoint names in `wbi_img` (the file names of `img_url` and `sub_url`) are shuffled
through a fixed table into a 32-character mixin key; the query plus `wts` (Unix seconds) is
sorted by name, stripped of the characters ``!'()*`` in its values, percent-encoded (upper-case
hex, a space as ``%20``), and `w_rid` is the MD5 of that text followed by the mixin key.

`WbiKeys` remembers when the keys were fetched: they are stale on a new day of Beijing time
(the platform turns them over daily) or once the server has answered -352 to a signed query.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote

MIXIN_KEY_TABLE: Final = (
    46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49,
    33, 9, 42, 19, 29, 28, 14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40,
    61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6, 63, 57, 62, 11,
    36, 20, 34, 44, 52,
)  # fmt: skip
"""Where each character of the mixin key comes from in `img_key + sub_key`."""

FILTERED: Final = frozenset("!'()*")
"""Characters dropped from every value before signing."""

BEIJING: Final = 8 * 3600
"""Seconds Beijing time is ahead of UTC: the keys turn over on its days."""

DAY: Final = 86_400


def mixin_key(img_key: str, sub_key: str) -> str:
    """The 32-character key that signs queries, shuffled out of the nav endpoint's two keys."""
    raw = img_key + sub_key
    if len(raw) < len(MIXIN_KEY_TABLE):
        raise ValueError(f"wbi keys too short: {len(raw)} characters, {len(MIXIN_KEY_TABLE)} wanted")
    return "".join(raw[i] for i in MIXIN_KEY_TABLE)[:32]


def clean(value: object) -> str:
    """A query value as text with the characters the signature leaves out removed."""
    return "".join(ch for ch in str(value) if ch not in FILTERED)


def canonical_query(params: Mapping[str, object]) -> str:
    """The query as the signature reads it: sorted by name, values cleaned, encoded with %20."""
    return "&".join(
        f"{quote(name, safe='')}={quote(clean(params[name]), safe='')}" for name in sorted(params)
    )


def w_rid(params: Mapping[str, object], mixin: str) -> str:
    """The signature of a query that already holds its `wts`."""
    return hashlib.md5((canonical_query(params) + mixin).encode(), usedforsecurity=False).hexdigest()


def sign(params: Mapping[str, object], mixin: str, wts: int) -> dict[str, str]:
    """The query to send: the cleaned values, `wts`, and `w_rid` last."""
    signed = {name: clean(value) for name, value in params.items() if name not in ("w_rid", "wts")}
    signed["wts"] = str(wts)
    signed["w_rid"] = w_rid(signed, mixin)
    return signed


def key_of_url(url: object) -> str | None:
    """`https://i0.hdslb.com/bfs/wbi/7cd0….png` → `7cd0…` (None when it is not such a URL)."""
    if not isinstance(url, str) or "/" not in url:
        return None
    name = url.rsplit("/", 1)[1].split(".", 1)[0]
    return name if len(name) >= 16 and name.isalnum() else None


def keys_of_nav(data: object) -> tuple[str, str] | None:
    """(img_key, sub_key) from the nav endpoint's `data` (logged in or not), None when absent."""
    if not isinstance(data, dict):
        return None
    images: Any = data.get("wbi_img")
    if not isinstance(images, dict):
        return None
    img, sub = key_of_url(images.get("img_url")), key_of_url(images.get("sub_url"))
    if img is None or sub is None:
        return None
    return img, sub


def beijing_day(unix: float) -> int:
    """The number of the Beijing calendar day that `unix` falls on."""
    return int((unix + BEIJING) // DAY)


@dataclass
class WbiKeys:
    """The mixin key in use and when it was fetched; says when to fetch it again."""

    mixin: str | None = None
    fetched_at: float | None = None
    fetches: int = 0

    def stale(self, now: float) -> bool:
        """No key yet, or fetched on an earlier Beijing day (or a clock that went back a day)."""
        if self.mixin is None or self.fetched_at is None:
            return True
        return beijing_day(now) != beijing_day(self.fetched_at)

    def update(self, img_key: str, sub_key: str, now: float) -> str:
        """New keys from the nav endpoint; the mixin key they give."""
        self.mixin = mixin_key(img_key, sub_key)
        self.fetched_at = now
        self.fetches += 1
        return self.mixin

    def forget(self) -> None:
        """The server refused a signature (-352): fetch the keys before the next signed query."""
        self.mixin = None
        self.fetched_at = None
