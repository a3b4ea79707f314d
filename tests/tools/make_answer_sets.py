"""Write the answer sets tests/data/answers/*.jsonl: questions about the job on screen, each with
what its answer must state (words taken from the catalogue) or null when the catalogue lacks it.

Usage: ``python tests/tools/make_answer_sets.py`` — rewrites every set byte for byte (fixed seed).

Each facet has ways of asking it; the first ones make the development sets, the last ones (about a
third) the holdout sets, which are only ever measured, never tuned on. What an answer must state
is read here straight from the catalogue's fields, by rules written apart from the bot's own.
Bursts ask four to six different facets of one job at once; a few questions name another job.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.understand.placing import SECTIONS  # noqa: E402  (the path above comes first)
from catalog.load import load_catalog  # noqa: E402  (the path above comes first)
from catalog.models import Catalog, Job  # noqa: E402

Want = list[str] | None
Rule = Callable[[Catalog, Job], Want]


def _n(value: float | int) -> str:
    """A number as written (7000, 22.5)."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _free(c: Catalog, job: Job, words: tuple[str, ...], sections: tuple[str, ...] | None = None) -> Want:
    """Clauses of the job's free text (and the FAQ) holding one of `words`."""
    texts: list[str] = []
    for section in (*SECTIONS, "apply"):
        if sections is not None and section not in sections:
            continue
        model = getattr(job, section)
        if model is None:
            continue
        for name, value in model:
            if name == "said":
                continue
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, tuple):
                texts.extend(v for v in value if isinstance(v, str))
    found = []
    for text in texts:
        for clause in re.split(r"[，,；;。]", text):
            if any(w.lower() in clause.lower() for w in words):
                found.append(clause.strip())
                if clause.startswith("要"):
                    found.append("需" + clause.strip()[1:])
    employer = next(e for e in c.employers if e.id == job.employer)
    for faq in (*job.faq, *employer.faq, *c.faq):
        if any(w in faq.q for w in words):
            found.append(re.split(r"[，,；;。]", faq.a)[0])
    return found or None


def _field(section: str, name: str) -> Rule:
    """The text of a field, or null."""

    def rule(c: Catalog, job: Job) -> Want:
        model = getattr(job, section)
        value = getattr(model, name) if model is not None else None
        if value is None or value in ("", ()):
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return [_n(value)]
        return [str(value)]

    return rule


def pay_total(c: Catalog, job: Job) -> Want:
    """The pay range as figures."""
    pay = job.pay
    if pay is None or pay.min is None or pay.max is None:
        return None
    return [_n(pay.min) if pay.min == pay.max else f"{_n(pay.min)}-{_n(pay.max)}"]


def pay_base(c: Catalog, job: Job) -> Want:
    """Base pay, or a 保底 in the notes."""
    if job.pay is not None and job.pay.base is not None:
        return [_n(job.pay.base)]
    return _free(c, job, ("保底", "底薪"), ("pay",))


def pay_hourly(c: Catalog, job: Job) -> Want:
    """An hourly rate: only a job paid by the hour has one."""
    if job.pay is None or job.pay.unit != "hour":
        return None
    return pay_total(c, job)


def pay_piece(c: Catalog, job: Job) -> Want:
    """Piece or time rate, from the unit."""
    unit = job.pay.unit if job.pay else None
    return {"piece": ["计件"], "hour": ["小时"], "day": ["按天"]}.get(unit or "") or _free(
        c, job, ("计件", "计时"), ("pay",)
    )


def dorm_provided(c: Catalog, job: Job) -> Want:
    """包住 or 不包住."""
    if job.dorm is None or job.dorm.provided is None:
        return None
    return ["包住"] if job.dorm.provided else ["不包住", "不提供宿舍"]


def dorm_distance(c: Catalog, job: Job) -> Want:
    """How far the dorm is."""
    if job.dorm is None:
        return None
    if job.dorm.distance:
        return [job.dorm.distance]
    if job.dorm.distance_m is not None:
        return [f"{job.dorm.distance_m}米"]
    return None


def dorm_fee(c: Catalog, job: Job) -> Want:
    """Free, or the fee."""
    if job.dorm is None or job.dorm.fee is None:
        return None
    return ["免费"] if job.dorm.fee == 0 else [_n(job.dorm.fee)]


def dorm_couples(c: Catalog, job: Job) -> Want:
    """Rooms for couples, yes or no."""
    if job.dorm is None or job.dorm.couples is None:
        return _free(c, job, ("夫妻",), ("dorm",))
    return ["有夫妻房"] if job.dorm.couples else ["无夫妻房"]


def amenity(*names: str) -> Rule:
    """One amenity of the dorm, when listed (its absence from the list is not a fact)."""

    def rule(c: Catalog, job: Job) -> Want:
        items = job.dorm.amenities if job.dorm else ()
        found = [a for a in items if any(n.lower() in a.lower() for n in names)]
        return found or _free(c, job, names, ("dorm",))

    return rule


def dorm_allowance(c: Catalog, job: Job) -> Want:
    """The allowance for living outside."""
    if job.dorm is None or job.dorm.allowance is None:
        return None
    return [_n(job.dorm.allowance)]


def canteen_provided(c: Catalog, job: Job) -> Want:
    """Meals provided or not."""
    if job.canteen is None or job.canteen.provided is None:
        return None
    return ["食堂"] if job.canteen.provided else ["不包吃"]


def canteen_meals(c: Catalog, job: Job) -> Want:
    """Meals a day."""
    if job.canteen is None or not job.canteen.meals:
        return None
    return [f"{job.canteen.meals}餐"]


def canteen_cost(c: Catalog, job: Job) -> Want:
    """Free, or the cost of a meal."""
    if job.canteen is None or job.canteen.cost is None:
        return None
    return ["免费"] if job.canteen.cost == 0 else [_n(job.canteen.cost)]


def canteen_subsidy(c: Catalog, job: Job) -> Want:
    """The meal subsidy, or a 饭卡 in the note."""
    if job.canteen is not None and job.canteen.subsidy:
        return [_n(job.canteen.subsidy)]
    return _free(c, job, ("餐补", "饭补", "饭卡"), ("canteen",))


def breakfast(c: Catalog, job: Job) -> Want:
    """Breakfast: said in the notes, or three meals a day."""
    said = _free(c, job, ("早餐", "早饭"), ("canteen",))
    if said:
        return said
    if job.canteen is not None and job.canteen.meals is not None and job.canteen.meals >= 3:
        return [f"{job.canteen.meals}餐"]
    return None


def hours_daily(c: Catalog, job: Job) -> Want:
    """Hours a day."""
    if job.hours is None or job.hours.daily is None:
        return None
    return [f"{_n(job.hours.daily)}小时"]


def overtime_amount(c: Catalog, job: Job) -> Want:
    """How much overtime: the hours notes, else the hours a day."""
    return _free(c, job, ("加班",), ("hours",)) or hours_daily(c, job)


def age(c: Catalog, job: Job) -> Want:
    """The age range."""
    req = job.requirements
    if req is None or (req.age_min is None and req.age_max is None):
        return None
    if req.age_min is not None and req.age_max is not None:
        return [f"{req.age_min}-{req.age_max}岁"]
    return [f"{req.age_min or req.age_max}岁"]


def address(c: Catalog, job: Job) -> Want:
    """The address of the job, else of its employer."""
    if job.location is not None and job.location.address:
        return [job.location.address]
    employer = next(e for e in c.employers if e.id == job.employer)
    return [employer.address] if employer.address else None


def apply_how(c: Catalog, job: Job) -> Want:
    """The command to apply is always there."""
    return [f"报名{job.number}"]


def housing_fund(c: Catalog, job: Job) -> Want:
    """Housing fund, yes or no."""
    if job.insurance is None or job.insurance.housing_fund is None:
        return None
    return ["有公积金"] if job.insurance.housing_fund else ["无公积金"]


def agency_fee(c: Catalog, job: Job) -> Want:
    """What a worker pays: nothing, or the fee; the stream's FAQ may say it too."""
    employer = next(e for e in c.employers if e.id == job.employer)
    if employer.agency_fee == 0:
        return ["不收"]
    if employer.agency_fee:
        return [str(employer.agency_fee)]
    return _free(c, job, ("收费", "交钱", "要钱"))


def direct_hire(c: Catalog, job: Job) -> Want:
    """直招 or 派遣."""
    employer = next(e for e in c.employers if e.id == job.employer)
    if employer.direct_hire is None:
        return None
    return ["直招"] if employer.direct_hire else ["派遣"]


def never(c: Catalog, job: Job) -> Want:
    """A fact no catalogue here holds."""
    return None


def text(*words: str, sections: tuple[str, ...] | None = None) -> Rule:
    """Clauses of free text with one of `words`."""
    return lambda c, job: _free(c, job, words, sections)


# (rule, ways of asking: development first, then "|", then holdout)
FACETS: dict[str, tuple[Rule, str]] = {
    "pay.total": (
        pay_total,
        "工资多少 一个月能拿多少 综合工资多少 月薪多少 到手多少 薪资多少啊 工资怎么样 "
        "| 每个月大概能拿多少 收入怎么样 一个月挣多少钱",
    ),
    "pay.base": (pay_base, "底薪多少 保底工资多少 基本工资是多少 | 底薪有多少 无责底薪多少"),
    "pay.payday": (
        _field("pay", "payday"),
        "几号发工资 什么时候发工资 工资几号发 | 工资啥时候发 每个月哪天发工资",
    ),
    "pay.overtime": (_field("pay", "overtime"), "加班费怎么算 加班费多少 加班工资怎么算 | 加班算几倍"),
    "pay.hourly": (pay_hourly, "时薪多少 一小时多少钱 | 每小时多少钱"),
    "pay.full": (text("全勤", "满勤", sections=("pay",)), "有满勤奖吗 有全勤奖吗 | 满勤奖多少"),
    "pay.year_end": (text("年终", sections=("pay",)), "有年终奖吗 有没有年终奖 | 年底发年终奖不"),
    "pay.withhold": (text("押"), "押不押工资 押工资吗 | 会不会押工资"),
    "pay.piece": (pay_piece, "计件还是计时 是计件的吗 | 按件算还是按小时算"),
    "dorm.provided": (dorm_provided, "包住吗 有宿舍吗 管住吗 | 提供住宿吗"),
    "dorm.room": (_field("dorm", "room"), "宿舍几人间 宿舍住几个人 几个人一间 | 一个房间住几个人"),
    "dorm.distance": (dorm_distance, "宿舍离厂远吗 宿舍远不远 宿舍离车间多远 | 宿舍到车间走路多久"),
    "dorm.fee": (dorm_fee, "住宿要钱吗 住宿费多少 宿舍收费吗 | 住宿舍要交钱吗"),
    "dorm.couples": (dorm_couples, "有夫妻房吗 有没有夫妻房 夫妻可以住一起吗 | 两口子能一起住吗"),
    "dorm.wifi": (amenity("wifi"), "宿舍有wifi吗 宿舍有网吗 | 宿舍能上网吗"),
    "dorm.aircon": (amenity("空调"), "宿舍有空调吗 | 宿舍空调有没有"),
    "dorm.hotwater": (amenity("热水"), "宿舍有热水吗 | 有热水洗澡吗"),
    "dorm.bathroom": (amenity("卫浴", "卫生间"), "宿舍有独立卫生间吗 | 有独卫吗"),
    "dorm.cooking": (text("做饭", "开火"), "宿舍能做饭吗 宿舍可以自己煮饭吗 | 宿舍让开火吗"),
    "dorm.allowance": (dorm_allowance, "不住宿舍有补贴吗 外宿有补贴吗 | 自己租房有房补吗"),
    "dorm.pets": (never, "宿舍能养猫吗 | 宿舍可以养宠物吗"),
    "canteen.provided": (canteen_provided, "包吃吗 管饭吗 有食堂吗 | 公司管吃吗"),
    "canteen.meals": (canteen_meals, "一天几顿饭 管几餐 | 每天管几顿"),
    "canteen.cost": (canteen_cost, "吃饭要钱吗 伙食费多少 吃饭收费吗 | 食堂吃饭贵不贵"),
    "canteen.subsidy": (canteen_subsidy, "有餐补吗 餐补多少 | 饭补有多少"),
    "canteen.halal": (text("清真"), "有清真窗口吗 有清真餐吗 | 食堂有清真的吗"),
    "canteen.breakfast": (breakfast, "早餐管吗 包早饭吗 | 有早餐吗"),
    "canteen.night": (text("夜宵", "宵夜"), "有夜宵吗 | 夜班管夜宵吗"),
    "canteen.stirfry": (never, "食堂有小炒吗 | 食堂能点小炒吗"),
    "hours.shift": (_field("hours", "shift"), "倒班吗 是两班倒吗 上白班还是夜班 | 要上夜班吗"),
    "hours.daily": (hours_daily, "一天上几个小时 每天干多久 | 一天工作几小时"),
    "hours.rest": (_field("hours", "rest"), "一个月休几天 上几休几 双休吗 可以调休吗 | 休息几天"),
    "hours.clock": (text("点", sections=("hours",)), "几点上班 几点下班 | 上下班时间是几点"),
    "hours.overtime": (overtime_amount, "加班多不多 每天加班吗 | 加班多吗"),
    "requirements.age": (age, "年龄要求多少 多大年龄可以 | 岁数有要求吗"),
    "requirements.education": (_field("requirements", "education"), "学历要求 要什么学历 | 对学历有要求吗"),
    "requirements.gender": (_field("requirements", "gender"), "男女都要吗 女的可以吗 | 收女工吗"),
    "requirements.experience": (
        _field("requirements", "experience"),
        "要经验吗 没经验可以吗 新手能干吗 | 没干过可以吗",
    ),
    "requirements.tattoo": (text("纹身"), "有纹身可以吗 纹身能进吗 | 身上有纹身行不行"),
    "requirements.medical": (text("体检"), "要体检吗 需要体检吗 | 入职要体检吗"),
    "requirements.health": (text("健康证"), "需要健康证吗 要办健康证吗 | 健康证要自己办吗"),
    "requirements.forklift": (text("叉车证"), "需要叉车证吗 要叉车证吗 | 没有叉车证能干吗"),
    "requirements.colour": (text("色盲", "色弱"), "色盲可以吗 | 色弱能干吗"),
    "requirements.computer": (
        text("电脑", "excel", "Excel", sections=("requirements",)),
        "要会电脑吗 | 不会电脑行吗",
    ),
    "location.address": (address, "在哪里 地址在哪 具体位置在哪 | 厂在什么地方"),
    "location.transport": (
        _field("location", "transport"),
        "怎么过去 坐地铁能到吗 | 交通方便吗 坐什么车过去",
    ),
    "location.pickup": (_field("location", "pickup"), "接站吗 有人来接吗 | 到了车站有人接吗"),
    "location.parking": (never, "有停车位吗 | 厂里能停车吗"),
    "apply.how": (apply_how, "怎么报名 怎么应聘 | 如何报名"),
    "apply.interview": (_field("apply", "interview"), "怎么面试 面试在哪 | 什么时候面试"),
    "apply.start": (_field("apply", "start"), "什么时候能入职 多久能上班 | 哪天可以入职"),
    "insurance.social": (_field("insurance", "social"), "有社保吗 交五险吗 买保险吗 | 社保什么时候交"),
    "insurance.fund": (housing_fund, "有公积金吗 交公积金吗 | 公积金有没有"),
    "prospects.path": (_field("prospects", "path"), "有晋升空间吗 能升职吗 | 以后发展怎么样"),
    "prospects.training": (_field("prospects", "training"), "有培训吗 有人带吗 | 新手有人教吗"),
    "duties.content": (_field("duties", "content"), "具体做什么 干什么活 | 工作内容是什么"),
    "duties.intensity": (_field("duties", "intensity"), "累不累 辛苦吗 | 活重不重"),
    "duties.posture": (_field("duties", "posture"), "站着还是坐着 要一直站吗 | 是坐班吗"),
    "duties.cleanroom": (text("无尘"), "要穿无尘服吗 | 是无尘车间吗"),
    "legitimacy.fee": (agency_fee, "收中介费吗 报名要交钱吗 | 要不要交费"),
    "legitimacy.direct": (direct_hire, "是直招吗 是中介吗 | 是不是派遣"),
}


def _ways(spec: str) -> tuple[list[str], list[str]]:
    """Development and holdout ways of asking one facet."""
    dev, _, hold = spec.partition("|")
    return dev.split(), hold.split()


def _row(
    c: Catalog, job: Job, text: str, rule: Rule, featured: Job | None = None, burst: str | None = None
) -> dict[str, object]:
    """One labelled question (naming `job` when another one is featured)."""
    row: dict[str, object] = {"featured": (featured or job).id, "text": text, "state": rule(c, job)}
    if burst is not None:
        row["burst"] = burst
    return row


def make(c: Catalog, seed: int, holdout: bool) -> list[dict[str, object]]:
    """Every facet asked in each of its ways about rotating jobs, then a few named jobs, then bursts."""
    rng = random.Random(seed)
    jobs = list(c.jobs)
    rows: list[dict[str, object]] = []
    pool: list[tuple[str, str, Rule]] = []
    for facet, (rule, spec) in FACETS.items():
        dev, hold = _ways(spec)
        ways = hold if holdout else dev
        for way in ways:
            for job in rng.sample(jobs, 3):
                rows.append(_row(c, job, way, rule))
            pool.append((facet, way, rule))
    for _, way, rule in rng.sample(pool, min(len(pool), 12)):
        job, featured = rng.sample(jobs, 2)
        rows.append(_row(c, job, f"{job.number}号{way}", rule, featured))
    for b in range(8 if holdout else 24):
        job = rng.choice(jobs)
        size = rng.choice((4, 5, 6))
        picked: dict[str, tuple[str, Rule]] = {}
        for facet, way, rule in rng.sample(pool, len(pool)):
            if len(picked) < size and facet not in picked:
                picked[facet] = (way, rule)
        for way, rule in picked.values():
            rows.append(_row(c, job, way, rule, burst=f"b{b}"))
    return rows


def main() -> None:
    """Write the development and holdout sets for two catalogues, and a holdout set on a third
    catalogue that no answer was ever tuned on."""
    out = ROOT / "tests" / "data" / "answers"
    out.mkdir(parents=True, exist_ok=True)
    sets = {
        "seed": (ROOT / "seeds" / "catalog.yaml", 11),
        "dev2": (ROOT / "tests" / "data" / "labelled" / "dev2_catalog.yaml", 22),
    }
    sets["holdcat"] = (ROOT / "tests" / "data" / "labelled" / "holdout_catalog.yaml", 33)
    for name, (path, seed) in sets.items():
        catalog = load_catalog(path)
        for holdout in (False, True) if name != "holdcat" else (True,):
            rows = make(catalog, seed + holdout, holdout)
            target = out / f"{name}_{'holdout' if holdout else 'dev'}.jsonl"
            target.write_text(
                "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows),
                encoding="utf-8",
            )
            print(f"{target}: {len(rows)} questions")


if __name__ == "__main__":
    main()
