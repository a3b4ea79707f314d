"""The runtime every source shares: one runner around `Room.handle`, the live bot, one reconnecting loop.

Pure (told the time, no I/O of their own):

- `runner`: `Runner`, synchronous — the session, the stream's clock, ticks and polls, the
  executor (records to the store, applications durable before any post after them) and the ack
  policy. Replay is a plain loop over it; the live bot drives it from its worker.
- `streamclock`, `timeline`: the stream's clock that far-off timestamps cannot drag, and the
  ticks and poll commands on its grid, generated lazily.
- `backoff`, `dedup`, `shed`, `outbox`: delays between attempts, resend dedup, the queue that
  sheds chatter first, the posts waiting for their acks.
- `sink`, `port`, `transport`: what a sink, a platform's client and `attach` may use of each other.
- `notices`: what the platforms tell the host (names masked, posting stopped, the stream paused,
  the connection lost), kept for the console's banners.

Waiting on something:

- `live`: `LiveBot` — the runner plus a bounded queue, dedup, the idle ticker and the outbox.
- `writes`: the store written in the caller's thread (replay) or by a writer thread (live).
- `reconnect`: `async for attempt in reconnecting(...)`, the connection loop every client that
  connects out uses (`attempts_for` a bot's client), the silence watchdog, `until_finished` (a
  connection's reading raced against the end of the run) and `settle`.
- `sources`: several sources feeding one bot, a lane each.
- `clock`: wall time for pacing, injected in tests.
- `heap`: the garbage collector's settings once start-up is over.
"""
