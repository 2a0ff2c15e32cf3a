"""Pull: HQ-owned data, page by page after an opaque cursor.

Each page is verified (HQ's signature, by the client) before anything in it is
used, then applied and its cursor saved in one transaction, so a crash or kill
resumes after the last page applied. Items are routed by collection: ``operators``
become key slots (:mod:`.operator_accounts`), ``hq_keys`` announce HQ's next signing key
and CA (:mod:`.hq_keys`); everything else (reference data now;
watchlists, referral status, joint-operation notices later) is kept in
``hq_items`` as HQ sent it, for the feature that reads it, but for watchlists, which
go into the screening index (:mod:`.watchlist_items`).

Pulled data never overwrites pending local work: an item whose subject
(``operator:NAME``, ``COLLECTION:KEY``) has journal entries HQ has not acknowledged
is parked and applied after a later push has them acknowledged.

An item this workstation cannot apply (malformed, an account name it refuses, an
account that would take over a local one or remove the last supervisor) never stops
the pull (issue 9, item 11): it is set aside in the pull quarantine with its
collection, key, version and why (a code), journaled (``operator.conflict`` for an
account, ``sync.item_refused`` otherwise), listed with the items HQ refused, and the
pull goes on. A newer version of the same key is tried again and, when it applies,
replaces what was set aside.

A cursor HQ no longer knows (410) starts a full resync: the cursor is dropped, a
new generation begins, and when its last page is applied everything of an older
generation is removed: ``hq_items``, HQ accounts, and the watchlists and alerts of the
screening index (:func:`.watchlist_items.sweep`, journaled ``watchlist.swept``). Until
that page the old entries stay (a resync cut short screens against them and resumes
from its last page). The outbox is untouched.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.ids import utc_now
from checkpoint.errors import CheckpointError, Code, ConflictError, ProtocolError, UsageError
from checkpoint.services import screening
from checkpoint.services.sync import hit_answers, hq_keys, operator_accounts, watchlist_items
from checkpoint.services.sync.context import SyncContext
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import items as wire_items
from checkpoint.sync.protocol import wire
from checkpoint.sync.protocol.items import PulledItem

log = logging.getLogger(__name__)

#: Collections the workstation acts on (beyond keeping them in ``hq_items``).
HANDLERS: dict[str, Callable[[SyncContext, Any, PulledItem], bool]] = {
    operator_accounts.COLLECTION: operator_accounts.apply,
    hq_keys.COLLECTION: hq_keys.apply,
    hit_answers.COLLECTION: hit_answers.apply,
}


#: Full resyncs one run may start: HQ compacting during one restarts it once; an HQ that
#: refuses the cursors of the resync it serves (one older than this client) must not
#: make the run loop.
MAX_RESYNCS = 2


@dataclass
class PullReport:
    pages: int = 0
    received: int = 0
    applied: int = 0
    parked: int = 0
    refused: int = 0
    accounts: int = 0
    resync: bool = False
    collections: Counter[str] = field(default_factory=Counter)


def apply_items(ctx: SyncContext, conn: Any, items: list[PulledItem], generation: int,
                report: PullReport, pending: set[str], *, touch: bool = False) -> int:
    """Apply items inside the caller's transaction; return how many changed something.

    ``touch`` (a full resync) compares with what is held; otherwise every item of a page
    is newer than anything held (versions only grow and the cursor moves with the data).
    """
    known = tables.held_versions(conn, [(i.collection, i.key) for i in items]) if touch else {}
    changes = tables.HqChanges(generation, [], [], [])
    lists = watchlist_items.WatchlistBatch(marks=screening.file_marks(conn),
                                           generation=generation)
    changed = 0
    set_aside = tables.pulled_quarantine_count(conn) > 0
    for item in items:
        collection, key, version = item.collection, item.key, item.version
        if known.get((collection, key), -1) >= version:
            if touch:  # a full resync re-sent what we have: it is still current
                changes.touched.append((collection, key))
                lists.keep(item)
            continue
        if item.subject.casefold() in pending:
            tables.park(conn, collection, key, version, wire.dumps(item.to_wire()),
                        item.subject, utc_now())
            lists.keep(item)  # what is held of it screens until it applies
            report.parked += 1
            continue
        handler = HANDLERS.get(collection)
        if handler is not None:
            try:
                done = handler(ctx, conn, item)
            except (ConflictError, UsageError, ProtocolError) as e:
                report.refused += refuse(ctx, conn, item, e)
                set_aside = True
                continue
            if done and collection == operator_accounts.COLLECTION:
                report.accounts += 1
        if set_aside:  # a newer version applied: what was set aside of the key goes
            tables.release_pulled(conn, collection, key, version)
        if collection == watchlist_items.ALERTS:  # into the screening index only
            if lists.in_file(item):  # an offline file already gave it
                lists.keep(item)
                continue
            try:
                lists.add_alert(item)
            except ProtocolError as e:  # unreadable: set aside, the pull goes on
                report.refused += refuse(ctx, conn, item, e)
                set_aside = True
                lists.keep(item)  # what is held of the key screens until a newer applies
                continue
            report.collections[collection] += 1
            changed += 1
            continue
        if collection == watchlist_items.LISTS:
            if lists.in_file(item):
                lists.keep(item)
            else:
                lists.headers.append(item)
        if item.op == wire_items.DELETE:
            changes.deletes.append((collection, key))
        else:
            changes.puts.append((collection, key, version, wire.dumps(item.data)))
        known[(collection, key)] = version
        report.collections[collection] += 1
        changed += 1
    tables.apply_hq_changes(conn, changes)
    lists.apply(conn)
    return changed


def refuse(ctx: SyncContext, conn: Any, item: PulledItem, error: CheckpointError) -> bool:
    """Set ``item`` aside with why, journaled; return False when it already was."""
    code = error.code if error.code != Code.SYNC_UNTRUSTED else Code.PULLED_UNREADABLE
    collection, key = item.collection[:64], item.key[:200]  # HQ's text, bounded
    params = {**error.params, "collection": collection}
    if not tables.quarantine_pulled(conn, collection, key, item.version, code, params,
                                    str(error), wire.dumps(item.to_wire()), utc_now()):
        return False
    is_account = collection == operator_accounts.COLLECTION
    action = "operator.conflict" if isinstance(error, ConflictError) else "sync.item_refused"
    ctx.journal.append("hq", action, f"operator:{key}" if is_account else f"{collection}:{key}",
                       {"collection": collection, "key": key, "version": item.version,
                        "code": code, "op": item.op})
    log.warning("an item pulled from HQ was set aside (version %d): %s", item.version, code)
    return True


def reapply_parked(ctx: SyncContext, report: PullReport) -> None:
    """Apply parked items whose subjects have no pending local work any more."""
    conn = ctx.database.conn
    state = tables.load_progress(conn)
    pending = tables.pending_subjects(conn, state.acked_seq)
    ready = [p for p in tables.parked(conn) if str(p.subject).casefold() not in pending]
    if not ready:
        return
    with ctx.database.transaction() as db:
        tables.unpark(db.conn, ready)
        items = [wire_items.parse_pulled_item(json.loads(p.item_text)) for p in ready]
        report.applied += apply_items(ctx, db.conn, items, state.generation, report, set(),
                                      touch=True)


def _page(ctx: SyncContext, body: Any, state: tables.SyncProgress, report: PullReport) -> bool:
    """Apply one verified page and save its cursor; return whether more pages follow."""
    page = wire_items.parse_pulled_page(body)
    conn = ctx.database.conn
    pending = tables.pending_subjects(conn, state.acked_seq)
    with ctx.database.transaction() as db:
        c = db.conn
        for bad in page.unreadable:
            error = ProtocolError(f"An item pulled from HQ is malformed: {bad.problem}")
            report.refused += refuse(ctx, c, bad.item, error)
        changed = apply_items(ctx, c, page.items, state.generation, report, pending,
                              touch=state.resyncing)
        values: dict[str, Any] = {"cursor": page.cursor}
        if state.resyncing and not page.more:
            swept = operator_accounts.sweep(ctx, c, state.generation)
            swept += tables.drop_older_generations(c, state.generation)
            gone, alerts = watchlist_items.sweep(c, state.generation)
            if gone or alerts:
                ctx.journal.append("hq", "watchlist.swept", "hq:watchlists", {
                    "generation": state.generation, "lists": gone, "alerts": alerts})
            swept += alerts
            values["resyncing"] = 0
            changed += swept
        if not page.more:  # the end of HQ's feed: every list held is current with HQ now
            screening.touch(c, utc_now())
        tables.update_progress(c, **values)
        if changed:
            ctx.journal.append("hq", "sync.pull", "hq:feed", {
                "items": len(page.items), "changed": changed,
                "cursor_version": page.last_version})
    report.pages += 1
    report.received += len(page.items) + len(page.unreadable)
    report.applied += changed
    return page.more


def pull(ctx: SyncContext) -> PullReport:
    """Pull and apply every page HQ has for this workstation. Raises SyncError subclasses."""
    report = PullReport()
    reapply_parked(ctx, report)
    conn = ctx.database.conn
    restarts = 0
    while not ctx.cancelled():
        state = tables.load_progress(conn)
        query = {"cursor": state.cursor or "", "limit": str(ctx.page_limit)}
        reply = ctx.client.call("GET", "/v1/pull", seq=tables.journal_head(conn), query=query,
                                accept=(200, 410))
        if reply.status == 410:
            if state.cursor is None:
                raise ProtocolError("HQ refused to start the pull from the beginning.")
            restarts += 1
            if restarts > MAX_RESYNCS:  # HQ refuses the cursors of its own resync: no loop
                raise ProtocolError("HQ keeps refusing the position of the full resync this "
                                    "workstation started; the next sync tries again.")
            log.warning("HQ no longer knows the pull cursor: full resync")
            with ctx.database.transaction() as db:
                tables.update_progress(db.conn, cursor=None, generation=state.generation + 1,
                                       resyncing=1)
                screening.clear_file_marks(db.conn)  # HQ's versions may have started again
            report.resync = True
            continue
        more = _page(ctx, reply.body, state, report)
        ctx.report("pull", report.received, None)
        if not more:
            break
    return report
