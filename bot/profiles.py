"""Platform posting profiles: message length, interval and the repeat rule (SPEC §5.3)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class Profile:
    """How a platform lets a bot post: at most `max_chars` per message, `interval` s apart,
    and never the same text again within `repeat_window` s.

    A screen rather than a chat (the overlay) also has `lines` of `line_chars` each; there
    `max_chars` is their product and `interval` the time each post stays on screen.
    """

    name: str
    max_chars: int
    interval: float
    repeat_window: float
    lines: int = 1
    line_chars: int | None = None


PROFILES: dict[str, Profile] = {
    "bilibili": Profile("bilibili", 20, 3.0, 5.0),
    "douyin": Profile("douyin", 50, 5.0, 30.0),
    # Kuaishou publishes no comment limit; its chat behaves as Douyin's, so the same pacing.
    "kuaishou": Profile("kuaishou", 50, 5.0, 30.0),
    "wechat": Profile("wechat", 120, 3.0, 30.0),
    "generic": Profile("generic", 100, 1.0, 5.0),
    "overlay": Profile("overlay", 80, 4.0, 30.0, lines=2, line_chars=40),
}


def get_profile(name: str, max_chars: int | None = None) -> Profile:
    """The named profile, optionally with a longer message limit (Bilibili by account level)."""
    try:
        profile = PROFILES[name]
    except KeyError:
        raise InputError(f"--profile {name}: unknown profile (choose {', '.join(PROFILES)})") from None
    if max_chars is not None:
        if max_chars <= 0:
            raise InputError(f"--max-chars {max_chars}: must be positive")
        profile = replace(profile, max_chars=max_chars)
    return profile
