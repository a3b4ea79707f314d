"""The account's Bilibili cookie: read from a file, checked, and kept out of every repr and log.

The file holds one `Cookie:` header line as a browser sends it (`SESSDATA=…; bili_jct=…;
DedeUserID=…; buvid3=…`; a leading `Cookie:` is allowed). SESSDATA logs in, bili_jct is the
CSRF token of the send endpoint, DedeUserID the account's uid (the auth packet's `uid`), and
buvid3 the browser id (the auth packet's `buvid`; fetched from the platform when missing). The
file must not be readable by anyone but its owner, and the cookie only travels over https, or
over plain http to this machine (the test fakes on 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from bot.errors import InputError

REQUIRED: Final = ("SESSDATA", "bili_jct", "DedeUserID")
"""What the cookie must hold to log in and post."""


def cookie_pairs(header: str) -> dict[str, str]:
    """The name=value pairs of a `Cookie:` header string (`a=1; b=2`), empty values left out."""
    pairs: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        value = value.strip().strip('"')
        if sep and name.strip() and value:
            pairs.setdefault(name.strip(), value)
    return pairs


@dataclass(frozen=True, slots=True)
class BilibiliCookie:
    """One account's cookie; its repr names the account, never a secret."""

    header: str
    """The `Cookie:` header value, sent as is."""

    def __repr__(self) -> str:
        """The uid and which names it holds, without values."""
        names = ",".join(sorted(cookie_pairs(self.header)))
        return f"BilibiliCookie(uid={self.uid}, names={names})"

    __str__ = __repr__

    def value(self, name: str) -> str | None:
        """One value, None when absent or empty."""
        return cookie_pairs(self.header).get(name)

    @property
    def uid(self) -> int:
        """DedeUserID: the account's uid (0 when the cookie lacks it)."""
        found = self.value("DedeUserID")
        return int(found) if found is not None and found.isdigit() else 0

    @property
    def csrf(self) -> str | None:
        """bili_jct: the CSRF token the send endpoint wants in its form."""
        return self.value("bili_jct")

    @property
    def buvid3(self) -> str | None:
        """The browser id the auth packet carries as `buvid`."""
        return self.value("buvid3")

    def missing(self) -> list[str]:
        """The required names it lacks, in order."""
        pairs = cookie_pairs(self.header)
        return [name for name in REQUIRED if name not in pairs]

    def with_values(self, **values: str) -> BilibiliCookie:
        """The same cookie with these names added (those it already holds are kept as they are)."""
        pairs = cookie_pairs(self.header)
        extra = "; ".join(f"{name}={value}" for name, value in values.items() if name not in pairs)
        if not extra:
            return self
        return BilibiliCookie(f"{self.header}; {extra}" if self.header else extra)


def parse_cookie(text: str, where: str) -> BilibiliCookie:
    """A cookie from the text of a file: one header line; `where` names the file in errors."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{where}: the cookie file is empty")
    if len(lines) > 1:
        raise InputError(f"{where}: {len(lines)} lines; give the Cookie header on one line")
    header = lines[0]
    if header.lower().startswith("cookie:"):
        header = header[len("cookie:") :].strip()
    cookie = BilibiliCookie(header)
    missing = cookie.missing()
    if missing:
        raise InputError(f"{where}: no {', '.join(missing)} in the cookie (copy the whole Cookie header)")
    if cookie.uid <= 0:
        raise InputError(f"{where}: DedeUserID is not a uid (a positive number)")
    return cookie


def check_private(path: Path) -> None:
    """Refuse a cookie file that its group or others may read or write."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"{path}: cannot read the cookie ({exc.strerror})") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InputError(
            f"{path}: others may read this cookie file (mode {stat.S_IMODE(mode):o}); chmod 600 {path}"
        )


def read_cookie_file(path: Path) -> BilibiliCookie:
    """The account's cookie from `path`: private to its owner, one line, all required names."""
    check_private(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read the cookie ({why})") from None
    return parse_cookie(text, str(path))


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_cookie_url(url: str, flag: str) -> None:
    """Refuse a base URL the cookie would travel to in clear: https, or http only to loopback."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{flag} {url}: not an http:// or https:// URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InputError(f"{flag} {url}: the cookie goes over https only (plain http only to 127.0.0.1)")
