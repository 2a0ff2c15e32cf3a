"""Applying a push: journal entries that must extend the acknowledged head, and records.

Checks, in order, for the whole request (any failure refuses all of it):

- every entry is well formed, its hash is right and the batch is one chain;
- an entry at or below HQ's head must be exactly the one HQ has (a *duplicate*);
  a different one means the workstation was rolled back → ``rollback`` alert;
- the first new entry must follow HQ's head: a higher seq is a ``gap``, the right
  seq with another previous hash a ``fork`` (both raise an alert).

Then each item gets one result: ``applied``, ``duplicate`` or ``rejected`` (the entry
is kept in the chain, but its record is refused for good, with a reason; the
workstation quarantines it). Idempotent by (workstation, seq) and by record id.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.ids import is_id, utc_now
from checkpoint.errors import ProtocolError
from checkpoint.formats import schema_names, validate_document
from checkpoint.journal import canonical, digest, entry_hash
from checkpoint.sync.protocol import wire
from hq.db import Tx
from hq.devices import Device, rollback_message
from hq.errors import HqRefusal

_ENTRY_FIELDS = ("seq", "time", "actor", "action", "subject", "payload_digest", "payload",
                 "prev_hash", "hash")
MAX_DOCUMENT = 4 * 1024 * 1024
MAX_SEQ = 2**63 - 1
#: The longest value each short field may have (the payload is bounded by the body).
_FIELD_LIMITS = {"time": 40, "actor": 200, "action": 100, "subject": 300,
                 "payload_digest": 64, "prev_hash": 64, "hash": 64}


@dataclass
class Outcome:
    results: list[dict[str, Any]] = field(default_factory=list)
    head_seq: int = 0
    head_hash: str = ""
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0


def _entry(item: Any) -> tuple[Any, ...]:
    if not isinstance(item, dict):
        raise HqRefusal(400, "bad_request", "A push item is not an object.")
    try:
        values = tuple(item[k] for k in _ENTRY_FIELDS)
    except KeyError as e:
        raise HqRefusal(400, "bad_request", f"A push item lacks {e.args[0]!r}.") from e
    seq = values[0]
    if (not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq <= MAX_SEQ
            or not all(isinstance(v, str) for v in values[1:])):
        raise HqRefusal(400, "bad_request", f"Push item {str(seq)[:24]!r} has a field of the "
                        "wrong type.")
    for name, value in zip(_ENTRY_FIELDS[1:], values[1:], strict=True):
        problem = text_problem(value, _FIELD_LIMITS.get(name))
        if problem is not None:
            raise HqRefusal(400, "bad_entry", f"Journal entry {seq}: {name} {problem}.")
    return values


def text_problem(value: str, limit: int | None = None) -> str | None:
    """Why a string cannot be stored as text (NUL, lone surrogate, too long), or None."""
    if limit is not None and len(value) > limit:
        return f"is longer than {limit} characters"
    if "\x00" in value:
        return "holds a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode (a lone surrogate)"
    return None


def check_chain(items: list[Any]) -> list[tuple[Any, ...]]:
    """The entries of a push, each verified, forming one chain. Raises HqRefusal."""
    entries = [_entry(i) for i in items]
    for n, e in enumerate(entries):
        seq, time, actor, action, subject, pd, payload, prev, h = e
        if digest(payload) != pd or entry_hash(seq, time, actor, action, subject, pd,
                                               prev) != h:
            raise HqRefusal(400, "bad_entry", f"Journal entry {seq} does not match its hash "
                            "(altered); the whole push is refused.")
        if n and (seq != entries[n - 1][0] + 1 or prev != entries[n - 1][8]):
            raise HqRefusal(400, "bad_entry", f"Journal entry {seq} does not follow the entry "
                            "before it in the push.")
    return entries


def apply(tx: Tx, device: Device, items: list[Any], *, validate_documents: bool,
          source: str = "push") -> Outcome:
    """Apply a verified workstation's push inside ``tx`` (its row locked). Raises HqRefusal."""
    entries = check_chain(items)
    out = Outcome(head_seq=device.head_seq, head_hash=device.head_hash)
    if not entries:
        return out
    first, last = entries[0][0], entries[-1][0]
    known = dict(tx.all("SELECT seq, hash FROM entries WHERE device_id = ? AND seq BETWEEN ? "
                        "AND ?", (device.id, first, min(last, device.head_seq))))
    new_rows: list[tuple[Any, ...]] = []
    now = utc_now()
    for e in entries:
        seq = e[0]
        if seq <= device.head_seq:
            if known.get(seq) != e[8]:
                raise HqRefusal(409, "rollback", rollback_message(device.head_seq, seq),
                                alert=(device.id, "rollback", f"entry {seq} differs from the "
                                       "acknowledged one"), head=_head(device))
            continue
        if not new_rows and seq != device.head_seq + 1:
            raise HqRefusal(409, "gap", f"HQ refused the journal: it has entries up to "
                            f"{device.head_seq} and this push starts at {seq} (a gap).",
                            alert=(device.id, "gap", f"push from {seq}, head "
                                   f"{device.head_seq}"), head=_head(device))
        if not new_rows and e[7] != device.head_hash:
            raise HqRefusal(409, "fork", f"HQ refused the journal: entry {seq} does not "
                            "follow the last entry HQ acknowledged (a fork).",
                            alert=(device.id, "fork", f"entry {seq} prev_hash differs"),
                            head=_head(device))
        new_rows.append((device.id, *e, now))
    tx.many("INSERT INTO entries (device_id, seq, time, actor, action, subject, payload_digest,"
            " payload, prev_hash, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new_rows)
    _records(tx, device, items, entries, out, validate_documents, now)
    if new_rows:
        out.head_seq, out.head_hash = entries[-1][0], entries[-1][8]
        tx.execute("UPDATE devices SET head_seq = ?, head_hash = ?, last_seen = ? WHERE id = ?",
                   (out.head_seq, out.head_hash, now, device.id))
    tx.execute("INSERT INTO requests (device_id, at, kind, detail) VALUES (?, ?, ?, ?)",
               (device.id, now, source, wire.dumps({
                   "first": first, "last": last, "applied": out.applied,
                   "duplicates": out.duplicates, "rejected": out.rejected})))
    return out


def _head(device: Device) -> dict[str, Any]:
    return {"seq": device.head_seq, "hash": device.head_hash}


def _records(tx: Tx, device: Device, items: list[Any], entries: list[tuple[Any, ...]],
             out: Outcome, validate: bool, now: str) -> None:
    ids = [r["id"] for i in items if isinstance(r := i.get("record"), dict)
           and isinstance(r.get("id"), str)]
    have: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        have.update(tx.all(f"SELECT id, digest FROM records WHERE id IN ({marks})", chunk))
    rejected = {int(r[0]) for r in tx.all(
        "SELECT seq FROM rejections WHERE device_id = ? AND seq BETWEEN ? AND ?",
        (device.id, entries[0][0], entries[-1][0]))}
    rows, atts, rejects = [], [], []
    for item, e in zip(items, entries, strict=True):
        seq, subject, payload = e[0], e[4], e[6]
        is_new = seq > device.head_seq
        record = item.get("record")
        if record is None:
            status = wire.APPLIED if is_new else wire.DUPLICATE
            out.results.append({"seq": seq, "status": status})
            continue
        problem = _problem(record, subject, payload, device, validate)
        rid = str(record.get("id")) if isinstance(record, dict) else ""
        if problem is None and rid in have:
            if have[rid] != _doc_digest(record):
                problem = "a different record with this id is already at HQ"
            else:
                out.results.append({"seq": seq, "status": wire.DUPLICATE})
                continue
        if problem is not None:
            if seq not in rejected:
                rejects.append((device.id, seq, subject, problem, now))
            out.results.append({"seq": seq, "status": wire.REJECTED, "reason": problem})
            continue
        doc_text = canonical(record["document"])
        have[rid] = digest(doc_text)
        rows.append((rid, device.id, seq, record["kind"], record["status"],
                     str(record.get("author", "")), record.get("amends"), have[rid], doc_text,
                     now))
        for a in record.get("attachments") or []:
            atts.append((a["id"], rid, a["media_type"], a["sha256"], a["size"], a["_data"]))
        if seq in rejected:
            tx.execute("DELETE FROM rejections WHERE device_id = ? AND seq = ?", (device.id, seq))
        out.results.append({"seq": seq, "status": wire.APPLIED})
    tx.many("INSERT INTO records (id, device_id, seq, kind, status, author, amends, digest, "
            "document, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    tx.many("INSERT INTO attachments (id, record_id, media_type, sha256, size, data) VALUES "
            "(?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", atts)
    tx.many("INSERT INTO rejections (device_id, seq, subject, reason, at) VALUES "
            "(?, ?, ?, ?, ?) ON CONFLICT (device_id, seq) DO NOTHING", rejects)
    for r in out.results:
        out.applied += r["status"] == wire.APPLIED
        out.duplicates += r["status"] == wire.DUPLICATE
        out.rejected += r["status"] == wire.REJECTED


def _doc_digest(record: dict[str, Any]) -> str:
    return digest(canonical(record["document"]))


def _fields_problem(record: dict[str, Any]) -> str | None:
    """Why the record's own fields cannot be stored (types, lengths, characters), or None."""
    status, author, amends = record.get("status"), record.get("author", ""), record.get("amends")
    if not isinstance(status, str) or len(status) > 32:
        return "the record's status is not a short text"
    if not isinstance(author, str) or text_problem(author, 200) is not None:
        return "the record's author is not a short text"
    if amends is not None and not (isinstance(amends, str) and is_id(amends)):
        return "the record's amends is not a record id"
    atts = record.get("attachments")
    if atts is not None and not isinstance(atts, list):
        return "the record's attachments are not a list"
    return None


def _document_text(doc: dict[str, Any]) -> str | None:
    """The canonical text of a document, or None when it is not storable JSON (NaN or
    Infinity, nesting past the encoder's recursion guard, invalid Unicode)."""
    try:
        text = canonical(doc)
    except (TypeError, ValueError, RecursionError):
        return None
    return text if text_problem(text) is None else None


def _problem(record: Any, subject: str, payload: str, device: Device,
             validate: bool) -> str | None:
    """Why HQ refuses this record for good, or None when it is acceptable."""
    if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
        return "the record is not an object with a document"
    kind, rid, doc = record.get("kind"), record.get("id"), record["document"]
    if not isinstance(kind, str) or not isinstance(rid, str) or subject != f"{kind}:{rid}":
        return "the record does not match its journal entry's subject"
    if record.get("device_id") != device.id:
        return "the record names another workstation"
    if record.get("status") in (None, "draft"):
        return "drafts are not sent to HQ"
    problem = _fields_problem(record)
    if problem is not None:
        return problem
    text = _document_text(doc)
    if text is None:
        return "the document is not storable JSON (NaN or Infinity, or invalid Unicode)"
    if len(text) > MAX_DOCUMENT:
        return f"the document is larger than {MAX_DOCUMENT} bytes"
    try:
        committed = json.loads(payload) if payload else {}
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
        if hashlib.sha256(data).hexdigest() != a.get("sha256") or len(data) != a.get("size"):
            return "an attachment does not match its checksum"
        if not all(isinstance(a.get(k), str) and text_problem(a[k], 200) is None
                   for k in ("id", "media_type")):
            return "an attachment lacks its id or media type"
        a["_data"] = data
    return None
