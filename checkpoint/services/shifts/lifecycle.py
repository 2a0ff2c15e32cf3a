"""Opening, closing, handing over and listing shifts.

A shift is a chain of finalized ``shift`` records (see :mod:`checkpoint.domain.shift`):
each transition writes the next version and journals it (``shift.open``,
``shift.close``, ``shift.acknowledge``, ``shift.review``) in one transaction, so every
version goes to HQ like any other record. One shift at a time may be open on a
workstation. Only supervisors open, close, acknowledge and review; anyone logged in
may see the status and the list.

Which shift a new record belongs to: :func:`shift_of_new_record` is the open shift's
id when there is one, else None, which marks the record *outside a shift*; an
inspector may always work (a post is never stopped because nobody opened a shift),
and the supervisor sees those records highlighted at the next review.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkpoint.domain import shift as model
from checkpoint.domain.shift import JournalHead, Shift, ShiftState
from checkpoint.errors import Code, ConflictError, NotFoundError, UsageError
from checkpoint.services import journaled_records as records
from checkpoint.services import settings
from checkpoint.services.session import Session
from checkpoint.store import operators
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors

KIND = "shift"
SUPERVISOR = "supervisor"
#: How many of the newest shift versions are read to find the shifts (a post has a
#: few shifts a day and each has up to four versions).
SCAN = 400


@dataclass(frozen=True)
class Status:
    """What ``checkpoint shift status`` and the Shift menu show."""

    current: Shift | None          # the open shift, if any
    last: Shift | None             # the newest shift (open or not)
    awaiting_acknowledgement: Shift | None  # closed, handover not yet acknowledged
    awaiting_review: Shift | None  # closed, not yet reviewed
    may_manage: bool               # the operator may open, close, acknowledge, review


def _versions(session: Session, limit: int = SCAN) -> list[Shift]:
    with translate_errors():
        found = rows.page(session.database.conn, KIND, None, limit)
    return [Shift.from_document(r.document) for r in found]


def _latest(versions: list[Shift]) -> list[Shift]:
    """The newest version of each shift, newest shift first."""
    best: dict[str, Shift] = {}
    for v in versions:
        held = best.get(v.shift_id)
        if held is None or v.version > held.version:
            best[v.shift_id] = v
    return sorted(best.values(), key=lambda s: (s.opened_at, s.shift_id), reverse=True)


def list_shifts(session: Session, limit: int = 50) -> list[Shift]:
    """The newest shifts (their current versions), newest first."""
    return _latest(_versions(session))[:limit]


def current(session: Session) -> Shift | None:
    """The open shift of this workstation, if any."""
    return next((s for s in _latest(_versions(session, 40)) if s.is_open), None)


def shift_of_new_record(session: Session) -> str | None:
    """The shift a record made now belongs to: the open shift's id, or None (outside a
    shift)."""
    shift = current(session)
    return None if shift is None else shift.shift_id


def get(session: Session, shift_id: str | None = None) -> Shift:
    """The current version of a shift (by id, or the newest shift when None).

    Raises NotFoundError.
    """
    shifts = _latest(_versions(session))
    if shift_id is None:
        if not shifts:
            raise NotFoundError("No shift has been opened on this workstation yet.",
                                code=Code.SHIFT_NONE)
        return shifts[0]
    for s in shifts:
        if s.shift_id == shift_id or s.shift_id.startswith(shift_id):
            return s
    raise NotFoundError(f"There is no shift {shift_id!r} on this workstation.",
                        code=Code.SHIFT_UNKNOWN, params={"shift": shift_id})


def history(session: Session, shift_id: str) -> list[Shift]:
    """Every version of the shift, oldest first."""
    return sorted((v for v in _versions(session) if v.shift_id == shift_id),
                  key=lambda v: v.version)


def previous_of(session: Session, shift: Shift) -> Shift | None:
    """The shift opened before ``shift`` on this workstation, if any."""
    older = [s for s in _latest(_versions(session)) if s.opened_at < shift.opened_at]
    return older[0] if older else None


def status(session: Session) -> Status:
    shifts = _latest(_versions(session))
    closed = [s for s in shifts if not s.is_open]
    return Status(
        current=next((s for s in shifts if s.is_open), None),
        last=shifts[0] if shifts else None,
        awaiting_acknowledgement=next((s for s in closed if s.handover is not None
                                       and s.handover.acknowledged_by is None), None),
        awaiting_review=next((s for s in closed if s.review is None), None),
        may_manage=session.role == SUPERVISOR,
    )


def _save(session: Session, shift: Shift, action: str) -> Shift:
    records.put(session, KIND, shift.to_document(), {}, status="finalized", action=action,
                record_id=shift.id)
    return shift


def _head(session: Session) -> JournalHead:
    seq, head = session.journal.head()
    return JournalHead(seq, head)


def _known_officers(session: Session, names: list[str]) -> list[str]:
    """The names as the accounts spell them. Raises UsageError for an unknown name."""
    with translate_errors():
        active = {op.username.casefold(): op.username
                  for op in operators.active(session.database.conn)}
    unknown = [n for n in names if n.strip() and n.strip().casefold() not in active]
    if unknown:
        raise UsageError(f"No operator account named {', '.join(unknown)} on this "
                         "workstation.", code=Code.OPERATOR_UNKNOWN,
                         params={"username": ", ".join(unknown)})
    return [active[n.strip().casefold()] for n in names if n.strip()]


def open_shift(session: Session, *, officers: list[str], lanes: list[str],
               checkpoint: str | None = None) -> Shift:
    """Open a shift with the logged-in supervisor responsible.

    Raises PermissionDeniedError for an inspector, ConflictError when a shift is open
    already, UsageError for an unknown officer or a missing checkpoint code,
    ValidationError for an empty team.
    """
    session.require(SUPERVISOR)
    code = checkpoint or settings.load(session.layout.home).checkpoint_code
    if not code:
        raise UsageError("The checkpoint is not named and its code is not set in the "
                         "settings.", code=Code.SHIFT_NO_CHECKPOINT)
    team = _known_officers(session, officers)
    with session.write():
        open_now = current(session)
        if open_now is not None:
            raise ConflictError(f"Shift {open_now.shift_id[:8]} (opened by "
                                f"{open_now.supervisor}) is still open: close it first.",
                                code=Code.SHIFT_STILL_OPEN,
                                params={"shift": open_now.shift_id[:8],
                                        "supervisor": open_now.supervisor})
        shift = model.open_shift(supervisor=session.username, device_id=session.device_id,
                                 checkpoint=code, officers=team, lanes=lanes,
                                 opened_after=_head(session))
        return _save(session, shift, "shift.open")


def close_shift(session: Session, *, note: str, open_items: list[str] | None = None) -> Shift:
    """Close the open shift with a handover note and the items handed over.

    Raises PermissionDeniedError, NotFoundError (no open shift), ValidationError (no note).
    """
    session.require(SUPERVISOR)
    with session.write():
        shift = current(session)
        if shift is None:
            raise NotFoundError("No shift is open on this workstation.",
                                code=Code.SHIFT_NONE_OPEN)
        closed = model.close(shift, by=session.username, note=note,
                             open_items=open_items or [], journal_head=_head(session))
        return _save(session, closed, "shift.close")


def acknowledge_handover(session: Session, shift_id: str | None = None) -> Shift:
    """The logged-in (relieving) supervisor acknowledges the handover of a closed shift
    (the newest one awaiting it when no id is given).

    Raises PermissionDeniedError, NotFoundError, ConflictError (already acknowledged, or
    the same supervisor who handed over).
    """
    session.require(SUPERVISOR)
    with session.write():
        if shift_id is None:
            shift = status(session).awaiting_acknowledgement
            if shift is None:
                raise NotFoundError("No closed shift is waiting for its handover to be "
                                    "acknowledged.", code=Code.HANDOVER_NONE)
        else:
            shift = get(session, shift_id)
        done = model.acknowledge(shift, by=session.username)
        return _save(session, done, "shift.acknowledge")


def save_reviewed(session: Session, shift: Shift) -> Shift:
    """Write the reviewed version (made by :mod:`review`), inside the caller's write."""
    if shift.state is not ShiftState.REVIEWED:
        raise ConflictError("Only a reviewed shift is saved as reviewed.")
    return _save(session, shift, "shift.review")
