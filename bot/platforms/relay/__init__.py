"""The relay: daigang-ws v1 frames from other readers (a userscript, another tool), by WebSocket or POST."""
