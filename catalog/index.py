"""Lookups over a loaded catalogue: by id, by on-screen number, by employer and city."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from catalog.models import Catalog, Employer, Job


_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)(?:经济技术开发区|经济开发区|经济区|高新区|开发区|新区|区|县|镇|乡|街道)"
)
"""A district, county, town or subdistrict at the start of a part of an address (张浦镇, 秀洲区,
三山经济开发区)."""
_ADDRESS_CUT = re.compile(r"[省市]")
_GENERIC_PLACE = re.compile(r"开发|工业|园|高新|经开|经济|技术|保税|[城市郊]$")
"""Words that name a kind of place, not one place (开发区, 工业园区, 城区)."""


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

    def place_of(self, job: Job) -> str:
        """The job's city as a place is named in speech and in lists of a province's cities:
        without 市 or 县 (库尔勒 of 库尔勒市; a name of two characters, 沙市, keeps it)."""
        city = self.city_of(job)
        return city[:-1] if len(city) > 2 and city.endswith(("市", "县")) else city

    def cities(self) -> tuple[str, ...]:
        """Every city named in the catalogue, in first-seen order."""
        seen: dict[str, None] = {}
        for e in self.catalog.employers:
            seen.setdefault(e.city, None)
        for j in self.catalog.jobs:
            if j.city:
                seen.setdefault(j.city, None)
        return tuple(seen)

    def districts(self) -> dict[str, str]:
        """The districts, counties and towns the addresses name (昆山市张浦镇 → 张浦 and 张浦镇),
        each with the city of the job or employer whose address names it; a place named in two
        cities is left out."""
        found: dict[str, str | None] = {}
        addresses = [(e.address, e.city) for e in self.catalog.employers]
        for job in self.catalog.jobs:
            where = job.location.address if job.location is not None else None
            addresses.append((where, self.city_of(job)))
        for address, city in addresses:
            for piece in _ADDRESS_CUT.split(address or ""):
                rest = piece
                for known in self.city_names:
                    rest = rest.removeprefix(known)  # 昆山陆家镇: 陆家
                while (match := _PLACE.match(rest)) is not None:  # 相城区黄埭镇: both
                    rest = rest[match.end() :]
                    if match.group(1) in self.city_names or _GENERIC_PLACE.search(match.group(1)):
                        continue
                    for name in (match.group(1), match.group(0)):
                        found[name] = city if found.get(name, city) == city else None
        return {name: city for name, city in found.items() if city is not None}
