"""Small questions the desktop app asks that the other services do not answer (yet)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checkpoint.store.layout import Layout

if TYPE_CHECKING:  # the app asks is_initialized before anything heavy is imported
    from checkpoint.services.session import Session

KIND = "inspection"


def is_initialized(home: Path) -> bool:
    """Tell whether a workstation has been set up in ``home``."""
    return Layout(home).is_initialized()


def unsent_count(session: Session) -> int:
    """What ``inspections.unsent_count`` answers (every finalized inspection until sync
    exists), from two index scans: all inspections minus the drafts.

    ``inspections.unsent_count`` filters ``status <> 'draft'``, which no index covers:
    with 1,000,000 records it reads the whole table (14 s on the benchmark machine,
    blocking the app's one database thread at every login); this takes about 0.2 s.
    To be replaced by the outbox's count when sync lands.
    """
    from checkpoint.store.connection import translate_errors

    conn = session.database.conn
    with translate_errors():
        total = conn.execute("SELECT count(*) FROM records WHERE kind = ? AND created_at >= ''",
                             (KIND,)).fetchone()[0]
        drafts = conn.execute("SELECT count(*) FROM records INDEXED BY records_drafts "
                              "WHERE status = 'draft' AND kind = ?",
                              (KIND,)).fetchone()[0]
    return int(total) - int(drafts)
