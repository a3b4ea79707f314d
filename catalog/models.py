"""The catalogue format v1: frozen pydantic models, unknown keys rejected."""

from __future__ import annotations

from types import NoneType
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

Number = int | float
"""Money and measures: an int where the catalogue wrote an int, else a float."""


class Model(BaseModel):
    """Base of every catalogue model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_boolean_for_a_number(cls, value: object, info: ValidationInfo) -> object:
        """Reject true/false where a number is expected (pydantic would quietly read them as 1/0)."""
        if isinstance(value, bool) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            kinds = set(get_args(annotation) or (annotation,)) - {NoneType}
            if kinds and kinds <= {int, float}:
                raise PydanticCustomError(
                    "bool_not_number",
                    "expected a number, got the boolean {value}",
                    {"value": str(value).lower()},
                )
        return value


class FaqItem(Model):
    """A question and its answer, stream-, employer- or job-wide."""

    q: str
    a: str


class Stream(Model):
    """What the stream is: shown in the report's header."""

    title: str | None = None
    host: str | None = None
    date: str | None = None
    platform: str | None = None


class Employer(Model):
    """A company that hires through the stream."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    city: str = Field(min_length=1)
    address: str | None = None
    industry: str | None = None
    direct_hire: bool | None = None
    agency_fee: int | None = Field(default=None, ge=0)
    faq: tuple[FaqItem, ...] = ()


class Pay(Model):
    """Pay range and terms; min/max in yuan per `unit`."""

    min: Number | None = Field(default=None, ge=0)
    max: Number | None = Field(default=None, ge=0)
    unit: Literal["month", "day", "hour", "piece"] | None = None
    base: Number | None = Field(default=None, ge=0)
    overtime: str | None = None
    payday: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _min_not_above_max(self) -> Pay:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is greater than max {self.max}")
        return self


class Hours(Model):
    """Shifts and rest."""

    shift: str | None = None
    daily: Number | None = Field(default=None, gt=0, le=24)
    rest: str | None = None
    note: str | None = None


class Duties(Model):
    """What the work is and how hard."""

    content: str | None = None
    intensity: str | None = None
    posture: str | None = None
    note: str | None = None


class Dorm(Model):
    """Accommodation: distance from the workshop, room, fee (yuan/month)."""

    provided: bool | None = None
    distance: str | None = None
    distance_m: int | None = Field(default=None, ge=0)
    room: str | None = None
    fee: Number | None = Field(default=None, ge=0)
    amenities: tuple[str, ...] = ()
    couples: bool | None = None
    allowance: Number | None = Field(default=None, ge=0)
    note: str | None = None


class Canteen(Model):
    """Meals: how many a day, cost per meal (yuan, 0 = free), monthly subsidy."""

    provided: bool | None = None
    meals: int | None = Field(default=None, ge=0, le=5)
    cost: Number | None = Field(default=None, ge=0)
    subsidy: Number | None = Field(default=None, ge=0)
    note: str | None = None


class Insurance(Model):
    """Social insurance and housing fund."""

    social: str | None = None
    housing_fund: bool | None = None
    note: str | None = None


class Prospects(Model):
    """Promotion path and training."""

    path: str | None = None
    training: str | None = None
    note: str | None = None


class Requirements(Model):
    """Who can apply."""

    age_min: int | None = Field(default=None, ge=16, le=70)
    age_max: int | None = Field(default=None, ge=16, le=70)
    education: str | None = None
    gender: str | None = None
    experience: str | None = None
    other: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _ages_in_order(self) -> Requirements:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError(f"age_min {self.age_min} is greater than age_max {self.age_max}")
        return self


class Location(Model):
    """Where the job is and how to get there."""

    address: str | None = None
    transport: str | None = None
    pickup: str | None = None
    note: str | None = None


class Apply(Model):
    """How to apply and when one can start."""

    how: str | None = None
    interview: str | None = None
    start: str | None = None


class Job(Model):
    """One opening, shown on screen under its number."""

    id: str = Field(min_length=1)
    number: int = Field(ge=0)
    employer: str = Field(min_length=1)
    title: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    city: str | None = None
    headcount: int | None = Field(default=None, ge=0)
    pay: Pay | None = None
    hours: Hours | None = None
    duties: Duties | None = None
    dorm: Dorm | None = None
    canteen: Canteen | None = None
    insurance: Insurance | None = None
    prospects: Prospects | None = None
    requirements: Requirements | None = None
    location: Location | None = None
    apply: Apply | None = None
    faq: tuple[FaqItem, ...] = ()


class Catalog(Model):
    """A whole catalogue: the stream, its employers and jobs."""

    stream: Stream | None = None
    employers: tuple[Employer, ...]
    jobs: tuple[Job, ...]
    faq: tuple[FaqItem, ...] = ()

    @model_validator(mode="after")
    def _references_hold(self) -> Catalog:
        problems: list[str] = []
        employer_ids = [e.id for e in self.employers]
        if len(set(employer_ids)) != len(employer_ids):
            problems.append("duplicate employer id")
        seen_ids: set[str] = set()
        seen_numbers: set[int] = set()
        for job in self.jobs:
            if job.employer not in employer_ids:
                problems.append(f"job {job.id}: unknown employer {job.employer!r}")
            if job.id in seen_ids:
                problems.append(f"job {job.id}: duplicate id")
            if job.number in seen_numbers:
                problems.append(f"job {job.id}: duplicate number {job.number}")
            seen_ids.add(job.id)
            seen_numbers.add(job.number)
        if problems:
            raise ValueError("; ".join(problems))
        return self
