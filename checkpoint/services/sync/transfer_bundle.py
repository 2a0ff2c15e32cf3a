"""Offline transfer: everything HQ has not acknowledged, in one signed, encrypted file.

The bundle holds the same items a push would send (journal entries after the
acknowledged head, with their records), sealed to HQ's X25519 key and signed by the
workstation (:mod:`checkpoint.sync.protocol.bundle`). HQ applies it with the same
checks and idempotency as a push (``checkpoint-hq import``); the next online sync
asks HQ for its head first, so nothing already imported is sent again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, EnrollmentError, NotFoundError, UsageError
from checkpoint.services.session import Session
from checkpoint.services.sync.push import read_items
from checkpoint.services.sync.status import NOT_ENROLLED
from checkpoint.store import sync_tables as tables
from checkpoint.store.connection import translate_errors
from checkpoint.store.files import atomic_write
from checkpoint.sync.protocol import bundle
from checkpoint.sync.protocol.items import push_body

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Exported:
    path: Path
    from_seq: int
    to_seq: int
    entries: int
    records: int


def export_bundle(session: Session, dest: Path) -> Exported:
    """Write the bundle to ``dest`` (the export itself is journaled and included).

    Raises EnrollmentError (not enrolled: HQ's key is unknown), UsageError / NotFoundError
    for an unusable destination.
    """
    dest = dest.expanduser().resolve()
    if dest.is_dir():
        raise UsageError(f"{dest} is a folder; give a file name for the bundle.")
    if not dest.parent.is_dir():
        raise NotFoundError(f"The folder {dest.parent} does not exist.")
    conn = session.database.conn
    with translate_errors():
        enrollment = tables.load_enrollment(conn)
        if enrollment is None:
            raise EnrollmentError(NOT_ENROLLED, code=Code.NOT_ENROLLED)
        acked = tables.load_progress(conn).acked_seq
    session.audit("sync.export", "hq:bundle", {"file": dest.name, "from_seq": acked + 1})
    with translate_errors():
        head = tables.journal_head(conn)
        items = read_items(conn, acked, head - acked)
    header = {"device": session.device_id, "from_seq": acked + 1, "to_seq": head,
              "head_hash": items[-1].hash if items else None, "count": len(items),
              "created_at": utc_now()}
    data = bundle.write(push_body([i.text for i in items]), header,
                        session.identity.signing_key, enrollment.hq_box_key)
    atomic_write(dest, data)
    records = sum('"record":' in i.text for i in items)
    log.info("transfer bundle written: %d entries", len(items))
    return Exported(dest, acked + 1, head, len(items), records)
