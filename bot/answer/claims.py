"""Which of a comment's topics its words really ask: one word is one question, never two.

The understanding may give a comment several topics from the same words: 加班钱怎么算 reads as
hours (加班) and pay (加班钱), 吃饭要钱吗 as canteen and legitimacy (要钱). Answering each would
tell the asker a fact they never asked (the day's hours, the agency fee). Here each topic claims
the characters of its evidence: the cue and the words of the facet asked, and the topic's own
general words. A topic whose every claimed character lies inside another topic's facet words,
while some other topic has a character of its own, is dropped: its words were the other topic's
question. Topics with words of their own (工资多少 包住吗, 包吃住) all stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.answer.asked import GENERAL
from bot.answer.facets import facet_in


def _spans(text: str, words: Iterable[str]) -> set[int]:
    """The positions of `text` covered by any occurrence of any of `words`."""
    covered: set[int] = set()
    for word in words:
        if not word:
            continue
        start = text.find(word)
        while start >= 0:
            covered.update(range(start, start + len(word)))
            start = text.find(word, start + 1)
    return covered


def evidence(topic: str, text: str) -> tuple[set[int], set[int]]:
    """The characters of `text` (normalised, lower-case) that ask about `topic`: all of them, and
    those of the facet asked alone (its cue and words, not the topic's general words)."""
    facet = facet_in(topic, text)
    specific = _spans(text, (*facet.cues, *facet.words)) if facet is not None else set()
    return _spans(text, GENERAL.get(topic, ())) | specific, specific


def asked_topics(intents: Sequence[str], text: str) -> tuple[str, ...]:
    """The intents a comment's words ask, in their order. A topic all of whose words lie inside the
    words of another topic's facet (加班 inside 加班钱, 要钱 inside 吃饭要钱) is left out when some
    other topic has words of its own. Intents that are no topic (jobs, other) always stay, and so
    does a topic with no words here at all (the understanding alone knows why it is there)."""
    lowered = text.lower()
    topics = [i for i in intents if i in GENERAL]
    if len(topics) < 2:
        return tuple(intents)
    claims = {t: evidence(t, lowered) for t in topics}
    own: dict[str, set[int]] = {}
    for t in topics:
        others: set[int] = set()
        for u in topics:
            if u != t:
                others |= claims[u][1]
        own[t] = claims[t][0] - others
    dropped = {t for t in topics if claims[t][0] and not own[t] and any(own[u] for u in topics if u != t)}
    return tuple(i for i in intents if i not in dropped)
