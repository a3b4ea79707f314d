"""The helper thread a fast replay hands its store batches to: order kept, failures not lost."""

from __future__ import annotations

import threading

import pytest

from bot.errors import BotError
from bot.events import ApplicationMade, Counted, Post, Record
from bot.runtime.writes import DirectWrites, Handoff


def test_jobs_run_in_order_on_a_thread_of_their_own() -> None:
    """Every job handed over has run, in order and off the caller's thread, once `wait` returns."""
    handoff = Handoff()
    done: list[tuple[int, str]] = []
    for n in range(50):
        handoff.put(lambda n=n: done.append((n, threading.current_thread().name)))
    handoff.wait()
    assert [n for n, _ in done] == list(range(50))
    assert {name for _, name in done} == {"daigang-store"}
    handoff.close()


def test_a_failed_job_is_raised_to_the_caller_and_stops_the_rest() -> None:
    """A job that fails: `wait` and `close` raise its error, and no later job writes anything."""
    handoff = Handoff()
    done: list[int] = []

    def fail() -> None:
        raise OSError("disk full")

    handoff.put(lambda: done.append(1))
    handoff.put(fail)
    handoff.put(lambda: done.append(3))
    with pytest.raises(BotError, match="disk full"):
        handoff.wait()
    with pytest.raises(BotError, match="disk full"):
        handoff.close()
    assert done == [1]


def test_close_without_jobs_starts_no_thread() -> None:
    """A run that handed nothing over closes at once."""
    before = threading.active_count()
    handoff = Handoff()
    handoff.close()
    assert threading.active_count() == before


class _GatedStore:
    """A store whose durable commit waits until the test opens the gate (what the runner sees of
    a commit still under way); it notes what reached it, in order."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.seen: list[str] = []

    def write(self, sid: str, items: list[Post | Record]) -> None:
        """Records in the order handed over."""
        self.seen += [f"record:{item.detail}" for item in items if isinstance(item, Counted)]

    def write_applications(self, sid: str, apps: list[ApplicationMade]) -> int:
        """The commit, once the gate opens."""
        assert self.gate.wait(10)
        self.seen += [f"application:{app.comment_id}" for app in apps]
        return len(apps)


def _app(n: int) -> ApplicationMade:
    """The n-th application of a test."""
    return ApplicationMade(float(n), f"c{n}", f"u{n}", "观众", "J001", "E001", "报名1")


def test_applications_handed_over_stay_unsettled_until_committed() -> None:
    """With a helper thread, a full group of applications is committed after what came before it,
    and the runner is told they are unsettled (posts wait) until the commit is done."""
    store = _GatedStore()
    writes = DirectWrites(store, group=2, hold=100, handoff=True)  # type: ignore[arg-type]
    writes.write("s", [Counted(0.0, "seen", 1, "before")])
    writes.write_application("s", _app(1))
    assert writes.unsettled  # one waits for its group
    writes.write_application("s", _app(2))
    assert writes.unsettled  # handed over; the commit waits at the gate
    store.gate.set()
    writes.settle()
    assert not writes.unsettled
    writes.close()
    assert store.seen == ["record:before", "application:c1", "application:c2"]
    assert writes.applications == 2


def test_a_failed_commit_keeps_the_posts_waiting_and_is_raised() -> None:
    """A commit that fails in the helper thread never counts as settled; the caller gets its error."""

    class Failing(_GatedStore):
        def write_applications(self, sid: str, apps: list[ApplicationMade]) -> int:
            raise BotError("the store is read-only")

    writes = DirectWrites(Failing(), group=1, hold=100, handoff=True)  # type: ignore[arg-type]
    writes.write_application("s", _app(1))
    with pytest.raises(BotError, match="read-only"):
        writes.settle()
    assert writes.unsettled
    with pytest.raises(BotError, match="read-only"):
        writes.close()
