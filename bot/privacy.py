"""Masking of phone and ID numbers in anything a viewer typed, before it is posted or reported."""

from __future__ import annotations

import re

_ID_CARD = re.compile(
    r"(?<![0-9])([1-9][0-9]{5})(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])[0-9]{2}[0-9]{3}([0-9Xx])(?![0-9])"
)
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?(1[3-9][0-9])[- ]?[0-9]{4}[- ]?([0-9]{4})(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(0[1-9][0-9]{1,2})-?([0-9]{7,8})(?![0-9])")
_LONG_DIGITS = re.compile(r"[0-9]{7,}")
_DIGIT = re.compile(r"[0-9]")


def mask(text: str) -> str:
    """Mask ID-card numbers, mobile and landline numbers, and any other run of 7+ digits."""
    if _DIGIT.search(text) is None:
        return text
    text = _ID_CARD.sub(lambda m: m.group(1) + "*" * 11 + m.group(2), text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-****{m.group(2)[-2:]}", text)
    return _LONG_DIGITS.sub(lambda m: m.group(0)[:2] + "*" * (len(m.group(0)) - 4) + m.group(0)[-2:], text)
