"""Douyin through DouyinBarrageGrab, a local tool that pushes the room's messages over a WebSocket."""
