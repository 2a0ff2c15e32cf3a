"""Push: the journal after HQ's acknowledged head, with the records it commits to.

Every journal entry goes up, in order (HQ keeps the whole chain). An entry whose
payload commits to a document digest carries the record when the record is no
longer a draft and its current document has exactly that digest (finalized records
never change, so that is the finalized version); a draft's entries go up without a
document (drafts stay on the workstation). Attachments of a record go with it.

Batches are bounded by count and bytes. HQ's answer has one result per item; an
item HQ *rejected* is quarantined here (its entry still counts as acknowledged, so
the rest keep flowing); an item too large to send at all is sent without its record
and quarantined. The acknowledged head is saved with the quarantine in one
transaction, so a crash or kill resumes at the next unacknowledged entry.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError
from checkpoint.services import sync_state as st
from checkpoint.services.sync_context import SyncContext
from checkpoint.sync import outbox
from checkpoint.sync.client import Reply
from checkpoint.sync.protocol import wire

log = logging.getLogger(__name__)

_ENTRY_SQL = ("SELECT seq, time, actor, action, subject, payload_digest, payload, prev_hash, "
              "hash FROM journal WHERE seq > ? ORDER BY seq LIMIT ?")
_RECORD_SQL = ("SELECT id, kind, status, created_at, updated_at, author, device_id, amends, "
               "document FROM records WHERE id IN ({})")


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
    seq: int
    hash: str
    subject: str
    text: str
    too_large: bool = False


def _wanted(rows: list[Any]) -> dict[int, tuple[str, str]]:
    """seq → (record id, committed digest) for entries that commit to a non-draft document."""
    out: dict[int, tuple[str, str]] = {}
    for r in rows:
        subject, payload = str(r[4]), r[6]
        if not payload or ":" not in subject or '"digest"' not in payload:
            continue
        try:
            p = json.loads(payload)
        except ValueError:
            continue
        if isinstance(p, dict) and isinstance(p.get("digest"), str) and p.get("status") not in (
                None, "draft"):
            out[int(r[0])] = (subject.split(":", 1)[1], p["digest"])
    return out


def _attachments(conn: Any, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not ids:
        return out
    rows = conn.execute("SELECT id, record_id, media_type, sha256, size, data FROM attachments "
                        f"WHERE record_id IN ({','.join('?' * len(ids))}) ORDER BY id", ids)
    for r in rows:
        out.setdefault(r[1], []).append(wire.dumps({
            "id": r[0], "media_type": r[2], "sha256": r[3], "size": r[4],
            "data": base64.b64encode(bytes(r[5])).decode("ascii")}))
    return out


def read_items(conn: Any, after: int, count: int) -> list[Item]:
    """The next ``count`` journal entries after ``after``, encoded as push items."""
    rows = conn.execute(_ENTRY_SQL, (after, count)).fetchall()
    wanted = _wanted(rows)
    ids = sorted({rid for rid, _ in wanted.values()})
    records: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in conn.execute(_RECORD_SQL.format(",".join("?" * len(chunk))), chunk):
            records[r[0]] = r
    atts = _attachments(conn, [i for i in ids if i in records])
    items = []
    for r in rows:
        seq = int(r[0])
        entry = wire.dumps({"seq": seq, "time": r[1], "actor": r[2], "action": r[3],
                            "subject": r[4], "payload_digest": r[5], "payload": r[6],
                            "prev_hash": r[7], "hash": r[8]})
        text, too_large = entry, False
        rec = records.get(wanted[seq][0]) if seq in wanted else None
        if rec is not None and rec[2] != "draft" and hashlib.sha256(
                rec[8].encode("utf-8")).hexdigest() == wanted[seq][1]:
            meta = wire.dumps({"id": rec[0], "kind": rec[1], "status": rec[2],
                               "created_at": rec[3], "updated_at": rec[4], "author": rec[5],
                               "device_id": rec[6], "amends": rec[7]})
            record = (meta[:-1] + ',"attachments":[' + ",".join(atts.get(rec[0], [])) +
                      '],"document":' + rec[8] + "}")
            text = entry[:-1] + ',"record":' + record + "}"
            if len(text) > outbox.MAX_ITEM_BYTES:
                text, too_large = entry, True
        items.append(Item(seq, str(r[8]), str(r[4]), text, too_large))
    return items


def reconcile(ctx: SyncContext, state: st.State, local_head: int) -> int:
    """Ask HQ for its head of this journal; adopt it when it is one of ours. Returns the
    acknowledged seq to push after."""
    reply = ctx.client.call("GET", "/v1/head", seq=local_head)
    body = reply.body if isinstance(reply.body, dict) else {}
    hq_seq, hq_hash = body.get("seq"), body.get("hash")
    if not isinstance(hq_seq, int) or not isinstance(hq_hash, str):
        raise ProtocolError("HQ's answer about the journal head is malformed.")
    if hq_seq == state.acked_seq:
        return state.acked_seq
    conn = ctx.database.conn
    if st.journal_hash_at(conn, ctx.device_id, hq_seq) != hq_hash:
        log.warning("HQ's head is not one of this journal's entries; pushing to let HQ judge")
        return state.acked_seq
    with st.write(ctx.database) as c:
        st.update_state(c, acked_seq=hq_seq, acked_hash=hq_hash)
    if hq_seq < state.acked_seq:
        ctx.notes.append(f"HQ had lost entries after {hq_seq}; they are sent again.")
    return hq_seq


def push(ctx: SyncContext) -> PushReport:
    """Send everything HQ has not acknowledged. Raises SyncError subclasses.

    One batch is in flight at a time (HQ accepts only what extends its head); while HQ
    works on it, the next batch is read and encoded here.
    """
    report = PushReport()
    conn = ctx.database.conn
    local_head = st.journal_head(conn)
    acked = reconcile(ctx, st.load_state(conn), local_head)
    start, total = acked, local_head - acked
    batch = _cut(ctx, read_items(conn, acked, ctx.batch_count))
    with ThreadPoolExecutor(1, thread_name_prefix="checkpoint-push") as pool:
        while batch and not ctx.cancelled():
            body = outbox.body([i.text for i in batch])
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
            local_head = max(local_head, st.journal_head(conn))
    return report


def retry_quarantined(ctx: SyncContext) -> PushReport:
    """Send each quarantined entry again with its record (HQ sees a duplicate entry and
    tries the record again); an accepted one leaves the quarantine."""
    report = PushReport()
    conn = ctx.database.conn
    head = st.journal_head(conn)
    reconcile(ctx, st.load_state(conn), head)
    for q in st.quarantined(conn):
        if ctx.cancelled():
            break
        item = read_items(conn, q.seq - 1, 1)
        if not item or item[0].seq != q.seq:
            continue
        reply = ctx.client.call("POST", "/v1/push", seq=head, body=outbox.body([item[0].text]))
        _acknowledge(ctx, item, reply, report)
        report.sent += 1
    return report


def _cut(ctx: SyncContext, items: list[Item]) -> list[Item]:
    return items[:outbox.fit([len(i.text) for i in items], ctx.batch_count, ctx.batch_bytes)]


def _acknowledge(ctx: SyncContext, batch: list[Item], reply: Reply, report: PushReport) -> int:
    body = reply.body
    results = body.get("results") if isinstance(body, dict) else None
    head = body.get("head") if isinstance(body, dict) else None
    if (not isinstance(results, list) or len(results) != len(batch) or not isinstance(head, dict)
            or any(not isinstance(r, dict) or r.get("seq") != i.seq
                   for r, i in zip(results, batch, strict=False))):
        raise ProtocolError("HQ's answer to a push does not give one result per item.")
    head_seq, head_hash = head.get("seq"), head.get("hash")
    if (not isinstance(head_seq, int) or head_seq < batch[-1].seq
            or st.journal_hash_at(ctx.database.conn, ctx.device_id, head_seq) != head_hash):
        raise ProtocolError("HQ acknowledged a journal head that is not one of this "
                            "workstation's entries.")
    now = utc_now()
    with st.write(ctx.database) as conn:
        released = []
        for r, item in zip(results, batch, strict=True):
            status = r.get("status")
            if status == wire.REJECTED or item.too_large:
                reason = (str(r.get("reason") or "rejected by HQ") if status == wire.REJECTED
                          else f"larger than {outbox.MAX_ITEM_BYTES} bytes: cannot be sent")
                st.quarantine(conn, item.seq, item.subject, reason, now)
                report.quarantined.append(item.seq)
                report.rejected += 1
            elif status in (wire.APPLIED, wire.DUPLICATE):
                released.append(item.seq)
                report.applied += status == wire.APPLIED
                report.duplicates += status == wire.DUPLICATE
            else:
                raise ProtocolError(f"HQ gave an unknown result {status!r} for entry {item.seq}.")
        st.release(conn, released)
        st.update_state(conn, acked_seq=head_seq, acked_hash=head_hash)
    if report.quarantined:
        log.warning("%d items quarantined (refused by HQ)", len(report.quarantined))
    return int(head_seq)
