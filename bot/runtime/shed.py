"""A bounded queue that makes room by dropping chatter, never questions, applications or votes.

When the worker falls behind and the queue is full, a new item that may be shed is dropped; else
the oldest item that may be shed makes way for it; and only when nothing may be shed does the
producer wait (the socket then pushes back on the room). What was shed is counted for the record.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_MEME_NUMBER = re.compile(r"^\s*(?:6{2,}|8{3,}|23{2,}|9{3,})\s*$")
_KEEP = re.compile(
    r"[0-9０-９一二三四五六七八九十两壹贰叁]|[?？]"
    r"|报|扣|吗|么|嘛|呢|几|多少|什么|啥|怎|哪|谁|咋|没有|能不能|可以|是不是|要不要|问"
    r"|工资|薪|钱|底|包|宿舍|宿|住|吃|食堂|饭|班|休|险|社保|公积金|地址|地方|远|车|站"
    r"|面试|入职|年龄|岁|学历|要求|招|岗|厂|公司|中介|押|费|正规|直招|派遣|工作|活|累|苦"
    r"|gz|gongzi|bcbz|ss|baoming",
    re.IGNORECASE,
)


def looks_like_chatter(text: str) -> bool:
    """A cheap first look: no number, question word or job word at all (666, 来了, 哈哈哈, 主播好)."""
    if _MEME_NUMBER.match(text):
        return True
    return _KEEP.search(text) is None


class ShedQueue(Generic[T]):
    """A FIFO of at most `maxsize` items that sheds the items `sheddable` allows when full."""

    def __init__(self, maxsize: int, sheddable: Callable[[T], bool]) -> None:
        """`maxsize` ≥ 1; `sheddable(item)` says whether an item may be dropped to make room."""
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._sheddable = sheddable
        self._items: deque[T] = deque()
        self._not_empty = asyncio.Event()
        self._not_full = asyncio.Event()
        self._not_full.set()
        self.shed_total = 0
        self._shed: list[T] = []

    def __len__(self) -> int:
        """How many items wait."""
        return len(self._items)

    def offer(self, item: T) -> bool:
        """Add `item` now, shedding to make room; False when full of items that may not be shed."""
        if len(self._items) >= self.maxsize:
            if self._sheddable(item):
                self._note_shed(item)
                return True
            if not self._shed_oldest():
                return False
        self._items.append(item)
        self._not_empty.set()
        if len(self._items) >= self.maxsize:
            self._not_full.clear()
        return True

    async def put(self, item: T) -> None:
        """Add `item`, waiting for room only when nothing may be shed."""
        while not self.offer(item):
            self._not_full.clear()
            await self._not_full.wait()

    async def get(self) -> T:
        """The oldest item, waiting for one."""
        while not self._items:
            self._not_empty.clear()
            await self._not_empty.wait()
        item = self._items.popleft()
        if not self._items:
            self._not_empty.clear()
        self._not_full.set()
        return item

    def take_shed(self) -> list[T]:
        """The items shed since the last call (and forget them)."""
        shed, self._shed = self._shed, []
        return shed

    def _shed_oldest(self) -> bool:
        """Drop the oldest sheddable item; False when there is none."""
        for i, queued in enumerate(self._items):
            if self._sheddable(queued):
                del self._items[i]
                self._note_shed(queued)
                return True
        return False

    def _note_shed(self, item: T) -> None:
        """Count a shed item."""
        self.shed_total += 1
        self._shed.append(item)
