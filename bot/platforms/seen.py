"""A bounded memory of message ids: what a platform pushes twice is handled once."""

from __future__ import annotations

from collections import OrderedDict


class SeenIds:
    """The last `window` ids seen; `first(id)` is True only the first time an id comes."""

    def __init__(self, window: int = 100_000) -> None:
        """Remember up to `window` ids, forgetting the oldest first."""
        self.window = window
        self.repeats = 0
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first(self, msg_id: str) -> bool:
        """True (and remember it) for an id not seen within the window; False (and count it) else."""
        if msg_id in self._ids:
            self.repeats += 1
            return False
        self._ids[msg_id] = None
        if len(self._ids) > self.window:
            self._ids.popitem(last=False)
        return True

    def __len__(self) -> int:
        """How many ids are remembered."""
        return len(self._ids)
