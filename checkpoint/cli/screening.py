"""Subcommands: screen, watchlist status, hit list, hit triage."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.errors import UsageError
from checkpoint.screening import IdentifierQuery, PersonQuery, Query, Result
from checkpoint.services import hits, screening, sync


def _query(args: argparse.Namespace) -> Query:
    persons: tuple[PersonQuery, ...] = ()
    if args.surname or args.given:
        persons = (PersonQuery(args.surname or "", args.given or "", args.birth or "",
                               args.nationality or "", args.sex or ""),)
    elif args.birth or args.nationality or args.sex:
        raise UsageError("--birth, --nationality and --sex need --surname or --given.")
    ids = [("document", args.document, args.state), ("plate", args.plate, args.plate_country),
           ("vin", args.vin, ""), ("container", args.container, ""), ("imo", args.imo, "")]
    identifiers = tuple(IdentifierQuery(kind, value, country or "")
                        for kind, value, country in ids if value)
    if args.state and not args.document:
        raise UsageError("--state needs --document.")
    if not persons and not identifiers:
        raise UsageError("Give a name (--surname/--given) or an identifier to screen.")
    return Query(persons, identifiers)


def _print(result: Result) -> None:
    lists = ", ".join(f"{s.list_code} v{s.version} (pulled {s.pulled_at})"
                      for s in result.snapshots) or "none"
    print(f"screened against: {lists}")
    for note in result.notes:
        print(f"note: {note}")
    if not result.candidates:
        print("no candidates")
    for c in result.candidates:
        a = c.alert
        flag = "HIT" if c.hit else "candidate"
        print(f"{flag} {c.score:.2f} {c.match}: alert {a.alert_id} (entity {a.entity_id}) "
              f"list {a.list_code} v{c.snapshot.version} action {a.action}"
              + (" [covert]" if a.covert else ""))
        for line in c.explain().splitlines():
            print(f"    {line}")


def cmd_screen(ctx: Context, args: argparse.Namespace) -> int:
    query = _query(args)
    with ctx.login(args.as_) as session:
        result = screening.screen(session, query)
        session.audit("screening.cli", "screening", {
            "snapshots": [f"{s.list_code}:{s.version}" for s in result.snapshots],
            "candidates": len(result.candidates),
            "hits": [f"{c.alert.list_code}:{c.alert.alert_id}" for c in result.candidates
                     if c.hit]})
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print(result)
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        held = screening.ages(session)
    if not held:
        print("no watchlists on this workstation")
    for s in held:
        warn = f" WARNING: older than {s.max_age_hours} h" if s.overdue else ""
        print(f"{s.list_code}: version {s.version}, {s.entries} entries, current with HQ at "
              f"{s.pulled_at} ({s.age_hours:.1f} h ago, maximum {s.max_age_hours} h){warn}")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).expanduser().read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read {args.file}: {e.strerror}") from e
    with ctx.login(args.as_) as session:
        done = sync.import_watchlists(session, data)
    for x in done:
        was = f"was version {x.previous_version}" if x.previous_version else "new here"
        print(f"watchlist {x.list_code} version {x.version} imported ({was}): {x.entries} "
              f"entries, maximum age {x.max_age_hours} h")
    return 0


def cmd_hits(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        found = hits.hits_of(session, args.inspection)
    if not found:
        print(f"no hits for inspection {args.inspection}")
    for hit_id, doc in found:
        c = doc["candidate"]
        print(f"{hit_id} {doc['triage']}: {c['match']} {c['score']:.2f} alert {c['alert_id']} "
              f"list {c['list']} action {c['action']}" + (" [covert]" if c.get("covert") else "")
              + (f" (by {doc['triaged_by']}: {doc.get('reason') or doc.get('action_taken')})"
                 if doc.get("triaged_by") else ""))
        print(f"  {_confirmation(doc)}")
    return 0


def _confirmation(doc: dict[str, Any]) -> str:
    """Where a hit's confirmation by the owning authority stands (hits.hits_of)."""
    answer = doc.get("confirmation")
    if not answer:
        return ("dismissed: no confirmation asked" if doc["triage"] == "false_positive" else
                "provisional: the owning authority has not been asked yet")
    if answer["state"] == "awaiting":
        return f"provisional: awaiting {answer['authority']} until {answer['deadline']}"
    word = "confirmed" if answer["state"] == "confirmed" else "not confirmed"
    return (f"{word} by {answer['authority']} ({answer['answered_by']}, "
            f"{answer['answered_at']}): {answer.get('instructions') or '-'}")


def cmd_triage(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        new_id = hits.triage(session, args.hit, args.outcome, action_taken=args.action or "",
                             reason=args.reason or "")
    print(f"hit {args.hit} triaged as {args.outcome}: version {new_id}")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = subcommand(sub, "screen", "Screen a person and/or identifiers against the watchlists "
                   "held on this workstation.", "your password")
    p.add_argument("--surname", metavar="S")
    p.add_argument("--given", metavar="G")
    p.add_argument("--birth", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--nationality", metavar="C", help="ISO 3166-1 alpha-3")
    p.add_argument("--sex", choices=["M", "F"])
    p.add_argument("--document", metavar="NUMBER")
    p.add_argument("--state", metavar="C", help="issuing state of --document (alpha-3)")
    p.add_argument("--plate", metavar="P")
    p.add_argument("--plate-country", metavar="C")
    p.add_argument("--vin", metavar="V")
    p.add_argument("--container", metavar="C")
    p.add_argument("--imo", metavar="N")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true", help="one JSON object (docs/formats.md)")
    p.set_defaults(func=cmd_screen)

    wl = sub.add_parser("watchlist", help="Watchlists held on this workstation.",
                        description="Watchlists held on this workstation.")
    wl_sub = wl.add_subparsers(dest="watchlist_command", metavar="ACTION", required=True,
                               parser_class=OneLineParser)
    p = subcommand(wl_sub, "status", "Lists, versions, entry counts and age.", "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_status)
    p = subcommand(wl_sub, "import", "Apply a watchlist file HQ signed (checkpoint-hq "
                   "export-watchlist) at a post with no link; supervisors only.",
                   "your password")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_import)

    hit = sub.add_parser("hit", help="Watchlist hits found at finalize, and their triage.",
                         description="Watchlist hits found at finalize, and their triage.")
    hit_sub = hit.add_subparsers(dest="hit_command", metavar="ACTION", required=True,
                                 parser_class=OneLineParser)
    p = subcommand(hit_sub, "list", "The hits of an inspection (current versions).",
                   "your password")
    p.add_argument("inspection", metavar="INSPECTION_ID")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_hits)
    p = subcommand(hit_sub, "triage", "Record the triage of a hit (a new version of it).",
                   "your password")
    p.add_argument("hit", metavar="HIT_ID")
    p.add_argument("outcome", choices=list(hits.TRIAGE))
    p.add_argument("--reason", metavar="TEXT", help="why (needed for false_positive)")
    p.add_argument("--action", metavar="TEXT", help="the action taken")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_triage)
