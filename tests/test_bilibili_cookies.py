"""The cookie file: one header line, the names it must hold, private to its owner, never printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import InputError
from bot.platforms.bilibili.cookies import (
    BilibiliCookie,
    check_cookie_url,
    parse_cookie,
    read_cookie_file,
)

COOKIE = "SESSDATA=secret%2Csess; bili_jct=csrf0123; DedeUserID=160148624; buvid3=B3-infoc"


def write_private(path: Path, text: str) -> Path:
    """A cookie file only its owner may read."""
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def test_a_good_file_gives_the_account(tmp_path: Path) -> None:
    """A leading `Cookie:` is allowed; uid, csrf and buvid3 are read from the pairs."""
    cookie = read_cookie_file(write_private(tmp_path / "c.txt", f"Cookie: {COOKIE}\n"))
    assert cookie.uid == 160148624
    assert cookie.csrf == "csrf0123"
    assert cookie.buvid3 == "B3-infoc"


def test_the_secrets_never_show_in_a_repr(tmp_path: Path) -> None:
    """repr and str name the uid and the cookie's names, never SESSDATA or bili_jct values."""
    cookie = read_cookie_file(write_private(tmp_path / "c.txt", COOKIE))
    for shown in (repr(cookie), str(cookie), repr([cookie]), f"{cookie}"):
        assert "secret" not in shown
        assert "csrf0123" not in shown
        assert "160148624" in shown


def test_a_file_others_may_read_is_refused(tmp_path: Path) -> None:
    """Mode 644: one line naming the file and telling how to fix it."""
    path = tmp_path / "c.txt"
    path.write_text(COOKIE, encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(InputError, match=r"c\.txt: others may read this cookie file \(mode 644\); chmod 600"):
        read_cookie_file(path)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("SESSDATA=a; DedeUserID=5", "no bili_jct"),
        ("bili_jct=a; DedeUserID=5", "no SESSDATA"),
        ("SESSDATA=a; bili_jct=b", "no DedeUserID"),
        ("SESSDATA=a; bili_jct=b; DedeUserID=me", "DedeUserID is not a uid"),
        ("SESSDATA=a; bili_jct=b\nDedeUserID=5", "2 lines"),
    ],
)
def test_an_incomplete_cookie_names_what_it_lacks(text: str, words: str) -> None:
    """Each missing or broken part is named, with the file."""
    with pytest.raises(InputError, match=words) as caught:
        parse_cookie(text, "cookie.txt")
    assert str(caught.value).startswith("cookie.txt: ")


def test_buvid_is_added_not_overwritten() -> None:
    """with_values adds what the cookie lacks and keeps what it holds."""
    cookie = BilibiliCookie("SESSDATA=a; bili_jct=b; DedeUserID=5")
    more = cookie.with_values(buvid3="X", buvid4="Y")
    assert more.buvid3 == "X"
    assert more.value("buvid4") == "Y"
    assert more.with_values(buvid3="Z").buvid3 == "X"


@pytest.mark.parametrize("url", ["https://api.live.bilibili.com", "http://127.0.0.1:8080", "http://[::1]:9"])
def test_the_cookie_goes_over_https_or_to_loopback(url: str) -> None:
    """https anywhere, plain http only to this machine."""
    check_cookie_url(url, "--api-url")


def test_plain_http_elsewhere_is_refused() -> None:
    """http:// to another host would carry the cookie in clear."""
    with pytest.raises(InputError, match=r"--api-url http://example\.com: the cookie goes over https only"):
        check_cookie_url("http://example.com", "--api-url")
