"""Subcommands: export, import, demo."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.domain.ids import format_utc
from checkpoint.errors import FormatError, UsageError
from checkpoint.services import demo, exchange


def _since(text: str | None) -> str | None:
    """A date (YYYY-MM-DD, UTC midnight) or a full UTC timestamp."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            return format_utc(datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC))
        return format_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError as e:
        raise UsageError(f"--since {text!r}: give a date like 2026-03-14.") from e


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    since = _since(args.since)
    with ctx.login(args.as_) as session:
        if args.out:
            out_path = Path(args.out).expanduser()
            tmp = out_path.with_name(f".{out_path.name}.part")
            with tmp.open("w", encoding="utf-8", newline="") as out:
                n = exchange.export(session, out, args.format, since)
            tmp.replace(out_path)
        else:
            n = exchange.export(session, sys.stdout, args.format, since)
    print(f"exported {n} inspection(s)", file=sys.stderr)
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        try:
            report = exchange.import_file(session, Path(args.file).expanduser())
        except FormatError as e:
            for problem in e.problems:
                print(problem, file=sys.stderr)
            raise
    print(f"imported {report.imported} inspection(s); {report.already_present} already present")
    return 0


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    if args.records < 1:
        raise UsageError("--records must be at least 1.")
    with ctx.login(args.as_) as session:
        def show(done: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{args.records}", end="", file=sys.stderr, flush=True)

        n = demo.fill(session, args.records, seed=args.seed, days=args.days, progress=show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{n} synthetic inspection(s) written")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = subcommand(sub, "export", "Write finalized inspections in the inspection.v1 form.",
                   "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.add_argument("--since", metavar="DATE", help="only inspections created since (UTC)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_export)

    p = subcommand(sub, "import", "Import inspections from a JSON-lines file, all or nothing.",
                   "your password")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_import)

    p = subcommand(sub, "demo", "Fill the workstation with synthetic inspections.",
                   "your password")
    p.add_argument("--records", type=int, required=True, metavar="N")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--days", type=int, default=30, help="spread over the last N days")
    p.set_defaults(func=cmd_demo)
