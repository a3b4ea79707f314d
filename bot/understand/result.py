"""What the understanding step makes of one comment."""

from __future__ import annotations

from dataclasses import dataclass

from bot.fastinit import quicken_all

INTENTS: tuple[str, ...] = (
    "pay",
    "dorm",
    "canteen",
    "prospects",
    "hours",
    "duties",
    "insurance",
    "location",
    "requirements",
    "apply",
    "jobs",
    "legitimacy",
)
"""The twelve domain intents of the contract; `other` is a question outside them."""


@dataclass(frozen=True, slots=True)
class Understanding:
    """One comment, understood.

    `intents` is primary first: `()` for chatter, `("other",)` for a question outside the domain.
    `job` follows the contract: an explicit reference wins, else the featured job for a
    job-specific question, else None (and always None when `unknown_company`).
    """

    text: str
    question: bool
    intents: tuple[str, ...]
    confidence: tuple[float, ...]
    job: str | None
    employer: str | None
    city: str | None
    unknown_company: bool = False
    apply_command: bool = False
    """The comment is an application command (报名3, 我要报名三号, 报3, 3号报名)."""
    age: int | None = None
    """An age the viewer states about themself (我15岁), for the under-16 rule."""
    found: tuple[str, ...] = ()
    """For a `jobs` search: the ids of the matching jobs, best first."""
    card: bool = False
    """The viewer asks for a job's card (看看3号, 3号详情)."""
    standalone: bool = False
    """The job on screen played no part (chatter, a question outside the domain, a line naming its
    job by number): it reads the same whatever job is on screen."""
    to_host: bool = False
    """A question of legitimacy put to the streamer's side (主播你们收中介费吗, 你们是中介吧), or the
    streamer's own contact asked (主播vx多少): about who recruits, not about a job, so it names none;
    the room answers it from the job on screen."""
    misread: bool = False
    """An `other` question that still holds a job, employer, city or topic word: probably a
    recruiting question the understanding could not place (技术员多少钱, 干久了能涨吗)."""
    unplaced: str = ""
    """For an `other` question not put to the streamer or the viewers: `words` when no rule placed
    it (每天干多久: its words may still ask a facet of the job on screen); `named` when it reads as
    said of a name or among words the lexicon does not know (凤凰机场有人接吗: a facet answers it
    only where the job's fact holds those words too); "" otherwise."""
    placed_by: str = ""
    """For a question placed in its topic by the catalogue's own words rather than the lexicon's
    (要穿洁净服吗: only the duties say 洁净服): those words. Its topic is the one they place it in;
    it is answered as a question the lexicon could not place (`unplaced`, `misread`), only by
    a fact that plainly says what its words ask."""


quicken_all(globals())
