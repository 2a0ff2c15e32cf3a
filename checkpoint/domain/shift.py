"""The shift: who was on duty at the post, when, and how it was handed over and reviewed.

A :class:`Shift` is the Python form of a ``shift.v1`` document. A shift lives through

    open ──close (handover note)──▶ closed ──review (remarks, signed)──▶ reviewed

and, independently once it is closed, the relieving supervisor *acknowledges* the
handover (the Schengen Borders Code, Annex II: both the relieved and the relieving
officer sign with date and hour).

Records are append-only, so a shift is kept as a chain of **versions**: each
transition is a new finalized record whose document is the whole shift as it is
then, naming the version before it in ``previous`` and counting ``version`` from 1.
Every version carries the same ``shift_id`` (the id of version 1), which is what
inspections and other records made during the shift point to. The newest version of
a shift is its current state; the older ones are its history, each sent to HQ.

The journal positions a shift carries tie it to the audit trail: ``opened_after``
is the journal head just before the shift was opened (its entries start after it),
and the handover's ``journal_head`` is the head just before the closing entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, ConflictError, FormatError, Problem, ValidationError

SCHEMA = "shift.v1"
MAX_NOTE = 4000
MAX_ITEMS = 50


class ShiftState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class JournalHead(FromDocument):
    """A journal position: the entry's sequence number and its chain hash."""

    seq: int
    hash: str

    def to_document(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(seq=r.integer("seq"), hash=r.text("hash"))


@dataclass(frozen=True, slots=True)
class Handover(FromDocument):
    """Closing the shift: the note, the open items, and the relieving supervisor's
    acknowledgement (both names and times are kept)."""

    closed_by: str
    closed_at: str
    note: str
    journal_head: JournalHead
    open_items: tuple[str, ...] = ()
    acknowledged_by: str | None = None
    acknowledged_at: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {
            "closed_by": self.closed_by,
            "closed_at": self.closed_at,
            "note": self.note,
            "open_items": list(self.open_items),
            "journal_head": self.journal_head.to_document(),
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        head = r.opt_record("journal_head", JournalHead)
        if head is None:
            raise FormatError("/handover/journal_head is missing.")
        return cls(closed_by=r.text("closed_by"), closed_at=r.text("closed_at"),
                   note=r.text("note"), journal_head=head,
                   open_items=r.text_list("open_items"),
                   acknowledged_by=r.opt_text("acknowledged_by"),
                   acknowledged_at=r.opt_text("acknowledged_at"))


@dataclass(frozen=True, slots=True)
class Review(FromDocument):
    """The supervisor's review of the shift log: remarks, what the journal showed, and
    the workstation's Ed25519 signature over :func:`review_message`."""

    reviewed_by: str
    reviewed_at: str
    remarks: str
    journal_head: JournalHead
    journal_intact: bool
    first_bad_entry: int | None
    signature: str

    def to_document(self) -> dict[str, Any]:
        return {
            "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at,
            "remarks": self.remarks,
            "journal_head": self.journal_head.to_document(),
            "journal_intact": self.journal_intact,
            "first_bad_entry": self.first_bad_entry,
            "signature": self.signature,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        head = r.opt_record("journal_head", JournalHead)
        if head is None:
            raise FormatError("/review/journal_head is missing.")
        return cls(reviewed_by=r.text("reviewed_by"), reviewed_at=r.text("reviewed_at"),
                   remarks=r.text("remarks"), journal_head=head,
                   journal_intact=r.boolean("journal_intact"),
                   first_bad_entry=r.opt_int("first_bad_entry"),
                   signature=r.text("signature"))


@dataclass(frozen=True, slots=True)
class Shift(FromDocument):
    """One version of a shift; the fields mirror the ``shift.v1`` document."""

    id: str
    shift_id: str
    version: int
    previous: str | None
    state: ShiftState
    created_at: str
    device_id: str
    author: str
    checkpoint: str
    supervisor: str
    officers: tuple[str, ...]
    lanes: tuple[str, ...]
    opened_at: str
    opened_after: JournalHead
    handover: Handover | None = None
    review: Review | None = None

    @property
    def is_open(self) -> bool:
        return self.state is ShiftState.OPEN

    @property
    def closed_at(self) -> str | None:
        return None if self.handover is None else self.handover.closed_at

    def on_duty(self, username: str) -> bool:
        name = username.casefold()
        return name == self.supervisor.casefold() or any(
            o.casefold() == name for o in self.officers)

    def to_document(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "status": "finalized",
            "shift_id": self.shift_id,
            "version": self.version,
            "previous": self.previous,
            "state": self.state.value,
            "created_at": self.created_at,
            "device_id": self.device_id,
            "author": self.author,
            "checkpoint": self.checkpoint,
            "supervisor": self.supervisor,
            "officers": list(self.officers),
            "lanes": list(self.lanes),
            "opened_at": self.opened_at,
            "opened_after": self.opened_after.to_document(),
            "handover": None if self.handover is None else self.handover.to_document(),
            "review": None if self.review is None else self.review.to_document(),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        schema = r.text("schema")
        if schema != SCHEMA:
            problem = f"/schema: expected {SCHEMA!r}, not {schema!r}."
            raise FormatError(problem, [problem])
        opened_after = r.opt_record("opened_after", JournalHead)
        if opened_after is None:
            raise FormatError("/opened_after is missing.")
        r.text("status")
        return cls(
            id=r.text("id"), shift_id=r.text("shift_id"), version=r.integer("version"),
            previous=r.opt_text("previous"), state=r.enum("state", ShiftState),
            created_at=r.text("created_at"), device_id=r.text("device_id"),
            author=r.text("author"), checkpoint=r.text("checkpoint"),
            supervisor=r.text("supervisor"), officers=r.text_list("officers"),
            lanes=r.text_list("lanes"), opened_at=r.text("opened_at"),
            opened_after=opened_after, handover=r.opt_record("handover", Handover),
            review=r.opt_record("review", Review),
        )


_LOGGED = {Code.MISSING: "is missing", Code.TOO_LONG: "is longer than {maximum} characters",
           Code.TOO_MANY: "names more than {maximum}"}


def _invalid(path: str, code: Code, **params: int) -> ValidationError:
    """The one problem of a shift's value (``path`` in the shift document)."""
    what = _LOGGED[code].format(**params)
    return ValidationError(f"The shift's {path} {what}.", [Problem(path, code, params)],
                           code=code, params=params)


def _required(path: str, value: str | None, limit: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise _invalid(path, Code.MISSING)
    if len(text) > limit:
        raise _invalid(path, Code.TOO_LONG, maximum=limit)
    return text


def _names(values: tuple[str, ...] | list[str], path: str) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        v = v.strip()
        if v and v.casefold() not in {o.casefold() for o in out}:
            out.append(v)
    if len(out) > MAX_ITEMS:
        raise _invalid(path, Code.TOO_MANY, maximum=MAX_ITEMS)
    return tuple(out)


def open_shift(*, supervisor: str, device_id: str, checkpoint: str,
               officers: tuple[str, ...] | list[str], lanes: tuple[str, ...] | list[str],
               opened_after: JournalHead, opened_at: str | None = None) -> Shift:
    """A new open shift (version 1). Raises ValidationError for a missing checkpoint,
    supervisor or officer list."""
    now = utc_now()
    shift_id = new_id()
    team = _names(officers, "officers")
    if not team:
        raise _invalid("officers", Code.MISSING)
    return Shift(
        id=shift_id, shift_id=shift_id, version=1, previous=None, state=ShiftState.OPEN,
        created_at=now, device_id=_required("device_id", device_id),
        author=_required("supervisor", supervisor),
        checkpoint=_required("checkpoint", checkpoint, 32),
        supervisor=supervisor.strip(), officers=team, lanes=_names(lanes, "lanes"),
        opened_at=opened_at or now, opened_after=opened_after,
    )


def _next(shift: Shift, author: str, **changes: Any) -> Shift:
    return replace(shift, id=new_id(), version=shift.version + 1, previous=shift.id,
                   created_at=utc_now(), author=author, **changes)


def close(shift: Shift, *, by: str, note: str, open_items: tuple[str, ...] | list[str],
          journal_head: JournalHead) -> Shift:
    """The shift closed with a handover note. Raises ConflictError unless it is open,
    ValidationError for a blank note."""
    if not shift.is_open:
        raise ConflictError("This shift is already closed.", code=Code.SHIFT_ALREADY_CLOSED)
    handover = Handover(closed_by=by, closed_at=utc_now(),
                        note=_required("handover.note", note, MAX_NOTE),
                        journal_head=journal_head,
                        open_items=tuple(i.strip() for i in open_items if i.strip()))
    if len(handover.open_items) > MAX_ITEMS:
        raise _invalid("handover.open_items", Code.TOO_MANY, maximum=MAX_ITEMS)
    return _next(shift, by, state=ShiftState.CLOSED, handover=handover)


def acknowledge(shift: Shift, *, by: str) -> Shift:
    """The relieving supervisor's acknowledgement of the handover.

    Raises ConflictError when the shift is open or already acknowledged, and when the
    relieving supervisor is the one who handed over (two people sign a handover).
    """
    if shift.handover is None:
        raise ConflictError("The shift is still open: it is handed over when it is closed.",
                            code=Code.SHIFT_NOT_CLOSED)
    if shift.handover.acknowledged_by is not None:
        raise ConflictError(
            f"The handover was already acknowledged by {shift.handover.acknowledged_by}.",
            code=Code.HANDOVER_DONE, params={"name": shift.handover.acknowledged_by})
    if by.casefold() == shift.handover.closed_by.casefold():
        raise ConflictError("The handover must be acknowledged by the relieving supervisor, "
                            "not by the one who handed over.", code=Code.HANDOVER_SELF)
    handover = replace(shift.handover, acknowledged_by=by, acknowledged_at=utc_now())
    return _next(shift, by, handover=handover)


def review_message(shift: Shift, *, reviewed_by: str, reviewed_at: str, remarks: str,
                   journal_head: JournalHead, journal_intact: bool,
                   first_bad_entry: int | None) -> dict[str, Any]:
    """What the review signature covers (signed as canonical JSON)."""
    return {"purpose": "checkpoint shift review v1", "shift_id": shift.shift_id,
            "device_id": shift.device_id, "reviewed_by": reviewed_by,
            "reviewed_at": reviewed_at, "remarks": remarks,
            "journal_head": journal_head.to_document(), "journal_intact": journal_intact,
            "first_bad_entry": first_bad_entry}


def check_reviewable(shift: Shift) -> None:
    """Raises ConflictError unless the shift is closed and not reviewed yet."""
    if shift.is_open:
        raise ConflictError("Close the shift before marking it reviewed.",
                            code=Code.SHIFT_NOT_CLOSED)
    if shift.review is not None:
        raise ConflictError(f"This shift was already reviewed by {shift.review.reviewed_by}.",
                            code=Code.SHIFT_REVIEWED, params={"name": shift.review.reviewed_by})


def reviewed(shift: Shift, review: Review) -> Shift:
    """The shift marked reviewed. Raises ConflictError (see :func:`check_reviewable`)."""
    check_reviewable(shift)
    remarks = review.remarks.strip()
    if len(remarks) > MAX_NOTE:
        raise _invalid("review.remarks", Code.TOO_LONG, maximum=MAX_NOTE)
    return _next(shift, review.reviewed_by, state=ShiftState.REVIEWED, review=review)
