"""How the garbage collector runs in a process that handles a stream: what start-up built is set
aside, and young collections are rarer.

A run allocates a few objects per comment and frees nearly all of them at once (reference
counting does that); the collector is only for reference cycles, which the bot hardly makes. With
the interpreter's defaults it still walks the young objects every 700 net allocations and, now and
then, everything start-up built (the catalogue, the lexicon's tables, the term automaton's
patterns, the imported modules): about a twentieth of a replay's time. After start-up those
objects are frozen (never examined again: they live as long as the process), and a young
collection waits for `YOUNG` net allocations: the rows a replay buffers for the store live until
the next batch is written, and a young collection every 10,000 allocations walked each of them
several times (a thirtieth of a replay's time) while finding nothing to free.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

YOUNG: Final = 50_000
"""Net allocations of container objects between two young collections (the default is 700)."""
OLDER: Final = 10
"""Collections of one generation between two of the next (the default)."""


@contextmanager
def collector_kept() -> Iterator[None]:
    """Run a command that may turn the collector off for its start-up: when the command is over,
    however it ends (a bad input may end it before its start-up does), the collector runs again if
    it ran before. A process calling the commands in turn keeps collecting."""
    running = gc.isenabled()
    try:
        yield
    finally:
        if running:
            gc.enable()


def during_startup() -> None:
    """Start-up begins: no collection until it is over. Loading builds tens of thousands of
    objects that all live as long as the process, and the default thresholds walked them again and
    again while freeing nothing (about 7 ms of the understanding command's 0.11 s start-up)."""
    gc.disable()


def after_startup() -> None:
    """Start-up is over: freeze what it built, space young collections out and let the collector
    run again (idempotent)."""
    gc.freeze()
    gc.set_threshold(YOUNG, OLDER, OLDER)
    gc.enable()
