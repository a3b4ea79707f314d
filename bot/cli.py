"""The `daigang` command line: one sub-command per job a host or recruiter does.

Bad input anywhere gives one clear line naming the file and place, and exit code 2.
Heavy modules are imported inside each command so that start-up stays quick.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from bot.errors import BotError
from bot.platforms import PLATFORMS, Attachment
from bot.runtime.heap import after_startup, collector_kept, during_startup

if TYPE_CHECKING:
    from bot.profiles import Profile
    from bot.report import ReportPaths
    from bot.runtime.transport import TransportFactory
    from bot.understand import Understander

EXIT_BAD_INPUT = 2
RECORDING_FORMATS = ("jsonl", "bilibili-xml", "chat-downloader", "csv", "douyin-grab", "wxlivespy")
"""`--format` of replay and room: `bot.recordings.read.FORMATS` (not imported here, to start quickly)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad flag in one line with exit code 2 (never a traceback)."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2."""
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _load_catalog(path: Path) -> object:
    """Load a catalogue or raise a BotError carrying every problem, one per line."""
    from catalog.errors import CatalogError
    from catalog.load import load_catalog

    try:
        return load_catalog(path)
    except CatalogError as exc:
        raise BotError("\n".join(str(p) for p in exc.problems)) from None


def cmd_catalog_check(args: argparse.Namespace) -> int:
    """`daigang catalog check FILE`: every problem at once, exit 2 when there is any."""
    from catalog.load import check_catalog

    problems = check_catalog(Path(args.file))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return EXIT_BAD_INPUT
    print(f"{args.file}: ok")
    return 0


def cmd_catalog_convert(args: argparse.Namespace) -> int:
    """`daigang catalog convert IN OUT` between YAML, JSON, CSV and XLSX."""
    from catalog.convert import convert
    from catalog.errors import CatalogError

    try:
        dropped = convert(Path(args.src), Path(args.dst))
    except CatalogError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    if dropped:
        parts = {"stream": "the stream header (title, host, date, platform)", "faq": "the stream-wide FAQ"}
        zh = {"stream": "直播信息（标题、主播、日期、平台）", "faq": "全场问答"}
        print(
            f"notice: {args.dst} leaves out {' and '.join(parts[d] for d in dropped)}: a CSV holds one "
            f"row per job (keep {args.src}, or write .xlsx to keep them) / 注意：CSV 每行一个岗位，"
            f"{'和'.join(zh[d] for d in dropped)}没有写进 {args.dst}，需要保留请另存为 .xlsx",
            file=sys.stderr,
        )
    print(f"wrote {args.dst}")
    return 0


def _understander(path: Path, *, plain: bool = False) -> Understander:
    """The understander for a catalogue file: the snapshot kept for these bytes, this lexicon and
    this code when there is one (the catalogue was read and checked when it was made: its
    `index.catalog` is what loading the file gives), else loaded, built and kept for next time.
    With `plain` (for understanding alone), a snapshot whose catalogue is plain records, which
    loads without pydantic."""
    from bot.understand.snapshot import load_snapshot, save_snapshot

    understander = load_snapshot(path, plain=plain) if path.is_file() else None
    if understander is None:
        from bot.understand import Understander
        from catalog.models import Catalog

        catalog = _load_catalog(path)
        assert isinstance(catalog, Catalog)
        understander = Understander(catalog)
        save_snapshot(path, understander, plain=plain)
    return understander


def cmd_understand(args: argparse.Namespace) -> int:
    """`daigang understand --catalog FILE`: JSON Lines in, the understanding contract out."""
    during_startup()
    from bot.understand.cli import understand_stream

    understander = _understander(Path(args.catalog), plain=True)
    after_startup()
    return understand_stream(understander, sys.stdin.buffer, sys.stdout.buffer, sys.stderr)


def cmd_eval(args: argparse.Namespace) -> int:
    """`daigang eval [LABELLED] --catalog FILE [--chatter PATH]… [--answers SET]`: precision, recall,
    F1, confusion, misses; for each real chatter file or folder, the share of lines given a domain
    intent; with `--answers SET`, whether each asker is told the fact asked, per `--profile`."""
    from bot.evaluate import evaluate, format_chatter, format_eval, measure_chatter
    from bot.profiles import get_profile
    from catalog.models import Catalog

    if args.labelled is None and not args.chatter and args.answers is None:
        raise BotError("daigang eval: give a labelled file, --chatter PATH or --answers SET")
    catalog = _load_catalog(Path(args.catalog))
    assert isinstance(catalog, Catalog)
    if args.labelled is not None:
        labelled = Path(args.labelled)
        print(format_eval(evaluate(labelled, catalog, score_jobs=not args.intents_only)))
    for chatter in args.chatter:
        path = Path(chatter)
        if not path.exists():
            raise BotError(f"{path}: no such chatter file or folder")
        print(format_chatter(measure_chatter(path, catalog, show=args.show)))
    if args.answers is not None:
        from bot.evaluate_answers import format_answer_score, score_answers

        for name in args.profile or ["bilibili", "douyin", "generic"]:
            score = score_answers(Path(args.answers), catalog, get_profile(name))
            print(format_answer_score(score, misses=not args.quiet))
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """`daigang replay LOG --catalog FILE`: the bot on a recording, printing its transcript."""
    during_startup()
    from bot.profiles import get_profile
    from bot.progress import estimate_comments, on_terminal, progress_bar
    from bot.replay import replay, run_in_loop, run_unpaced
    from bot.store import open_store
    from bot.wiring import TranscriptWriter, build_room, human_line

    understander = _understander(Path(args.catalog))
    catalog = understander.index.catalog
    profile = get_profile(args.profile, args.max_chars)
    log = Path(args.log)
    if not log.is_file():
        raise BotError(f"{log}: no such recording")
    from bot.runtime.clock import parse_speed

    speed = parse_speed(args.speed)
    transcript = TranscriptWriter.open(Path(args.transcript)) if args.transcript else None
    try:
        # As fast as it goes, a replay's batches of rows are written by a process of their own.
        store = open_store(args.db, offload=speed is None)
    except BaseException:
        if transcript is not None:
            transcript.close()
        raise
    bar = progress_bar(estimate_comments(log) if on_terminal() else None, "replay", " comments")
    update = _crash_drill(bar.update if on_terminal() else None)
    try:
        room = build_room(catalog, profile, understander=understander)
        after_startup()
        run = run_unpaced if speed is None else run_in_loop
        result = run(
            replay(
                log,
                catalog,
                profile,
                store,
                room=room,
                speed=speed,
                fmt=args.format,
                features=args.feature,
                polls=args.poll,
                progress=update,  # type: ignore[arg-type]
                on_post=transcript.write if transcript is not None else None,
            )
        )
    finally:
        store.close()
        if transcript is not None:
            transcript.close()
        bar.close()
    if result.unknown_features:
        print(
            f"warning: {log} puts jobs on screen that {args.catalog} does not have: "
            f"{', '.join(result.unknown_features)} (their time on screen counts for no job; "
            "check the catalogue or --feature)",
            file=sys.stderr,
        )
    if not args.quiet:
        for post in result.posts:
            print(human_line(post, result.start))
    for warning in result.recording.warnings:
        print(f"daigang: {warning}", file=sys.stderr)
    skipped = result.recording.summary()
    print(
        f"replayed {result.comments} comments, {result.events} events: {len(result.posts)} posts, "
        f"{result.applications} applications; {skipped + '; ' if skipped else ''}"
        f"session {result.session} in {args.db}",
        file=sys.stderr,
    )
    if args.report:
        from bot.report import write_report

        paths = write_report(args.db, Path(args.report), result.session)
        print_report_paths(paths, sys.stderr)
    return 0


def print_report_paths(paths: ReportPaths, out: TextIO) -> None:
    """Where the report's files are, one per line, for a person."""
    rows = [
        ("report", paths.html),
        ("markdown", paths.markdown),
        ("json", paths.json),
        ("applications", paths.applications),
        *((f"applications ({employer})", path) for employer, path in paths.per_employer.items()),
    ]
    width = max(len(name) for name, _ in rows) + 1
    for name, path in rows:
        print(f"{name + ':':<{width}} {path}", file=out)


def _crash_drill(update: object) -> object:
    """With DAIGANG_CRASH_AFTER=N the process kills itself (SIGKILL) after N comments: a fault
    drill for the store's durability, used by the test suite."""
    import os

    limit = int(os.environ.get("DAIGANG_CRASH_AFTER", "0") or 0)
    if limit <= 0:
        return update
    seen = 0

    def count(n: int) -> None:
        nonlocal seen
        seen += n
        if callable(update):
            update(n)
        if seen >= limit:
            import signal

            os.kill(os.getpid(), signal.SIGKILL)

    return count


def cmd_report(args: argparse.Namespace) -> int:
    """`daigang report --db FILE [--session ID] --out DIR`: the review report of one stream, or with
    `--since`/`--until`/`--employer` the report across streams."""
    from bot.report import write_range_report, write_report

    out = Path(args.out)
    if args.since or args.until or args.employer:
        if args.session:
            raise BotError("--session cannot be combined with --since, --until or --employer")
        since = parse_date(args.since, "--since") if args.since else None
        until = parse_date(args.until, "--until", end_of_day=True) if args.until else None
        paths = write_range_report(args.db, out, since, until, args.employer)
    else:
        paths = write_report(args.db, out, args.session, per_employer=args.per_employer)
    print_report_paths(paths, sys.stdout)
    return 0


def parse_date(value: str, flag: str, end_of_day: bool = False) -> float:
    """`2026-11-20` (or with a time, `2026-11-20T18:00`) in Beijing time, as epoch seconds."""
    from datetime import datetime, timedelta, timezone

    china = timezone(timedelta(hours=8))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BotError(f"{flag} {value}: give a date like 2026-11-20") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=china)
    if end_of_day and len(value) <= 10:
        parsed += timedelta(days=1)
    return parsed.timestamp()


def cmd_db_migrate(args: argparse.Namespace) -> int:
    """`daigang db migrate --db FILE|URL`: bring the schema up to date."""
    from bot.store import migrate

    applied = migrate(args.db)
    print(f"{args.db}: " + (f"applied migrations {applied}" if applied else "schema up to date"))
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """`daigang feedback`: an employer's satisfaction after the stream."""
    from bot.report.feedback import record_feedback

    record_feedback(args.db, args.session, args.employer, args.score, args.comment, time.time())
    print(f"feedback of {args.employer} recorded")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`daigang demo`: the seed recording through the bot, then the review report."""
    from bot.demo import run_demo

    return run_demo(Path(args.out), args.speed, args.keep_open, args.console, args.overlay)


def cmd_doctor(args: argparse.Namespace) -> int:
    """`daigang doctor`: check a catalogue, a database and a platform login; exit 2 if any fails."""
    from bot.doctor import run_doctor

    if args.catalog is None and args.db is None and args.platform is None:
        raise BotError("doctor: give what to check: --catalog FILE, --db FILE|URL, --platform bilibili")
    if args.platform is None:
        given = [f for f, v in (("--cookie-file", args.cookie_file), ("--room", args.room),
                                ("--api-url", args.api_url)) if v is not None]  # fmt: skip
        if given:
            raise BotError(f"doctor: {', '.join(given)} go with --platform bilibili")
    return run_doctor(
        Path(args.catalog) if args.catalog is not None else None,
        args.db,
        args.platform,
        Path(args.cookie_file) if args.cookie_file is not None else None,
        args.room,
        args.api_url,
    )


def cmd_bench(args: argparse.Namespace) -> int:
    """`daigang bench [--quick] [--json]`: speed, memory and service figures."""
    from bot.bench import run_bench

    run_bench(args.quick, args.json)
    return 0


def cmd_room(args: argparse.Namespace) -> int:
    """`daigang room LOG`: serve a recording as a live room (daigang-ws v1) for rehearsals and tests."""
    from bot.live.room_server import parse_drop_at, room_command
    from bot.profiles import get_profile
    from bot.runtime.clock import parse_speed

    return room_command(
        Path(args.log),
        get_profile(args.profile, args.max_chars),
        speed=parse_speed(args.speed),
        host=args.host,
        port=args.port,
        drop_every=args.drop_every,
        drop_at=parse_drop_at(args.drop_at),
        rewind=args.rewind,
        fmt=args.format,
        features=args.feature,
    )


BILIBILI_FLAGS = ("room", "ws_url", "api_url", "cookie_file", "uid", "key")
"""The `attach` flags that only go with `--platform bilibili`."""
URL_PLATFORMS = ("ws", "douyin-grab")
"""The platforms `attach` takes a ws:// URL for."""
DEFAULT_PROFILES = {"bilibili": "bilibili"}
"""The posting profile of a platform that posts into its own chat (generic for a daigang-ws room);
a platform whose posts go to the overlay takes the overlay's."""


def cmd_attach(args: argparse.Namespace) -> int:
    """`daigang attach URL|--platform bilibili --room ID --catalog FILE`: the bot on a room to its end."""
    from bot.live.attach import Outputs, attach_command
    from bot.profiles import get_profile
    from catalog.models import Catalog

    if args.source or args.relay is not None:
        return _attach_sources(args)
    attachment = _attach_source(args)
    catalog = _load_catalog(Path(args.catalog))
    assert isinstance(catalog, Catalog)
    outputs = Outputs(
        transcript=Path(args.transcript) if args.transcript else None,
        record=Path(args.record) if args.record else None,
        console=args.console,
        overlay=args.overlay,
        echo=not args.quiet,
    )
    default_profile = "overlay" if attachment.screen else DEFAULT_PROFILES.get(args.platform, "generic")
    profile = get_profile(args.profile or default_profile, args.max_chars)
    return attach_command(
        attachment.source,
        catalog,
        profile,
        args.db,
        outputs,
        args.silence,
        attachment.transport,
    )


SOURCE_KINDS = ("ws", "bilibili", "douyin-grab", "wxlivespy")
"""What `--source KIND=ARG` takes: a daigang-ws URL, a Bilibili room, DouyinBarrageGrab's URL,
wxlivespy's port."""


def _source_args(args: argparse.Namespace, spec: str) -> tuple[str, argparse.Namespace]:
    """`KIND=ARG` as the kind and the flags its platform's client reads."""
    kind, sep, value = spec.partition("=")
    if not sep or kind not in SOURCE_KINDS or not value:
        raise BotError(f"--source {spec}: give KIND=ARG with KIND one of {', '.join(SOURCE_KINDS)}")
    ns = argparse.Namespace(**vars(args))
    ns.platform, ns.url = kind, None
    if kind in ("ws", "douyin-grab"):
        ns.url = value
    else:
        if not value.isdigit():
            raise BotError(
                f"--source {spec}: {'the room number' if kind == 'bilibili' else 'a port'} is a number"
            )
        if kind == "bilibili":
            ns.room = int(value)
        else:
            ns.listen = int(value)
    return kind, ns


def _attach_sources(args: argparse.Namespace) -> int:
    """`daigang attach --source KIND=ARG …`: one bot, one room state, a lane per source."""
    from bot.live.attach import Outputs, attach_lanes_command
    from bot.platforms import get_platform
    from bot.profiles import get_profile
    from catalog.models import Catalog

    if args.source and (args.url is not None or args.platform is not None):
        raise BotError("attach: --source names every source; give no URL or --platform beside it")
    lanes: list[tuple[str, Profile, TransportFactory]] = []
    if not args.source and (args.url is not None or args.platform is not None):
        main = _attach_source(args)
        kind = args.platform or "ws"
        default = "overlay" if main.screen else DEFAULT_PROFILES.get(kind, "generic")
        lanes.append((kind, get_profile(args.profile or default, args.max_chars), main.transport))
    for spec in args.source:
        kind, ns = _source_args(args, spec)
        attachment = get_platform(kind).attach(ns)
        taken = {name for name, _, _ in lanes}
        name = (
            kind
            if kind not in taken
            else next(f"{kind}-{i}" for i in range(2, 100) if f"{kind}-{i}" not in taken)
        )
        default = "overlay" if attachment.screen else DEFAULT_PROFILES.get(kind, "generic")
        lanes.append((name, get_profile(default), attachment.transport))
    token = None
    if args.relay is not None:
        import secrets

        from bot.platforms.relay.client import relay_transport

        token = secrets.token_urlsafe(18)
        lanes.append(("relay", get_profile("overlay"), relay_transport(args.relay, token)))
    catalog = _load_catalog(Path(args.catalog))
    assert isinstance(catalog, Catalog)
    outputs = Outputs(
        transcript=Path(args.transcript) if args.transcript else None,
        record=Path(args.record) if args.record else None,
        console=args.console,
        token=token,
        echo=not args.quiet,
    )
    return attach_lanes_command(lanes, catalog, args.db, outputs)


def _attach_source(args: argparse.Namespace) -> Attachment:
    """The feed `attach` names and what makes its connection loop; a bad combination raises."""
    from bot.platforms import get_platform

    given = [f"--{name.replace('_', '-')}" for name in BILIBILI_FLAGS if getattr(args, name) is not None]
    if args.platform in (None, "ws"):
        if args.url is None:
            raise BotError("attach: give the room's ws:// URL, or --platform bilibili --room ID")
        if given:
            raise BotError(f"attach: {', '.join(given)} need --platform bilibili (not a URL)")
        return get_platform("ws").attach(args)
    if args.url is not None and args.platform not in URL_PLATFORMS:
        raise BotError(f"attach: give either the URL {args.url} or --platform {args.platform}, not both")
    return get_platform(args.platform).attach(args)


OVERLAY_HELP = (
    "also show the answers and the job card on the console's overlay page "
    "(/overlay, a browser source for OBS / 直播伴侣); starts the console if needed"
)


def build_parser() -> Parser:
    """All sub-commands and their flags."""
    parser = Parser(prog="daigang", description="An assistant bot for 带岗直播 live streams.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    p = sub.add_parser("demo", help="the seed recording through the bot, with console and report")
    p.add_argument("--out", default="daigang-demo")
    p.add_argument("--speed", default="120")
    p.add_argument("--keep-open", action="store_true")
    p.add_argument("--console", type=int, default=8080)
    p.add_argument("--overlay", action="store_true", help=OVERLAY_HELP)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("room", help="serve a recording as a local live room (daigang-ws v1)")
    p.add_argument("log")
    p.add_argument("--port", type=int, default=8765, help="0: any free port")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--speed", default="1", help="N times real time, or max (time rules then not judged)")
    p.add_argument("--profile", default="generic")
    p.add_argument("--max-chars", type=int, default=None)
    p.add_argument("--format", choices=RECORDING_FORMATS)
    p.add_argument("--feature", default=None, help='e.g. "00:05:00=J003,00:12:30=J005"')
    p.add_argument("--drop-every", type=int, default=None, help="drop the connection after every N frames")
    p.add_argument("--drop-at", default=None, help="drop the connection after these frame indexes: 120,480")
    p.add_argument("--rewind", type=int, default=5, help="frames re-sent after a reconnect")
    p.set_defaults(func=cmd_room)

    p = sub.add_parser("attach", help="attach the bot to a live room (daigang-ws, Bilibili, Douyin, 视频号…)")
    p.add_argument(
        "url", nargs="?", default=None, help="the room's ws:// URL (daigang-ws or DouyinBarrageGrab)"
    )
    p.add_argument("--catalog", required=True)
    p.add_argument(
        "--platform", choices=sorted(PLATFORMS), default=None, help="the room's platform (default: ws, a URL)"
    )
    p.add_argument("--room", type=int, default=None, help="bilibili: the live room's number")
    p.add_argument("--ws-url", default=None, help="bilibili: the danmaku server (default: from getDanmuInfo)")
    p.add_argument("--key", default=None, help="bilibili: the auth key to go with --ws-url")
    p.add_argument(
        "--api-url", default=None, help="bilibili: send every HTTP request to this base URL (real paths)"
    )
    p.add_argument("--cookie-file", default=None, help="bilibili: the Cookie header (else listen only)")
    p.add_argument("--code", default=None, help="bilibili-open: the host's 身份码 from the live centre")
    p.add_argument(
        "--open-keys", default=None, help="bilibili-open: file with access_key_id, access_key_secret, app_id"
    )
    p.add_argument("--uid", type=int, default=None, help="bilibili: log in as (default: the cookie's)")
    p.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="KIND=ARG",
        help="several sources at once (repeat): ws=URL, bilibili=ROOM, douyin-grab=URL, wxlivespy=PORT",
    )
    p.add_argument(
        "--relay",
        type=int,
        default=None,
        metavar="PORT",
        help="also take daigang-ws frames from other readers at ws:// and http://127.0.0.1:PORT/relay",
    )
    p.add_argument(
        "--listen", type=int, default=None, help="wxlivespy, douyin-push: the port to take pushes on"
    )
    p.add_argument("--secret-file", default=None, help="douyin-push: the file holding the app's push secret")
    p.add_argument(
        "--profile",
        default=None,
        help="default: bilibili on Bilibili, overlay where posts go on screen, else generic",
    )
    p.add_argument("--max-chars", type=int, default=None)
    p.add_argument("--db", default="daigang.db")
    p.add_argument("--record", default=None, help="write what the room sent as a jsonl recording")
    p.add_argument("--transcript", default=None)
    p.add_argument("--console", type=int, default=None, help="serve the host console on this port")
    p.add_argument("--overlay", action="store_true", help=OVERLAY_HELP)
    p.add_argument("--silence", type=float, default=60.0, help="seconds without a frame before reconnecting")
    p.add_argument(
        "--connect-timeout",
        type=float,
        default=60.0,
        help="seconds to keep trying when the first connection never succeeds (then exit 2)",
    )
    p.add_argument("--quiet", action="store_true", help="do not print the posts")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("replay", help="replay a recording through the bot")
    p.add_argument("log")
    p.add_argument("--catalog", required=True)
    p.add_argument("--profile", default="generic")
    p.add_argument("--max-chars", type=int, default=None)
    p.add_argument("--speed", default="max")
    p.add_argument("--format", choices=RECORDING_FORMATS)
    p.add_argument("--feature", default=None, help='e.g. "00:05:00=J003,00:12:30=J005"')
    p.add_argument("--poll", default=None, help='host starts/stops the poll, e.g. "00:36:00-00:40:00"')
    p.add_argument("--transcript", default=None)
    p.add_argument("--db", default="daigang.db")
    p.add_argument("--report", default=None)
    p.add_argument("--quiet", action="store_true", help="do not print the transcript")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("understand", help="JSON Lines of comments in, understanding out")
    p.add_argument("--catalog", required=True)
    p.set_defaults(func=cmd_understand)

    p = sub.add_parser("eval", help="score the understanding on labelled comments and real chatter")
    p.add_argument("labelled", nargs="?", default=None)
    p.add_argument("--catalog", required=True)
    p.add_argument(
        "--chatter",
        action="append",
        default=[],
        help="real live chatter (a text file, one comment a line; a Bilibili capture CSV; or a folder):"
        " print the share of lines given a domain intent; repeatable",
    )
    p.add_argument("--show", type=int, default=0, help="with --chatter: print up to N of the lines answered")
    p.add_argument(
        "--intents-only", action="store_true", help="do not score job resolution (formal questions)"
    )
    p.add_argument("--answers", help="an answer set: does each asker get the fact asked")
    p.add_argument(
        "--profile",
        action="append",
        choices=("bilibili", "douyin", "wechat", "generic"),
        help="with --answers: a platform profile (repeatable; default: bilibili, douyin, generic)",
    )
    p.add_argument("--quiet", action="store_true", help="with --answers: the figures without the misses")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("catalog", help="check or convert a catalogue")
    csub = p.add_subparsers(dest="catalog_command", required=True, parser_class=Parser)
    c = csub.add_parser("check")
    c.add_argument("file")
    c.set_defaults(func=cmd_catalog_check)
    c = csub.add_parser("convert")
    c.add_argument("src")
    c.add_argument("dst")
    c.set_defaults(func=cmd_catalog_convert)

    p = sub.add_parser("report", help="write the review report")
    p.add_argument("--db", default="daigang.db")
    p.add_argument("--session", default=None)
    p.add_argument("--out", required=True)
    p.add_argument("--per-employer", action="store_true")
    p.add_argument("--since", default=None, help="across streams: from this date (Beijing time)")
    p.add_argument("--until", default=None, help="across streams: up to and including this date")
    p.add_argument("--employer", default=None, help="across streams: one employer's account")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("db", help="the database")
    dsub = p.add_subparsers(dest="db_command", required=True, parser_class=Parser)
    d = dsub.add_parser("migrate")
    d.add_argument("--db", default="daigang.db")
    d.set_defaults(func=cmd_db_migrate)

    p = sub.add_parser("feedback", help="record an employer's satisfaction")
    p.add_argument("--db", default="daigang.db")
    p.add_argument("--session", default=None)
    p.add_argument("--employer", required=True)
    p.add_argument("--score", type=int, required=True)
    p.add_argument("--comment", default=None)
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("doctor", help="check a catalogue, a database and a platform login before a stream")
    p.add_argument("--catalog", default=None, help="a catalogue file to load and validate")
    p.add_argument(
        "--db", default=None, help="a SQLite file or postgresql:// URL: opens, migrations, integrity"
    )
    p.add_argument("--platform", choices=["bilibili"], default=None, help="check the login on a platform")
    p.add_argument("--cookie-file", default=None, help="bilibili: the account's Cookie header")
    p.add_argument("--room", type=int, default=None, help="bilibili: the live room to look up")
    p.add_argument("--api-url", default=None, help="bilibili: send the platform's HTTP requests here")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("bench", help="measure speed, memory and service")
    p.add_argument("--quick", action="store_true", help="a smaller scale, about a minute")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a BotError becomes one line on stderr and exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with collector_kept():
            code: int = args.func(args)
    except BotError as exc:
        print(f"daigang: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
