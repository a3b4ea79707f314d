"""Understanding messy danmaku: what a comment asks (SPEC §3) and what it refers to (SPEC §4)."""

from bot.understand.result import INTENTS, Understanding
from bot.understand.understander import Understander

__all__ = ["INTENTS", "Understander", "Understanding"]
