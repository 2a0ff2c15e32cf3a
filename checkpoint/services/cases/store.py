"""The one place where case services touch the record store and pulled data.

Everything goes through ``checkpoint.services.journaled_records`` (put/get, one change and its
journal entry per transaction) and a few reads; when the house renames or reshapes
those, only this module changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from checkpoint.domain.chain import Entry
from checkpoint.errors import Code, NotFoundError
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session
from checkpoint.store import pulled
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors
from checkpoint.store.record_table import StoredRecord

__all__ = ["StoredRecord", "attach", "by_term", "load", "page", "pulled_item",
           "pulled_items", "save"]


def save(session: Session, kind: str, document: dict[str, Any], *, status: str,
         action: str | None, terms: Mapping[str, Iterable[str]] | None = None,
         amends: str | None = None) -> tuple[StoredRecord, Entry | None]:
    """Write a record (and journal ``action`` with its digest, unless None)."""
    return records.put(session, kind, document, terms or {}, status=status,
                       action=action or f"{kind}.autosave", record_id=str(document["id"]),
                       amends=amends, journal=action is not None)


def load(session: Session, record_id: str, kind: str, *, audit: bool = True) -> StoredRecord:
    """A record of ``kind`` (the view journaled when ``audit``). Raises NotFoundError."""
    try:
        rec = records.get(session, record_id, audit=False)
    except NotFoundError:
        rec = None
    if rec is None or rec.kind != kind:
        raise NotFoundError(f"There is no such {kind.replace('_', ' ')}.",
                            code=Code.RECORD_NOT_FOUND, params={"kind": kind})
    if audit:
        session.audit(f"{kind}.view", f"{kind}:{record_id}", {})
    return rec


def by_term(session: Session, term_kind: str, term: str) -> list[StoredRecord]:
    """Non-draft records indexed under ``(term_kind, term)``."""
    with translate_errors():
        conn = session.database.conn
        return rows.get_many(conn, rows.find_ids(conn, term_kind, term, limit=10_000))


def page(session: Session, kind: str, before: tuple[str, str] | None,
         limit: int) -> list[StoredRecord]:
    with translate_errors():
        return rows.page(session.database.conn, kind, before, limit)


def attach(session: Session, record_id: str, kind: str, media_type: str,
           data: bytes) -> tuple[str, str]:
    """Store attachment bytes encrypted with the record; journaled. Returns (id, sha256)."""
    with session.write() as conn:
        att_id, sha = rows.put_attachment(conn, record_id, media_type, data)
        session.journal.append(session.username, f"{kind}.attach", f"{kind}:{record_id}",
                               {"attachment": att_id, "sha256": sha})
    return att_id, sha


def pulled_item(session: Session, collection: str, key: str) -> dict[str, Any] | None:
    with translate_errors():
        return pulled.item(session.database.conn, collection, key)


def pulled_items(session: Session, collection: str,
                 keys: list[str] | None = None) -> dict[str, dict[str, Any]]:
    with translate_errors():
        conn = session.database.conn
        return pulled.items(conn, collection) if keys is None else pulled.items_for(
            conn, collection, keys)
