"""The overlay's stage on its own: pacing, staleness, repeats and outcomes on a given clock."""

from __future__ import annotations

from bot.console.stage import Card, Pace, Stage, Verdict, line_of, split_mentions
from bot.events import Post

CARD = Card("J003", 3, "鼎泰", "CNC操作工", "苏州", "7000-9000/月", ("包住",), "报名发:报名3")


def _post(pid: str, text: str, kind: str = "answer", retry_of: str | None = None) -> Post:
    """A post of the room's shape."""
    return Post(0.0, pid, kind, text, "J003", retry_of=retry_of)  # type: ignore[arg-type]


def _stage() -> Stage:
    """A stage with one page connected."""
    stage = Stage(Pace())
    stage.connected()
    return stage


def _confirm(stage: Stage) -> list[Verdict]:
    """The page shows the current view."""
    view = stage.view()
    return stage.shown(view["ids"], view["version"])


def test_mentions_become_names_and_numbers_are_masked() -> None:
    """Leading @names are the askers; a phone number in the text is masked."""
    assert split_mentions("@小王 @阿强 3号7000") == (("小王", "阿强"), "3号7000")
    assert split_mentions("没有人名") == ((), "没有人名")
    line = line_of(_post("p-1", "@小王等12人 打13812345678"), 0.0)
    assert line.names == ("小王等12人",)
    assert line.text == "打138****5678"


def test_one_answer_at_a_time_each_for_its_dwell() -> None:
    """The second answer waits until the first has been on screen for the dwell time."""
    stage = _stage()
    assert stage.offer(_post("p-1", "一"), None, 0.0) == []
    assert stage.offer(_post("p-2", "二"), None, 0.5) == []
    assert stage.view()["answer"]["id"] == "p-1"
    assert _confirm(stage) == [Verdict("p-1", True)]
    assert stage.advance(3.9) == []
    assert stage.view()["answer"]["id"] == "p-1"
    stage.advance(4.0)
    assert stage.view()["answer"]["id"] == "p-2"
    assert _confirm(stage) == [Verdict("p-2", True)]
    stage.advance(4.0 + 15.0)
    assert stage.view()["answer"] is None


def test_no_page_hidden_stale_repeat() -> None:
    """Without a page, hidden, waiting too long, or the same text again: each fails with its reason."""
    stage = Stage(Pace())
    assert stage.offer(_post("p-1", "一"), None, 0.0) == [Verdict("p-1", False, "no_overlay")]
    stage.connected()
    stage.offer(_post("p-2", "二"), None, 0.0)
    _confirm(stage)
    stage.offer(_post("p-3", "三"), None, 0.0)
    stage.offer(_post("p-4", "四"), None, 0.0)
    stage.advance(4.0)
    assert stage.advance(8.5) == [Verdict("p-4", False, "stale")]
    assert stage.offer(_post("p-5", "二"), None, 9.0) == [Verdict("p-5", False, "repeat")]
    assert stage.hide(True) == [Verdict("p-3", False, "hidden")]
    assert stage.offer(_post("p-6", "六"), None, 9.0) == [Verdict("p-6", False, "hidden")]


def test_a_retry_of_a_shown_post_is_not_shown_again() -> None:
    """A retry of a post already on screen is ok at once; a post id seen again gets its first verdict."""
    stage = _stage()
    stage.offer(_post("p-1", "一"), None, 0.0)
    _confirm(stage)
    version = stage.version
    assert stage.offer(_post("p-9", "一", retry_of="p-1"), None, 1.0) == [Verdict("p-9", True)]
    assert stage.offer(_post("p-1", "一"), None, 1.0) == [Verdict("p-1", True)]
    assert stage.version == version


def test_a_card_post_is_ok_once_the_card_is_on_screen() -> None:
    """A card post waits for a page to show its job's card; another post of the same card is ok at once."""
    stage = _stage()
    assert stage.offer(_post("p-1", "【3号】…", "card"), CARD, 0.0) == []
    assert stage.view()["card"]["job"] == "J003"
    assert _confirm(stage) == [Verdict("p-1", True)]
    assert stage.offer(_post("p-2", "包住…", "card"), CARD, 0.5) == [Verdict("p-2", True)]


def test_the_last_page_leaving_fails_what_waited() -> None:
    """When no page is left, the answers not yet confirmed fail with no_overlay."""
    stage = _stage()
    stage.offer(_post("p-1", "一"), None, 0.0)
    stage.offer(_post("p-2", "二"), None, 0.0)
    assert stage.disconnected() == [Verdict("p-1", False, "no_overlay"), Verdict("p-2", False, "no_overlay")]
    assert stage.next_change(0.0) is not None  # the repeat memory still runs out
