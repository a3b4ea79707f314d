"""Catalogue facts as short Chinese phrases, and which field a question needs.

Every phrase is built from catalogue fields only; a `Fact` names the field it came from so a
question whose field is missing goes to the host instead of being guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.kept.regexes import compiled
from catalog.models import Employer, Job, Number, Per, Said

UNIT_SUFFIX = {"month": "/月", "day": "/天", "hour": "元/时", "piece": "元/件"}


@dataclass(frozen=True, slots=True)
class Fact:
    """One phrase and the dotted catalogue field it states."""

    field: str
    text: str
    short: str | None = None
    """A shorter wording of the same fact, for tight message limits."""


def _money(
    said: Said | None, value: Number | None, label: str, usual: Per, free: str | None = None
) -> tuple[str, str | None] | None:
    """A sum of money as the catalogue wrote it: the recruiter's words, always whole (a form rebuilt
    from the figure could say another thing: 饭卡每月补300 is no 每餐300元), or the figure in yuan
    with its period (`餐补300元/月`, as a recruiter writes it); `free` for 0; None when absent."""
    per_text = {"meal": "/餐", "day": "/天", "week": "/周", "month": "/月", "hour": "/时", "year": "/年"}
    if said is not None:
        return said.words, None
    if value is None:
        return None
    if value == 0 and free is not None:
        return free, None
    if label == "每餐":
        return f"每餐{num(value)}元", None
    return f"{label}{num(value)}元{per_text[usual]}", None


def num(value: Number) -> str:
    """A number as the catalogue wrote it: 7000, 22.5 (never 7000.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def pay_range(job: Job) -> str | None:
    """`7000-9000/月`, `7000起/月`, `最高9000/月`, or None when the catalogue has no figure."""
    pay = job.pay
    if pay is None or (pay.min is None and pay.max is None):
        return None
    suffix = UNIT_SUFFIX.get(pay.unit or "", "")
    prefix = "计件" if pay.unit == "piece" else ""
    if monthly_piece(job):
        suffix = "/月"  # 计件 with 7000-12000: what a month of pieces comes to, no price a piece
    if pay.min is not None and pay.max is not None:
        core = num(pay.min) if pay.min == pay.max else f"{num(pay.min)}-{num(pay.max)}"
    elif pay.min is not None:
        core = f"{num(pay.min)}起"
    else:
        assert pay.max is not None
        core = f"最高{num(pay.max)}"
    return f"{prefix}{core}{suffix}"


PIECE_PRICE_MAX = 1000
"""Above this a figure of a piece-rate job is what a month comes to, not the price of a piece."""


def monthly_piece(job: Job) -> bool:
    """Whether a piece-rate job's range is a month's income (7000-12000 计件), as the catalogue's
    `min`/`max` are documented, rather than a price a piece (0.35-0.5元/件)."""
    pay = job.pay
    if pay is None or pay.unit != "piece":
        return False
    return max(v for v in (pay.min, pay.max, 0) if v is not None) >= PIECE_PRICE_MAX


def pay_facts(job: Job) -> list[Fact]:
    """Pay range, base pay, overtime and payday, most important first."""
    out: list[Fact] = []
    rng = pay_range(job)
    if rng:
        label = "综合" if job.pay and job.pay.unit == "month" else ""
        out.append(Fact("pay.range", f"{label}{rng}", rng if label else None))
    pay = job.pay
    if pay is not None:
        if rng and pay.unit == "hour":
            out.append(Fact("pay.hourly", f"时薪{rng.removesuffix('元/时')}元"))
        if rng and pay.unit == "day":
            out.append(Fact("pay.dayrate", f"日薪{rng.removesuffix('/天')}元"))
        scheme = {"piece": "计件", "hour": "按小时计", "day": "按天计"}.get(pay.unit or "")
        if rng and scheme:
            # A month's income says how much a month, not a piece: the scheme alone is the fact.
            priced = "" if monthly_piece(job) else f" {rng.removeprefix('计件')}"
            out.append(Fact("pay.scheme", f"{scheme}{priced}"))
        said = pay.said_of("base")
        if said is not None:
            out.append(Fact("pay.base", said.words))
        elif pay.base is not None:
            out.append(Fact("pay.base", f"底薪{num(pay.base)}"))
        if pay.payday:
            text = pay.payday if "发" in pay.payday else f"{pay.payday}发薪"
            out.append(Fact("pay.payday", text, pay.payday))
        if pay.overtime:
            text = pay.overtime if "加班" in pay.overtime else f"加班费{pay.overtime}"
            out.append(Fact("pay.overtime", text, pay.overtime))
        if pay.note:
            out.append(Fact("pay.note", pay.note))
    return out


def dorm_facts(job: Job) -> list[Fact]:
    """Whether a dorm is provided, how far, room, fee, amenities, couples' rooms."""
    dorm = job.dorm
    if dorm is None:
        return []
    said = dorm.said_of("provided")
    if dorm.provided is False:
        out = [Fact("dorm.provided", _said(said, False, "包住", "不包住"))]
        allowance = _money(dorm.said_of("allowance"), dorm.allowance, "住房补贴", "month")
        if allowance:
            out.append(Fact("dorm.allowance", *allowance))
        if dorm.note:
            out.append(Fact("dorm.note", dorm.note))
        return out
    out = []
    provided = _worded(said, dorm.provided, "包住", "不包住")
    if provided is not None:
        out.append(Fact("dorm.provided", provided))
    if dorm.distance:
        text = dorm.distance if "宿舍" in dorm.distance else f"宿舍{dorm.distance}"
        if dorm.distance_m is not None and not any(ch.isdigit() for ch in text):
            text = f"{text}，离厂{num(dorm.distance_m)}米"  # 园区宿舍 and 800: how far is told as well
        out.append(Fact("dorm.distance", text))
    elif dorm.distance_m is not None:
        out.append(Fact("dorm.distance", f"宿舍离厂{num(dorm.distance_m)}米"))
    if dorm.room:
        out.append(Fact("dorm.room", dorm.room))
    fee = _money(dorm.said_of("fee"), dorm.fee, "住宿", "month", free="住宿免费")
    if fee:
        out.append(Fact("dorm.fee", *fee))
    if dorm.amenities:
        out.append(Fact("dorm.amenities", "宿舍有" + "".join(a for a in dorm.amenities[:4] if a)))
    couples = _worded(dorm.said_of("couples"), dorm.couples, "有夫妻房", "无夫妻房")
    if couples is not None:
        out.append(Fact("dorm.couples", couples))
    allowance = _money(dorm.said_of("allowance"), dorm.allowance, "外宿补贴", "month")
    if allowance:
        out.append(Fact("dorm.allowance", *allowance))
    if dorm.note:
        out.append(Fact("dorm.note", dorm.note))
    return out


def canteen_facts(job: Job) -> list[Fact]:
    """Whether meals are provided, how many, what they cost, the meal subsidy."""
    canteen = job.canteen
    if canteen is None:
        return []
    provided = _worded(canteen.said_of("provided"), canteen.provided, "有食堂", "不包吃")
    out: list[Fact] = []
    if provided is not None:
        out.append(Fact("canteen.provided", provided))
    if canteen.meals:
        out.append(Fact("canteen.meals", f"每天{num(canteen.meals)}餐", f"{num(canteen.meals)}餐"))
        if canteen.meals >= 3:
            out.append(Fact("canteen.three_meals", f"管{num(canteen.meals)}餐"))
    cost = _money(canteen.said_of("cost"), canteen.cost, "每餐", "meal", free="吃饭免费")
    if cost:
        out.append(Fact("canteen.cost", *cost))
    subsidy = _money(canteen.said_of("subsidy"), canteen.subsidy, "餐补", "month")
    if subsidy and canteen.subsidy != 0:
        out.append(Fact("canteen.subsidy", *subsidy))
    if canteen.note:
        out.append(Fact("canteen.note", canteen.note))
    return out


_SHIFT_TIMES = compiled(r"(.+?)\s*[（(]\s*[\d:：\-~～—、，,;；点半至到\s]+[)）]")
"""A shift named, then only its times in brackets (两头班（10:00-14:00、16:30-21:00）): the name
alone is the short wording; the brackets hold no condition that cutting them would drop."""


def hours_facts(job: Job) -> list[Fact]:
    """Shift pattern, hours a day, rest days."""
    hours = job.hours
    if hours is None:
        return []
    out: list[Fact] = []
    if hours.shift:
        timed = _SHIFT_TIMES.fullmatch(hours.shift.strip())
        out.append(Fact("hours.shift", hours.shift, timed.group(1).strip() if timed else None))
    if hours.daily is not None:
        out.append(Fact("hours.daily", f"每天{num(hours.daily)}小时"))
    if hours.rest:
        out.append(Fact("hours.rest", hours.rest))
    if hours.note:
        out.append(Fact("hours.note", hours.note))
    return out


def duties_facts(job: Job) -> list[Fact]:
    """What the work is, how hard, standing or sitting."""
    duties = job.duties
    if duties is None:
        return []
    out: list[Fact] = []
    if duties.content:
        out.append(Fact("duties.content", duties.content))
    if duties.posture:
        out.append(Fact("duties.posture", duties.posture))
    if duties.intensity:
        out.append(Fact("duties.intensity", duties.intensity))
    if duties.note:
        out.append(Fact("duties.note", duties.note))
    return out


def insurance_facts(job: Job) -> list[Fact]:
    """Social insurance and housing fund."""
    ins = job.insurance
    if ins is None:
        return []
    out: list[Fact] = []
    if ins.social:
        out.append(Fact("insurance.social", ins.social))
    fund = _worded(ins.said_of("housing_fund"), ins.housing_fund, "有公积金", "无公积金")
    if fund is not None:
        out.append(Fact("insurance.housing_fund", fund))
    if ins.note:
        out.append(Fact("insurance.note", ins.note))
    return out


def prospects_facts(job: Job) -> list[Fact]:
    """Promotion path and training."""
    pro = job.prospects
    if pro is None:
        return []
    out: list[Fact] = []
    if pro.path:
        out.append(Fact("prospects.path", pro.path))
    if pro.training:
        out.append(Fact("prospects.training", pro.training))
    if pro.note:
        out.append(Fact("prospects.note", pro.note))
    return out


def location_facts(job: Job, employer: Employer) -> list[Fact]:
    """City and address, transport, station pick-up."""
    loc = job.location
    out: list[Fact] = []
    address = (loc.address if loc else None) or employer.address
    city = job.city or employer.city
    if address:
        out.append(Fact("location.address", address if city in address else f"{city}{address}"))
    else:
        out.append(Fact("location.city", f"在{city}"))
    if loc is not None:
        if loc.transport:
            out.append(Fact("location.transport", loc.transport))
        if loc.pickup:
            out.append(Fact("location.pickup", loc.pickup))
        if loc.note:
            out.append(Fact("location.note", loc.note))
    return out


def requirements_facts(job: Job) -> list[Fact]:
    """Age range, education, gender, experience, other conditions."""
    req = job.requirements
    if req is None:
        return []
    out: list[Fact] = []
    if req.age_min is not None and req.age_max is not None:
        out.append(Fact("requirements.age", f"{req.age_min}-{req.age_max}岁"))
    elif req.age_min is not None:
        out.append(Fact("requirements.age", f"{req.age_min}岁以上"))
    elif req.age_max is not None:
        out.append(Fact("requirements.age", f"{req.age_max}岁以下"))
    if req.education:
        text = req.education if "学历" in req.education else f"学历{req.education}"
        out.append(Fact("requirements.education", text))
    if req.gender:
        text = req.gender if any(w in req.gender for w in ("男", "女", "性别")) else f"性别{req.gender}"
        out.append(Fact("requirements.gender", text))
    if req.experience:
        text = req.experience if "经验" in req.experience else f"经验:{req.experience}"
        out.append(Fact("requirements.experience", text))
    out.extend(Fact("requirements.other", condition(o)) for o in req.other)
    return out


def condition(text: str) -> str:
    """A requirement as a yes/no in words: `持叉车证` → `需持叉车证`, `无纹身` → `要求无纹身`; one
    already saying so (`必须会游泳`, `要健康证`, `要求无纹身`) as written."""
    if text.startswith(("需", "必须", "要", "不招", "不收", "不要", "不接")) or text.endswith("最好"):
        return text  # 要健康证, 要有育婴师证或者愿意考, 自己有电动车最好: the recruiter's own words
    if any(w in text[1:] for w in ("需", "必须", "须", "要")):
        # 未满18岁需带户口本, 体检要查乙肝: a condition with what it requires, whole (需未满18岁 misleads)
        return text
    if text.startswith(("无", "不", "没", "视力", "身体", "年龄")) or text.endswith("优先"):
        return "要求" + text
    return "需" + text


def apply_facts(job: Job) -> list[Fact]:
    """How to apply (the command first), the interview, the start date."""
    out = [Fact("apply.command", f"发:报名{job.number}", f"报名{job.number}")]
    ap = job.apply
    if ap is not None:
        if ap.how:
            out.append(Fact("apply.how", ap.how))
        if ap.interview:
            out.append(Fact("apply.interview", ap.interview))
        if ap.start:
            out.append(Fact("apply.start", ap.start))
    if job.headcount is not None:
        out.append(Fact("apply.headcount", f"招{job.headcount}人"))
    return out


_BARE_YES_NO = frozenset(
    {"是", "否", "有", "无", "没有", "对", "不是", "不", "yes", "no", "y", "n", "true", "false"}
    | {"✓", "×", "√"}
)
"""A yes or no written alone: said back alone (9号否) it names nothing."""


def _said(said: Said | None, value: bool, yes: str, no: str) -> str:
    """A yes/no field given, in words: the recruiter's own (有夫妻房，需排队), unless they wrote a bare
    yes or no (否), which is said as what it means (劳务派遣)."""
    if said is not None and said.words.strip().lower() not in _BARE_YES_NO:
        return said.words
    return yes if value else no


def _worded(said: Said | None, value: bool | None, yes: str, no: str) -> str | None:
    """A yes/no field in words as `_said` tells it; the words alone when no yes or no is read from
    them; None when the field is not given."""
    if value is None:
        return said.words if said is not None else None
    return _said(said, value, yes, no)


NO_FEE = "不收任何费用"
"""How an answer says a fee of 0 where the catalogue gives the figure alone."""


def legitimacy_facts(employer: Employer) -> list[Fact]:
    """Direct hire or agency, and what the worker pays to get the job."""
    out: list[Fact] = []
    hire = _worded(employer.said_of("direct_hire"), employer.direct_hire, "企业直招", "劳务派遣")
    if hire is not None:
        out.append(Fact("employer.direct_hire", hire))
    fee = employer.said_of("agency_fee")
    if fee is not None and fee.words.strip().lower() not in _BARE_YES_NO:
        out.append(Fact("employer.agency_fee", fee.words))  # 不收中介费, 中介费300元: as written
    elif employer.agency_fee is not None:
        text = NO_FEE if employer.agency_fee == 0 else f"需交费{employer.agency_fee}元"
        out.append(Fact("employer.agency_fee", text))
    return out
