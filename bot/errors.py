"""The one exception root of the bot package, and its branches."""

from __future__ import annotations


class BotError(Exception):
    """Anything the bot reports to a person: one clear line, exit code 2 at the command line."""


class InputError(BotError):
    """Bad input: a file, a line or a flag the bot cannot use. The message names the place."""


class FeedError(BotError):
    """A live feed failed in a way a reconnect cannot mend."""


class StoreError(BotError):
    """The store cannot be opened or written."""
