"""Spam and abuse: links, contact advertising, floods, blocked words — no answer, only a count.

The same checks guard what the bot itself posts.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import InputError
from bot.kept.regexes import compiled
from bot.seedfiles import BLOCKED_WORDS, seed_file

_LINK = compiled(r"(https?://|www\.|\.(com|cn|net|top|xyz|cc|vip)\b|[a-z0-9-]+\.(?:com|cn)/)", re.I)
_CONTACT = compiled(
    r"(?:qq|扣扣|企鹅|vx|wx|v信|微信|薇信|威信|加v|加微|加我|联系|tel)\s*[:：号]?\s*[0-9a-z_-]{5,}",
    re.I,
)
"""Contact advertising. A viewer's own phone number alone is not spam (an applicant may leave one);
it is masked wherever it is shown."""


def load_blocked(path: Path | None = None) -> tuple[str, ...]:
    """The blocked words shipped in `seeds/blocked_words.txt` (or those of `path`), lower-cased."""
    path = path or seed_file(BLOCKED_WORDS)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read blocked words ({exc.strerror})") from None
    words = (line.strip().lower() for line in lines)
    return tuple(w for w in words if w and not w.startswith("#"))


MEANT_OTHERWISE: dict[str, re.Pattern[str]] = {
    "sb": compiled(
        r"(?:交|缴|买|上|有|没|无|的)\s*$|^\s*(?:交|缴|买|啥时|什么时|怎么交|怎么买|有没有|从|多少|几)"
        r"|^\s*(?:是|要|能|会|给|都)[^,，?？!！\s]{0,5}(?:交|缴|买)"
    ),
    "日入": compiled(r"(?:次|当|隔|同|翌|前)$|^(?:职|住|厂|场)"),
    "办证": compiled(
        r"(?:包|统一|公司|帮忙|帮|负责|免费|给|厂里|自己|自行|去|要)$|^(?:费|流程|手续|要钱|自理)"
    ),
}
"""Blocked words a recruiting line uses for something else, and the words around them that say so:
交sb吗, sb啥时候买, sb是入职就买吗 ask about 社保 (social insurance), not an insult; 次日入职 is
joining the next day, not a scam's daily income; 公司不包办证, 办证费用自理 speak of a work licence,
not a forger's advert."""


def _meant_otherwise(text: str, hit: re.Match[str]) -> bool:
    """Whether a blocked word found in a viewer's line is used there in its recruiting sense."""
    around = MEANT_OTHERWISE.get(hit.group(0).lower())
    if around is None:
        return False
    before, after = text[: hit.start()], text[hit.end() :]
    if re.match(r"[a-z]", after, re.I) or re.search(r"[a-z]$", before, re.I):
        return False  # inside a longer Latin word
    return around.search(before) is not None or around.search(after) is not None


def _inside_latin_word(text: str, hit: re.Match[str]) -> bool:
    """Whether a blocked word of Latin letters is only part of a longer Latin word (sb of sbjsy,
    the initials of 设备技术员): the insult is a word of its own."""
    word = hit.group(0)
    if not word.isascii() or not word.isalpha():
        return False
    before, after = text[hit.start() - 1 : hit.start()], text[hit.end() : hit.end() + 1]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


@dataclass
class SpamFilter:
    """Decides whether a comment is spam; remembers each viewer's recent lines for floods."""

    blocked: tuple[str, ...]
    flood_window: float = 30.0
    flood_repeats: int = 3
    flood_rate: int = 8
    _recent: dict[str, deque[tuple[float, str]]] = field(default_factory=dict)
    _blocked_re: re.Pattern[str] | None = field(init=False, default=None)
    _verdicts: dict[str, str | None] = field(init=False, default_factory=dict)
    """Recent lines and what their words alone make them (link, contact, blocked or None)."""

    def __post_init__(self) -> None:
        if self.blocked:
            pattern = "|".join(re.escape(w) for w in sorted(self.blocked, key=len, reverse=True))
            self._blocked_re = compiled(pattern, re.I)

    def reason(self, user_id: str, text: str, now: float) -> str | None:
        """Why the comment is spam (link, contact, blocked, flood), or None."""
        flood = self._flooding(user_id, text, now)
        verdicts = self._verdicts
        if text in verdicts:
            return verdicts[text] or flood
        if len(verdicts) > 20_000:
            verdicts.clear()  # a stream repeats its recent lines; older ones are checked afresh
        verdict = verdicts[text] = self._words_reason(text)
        return verdict or flood

    def _words_reason(self, text: str) -> str | None:
        """What a line's words alone make it: a link, contact advertising, a blocked word, or None."""
        if _LINK.search(text):
            return "link"
        if _CONTACT.search(text):
            return "contact"
        if self._blocked_re is not None and any(
            not _meant_otherwise(text, hit) and not _inside_latin_word(text, hit)
            for hit in self._blocked_re.finditer(text)
        ):
            return "blocked"
        return None

    def _flooding(self, user_id: str, text: str, now: float) -> str | None:
        """Flood: the same line again and again, or too many lines in the window."""
        users = self._recent
        recent = users.pop(user_id, None)
        if recent is None:
            recent = deque()
        else:
            window = self.flood_window
            while recent and now - recent[0][0] > window:
                recent.popleft()
        users[user_id] = recent  # re-inserted: the dict stays in order of last comment
        recent.append((now, text))
        lines = len(recent)
        if lines > self.flood_rate:
            return "flood"
        if lines <= self.flood_repeats:
            return None  # too few lines to hold more than `flood_repeats` of the same
        same = sum(1 for _, t in recent if t == text)
        return "flood" if same > self.flood_repeats else None

    def forget_before(self, cutoff: float) -> None:
        """Drop viewers silent since `cutoff`, so memory follows the active audience only."""
        recent = self._recent
        silent: list[str] = []
        for user, lines in recent.items():
            if lines and lines[-1][0] >= cutoff:
                break  # the rest spoke later: the dict is in order of last comment
            silent.append(user)
        # Deleted after the walk: restarting a walk at the front after each deletion steps over
        # every slot deleted before it again.
        for user in silent:
            del recent[user]

    def outbound_ok(self, text: str) -> bool:
        """Whether a post of ours is clean: no link, no blocked word."""
        return self.outbound_reason(text) is None

    def outbound_reason(self, text: str) -> str | None:
        """Why a post of ours must not go out (it holds a link or a blocked word), or None."""
        if _LINK.search(text):
            return "it holds a link"
        if self._blocked_re is not None:
            for found in self._blocked_re.finditer(text):
                if not _meant_otherwise(text, found):
                    return f"it holds the blocked word {found.group(0)!r}"
        return None
