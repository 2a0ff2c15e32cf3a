"""Subcommands: enroll, sync now / status / export / quarantine."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkpoint.cli import wording
from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.services import sync
from checkpoint.services.sync import SyncEngine, SyncReport, SyncState, SyncStatus

_STATES = {SyncState.OFFLINE: "offline", SyncState.SYNCING: "syncing",
           SyncState.UP_TO_DATE: "up to date", SyncState.ERROR: "error"}


def cmd_enroll(ctx: Context, args: argparse.Namespace) -> int:
    ca = sync.read_ca(Path(args.ca))
    with ctx.login(args.as_) as session:
        done = sync.enroll(session, args.url, args.code, ca,
                                 plain_http=args.dev_plain_http, label=args.label)
    print(f"enrolled with HQ {done.hq_id} as workstation {done.device_id} of post {done.post}; "
          f"HQ key {done.hq_key_fingerprint}")
    return 0


def describe(report: SyncReport) -> list[str]:
    lines = [f"sent {report.pushed} journal entries: {report.applied} applied, "
             f"{report.duplicates} already at HQ, {report.rejected} refused (quarantined)",
             f"received {report.pulled} items from HQ: {report.pulled_applied} applied, "
             f"{report.parked} held back behind local changes, {report.accounts} operator "
             "accounts"]
    if report.resync:
        lines.append("HQ asked for a full resync; everything was pulled again")
    if report.cancelled:
        lines.append("cancelled; the rest follows at the next sync")
    lines.extend(report.notes)
    return lines


def show_status(status: SyncStatus) -> list[str]:
    lines = [f"state: {_STATES.get(status.state, status.state)}",
             f"last success: {status.last_success or 'never'}",
             f"records not yet acknowledged by HQ: {status.unacknowledged}"]
    if status.reason or status.code:
        lines.append(f"reason: {wording.status_reason(status.code, status.params, status.reason)}")
    if status.quarantined:
        lines.append(f"items refused by HQ (quarantined): {status.quarantined}")
    if status.clock_skew is not None:
        warn = " (WARNING: more than 300 s; set the clock)" if status.skew_warning else ""
        lines.append(f"clock difference to HQ: {status.clock_skew:+.1f} s{warn}")
    return lines


def cmd_sync_now(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session, SyncEngine.for_session(session) as engine:
        report = engine.sync_now(asked=True)  # journaled by the engine
        status = engine.status()
    for line in describe(report):
        print(line)
    if status.skew_warning:
        print(show_status(status)[-1])
    return 0


def cmd_sync_status(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session, SyncEngine.for_session(session) as engine:
        status = engine.status()
    for line in show_status(status):
        print(line)
    return 0


def cmd_sync_export(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        done = sync.export_bundle(session, Path(args.file))
    print(f"transfer bundle written to {done.path}: journal entries {done.from_seq}-"
          f"{done.to_seq} ({done.entries} entries, {done.records} records); take it to HQ "
          "(checkpoint-hq import)")
    return 0


def cmd_sync_quarantine(ctx: Context, args: argparse.Namespace) -> int:
    # supervisors only: the engine checks the role
    with ctx.login(args.as_) as session, SyncEngine.for_session(session) as engine:
        if args.retry:
            report = engine.retry_quarantined()
            print(f"offered {report.pushed} quarantined records again: {report.applied} "
                  f"accepted, {report.rejected} still refused")
        items = engine.quarantined()
    if not items:
        print("nothing quarantined")
    for q in items:
        print(f"entry {q.seq}\t{q.subject}\t{q.quarantined_at}\t{q.reason}")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = subcommand(sub, "enroll", "Enroll this workstation with HQ (supervisors only).",
                   "the supervisor's password")
    p.add_argument("url", metavar="URL", help="HQ's address, e.g. https://hq.example:8443")
    p.add_argument("--code", required=True, help="the one-time code HQ issued")
    p.add_argument("--ca", required=True, metavar="FILE", help="HQ's CA certificate to pin")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.add_argument("--label", help="a name for this workstation at HQ")
    p.add_argument("--dev-plain-http", action="store_true",
                   help="allow an http:// address (development only)")
    p.set_defaults(func=cmd_enroll)

    sync = sub.add_parser("sync", help="Synchronise with HQ.",
                          description="Synchronise with HQ.")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True,
                               parser_class=OneLineParser)
    p = subcommand(ssub, "now", "Push what HQ lacks and pull what HQ published, once.",
                   "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_sync_now)
    p = subcommand(ssub, "status", "Show what the status bar shows.", "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_sync_status)
    p = subcommand(ssub, "export", "Write an encrypted transfer bundle for HQ (offline).",
                   "your password")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_sync_export)
    p = subcommand(ssub, "quarantine", "List items HQ refused (supervisors only).",
                   "the supervisor's password")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.add_argument("--retry", action="store_true", help="offer them to HQ again first")
    p.set_defaults(func=cmd_sync_quarantine)
