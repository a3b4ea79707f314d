"""Applications written inside longer lines: taken, and the phone number masked wherever it lands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from bot.understand import Understander
from bot.understand.commands import apply_number, apply_title
from catalog.models import Catalog

ROOT = Path(__file__).resolve().parent.parent
SEED_CATALOG = ROOT / "seeds" / "catalog.yaml"


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue."""
    return Understander(seed_catalog)


PHONES = ("13812345678", "13987654321", "15011112222", "18655556666", "17733334444")


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("报名5 电话13812345678", "J005"),
        ("我电话13812345678 报名5", "J005"),
        ("报名十八号保安", "J018"),
        ("3号报名 带老乡两个", "J003"),
        ("我想报名3号 手机号13812345678", "J003"),
        ("我想报名3号 手机号138…", "J003"),
        ("手机13812345678报名3号", "J003"),
        ("报名3 电话138-1234-5678", "J003"),
        ("报名５ 电话：１３８１２３４５６７８", "J005"),
        ("我的联系方式是13812345678，报名7号", "J007"),
        ("报名18号操作工", "J018"),
        ("报名叉车司机 电话13812345678", None),
        ("报个三号", "J003"),
        ("张三 13812345678 报2", "J002"),
        ("2号 13812345678", "J002"),
        ("8号我要去", "J008"),
        ("我儿子大专毕业 报名12 电话15855123467", "J012"),
        ("我儿子大专毕业 报名12", "J012"),
    ],
)
def test_application_inside_a_longer_line(understander: Understander, text: str, job: str | None) -> None:
    """The command is found around a phone number, a title or a remark; the job is the one named."""
    result = understander.understand(text, "J001")
    assert result.intents == ("apply",), text
    if job is None:
        assert not result.apply_command, text
        assert result.job is None, text
    else:
        assert result.apply_command, text
        assert result.job == job, text


@pytest.mark.parametrize(
    "text",
    [
        "报名3号可以吗",
        "报名3号需要什么",
        "电话13812345678",
        "我电话多少来着",
        "2号工资多少 13812345678",
        "主播666666666",
        "主播6666666666",
        "报名以后干什么 3号",
    ],
)
def test_questions_and_bare_numbers_are_no_command(text: str) -> None:
    """A question about applying, a phone number alone or a cheer of sixes is no application."""
    assert apply_number(text) is None
    assert apply_title(text) is None


def test_application_by_a_title_one_job_has(tmp_path: Path) -> None:
    """报名 plus a title that only one job has applies to that job; a shared title applies to none."""
    from catalog.load import load_catalog

    path = tmp_path / "titles.yaml"
    path.write_text(
        """
employers:
  - {id: qingshan, name: 柳州青山塑胶有限公司, city: 柳州}
jobs:
  - {id: Q1, number: 1, employer: qingshan, title: 注塑工}
  - {id: Q2, number: 2, employer: qingshan, title: 普工}
  - {id: Q3, number: 3, employer: qingshan, title: 普工}
""",
        encoding="utf-8",
    )
    understander = Understander(load_catalog(path))
    result = understander.understand("报名注塑工 电话13812345678", "Q2")
    assert result.apply_command
    assert result.job == "Q1"
    shared = understander.understand("报名普工", "Q1")
    assert shared.intents == ("apply",)
    assert not shared.apply_command
    assert shared.job is None


def _recording(path: Path) -> None:
    """A short stream where five viewers apply with their phone numbers written in."""
    base = 1_763_600_000.0
    frames: list[dict[str, object]] = [{"type": "feature", "ts": base, "job": "J003"}]
    texts = [
        f"我电话{PHONES[0]} 报名5",
        f"报名3 电话{PHONES[1]}",
        f"手机{PHONES[2]}报名7号",
        f"我想报名3号 手机号 {PHONES[3][:3]} {PHONES[3][3:7]} {PHONES[3][7:]}",
        f"3号报名 带老乡两个 {PHONES[4]}",
    ]
    for n, text in enumerate(texts):
        user = {"id": f"u-{n}", "name": f"观众{n}号 {PHONES[n]}"}
        frames.append({"type": "enter", "ts": base + 1 + n, "user": user})
        frames.append({"type": "comment", "id": f"c-{n}", "ts": base + 2 + n, "user": user, "text": text})
    frames.append({"type": "end", "ts": base + 120})
    path.write_bytes(b"".join(orjson.dumps(f) + b"\n" for f in frames))


def test_replay_takes_applications_and_masks_numbers_everywhere(tmp_path: Path) -> None:
    """Replayed end to end: five applications taken, no raw phone number in any file written."""
    log = tmp_path / "stream.jsonl"
    _recording(log)
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "replay",
            str(log),
            "--catalog",
            str(SEED_CATALOG),
            "--db",
            str(out / "replay.db"),
            "--report",
            str(out / "report"),
            "--transcript",
            str(out / "transcript.jsonl"),
        ],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    written = [p for p in out.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"replay.db", "transcript.jsonl", "report.html", "applications.csv"}
    applications = (out / "report" / "applications.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(applications) == 1 + 5, applications
    posts = proc.stdout.decode()
    assert "已报名5号" in posts
    assert "已报名7号" in posts
    for phone in PHONES:
        assert phone not in posts, phone
        assert phone.encode() not in proc.stderr
        for path in written:
            data = path.read_bytes()
            assert phone.encode() not in data, (phone, path)
            assert phone.encode("utf-16-le") not in data, (phone, path)
    masked = f"{PHONES[0][:3]}****{PHONES[0][-4:]}"
    assert masked.encode() in (out / "replay.db").read_bytes()


@pytest.mark.parametrize("text", ["我也报名", "我和老婆一起报名", "我们两口子报名", "我来报名"])
def test_a_sign_up_with_company_applies(understander: Understander, text: str) -> None:
    """Signing up along with someone, or too, applies for the job on screen; 报名了 only tells."""
    result = understander.understand(text, "J004")
    assert (result.intents, result.job) == (("apply",), "J004"), text
    assert understander.understand("报名了", "J004").intents == ()
