"""`daigang feedback`: an employer's satisfaction with a stream, checked and stored."""

from __future__ import annotations

from bot.errors import InputError
from bot.report.session import open_existing, resolve_session, session_catalog

SCORES = range(1, 6)
"""The scores an employer can give: 1 (very unhappy) to 5 (very happy)."""


def record_feedback(
    db: str, session: str | None, employer: str, score: int, comment: str | None, now: float
) -> None:
    """Store employer `employer`'s score (1–5) and comment for `session` (None: the latest), at `now`."""
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        raise InputError(f"--score {score}: must be a whole number from 1 to 5")
    store = open_existing(db)
    try:
        sid = resolve_session(store, session)
        catalog = session_catalog(store, sid)
        ids = [e.id for e in catalog.employers]
        if employer not in ids:
            known = ", ".join(ids) or "none"
            raise InputError(f"--employer {employer}: not an employer of session {sid} (one of: {known})")
        text = comment.strip() if comment else None
        store.add_feedback(sid, employer, score, text or None, now)
    finally:
        store.close()
