"""The catalogue format v1: frozen pydantic models, unknown keys rejected."""

from __future__ import annotations

import json
import re
from types import NoneType
from typing import Any, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

Number = int | float
"""Money and measures: an int where the catalogue wrote an int, else a float."""

Per = Literal["meal", "day", "week", "month", "hour", "year"]
"""What a sum of money is counted per."""

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PERIODS: tuple[tuple[Per, tuple[str, ...]], ...] = (
    ("meal", ("每餐", "一餐", "每顿", "一顿", "/餐", "/顿")),
    ("day", ("每天", "一天", "每日", "/天", "/日", "天")),
    ("week", ("每周", "一周", "/周")),
    ("month", ("每月", "一个月", "每个月", "/月", "月")),
    ("hour", ("每小时", "一小时", "/小时", "/时")),
    ("year", ("每年", "一年", "/年")),
)
_PERIOD_WORDS = frozenset(w for _, words in _PERIODS for w in words)
_PLAIN_UNITS = ("元", "块", "块钱", "岁", "周岁", "米", "小时", "个小时", "人", "名", "餐", "顿", "天")
_NO = re.compile(r"^(无|不|没|否|未)")
_YES = re.compile(r"有|包|提供|是|可以|能|免费|承担|管|直招")


class Said(BaseModel):
    """A fact the recruiter wrote in words (`每天餐补20元`, `有夫妻房，需排队`): the words as written,
    and for a sum of money what it is counted per."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    field: str
    words: str
    per: Per | None = None


def period_of(text: str) -> Per | None:
    """What a sum written in words is counted per (每天 → day, /月 → month, 每餐 → meal), if it says."""
    for per, words in _PERIODS:
        if any(w in text for w in words[:-1] if w.startswith(("每", "一", "/"))):
            return per
    for per, words in _PERIODS:
        if words[-1] in text and not words[-1].startswith(("每", "一", "/")):
            return per
    return None


def plain_number(text: str) -> int | float | None:
    """`300`, `300元`, `18岁`, `500米`: the number of a value that is only a number and its unit."""
    stripped = text.strip().replace(" ", "")
    match = _NUMBER.match(stripped)
    if match is None:
        return None
    unit = stripped[match.end() :]
    if unit and unit not in _PLAIN_UNITS and period_of(unit) is None:
        return None
    if unit and period_of(unit) is not None and not unit.lstrip("元块钱").startswith(("/", "每", "一")):
        return None
    if unit and unit not in _PLAIN_UNITS and unit.lstrip("元块钱") not in _PERIOD_WORDS:
        return None  # 200元/月，水电另算: more than a sum and its period, so the words are kept
    number = float(match.group(0))
    return int(number) if number.is_integer() else number


def yes_or_no(text: str) -> bool | None:
    """Whether words like `有夫妻房，需排队`, `无夫妻房`, `中餐晚餐公司承担` say yes or no (None: neither)."""
    head = text.strip()
    if _NO.match(head) or "自理" in head or "自费" in head:
        return False
    if _YES.search(head):
        return True
    return None


class Model(BaseModel):
    """Base of every catalogue model: immutable, strict about unknown keys.

    Where a model lists them, money fields (`_money`: field -> what it is counted per unless the
    words say) and yes/no fields (`_yesno`) also take the words a recruiter writes: the number or
    the yes/no goes into the field, the words into `said`, and a catalogue written back out shows
    the words again. Any other number field takes a number with its unit (`18岁`, `500米`); words
    there are an error that names the field that takes words (`_words_field`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True)
    _money: ClassVar[dict[str, Per]] = {}
    _yesno: ClassVar[tuple[str, ...]] = ()
    _words_field: ClassVar[str] = "a note"

    @model_validator(mode="before")
    @classmethod
    def _words_as_written(cls, data: Any) -> Any:
        """Turn money and yes/no written in words into a value plus the words in `said`."""
        if not isinstance(data, dict) or not (cls._money or cls._yesno):
            return data
        if "said" in data:
            raise ValueError("unknown key said")
        said: list[Said] = []
        out = dict(data)
        for name, usual in cls._money.items():
            value = out.get(name)
            if not isinstance(value, str) or not value.strip():
                continue
            words = value.strip()
            numbers = _NUMBER.findall(words)
            per = period_of(words)
            plain = plain_number(words)
            if plain is not None and per in (None, usual):
                out[name] = plain
                continue
            out[name] = None
            if len(numbers) == 1:
                amount = float(numbers[0])
                out[name] = int(amount) if amount.is_integer() else amount
            said.append(Said(field=name, words=words, per=per or (usual if len(numbers) == 1 else None)))
        for name in cls._yesno:
            value = out.get(name)
            if not isinstance(value, str) or not value.strip():
                continue
            words = value.strip()
            out[name] = yes_or_no(words)
            said.append(Said(field=name, words=words))
        if said:
            out["said"] = tuple(said)
        return out

    def said_of(self, name: str) -> Said | None:
        """How the recruiter wrote field `name` in words, when they did."""
        for said in getattr(self, "said", ()):
            if isinstance(said, Said) and said.field == name:
                return said
        return None

    @model_serializer(mode="wrap")
    def _words_back(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Write facts given in words back as the words."""
        data = handler(self)
        if isinstance(data, dict):
            data.pop("said", None)
            for said in getattr(self, "said", ()):
                data[said.field] = said.words
        return data

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
        if isinstance(value, str) and info.field_name is not None and info.field_name != "said":
            annotation = cls.model_fields[info.field_name].annotation
            kinds = set(get_args(annotation) or (annotation,)) - {NoneType}
            if kinds and kinds <= {int, float}:
                number = plain_number(value)
                if number is None:
                    got = json.dumps(value, ensure_ascii=False)
                    raise ValueError(
                        f"expected a number (got {got}): words like these go in {cls._words_field}"
                    )
                return number
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
    said: tuple[Said, ...] = ()
    """Facts written in words (direct_hire, agency_fee), as written."""

    _money: ClassVar[dict[str, Per]] = {"agency_fee": "month"}
    _yesno: ClassVar[tuple[str, ...]] = ("direct_hire",)
    _words_field: ClassVar[str] = "the employer's faq"


class Pay(Model):
    """Pay range and terms; min/max in yuan per `unit`."""

    min: Number | None = Field(default=None, ge=0)
    max: Number | None = Field(default=None, ge=0)
    unit: Literal["month", "day", "hour", "piece"] | None = None
    base: Number | None = Field(default=None, ge=0)
    overtime: str | None = None
    payday: str | None = None
    note: str | None = None
    said: tuple[Said, ...] = ()
    """Pay facts written in words (base), as written."""

    _money: ClassVar[dict[str, Per]] = {"base": "month"}
    _words_field: ClassVar[str] = "pay.note"

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

    _words_field: ClassVar[str] = "hours.note"


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
    said: tuple[Said, ...] = ()
    """Dorm facts written in words (fee, allowance, provided, couples), as written."""

    _money: ClassVar[dict[str, Per]] = {"fee": "month", "allowance": "month"}
    _yesno: ClassVar[tuple[str, ...]] = ("provided", "couples")
    _words_field: ClassVar[str] = "dorm.note"


class Canteen(Model):
    """Meals: how many a day, cost per meal (yuan, 0 = free), monthly subsidy."""

    provided: bool | None = None
    meals: int | None = Field(default=None, ge=0, le=5)
    cost: Number | None = Field(default=None, ge=0)
    subsidy: Number | None = Field(default=None, ge=0)
    note: str | None = None
    said: tuple[Said, ...] = ()
    """Meal facts written in words (cost, subsidy, provided), as written."""

    _money: ClassVar[dict[str, Per]] = {"cost": "meal", "subsidy": "month"}
    _yesno: ClassVar[tuple[str, ...]] = ("provided",)
    _words_field: ClassVar[str] = "canteen.note"


class Insurance(Model):
    """Social insurance and housing fund."""

    social: str | None = None
    housing_fund: bool | None = None
    note: str | None = None
    said: tuple[Said, ...] = ()
    """Insurance facts written in words (housing_fund), as written."""

    _yesno: ClassVar[tuple[str, ...]] = ("housing_fund",)
    _words_field: ClassVar[str] = "insurance.note"


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

    _words_field: ClassVar[str] = "requirements.other"

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

    _words_field: ClassVar[str] = "the job's faq"


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
