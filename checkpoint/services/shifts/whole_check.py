"""The whole journal's verification, a slice at a time, for the app.

Verifying the whole chain costs about 30 µs an entry (half a minute at a million), and
the app has one database thread that the officers' work shares. So the review never
runs it in one go: :func:`start` notes the head, each :func:`step` verifies the next
:data:`SLICE` entries (``Journal.verify_range``: each entry recomputed and following the
one before, and every signed checkpoint on the way checked), and the GUI puts one step
at a time on the database thread, showing the progress and offering to cancel between
steps. Slices overlap the walk to the next signed checkpoint, so together they check
what ``Journal.verify`` checks: every entry, every link, every signed checkpoint, and
(in the last step) a signed checkpoint beyond the head, which means a truncation.

The outcome is journaled as ``audit.verify`` (intact, broken at the first bad entry, or
cancelled after so many entries). Supervisors only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checkpoint.domain.ids import utc_now
from checkpoint.errors import JournalError
from checkpoint.services.session import Session
from checkpoint.services.shifts.lifecycle import SUPERVISOR
from checkpoint.services.shifts.review import JournalCheck
from checkpoint.store.connection import translate_errors

#: Entries verified in one turn of the database thread (about 0.3 s on this machine).
SLICE = 10_000


@dataclass(frozen=True)
class Walk:
    """How far a whole check has come: entries 1..``checked`` are verified; ``total`` is
    the head when it started (the journal may grow meanwhile: the last step goes to the
    head it finds); ``result`` is set when it is done (intact or broken)."""

    checked: int
    total: int
    started_at: str
    result: JournalCheck | None = None


def start(session: Session) -> Walk:
    """Begin a whole check. Raises PermissionDeniedError for an inspector."""
    session.require(SUPERVISOR)
    with translate_errors():
        head, _ = session.journal.head()
    return Walk(0, head, utc_now())


def step(session: Session, walk: Walk, limit: int | None = None) -> Walk:
    """Verify the next ``limit`` entries (:data:`SLICE`; the last step: to the head); the
    walk returned carries the result when the check is over (journaled)."""
    session.require(SUPERVISOR)
    until = walk.checked + (limit or SLICE)
    last = until >= walk.total
    try:
        with translate_errors():
            n, anchor = session.journal.verify_range(walk.checked, None if last else until,
                                                     session.identity.verify_key)
    except JournalError as e:
        session.audit("audit.verify", "journal", {"intact": False, "first_bad": e.seq,
                                                  "scope": "whole"})
        return replace(walk, result=JournalCheck(False, 0, e.seq, str(e), walk.started_at,
                                                 "whole", 1))
    if not last:
        return replace(walk, checked=until)
    entries = walk.checked + n
    session.audit("audit.verify", "journal", {"intact": True, "entries": entries,
                                              "scope": "whole"})
    return replace(walk, checked=entries, total=entries,
                   result=JournalCheck(True, entries, None, "", walk.started_at, "whole", 1,
                                       anchor))


def cancel(session: Session, walk: Walk) -> None:
    """The supervisor stopped the check: journaled with how far it came."""
    session.audit("audit.verify", "journal", {"cancelled": True, "entries": walk.checked,
                                              "scope": "whole"})
