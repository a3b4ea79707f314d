"""The runtime every source shares: the live bot around `Room.handle`, its clock and its small pure parts.

- `live`: `LiveBot`, the transport-free part of a live attachment — a bounded queue that sheds
  chatter first, one worker that keeps order and drives `Room.handle` on the stream's clock,
  and the outbox that waits for the room's acks.
- `transport`: what a platform's client offers the live bot.
- `clock`: wall time for pacing, injected in tests.
- `backoff`, `dedup`, `shed`, `timeline`, `outbox`: the small pure parts these are made of.
"""
