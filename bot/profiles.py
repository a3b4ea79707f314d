"""Platform posting profiles: message length, interval and the repeat rule."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class Profile:
    """How a platform lets a bot post: at most `max_chars` per message, `interval` s apart,
    and never the same text again within `repeat_window` s."""

    name: str
    max_chars: int
    interval: float
    repeat_window: float


PROFILES: dict[str, Profile] = {
    "bilibili": Profile("bilibili", 20, 3.0, 5.0),
    "douyin": Profile("douyin", 50, 5.0, 30.0),
    "wechat": Profile("wechat", 120, 3.0, 30.0),
    "generic": Profile("generic", 100, 1.0, 5.0),
    # The overlay page: two lines of 40 characters, each answer 4 s on screen.
    "overlay": Profile("overlay", 80, 4.0, 30.0),
}


def get_profile(name: str, max_chars: int | None = None) -> Profile:
    """The named profile, optionally with a longer message limit (Bilibili by account level)."""
    try:
        profile = PROFILES[name]
    except KeyError:
        raise InputError(f"--profile {name}: unknown profile (choose {', '.join(PROFILES)})") from None
    if max_chars is not None:
        profile = Profile(profile.name, max_chars, profile.interval, profile.repeat_window)
    return profile
