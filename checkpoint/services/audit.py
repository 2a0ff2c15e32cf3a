"""Checking the journal."""

from __future__ import annotations

from checkpoint.errors import DamagedStoreError, JournalError
from checkpoint.services.session import Session
from checkpoint.store.connection import DAMAGED, translate_errors


def check_pages(session: Session) -> None:
    """Check the authentication code of every database page. Raises DamagedStoreError."""
    if session.database.integrity_problems():
        raise DamagedStoreError(DAMAGED)


def verify_journal(session: Session) -> int:
    """Verify the whole chain and its signed checkpoints; return the number of entries.

    Raises DamagedStoreError when a page fails its authentication code, JournalError
    naming the first bad entry. A successful check is journaled.
    """
    check_pages(session)
    with translate_errors():
        count = session.journal.verify(session.identity.verify_key)
    session.audit("audit.verify", "journal", {"entries": count})
    return count


__all__ = ["JournalError", "verify_journal"]
