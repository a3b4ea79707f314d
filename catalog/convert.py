"""Converting a catalogue between YAML, JSON, CSV and XLSX, validating on the way."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

from catalog import dump, sheets
from catalog.errors import CatalogError
from catalog.load import FORMATS, JSON_SUFFIXES, YAML_SUFFIXES, load_catalog
from catalog.models import Catalog


def convert(src: Path, dst: Path) -> list[str]:
    """Load and validate `src`, then write it to `dst` in the format its extension names.

    Returns the parts of the catalogue the output cannot hold (`stream`, `faq` for a CSV), so the
    caller can say so; empty when nothing was left out.
    """
    catalog = load_catalog(src)
    write_catalog(catalog, dst)
    return sheets.csv_drops(catalog) if dst.suffix.lower() == ".csv" else []


def catalog_bytes(catalog: Catalog, dst: Path) -> bytes:
    """A catalogue encoded in the format `dst`'s extension names; raises CatalogError for others."""
    suffix = dst.suffix.lower()
    try:
        if suffix in YAML_SUFFIXES:
            return dump.to_yaml(catalog).encode("utf-8")
        if suffix in JSON_SUFFIXES:
            return dump.to_json(catalog).encode("utf-8")
        if suffix == ".csv":
            return sheets.to_csv(catalog).encode("utf-8-sig")
        if suffix == ".xlsx":
            return sheets.to_xlsx(catalog)
    except CatalogError as exc:
        raise CatalogError(replace(problem, file=str(dst)) for problem in exc.problems) from exc
    raise CatalogError.single(
        str(dst), f"unknown catalogue format {suffix or '(no extension)'}: use {FORMATS}"
    )


def write_catalog(catalog: Catalog, dst: Path) -> None:
    """Write a catalogue to `dst` by its extension, replacing the file only once all is written."""
    content = catalog_bytes(catalog, dst)
    directory = dst.parent if str(dst.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{dst.name}.", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            mode = stat.S_IMODE(dst.stat().st_mode) if dst.exists() else 0o644
            os.chmod(temporary, mode)
            os.replace(temporary, dst)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CatalogError.single(str(dst), f"cannot write the file: {exc.strerror or exc}") from exc
