"""`daigang doctor`: check a catalogue, a database and a platform login in one go, before a stream.

Each check prints one verdict line in English and its Chinese below it, with what to do when
something is wrong:

    ok    catalogue seeds/catalog.yaml: 42 jobs of 14 employers
          岗位目录正常：14 家企业，42 个岗位
    FAIL  database daigang.db: 1 migration pending (run: daigang db migrate --db daigang.db)
          数据库需要升级：请运行 daigang db migrate --db daigang.db

The command exits 0 when every check passed and 2 when any failed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.errors import BotError

MAX_PROBLEMS = 5
"""Catalogue problems listed (the count says how many there are in all)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """One check's outcome, for a person, in English and Chinese."""

    ok: bool
    what: str
    en: str
    zh: str
    details: tuple[str, ...] = ()


def check_catalogue(path: Path) -> Verdict:
    """Whether the catalogue loads; its size, or its problems (each naming file and place)."""
    from catalog.load import check_catalog, load_catalog

    what = f"catalogue {path}"
    if not path.is_file():
        return Verdict(False, what, "no such file", "找不到岗位目录文件，请检查路径")
    problems = check_catalog(path)
    if problems:
        shown = tuple(str(p) for p in problems[:MAX_PROBLEMS])
        more = len(problems) - len(shown)
        details = (*shown, f"… and {more} more (daigang catalog check {path})") if more else shown
        return Verdict(
            False,
            what,
            f"{len(problems)} problem{'s' if len(problems) > 1 else ''}, fix them and check again",
            f"岗位目录有 {len(problems)} 处错误，改好后再检查（daigang catalog check {path}）",
            details,
        )
    catalog = load_catalog(path)
    missing_stream = catalog.stream is None or not (catalog.stream.date and catalog.stream.platform)
    note = (
        " (no stream date/platform: the report will take them from the recording)" if missing_stream else ""
    )
    zh_note = "；未写直播日期或平台，复盘报告将按录像时间填写" if missing_stream else ""
    return Verdict(
        True,
        what,
        f"{len(catalog.jobs)} jobs of {len(catalog.employers)} employers{note}",
        f"岗位目录正常：{len(catalog.employers)} 家企业，{len(catalog.jobs)} 个岗位{zh_note}",
    )


def check_database(db: str) -> Verdict:
    """Whether the database opens, passes its integrity check and has every migration."""
    from bot.store import is_postgres, pending_migrations

    what = f"database {db}"
    if not is_postgres(db) and not Path(db).is_file():
        return Verdict(
            False,
            what,
            "no such file (daigang creates it on the first replay or attach; give the right --db)",
            "找不到数据库文件（首次 replay 或 attach 时会自动创建；请检查 --db）",
        )
    try:
        pending = pending_migrations(db)
    except BotError as exc:
        return Verdict(False, what, str(exc), "数据库打不开或已损坏，请恢复备份或换一个 --db")
    if pending:
        return Verdict(
            False,
            what,
            f"{len(pending)} migration{'s' if len(pending) > 1 else ''} pending "
            f"(run: daigang db migrate --db {db})",
            f"数据库结构需要升级：请运行 daigang db migrate --db {db}",
        )
    checked = "" if is_postgres(db) else ", integrity check ok"
    return Verdict(
        True, what, f"opens, schema up to date{checked}", "数据库正常：能打开，结构是最新的，完整性检查通过"
    )


def check_bilibili(cookie_file: Path | None, room: int | None, api_url: str | None) -> Verdict:
    """Whether the cookie file is usable and logged in (the nav endpoint), and the room exists."""
    from bot.platforms.bilibili.api import BilibiliApi
    from bot.platforms.bilibili.cookies import read_cookie_file

    what = "bilibili login"
    if cookie_file is None:
        return Verdict(
            False,
            what,
            "no --cookie-file: the bot can read the room but not post in it",
            "没有提供 --cookie-file：机器人只能读弹幕，不能在直播间发言",
        )
    try:
        cookie = read_cookie_file(cookie_file)
    except BotError as exc:
        return Verdict(
            False, what, str(exc), "Cookie 文件不可用：请重新从浏览器复制整行 Cookie，并 chmod 600"
        )

    async def probe() -> tuple[int, str]:
        """The logged-in uid, and the room as the platform knows it."""
        async with BilibiliApi(cookie, api_url) as api:
            uid = await api.check_login()
            if room is None:
                return uid, ""
            init = await api.room_init(room)
            state = "live now" if init.live else "not live now"
            return uid, f"; room {room} is room {init.room_id}, {state}"

    try:
        uid, about_room = asyncio.run(probe())
    except BotError as exc:
        return Verdict(False, what, str(exc), "B站登录检查失败：Cookie 可能已过期，或网络不通，或房间号不对")
    zh_room = f"；房间 {room} 存在" if room is not None else ""
    return Verdict(True, what, f"logged in as uid {uid}{about_room}", f"B站已登录：uid {uid}{zh_room}")


def run_doctor(
    catalog: Path | None,
    db: str | None,
    platform: str | None,
    cookie_file: Path | None,
    room: int | None,
    api_url: str | None,
    say: Callable[[str], None] = print,
) -> int:
    """Run the checks asked for and print their verdicts; 0 when all passed, 2 otherwise."""
    verdicts: list[Verdict] = []
    if catalog is not None:
        verdicts.append(check_catalogue(catalog))
    if db is not None:
        verdicts.append(check_database(db))
    if platform == "bilibili":
        verdicts.append(check_bilibili(cookie_file, room, api_url))
    for v in verdicts:
        say(f"{'ok' if v.ok else 'FAIL':<5} {v.what}: {v.en}")
        say(f"{'':<5} {v.zh}")
        for line in v.details:
            say(f"{'':<7}{line}")
    failed = sum(1 for v in verdicts if not v.ok)
    if failed:
        say(f"{failed} of {len(verdicts)} checks failed / {len(verdicts)} 项检查中有 {failed} 项没通过")
        return 2
    say(f"all {len(verdicts)} checks passed / {len(verdicts)} 项检查全部通过")
    return 0
