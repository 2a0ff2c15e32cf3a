"""HQ's next signing key and CA, pulled before HQ rotates them (issue 9, item 6).

HQ announces its next key (and, when it changes its CA, the next CA) in the pulled
collection ``hq_keys``, signed by its current key
(:mod:`checkpoint.sync.protocol.hq_keys`). Applying the announcement keeps the next key
beside the pinned one and pins the current and the next CA together, so the
workstation reaches HQ on either side of the switch. The first answer signed by the
next key makes it the pinned key, and the next CA the only pinned CA
(:func:`promote`, called by the engine after a run). A workstation that missed the
announcement is re-admitted instead (``checkpoint enroll --readmit CODE --ca NEWCA``).
"""

from __future__ import annotations

import logging
from hashlib import sha256
from typing import Any

from checkpoint.errors import ProtocolError, UsageError
from checkpoint.services.sync.context import SyncContext
from checkpoint.services.sync.enrollment import check_ca
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import hq_keys
from checkpoint.sync.protocol.items import DELETE, PulledItem

log = logging.getLogger(__name__)

COLLECTION = hq_keys.COLLECTION


def _fingerprint(raw: bytes) -> str:
    return sha256(raw).hexdigest()[:16]


def apply(ctx: SyncContext, conn: Any, item: PulledItem) -> bool:
    """Keep an announcement of HQ's next keys. Raises ProtocolError when it is not signed
    by the pinned key or is malformed (the pull sets it aside)."""
    if item.op == DELETE or item.key != hq_keys.NEXT:
        return False
    enrollment = tables.load_enrollment(conn)
    if enrollment is None:
        return False
    announced = hq_keys.read_announcement(enrollment.hq_signing_key, item.data)
    if announced.ca_pem is not None:
        _check_pem(announced.ca_pem)
    current_ca = enrollment.ca_pem if enrollment.next_ca_pem is None else _without(
        enrollment.ca_pem, enrollment.next_ca_pem)
    bundle = current_ca.rstrip("\n") + "\n" + (announced.ca_pem or "")
    tables.announce_hq_keys(conn, announced.signing_key, announced.ca_pem, bundle)
    raw = announced.signing_key.public_bytes_raw()
    ctx.journal.append("hq", "sync.hq_keys_announced", f"hq:{enrollment.hq_id}", {
        "next_key": _fingerprint(raw), "next_ca": announced.ca_pem is not None,
        "version": item.version})
    ctx.client.next_hq_key = announced.signing_key
    log.info("HQ announced its next signing key%s", " and CA" if announced.ca_pem else "")
    return True


def _check_pem(pem: str) -> None:
    try:
        check_ca(pem.encode("ascii"))
    except (UsageError, UnicodeEncodeError) as e:
        raise ProtocolError("HQ's announced CA is not a CA certificate.") from e


def _without(bundle: str, pem: str) -> str:
    return bundle.replace(pem, "").strip() + "\n"


def promote(ctx: SyncContext) -> None:
    """The run met an answer signed by HQ's announced key: pin it (journaled)."""
    if not ctx.client.rotated:
        return
    with ctx.database.transaction() as db:
        if tables.promote_hq_key(db.conn):
            key = ctx.client.hq_key
            fingerprint = _fingerprint(key.public_bytes_raw()) if key is not None else ""
            ctx.journal.append("hq", "sync.hq_key", f"hq:{ctx.enrollment.hq_id}",
                               {"hq_key": fingerprint})
            log.warning("HQ now signs with its announced key: pinned")
