"""The live shells: the bot attached to a live room, and a local live room to attach it to.

- `worker`: `LiveBot`, the transport-free part of a live attachment — a bounded queue that sheds
  chatter first, one worker that keeps order and drives `Room.handle` on the stream's clock,
  and the outbox that waits for the room's acks.
- `ws_feed`: the daigang-ws v1 connection loop (reconnects with backoff, silence watchdog).
- `attach`: `daigang attach` — the composition root of a live run.
- `room_server`: `daigang room` — a recording served as a live room, playing a profile's rules.
- `backoff`, `dedup`, `shed`, `timeline`, `outbox`: the small pure parts these are made of.
"""
