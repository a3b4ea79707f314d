"""The live commands: the bot attached to a live room, and a local live room to attach it to.

- `attach`: `daigang attach` — the composition root of a live run (platform clients from
  `bot.platforms`, the bot from `bot.runtime`).
- `room_server`: `daigang room` — a recording served as a live room, playing a profile's rules.
- `bench`: the live figures of `daigang bench`.
"""
