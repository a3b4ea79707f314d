"""The composition root's parts: build a room from a catalogue, carry out its actions.

Every shell (replay, a live room, Bilibili) ends here: events go into `Room.handle`, and the
`Executor` carries out the actions in order — an application is committed before anything after
it, posts go to the poster, every record to the store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import BinaryIO

import orjson

from bot.errors import InputError
from bot.events import Post
from bot.privacy import mask
from bot.profiles import Profile
from bot.room import Room, RoomConfig
from bot.spam import SpamFilter, load_blocked
from bot.understand import Understander
from catalog.index import CatalogIndex
from catalog.models import Catalog


def build_room(
    catalog: Catalog,
    profile: Profile,
    config: RoomConfig | None = None,
    *,
    understander: Understander | None = None,
) -> Room:
    """A room for `catalog` under `profile`, with the seeds' lexicon and blocked words (and
    `understander` when one for this catalogue is already built)."""
    understander = understander or Understander(catalog)
    index = understander.index if understander.index.catalog is catalog else CatalogIndex(catalog)
    return Room(index, understander, profile, SpamFilter(load_blocked()), config)


def transcript_line(post: Post) -> bytes:
    """One post as the transcript's JSON line (SPEC's keys, in order; a retry also names the post
    it sends again, so it never reads as a second, identical answer)."""
    line: dict[str, object] = {
        "ts": post.ts,
        "kind": post.kind,
        "text": mask(post.text),
        "job": post.job,
        "intents": list(post.intents),
        "reply_to": list(post.reply_to),
    }
    if post.retry_of is not None:
        line["retry_of"] = post.retry_of
    return orjson.dumps(line)


def human_line(post: Post, start: float) -> str:
    """One post for a person: elapsed time, kind (a retry says so), text, and whom it answers."""
    elapsed = max(0, int(post.ts - start))
    stamp = f"{elapsed // 3600:02d}:{elapsed % 3600 // 60:02d}:{elapsed % 60:02d}"
    to = f"  ← {len(post.reply_to)} comment(s)" if post.reply_to else ""
    kind = f"{post.kind}, retry of {post.retry_of}" if post.retry_of is not None else post.kind
    return f"{stamp} [{kind}] {mask(post.text)}{to}"


class TranscriptWriter:
    """The transcript written as the run goes: one JSON line per post, flushed at once, so a run
    that is killed leaves every post it made. Opened before the run, so an unwritable path is one
    clear line before anything else happens."""

    def __init__(self, path: Path, fh: BinaryIO) -> None:
        """Write to the open file `fh` (at `path`)."""
        self.path = path
        self._fh = fh

    @classmethod
    def open(cls, path: Path) -> TranscriptWriter:
        """Create (or empty) the transcript at `path`; InputError naming it when it cannot be written."""
        try:
            return cls(path, path.open("wb"))
        except OSError as e:
            raise InputError(f"{path}: cannot write the transcript: {e.strerror or e}") from None

    def write(self, post: Post) -> None:
        """Append one post and flush it to the file."""
        try:
            self._fh.write(transcript_line(post) + b"\n")
            self._fh.flush()
        except OSError as e:
            raise InputError(f"{self.path}: cannot write the transcript: {e.strerror or e}") from None

    def close(self) -> None:
        """Close the file."""
        with contextlib.suppress(OSError):
            self._fh.close()
