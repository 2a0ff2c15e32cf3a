"""Whose draft it is: who may edit an inspection, and a supervisor's take-over.

A draft belongs to the officer who started it; only they autosave, finalize or
discard it (:mod:`checkpoint.services.inspections` enforces that on every write).
The form asks :func:`access` when it opens a record, so another officer's draft opens
read-only with a banner naming its owner instead of failing on every autosave; at a
shift handover a supervisor takes an unfinished draft over (:func:`take_over`), which
makes it theirs and is journaled with the previous owner.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.domain.search_terms import search_keys
from checkpoint.errors import Code, ConflictError, NotFoundError
from checkpoint.services.session import Session
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors

KIND = "inspection"


@dataclass(frozen=True)
class Access:
    """What the logged-in operator may do with a record they opened."""

    #: they may change it (their own draft)
    editable: bool
    #: the officer the record belongs to (its author)
    owner: str
    #: it is someone else's draft and they are a supervisor: "Take over draft" is offered
    can_take_over: bool


def is_owner(session: Session, insp: Inspection) -> bool:
    return insp.author.casefold() == session.username.casefold()


def access(session: Session, insp: Inspection) -> Access:
    """Whether ``insp`` opens editable, and whether its take-over is offered."""
    mine = is_owner(session, insp)
    return Access(editable=insp.is_draft and mine, owner=insp.author,
                  can_take_over=insp.is_draft and not mine and session.role == "supervisor")


def others_drafts(session: Session) -> list[Inspection]:
    """Other officers' unfinished drafts, newest change first: what a supervisor may take
    over at a shift handover. Supervisors only (raises PermissionDeniedError)."""
    session.require("supervisor")
    with translate_errors():
        found = rows.drafts_of_others(session.database.conn, session.username, KIND)
    return [Inspection.from_document(r.document) for r in found]


def take_over(session: Session, record_id: str) -> Inspection:
    """Make another officer's draft the logged-in supervisor's (shift handover); the
    journal entry names the previous owner. Returns the draft as it is now theirs.

    Raises PermissionDeniedError (not a supervisor), NotFoundError, ConflictError (not
    a draft, or already theirs).
    """
    session.require("supervisor")
    with session.write() as conn:
        rec = rows.get(conn, record_id)
        if rec is None or rec.kind != KIND:
            raise NotFoundError("There is no such draft.", code=Code.DRAFT_NOT_FOUND)
        if rec.status != "draft":
            raise ConflictError("Only a draft can be taken over; amend a finalized record.",
                                code=Code.TAKE_OVER_FINALIZED)
        insp = Inspection.from_document(rec.document)
        if is_owner(session, insp):
            raise ConflictError("This draft is already yours.", code=Code.TAKE_OVER_OWN)
        mine = replace(insp, author=session.username, updated_at=utc_now())
        stored = replace(rec, author=session.username, updated_at=mine.updated_at,
                         document=mine.to_document())
        rows.put(conn, stored, search_keys(mine), is_new=False)
        rows.set_draft_author(conn, record_id, session.username)
        session.journal.append(session.username, "inspection.take_over", f"{KIND}:{record_id}",
                               {"from": insp.author})
    return mine
