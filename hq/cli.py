"""The ``checkpoint-hq`` command: create, serve and administer a reference HQ.

Every subcommand takes ``--dir DIR`` (default ``$CHECKPOINT_HQ_DIR`` or ``./hq-data``).
Exit codes: 0 done, 1 refused, 2 usage. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checkpoint.errors import CheckpointError, UsageError
from hq import (
    agency_cli,
    bundles,
    config,
    devices,
    feed,
    hit_cli,
    limits,
    operations,
    publish,
    readmission,
    reports,
    rotation,
    watchlist_export,
    watchlists,
)
from hq import db as db_module
from hq.db import Database
from hq.errors import HqRefusal

log = logging.getLogger(__name__)


def _db(cfg: config.HqConfig) -> contextlib.AbstractContextManager[Database]:
    return db_module.opened(cfg.database_url)


def _tx(cfg: config.HqConfig, write: bool = True) -> contextlib.AbstractContextManager[Any]:
    return db_module.one_transaction(cfg.database_url, write)


def cmd_init(args: argparse.Namespace) -> int:
    cfg = config.init_hq(args.dir, args.host or ["127.0.0.1", "localhost"], args.database,
                         args.port, args.validate_documents)
    with _db(cfg):
        pass
    print(f"HQ created in {cfg.folder}")
    print(f"  CA to pin on workstations:  {cfg.ca_cert}")
    print(f"  recovery public key:        {cfg.recovery_public}")
    print(f"  database:                   {cfg.database_url.split('@')[-1]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hq.app import create_app
    from hq.server import bind, uvicorn_config

    cfg = config.load(args.dir)
    app = create_app(cfg)
    sock = bind(args.host, args.port or cfg.port)
    scheme = "http" if args.dev_plain_http else "https"
    print(f"HQ serving on {scheme}://{args.host}:{sock.getsockname()[1]}", flush=True)
    uvicorn.Server(uvicorn_config(app, cfg, plain_http=args.dev_plain_http,
                                  log_level="info")).run(sockets=[sock])
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    if not args.valid_hours > 0:  # the range (and NaN) is checked by issue_code
        raise UsageError("--valid-hours must be more than 0 and at most a year (8784).")
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        code = devices.issue_code(tx, args.post, args.valid_hours)
    print(code)
    print(f"one-time code for a workstation of post {args.post}, valid {args.valid_hours:g} h",
          file=sys.stderr)
    return 0


def cmd_workstations(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg, write=False) as tx:
        rows = tx.all("SELECT d.id, d.post, d.enrolled_at, d.head_seq, d.head_hash, d.last_seen,"
                      " d.revoked_at, (SELECT count(*) FROM alerts a WHERE a.device_id = d.id "
                      "AND a.resolved_at IS NULL), d.epoch FROM devices d ORDER BY d.post, "
                      "d.enrolled_at")
    print("workstation\tpost\tenrolled\thead\tlast seen\topen alerts\tepoch")
    for r in rows:
        state = " (revoked)" if r[6] else ""
        print(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}:{r[4][:16]}\t{r[5] or '-'}\t{r[7]}\t{r[8]}"
              f"{state}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg, write=False) as tx:
        rows = tx.all("SELECT at, device_id, kind, detail, resolved_at, resolution FROM alerts "
                      "ORDER BY id")
    for r in rows:
        if r[4] is not None and not args.all:
            continue
        state = f"resolved {r[4]}: {r[5]}" if r[4] is not None else "open"
        print("\t".join(str(x) for x in (*r[:4], state)))
    return 0


def cmd_readmit(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        code, epoch = readmission.issue(tx, args.workstation, args.reason, now=time.time(),
                                        valid_hours=args.valid_hours)
    print(code)
    print(f"one-time readmission code for workstation {args.workstation} (epoch {epoch}), "
          f"valid {args.valid_hours:g} h; its alerts are resolved. At the post, a supervisor "
          "runs: checkpoint enroll --readmit CODE", file=sys.stderr)
    return 0


def _targets(tx: Any, args: argparse.Namespace) -> list[tuple[str, bytes]]:
    return publish.devices_for(tx, args.workstation, args.post)


def cmd_publish_operator(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        targets = _targets(tx, args)
        if args.revoke:
            publish.revoke_operator(tx, args.username, targets)
            print(f"account {args.username} revoked on {len(targets)} workstation(s)")
            return 0
        if not args.role:
            raise UsageError("--role is needed (or --revoke).")
        password = publish.publish_operator(tx, args.username, args.role, targets)
    print(f"account {args.username} ({args.role}) published to {len(targets)} workstation(s)")
    print(f"one-time initial password (hand it to the officer): {password}")
    return 0


def _entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a JSON array or JSON-lines file. Raises UsageError naming the line
    (never the value) of anything that is not JSON HQ publishes."""
    text = path.read_text(encoding="utf-8")
    try:
        value = limits.loads(text, limits.DOCUMENT_DEPTH + 1)
        entries = list(value) if isinstance(value, list) else [value]
    except ValueError:
        entries = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    entries.append(limits.loads(line, limits.DOCUMENT_DEPTH))
                except ValueError as e:
                    raise UsageError(f"{path.name} line {number}: {e}") from e
    return entries


def cmd_publish_reference(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    try:
        entries = _entries(Path(args.file))
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"Cannot read {args.file}: {e}") from e
    audience = (f"device:{args.workstation}" if args.workstation
                else f"post:{args.post}" if args.post else "*")
    with _tx(cfg) as tx:
        count, version = publish.publish_reference(tx, args.collection, entries, audience)
    print(f"{count} {args.collection} entries published (version {version})")
    return 0


def cmd_publish_watchlist(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    try:
        lines = Path(args.file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"Cannot read {args.file}: {e}") from e
    with _tx(cfg) as tx:
        done = watchlists.publish_watchlist(tx, lines, args.list, authority=args.authority,
                                            action=args.action, replace=args.replace,
                                            max_age_hours=args.max_age)
    print(f"watchlist {done.list_code} version {done.version}: {done.added} added, "
          f"{done.changed} changed, {done.removed} removed, {done.entries} entries")
    return 0


def cmd_export_watchlist(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    out = Path(args.out)
    if out.is_dir() or not out.parent.is_dir():
        raise UsageError(f"--out {out}: give a file name in a folder that exists.")
    with _tx(cfg, write=False) as tx:
        done = watchlist_export.export_watchlists(cfg, tx, args.list or ())
    try:
        config.write_private(out, done.data)
    except OSError as e:
        raise UsageError(f"Cannot write {out}: {e.strerror}") from e
    for x in done.lists:
        print(f"watchlist {x.list_code} version {x.version}: {x.entries} entries, "
              f"maximum age {x.max_age_hours} h")
    print(f"written to {out} ({len(done.data)} bytes), signed by HQ {cfg.hq_id}; at the post "
          "a supervisor runs: checkpoint watchlist import FILE --as NAME")
    return 0


def cmd_withdraw_watchlist(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        n = watchlists.withdraw_watchlist(tx, args.list)
    print(f"watchlist {args.list} withdrawn ({n} alerts removed everywhere)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg, write=False) as tx:
        dev = tx.one("SELECT id, post, head_seq, head_hash, enrolled_at, last_seen FROM devices "
                     "WHERE id = ?", (args.workstation,))
        if dev is None:
            raise UsageError(f"No workstation {args.workstation}.")
        counts = tx.all("SELECT kind, count(*) FROM records WHERE device_id = ? AND "
                        "origin_device_id IS NULL GROUP BY kind ORDER BY kind",
                        (args.workstation,))
        imported = tx.all("SELECT origin_device_id, count(*) FROM records WHERE device_id = ? "
                          "AND origin_device_id IS NOT NULL GROUP BY origin_device_id ORDER BY "
                          "origin_device_id", (args.workstation,))
        restored = tx.one("SELECT count(*) FROM records WHERE device_id = ? AND after_restore = 1",
                          (args.workstation,))
        reqs = tx.all("SELECT at, kind, detail FROM requests WHERE device_id = ? ORDER BY id "
                      "DESC LIMIT ?", (args.workstation, args.limit))
        rejected = tx.all("SELECT seq, subject, reason FROM rejections WHERE device_id = ? "
                          "ORDER BY seq", (args.workstation,))
        entries = tx.all("SELECT seq, time, actor, action, subject FROM entries WHERE "
                         "device_id = ? ORDER BY seq DESC LIMIT ?", (args.workstation, args.limit))
    print(f"workstation {dev[0]} of post {dev[1]}; enrolled {dev[4]}; last seen {dev[5] or '-'}")
    print(f"journal acknowledged up to {dev[2]} ({dev[3]})")
    print("records it made: " + (", ".join(f"{k} {n}" for k, n in counts) or "none"))
    print("records it imported: " + (", ".join(f"{n} claiming {o}" for o, n in imported)
                                     or "none"))
    if restored[0]:
        print(f"records written after a restore, recovered by a readmission: {restored[0]}")
    print(f"rejected records: {len(rejected)}")
    for seq, subject, reason in rejected:
        print(f"  entry {seq} {subject}: {reason}")
    print(f"last {args.limit} journal entries:")
    for e in reversed(entries):
        print("  " + "\t".join(str(x) for x in e))
    print(f"last {args.limit} requests:")
    for r in reversed(reqs):
        print("  " + "\t".join(str(x) for x in r))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    try:
        data = Path(args.file).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read {args.file}: {e.strerror}") from e
    with _db(cfg) as db:
        out = bundles.import_bundle(cfg, db, data)
    print(f"bundle applied: {out.applied} applied, {out.duplicates} already at HQ, "
          f"{out.rejected} rejected; journal acknowledged up to {out.head_seq}")
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        if args.step == "prepare":
            folder = rotation.prepare(cfg, tx, new_ca=args.ca)
            print(f"next signing key{' and CA' if args.ca else ''} made in {folder} and "
                  "announced to every workstation; when they have synced, run "
                  "`checkpoint-hq rotate-keys activate` and restart serve")
        else:
            retired = rotation.activate(cfg, tx)
            print(f"the next keys are in place (the old ones in {retired}); restart "
                  "`checkpoint-hq serve`")
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg) as tx:
        before = args.before if args.before is not None else int(
            tx.one("SELECT max(version) FROM changes")[0] or 0) + 1
        dropped = feed.compact(tx, before)
    print(f"{dropped} tombstones dropped; cursors before version {before} now resync")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    return reports.cmd_report_verify(args, lambda write: _tx(cfg, write))


def cmd_publish_operation(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    try:
        instructions = Path(args.instructions).read_text(encoding="utf-8")
        targets = json.loads(Path(args.targets).read_text(encoding="utf-8")) if args.targets \
            else []
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise UsageError(f"Cannot read the instructions or targets: {e}") from e
    with _tx(cfg) as tx:
        notice = operations.publish_operation(
            tx, title=args.title, valid_from=args.from_, valid_to=args.to,
            posts=args.posts.split(","), instructions=instructions, targets=targets,
            reporting=[f for f in (args.reporting or "").split(",") if f])
    kind = " (controlled delivery: do not intercept)" if notice.controlled_delivery else ""
    print(f"operation {notice.id} published to {', '.join(notice.posts)}{kind}")
    return 0


def cmd_operations(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg, write=False) as tx:
        for n in operations.notices(tx):
            got = operations.answers(tx, n.id)
            acked = sum(1 for p in n.posts if got.get(p) and got[p].acknowledged_at)
            reported = sum(1 for p in n.posts if got.get(p) and got[p].reports)
            print(f"{n.id}  {n.valid_from[:10]}..{n.valid_to[:10]}  {n.title}  posts "
                  f"{len(n.posts)}, acknowledged {acked}, reported {reported}")
    return 0


def cmd_operation(args: argparse.Namespace) -> int:
    cfg = config.load(args.dir)
    with _tx(cfg, write=False) as tx:
        found = [n for n in operations.notices(tx) if n.id.startswith(args.id)]
        if not found:
            raise UsageError(f"No operation {args.id}.")
        n = found[0]
        got = operations.answers(tx, n.id)
    print(f"operation {n.id}: {n.title}\n  period {n.valid_from} .. {n.valid_to}")
    for t in n.targets:
        print(f"  target {t.id}: {t.kind} {t.value} ({t.action})")
    for post in n.posts:
        a = got.get(post, operations.PostAnswer(post))
        ack = f"acknowledged {a.acknowledged_at} by {a.acknowledged_by}" if a.acknowledged_at \
            else "not acknowledged"
        print(f"  post {post}: {ack}; {a.linked} linked inspection(s); "
              f"{len(a.reports)} report(s)")
        for r in a.reports:
            print(f"    report {r['created_at']} by {r['author']}: {len(r['linked'])} "
                  f"inspection(s); {r['remarks']}")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from hq.app import openapi_document

    print(json.dumps(openapi_document(), indent=1, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="checkpoint-hq", description="Checkpoint reference HQ.")
    p.add_argument("--dir", type=Path, default=None, help="the HQ folder (default "
                   "$CHECKPOINT_HQ_DIR or ./hq-data)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Any, text: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=text, description=text)
        sp.set_defaults(func=func)
        return sp

    sp = add("init", cmd_init, "Create an HQ folder: CA, server certificate, keys, database.")
    sp.add_argument("--host", action="append", help="host name or address of the server "
                    "certificate (repeat; default 127.0.0.1 and localhost)")
    sp.add_argument("--database", help="postgresql://… URL (default: SQLite in the folder)")
    sp.add_argument("--port", type=int, default=config.DEFAULT_PORT)
    sp.add_argument("--validate-documents", action="store_true",
                    help="validate every record against its JSON Schema at intake")
    sp = add("serve", cmd_serve, "Serve the sync API over HTTPS.")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=None)
    sp.add_argument("--dev-plain-http", action="store_true",
                    help="serve plain HTTP (development only)")
    sp = add("enroll-code", cmd_enroll_code, "Issue a one-time enrollment code for a post.")
    sp.add_argument("--post", required=True, help="the checkpoint code of the post")
    sp.add_argument("--valid-hours", type=float, default=72.0)
    add("workstations", cmd_workstations, "List workstations and their acknowledged heads.")
    sp = add("alerts", cmd_alerts, "List open alerts (rollback, fork, gap).")
    sp.add_argument("--all", action="store_true", help="resolved ones too")
    sp = add("readmit", cmd_readmit, "Resolve a workstation's alerts and issue a one-time "
             "code that re-admits it under a new epoch (after a rollback or a key change).")
    sp.add_argument("workstation", metavar="ID")
    sp.add_argument("--reason", required=True, help="what happened, as agreed with the post")
    sp.add_argument("--valid-hours", type=float, default=72.0)
    sp = add("publish-operator", cmd_publish_operator,
             "Publish an operator account (prints its one-time initial password) or revoke it.")
    sp.add_argument("username")
    sp.add_argument("--role", choices=publish.ROLES)
    sp.add_argument("--revoke", action="store_true")
    for s in (sp, sp2 := add("publish-reference", cmd_publish_reference,
                             "Publish reference data from a JSON array or JSON-lines file.")):
        target = s.add_mutually_exclusive_group(required=s is sp)
        target.add_argument("--workstation", metavar="ID")
        target.add_argument("--post", metavar="CODE")
    sp2.add_argument("collection", help="e.g. checkpoints, agencies, offence_codes, hs_tariff")
    sp2.add_argument("file")
    sp = add("publish-watchlist", cmd_publish_watchlist,
             "Publish a watchlist from a FollowTheMoney JSON-lines file (only what changed).")
    sp.add_argument("file")
    sp.add_argument("--list", required=True, help="the list's code, e.g. UA-WANTED")
    sp.add_argument("--authority", default="", help="the owning authority")
    sp.add_argument("--action", default="information",
                    help="action code when an entity gives none (default information)")
    sp.add_argument("--replace", action="store_true",
                    help="the file is the whole list: alerts missing from it are removed")
    sp.add_argument("--max-age", type=int, default=None, metavar="HOURS",
                    help="how old the list may grow at a post before it warns (default: "
                    f"the list's, {watchlists.DEFAULT_MAX_AGE_HOURS} h for a new list)")
    sp = add("export-watchlist", cmd_export_watchlist,
             "Write the current version of watchlists to a file signed by HQ, for a post "
             "with no link (checkpoint watchlist import).")
    sp.add_argument("--list", action="append", metavar="CODE",
                    help="a list to export (repeat; default: every list)")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = add("withdraw-watchlist", cmd_withdraw_watchlist,
             "Withdraw a watchlist from every workstation.")
    sp.add_argument("--list", required=True)
    sp = add("show", cmd_show, "Show what a workstation sent.")
    sp.add_argument("workstation")
    sp.add_argument("--limit", type=int, default=20)
    sp = add("import", cmd_import, "Apply an offline transfer bundle from a workstation.")
    sp.add_argument("file")
    sp = add("rotate-keys", cmd_rotate_keys, "Rotate HQ's signing key (and CA): prepare "
             "announces the next ones through the signed pull, activate puts them in place.")
    sp.add_argument("step", choices=["prepare", "activate"])
    sp.add_argument("--ca", action="store_true", help="with prepare: a new CA and server "
                    "certificate too")
    sp = add("compact", cmd_compact, "Drop old tombstones (older cursors must resync).")
    sp.add_argument("--before", type=int, default=None, help="version (default: all)")
    add("openapi", cmd_openapi, "Print the OpenAPI document of the sync API.")
    sp = add("publish-operation", cmd_publish_operation,
             "Publish a joint-operation notice to posts (pulled by their workstations).")
    sp.add_argument("--title", required=True)
    sp.add_argument("--from", dest="from_", required=True, metavar="DATE")
    sp.add_argument("--to", required=True, metavar="DATE")
    sp.add_argument("--posts", required=True, metavar="CODES", help="comma-separated")
    sp.add_argument("--instructions", required=True, metavar="FILE")
    sp.add_argument("--targets", metavar="FILE", help="JSON list of {kind, value, action, "
                    "note}; action report, intercept or do_not_intercept")
    sp.add_argument("--reporting", metavar="FIELDS",
                    help="comma-separated fields each linked inspection must report")
    add("operations", cmd_operations, "List joint operations with acknowledgements and "
        "reports per post.")
    sp = add("operation", cmd_operation, "Show one joint operation and each post's answers.")
    sp.add_argument("id")
    sp = add("report", cmd_report, "Verify a signed shift report PDF against the enrolled key "
             "of the workstation that made it.")
    sp.add_argument("action", choices=["verify"])
    sp.add_argument("file")
    agency_cli.register(sub)
    hit_cli.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.dir = args.dir or config.default_folder()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        code: int = args.func(args)
        return code
    except HqRefusal as e:
        print(f"checkpoint-hq: {e.message}", file=sys.stderr)
        return 1
    except CheckpointError as e:
        print(f"checkpoint-hq: {e}", file=sys.stderr)
        return e.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
