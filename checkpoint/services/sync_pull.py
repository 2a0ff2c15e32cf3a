"""Pull: HQ-owned data, page by page after an opaque cursor.

Each page is verified (HQ's signature, by the client) before anything in it is
used, then applied and its cursor saved in one transaction, so a crash or kill
resumes after the last page applied. Items are routed by collection: ``operators``
become key slots (:mod:`sync_accounts`); everything else (reference data now;
watchlists, referral status, joint-operation notices later) is kept in
``hq_items`` as HQ sent it, for the feature that reads it.

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
from checkpoint.services import sync_accounts
from checkpoint.services import sync_state as st
from checkpoint.services.sync_context import SyncContext
from checkpoint.sync.protocol import wire

log = logging.getLogger(__name__)

_UPSERT = ("INSERT INTO hq_items (collection, key, version, data, generation) VALUES "
           "(?, ?, ?, ?, ?) ON CONFLICT (collection, key) DO UPDATE SET version = "
           "excluded.version, data = excluded.data, generation = excluded.generation")


@dataclass
class PullReport:
    pages: int = 0
    received: int = 0
    applied: int = 0
    parked: int = 0
    accounts: int = 0
    resync: bool = False
    collections: Counter[str] = field(default_factory=Counter)


def _subject(item: dict[str, Any]) -> str:
    if item["collection"] == sync_accounts.COLLECTION:
        return sync_accounts.subject(item)
    return f"{item['collection']}:{item['key']}"


def _check(item: Any) -> dict[str, Any]:
    if not (isinstance(item, dict) and isinstance(item.get("version"), int)
            and isinstance(item.get("collection"), str) and isinstance(item.get("key"), str)
            and item.get("op") in ("put", "delete") and isinstance(item.get("data"), dict)):
        raise ProtocolError("A pulled item is malformed; the page is refused.")
    wire.check_name(item["collection"])
    return item


def _versions(conn: Any, items: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    by_collection: dict[str, list[str]] = {}
    for i in items:
        by_collection.setdefault(i["collection"], []).append(i["key"])
    for collection, keys in by_collection.items():
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = conn.execute("SELECT key, version FROM hq_items WHERE collection = ? AND key "
                                f"IN ({','.join('?' * len(chunk))})", (collection, *chunk))
            out.update({(collection, r[0]): int(r[1]) for r in rows})
    return out


def apply_items(ctx: SyncContext, conn: Any, items: list[dict[str, Any]], generation: int,
                report: PullReport, pending: set[str], *, touch: bool = False) -> int:
    """Apply items inside the caller's transaction; return how many changed something.

    ``touch`` (a full resync) compares with what is held; otherwise every item of a page
    is newer than anything held (versions only grow and the cursor moves with the data).
    """
    known = _versions(conn, items) if touch else {}
    upserts: list[tuple[Any, ...]] = []
    touched: list[tuple[Any, ...]] = []
    changed = 0
    for item in items:
        collection, key, version = item["collection"], item["key"], item["version"]
        if known.get((collection, key), -1) >= version:
            if touch:  # a full resync re-sent what we have: it is still current
                touched.append((generation, collection, key))
            continue
        subject = _subject(item)
        if subject.casefold() in pending:
            conn.execute("INSERT INTO sync_parked (collection, key, version, item, subject, "
                         "parked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (collection, key) DO "
                         "UPDATE SET version = excluded.version, item = excluded.item",
                         (collection, key, version, wire.dumps(item), subject, utc_now()))
            report.parked += 1
            continue
        if collection == sync_accounts.COLLECTION:
            report.accounts += sync_accounts.apply(ctx, conn, item)
        if item["op"] == "delete":
            conn.execute("DELETE FROM hq_items WHERE collection = ? AND key = ?",
                         (collection, key))
        else:
            upserts.append((collection, key, version, wire.dumps(item["data"]), generation))
        known[(collection, key)] = version
        report.collections[collection] += 1
        changed += 1
    conn.executemany(_UPSERT, upserts)
    conn.executemany("UPDATE hq_items SET generation = ? WHERE collection = ? AND key = ?",
                     touched)
    return changed


def reapply_parked(ctx: SyncContext, report: PullReport) -> None:
    """Apply parked items whose subjects have no pending local work any more."""
    conn = ctx.database.conn
    state = st.load_state(conn)
    pending = st.pending_subjects(conn, state.acked_seq)
    rows = conn.execute("SELECT collection, key, item, subject FROM sync_parked ORDER BY "
                        "version").fetchall()
    ready = [r for r in rows if str(r[3]).casefold() not in pending]
    if not ready:
        return
    with st.write(ctx.database) as c:
        for collection, key, _, _ in ready:
            c.execute("DELETE FROM sync_parked WHERE collection = ? AND key = ?",
                      (collection, key))
        items = [_check(json.loads(r[2])) for r in ready]
        report.applied += apply_items(ctx, c, items, state.generation, report, set(),
                                      touch=True)


def _page(ctx: SyncContext, body: Any, state: st.State, report: PullReport) -> bool:
    """Apply one verified page and save its cursor; return whether more pages follow."""
    if not (isinstance(body, dict) and isinstance(body.get("items"), list)
            and isinstance(body.get("cursor"), str) and isinstance(body.get("more"), bool)):
        raise ProtocolError("A pulled page is malformed; nothing from it was applied.")
    items = [_check(i) for i in body["items"]]
    conn = ctx.database.conn
    pending = st.pending_subjects(conn, state.acked_seq)
    more = bool(body["more"])
    with st.write(ctx.database) as c:
        changed = apply_items(ctx, c, items, state.generation, report, pending,
                              touch=state.resyncing)
        fields: dict[str, Any] = {"cursor": body["cursor"]}
        if state.resyncing and not more:
            swept = sync_accounts.sweep(ctx, c, state.generation)
            swept += c.execute("DELETE FROM hq_items WHERE generation < ?",
                               (state.generation,)).rowcount
            fields["resyncing"] = 0
            changed += swept
        st.update_state(c, **fields)
        if changed:
            ctx.journal.append("hq", "sync.pull", "hq:feed", {
                "items": len(items), "changed": changed, "cursor_version": _version(body)})
    report.pages += 1
    report.received += len(items)
    report.applied += changed
    return more


def _version(body: dict[str, Any]) -> int | None:
    items = body["items"]
    return int(items[-1]["version"]) if items else None


def pull(ctx: SyncContext) -> PullReport:
    """Pull and apply every page HQ has for this workstation. Raises SyncError subclasses."""
    report = PullReport()
    reapply_parked(ctx, report)
    conn = ctx.database.conn
    while not ctx.cancelled():
        state = st.load_state(conn)
        query = {"cursor": state.cursor or "", "limit": str(ctx.page_limit)}
        reply = ctx.client.call("GET", "/v1/pull", seq=st.journal_head(conn), query=query,
                                accept=(200, 410))
        if reply.status == 410:
            if state.cursor is None:
                raise ProtocolError("HQ refused to start the pull from the beginning.")
            log.warning("HQ no longer knows the pull cursor: full resync")
            with st.write(ctx.database) as c:
                st.update_state(c, cursor=None, generation=state.generation + 1, resyncing=1)
            report.resync = True
            continue
        more = _page(ctx, reply.body, state, report)
        ctx.report("pull", report.received, None)
        if not more:
            break
    return report
