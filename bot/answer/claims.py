"""Which of a comment's topics its words really ask: one word is one question, never two.

The understanding may give a comment several topics from the same words: 加班钱怎么算 reads as
hours (加班) and pay (加班钱), 吃饭要钱吗 as canteen and legitimacy (要钱). Answering each would
tell the asker a fact they never asked (the day's hours, the agency fee). Here each topic claims
its words: the cue of the facet asked and the topic's own general words. A topic whose words are
all another topic's (inside that topic's facet words, or its cue shared with that topic's cue),
while some other topic has words of its own, is dropped: its words were the other topic's
question. Topics with words of their own (工资多少 包住吗, 包吃住, 加班多吗 加班费多少) all stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.answer.asked import GENERAL, MONEY_ASKED, MONEY_FACETS
from bot.answer.facets import BESIDES, BY_KEY, facet_in
from bot.kept.regexes import compiled


def _found(text: str, words: Iterable[str]) -> list[range]:
    """Every occurrence of any of `words` in `text`, as the range of positions it covers."""
    out: list[range] = []
    for word in words:
        if not word:
            continue
        start = text.find(word)
        while start >= 0:
            out.append(range(start, start + len(word)))
            start = text.find(word, start + 1)
    return out


@dataclass(frozen=True, slots=True)
class Claim:
    """What in a comment asks about one topic: the cue of the facet asked, the topic's general
    words, and every position the facet's words cover (its cue and its marks)."""

    cues: tuple[range, ...]
    general: tuple[range, ...]
    covers: frozenset[int]


def claim(topic: str, text: str) -> Claim:
    """The words of `text` (normalised, lower-case) that ask about `topic`."""
    facet = facet_in(topic, text)
    cues = _found(text, facet.cues) if facet is not None else []
    # 夜班有补贴吗 还是只有餐补: the bare 补贴 is not the canteen's when its own 餐补 is there.
    cues = [r for r in cues if text[r.start : r.stop] not in ALLOWANCE] or cues
    marks = _found(text, facet.words) if facet is not None else []
    covers = frozenset(i for r in (*cues, *marks) for i in r)
    return Claim(tuple(cues), tuple(_found(text, GENERAL.get(topic, ()))), covers)


def _lost_cues(claims: dict[str, Claim]) -> dict[str, int]:
    """How many of each topic's cue occurrences belong to another topic's cue. Longer cues are
    read first, and of two as long the later one (a question's object comes last: 加班有加班费没
    asks 加班费, not 有加班); a cue crossing one read before is lost, and the very same span
    read for two topics (要钱 of 吃饭要钱吗) is lost to both."""
    found = sorted(
        ((t, r) for t, c in claims.items() for r in c.cues),
        key=lambda tr: (-len(tr[1]), -tr[1].start),
    )
    kept: list[tuple[str, range]] = []
    lost = dict.fromkeys(claims, 0)
    for topic, r in found:
        clash = [(t, k) for t, k in kept if t != topic and set(r) & set(k)]
        if not clash:
            kept.append((topic, r))
            continue
        lost[topic] += 1
        for t, k in clash:
            if k == r:
                lost[t] += 1
    return lost


def _borrowed(mine: Claim, lost: int, others: list[Claim]) -> bool:
    """Whether all of a topic's words are other topics' words: each general word inside another
    topic's facet words (加班 inside 加班钱), each cue lost to another topic's cue."""
    covered = frozenset().union(*(o.covers for o in others))
    return all(set(r) <= covered for r in mine.general) and lost >= len(mine.cues)


_AGENCY = (
    "中介",
    "押金",
    "服务费",
    "报名费",
    "介绍费",
    "正规",
    "靠谱",
    "骗",
    "直招",
    "派遣",
    "劳务",
    "外包",
    "合同",
)
"""Words that ask about the agency itself; with another topic's words and none of these, 要钱
and 收费 ask what that other thing costs."""


def _only_money(text: str) -> bool:
    """Whether a legitimacy question asks only what something costs (体检要钱吗 asks the cost of
    the check-up, not the agency's fee): no word about the agency itself. A deposit said of a
    thing (工作服要押金吗, 宿舍押金多少) is that thing's cost, not the agency's."""
    text = _THING_DEPOSIT.sub(lambda m: m.group(1) + "钱", text) if _deposit_of_thing(text) else text
    return not any(w in text for w in (*_AGENCY, *GENERAL["legitimacy"]))


_THING_DEPOSIT = compiled(r"([\u4e00-\u9fff]{2,3}?)(?:要|需要|得|还要|也要|交|收|有)?押金")
"""A deposit with the word before it (工作服要押金, 宿舍押金)."""
_HELD_THINGS = tuple("卡服鞋帽衣柜牌匙")
"""The last character of things a deposit is taken for (饭卡, 工服, 钥匙)."""
_OWN_THINGS = ("dorm", "canteen", "duties", "requirements", "location")
"""Topics whose things may be held against a deposit (the dorm, a meal card, the uniform)."""


def _deposit_of_thing(text: str) -> bool:
    """Whether a deposit asked is said of a thing of another topic named just before it."""
    found = _THING_DEPOSIT.search(text)
    if found is None:
        return False
    if found.group(1).endswith(_HELD_THINGS):
        return True  # 饭卡押金, 工牌押金: a card, a garment, a key held against the deposit
    before = text[: found.start(1) + len(found.group(1))]
    return any(
        facet_in(topic, before) is not None or any(w in before for w in GENERAL[topic] if len(w) >= 2)
        for topic in _OWN_THINGS
    )


def asked_topics(intents: Sequence[str], text: str) -> tuple[str, ...]:
    """The intents a comment's words ask, in their order. A topic whose words are all other
    topics' words (see `_borrowed`) is left out when some other topic has words of its own.
    Intents that are no topic (jobs, other) always stay, and so does a topic with no words here
    at all (the understanding alone knows why it is there)."""
    lowered = text.lower()
    topics = [i for i in intents if i in GENERAL]
    if len(topics) == 1:
        owner = _cost_owner(topics[0], lowered)
        return tuple(owner if i == topics[0] else i for i in intents) if owner else tuple(intents)
    if len(topics) < 2:
        return tuple(intents)
    claims = {t: claim(t, lowered) for t in topics}
    said = {t: bool(c.cues or c.general) for t, c in claims.items()}
    lost = _lost_cues(claims)
    borrowed = {t: _borrowed(claims[t], lost[t], [claims[u] for u in topics if u != t]) for t in topics}
    dropped = (
        {t for t in topics if t == "legitimacy" and _only_money(lowered)}
        if any(claims[u].general or claims[u].cues for u in topics if u != "legitimacy")
        else set()
    )
    dropped |= {
        t
        for t in topics
        if said[t] and borrowed[t] and any(said[u] and not borrowed[u] for u in topics if u != t)
    }
    dropped |= _allowance_of(topics, claims, lowered)
    dropped |= _fee_of_thing(topics, lowered)
    dropped |= _price_of(topics, lowered)
    return tuple(i for i in intents if i not in dropped)


def _fee_of_thing(topics: list[str], text: str) -> set[str]:
    """What applying costs, read from 要钱 said right after another topic's thing, is that thing's
    cost: 入职体检要钱吗 asks what the check-up costs (apply is left out), not the agency's fee."""
    if "apply" not in topics or facet_in("apply", text) != BY_KEY["apply.fee"]:
        return set()
    money = MONEY_ASKED.search(text)
    if money is None:
        return set()
    before = text[: money.start()]
    for other in topics:
        if other in ("apply", "legitimacy", "pay"):
            continue
        facet = facet_in(other, before)
        if facet is not None and any(before.endswith(c) or before[:-1].endswith(c) for c in facet.cues):
            return {"apply"}
    return set()


ALLOWANCE = ("补贴", "津贴", "补助")
"""Words that ask for money paid on top of something named beside them."""

_OWN_ALLOWANCE = ("dorm", "canteen")
"""Topics with an allowance of their own (外宿补贴, 餐补)."""

_CLAUSE = compiled(
    r"[\s，,。；;！!？?]+|(?<=[吗呢呀啊])(?=还有)|然后|"
    + BESIDES
    + r"|还有就是|顺便问一下|顺便问下|再问一下|再问下"
)
"""What separates two questions of one line: punctuation, a closing particle before 还有, or the
words voice input joins them with (一个月能拿多少钱啊还有就是包不包住)."""


def _allowance_of(topics: list[str], claims: dict[str, Claim], text: str) -> set[str]:
    """An allowance asked in the same clause as another topic's words is one question: 外宿有补贴吗
    asks the dorm's allowance (pay is left out), 上夜班有补贴吗 asks pay's night allowance (hours
    is left out, its 夜班 names the allowance)."""
    if "pay" not in topics:
        return set()
    for clause in _CLAUSE.split(text):
        if not any(w in clause for w in ALLOWANCE):
            continue
        others = [t for t in topics if t != "pay" and any(w in clause for w in GENERAL.get(t, ()))]
        others += [
            t for t in topics if t != "pay" and t not in others and claims[t].cues and _cue_in(t, clause)
        ]
        if not others:
            continue
        if any(t in _OWN_ALLOWANCE for t in others):
            return {"pay"}
        return set(others)
    return set()


def _cue_in(topic: str, clause: str) -> bool:
    """Whether a clause holds a cue of the topic's facets other than the word of allowance itself
    (药厂夜班有补贴吗 holds no word of the canteen: its 补贴 is the allowance asked)."""
    facet = facet_in(topic, clause)
    return facet is not None and any(c in clause and c not in ALLOWANCE for c in facet.cues)


_MORE_MONEY = compiled(r"扣钱|扣不扣|扣多少|免费|贵不贵|便宜|付钱|刷卡|收不收")
"""Words of money that name no thing of their own (迟到扣钱吗 asks nothing of the canteen)."""


_OWN_FEES = ("学费", "培训费", "中介费", "介绍费", "服务费")
"""Fees named for what they are: the money a question about them asks is the fee's own."""


_PAY_NAMED = ("工资", "薪资", "薪水", "底薪", "工价", "时薪", "月薪", "日薪")
"""Words naming the wages themselves: money asked beside them is the pay's own."""


def _cost_owner(topic: str, text: str) -> str | None:
    """The topic whose thing a question about money alone asks the cost of: 工服要钱吗, read as
    the agency's fee, asks what the uniform costs (duties); 电费几毛一度, read as pay, asks what
    the dorm's power costs. None when the money is the topic's own (工资多少, 是中介吗)."""
    if topic == "legitimacy" and (not _only_money(text) or any(f in text for f in _OWN_FEES)):
        return None  # 学徒收不收学费: a fee by its own name is the fee itself, whoever pays it
    if topic == "legitimacy" and MONEY_ASKED.search(text) is None:
        return None  # 离职要提前多久说 asks no price: the quitting rule is no other topic's cost
    own = facet_in("legitimacy", text) if topic == "legitimacy" else None
    if own is not None and own.key != "legitimacy.agency_fee":
        return None  # 返费怎么算 asks the rebate itself
    if topic == "pay" and facet_in("pay", text) is not None:
        return _allowance_owner(text) if facet_in("pay", text) == BY_KEY["pay.allowance"] else None
    if topic not in ("pay", "legitimacy"):
        return None
    if topic == "pay" and any(w in text for w in _PAY_NAMED):
        return None  # 帮我老公问 … 这个工资是怎么算的: the wages named are asked, not a couples' room
    thing = _MORE_MONEY.sub(" ", MONEY_ASKED.sub(" ", text))
    if topic == "pay":
        # 我老公干过机长 你们机长一个月给多少: one's spouse named asks no couples' room's price.
        thing = _SPOUSE.sub(" ", thing)
    for other in GENERAL:
        if other in (topic, "legitimacy", "pay"):
            continue
        facet = facet_in(other, thing)
        if facet is not None and (topic == "legitimacy" or facet.key in MONEY_FACETS):
            return other
    return None


_SPOUSE = compiled(r"老公|老婆|媳妇|对象|男人|爱人")
"""One's spouse, named by the couples' room's cues."""
_PRICE = compiled(r"多少|几|好多|几多|钱|价")
"""Words asking a price (没有: 夜班有补贴吗 还是只有餐补 asks no price of the canteen)."""

PAY_NOUNS = ("工资", "薪", "收入", "挣", "赚", "到手", "待遇", "底薪", "工价", "提成", "奖")
"""Words that name pay itself: with one of them a price asked is the pay."""


def _price_of(topics: list[str], text: str) -> set[str]:
    """A price asked right after another topic's thing is that thing's cost: 住宿多少钱一个月 asks
    the dorm's fee (pay, read from 多少钱一个月, is left out) unless pay is named (工资多少 住宿多少钱)."""
    if "pay" not in topics or any(w in text for w in PAY_NOUNS) or not _PRICE.search(text):
        return set()
    for clause in _CLAUSE.split(text):
        for other in topics:
            if other == "pay":
                continue
            facet = facet_in(other, clause)
            named = any(w in clause for w in GENERAL.get(other, ()))
            if facet is not None and not named:
                # 夫妻房多少钱一个月: the facet's own word (夫妻) names the thing priced.
                named = any(c in clause and not MONEY_ASKED.search(c) for c in facet.cues)
            if facet is not None and facet.key in MONEY_FACETS and named:
                return {"pay"}
    return set()


def _allowance_owner(text: str) -> str | None:
    """The dorm or canteen whose allowance a question read as pay alone asks (吃饭有补贴吗 asks
    the meal allowance, 住外面有补贴吗 the dorm's), when the same clause names it."""
    for clause in _CLAUSE.split(text):
        if any(w in clause for w in ALLOWANCE):
            for topic in _OWN_ALLOWANCE:
                if any(w in clause for w in GENERAL[topic]):
                    return topic
    return None


def first_asked(topics: Sequence[str], text: str) -> str | None:
    """Of a line asking several topics in separate clauses (叉车夜班有补贴没 宿舍有空调不), the topic
    the first clause asks, when every other topic's words lie in later clauses only; None when the
    topics share a clause or one has no words here."""
    asked = [t for t in topics if t in GENERAL]
    if len(asked) < 2:
        return None
    lowered = text.lower()
    cuts = [0, *(i for m in _CLAUSE.finditer(lowered) for i in (m.start(), m.end())), len(lowered)]
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b > a]
    if len(spans) < 2:
        return None
    clause_of: dict[str, set[int]] = {}
    for topic in asked:
        found = claim(topic, lowered)
        starts = [r.start for r in (*found.cues, *found.general)]
        if not starts:
            return None
        # A word opening inside the words joining two clauses (外 of 另外) is theirs, not a topic's.
        within = {i for s in starts for i, (a, b) in enumerate(spans) if a <= s < b}
        if not within:
            return None
        clause_of[topic] = within
    first = min(asked, key=lambda t: min(clause_of[t]))
    if any(min(clause_of[t]) <= max(clause_of[first]) for t in asked if t != first):
        return None
    return first
