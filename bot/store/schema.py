"""The store's schema as numbered migrations, written in SQL that SQLite and PostgreSQL both accept.

Every table has a natural unique key (its primary key) so that writing the same record again is
a no-op (`INSERT … ON CONFLICT DO NOTHING`). Key columns are never NULL: a missing value in a key
is stored as the empty string. A migration, once released, is never edited: a change is a new one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered step of the schema."""

    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied DOUBLE PRECISION NOT NULL)"
)
"""The table recording which migrations a database has."""

_TS = "DOUBLE PRECISION NOT NULL"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "streams and their records",
        (
            "CREATE TABLE sessions ("
            " id TEXT PRIMARY KEY, session_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
            f" platform TEXT NOT NULL, started {_TS}, catalog_json TEXT NOT NULL)",
            "CREATE TABLE comments ("
            f" session TEXT NOT NULL, comment_id TEXT NOT NULL, ts {_TS}, user_id TEXT NOT NULL,"
            " user_name TEXT NOT NULL, text TEXT NOT NULL, intents TEXT NOT NULL, job TEXT,"
            " employer TEXT, question INTEGER NOT NULL, spam INTEGER NOT NULL, featured TEXT,"
            " PRIMARY KEY (session, comment_id))",
            "CREATE TABLE questions ("
            f" session TEXT NOT NULL, qid TEXT NOT NULL, ts {_TS}, comment_id TEXT NOT NULL,"
            " user_id TEXT NOT NULL, user_name TEXT NOT NULL, intent TEXT NOT NULL, job TEXT,"
            " employer TEXT, PRIMARY KEY (session, qid))",
            "CREATE TABLE answers ("
            f" session TEXT NOT NULL, qid TEXT NOT NULL, ts {_TS}, post_id TEXT NOT NULL,"
            " answered_by TEXT NOT NULL, PRIMARY KEY (session, qid))",
            "CREATE TABLE queued ("
            f" session TEXT NOT NULL, qid TEXT NOT NULL, ts {_TS}, queue_key TEXT NOT NULL,"
            " intent TEXT NOT NULL, job TEXT, reason TEXT NOT NULL, fact TEXT,"
            " PRIMARY KEY (session, qid))",
            "CREATE TABLE posts ("
            f" session TEXT NOT NULL, post_id TEXT NOT NULL, ts {_TS}, kind TEXT NOT NULL,"
            " text TEXT NOT NULL, job TEXT, intents TEXT NOT NULL, reply_to TEXT NOT NULL,"
            " questions TEXT NOT NULL, retry_of TEXT, PRIMARY KEY (session, post_id))",
            "CREATE TABLE applications ("
            f" session TEXT NOT NULL, user_id TEXT NOT NULL, job TEXT NOT NULL, ts {_TS},"
            " comment_id TEXT NOT NULL, user_name TEXT NOT NULL, employer TEXT NOT NULL,"
            " how TEXT NOT NULL, PRIMARY KEY (session, user_id, job))",
            "CREATE TABLE refusals ("
            f" session TEXT NOT NULL, comment_id TEXT NOT NULL, ts {_TS}, user_id TEXT NOT NULL,"
            " job TEXT, reason TEXT NOT NULL, PRIMARY KEY (session, comment_id))",
            "CREATE TABLE polls ("
            f" session TEXT NOT NULL, poll_id TEXT NOT NULL, is_open INTEGER NOT NULL, ts {_TS},"
            " PRIMARY KEY (session, poll_id, is_open))",
            "CREATE TABLE votes ("
            f" session TEXT NOT NULL, poll_id TEXT NOT NULL, user_id TEXT NOT NULL, ts {_TS},"
            " choice INTEGER NOT NULL, PRIMARY KEY (session, poll_id, user_id))",
            "CREATE TABLE features ("
            f" session TEXT NOT NULL, ts {_TS}, job TEXT NOT NULL, PRIMARY KEY (session, ts, job))",
            "CREATE TABLE audience ("
            f" session TEXT NOT NULL, kind TEXT NOT NULL, ts {_TS}, user_id TEXT NOT NULL,"
            " detail TEXT NOT NULL, n BIGINT NOT NULL,"
            " PRIMARY KEY (session, kind, ts, user_id, detail))",
            "CREATE TABLE acks ("
            f" session TEXT NOT NULL, post_id TEXT NOT NULL, status TEXT NOT NULL, ts {_TS},"
            " reason TEXT, PRIMARY KEY (session, post_id, status))",
            "CREATE TABLE gaps ("
            f" session TEXT NOT NULL, start_ts {_TS}, ts {_TS}, reason TEXT NOT NULL,"
            " PRIMARY KEY (session, start_ts, ts))",
            f"CREATE TABLE ends (session TEXT PRIMARY KEY, ts {_TS})",
            "CREATE TABLE counters ("
            f" session TEXT NOT NULL, what TEXT NOT NULL, ts {_TS}, detail TEXT NOT NULL,"
            " n BIGINT NOT NULL, PRIMARY KEY (session, what, ts, detail))",
            "CREATE TABLE feedback ("
            f" session TEXT NOT NULL, employer TEXT NOT NULL, ts {_TS}, score INTEGER NOT NULL,"
            " comment TEXT, PRIMARY KEY (session, employer, ts))",
        ),
    ),
    Migration(
        2,
        "sessions by start time",
        ("CREATE INDEX sessions_started ON sessions (started)",),
    ),
    Migration(
        3,
        "the platform of each comment and application",
        (
            "ALTER TABLE comments ADD COLUMN platform TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE applications ADD COLUMN platform TEXT NOT NULL DEFAULT ''",
        ),
    ),
)
"""Every migration, in order; a database records the versions it has in `schema_migrations`."""
