"""The append-only, hash-chained journal: audit trail and change events in one.

Every write through the services appends one entry in the same transaction::

    hash(n) = SHA-256(canonical [seq, time, actor, action, subject, payload_digest, hash(n-1)])

The chain starts from a genesis value bound to the workstation id, so two
workstations' journals can never be spliced. Every ``CHECKPOINT_EVERY`` entries,
and at shutdown, the head is signed with the workstation's Ed25519 key.
``verify`` walks the whole chain and names the first entry that was edited,
deleted, reordered or inserted; a signed checkpoint beyond the last entry reveals
a truncation. Rollback of the whole file is caught by HQ, which keeps the last
head it acknowledged.

The hashing rules themselves are in :mod:`checkpoint.domain.chain` (shared with HQ).
The journal works on a raw DB-API connection inside the caller's transaction; it
does not open or commit anything itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.domain.chain import (
    Entry,
    canonical,
    checkpoint_message,
    digest,
    entry_hash,
    genesis_hash,
)
from checkpoint.domain.ids import utc_now
from checkpoint.errors import JournalError

__all__ = ["CHECKPOINT_EVERY", "Entry", "Journal"]

CHECKPOINT_EVERY = 50
_COLUMNS = "seq, time, actor, action, subject, payload_digest, payload, prev_hash, hash"


class Journal:
    """The journal of one workstation, over one connection."""

    def __init__(self, conn: Any, device_id: str,
                 signing_key: Ed25519PrivateKey | None = None) -> None:
        self.conn = conn
        self.device_id = device_id
        self.signing_key = signing_key

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the last entry; (0, genesis) when empty."""
        row = self.conn.execute(
            "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return 0, genesis_hash(self.device_id)
        return int(row[0]), str(row[1])

    def append(self, actor: str, action: str, subject: str,
               payload: dict[str, Any] | None = None) -> Entry:
        """Append one entry. Must run inside the caller's write transaction."""
        if not self.conn.in_transaction:
            raise JournalError("A journal entry must be written in the transaction of its change.")
        seq, prev = self.head()
        seq += 1
        text = canonical(payload or {})
        pd = digest(text)
        time = utc_now()
        h = entry_hash(seq, time, actor, action, subject, pd, prev)
        self.conn.execute(
            f"INSERT INTO journal ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, time, actor, action, subject, pd, text, prev, h),
        )
        if seq % CHECKPOINT_EVERY == 0:
            self._sign(seq, h)
        return Entry(seq, time, actor, action, subject, pd, text, prev, h)

    def sign_head(self) -> int | None:
        """Sign a checkpoint of the current head (at shutdown). Returns its seq."""
        seq, h = self.head()
        if seq == 0:
            return None
        exists = self.conn.execute(
            "SELECT 1 FROM journal_checkpoints WHERE seq = ?", (seq,)
        ).fetchone()
        if not exists:
            self._sign(seq, h)
        return seq

    def _sign(self, seq: int, head: str) -> None:
        if self.signing_key is None:
            raise JournalError("The journal has no signing key to sign a checkpoint.")
        time = utc_now()
        sig = self.signing_key.sign(checkpoint_message(self.device_id, seq, head, time))
        self.conn.execute(
            "INSERT OR REPLACE INTO journal_checkpoints (seq, hash, time, signature) "
            "VALUES (?, ?, ?, ?)", (seq, head, time, sig),
        )

    def entries(self, after: int = 0, limit: int | None = None) -> Iterator[Entry]:
        sql = f"SELECT {_COLUMNS} FROM journal WHERE seq > ? ORDER BY seq"
        params: tuple[Any, ...] = (after,)
        if limit is not None:
            sql += " LIMIT ?"
            params = (after, limit)
        for row in self.conn.execute(sql, params):
            yield Entry(int(row[0]), *(str(x) if x is not None else None for x in row[1:]))  # type: ignore[arg-type]

    def verify(self, verify_key: Ed25519PublicKey) -> int:
        """Check the whole chain and every signed checkpoint; return the entry count.

        Raises JournalError naming the first bad seq.
        """
        checkpoints = {
            int(r[0]): (str(r[1]), str(r[2]), bytes(r[3]))
            for r in self.conn.execute("SELECT seq, hash, time, signature FROM journal_checkpoints")
        }
        hashes_at: dict[int, str] = {}
        expected_seq, prev = 1, genesis_hash(self.device_id)
        for e in self.entries():
            if e.seq != expected_seq:
                raise JournalError(
                    f"Journal entry {expected_seq} is missing: it was deleted.", expected_seq
                )
            if e.payload is not None and digest(e.payload) != e.payload_digest:
                raise JournalError(f"Journal entry {e.seq} has been altered (its payload).", e.seq)
            computed = entry_hash(e.seq, e.time, e.actor, e.action, e.subject,
                                  e.payload_digest, e.prev_hash)
            if computed != e.hash:
                raise JournalError(f"Journal entry {e.seq} has been altered.", e.seq)
            if e.prev_hash != prev:
                raise JournalError(
                    f"Journal entry {e.seq} does not follow entry {e.seq - 1}: entries were "
                    "reordered, inserted or replaced.", e.seq,
                )
            if e.seq in checkpoints:
                hashes_at[e.seq] = e.hash
            prev = e.hash
            expected_seq += 1
        last = expected_seq - 1
        for seq in sorted(checkpoints):
            head, time, sig = checkpoints[seq]
            if seq > last:
                raise JournalError(
                    f"Journal entries from {last + 1} on are missing: the journal was truncated "
                    f"(a signed checkpoint covers entry {seq}).", last + 1,
                )
            if hashes_at.get(seq) != head:
                raise JournalError(
                    f"Journal entry {seq} differs from its signed checkpoint.", seq
                )
            try:
                verify_key.verify(sig, checkpoint_message(self.device_id, seq, head, time))
            except InvalidSignature as e:
                raise JournalError(
                    f"The checkpoint at journal entry {seq} is not signed by this workstation.",
                    seq,
                ) from e
        return last

    def verify_range(self, after: int, until: int | None,
                     verify_key: Ed25519PublicKey) -> tuple[int, int | None]:
        """Check the entries after ``after`` up to ``until`` (the head when None): each
        recomputed and following the stored entry ``after``; the walk goes on to the first
        signed checkpoint at or beyond ``until``, and every signed checkpoint it passes
        must match its entry and carry this workstation's signature. Returns (entries
        checked, the anchoring checkpoint's seq, or None when none was signed since).

        Far cheaper than :meth:`verify` on a long journal: what a shift review needs.
        Raises JournalError naming the first bad seq.
        """
        prev = genesis_hash(self.device_id)
        if after > 0:
            row = self.conn.execute("SELECT hash FROM journal WHERE seq = ?",
                                    (after,)).fetchone()
            if row is None:
                raise JournalError(f"Journal entry {after} is missing: it was deleted.", after)
            prev = str(row[0])
        target = until if until is not None else self.head()[0]
        row = self.conn.execute("SELECT min(seq) FROM journal_checkpoints WHERE seq >= ?",
                                (max(target, after + 1),)).fetchone()
        anchor = None if row is None or row[0] is None else int(row[0])
        stop = anchor if anchor is not None else target
        checkpoints = {
            int(r[0]): (str(r[1]), str(r[2]), bytes(r[3])) for r in self.conn.execute(
                "SELECT seq, hash, time, signature FROM journal_checkpoints WHERE seq > ? "
                "AND seq <= ?", (after, stop))}
        expected, checked = after + 1, 0
        for e in self.entries(after=after):
            if e.seq > stop:
                break
            if e.seq != expected:
                raise JournalError(f"Journal entry {expected} is missing: it was deleted.",
                                   expected)
            if e.payload is not None and digest(e.payload) != e.payload_digest:
                raise JournalError(f"Journal entry {e.seq} has been altered (its payload).",
                                   e.seq)
            if entry_hash(e.seq, e.time, e.actor, e.action, e.subject, e.payload_digest,
                          e.prev_hash) != e.hash:
                raise JournalError(f"Journal entry {e.seq} has been altered.", e.seq)
            if e.prev_hash != prev:
                raise JournalError(f"Journal entry {e.seq} does not follow entry {e.seq - 1}: "
                                   "entries were reordered, inserted or replaced.", e.seq)
            if e.seq in checkpoints:
                head, time, sig = checkpoints[e.seq]
                if head != e.hash:
                    raise JournalError(f"Journal entry {e.seq} differs from its signed "
                                       "checkpoint.", e.seq)
                try:
                    verify_key.verify(sig, checkpoint_message(self.device_id, e.seq, head, time))
                except InvalidSignature as err:
                    raise JournalError(f"The checkpoint at journal entry {e.seq} is not signed "
                                       "by this workstation.", e.seq) from err
            prev, expected, checked = e.hash, expected + 1, checked + 1
        if expected <= stop:
            raise JournalError(f"Journal entries from {expected} on are missing: the journal "
                               f"was truncated (entries up to {stop} are expected).", expected)
        return checked, anchor
