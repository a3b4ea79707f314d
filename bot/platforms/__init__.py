"""The live platforms the bot attaches to, one small package each, and their registry.

Each platform is a package `bot.platforms.<name>` holding:

- `codec.py` — pure: the platform's bytes or JSON in, typed events out, and our posts back out
  (no sockets, no clock, no files);
- `client.py` — the I/O: connect, authenticate, keep alive, read frames through the codec into
  the live bot, send posts, and `from_args(args)` that turns `daigang attach`'s flags into an
  `Attachment`.

Adding a platform is a codec, a client and one line in `PLATFORMS`. Clients build on what they
share: `ws.link.WebSocketClient` and `bilibili.link.DanmakuLink` for clients that connect out
(both on the runtime's one reconnecting loop), `listener.PushSource` for sources that are pushed
to, `screen` for posting onto the overlay and `skipped` for the counters of what a codec skipped.
The registry names modules rather than importing them, so the command line starts without
loading any network library.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple

from bot.errors import InputError

if TYPE_CHECKING:
    from bot.runtime.transport import TransportFactory


class Attachment(NamedTuple):
    """A platform's answer to `daigang attach`'s flags: the feed's name and what makes its loop."""

    source: str
    """The feed's name in the session key and the messages (a URL, a room's page)."""
    transport: TransportFactory
    screen: bool = False
    """The platform takes no posts from a bot: they go to the overlay, so the overlay's profile is
    the default (the loop itself says `posts_to_chat = False`, and `attach` serves the overlay)."""


@dataclass(frozen=True, slots=True)
class Platform:
    """One registry line: a platform's name and the modules of its codec and its client."""

    name: str
    summary: str
    codec: str
    """The pure codec's module."""
    client: str
    """The client's module; it defines `from_args(args: argparse.Namespace) -> Attachment`."""

    def attach(self, args: argparse.Namespace) -> Attachment:
        """The client's attachment for `daigang attach`'s flags (a bad combination raises `InputError`)."""
        module = importlib.import_module(self.client)
        attachment: Attachment = module.from_args(args)
        return attachment


PLATFORMS: Final[Mapping[str, Platform]] = MappingProxyType(
    {
        "ws": Platform(
            "ws", "a daigang-ws v1 room (ws:// URL)", "bot.platforms.ws.codec", "bot.platforms.ws.client"
        ),
        "bilibili": Platform(
            "bilibili",
            "a Bilibili live room (--room ID)",
            "bot.platforms.bilibili.codec",
            "bot.platforms.bilibili.client",
        ),
        "douyin-grab": Platform(
            "douyin-grab",
            "Douyin through DouyinBarrageGrab (its ws:// URL, default ws://127.0.0.1:8888)",
            "bot.platforms.douyin_grab.codec",
            "bot.platforms.douyin_grab.client",
        ),
        "wxlivespy": Platform(
            "wxlivespy",
            "WeChat Channels through wxlivespy (--listen PORT)",
            "bot.platforms.wxlivespy.codec",
            "bot.platforms.wxlivespy.client",
        ),
        "douyin-push": Platform(
            "douyin-push",
            "Douyin's official data push for live apps (--listen PORT --secret-file F)",
            "bot.platforms.douyin_push.codec",
            "bot.platforms.douyin_push.client",
        ),
        "bilibili-open": Platform(
            "bilibili-open",
            "a Bilibili room through the live open platform (--code 身份码 --open-keys FILE), read only",
            "bot.platforms.bilibili_open.codec",
            "bot.platforms.bilibili_open.client",
        ),
    }
)
"""Every platform by name, as `daigang attach --platform NAME` takes it."""


def get_platform(name: str) -> Platform:
    """The registry line of `name`; an unknown name raises `InputError` listing the known ones."""
    platform = PLATFORMS.get(name)
    if platform is None:
        raise InputError(f"--platform {name}: not one of {', '.join(sorted(PLATFORMS))}")
    return platform
