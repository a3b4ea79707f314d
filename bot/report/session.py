"""Finding the session a command means and reading its catalogue: shared by report and feedback."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from bot.errors import InputError, StoreError
from bot.store import Store, is_postgres, open_for_reading
from catalog.models import Catalog


def open_existing(db: str) -> Store:
    """Open a store that must already exist (a report never creates an empty database); one on
    read-only media is opened read-only."""
    if not is_postgres(db) and not Path(db).is_file():
        raise InputError(f"{db}: no such store (give --db the file the bot wrote)")
    return open_for_reading(db)


def resolve_session(store: Store, session: str | None) -> str:
    """The session id asked for, or the latest one when none is given."""
    if session is None:
        latest = store.latest_session()
        if latest is None:
            raise InputError(f"{store.label}: the store has no session yet")
        return latest
    if store.session(session) is None:
        known = ", ".join(s.id for s in store.sessions()[-5:]) or "none"
        raise InputError(f"{store.label}: --session {session}: no such session (latest: {known})")
    return session


def session_catalog(store: Store, sid: str) -> Catalog:
    """The catalogue a session ran with."""
    try:
        return Catalog.model_validate_json(store.catalog_json(sid))
    except ValidationError as e:
        raise StoreError(f"{store.label}: session {sid}: its stored catalogue does not load: {e}") from e
