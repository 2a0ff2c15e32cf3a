"""Printing an inspection's protocol: what is printed is the finalized record as stored,
named by its number and the digest of its document; every print is journaled.

The GUI renders the protocol (Qt's PDF writer, in the officer's language) between the
two calls: :func:`protocol` (an audited view of the record and its digest), then
:func:`printed` once the file is written (journaled with the digest and page count,
so the journal says which version of the record left the workstation on paper).
"""

from __future__ import annotations

from typing import NamedTuple

from checkpoint.domain.chain import canonical, digest
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, ConflictError
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session

KIND = "inspection"


class Protocol(NamedTuple):
    """A finalized record to print and the digest of its document (as journaled)."""

    record: Inspection
    digest: str
    operator: str  # who prints it


def protocol(session: Session, record_id: str) -> Protocol:
    """The finalized record and its digest (the view is journaled).

    Raises NotFoundError for an unknown record, ConflictError (``PRINT_DRAFT``) for a
    draft: only what is finalized is printed as a protocol.
    """
    rec = records.get(session, record_id)
    if rec.status == "draft":
        raise ConflictError("Only a finalized inspection is printed as a protocol.",
                            code=Code.PRINT_DRAFT)
    return Protocol(Inspection.from_document(rec.document), digest(canonical(rec.document)),
                    session.username)


def printed(session: Session, record_id: str, record_digest: str, pages: int) -> None:
    """Journal that the protocol of ``record_id`` (its document's digest) was printed."""
    with session.write():
        session.journal.append(session.username, "inspection.print", f"{KIND}:{record_id}",
                               {"digest": record_digest, "pages": pages})
