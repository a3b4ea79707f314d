"""The host console: a web page beside the stream for the host and an assistant."""

from bot.console.app import Console, start_console
from bot.console.hub import ConsoleError, Hub

__all__ = ["Console", "ConsoleError", "Hub", "start_console"]
