"""Subcommands: report shift (make the signed shift report PDF), report verify.

The PDF is drawn by the GUI package's renderer (:mod:`checkpoint.gui.review.report_pdf`),
imported only inside ``report shift``: the layer contract lets the command line use
the GUI package (as it does to start the app), Qt is loaded only for this command,
and it runs with no display (the offscreen platform).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkpoint.cli.common import Context, OneLineParser, add_common
from checkpoint.errors import UsageError
from checkpoint.services.shifts import report


def cmd_shift(ctx: Context, args: argparse.Namespace) -> int:
    from checkpoint.gui.review.report_pdf import render  # Qt only for this command

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UsageError(f"There is no folder {out.parent} to write the report into.")
    with ctx.login(args.as_) as session:
        made = report.make(session, render, args.shift, args.language)
        report.export(session, made, out)
    print(f"shift report {made.report_id} written to {out}; verification code "
          f"{made.verification_code}; it goes to HQ with the next sync")
    return 0


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read {path}: {e.strerror}") from e
    if args.as_:
        with ctx.login(args.as_) as session:
            check = report.verify_file(session, data)
    else:
        check = report.verify_file(None, data)
    print(f"{path.name}: {check.message()}")
    if check.valid and not args.as_:
        print("(checked against the key named in the file; give --as NAME to check it is "
              "this workstation's key, or verify at HQ)", file=sys.stderr)
    return 0 if check.valid else 1


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = sub.add_parser("report", help="Make and verify signed shift reports.",
                       description="Signed shift reports (PDF).")
    add_common(p)
    s = p.add_subparsers(dest="report_command", metavar="ACTION", required=True,
                         parser_class=OneLineParser)
    q: OneLineParser = s.add_parser(
        "shift", help="Write the signed report of a closed shift as a PDF.",
        description="Write the signed report of a closed shift (default: the newest) as a "
                    "PDF; it is kept and sent to HQ. Passwords, in order: yours.")
    add_common(q)
    q.add_argument("--shift", metavar="ID")
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    q.add_argument("--language", choices=list(report.LANGUAGES),
                   help="default: the workstation's language")
    q.set_defaults(func=cmd_shift)
    q = s.add_parser("verify", help="Check a shift report's seal and signature.",
                     description="Say whether a shift report PDF is valid, and why not. "
                                 "With --as, against this workstation's key. Passwords, in "
                                 "order: yours (only with --as).")
    add_common(q)
    q.add_argument("file", metavar="FILE")
    q.add_argument("--as", dest="as_", metavar="NAME")
    q.set_defaults(func=cmd_verify)
