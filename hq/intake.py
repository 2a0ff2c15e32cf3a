"""Applying a push: journal entries that must extend the acknowledged head, and records.

Checks, in order, for the whole request (any failure refuses all of it):

- every entry is well formed, its hash is right and the batch is one chain;
- an entry at or below HQ's head must be exactly the one HQ has (a *duplicate*);
  a different one means the workstation was rolled back → ``rollback`` alert, unless
  HQ re-admitted it (:mod:`hq.readmission`): then HQ's entries from there on are
  superseded once and the push goes on;
- the first new entry must follow HQ's head: a higher seq is a ``gap``, the right
  seq with another previous hash a ``fork`` (both raise an alert).

Then each item gets one result: ``applied``, ``duplicate`` or ``rejected`` (the entry
is kept in the chain, but its record is refused for good, with a reason; the
workstation quarantines it). Idempotent by (workstation, seq) and by record id.

A record is stored with the workstation that pushed it (``device_id``). One it
imported (its entry a ``<kind>.import``: ``protocol.items.is_imported``) keeps the
workstation it claims to come from in ``origin_device_id``; a record that names another
workstation outside an import, or an import that names the pusher, is rejected
(``protocol.items.origin_problem``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.chain import Entry, canonical, digest, sha256_hex
from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError
from checkpoint.formats import schema_names, validate_document
from checkpoint.sync.protocol import wire
from checkpoint.sync.protocol.items import (
    ATTACHMENT_FIELD_LIMIT,
    ItemResult,
    PushItem,
    is_imported,
    origin_problem,
    parse_push_item,
    record_fields_problem,
    text_problem,
)
from hq import desk, hit_desk, readmission
from hq.db import Tx
from hq.devices import Device, rollback_message
from hq.errors import HqRefusal

MAX_DOCUMENT = 4 * 1024 * 1024


@dataclass
class Outcome:
    results: list[ItemResult] = field(default_factory=list)
    head_seq: int = 0
    head_hash: str = ""
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0


def _item(item: Any) -> PushItem:
    try:
        return parse_push_item(item)
    except ProtocolError as e:
        raise HqRefusal(400, "bad_request", str(e)) from e


def check_chain(items: list[Any]) -> list[PushItem]:
    """The items of a push, each entry verified, forming one chain. Raises HqRefusal."""
    parsed = [_item(i) for i in items]
    for n, item in enumerate(parsed):
        e = item.entry
        if not e.is_intact():
            raise HqRefusal(400, "bad_entry", f"Journal entry {e.seq} does not match its hash "
                            "(altered); the whole push is refused.")
        before = parsed[n - 1].entry if n else None
        if before is not None and (e.seq != before.seq + 1 or e.prev_hash != before.hash):
            raise HqRefusal(400, "bad_entry", f"Journal entry {e.seq} does not follow the entry "
                            "before it in the push.")
    return parsed


def apply(tx: Tx, device: Device, items: list[Any], *, validate_documents: bool,
          source: str = "push") -> Outcome:
    """Apply a verified workstation's push inside ``tx`` (its row locked). Raises HqRefusal."""
    pushed = check_chain(items)
    entries = [p.entry for p in pushed]
    out = Outcome(head_seq=device.head_seq, head_hash=device.head_hash)
    if not entries:
        return out
    first, last = entries[0].seq, entries[-1].seq
    known = dict(tx.all("SELECT seq, hash FROM entries WHERE device_id = ? AND seq BETWEEN ? "
                        "AND ?", (device.id, first, min(last, device.head_seq))))
    new_rows: list[tuple[Any, ...]] = []
    now = utc_now()
    for e in entries:
        seq = e.seq
        if seq <= device.head_seq and known.get(seq) != e.hash and device.rebase_allowed:
            device = readmission.rebase(tx, device, seq)  # re-admitted after a restore
        if seq <= device.head_seq:
            if known.get(seq) != e.hash:
                raise HqRefusal(409, "rollback", rollback_message(device.head_seq, seq),
                                alert=(device.id, "rollback", f"entry {seq} differs from the "
                                       "acknowledged one"), head=_head(device))
            continue
        if not new_rows and seq != device.head_seq + 1:
            raise HqRefusal(409, "gap", f"HQ refused the journal: it has entries up to "
                            f"{device.head_seq} and this push starts at {seq} (a gap).",
                            alert=(device.id, "gap", f"push from {seq}, head "
                                   f"{device.head_seq}"), head=_head(device))
        if not new_rows and e.prev_hash != device.head_hash:
            raise HqRefusal(409, "fork", f"HQ refused the journal: entry {seq} does not "
                            "follow the last entry HQ acknowledged (a fork).",
                            alert=(device.id, "fork", f"entry {seq} prev_hash differs"),
                            head=_head(device))
        new_rows.append((device.id, e.seq, e.time, e.actor, e.action, e.subject,
                         e.payload_digest, e.payload, e.prev_hash, e.hash, now))
    tx.many("INSERT INTO entries (device_id, seq, time, actor, action, subject, payload_digest,"
            " payload, prev_hash, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new_rows)
    _records(tx, device, pushed, out, validate_documents, now)
    if new_rows:
        out.head_seq, out.head_hash = entries[-1].seq, entries[-1].hash
        tx.execute("UPDATE devices SET head_seq = ?, head_hash = ?, last_seen = ?, "
                   "rebase_allowed = 0 WHERE id = ?",
                   (out.head_seq, out.head_hash, now, device.id))
    tx.execute("INSERT INTO requests (device_id, at, kind, detail) VALUES (?, ?, ?, ?)",
               (device.id, now, source, wire.dumps({
                   "first": first, "last": last, "applied": out.applied,
                   "duplicates": out.duplicates, "rejected": out.rejected})))
    return out


def _head(device: Device) -> dict[str, Any]:
    return {"seq": device.head_seq, "hash": device.head_hash}


def _records(tx: Tx, device: Device, pushed: list[PushItem], out: Outcome, validate: bool,
             now: str) -> None:
    ids = [r["id"] for i in pushed if isinstance(r := i.record, dict)
           and isinstance(r.get("id"), str)]
    have: dict[str, str] = {}
    claimed: dict[str, str] = {}  # imported records HQ holds: id -> the origin claimed
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, dig, origin in tx.all("SELECT id, digest, origin_device_id FROM records "
                                       f"WHERE id IN ({marks})", chunk):
            have[rid] = dig
            if origin is not None:
                claimed[rid] = origin
    rejected = {int(r[0]) for r in tx.all(
        "SELECT seq FROM rejections WHERE device_id = ? AND seq BETWEEN ? AND ?",
        (device.id, pushed[0].entry.seq, pushed[-1].entry.seq))}
    rows, atts, rejects = [], [], []
    stranded = readmission.stranded_range(tx, device)
    for item in pushed:
        e, record = item.entry, item.record
        seq, subject = e.seq, e.subject
        is_new = seq > device.head_seq
        if record is None:
            status = wire.APPLIED if is_new else wire.DUPLICATE
            out.results.append(ItemResult(seq, status))
            continue
        problem = _problem(record, e, device, validate)
        rid = str(record.get("id")) if isinstance(record, dict) else ""
        if problem is None and rid in have:
            if have[rid] != _doc_digest(record):
                problem = "a different record with this id is already at HQ"
            elif claimed.get(rid) == device.id and not is_imported(e, str(record["kind"])):
                # HQ had it as imported elsewhere, claiming this workstation: it is its own
                tx.execute("UPDATE records SET device_id = ?, seq = ?, origin_device_id = NULL, "
                           "epoch = ? WHERE id = ?", (device.id, seq, device.epoch, rid))
                claimed.pop(rid)
                out.results.append(ItemResult(seq, wire.APPLIED))
                continue
            else:
                out.results.append(ItemResult(seq, wire.DUPLICATE))
                continue
        if problem is not None:
            if seq not in rejected:
                rejects.append((device.id, seq, subject, problem, now))
            out.results.append(ItemResult(seq, wire.REJECTED, problem))
            continue
        doc_text = canonical(record["document"])
        have[rid] = digest(doc_text)
        origin = record.get("device_id") if is_imported(e, str(record["kind"])) else None
        after_restore = stranded is not None and stranded[0] < seq <= stranded[1]
        rows.append((rid, device.id, seq, record["kind"], record["status"],
                     str(record.get("author", "")), record.get("amends"), have[rid], doc_text,
                     now, origin, device.epoch, int(after_restore)))
        for a in record.get("attachments") or []:
            atts.append((a["id"], rid, a["media_type"], a["sha256"], a["size"], a["_data"]))
        if seq in rejected:
            tx.execute("DELETE FROM rejections WHERE device_id = ? AND seq = ?", (device.id, seq))
        out.results.append(ItemResult(seq, wire.APPLIED))
    tx.many("INSERT INTO records (id, device_id, seq, kind, status, author, amends, digest, "
            "document, received_at, origin_device_id, epoch, after_restore) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    desk.on_intake(tx, device, [(r[0], r[3], r[8]) for r in rows])  # referrals → agencies
    hit_desk.on_intake(tx, device, [(r[0], r[3], r[6], r[8]) for r in rows])  # → owners
    tx.many("INSERT INTO attachments (id, record_id, media_type, sha256, size, data) VALUES "
            "(?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", atts)
    tx.many("INSERT INTO rejections (device_id, seq, subject, reason, at) VALUES "
            "(?, ?, ?, ?, ?) ON CONFLICT (device_id, seq) DO NOTHING", rejects)
    for r in out.results:
        out.applied += r.status == wire.APPLIED
        out.duplicates += r.status == wire.DUPLICATE
        out.rejected += r.status == wire.REJECTED


def _doc_digest(record: dict[str, Any]) -> str:
    return digest(canonical(record["document"]))


def _document_text(doc: dict[str, Any]) -> str | None:
    """The canonical text of a document, or None when it is not storable JSON (NaN or
    Infinity, nesting past the encoder's recursion guard, invalid Unicode)."""
    try:
        text = canonical(doc)
    except (TypeError, ValueError, RecursionError):
        return None
    return text if text_problem(text) is None else None


def _problem(record: Any, entry: Entry, device: Device, validate: bool) -> str | None:
    """Why HQ refuses this record for good, or None when it is acceptable."""
    if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
        return "the record is not an object with a document"
    kind, rid, doc = record.get("kind"), record.get("id"), record["document"]
    if not isinstance(kind, str) or not isinstance(rid, str) or entry.subject != f"{kind}:{rid}":
        return "the record does not match its journal entry's subject"
    problem = origin_problem(entry, record, device.id)
    if problem is not None:
        return problem
    if record.get("status") in (None, "draft"):
        return "drafts are not sent to HQ"
    problem = record_fields_problem(record)
    if problem is not None:
        return problem
    text = _document_text(doc)
    if text is None:
        return "the document is not storable JSON (NaN or Infinity, or invalid Unicode)"
    if len(text) > MAX_DOCUMENT:
        return f"the document is larger than {MAX_DOCUMENT} bytes"
    try:
        committed = json.loads(entry.payload) if entry.payload else {}
    except (ValueError, RecursionError):
        committed = {}
    if not isinstance(committed, dict) or committed.get("digest") != digest(text):
        return "the document does not match the digest its journal entry commits to"
    schema = doc.get("schema")
    if not isinstance(schema, str) or not schema.startswith(f"{kind}."):
        return f"the document does not name a {kind} format"
    if schema not in schema_names():
        return f"HQ does not know the format {schema!r} (is HQ older than the workstation?)"
    if validate:
        try:
            problems = validate_document(doc, schema, values=False)  # never quote data
        except RecursionError:
            problems = ["the document is nested too deeply to validate."]
        if problems:
            return f"the document is not a valid {schema}: " + " ".join(problems[:3])
    problem = _attachments(record)
    return problem


def _attachments(record: dict[str, Any]) -> str | None:
    for a in record.get("attachments") or []:
        if not isinstance(a, dict):
            return "an attachment is malformed"
        try:
            data = wire.unb64(a.get("data"), "attachment data")
        except ProtocolError:
            return "an attachment's data is not base64"
        if sha256_hex(data) != a.get("sha256") or len(data) != a.get("size"):
            return "an attachment does not match its checksum"
        if not all(isinstance(a.get(k), str) and text_problem(a[k], ATTACHMENT_FIELD_LIMIT) is None
                   for k in ("id", "media_type")):
            return "an attachment lacks its id or media type"
        a["_data"] = data
    return None
