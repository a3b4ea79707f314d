"""`daigang eval`: score the understanding step against labelled comments, like `rasa test nlu`.

A labelled file is JSON Lines, one comment each:
`{"text", "featured", "intents", "also", "job", "employer"}` — `intents` expected (primary first),
`also` acceptable too. A predicted intent is a true positive when labelled, ignored when in
`also`, a false positive otherwise; each labelled intent not predicted is a false negative.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from bot.errors import InputError
from bot.understand import Understander
from bot.understand.result import INTENTS
from catalog.models import Catalog

SCORED_INTENTS: tuple[str, ...] = (*INTENTS, "other")
"""Every intent the report has a row for."""
NONE = "none"
"""The confusion table's name for "no intent" (chatter)."""


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled comment."""

    line: int
    text: str
    featured: str | None
    intents: tuple[str, ...]
    also: tuple[str, ...]
    job: str | None
    employer: str | None


@dataclass(frozen=True, slots=True)
class IntentScore:
    """Precision, recall and F1 of one intent."""

    intent: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """How many lines are labelled with the intent."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        """Share of predictions that were right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled lines found (1.0 when none were labelled)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A line the understanding got wrong: its intents, its job, or both."""

    label: Label
    predicted: tuple[str, ...]
    job: str | None
    intents_wrong: bool
    job_wrong: bool


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Every figure of one evaluation."""

    source: str
    lines: int
    scores: tuple[IntentScore, ...]
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    job_total: int = 0
    job_correct: int = 0
    employer_total: int = 0
    employer_correct: int = 0
    chatter_total: int = 0
    chatter_false: int = 0
    misses: tuple[Miss, ...] = ()

    def score(self, intent: str) -> IntentScore:
        """The score row of one intent."""
        return next(s for s in self.scores if s.intent == intent)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the twelve domain intents that occur (labelled or predicted)."""
        used = [s for s in self.scores if s.intent in INTENTS and s.tp + s.fp + s.fn]
        return sum(s.f1 for s in used) / len(used) if used else 1.0

    @property
    def micro_f1(self) -> float:
        """F1 over every decision of the twelve intents and `other` together."""
        tp = sum(s.tp for s in self.scores)
        fp = sum(s.fp for s in self.scores)
        fn = sum(s.fn for s in self.scores)
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    @property
    def job_accuracy(self) -> float:
        """Share of lines with a domain intent whose job was resolved as labelled."""
        return self.job_correct / self.job_total if self.job_total else 1.0

    @property
    def employer_accuracy(self) -> float:
        """Share of lines with a domain intent whose employer was resolved as labelled."""
        return self.employer_correct / self.employer_total if self.employer_total else 1.0

    @property
    def intent_accuracy(self) -> float:
        """Share of lines whose intents are all right: every labelled one found, nothing else but `also`."""
        wrong = sum(1 for m in self.misses if m.intents_wrong)
        return (self.lines - wrong) / self.lines if self.lines else 1.0

    @property
    def chatter_false_rate(self) -> float:
        """Share of lines labelled with no intent that got a domain intent (a false public answer)."""
        return self.chatter_false / self.chatter_total if self.chatter_total else 0.0


def _strings(value: Any, what: str, where: str) -> tuple[str, ...]:
    """A list of intent names from a label, checked."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {what!r} must be a list of intent names")
    for name in value:
        if name not in SCORED_INTENTS:
            raise InputError(f"{where}: {what!r} names an unknown intent {name!r}")
    return tuple(value)


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    """An optional string field of a label."""
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be a string or null")
    return value


def load_labels(path: Path) -> list[Label]:
    """Read a labelled file; a bad line is an InputError naming FILE:LINE."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    labels: list[Label] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{where}: not a JSON object: {exc}") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f'{where}: expected an object with a "text" string')
        labels.append(
            Label(
                line=n,
                text=obj["text"],
                featured=_optional_str(obj, "featured", where),
                intents=_strings(obj.get("intents"), "intents", where),
                also=_strings(obj.get("also"), "also", where),
                job=_optional_str(obj, "job", where),
                employer=_optional_str(obj, "employer", where),
            )
        )
    return labels


def evaluate(labelled: Path, catalog: Catalog, *, score_jobs: bool = True) -> EvalResult:
    """Run the understanding step over a labelled file and score it (jobs unless `score_jobs` is False)."""
    labels = load_labels(labelled)
    understander = Understander(catalog)
    counts = {i: [0, 0, 0] for i in SCORED_INTENTS}
    confusion: Counter[tuple[str, str]] = Counter()
    job_total = job_correct = employer_total = employer_correct = 0
    chatter_total = chatter_false = 0
    misses: list[Miss] = []
    for label in labels:
        result = understander.understand(label.text, label.featured)
        predicted = result.intents
        expected = set(label.intents)
        for intent in predicted:
            if intent in expected:
                counts[intent][0] += 1
            elif intent not in label.also:
                counts[intent][1] += 1
        for intent in expected - set(predicted):
            counts[intent][2] += 1
        confusion[(label.intents[0] if label.intents else NONE, predicted[0] if predicted else NONE)] += 1
        intents_wrong = bool(expected - set(predicted)) or any(
            i not in expected and i not in label.also for i in predicted
        )
        if not label.intents:
            chatter_total += 1
            if any(i in INTENTS for i in predicted):
                chatter_false += 1
        job_wrong = False
        if score_jobs and any(i in INTENTS for i in label.intents):
            job_total += 1
            job_wrong = result.job != label.job
            job_correct += not job_wrong
            employer_total += 1
            employer_correct += result.employer == label.employer
        if intents_wrong or job_wrong:
            misses.append(Miss(label, predicted, result.job, intents_wrong, job_wrong))
    return EvalResult(
        source=str(labelled),
        lines=len(labels),
        scores=tuple(IntentScore(i, *counts[i]) for i in SCORED_INTENTS),
        confusion=dict(confusion),
        job_total=job_total,
        job_correct=job_correct,
        employer_total=employer_total,
        employer_correct=employer_correct,
        chatter_total=chatter_total,
        chatter_false=chatter_false,
        misses=tuple(misses),
    )


def _short(intent: str) -> str:
    """A column heading for the confusion table."""
    return {
        "requirements": "require",
        "legitimacy": "legit",
        "prospects": "prospect",
        "insurance": "insure",
    }.get(intent, intent)


def format_eval(result: EvalResult) -> str:
    """The evaluation as a plain-text report: scores, confusion table, jobs, chatter, misses."""
    out: list[str] = [f"Evaluation of {result.source}: {result.lines} labelled comments", ""]
    out.append(f"{'intent':<14}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}{'fp':>5}")
    for s in result.scores:
        out.append(f"{s.intent:<14}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.support:>9}{s.fp:>5}")
    out.append("")
    out.append(f"macro-F1 over the twelve intents: {result.macro_f1:.3f}")
    out.append(f"lines with every intent right: {result.intent_accuracy:.3f}")
    out.append(f"micro-F1 (twelve intents and other): {result.micro_f1:.3f}")
    out.append("")
    names = [*SCORED_INTENTS, NONE]
    out.append("Confusion of primary intents (rows: labelled, columns: predicted)")
    width = 9
    out.append(" " * 10 + "".join(f"{_short(n):>{width}}" for n in names))
    for row in names:
        cells = [result.confusion.get((row, col), 0) for col in names]
        if sum(cells):
            out.append(f"{_short(row):<10}" + "".join(f"{c if c else '.':>{width}}" for c in cells))
    out.append("")
    if result.job_total:
        out.append(
            f"Job resolution: {result.job_correct}/{result.job_total} = {result.job_accuracy:.3f}"
            f"   employer: {result.employer_correct}/{result.employer_total} = {result.employer_accuracy:.3f}"
        )
    out.append(
        f"False answers on chatter: {result.chatter_false}/{result.chatter_total}"
        f" = {100 * result.chatter_false_rate:.2f}%"
    )
    out.append("")
    out.append(f"Misses: {len(result.misses)}")
    for miss in result.misses:
        label = miss.label
        want = "[" + ", ".join(label.intents) + "]"
        if label.also:
            want += " (also " + ", ".join(label.also) + ")"
        line = f"  line {label.line}: {label.text!r} featured={label.featured}"
        if miss.intents_wrong:
            line += f"  intents {want} got [{', '.join(miss.predicted)}]"
        if miss.job_wrong:
            line += f"  job {label.job} got {miss.job}"
        out.append(line)
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class ChatterResult:
    """How much real live chatter (no stream about jobs) the understanding step would answer."""

    source: str
    lines: int
    domain: int
    """Lines that got one of the twelve domain intents: each a false public answer."""
    examples: tuple[str, ...] = ()

    @property
    def rate(self) -> float:
        """Share of lines that got a domain intent."""
        return self.domain / self.lines if self.lines else 0.0


def read_chatter(path: Path) -> list[str]:
    """Comment texts of a chatter file: one a line, or a CSV with a `_content` column (Bilibili live
    captures), or a folder of such files (a CSV there without `_content` is not chatter and is
    passed over); an InputError naming the file when unreadable."""
    folder = path.is_dir()
    files = sorted(p for p in path.iterdir() if p.is_file()) if folder else [path]
    texts: list[str] = []
    for file in files:
        try:
            raw = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: cannot read the chatter: {exc}") from exc
        if file.suffix.lower() == ".csv":
            rows = csv.DictReader(io.StringIO(raw))
            if rows.fieldnames is None or "_content" not in rows.fieldnames:
                if folder:
                    continue
                raise InputError(f"{file}:1: a chatter CSV needs a _content column")
            texts += [row.get("_content") or "" for row in rows]
        else:
            texts += raw.splitlines()
    return texts


def measure_chatter(
    path: Path, catalog: Catalog, featured: str | None = None, show: int = 0
) -> ChatterResult:
    """Run the understanding step over real chatter and count the lines that got a domain intent."""
    texts = read_chatter(path)
    understander = Understander(catalog)
    on_screen = featured or (catalog.jobs[0].id if catalog.jobs else None)
    domain = [t for t in texts if any(i in INTENTS for i in understander.analyse(t, on_screen).intents)]
    return ChatterResult(str(path), len(texts), len(domain), tuple(domain[:show]))


def format_chatter(result: ChatterResult) -> str:
    """One line per chatter source: lines, false answers, share (and examples when kept)."""
    line = (
        f"Real chatter {result.source}: {result.domain}/{result.lines} lines got a domain intent"
        f" = {100 * result.rate:.3f}%"
    )
    return "\n".join([line, *(f"  {text!r}" for text in result.examples)]) + "\n"
