"""Lookups over a loaded catalogue: by id, by on-screen number, by employer and city."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from catalog.models import Catalog, Employer, Job


@dataclass(frozen=True)
class CatalogIndex:
    """Read-only lookups built once per catalogue."""

    catalog: Catalog
    by_id: dict[str, Job] = field(init=False)
    by_number: dict[int, Job] = field(init=False)
    employers: dict[str, Employer] = field(init=False)
    jobs_of: dict[str, tuple[Job, ...]] = field(init=False)
    city_names: frozenset[str] = field(init=False)
    """Every city the catalogue names (`cities()` as a set, made once)."""
    catalog_json: str = field(init=False, repr=False)
    """The catalogue as JSON, as a session keeps it (made once: a catalogue read back from a
    snapshot would build its JSON writer first, a twentieth of a second)."""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "by_id", {j.id: j for j in self.catalog.jobs})
        set_(self, "by_number", {j.number: j for j in self.catalog.jobs})
        set_(self, "employers", {e.id: e for e in self.catalog.employers})
        grouped: dict[str, list[Job]] = {e.id: [] for e in self.catalog.employers}
        for job in self.catalog.jobs:
            grouped[job.employer].append(job)
        set_(self, "jobs_of", {k: tuple(v) for k, v in grouped.items()})
        set_(self, "city_names", frozenset(self.cities()))
        set_(self, "catalog_json", self.catalog.model_dump_json())

    def employer_of(self, job: Job) -> Employer:
        """The employer that offers `job`."""
        return self.employers[job.employer]

    def city_of(self, job: Job) -> str:
        """The job's city, defaulting to its employer's."""
        return job.city or self.employer_of(job).city

    def cities(self) -> tuple[str, ...]:
        """Every city named in the catalogue, in first-seen order."""
        seen: dict[str, None] = {}
        for e in self.catalog.employers:
            seen.setdefault(e.city, None)
        for j in self.catalog.jobs:
            if j.city:
                seen.setdefault(j.city, None)
        return tuple(seen)
