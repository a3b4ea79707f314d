"""A synthetic stream at any scale, for the benchmark.

Questions of every intent in varied forms (many repeated, as real streams repeat them), chatter
from the real Bilibili danmaku beside the project when that folder exists (else a built-in list),
applications, poll answers, enters and featured-job switches every few minutes.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

import orjson

from catalog.models import Catalog

QUESTIONS: dict[str, tuple[str, ...]] = {
    "pay": (
        "工资多少",
        "gz多少",
        "薪資多少",
        "一个月到手多少",
        "底薪多少",
        "几号发工资",
        "工资工资工资",
        "{n}号工资多少？？",
        "时薪多少",
    ),
    "dorm": (
        "包住吗",
        "宿社几人间",
        "宿舍离厂区多远",
        "宿舍有空调吗",
        "有夫妻房吗",
        "{n}号宿舍远吗",
        "包吃住吗💰",
    ),
    "canteen": ("包吃吗", "食堂怎么样", "伙食好不好", "吃饭要钱吗", "有餐补吗", "{n}号食堂怎么样"),
    "prospects": ("有发展吗", "能学技术吗", "有培训吗", "能晋升吗"),
    "hours": ("上班时间多久", "两班倒吗", "要上夜班吗", "单休还是双休", "加班多不多", "{n}号是长白班吗"),
    "duties": ("累不累", "做什么的", "站着还是坐着", "要穿无尘服吗", "{n}号累不累"),
    "insurance": ("有五险一金吗", "交社保吗", "wxyj有吗", "买不买保险"),
    "location": ("在哪里", "地址在哪", "有班车吗", "接站吗", "离市区远吗"),
    "requirements": ("多大年龄可以", "要什么学历", "有纹身可以吗", "女的要吗", "没经验能干吗"),
    "apply": ("怎么报名", "怎么面试", "什么时候能入职", "面试要带什么"),
    "jobs": ("有苏州的吗", "有长白班的吗", "有没有坐着干的", "有包吃住的厂吗", "有轻松点的吗"),
    "legitimacy": ("正规吗", "是中介吗", "收不收中介费", "是直招吗", "要押金吗"),
}
CHATTER: tuple[str, ...] = (
    "666",
    "来了来了",
    "主播好",
    "哈哈哈哈",
    "绷不住了",
    "蚌埠住了",
    "打卡",
    "前排",
    "晚上好",
    "我在昆山",
    "两班倒太累了",
    "宿舍真不错",
    "工资太低了吧",
    "好家伙",
    "啊这",
    "笑死",
    "[doge]",
    "😂😂",
    "下班了",
    "刚下夜班",
)
NAMES: tuple[str, ...] = (
    "打工人",
    "昆山阿强",
    "小王",
    "宝妈",
    "职校生",
    "螺丝钉",
    "老李",
    "CN",
    "🍉",
    "bili_",
)


def real_chatter(shared: Path, limit: int = 50_000) -> list[str]:
    """Chatter lines from the real Bilibili live danmaku, when that data is beside the project."""
    lines: list[str] = []
    folder = shared / "bilibili-live"
    if not folder.is_dir():
        return lines
    for path in sorted(folder.glob("*_type*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                text = (row.get("_content") or "").strip()
                if text:
                    lines.append(text)
                if len(lines) >= limit:
                    return lines
    return lines


def frames(
    catalog: Catalog,
    comments: int,
    rate: float = 70.0,
    seed: int = 11,
    chatter: list[str] | None = None,
    start: float = 1_763_600_400.0,
) -> Iterator[dict[str, object]]:
    """Room -> bot frames of a stream with `comments` comments at about `rate` a second."""
    rng = random.Random(seed)
    jobs = list(catalog.jobs)
    pool = chatter or list(CHATTER)
    intents = list(QUESTIONS)
    # A real stream repeats: most questions come from a small set of phrasings.
    hot = [(i, q) for i in intents for q in QUESTIONS[i]]
    users = max(200, comments // 20)
    t = start
    featured = jobs[0]
    yield {"type": "feature", "ts": t, "job": featured.id}
    next_switch = t + 180.0
    for n in range(comments):
        t += rng.expovariate(rate)
        if t >= next_switch:
            featured = rng.choice(jobs)
            yield {"type": "feature", "ts": t, "job": featured.id}
            next_switch = t + rng.uniform(120.0, 300.0)
        u = rng.randrange(users)
        user = {"id": f"u-{u}", "name": f"{NAMES[u % len(NAMES)]}{u}"}
        roll = rng.random()
        if roll < 0.5:
            text = rng.choice(pool)
        elif roll < 0.96:
            _, phrase = rng.choice(hot)
            number = featured.number if rng.random() < 0.7 else rng.choice(jobs).number
            text = phrase.replace("{n}", str(number))
        elif roll < 0.99:
            text = f"报名{featured.number if rng.random() < 0.8 else rng.choice(jobs).number}"
        else:
            text = rng.choice(("扣1", "1", "扣2"))
        yield {"type": "comment", "id": f"c-{n}", "ts": round(t, 3), "user": user, "text": text}
        if n % 25 == 0:
            yield {"type": "enter", "ts": round(t, 3), "user": user}
        if n % 500 == 0:
            yield {"type": "viewers", "ts": round(t, 3), "count": 5000 + (n // 500) % 7000}
    yield {"type": "end", "ts": round(t + 1.0, 3)}


def write_stream(path: Path, catalog: Catalog, comments: int, **kw: object) -> Path:
    """Write a synthetic recording as jsonl."""
    with path.open("wb") as fh:
        for frame in frames(catalog, comments, **kw):  # type: ignore[arg-type]
            fh.write(orjson.dumps(frame) + b"\n")
    return path


def understand_lines(
    catalog: Catalog, count: int, chatter: list[str] | None = None, seed: int = 5
) -> list[tuple[str, str | None]]:
    """(text, featured) pairs as a realistic stream gives them to `daigang understand`."""
    out: list[tuple[str, str | None]] = []
    for frame in frames(catalog, count, seed=seed, chatter=chatter):
        if frame["type"] == "comment":
            out.append((str(frame["text"]), None))
    featured = catalog.jobs[0].id
    return [(t, featured) for t, _ in out]
