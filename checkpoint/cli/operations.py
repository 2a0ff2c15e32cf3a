"""Subcommands: operation list | acknowledge | report (joint-operation notices at the post)."""

from __future__ import annotations

import argparse

from checkpoint.cli.common import Context, OneLineParser, add_common
from checkpoint.services import operations


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        found = operations.notices(session, include_past=args.all)
    for p in found:
        n = p.notice
        state = (f"acknowledged by {p.acknowledged_by} {p.acknowledged_at}" if not p.pending
                 else "NOT ACKNOWLEDGED")
        print(f"{n.id}  {n.valid_from[:10]}..{n.valid_to[:10]}  {n.title}  {state}; "
              f"{p.linked} linked inspection(s)")
        for t in n.targets:
            stop = "  DO NOT INTERCEPT (controlled delivery)" \
                if t.action == "do_not_intercept" else ""
            print(f"    target {t.id}: {t.kind} {t.value} ({t.action}){stop}")
    if not found:
        print("no current joint-operation notices")
    return 0


def cmd_acknowledge(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        operations.acknowledge(session, args.id)
    print(f"operation {args.id} acknowledged; HQ learns it with the next sync")
    return 0


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        doc = operations.report(session, args.id, args.remarks or "")
    print(f"operation report {doc['id']}: {len(doc['linked'])} linked inspection(s); it goes "
          "to HQ with the next sync")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = sub.add_parser("operation", help="Joint-operation notices from HQ at this post.",
                       description="Joint-operation notices. Passwords, in order: yours.")
    add_common(p)
    s = p.add_subparsers(dest="operation_command", metavar="ACTION", required=True,
                         parser_class=OneLineParser)

    def action(name: str, text: str) -> OneLineParser:
        q: OneLineParser = s.add_parser(name, help=text, description=text +
                                        " Passwords, in order: yours.")
        add_common(q)
        q.add_argument("--as", dest="as_", required=True, metavar="NAME")
        return q

    q = action("list", "List the notices this post holds, with their targets.")
    q.add_argument("--all", action="store_true", help="also those whose period has ended")
    q.set_defaults(func=cmd_list)
    q = action("acknowledge", "Acknowledge a notice for the post (supervisors).")
    q.add_argument("id", metavar="ID")
    q.set_defaults(func=cmd_acknowledge)
    q = action("report", "Send the post's operation report: linked inspections, outcomes, "
               "remarks (supervisors).")
    q.add_argument("id", metavar="ID")
    q.add_argument("--remarks", metavar="TEXT")
    q.set_defaults(func=cmd_report)
