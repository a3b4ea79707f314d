"""The live platforms the bot attaches to, one small package each."""
