"""``checkpoint-hq`` subcommands for agencies, referrals and exports.

::

    agency add CODE --name TEXT --kind KIND [--out DIR]   register, issue the certificate
    agency revoke CODE                                    end its credential
    agency list
    agency officer CODE NAME                              an inbox account (password once)
    agency audit [CODE] [--limit N]                       HQ's audit of agency activity
    referrals [--agency CODE] [--status S]
    referral ID received|accept|decline|close|message [--reference R | --reason R |
                                                       --outcome O | --text T]
    export seizures [--format csv|json] [--out FILE]      WCO CEN-shaped seizures/offences
    export fiu [--out FILE]                               cash referrals for the FIU
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from checkpoint.domain.cases.referral import AgencyKind, ReferralStatus
from hq import agencies, config, desk, exports
from hq.db import Tx, one_transaction

ADMIN = "HQ/admin"


def _tx(args: argparse.Namespace, write: bool = True) -> contextlib.AbstractContextManager[Tx]:
    return one_transaction(config.load(args.dir).database_url, write)


def cmd_agency_add(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    out = Path(args.out) if args.out else cfg.folder / "agencies"
    with _tx(args) as tx:
        issued = agencies.add(tx, cfg, args.code, args.name, args.kind, out)
    print(f"agency {issued.code} registered; certificate {issued.cert_path}, private key "
          f"{issued.key_path} (hand both to the agency with {cfg.ca_cert}; HQ keeps no copy of "
          f"the key)\nfingerprint SHA-256 {issued.fingerprint}")
    return 0


def cmd_agency_revoke(args: argparse.Namespace) -> int:
    with _tx(args) as tx:
        agencies.revoke(tx, args.code)
    print(f"agency {args.code} revoked: its certificate and officers' sessions no longer work")
    return 0


def cmd_agency_list(args: argparse.Namespace) -> int:
    with _tx(args, write=False) as tx:
        rows = agencies.listing(tx)
    print("code\tkind\tname\tcreated\tstate")
    for code, name, kind, _fp, created, revoked in rows:
        print(f"{code}\t{kind}\t{name}\t{created}\t{'revoked ' + revoked if revoked else 'active'}")
    return 0


def cmd_agency_officer(args: argparse.Namespace) -> int:
    with _tx(args) as tx:
        password = agencies.add_officer(tx, args.code, args.username)
    print(f"inbox account {args.username} of agency {args.code}; password (shown once): "
          f"{password}")
    return 0


def cmd_agency_audit(args: argparse.Namespace) -> int:
    sql = "SELECT at, agency, officer, action, subject, outcome FROM agency_audit"
    params: list[Any] = []
    if args.code:
        sql += " WHERE agency = ?"
        params.append(args.code)
    with _tx(args, write=False) as tx:
        rows = tx.all(sql + " ORDER BY id DESC LIMIT ?", [*params, args.limit])
    for r in reversed(rows):
        print("\t".join("-" if x is None else str(x) for x in r))
    return 0


def cmd_referrals(args: argparse.Namespace) -> int:
    with _tx(args, write=False) as tx:
        rows = desk.listing(tx, args.agency, args.status, limit=1000)
    print("referral\tagency\tpost\tstatus\tdeadline\treference")
    for f in rows:
        print(f"{f.id}\t{f.agency}\t{f.post}\t{f.status}\t{f.deadline or '-'}\t"
              f"{f.agency_reference or '-'}")
    return 0


def cmd_referral(args: argparse.Namespace) -> int:
    actor = f"{ADMIN}:{args.officer}" if args.officer else ADMIN
    with _tx(args) as tx:
        if args.action == "message":
            done = desk.message(tx, args.id, actor, args.text)
        else:
            target = {"received": "received", "accept": "accepted", "decline": "declined",
                      "close": "closed"}[args.action]
            done = desk.transition(tx, args.id, target, actor, reference=args.reference,
                                   reason=args.reason, outcome=args.outcome)
        agencies.audit(tx, done.agency, actor, f"referral.{args.action}", done.id, "ok (CLI)")
    print(f"referral {done.id}: {done.status}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _tx(args, write=False) as tx:
        if args.what == "seizures":
            text, count = exports.seizures(tx, args.format, args.since)
        else:
            text, count = exports.fiu_cash(tx, args.since)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(f"{count} record(s) exported", file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    """Add the subcommands to ``checkpoint-hq``'s parser."""
    ag = sub.add_parser("agency", help="Agencies: credentials, inbox officers, audit.")
    agsub = ag.add_subparsers(dest="agency_command", required=True, metavar="ACTION")
    p = agsub.add_parser("add", help="Register an agency and issue its client certificate.")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in AgencyKind])
    p.add_argument("--out", help="folder for the certificate and key (default DIR/agencies)")
    p.set_defaults(func=cmd_agency_add)
    p = agsub.add_parser("revoke", help="Revoke an agency's credential.")
    p.add_argument("code")
    p.set_defaults(func=cmd_agency_revoke)
    agsub.add_parser("list", help="List agencies.").set_defaults(func=cmd_agency_list)
    p = agsub.add_parser("officer", help="Create or reset an officer's inbox account.")
    p.add_argument("code")
    p.add_argument("username")
    p.set_defaults(func=cmd_agency_officer)
    p = agsub.add_parser("audit", help="HQ's audit of agency activity.")
    p.add_argument("code", nargs="?")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_agency_audit)

    p = sub.add_parser("referrals", help="List referrals filed for agencies.")
    p.add_argument("--agency")
    p.add_argument("--status", choices=[s.value for s in ReferralStatus])
    p.set_defaults(func=cmd_referrals)
    p = sub.add_parser("referral", help="Act on a referral for an agency without its own "
                       "system (pilot).")
    p.add_argument("id")
    p.add_argument("action", choices=["received", "accept", "decline", "close", "message"])
    p.add_argument("--reference")
    p.add_argument("--reason")
    p.add_argument("--outcome")
    p.add_argument("--text")
    p.add_argument("--officer", help="who at HQ acts (written in the history)")
    p.set_defaults(func=cmd_referral)

    p = sub.add_parser("export", help="Exports in agreed formats (docs/formats.md).")
    p.add_argument("what", choices=["seizures", "fiu"])
    p.add_argument("--format", choices=["csv", "json"], default="json")
    p.add_argument("--since", help="only records received at HQ since (UTC, e.g. 2026-01-01)")
    p.add_argument("--out")
    p.set_defaults(func=cmd_export)



