"""Bilibili live: `codec` (pure packets and commands) and `client` (danmaku WebSocket in, HTTP send out)."""
