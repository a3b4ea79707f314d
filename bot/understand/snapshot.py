"""A built understander kept on disk, so that `daigang understand` starts in a fraction of the time.

Reading and validating the catalogue, parsing the lexicon and building the term automaton take
about a quarter of a second; a short run (a file of comments piped in) pays that on every start.
The built understander is pickled once per catalogue, lexicon and version of the code, into the
user's own cache folder (private to the user; a file anyone else could have written is never
read), and loaded from there on the next start. Any doubt (a missing, stale, foreign or unreadable
file) means building afresh.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import catalog
from bot.kept.folder import cache_dir, private, trusted
from bot.seedfiles import LEXICON, seed_file
from bot.understand.understander import Understander
from catalog.records import plain_reduction

_PACKAGES = (Path(__file__).resolve().parent, Path(catalog.__file__).resolve().parent)
"""The code a snapshot depends on: a change to any of it makes a new one."""


class _PlainPickler(pickle.Pickler):
    """Writes the catalogue's models as plain records, so that reading the snapshot back needs no
    pydantic (its import costs more than the rest of the start-up)."""

    def reducer_override(self, obj: Any) -> Any:
        """A model as a `Record`; anything else as pickle writes it."""
        found = plain_reduction(obj)
        return NotImplemented if found is None else found


def plain_pickle(obj: object) -> bytes:
    """`obj` pickled with every catalogue model in it written as a plain record."""
    buffer = io.BytesIO()
    _PlainPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def snapshot_key(catalogue: Path, lexicon: Path | None = None) -> str:
    """What a snapshot is built from: the catalogue's and the lexicon's bytes and the code's source."""
    digest = hashlib.sha256()
    for path in (catalogue, lexicon or seed_file(LEXICON)):
        digest.update(path.read_bytes())
        digest.update(b"\0")
    digest.update(_code_digest())
    return digest.hexdigest()[:32]


@functools.cache
def _code_digest() -> bytes:
    """The digest of the understanding's source as this process first read it: a process still
    running older code (the package upgraded under a long run) never keeps a snapshot under the
    newer code's key."""
    digest = hashlib.sha256()
    for folder in _PACKAGES:
        for source in sorted(folder.glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.digest()


def _file_name(catalogue: Path, plain: bool) -> str:
    """The snapshot's file name: its key, and whether its catalogue is kept as plain records."""
    return f"understander-{snapshot_key(catalogue)}{'-plain' if plain else ''}.pickle"


def load_snapshot(catalogue: Path, *, plain: bool = False) -> Understander | None:
    """The understander kept for this catalogue, lexicon and code, or None. With `plain`, one whose
    catalogue is plain records (`catalog.records`): it understands alike and loads without
    pydantic, but its `index.catalog` is no catalogue to answer from."""
    try:
        path = cache_dir() / _file_name(catalogue, plain)
    except OSError:
        return None
    if not path.is_file() or not trusted(path):
        return None
    try:
        found = pickle.loads(path.read_bytes())  # our own file, checked by trusted()
    except Exception:  # any unreadable snapshot only means building afresh
        return None
    return found if isinstance(found, Understander) else None


def save_snapshot(catalogue: Path, understander: Understander, *, plain: bool = False) -> None:
    """Keep a freshly built understander for the next start (quietly nothing when that fails);
    with `plain`, its catalogue as plain records."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not private(folder):
            return
        understander.prepare()
        data = (
            plain_pickle(understander)
            if plain
            else pickle.dumps(understander, protocol=pickle.HIGHEST_PROTOCOL)
        )
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / _file_name(catalogue, plain))
        _prune(folder)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return


KEPT_SNAPSHOTS = 32
"""Snapshots kept at the most; each edit of a catalogue, the lexicon or the code makes a new one."""


def _prune(folder: Path) -> None:
    """Delete all but the newest `KEPT_SNAPSHOTS` snapshots (a file gone meanwhile is no error)."""
    dated: list[tuple[float, Path]] = []
    for path in folder.glob("understander-*.pickle"):
        try:
            dated.append((path.stat().st_mtime, path))
        except OSError:
            continue
    dated.sort(reverse=True)
    for _, path in dated[KEPT_SNAPSHOTS:]:
        path.unlink(missing_ok=True)
