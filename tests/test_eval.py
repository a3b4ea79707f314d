"""The understanding step measured: the bars on the dev and held-apart sets, real seeker phrasing."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from bot.errors import InputError
from bot.evaluate import EvalResult, evaluate, format_eval, load_labels
from bot.understand import Understander
from catalog.models import Catalog

LABELLED = Path(__file__).resolve().parent / "data" / "labelled"


def _summary(result: EvalResult) -> str:
    """The headline figures only: a held-apart set's lines must not leak into a test report."""
    return (
        f"{result.source}: macro-F1 {result.macro_f1:.3f}, micro-F1 {result.micro_f1:.3f}, "
        f"chatter false answers {result.chatter_false_rate:.2%}, job resolution {result.job_accuracy:.3f}"
    )


def _assert_bars(result: EvalResult, *, show_lines: bool) -> None:
    """The bars every labelled set must clear."""
    report = format_eval(result) if show_lines else _summary(result)
    assert result.macro_f1 >= 0.95, report
    assert result.chatter_false_rate <= 0.01, report
    assert result.job_accuracy >= 0.95, report


def test_dev_set_clears_the_bars(seed_catalog: Catalog) -> None:
    """On the dev set: macro-F1 ≥ 0.95, false answers on chatter ≤ 1%, job resolution ≥ 0.95."""
    result = evaluate(LABELLED / "dev.jsonl", seed_catalog)
    assert result.lines >= 850
    assert result.chatter_total >= 200
    for score in result.scores:
        assert score.support >= 40, score.intent
    _assert_bars(result, show_lines=True)


@pytest.mark.parametrize(
    ("name", "lines", "chatter", "support"),
    [
        # another writer's voices, a 京津冀/山东/川渝 catalogue
        ("dev2", 600, 150, 30),
        # written questions and new voices, a 皖赣豫桂 catalogue
        ("dev3", 500, 120, 25),
    ],
)
def test_other_development_sets_clear_the_bars(name: str, lines: int, chatter: int, support: int) -> None:
    """On the development sets written on other catalogues: the same bars."""
    from catalog.load import load_catalog

    catalog = load_catalog(LABELLED / f"{name}_catalog.yaml")
    result = evaluate(LABELLED / f"{name}.jsonl", catalog)
    assert result.lines >= lines
    assert result.chatter_total >= chatter
    for score in result.scores:
        assert score.support >= support, score.intent
    _assert_bars(result, show_lines=True)


def test_set_written_outside_the_team_holds_its_floor() -> None:
    """dev4, written on a new catalogue by someone who never saw the code, holds its floors."""
    from catalog.load import load_catalog

    catalog = load_catalog(LABELLED / "dev4_catalog.yaml")
    result = evaluate(LABELLED / "dev4.jsonl", catalog)
    assert result.lines >= 400
    report = format_eval(result)
    assert result.macro_f1 >= 0.975, report
    assert result.job_accuracy >= 0.985, report
    assert result.chatter_false_rate <= 0.015, report


def test_new_voices_on_the_third_catalogue_hold_their_floor() -> None:
    """dev5, new voices on the third catalogue (prospects, duties, searches, legitimacy, chat that
    holds topic words, several questions in one line), holds its floors."""
    from catalog.load import load_catalog

    result = evaluate(LABELLED / "dev5.jsonl", load_catalog(LABELLED / "dev3_catalog.yaml"))
    assert result.lines >= 130
    report = format_eval(result)
    assert result.macro_f1 >= 0.98, report
    assert result.job_accuracy >= 0.98, report
    assert result.chatter_false_rate == 0.0, report


def test_younger_voices_on_a_fifth_catalogue_hold_their_floor() -> None:
    """dev6, written on its own catalogue by someone who never saw the code (a younger crowd: pinyin
    initials, slang, emoji, Traditional characters), holds its floors."""
    from catalog.load import load_catalog

    result = evaluate(LABELLED / "dev6.jsonl", load_catalog(LABELLED / "dev6_catalog.yaml"))
    assert result.lines >= 450
    assert result.chatter_total >= 200
    report = format_eval(result)
    assert result.macro_f1 >= 0.98, report
    assert result.job_accuracy >= 0.985, report
    assert result.chatter_false_rate <= 0.01, report


def test_set_written_outside_the_team_on_a_sixth_catalogue_holds_its_floor() -> None:
    """dev7, written on its own catalogue by someone who never saw the code (students, slang, pinyin
    initials, emoji, Traditional characters, full-width digits), holds its floors."""
    from catalog.load import load_catalog

    result = evaluate(LABELLED / "dev7.jsonl", load_catalog(LABELLED / "dev7_catalog.yaml"))
    assert result.lines >= 440
    assert result.chatter_total >= 180
    report = format_eval(result)
    assert result.macro_f1 >= 0.99, report
    assert result.job_accuracy >= 0.99, report
    assert result.chatter_false_rate <= 0.01, report


def test_holdout_set_clears_the_bars() -> None:
    """On the held-apart set (written by someone who never saw the dev set): the same bars."""
    labelled = LABELLED / "holdout.jsonl"
    catalog_file = LABELLED / "holdout_catalog.yaml"
    if not labelled.exists() or not catalog_file.exists():
        pytest.skip("the held-apart set tests/data/labelled/holdout.jsonl is not there")
    from catalog.load import load_catalog

    result = evaluate(labelled, load_catalog(catalog_file))
    _assert_bars(result, show_lines=False)
    # the figures it reached, held as floors
    assert result.macro_f1 >= 0.97, _summary(result)
    assert result.job_accuracy >= 0.975, _summary(result)


def test_seeker_questions_real_phrasing(shared_data: Path) -> None:
    """Real seekers' questions: intents right (micro-F1 ≥ 0.7, lines with every intent right ≥ 0.89);
    unknown companies resolve to no job."""
    from catalog.load import load_catalog

    source = shared_data / "seeker-questions" / "labelled.jsonl"
    if not source.exists():
        pytest.skip(f"{source} is not there")
    catalog = load_catalog(LABELLED / "seeker_catalog.yaml")
    result = evaluate(source, catalog, score_jobs=False)
    print(format_eval(result))
    assert result.micro_f1 >= 0.7, format_eval(result)
    assert result.intent_accuracy >= 0.89, format_eval(result)
    understander = Understander(catalog)
    for line in source.read_bytes().splitlines():
        label = orjson.loads(line)
        if label.get("unknown_ref"):
            assert understander.understand(label["text"], label["featured"]).job is None, label["text"]


def test_scoring_rules(tmp_path: Path, seed_catalog: Catalog) -> None:
    """Labelled intents are TP or FN, `also` is ignored, anything else is FP; chatter and jobs are counted."""
    rows = [
        {
            "text": "工资多少包住吗",
            "featured": "J001",
            "intents": ["pay"],
            "also": ["dorm"],
            "job": "J001",
            "employer": "huachen-sz",
        },
        {
            "text": "包吃住吗",
            "featured": "J001",
            "intents": ["dorm"],
            "also": [],
            "job": "J003",
            "employer": "huachen-sz",
        },
        {"text": "666", "featured": "J001", "intents": [], "also": [], "job": None, "employer": None},
        {"text": "工资多少", "featured": "J001", "intents": [], "also": [], "job": None, "employer": None},
    ]
    path = tmp_path / "labels.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    result = evaluate(path, seed_catalog)
    assert (result.score("pay").tp, result.score("pay").fp, result.score("pay").fn) == (1, 1, 0)
    assert (result.score("dorm").tp, result.score("dorm").fp) == (1, 0)
    assert result.score("canteen").fp == 1
    assert (result.chatter_total, result.chatter_false) == (2, 1)
    assert (result.job_total, result.job_correct) == (2, 1)
    assert result.confusion[("none", "pay")] == 1
    assert len(result.misses) == 2
    report = format_eval(result)
    for heading in (
        "precision",
        "macro-F1",
        "Confusion",
        "Job resolution",
        "False answers on chatter",
        "Misses: 2",
    ):
        assert heading in report


def test_bad_label_line_names_the_place(tmp_path: Path) -> None:
    """A broken label line is an InputError naming FILE:LINE."""
    path = tmp_path / "labels.jsonl"
    path.write_text(
        '{"text": "工资", "intents": ["pay"]}\n{"text": "x", "intents": ["salary"]}\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"labels\.jsonl:2"):
        load_labels(path)


def test_messy_holdout_clears_the_done_bars(seed_catalog: Catalog) -> None:
    """On messy danmaku written apart and never tuned on: macro-F1 ≥ 0.97, job resolution ≥ 0.97."""
    result = evaluate(LABELLED / "holdout_messy.jsonl", seed_catalog)
    assert result.lines >= 110
    assert result.macro_f1 >= 0.97, _summary(result)
    assert result.job_accuracy >= 0.97, _summary(result)
    assert result.chatter_false_rate == 0.0, _summary(result)


def test_chatter_is_measured_per_file_and_folder(tmp_path: Path, seed_catalog: Catalog) -> None:
    """Real-chatter files (text or capture CSV, or a folder of them) give the share of lines answered."""
    from bot.evaluate import measure_chatter, read_chatter

    folder = tmp_path / "chatter"
    folder.mkdir()
    (folder / "stream.txt").write_text("666\n工资多少\n哈哈哈\n主播好\n", encoding="utf-8")
    (folder / "capture.csv").write_text("_DeltaTime,_content\n1.0,包吃住吗\n2.0,来了\n", encoding="utf-8")
    (folder / "rooms.csv").write_text("room,name\n1,a\n", encoding="utf-8")
    assert len(read_chatter(folder)) == 6
    result = measure_chatter(folder, seed_catalog, show=5)
    assert (result.lines, result.domain) == (6, 2)
    assert set(result.examples) == {"工资多少", "包吃住吗"}
    with pytest.raises(InputError, match=r"rooms\.csv:1"):
        read_chatter(folder / "rooms.csv")


def test_eval_command_prints_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`daigang eval LABELLED --chatter PATH` prints the labelled figures and the chatter share."""
    from bot.cli import main
    from tests.conftest import SEEDS

    chatter = tmp_path / "chatter.txt"
    chatter.write_text("666\n宿舍几人间\n", encoding="utf-8")
    labelled = LABELLED / "holdout_messy.jsonl"
    code = main(["eval", str(labelled), "--catalog", str(SEEDS / "catalog.yaml"), "--chatter", str(chatter)])
    out = capsys.readouterr().out
    assert code == 0
    for heading in ("macro-F1", "lines with every intent right", "Job resolution", "Real chatter"):
        assert heading in out
    assert "1/2 lines got a domain intent = 50.000%" in out
    assert main(["eval", "--catalog", str(SEEDS / "catalog.yaml")]) == 2


EXT = Path(os.environ.get("DAIGANG_EXT_DATA") or Path(__file__).resolve().parents[2] / "ext")
"""Real data fetched for measuring only, kept outside the project (README: How well it understands)."""


@pytest.mark.parametrize(
    ("stream", "floor"),
    [
        # a Bilibili chat stream (the bar: at most 0.2% of lines answered)
        ("2020-12-12-jiaran.txt", 0.0017),
        # Douyin streams' comments that the streamer answered, of streamers never tuned on
        ("douyin-livechat-odd-streamers.txt", 0.0097),
        # Douyu game streams of other rooms, never tuned on
        ("douyu-1679347.txt", 0.0061),
        ("douyu-78561.txt", 0.0030),
    ],
)
def test_unseen_real_chatter_floor(seed_catalog: Catalog, stream: str, floor: float) -> None:
    """Real live chatter of streams never tuned on: the share of lines given a domain intent stays
    under its floor."""
    from bot.evaluate import measure_chatter

    path = EXT / "danmaku" / "measure" / stream
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    result = measure_chatter(path, seed_catalog)
    assert result.lines > 4_000
    assert result.rate <= floor, f"{result.domain}/{result.lines}"


@pytest.mark.parametrize(
    ("part", "floor"),
    [
        ("tune", 0.93),
        ("apart", 0.9),
        # Baidu Zhidao questions of the LCQMC corpus, split by its files
        ("lcqmc/tune", 0.61),
        ("lcqmc/apart", 0.52),
    ],
)
def test_more_real_seeker_questions_floor(part: str, floor: float) -> None:
    """More real seekers' questions: the share of lines with every intent right stays above its floor."""
    from catalog.load import load_catalog

    labelled = EXT / "seeker" / f"{part}.jsonl"
    if not labelled.exists():
        pytest.skip(f"{labelled} is not there")
    result = evaluate(labelled, load_catalog(LABELLED / "seeker_catalog.yaml"), score_jobs=False)
    assert result.intent_accuracy >= floor, _summary(result)
