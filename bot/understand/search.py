"""`jobs` searches: viewers' wishes (有苏州的吗, 有长白班的吗, 有没有坐着的) as filters over the catalogue."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from catalog.index import CatalogIndex

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from catalog.models import Job

MAX_FOUND = 6
"""How many jobs a search answer names at most."""

_WORK_DAYS_PER_MONTH = 26
_HOURS_PER_DAY = 10


def _shift(job: Job) -> str:
    """The job's shift text, or ''."""
    return (job.hours.shift or "") if job.hours else ""


def _posture(job: Job) -> str:
    """The job's posture text (站班/坐班), or ''."""
    return (job.duties.posture or "") if job.duties else ""


def is_day_shift(job: Job) -> bool:
    """Day work only: 长白班 or a 白班 with no night or rotating shift."""
    shift = _shift(job)
    return "长白" in shift or ("白班" in shift and "夜" not in shift and "倒" not in shift)


def is_night_shift(job: Job) -> bool:
    """Night work or rotating shifts that include nights."""
    shift = _shift(job)
    return "夜" in shift or "倒" in shift


def is_seated(job: Job) -> bool:
    """Seated work, at least in part."""
    return "坐" in _posture(job)


def is_standing(job: Job) -> bool:
    """Standing work."""
    return "站" in _posture(job)


def is_easy(job: Job) -> bool:
    """Work the catalogue calls light (轻松)."""
    return bool(job.duties and job.duties.intensity and "轻松" in job.duties.intensity)


def has_board(job: Job) -> bool:
    """Both a dorm and a canteen."""
    return bool(job.dorm and job.dorm.provided and job.canteen and job.canteen.provided)


def has_lodging(job: Job) -> bool:
    """A dorm (包住)."""
    return bool(job.dorm and job.dorm.provided)


def has_meals(job: Job) -> bool:
    """Meals given (包吃, 管饭)."""
    return bool(job.canteen and job.canteen.provided)


def has_couples_room(job: Job) -> bool:
    """Rooms for couples."""
    return bool(job.dorm and job.dorm.couples)


def takes_women(job: Job) -> bool:
    """The job does not ask for men only."""
    gender = job.requirements.gender if job.requirements else None
    return gender is None or "女" in gender or "不限" in gender


def has_weekends(job: Job) -> bool:
    """Two days off a week (双休)."""
    return bool(job.hours and job.hours.rest and "双休" in job.hours.rest)


def pays_daily(job: Job) -> bool:
    """Pay by the day or week (日结/周结)."""
    if job.pay is None:
        return False
    payday = job.pay.payday or ""
    return "日结" in payday or "周结" in payday


def monthly_estimate(job: Job) -> float | None:
    """The top of the job's pay range as a month's money, for ranking (None when unknown)."""
    pay = job.pay
    if pay is None or pay.max is None:
        return None
    match pay.unit:
        case "month" | None:
            return float(pay.max)
        case "day":
            return float(pay.max) * _WORK_DAYS_PER_MONTH
        case "hour":
            return float(pay.max) * _HOURS_PER_DAY * _WORK_DAYS_PER_MONTH
        case _:
            return None


def search_jobs(
    index: CatalogIndex,
    features: Iterable[str],
    cities: Collection[str] = (),
    among: Collection[str] | None = None,
    employers: Collection[str] = (),
) -> tuple[str, ...]:
    """Ids of the jobs that meet every wish, best first (highest pay first for 工资高), at most six."""
    wanted = list(dict.fromkeys(features))
    checks: list[Callable[[Job], bool]] = []
    direct_only = False
    for feature in wanted:
        match feature:
            case "day_shift":
                checks.append(is_day_shift)
            case "night_shift":
                checks.append(is_night_shift)
            case "seated":
                checks.append(is_seated)
            case "standing":
                checks.append(is_standing)
            case "easy":
                checks.append(is_easy)
            case "board":
                checks.append(has_board)
            case "lodging":
                checks.append(has_lodging)
            case "meals":
                checks.append(has_meals)
            case "couples":
                checks.append(has_couples_room)
            case "women":
                checks.append(takes_women)
            case "weekly_rest":
                checks.append(has_weekends)
            case "day_pay":
                checks.append(pays_daily)
            case "direct":
                direct_only = True
            case _:
                pass
    found: list[Job] = []
    for job in index.catalog.jobs:
        if among is not None and job.id not in among:
            continue
        if employers and job.employer not in employers:
            continue
        if cities and index.city_of(job) not in cities and index.place_of(job) not in cities:
            continue
        if direct_only and index.employer_of(job).direct_hire is not True:
            continue
        if all(check(job) for check in checks):
            found.append(job)
    if "high_pay" in wanted:
        found = [j for j in found if monthly_estimate(j) is not None]
        found.sort(key=lambda j: (-(monthly_estimate(j) or 0.0), j.number))
    elif "seated" in wanted:
        found.sort(key=lambda j: (_posture(j) != "坐班", j.number))
    else:
        found.sort(key=lambda j: j.number)
    return tuple(j.id for j in found[:MAX_FOUND])
