"""What a platform's codec could not use, as the session's counters (pure).

Every client reports the same few things its decoder skipped — bodies or frames it could not
read, events in them it could not read, messages the platform sent twice, kinds it does not
know, kinds it knows and leaves aside — under the same names, so the report adds them up alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.events import Counted, Record


def skipped_counters(
    ts: float,
    *,
    malformed: int = 0,
    malformed_detail: str | None = None,
    bad_events: int = 0,
    duplicates: int = 0,
    unknown: Mapping[str, int] | None = None,
    ignored: Mapping[str, int] | None = None,
) -> list[Record]:
    """The counters at `ts` for what a decoder skipped (none for a count of zero)."""
    out: list[Record] = []
    if malformed:
        out.append(Counted(ts, "malformed_frame", malformed, malformed_detail))
    if bad_events:
        out.append(Counted(ts, "malformed_event", bad_events))
    if duplicates:
        out.append(Counted(ts, "duplicate_message", duplicates))
    out.extend(Counted(ts, "unknown_frame", n, name) for name, n in sorted((unknown or {}).items()))
    out.extend(Counted(ts, "ignored_frame", n, name) for name, n in sorted((ignored or {}).items()))
    return out
