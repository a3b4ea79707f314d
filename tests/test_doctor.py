"""`daigang doctor`: a catalogue, a database and a Bilibili login checked in one go, in two languages."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.store import open_store
from tests.conftest import ROOT, SEEDS
from tests.fakes.fake_bilibili_strict import StrictBilibili


def test_a_good_catalogue_and_database_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Both checks say ok in English and Chinese, and the command exits 0."""
    db = tmp_path / "d.db"
    open_store(str(db)).close()
    code = main(["doctor", "--catalog", str(SEEDS / "catalog.yaml"), "--db", str(db)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[0] == f"ok    catalogue {SEEDS / 'catalog.yaml'}: 42 jobs of 18 employers"
    assert lines[1].strip() == "岗位目录正常：18 家企业，42 个岗位"
    assert lines[2] == f"ok    database {db}: opens, schema up to date, integrity check ok"
    assert lines[-1] == "all 2 checks passed / 2 项检查全部通过"


def test_a_broken_catalogue_and_a_damaged_database_fail_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each problem is named with its place, the damage is named, and the command exits 2."""
    bad = tmp_path / "c.yaml"
    text = (SEEDS / "catalog.yaml").read_text(encoding="utf-8").replace("number: 3\n", "number: 2\n", 1)
    bad.write_text(text, encoding="utf-8")
    damaged = tmp_path / "d.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 80 + b"not a database" * 300)
    code = main(["doctor", "--catalog", str(bad), "--db", str(damaged)])
    out = capsys.readouterr().out
    assert code == 2
    assert f"FAIL  catalogue {bad}: " in out
    assert "岗位目录有" in out
    assert f"{bad}:" in out.split("岗位目录有")[1]
    assert f"FAIL  database {damaged}: " in out
    assert "数据库打不开或已损坏" in out
    assert out.splitlines()[-1] == "2 of 2 checks failed / 2 项检查中有 2 项没通过"


def test_a_database_behind_on_migrations_says_how_to_migrate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An old database is not changed by the check, which names the command that brings it up to date."""
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE notes (x)")
    code = main(["doctor", "--db", str(old)])
    out = capsys.readouterr().out
    assert code == 2
    assert f"(run: daigang db migrate --db {old})" in out
    assert "数据库结构需要升级" in out
    with sqlite3.connect(old) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"notes"}


def test_doctor_with_nothing_to_check_says_what_to_give(capsys: pytest.CaptureFixture[str]) -> None:
    """No flags: one line naming the flags, exit 2."""
    assert main(["doctor"]) == 2
    assert capsys.readouterr().err.strip() == (
        "daigang: doctor: give what to check: --catalog FILE, --db FILE|URL, --platform bilibili"
    )


async def doctor(*args: str) -> tuple[int, str]:
    """`daigang doctor ARGS` in its own process (the fake platform runs in this one)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "doctor", *args,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode()


async def test_a_bilibili_login_is_checked_through_nav_and_the_room_looked_up(tmp_path: Path) -> None:
    """A good cookie logs in as its uid and the short room id resolves; a stale one is named as such."""
    cookie = tmp_path / "cookie.txt"
    async with StrictBilibili() as fake:
        cookie.write_text(
            f"SESSDATA={fake.sessdata}; bili_jct={fake.csrf}; DedeUserID={fake.uid}\n", encoding="utf-8"
        )
        cookie.chmod(0o600)
        flags = ("--platform", "bilibili", "--cookie-file", str(cookie), "--api-url", fake.base_url)
        code, out = await doctor(*flags, "--room", str(fake.short_id))
        assert code == 0, out
        assert f"logged in as uid {fake.uid}; room {fake.short_id} is room {fake.room_id}" in out
        assert f"B站已登录：uid {fake.uid}" in out
        cookie.write_text(f"SESSDATA=stale; bili_jct={fake.csrf}; DedeUserID={fake.uid}\n", encoding="utf-8")
        code, out = await doctor(*flags)
        assert code == 2
        assert "not logged in (SESSDATA expired?)" in out
        assert "B站登录检查失败" in out
