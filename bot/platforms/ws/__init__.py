"""daigang-ws v1, the generic live-room protocol: `codec` (pure frames) and `client` (the connection loop)."""
