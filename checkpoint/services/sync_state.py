"""Sync bookkeeping in the workstation database: enrollment, progress, quarantine.

Plain functions over a keyed connection, inside the caller's transaction. Nothing
here is journaled: progress markers are not changes to what the workstation holds
(journaling each sync would itself need syncing, forever).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.domain.chain import genesis_hash
from checkpoint.store.connection import Database, translate_errors

_STATE = ("acked_seq", "acked_hash", "cursor", "generation", "resyncing", "last_attempt",
          "last_success", "last_error", "last_error_kind", "clock_skew")


@dataclass(frozen=True)
class Enrollment:
    hq_url: str
    ca_pem: str
    hq_id: str
    hq_signing_key: Ed25519PublicKey
    hq_box_key: X25519PublicKey
    box_private: X25519PrivateKey
    post: str
    plain_http: bool
    enrolled_at: str


@dataclass(frozen=True)
class State:
    acked_seq: int
    acked_hash: str | None
    cursor: str | None
    generation: int
    resyncing: bool
    last_attempt: str | None
    last_success: str | None
    last_error: str | None
    last_error_kind: str | None
    clock_skew: float | None


@dataclass(frozen=True)
class Quarantined:
    """A journal entry whose record HQ refused for good."""

    seq: int
    subject: str
    reason: str
    quarantined_at: str


@contextlib.contextmanager
def write(database: Database) -> Iterator[Any]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: the write lock first, so another connection's
    commit cannot invalidate what this transaction read (the GUI writes concurrently)."""
    conn = database.conn
    with translate_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def load_enrollment(conn: Any) -> Enrollment | None:
    r = conn.execute("SELECT hq_url, ca_pem, hq_id, hq_signing_key, hq_box_key, box_private, "
                     "post, plain_http, enrolled_at FROM sync_config WHERE id = 1").fetchone()
    if r is None:
        return None
    return Enrollment(r[0], r[1], r[2], Ed25519PublicKey.from_public_bytes(bytes(r[3])),
                      X25519PublicKey.from_public_bytes(bytes(r[4])),
                      X25519PrivateKey.from_private_bytes(bytes(r[5])), r[6], bool(r[7]), r[8])


def save_enrollment(conn: Any, e: Enrollment, box_private_raw: bytes) -> None:
    conn.execute(
        "INSERT INTO sync_config (id, hq_url, ca_pem, hq_id, hq_signing_key, hq_box_key, "
        "box_private, post, plain_http, enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e.hq_url, e.ca_pem, e.hq_id, e.hq_signing_key.public_bytes_raw(),
         e.hq_box_key.public_bytes_raw(), box_private_raw, e.post, int(e.plain_http),
         e.enrolled_at))


def load_state(conn: Any) -> State:
    r = conn.execute(f"SELECT {', '.join(_STATE)} FROM sync_state WHERE id = 1").fetchone()
    if r is None:
        return State(0, None, None, 0, False, None, None, None, None, None)
    return State(int(r[0]), r[1], r[2], int(r[3]), bool(r[4]), r[5], r[6], r[7], r[8],
                 None if r[9] is None else float(r[9]))


def update_state(conn: Any, **fields: Any) -> None:
    unknown = set(fields) - set(_STATE)
    if unknown:
        raise ValueError(f"unknown sync state fields {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE sync_state SET {sets} WHERE id = 1", tuple(fields.values()))


def journal_hash_at(conn: Any, device_id: str, seq: int) -> str | None:
    """The hash of journal entry ``seq`` (the genesis value for 0); None when absent."""
    if seq == 0:
        return genesis_hash(device_id)
    r = conn.execute("SELECT hash FROM journal WHERE seq = ?", (seq,)).fetchone()
    return str(r[0]) if r else None


def journal_head(conn: Any) -> int:
    r = conn.execute("SELECT max(seq) FROM journal").fetchone()
    return int(r[0] or 0)


def pending_subjects(conn: Any, acked_seq: int) -> set[str]:
    """Subjects (case-folded) of journal entries HQ has not acknowledged: pending local work."""
    rows = conn.execute("SELECT DISTINCT subject FROM journal WHERE seq > ?", (acked_seq,))
    return {str(r[0]).casefold() for r in rows}


def unacknowledged_records(conn: Any, acked_seq: int) -> int:
    """Finalized (non-draft) record versions whose journal entry HQ has not acknowledged.

    Each record is finalized (or imported) once, so this is the number of records; an
    index count over the partial index ``journal_record_versions`` (migration 0003).
    """
    r = conn.execute(
        "SELECT count(*) FROM journal WHERE seq > ? "
        "AND json_extract(payload, '$.digest') IS NOT NULL "
        "AND coalesce(json_extract(payload, '$.status'), 'draft') <> 'draft'",
        (acked_seq,)).fetchone()
    return int(r[0])


def quarantine(conn: Any, seq: int, subject: str, reason: str, when: str) -> None:
    conn.execute("INSERT INTO sync_quarantine (seq, subject, reason, quarantined_at) VALUES "
                 "(?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET reason = excluded.reason",
                 (seq, subject, reason, when))


def release(conn: Any, seqs: list[int]) -> None:
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        conn.execute(f"DELETE FROM sync_quarantine WHERE seq IN ({','.join('?' * len(chunk))})",
                     chunk)


def quarantined(conn: Any) -> list[Quarantined]:
    rows = conn.execute("SELECT seq, subject, reason, quarantined_at FROM sync_quarantine "
                        "ORDER BY seq").fetchall()
    return [Quarantined(int(r[0]), r[1], r[2], r[3]) for r in rows]
