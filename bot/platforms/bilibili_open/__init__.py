"""Bilibili's live open platform as a read source: `codec` (signing, commands), `client` (session, feed)."""
