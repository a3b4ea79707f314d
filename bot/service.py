"""The service figure: what share of askers a narrow send pipe serves within 30 s.

A synthetic burst of questions — most about the featured job, some about earlier jobs by number,
many people asking the same thing in their own words — goes through the room under a platform
profile. An asker counts as served when a post names them, or a post answers their exact
question within the limit after they asked: a post that names someone who asked the same fact
of the same job (工资多少 and 到手多少钱 ask one fact; 包住吗 and 宿舍几人间 ask two facts of one
topic, and a post telling one does not answer the other). The same burst goes through a plain
first-in-first-out queue that answers one asker's question per post under the same limits.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass

from bot.events import Ack, Comment, Feature, Post, Tick, User
from bot.profiles import Profile
from bot.room import Room
from catalog.models import Catalog

PHRASES: dict[str, tuple[str, ...]] = {
    "pay": (
        "工资多少",
        "工资多少啊",
        "gz多少",
        "薪資多少",
        "一个月能拿多少",
        "工资怎么样",
        "到手多少钱",
        "工资工资",
    ),
    "dorm": ("包住吗", "宿舍几人间", "宿舍离厂区多远", "住宿怎么样", "宿社几人间", "有宿舍吗"),
    "canteen": ("包吃吗", "食堂怎么样", "伙食怎么样", "吃饭要钱吗", "有食堂吗"),
    "hours": ("上班时间多久", "两班倒吗", "要上夜班吗", "几点上班", "休息几天"),
    "insurance": ("有五险一金吗", "交社保吗", "wxyj有吗", "买保险吗"),
    "location": ("在哪里", "地址在哪", "厂在哪", "有接站吗"),
    "duties": ("累不累", "做什么的", "站着还是坐着"),
}
FACTS: dict[str, str] = {
    "宿舍几人间": "room size",
    "宿社几人间": "room size",
    "宿舍离厂区多远": "distance",
    "吃饭要钱吗": "meal cost",
    "上班时间多久": "length",
    "几点上班": "clock",
    "两班倒吗": "shifts",
    "要上夜班吗": "shifts",
    "休息几天": "days off",
    "有接站吗": "pickup",
    "累不累": "effort",
    "做什么的": "work",
    "站着还是坐着": "posture",
}
"""The fact a phrase asks when it is narrower than its topic; every other phrase asks the topic's
first fact (is there a dorm, is there a canteen, the pay, the insurance, the address)."""
WEIGHTS: dict[str, int] = {
    "pay": 30,
    "dorm": 22,
    "canteen": 14,
    "hours": 12,
    "insurance": 8,
    "location": 8,
    "duties": 6,
}


@dataclass(frozen=True, slots=True)
class Ask:
    """One synthetic asker: when, which comment, and the question (job, intent) they mean."""

    ts: float
    comment: Comment
    job: str
    intent: str
    fact: str = ""
    """What exactly is asked within the topic (see FACTS); empty for the topic's first fact."""


def burst(
    catalog: Catalog,
    featured: str,
    askers: int = 600,
    seconds: float = 120.0,
    seed: int = 7,
    start: float = 1_763_600_000.0,
) -> list[Ask]:
    """A question burst right after a job is featured: 88% about it, the rest naming by number one
    of the three jobs featured before it."""
    rng = random.Random(seed)
    jobs = [j for j in catalog.jobs if j.id != featured][:3]
    intents = list(WEIGHTS)
    weights = [WEIGHTS[i] for i in intents]
    out: list[Ask] = []
    times = sorted(rng.uniform(0, seconds) for _ in range(askers))
    for n, t in enumerate(times):
        intent = rng.choices(intents, weights)[0]
        phrase = rng.choice(PHRASES[intent])
        if rng.random() < 0.88:
            job_id, text = featured, phrase
        else:
            other = rng.choice(jobs)
            job_id, text = other.id, f"{other.number}号{phrase}"
        comment = Comment(f"q-{n}", start + t, User(f"v-{n}", f"观众{n}"), text)
        out.append(Ask(start + t, comment, job_id, intent, FACTS.get(phrase, "")))
    return out


def served(asks: list[Ask], posts: list[Post], limit: float = 30.0) -> float:
    """Share of askers named by a post, or whose exact question (the same fact of the same job) a
    post answered by naming someone who asked it, within `limit` after they asked."""
    if not asks:
        return 0.0
    by_id = {ask.comment.id: ask for ask in asks}
    by_question: dict[tuple[str, str, str], list[float]] = {}
    named: dict[str, float] = {}
    for post in posts:
        for cid in post.reply_to:
            named.setdefault(cid, post.ts)
            ask = by_id.get(cid)
            if ask is not None:
                by_question.setdefault((ask.job, ask.intent, ask.fact), []).append(post.ts)
    ok = 0
    for ask in asks:
        t = named.get(ask.comment.id)
        if t is not None and t - ask.ts <= limit:
            ok += 1
            continue
        times = by_question.get((ask.job, ask.intent, ask.fact), ())
        if any(0 <= p - ask.ts <= limit for p in times):
            ok += 1
    return ok / len(asks)


def run_bot(room: Room, featured: str, asks: list[Ask], tail: float = 40.0) -> list[Post]:
    """The burst through the room, ticking every half second, every post acked at once."""
    posts: list[Post] = []
    start = asks[0].ts - 30.0 if asks else 0.0

    def feed(event: Feature | Comment | Tick, now: float) -> None:
        for action in room.handle(event, now):
            if isinstance(action, Post):
                posts.append(action)
                room.handle(Ack(now, action.id, True), now)

    feed(Feature(start, featured), start)
    t = start
    pending = deque(asks)
    end = (asks[-1].ts if asks else start) + tail
    while t < end:
        t += 0.5
        while pending and pending[0].ts <= t:
            ask = pending.popleft()
            feed(ask.comment, ask.ts)
        feed(Tick(t), t)
    first = asks[0].ts if asks else start
    return [p for p in posts if p.ts >= first]


def run_fifo(asks: list[Ask], profile: Profile) -> list[Post]:
    """One post per asker, oldest first, one post per profile interval; the baseline."""
    posts: list[Post] = []
    queue = deque(asks)
    t = asks[0].ts if asks else 0.0
    n = 0
    while queue:
        ask = queue.popleft()
        t = max(t, ask.ts)
        n += 1
        posts.append(Post(t, f"f-{n}", "answer", "", ask.job, (ask.intent,), (ask.comment.id,)))
        t += profile.interval
    return posts
