"""WeChat Channels (视频号) through wxlivespy, a local tool that POSTs the room's messages."""
