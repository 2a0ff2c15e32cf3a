"""A small journal, records and attachments with fixed values, for the push-item vectors."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from checkpoint.store import migrations

DEVICE = "0190a0b0-0000-7000-8000-000000000001"
TIME = "2026-01-02T03:04:{:02d}.000000Z"
REC_A = "0190a0b0-0000-7000-8000-0000000000aa"
REC_B = "0190a0b0-0000-7000-8000-0000000000bb"
REC_C = "0190a0b0-0000-7000-8000-0000000000cc"


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build() -> sqlite3.Connection:
    """An in-memory database of the current schema holding five journal entries:

    1. an operator added (no record);
    2. record A finalized (its record travels, no attachments);
    3. record B finalized with two attachments (record and attachments travel);
    4. a draft of record C saved (no record: drafts never travel);
    5. record C finalized, but the stored document no longer has that digest (no record).
    """
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for _, step in migrations.MIGRATIONS:
        step(conn)
    docs = {
        REC_A: {"schema": "inspection.v1", "id": REC_A, "remarks": "Шевчук — ok"},
        REC_B: {"schema": "inspection.v1", "id": REC_B, "remarks": "two photos",
                "n": [1, 2.5, None, True]},
        REC_C: {"schema": "inspection.v1", "id": REC_C, "remarks": "changed later"},
    }
    payloads = [
        ("chief", "operator.add", "operator:anna", {"role": "inspector"}),
        ("anna", "inspection.finalize", f"inspection:{REC_A}",
         {"status": "finalized", "digest": _sha(_canonical(docs[REC_A]))}),
        ("anna", "inspection.finalize", f"inspection:{REC_B}",
         {"status": "finalized", "digest": _sha(_canonical(docs[REC_B]))}),
        ("anna", "inspection.save", f"inspection:{REC_C}",
         {"status": "draft", "digest": _sha(_canonical(docs[REC_C]))}),
        ("anna", "inspection.finalize", f"inspection:{REC_C}",
         {"status": "finalized", "digest": _sha(_canonical({"other": 1}))}),
    ]
    prev = _sha("checkpoint journal v1 genesis:" + DEVICE)
    for n, (actor, action, subject, payload) in enumerate(payloads, start=1):
        text = _canonical(payload)
        pd = _sha(text)
        time = TIME.format(n)
        h = _sha(_canonical([n, time, actor, action, subject, pd, prev]))
        conn.execute("INSERT INTO journal (seq, time, actor, action, subject, payload_digest, "
                     "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (n, time, actor, action, subject, pd, text, prev, h))
        prev = h
    for n, (rid, doc) in enumerate(docs.items(), start=1):
        amends = REC_A if rid == REC_B else None
        conn.execute("INSERT INTO records (id, kind, status, created_at, updated_at, author, "
                     "device_id, amends, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (rid, "inspection", "finalized", TIME.format(10 + n),
                      TIME.format(20 + n), "anna", DEVICE, amends, _canonical(doc)))
    for att_id, data in (("att-2", b"\x89PNG second"), ("att-1", b"\xff\xd8 first")):
        conn.execute("INSERT INTO attachments (id, record_id, media_type, sha256, size, data) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (att_id, REC_B, "image/jpeg", hashlib.sha256(data).hexdigest(), len(data),
                      data))
    return conn
