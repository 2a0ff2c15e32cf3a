"""Push: the journal entries HQ has not acknowledged, in order, batched.

An entry whose payload commits to a document digest carries the record when the
record is no longer a draft and its current document has exactly that digest
(finalized records never change, so that is the version committed); the item's
encoding is :mod:`checkpoint.sync.protocol.items`. One batch is in flight at a time
(HQ accepts only what extends its head); each result is applied (acknowledged,
duplicate, or rejected: quarantined, never blocking the rest).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError
from checkpoint.services.sync.context import SyncContext
from checkpoint.store import sync_tables as tables
from checkpoint.store.connection import translate_errors
from checkpoint.sync import batching
from checkpoint.sync.client import Reply
from checkpoint.sync.protocol import items as wire_items

log = logging.getLogger(__name__)


@dataclass
class PushReport:
    sent: int = 0
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    batches: int = 0
    quarantined: list[int] = field(default_factory=list)


@dataclass
class Item:
    """One encoded push item."""

    seq: int
    hash: str
    subject: str
    text: str
    too_large: bool = False


def encode(row: tables.OutboxRow) -> Item:
    """The push item of an outbox row (without its record when that would be too large)."""
    e = row.entry
    if row.record is None:
        return Item(e.seq, e.hash, e.subject, wire_items.encode_push_item(e))
    text = wire_items.encode_push_item(e, row.record, row.attachments)
    if len(text) > batching.MAX_ITEM_BYTES:
        return Item(e.seq, e.hash, e.subject, wire_items.encode_push_item(e), True)
    return Item(e.seq, e.hash, e.subject, text)


def read_items(conn: Any, after: int, count: int) -> list[Item]:
    """The next ``count`` journal entries after ``after``, encoded as push items."""
    with translate_errors():
        return [encode(r) for r in tables.outbox_after(conn, after, count)]


def reconcile(ctx: SyncContext, state: tables.SyncProgress, local_head: int) -> int:
    """Ask HQ for its head of this journal; adopt it when it is one of ours. Returns the
    acknowledged seq to push after."""
    reply = ctx.client.call("GET", "/v1/head", seq=local_head)
    hq = wire_items.parse_head(reply.body)
    if hq.seq == state.acked_seq:
        return state.acked_seq
    conn = ctx.database.conn
    if tables.journal_hash_at(conn, ctx.device_id, hq.seq) != hq.hash:
        log.warning("HQ's head is not one of this journal's entries; pushing to let HQ judge")
        return state.acked_seq
    with ctx.database.transaction() as db:
        tables.update_progress(db.conn, acked_seq=hq.seq, acked_hash=hq.hash)
    if hq.seq < state.acked_seq:
        ctx.notes.append(f"HQ had lost entries after {hq.seq}; they are sent again.")
    return hq.seq


def push(ctx: SyncContext) -> PushReport:
    """Send everything HQ has not acknowledged. Raises SyncError subclasses.

    One batch is in flight at a time (HQ accepts only what extends its head); while HQ
    works on it, the next batch is read and encoded here.
    """
    report = PushReport()
    conn = ctx.database.conn
    local_head = tables.journal_head(conn)
    acked = reconcile(ctx, tables.load_progress(conn), local_head)
    start, total = acked, local_head - acked
    batch = _cut(ctx, read_items(conn, acked, ctx.batch_count))
    with ThreadPoolExecutor(1, thread_name_prefix="checkpoint-push") as pool:
        while batch and not ctx.cancelled():
            body = wire_items.push_body([i.text for i in batch])
            sending = pool.submit(ctx.client.call, "POST", "/v1/push", seq=local_head,
                                  body=body)
            upcoming = read_items(conn, batch[-1].seq, ctx.batch_count)
            acked = _acknowledge(ctx, batch, sending.result(), report)
            report.sent += len(batch)
            report.batches += 1
            ctx.report("push", min(total, acked - start), total)
            if acked != batch[-1].seq:  # HQ is further on (another push of ours got there)
                upcoming = read_items(conn, acked, ctx.batch_count)
            batch = _cut(ctx, upcoming)
            local_head = max(local_head, tables.journal_head(conn))
    return report


def retry_quarantined(ctx: SyncContext) -> PushReport:
    """Send each quarantined entry again with its record (HQ sees a duplicate entry and
    tries the record again); an accepted one leaves the quarantine."""
    report = PushReport()
    conn = ctx.database.conn
    head = tables.journal_head(conn)
    reconcile(ctx, tables.load_progress(conn), head)
    for q in tables.quarantined(conn):
        if ctx.cancelled():
            break
        found = read_items(conn, q.seq - 1, 1)
        if not found or found[0].seq != q.seq:
            continue
        reply = ctx.client.call("POST", "/v1/push", seq=head,
                                body=wire_items.push_body([found[0].text]))
        _acknowledge(ctx, found, reply, report)
        report.sent += 1
    return report


def _cut(ctx: SyncContext, items: list[Item]) -> list[Item]:
    return items[:batching.fit([len(i.text) for i in items], ctx.batch_count, ctx.batch_bytes)]


def _acknowledge(ctx: SyncContext, batch: list[Item], reply: Reply, report: PushReport) -> int:
    answer = wire_items.parse_push_reply(reply.body, [i.seq for i in batch])
    head = answer.head
    if (head.seq < batch[-1].seq
            or tables.journal_hash_at(ctx.database.conn, ctx.device_id, head.seq) != head.hash):
        raise ProtocolError("HQ acknowledged a journal head that is not one of this "
                            "workstation's entries.")
    released: list[int] = []
    refused: list[tuple[int, str, str]] = []
    for r, item in zip(answer.results, batch, strict=True):
        if r.status == wire_items.REJECTED or item.too_large:
            reason = (r.reason or "rejected by HQ" if r.status == wire_items.REJECTED
                      else f"larger than {batching.MAX_ITEM_BYTES} bytes: cannot be sent")
            refused.append((item.seq, item.subject, reason))
            report.quarantined.append(item.seq)
            report.rejected += 1
        else:
            released.append(item.seq)
            report.applied += r.status == wire_items.APPLIED
            report.duplicates += r.status == wire_items.DUPLICATE
    with ctx.database.transaction() as db:
        tables.acknowledge(db.conn, head.seq, head.hash, released=released, refused=refused,
                           when=utc_now())
    if report.quarantined:
        log.warning("%d items quarantined (refused by HQ)", len(report.quarantined))
    return head.seq
