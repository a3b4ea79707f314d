"""The composition root's parts: build a room from a catalogue, and write its posts for people.

Every shell (replay, a live room, Bilibili) builds its room here and drives it through
`bot.runtime.runner.Runner`; the transcript's lines are written the same way by all of them.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from bot.events import Post
from bot.profiles import Profile
from bot.room import Room, RoomConfig
from bot.spam import SpamFilter, load_blocked
from bot.understand import Understander
from catalog.index import CatalogIndex
from catalog.models import Catalog


def build_room(catalog: Catalog, profile: Profile, config: RoomConfig | None = None) -> Room:
    """A room for `catalog` under `profile`, with the seeds' lexicon and blocked words."""
    index = CatalogIndex(catalog)
    return Room(index, Understander(catalog), profile, SpamFilter(load_blocked()), config)


def transcript_line(post: Post) -> bytes:
    """One post as the transcript's JSON line (SPEC's keys, in order)."""
    return orjson.dumps(
        {
            "ts": post.ts,
            "kind": post.kind,
            "text": post.text,
            "job": post.job,
            "intents": list(post.intents),
            "reply_to": list(post.reply_to),
        }
    )


def human_line(post: Post, start: float) -> str:
    """One post for a person: elapsed time, kind, text, and whom it answers."""
    elapsed = max(0, int(post.ts - start))
    stamp = f"{elapsed // 3600:02d}:{elapsed % 3600 // 60:02d}:{elapsed % 60:02d}"
    to = f"  ← {len(post.reply_to)} comment(s)" if post.reply_to else ""
    return f"{stamp} [{post.kind}] {post.text}{to}"


def write_transcript(posts: list[Post], path: Path) -> None:
    """The transcript as JSON Lines, one post each."""
    with path.open("wb") as fh:
        for post in posts:
            fh.write(transcript_line(post) + b"\n")
