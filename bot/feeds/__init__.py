"""Feeds: what turns a live room or a recording into typed events.

- `protocol`: daigang-ws v1 frames, both directions (pure).
- `bilibili`: Bilibili's live danmaku packets and commands (pure).
- `bilibili_client`: the thin async shell that connects to Bilibili and posts through its HTTP API.
- `recordings`: recorded streams (jsonl, Bilibili XML, chat-downloader, CSV) read in time order.
"""
