"""The user's own cache folder, where built things are kept between runs (the understander's
snapshot, compiled regular expressions), and the check that a file there is the user's alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def cache_dir() -> Path:
    """The user's cache folder for daigang (XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "daigang"


def private(item: Path) -> bool:
    """Whether a file or folder is the current user's own and nobody else can write it."""
    try:
        info = item.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def trusted(path: Path) -> bool:
    """Whether a kept file and its folder are the current user's own, writable by nobody else."""
    return private(path) and private(path.parent)
