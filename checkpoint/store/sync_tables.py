"""The sync tables of the workstation database: enrollment, progress, the outbox view of
the journal, quarantine, pulled HQ-owned data and parked items.

Coarse calls over a keyed connection, inside the caller's transaction (the store's
one primitive, ``Database.transaction``). Nothing here is journaled: progress markers
are not changes to what the workstation holds (journaling each of them would itself
need syncing, forever); the sync service journals what a person or HQ changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.domain.chain import Entry, genesis_hash, sha256_hex

_ENTRY_SQL = ("SELECT seq, time, actor, action, subject, payload_digest, payload, prev_hash, "
              "hash FROM journal WHERE seq > ? ORDER BY seq LIMIT ?")
_RECORD_SQL = ("SELECT id, kind, status, created_at, updated_at, author, device_id, amends, "
               "document FROM records WHERE id IN ({})")
_UPSERT = ("INSERT INTO hq_items (collection, key, version, data, generation) VALUES "
           "(?, ?, ?, ?, ?) ON CONFLICT (collection, key) DO UPDATE SET version = "
           "excluded.version, data = excluded.data, generation = excluded.generation")


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
    next_hq_signing_key: Ed25519PublicKey | None = None  # announced by HQ, not in use yet
    next_ca_pem: str | None = None


@dataclass(frozen=True)
class SyncProgress:
    """Where sync stands: HQ's acknowledged head, the pull cursor, the last outcome."""

    acked_seq: int = 0
    acked_hash: str | None = None
    cursor: str | None = None
    generation: int = 0
    resyncing: bool = False
    last_attempt: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    last_error_kind: str | None = None
    clock_skew: float | None = None


_STATE = tuple(f.name for f in fields(SyncProgress))


@dataclass(frozen=True)
class Quarantined:
    """Something sync set aside for good: a journal entry whose record HQ refused
    (``seq``; ``reason`` is HQ's), or an item pulled from HQ that this workstation
    cannot apply (``seq`` None; ``collection``, ``key``, ``version``; why in ``code``
    and ``params``, ``reason`` the English sentence for logs)."""

    seq: int | None
    subject: str
    reason: str
    quarantined_at: str
    collection: str | None = None
    key: str | None = None
    version: int | None = None
    code: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def pulled(self) -> bool:
        return self.seq is None


@dataclass(frozen=True)
class RecordText:
    """A record row with its document as stored (canonical text)."""

    id: str
    kind: str
    status: str
    created_at: str
    updated_at: str
    author: str
    device_id: str
    amends: str | None
    document_text: str


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    media_type: str
    sha256: str
    size: int
    data: bytes


@dataclass(frozen=True)
class OutboxRow:
    """A journal entry HQ has not acknowledged, with the record it commits to (when that
    record is finalized and still has exactly the committed document) and its files."""

    entry: Entry
    record: RecordText | None = None
    attachments: tuple[AttachmentRow, ...] = ()


@dataclass(frozen=True)
class Parked:
    """A pulled item held back while local work on its subject is pending."""

    collection: str
    key: str
    item_text: str
    subject: str


# -- enrollment and progress -------------------------------------------------------------------

def load_enrollment(conn: Any) -> Enrollment | None:
    r = conn.execute("SELECT hq_url, ca_pem, hq_id, hq_signing_key, hq_box_key, box_private, "
                     "post, plain_http, enrolled_at, next_hq_signing_key, next_ca_pem FROM "
                     "sync_config WHERE id = 1").fetchone()
    if r is None:
        return None
    following = None if r[9] is None else Ed25519PublicKey.from_public_bytes(bytes(r[9]))
    return Enrollment(r[0], r[1], r[2], Ed25519PublicKey.from_public_bytes(bytes(r[3])),
                      X25519PublicKey.from_public_bytes(bytes(r[4])),
                      X25519PrivateKey.from_private_bytes(bytes(r[5])), r[6], bool(r[7]), r[8],
                      following, r[10])


def save_enrollment(conn: Any, e: Enrollment, box_private_raw: bytes) -> None:
    conn.execute(
        "INSERT INTO sync_config (id, hq_url, ca_pem, hq_id, hq_signing_key, hq_box_key, "
        "box_private, post, plain_http, enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e.hq_url, e.ca_pem, e.hq_id, e.hq_signing_key.public_bytes_raw(),
         e.hq_box_key.public_bytes_raw(), box_private_raw, e.post, int(e.plain_http),
         e.enrolled_at))


def update_hq_keys(conn: Any, hq_signing_key: Ed25519PublicKey, hq_box_key: X25519PublicKey,
                   ca_pem: str | None = None) -> None:
    """HQ's keys (and, when given, the pinned CA) after a readmission or a key rotation."""
    conn.execute("UPDATE sync_config SET hq_signing_key = ?, hq_box_key = ? WHERE id = 1",
                 (hq_signing_key.public_bytes_raw(), hq_box_key.public_bytes_raw()))
    if ca_pem is not None:
        conn.execute("UPDATE sync_config SET ca_pem = ? WHERE id = 1", (ca_pem,))


def announce_hq_keys(conn: Any, signing_key: Ed25519PublicKey, ca_pem: str | None,
                     bundle: str) -> None:
    """Keep HQ's announced next key (and CA); pin ``bundle`` (the current CA and the next)."""
    conn.execute("UPDATE sync_config SET next_hq_signing_key = ?, next_ca_pem = ?, ca_pem = ? "
                 "WHERE id = 1", (signing_key.public_bytes_raw(), ca_pem, bundle))


def promote_hq_key(conn: Any) -> bool:
    """HQ answered with its announced key: make it the pinned key, and the announced CA
    (when there was one) the only pinned CA. Returns whether there was one to promote."""
    return bool(conn.execute(
        "UPDATE sync_config SET hq_signing_key = next_hq_signing_key, ca_pem = "
        "coalesce(next_ca_pem, ca_pem), next_hq_signing_key = NULL, next_ca_pem = NULL WHERE "
        "id = 1 AND next_hq_signing_key IS NOT NULL").rowcount)


def load_progress(conn: Any) -> SyncProgress:
    r = conn.execute(f"SELECT {', '.join(_STATE)} FROM sync_state WHERE id = 1").fetchone()
    if r is None:
        return SyncProgress()
    return SyncProgress(int(r[0]), r[1], r[2], int(r[3]), bool(r[4]), r[5], r[6], r[7], r[8],
                        None if r[9] is None else float(r[9]))


def update_progress(conn: Any, **values: Any) -> None:
    """Set fields of :class:`SyncProgress`. Raises ValueError for an unknown field."""
    unknown = set(values) - set(_STATE)
    if unknown:
        raise ValueError(f"unknown sync state fields {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE sync_state SET {sets} WHERE id = 1", tuple(values.values()))


# -- the journal as the outbox ------------------------------------------------------------------

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


def unacknowledged_records(conn: Any, acked_seq: int | None = None) -> int:
    """Finalized (non-draft) record versions whose journal entry HQ has not acknowledged
    (after ``acked_seq``; by default, after the head HQ acknowledged last).

    Each record is finalized (or imported) once, so this is the number of records; an
    index count over the partial index ``journal_record_versions`` (migration 0003).
    """
    if acked_seq is None:
        acked_seq = load_progress(conn).acked_seq
    r = conn.execute(
        "SELECT count(*) FROM journal WHERE seq > ? "
        "AND json_extract(payload, '$.digest') IS NOT NULL "
        "AND coalesce(json_extract(payload, '$.status'), 'draft') <> 'draft'",
        (acked_seq,)).fetchone()
    return int(r[0])


def _attachments(conn: Any, ids: list[str]) -> dict[str, list[AttachmentRow]]:
    out: dict[str, list[AttachmentRow]] = {}
    if not ids:
        return out
    rows = conn.execute("SELECT id, record_id, media_type, sha256, size, data FROM attachments "
                        f"WHERE record_id IN ({','.join('?' * len(ids))}) ORDER BY id", ids)
    for r in rows:
        out.setdefault(r[1], []).append(AttachmentRow(r[0], r[2], r[3], r[4], bytes(r[5])))
    return out


def outbox_after(conn: Any, after: int, count: int) -> list[OutboxRow]:
    """The next ``count`` journal entries after ``after``, each with the record it commits
    to when that record is no longer a draft and its stored document has exactly the
    committed digest (finalized records never change, so that is the version committed)."""
    rows = conn.execute(_ENTRY_SQL, (after, count)).fetchall()
    entries = [Entry(int(r[0]), *r[1:]) for r in rows]
    wanted = {e.seq: c for e in entries if (c := e.committed_document()) is not None}
    ids = sorted({rid for rid, _ in wanted.values()})
    records: dict[str, RecordText] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in conn.execute(_RECORD_SQL.format(",".join("?" * len(chunk))), chunk):
            records[r[0]] = RecordText(*r)
    atts = _attachments(conn, [i for i in ids if i in records])
    out = []
    for e in entries:
        record_id, committed = wanted.get(e.seq, ("", ""))
        rec = records.get(record_id)
        if (rec is not None and rec.status != "draft"
                and sha256_hex(rec.document_text.encode("utf-8")) == committed):
            out.append(OutboxRow(e, rec, tuple(atts.get(rec.id, []))))
        else:
            out.append(OutboxRow(e))
    return out


# -- acknowledgement and quarantine -------------------------------------------------------------

def acknowledge(conn: Any, head_seq: int, head_hash: str, *, released: Sequence[int] = (),
                refused: Iterable[tuple[int, str, str]] = (), when: str = "") -> None:
    """Record HQ's answer to a push: its head, entries it accepted (they leave the
    quarantine) and entries it refused for good (``(seq, subject, reason)``: quarantined)."""
    for seq, subject, reason in refused:
        conn.execute("INSERT INTO sync_quarantine (seq, subject, reason, quarantined_at) VALUES "
                     "(?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET reason = excluded.reason",
                     (seq, subject, reason, when))
    for start in range(0, len(released), 500):
        chunk = list(released[start:start + 500])
        conn.execute(f"DELETE FROM sync_quarantine WHERE seq IN ({','.join('?' * len(chunk))})",
                     chunk)
    update_progress(conn, acked_seq=head_seq, acked_hash=head_hash)


def quarantined_pushes(conn: Any) -> list[Quarantined]:
    """The journal entries whose records HQ refused, in journal order."""
    rows = conn.execute("SELECT seq, subject, reason, quarantined_at FROM sync_quarantine "
                        "ORDER BY seq").fetchall()
    return [Quarantined(int(r[0]), r[1], r[2], r[3]) for r in rows]


def quarantined_pulls(conn: Any) -> list[Quarantined]:
    """The pulled items this workstation refused, oldest first."""
    rows = conn.execute("SELECT collection, key, version, code, params, reason, "
                        "quarantined_at FROM sync_pulled_quarantine ORDER BY quarantined_at, "
                        "collection, key").fetchall()
    return [Quarantined(None, f"{r[0]}:{r[1]}", r[5], r[6], r[0], r[1], int(r[2]), r[3],
                        json.loads(r[4])) for r in rows]


def quarantined(conn: Any) -> list[Quarantined]:
    """Both: what HQ refused of ours, then what we refused of HQ's."""
    return quarantined_pushes(conn) + quarantined_pulls(conn)


def quarantined_count(conn: Any) -> int:
    """The records HQ refused (the pulled items set aside: :func:`pulled_quarantine_count`)."""
    return int(conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0])


def pulled_quarantine_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_pulled_quarantine").fetchone()[0])


def quarantine_pulled(conn: Any, collection: str, key: str, version: int, code: str,
                      params: dict[str, Any], reason: str, item_text: str, when: str) -> bool:
    """Set aside a pulled item; a newer version of the same key replaces the one held.
    Returns False when this version (or a newer one) of the key is already set aside."""
    held = conn.execute("SELECT version FROM sync_pulled_quarantine WHERE collection = ? AND "
                        "key = ?", (collection, key)).fetchone()
    if held is not None and int(held[0]) >= version:
        return False
    conn.execute("INSERT INTO sync_pulled_quarantine (collection, key, version, code, params, "
                 "reason, item, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                 "(collection, key) DO UPDATE SET version = excluded.version, code = "
                 "excluded.code, params = excluded.params, reason = excluded.reason, item = "
                 "excluded.item, quarantined_at = excluded.quarantined_at",
                 (collection, key, version, code, json.dumps(params), reason, item_text, when))
    return True


def release_pulled(conn: Any, collection: str, key: str, version: int) -> None:
    """A version of the key was applied: drop what was set aside of it up to ``version``."""
    conn.execute("DELETE FROM sync_pulled_quarantine WHERE collection = ? AND key = ? AND "
                 "version <= ?", (collection, key, version))


# -- pulled HQ-owned data -------------------------------------------------------------------------

def held_versions(conn: Any, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The versions held of the (collection, key) pairs given."""
    out: dict[tuple[str, str], int] = {}
    by_collection: dict[str, list[str]] = {}
    for collection, key in keys:
        by_collection.setdefault(collection, []).append(key)
    for collection, names in by_collection.items():
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            rows = conn.execute("SELECT key, version FROM hq_items WHERE collection = ? AND key "
                                f"IN ({','.join('?' * len(chunk))})", (collection, *chunk))
            out.update({(collection, r[0]): int(r[1]) for r in rows})
    return out


@dataclass
class HqChanges:
    """What applying pulled items does to ``hq_items``, written in one call."""

    generation: int
    puts: list[tuple[str, str, int, str]]  # collection, key, version, data (JSON text)
    deletes: list[tuple[str, str]]
    touched: list[tuple[str, str]]  # re-sent in a full resync: still current


def apply_hq_changes(conn: Any, changes: HqChanges) -> None:
    for collection, key in changes.deletes:
        conn.execute("DELETE FROM hq_items WHERE collection = ? AND key = ?", (collection, key))
    conn.executemany(_UPSERT, [(c, k, v, d, changes.generation) for c, k, v, d in changes.puts])
    conn.executemany("UPDATE hq_items SET generation = ? WHERE collection = ? AND key = ?",
                     [(changes.generation, c, k) for c, k in changes.touched])


def park(conn: Any, collection: str, key: str, version: int, item_text: str, subject: str,
         when: str) -> None:
    conn.execute("INSERT INTO sync_parked (collection, key, version, item, subject, "
                 "parked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (collection, key) DO "
                 "UPDATE SET version = excluded.version, item = excluded.item",
                 (collection, key, version, item_text, subject, when))


def parked(conn: Any) -> list[Parked]:
    rows = conn.execute("SELECT collection, key, item, subject FROM sync_parked ORDER BY "
                        "version").fetchall()
    return [Parked(*r) for r in rows]


def unpark(conn: Any, items: Iterable[Parked]) -> None:
    for p in items:
        conn.execute("DELETE FROM sync_parked WHERE collection = ? AND key = ?",
                     (p.collection, p.key))


def stale_keys(conn: Any, collection: str, generation: int) -> list[str]:
    """Keys of ``collection`` that a full resync of ``generation`` did not send again."""
    return [str(r[0]) for r in conn.execute(
        "SELECT key FROM hq_items WHERE collection = ? AND generation < ?",
        (collection, generation))]


def set_aside_keys(conn: Any, collections: Iterable[str]) -> list[tuple[str, str]]:
    """(collection, key) of the pulled items of ``collections`` parked or set aside in
    the pull quarantine: HQ has a version of them this workstation has not applied."""
    wanted = sorted(set(collections))
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT collection, key FROM sync_parked WHERE collection IN ({marks}) UNION "
        f"SELECT collection, key FROM sync_pulled_quarantine WHERE collection IN ({marks}) "
        "ORDER BY 1, 2", (*wanted, *wanted)).fetchall()
    return [(r[0], r[1]) for r in rows]


def drop_older_generations(conn: Any, generation: int) -> int:
    """After a full resync: drop what HQ no longer sends. Returns how many."""
    return int(conn.execute("DELETE FROM hq_items WHERE generation < ?",
                            (generation,)).rowcount)

