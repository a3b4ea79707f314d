"""The files of the `seeds` package (lexicon, blocked words, demo catalogue and stream), found
through importlib.resources so that an installed wheel reads them as well as a checkout does."""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from bot.errors import InputError

LEXICON = "lexicon.yaml"
BLOCKED_WORDS = "blocked_words.txt"
CATALOG = "catalog.yaml"
STREAM = "stream.jsonl"

_extracted = ExitStack()
atexit.register(_extracted.close)


def seed_file(name: str) -> Path:
    """A file of the shipped seeds as a path on disk (extracted once if the package is zipped)."""
    try:
        resource = resources.files("seeds").joinpath(name)
    except ModuleNotFoundError as exc:
        raise InputError(f"seeds/{name}: the seed data is not installed with daigang") from exc
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(resources.as_file(resource))
