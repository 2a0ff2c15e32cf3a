"""Subcommands: audit verify, rekey, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.errors import JournalError
from checkpoint.services import audit, maintenance


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        try:
            count = audit.verify_journal(session)
        except JournalError as e:
            print(f"journal damaged: {e}", file=sys.stderr)
            return 1
    print(f"journal intact: {count} entries")
    return 0


def cmd_rekey(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        maintenance.rekey(session)
    print("data key rotated; every key slot re-sealed")
    return 0


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        dest = maintenance.backup(session, Path(args.file))
    print(f"encrypted backup written to {dest}")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    moved = maintenance.restore(ctx.home, Path(args.file).expanduser(), force=args.force)
    if moved:
        print(f"previous workstation files moved to {moved}")
    print(f"workstation restored in {ctx.home} from {args.file}; log in to continue")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    audit_p = sub.add_parser("audit", help="Check the journal.", description="Check the journal.")
    asub = audit_p.add_subparsers(dest="audit_command", metavar="ACTION", required=True,
                                  parser_class=OneLineParser)
    p = subcommand(asub, "verify", "Verify the hash-chained journal and its signed checkpoints.",
                   "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_audit_verify)

    p = subcommand(sub, "rekey", "Rotate the data key and re-seal every key slot.",
                   "the supervisor's password")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_rekey)

    p = subcommand(sub, "backup", "Write an encrypted backup of the workstation.",
                   "your password")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_backup)

    p = subcommand(sub, "restore", "Replace the workstation with a backup.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="replace an existing workstation (its files are kept aside)")
    p.set_defaults(func=cmd_restore)
