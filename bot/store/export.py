"""Posts and records as plain JSON objects tagged by type, for exporting a session or building one."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot import events
from bot.errors import InputError
from bot.events import Post, Record

RECORD_TYPES: dict[str, type[Post | Record]] = {
    cls.__name__: cls
    for cls in (
        events.Post,
        events.CommentSeen,
        events.QuestionOpened,
        events.QuestionAnswered,
        events.QuestionQueued,
        events.ApplicationMade,
        events.ApplicationRefused,
        events.PollChanged,
        events.PollVote,
        events.FeatureChanged,
        events.AudienceSeen,
        events.PostAcked,
        events.GapSeen,
        events.StreamEnded,
        events.Counted,
    )
}
"""Every storable type by its class name."""


def record_to_dict(item: Post | Record) -> dict[str, Any]:
    """A post or record as a JSON-ready object: {"type": "CommentSeen", ...fields}."""
    out: dict[str, Any] = {"type": type(item).__name__}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def record_from_dict(data: dict[str, Any], where: str = "record") -> Post | Record:
    """The post or record an object made by `record_to_dict` describes; InputError naming `where`."""
    kind = data.get("type")
    cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise InputError(f"{where}: unknown record type {kind!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    args: dict[str, Any] = {}
    for name, value in data.items():
        if name == "type":
            continue
        if name not in fields:
            raise InputError(f"{where}: {kind} has no field {name!r}")
        args[name] = tuple(value) if isinstance(value, list) else value
    try:
        return cls(**args)
    except TypeError as e:
        raise InputError(f"{where}: {kind}: {e}") from e
