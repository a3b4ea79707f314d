"""One room state read from several sources at once (SPEC §5.7): a lane per source.

Each source (a Douyin room through DouyinBarrageGrab, the practice room, Bilibili…) is a lane:
its own `Room` under its platform's profile, posting to where that source's viewers read (its
chat, or the overlay). The lanes share what makes them one stream — the catalogue and its
understanding, the featured job, the poll, the spam filter and the applications (one viewer,
one application per job; a job's headcount counts every platform) — and keep apart what
belongs to a platform: its send budget, the askers waiting for an answer, its cards and notices.

Ids tell the lanes apart. Whoever feeds this room puts `LANE:` before every comment id and
viewer id of a lane (so that two platforms' viewer 42 are two viewers); each lane's posts are
numbered `LANE:p-N`, so an ack finds its lane, and host-queue keys are shown as `LANE:key`.
What the host does (feature a job, start the poll, pause) goes to every lane; so do ticks and
the end. Records that would come once per lane for one happening (the featured job changed,
the poll opened, the stream ended) are kept from the first lane only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Final

from bot.events import (
    Ack,
    Action,
    Comment,
    Counted,
    End,
    Enter,
    Event,
    Feature,
    FeatureChanged,
    Gift,
    HostReply,
    Like,
    Pause,
    PollChanged,
    PollCommand,
    StreamEnded,
    Tick,
)
from bot.profiles import Profile
from bot.room import Group, HostItem, Room, RoomConfig
from bot.spam import SpamFilter
from bot.understand import Understander
from catalog.index import CatalogIndex

SEP: Final = ":"
"""Between a lane's name and an id of that lane."""

_BROADCAST = (Feature, PollCommand, Pause, Tick, End)
"""Events every lane takes."""


def _once_only(action: Action) -> bool:
    """Records one happening gives in every lane (kept from the first lane only)."""
    if isinstance(action, FeatureChanged | PollChanged | StreamEnded):
        return True
    return isinstance(action, Counted) and action.what == "unknown_feature"


def lane_id(lane: str, ident: str) -> str:
    """An id of a lane, as the laned room knows it."""
    return f"{lane}{SEP}{ident}"


class LanedRoom:
    """Several lanes, one room state; `handle(event, now)` as a `Room`'s."""

    def __init__(self, lanes: Mapping[str, Room]) -> None:
        """Join `lanes` (name → room, the first is the primary) into one room state."""
        if not lanes:
            raise ValueError("a laned room needs at least one lane")
        self.lanes = dict(lanes)
        names = list(self.lanes)
        if any(SEP in name or not name for name in names):
            raise ValueError(f"lane names must be non-empty and without {SEP!r}: {names}")
        self.primary = self.lanes[names[0]]
        for name, room in self.lanes.items():
            room.platform = name
            room.post_prefix = name + SEP
            if room is not self.primary:
                room.applied = self.primary.applied
                room.applications = self.primary.applications

    @classmethod
    def build(
        cls,
        index: CatalogIndex,
        understander: Understander,
        profiles: Mapping[str, Profile],
        spam: SpamFilter,
        config: RoomConfig | None = None,
    ) -> LanedRoom:
        """A lane per `profiles` key under that profile; catalogue, understanding and spam filter shared."""
        return cls({name: Room(index, understander, p, spam, config) for name, p in profiles.items()})

    # ------------------------------------------------------------------ what a Room shows

    @property
    def index(self) -> CatalogIndex:
        """The catalogue."""
        return self.primary.index

    @property
    def understander(self) -> Understander:
        """The shared understanding."""
        return self.primary.understander

    @property
    def profile(self) -> Profile:
        """The first lane's profile (the session's)."""
        return self.primary.profile

    @property
    def spam(self) -> SpamFilter:
        """The shared spam filter (the checks a host's answer passes too)."""
        return self.primary.spam

    @property
    def config(self) -> RoomConfig:
        """The rooms' tunables."""
        return self.primary.config

    @property
    def featured(self) -> str | None:
        """The featured job (the same in every lane)."""
        return self.primary.featured

    @property
    def paused(self) -> bool:
        """Whether the host has silenced the bot."""
        return self.primary.paused

    @property
    def poll_id(self) -> str | None:
        """The open poll (the same in every lane)."""
        return self.primary.poll_id

    @property
    def applications(self) -> dict[str, int]:
        """Applications per job, across lanes."""
        return self.primary.applications

    @property
    def groups(self) -> dict[tuple[str, ...], Group]:
        """Every lane's waiting askers, keyed by lane and question."""
        return {(name, *key): g for name, room in self.lanes.items() for key, g in room.groups.items()}

    @property
    def host_queue(self) -> dict[str, HostItem]:
        """Every lane's questions for the host, keyed `LANE:key`."""
        return {
            lane_id(name, k): item for name, room in self.lanes.items() for k, item in room.host_queue.items()
        }

    def lane_of(self, ident: str) -> str | None:
        """The lane an id belongs to (by its prefix), None when it names none."""
        head, sep, _ = ident.partition(SEP)
        return head if sep and head in self.lanes else None

    # ------------------------------------------------------------------ handling

    def handle(self, event: Event, now: float) -> list[Action]:
        """Route one event to its lane, or to every lane; the actions in lane order."""
        if isinstance(event, _BROADCAST):
            out: list[Action] = []
            for room in self.lanes.values():
                actions = room.handle(event, now)
                if room is not self.primary:
                    actions = [a for a in actions if not _once_only(a)]
                out.extend(actions)
            return out
        match event:
            case HostReply(key=key):
                lane = self.lane_of(key)
                if lane is not None:
                    inner = replace(event, key=key[len(lane) + len(SEP) :])
                    return self.lanes[lane].handle(inner, now)
                return [a for room in self.lanes.values() for a in room.handle(event, now)]
            case Comment():
                return self._room_for(event.id, event.user.id).handle(event, now)
            case Enter() | Like() | Gift():
                return self._room_for(event.user.id).handle(event, now)
            case Ack():
                return self._room_for(event.id).handle(event, now)
        return self.primary.handle(event, now)  # viewer figures, gaps: once, for the whole stream

    def _room_for(self, *idents: str) -> Room:
        """The lane of the first id that names one (else the primary)."""
        for ident in idents:
            lane = self.lane_of(ident)
            if lane is not None:
                return self.lanes[lane]
        return self.primary
