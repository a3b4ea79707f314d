"""WBI signing against the documented example, and when the day's keys are fetched again."""

from __future__ import annotations

import pytest

from bot.platforms.bilibili.wbi import (
    WbiKeys,
    beijing_day,
    canonical_query,
    keys_of_nav,
    mixin_key,
    sign,
    w_rid,
)

IMG = "7cd084941338484aae1ad9425b84077c"
SUB = "4932caff0ff746eab6f01bf08b70ac45"


def test_the_documented_mixin_key() -> None:
    """The documented keys shuffle into the documented mixin key."""
    assert mixin_key(IMG, SUB) == "ea1db124af3c7062474693fa704f4ff8"


def test_the_documented_signature() -> None:
    """foo=114, bar=514, zab=1919810 at wts 1702204169 sign to the documented w_rid."""
    signed = sign({"foo": "114", "bar": "514", "zab": 1919810}, mixin_key(IMG, SUB), 1702204169)
    assert signed["w_rid"] == "8f6f2b5b3d485fe1886cec6a0be8c5d4"
    assert signed["wts"] == "1702204169"
    assert list(signed)[-1] == "w_rid"


def test_values_are_encoded_as_the_platform_reads_them() -> None:
    """Upper-case percent escapes, a space as %20, names sorted, !'()* left out."""
    query = canonical_query({"foo": "one one four", "bar": "五一四", "baz": "19(198)10!*"})
    assert query == "bar=%E4%BA%94%E4%B8%80%E5%9B%9B&baz=1919810&foo=one%20one%20four"


def test_an_old_signature_is_replaced_not_signed_over() -> None:
    """Signing a query that carries a w_rid and wts signs the rest afresh."""
    mixin = mixin_key(IMG, SUB)
    once = sign({"id": "1017"}, mixin, 100)
    again = sign(once, mixin, 200)
    assert again["w_rid"] == w_rid({"id": "1017", "wts": "200"}, mixin)


def test_keys_come_from_the_nav_image_names() -> None:
    """nav's wbi_img URLs name the keys; a nav without them gives None."""
    data = {
        "wbi_img": {
            "img_url": f"https://i0.hdslb.com/bfs/wbi/{IMG}.png",
            "sub_url": f"https://i0.hdslb.com/bfs/wbi/{SUB}.png",
        }
    }
    assert keys_of_nav(data) == (IMG, SUB)
    assert keys_of_nav({"isLogin": False}) is None
    assert keys_of_nav({"wbi_img": {"img_url": "x", "sub_url": "y"}}) is None


def test_keys_go_stale_on_a_new_beijing_day_or_when_refused() -> None:
    """Fetched at 23:00 Beijing time: fresh at 23:59, stale at 00:00; forget() makes them stale."""
    midnight = 19_702 * 86_400 - 8 * 3600  # 2023-12-10 00:00 in Beijing
    eleven_pm = midnight - 3600.0
    keys = WbiKeys()
    assert keys.stale(eleven_pm)
    keys.update(IMG, SUB, eleven_pm)
    assert beijing_day(eleven_pm + 3540) == beijing_day(eleven_pm)
    assert not keys.stale(eleven_pm + 3540)
    assert keys.stale(eleven_pm + 3600)
    keys.forget()
    assert keys.stale(eleven_pm)


def test_short_keys_are_refused() -> None:
    """Keys that cannot fill the table are an error, not a short signature."""
    with pytest.raises(ValueError, match="too short"):
        mixin_key("abc", "def")
