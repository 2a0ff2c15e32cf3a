"""Pull: HQ-owned data, page by page after an opaque cursor.

Each page is verified (HQ's signature, by the client) before anything in it is
used, then applied and its cursor saved in one transaction, so a crash or kill
resumes after the last page applied. Items are routed by collection: ``operators``
become key slots (:mod:`.operator_accounts`); everything else (reference data now;
watchlists, referral status, joint-operation notices later) is kept in
``hq_items`` as HQ sent it, for the feature that reads it, but for watchlists, which
go into the screening index (:mod:`.watchlist_items`).

Pulled data never overwrites pending local work: an item whose subject
(``operator:NAME``, ``COLLECTION:KEY``) has journal entries HQ has not acknowledged
is parked and applied after a later push has them acknowledged.

A cursor HQ no longer knows (410) starts a full resync: the cursor is dropped, a
new generation begins, and when its last page is applied everything of an older
generation is removed. The outbox is untouched.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError
from checkpoint.services.sync import operator_accounts, watchlist_items
from checkpoint.services.sync.context import SyncContext
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import items as wire_items
from checkpoint.sync.protocol import wire
from checkpoint.sync.protocol.items import PulledItem

log = logging.getLogger(__name__)


@dataclass
class PullReport:
    pages: int = 0
    received: int = 0
    applied: int = 0
    parked: int = 0
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
    lists = watchlist_items.WatchlistBatch()
    changed = 0
    for item in items:
        collection, key, version = item.collection, item.key, item.version
        if known.get((collection, key), -1) >= version:
            if touch:  # a full resync re-sent what we have: it is still current
                changes.touched.append((collection, key))
            continue
        if item.subject.casefold() in pending:
            tables.park(conn, collection, key, version, wire.dumps(item.to_wire()),
                        item.subject, utc_now())
            report.parked += 1
            continue
        if collection == operator_accounts.COLLECTION:
            report.accounts += operator_accounts.apply(ctx, conn, item)
        if collection == watchlist_items.ALERTS:  # into the screening index only
            lists.add_alert(item)
            report.collections[collection] += 1
            changed += 1
            continue
        if collection == watchlist_items.LISTS:
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
        changed = apply_items(ctx, c, page.items, state.generation, report, pending,
                              touch=state.resyncing)
        values: dict[str, Any] = {"cursor": page.cursor}
        if state.resyncing and not page.more:
            swept = operator_accounts.sweep(ctx, c, state.generation)
            swept += tables.drop_older_generations(c, state.generation)
            values["resyncing"] = 0
            changed += swept
        tables.update_progress(c, **values)
        if changed:
            ctx.journal.append("hq", "sync.pull", "hq:feed", {
                "items": len(page.items), "changed": changed,
                "cursor_version": page.last_version})
    report.pages += 1
    report.received += len(page.items)
    report.applied += changed
    return page.more


def pull(ctx: SyncContext) -> PullReport:
    """Pull and apply every page HQ has for this workstation. Raises SyncError subclasses."""
    report = PullReport()
    reapply_parked(ctx, report)
    conn = ctx.database.conn
    while not ctx.cancelled():
        state = tables.load_progress(conn)
        query = {"cursor": state.cursor or "", "limit": str(ctx.page_limit)}
        reply = ctx.client.call("GET", "/v1/pull", seq=tables.journal_head(conn), query=query,
                                accept=(200, 410))
        if reply.status == 410:
            if state.cursor is None:
                raise ProtocolError("HQ refused to start the pull from the beginning.")
            log.warning("HQ no longer knows the pull cursor: full resync")
            with ctx.database.transaction() as db:
                tables.update_progress(db.conn, cursor=None, generation=state.generation + 1,
                                       resyncing=1)
            report.resync = True
            continue
        more = _page(ctx, reply.body, state, report)
        ctx.report("pull", report.received, None)
        if not more:
            break
    return report
