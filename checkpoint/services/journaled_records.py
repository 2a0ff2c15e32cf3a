"""Writing records: one change and its journal entry per transaction.

Kind-specific services (inspections, and later cases, referrals…) build on these;
the permission checks of a kind live in its own service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from checkpoint.domain.chain import canonical, digest
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import ConflictError, NotFoundError
from checkpoint.journal import Entry
from checkpoint.services.session import Session
from checkpoint.store import record_table as records
from checkpoint.store.connection import translate_errors
from checkpoint.store.record_table import StoredRecord


def put(session: Session, kind: str, document: dict[str, Any],
        terms: Mapping[str, Iterable[str]], *, status: str, action: str,
        record_id: str | None = None, amends: str | None = None,
        journal: bool = True, note: Mapping[str, Any] | None = None,
        ) -> tuple[StoredRecord, Entry | None]:
    """Insert or update a record and journal ``action`` in the same transaction
    (``note``: more to record in the journal entry, such as the warnings of a finalize).

    Raises ConflictError when the record exists and is no longer a draft.
    """
    now = utc_now()
    record_id = record_id or str(document.get("id") or new_id())
    with session.write() as conn:
        existing = records.state(conn, record_id)
        if existing is not None and existing.status != "draft":
            raise ConflictError("This record is finalized and read-only; amend it instead.")
        if existing is not None:
            created_at, author, device_id = (existing.created_at, existing.author,
                                             existing.device_id)
        else:
            created_at = str(document.get("created_at", now))
            author = str(document.get("author", session.username))
            device_id = str(document.get("device_id", session.device_id))
        rec = StoredRecord(record_id, kind, status, created_at, now, author, device_id,
                           amends, document)
        text = canonical(document)
        records.put(conn, rec, terms, is_new=existing is None, text=text)
        entry = None
        if journal:
            entry = session.journal.append(
                session.username, action, f"{kind}:{record_id}",
                {**(note or {}), "status": status, "digest": digest(text)},
            )
    return rec, entry


def get(session: Session, record_id: str, *, audit: bool = True) -> StoredRecord:
    """Read a record; a view of a record is journaled. Raises NotFoundError."""
    with translate_errors():
        rec = records.get(session.database.conn, record_id)
    if rec is None:
        raise NotFoundError("There is no such record.")
    if audit:
        session.audit(f"{rec.kind}.view", f"{rec.kind}:{rec.id}", {})
    return rec
