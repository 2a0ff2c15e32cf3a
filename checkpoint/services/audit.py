"""Checking the journal."""

from __future__ import annotations

from checkpoint.errors import JournalError
from checkpoint.services.session import Session
from checkpoint.store.connection import translate_errors


def verify_journal(session: Session) -> int:
    """Verify the whole chain and its signed checkpoints; return the number of entries.

    Raises JournalError naming the first bad entry. A successful check is journaled.
    """
    with translate_errors():
        count = session.journal.verify(session.identity.verify_key)
    session.audit("audit.verify", "journal", {"entries": count})
    return count


__all__ = ["JournalError", "verify_journal"]
