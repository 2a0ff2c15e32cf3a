"""Chain of custody: record a handover of a seized item, read an item's chain.

Each handover is its own record (``custody_event``, status ``recorded``: frozen from
the start) and journaled ``custody_event.record``; a break in the chain is refused
with nothing written (:func:`checkpoint.domain.cases.custody.chain_problems`): a
ValidationError with code ``custody.refused`` and the chain's problems.
"""

from __future__ import annotations

from typing import Any

from checkpoint.domain.cases import custody as model
from checkpoint.domain.cases.custody import CustodyAction, CustodyEvent, Holding
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import Code, Problem, ValidationError
from checkpoint.services.cases import offences, store
from checkpoint.services.session import Session

KIND = model.KIND


def _term(case_id: str, item_id: str) -> str:
    return f"{case_id}/{item_id}"


def chain(session: Session, case_id: str, item_id: str) -> list[CustodyEvent]:
    """The item's custody events in order."""
    found = [CustodyEvent.from_document(r.document)
             for r in store.by_term(session, "custody", _term(case_id, item_id))]
    return sorted(found, key=lambda e: e.sequence)


def holding(session: Session, case_id: str, item_id: str) -> Holding:
    case = offences.load(session, case_id, audit=False)
    item = case.item(item_id)
    if item is None:
        raise refused([Problem("item_id", Code.CUSTODY_UNKNOWN_ITEM, {"value": item_id})])
    return model.current(item, chain(session, case_id, item_id))


def refused(problems: list[Problem]) -> ValidationError:
    """The error of a refused handover, carrying the chain's problems."""
    return ValidationError(f"The handover is refused: {len(problems)} problem(s).", problems,
                           code=Code.HANDOVER_REFUSED, params={"count": len(problems)})


def handover(session: Session, case_id: str, item_id: str, *, action: CustodyAction,
             from_custodian: str, to_custodian: str, seal_numbers: tuple[str, ...] | None = None,
             seal_intact: bool | None = True, reason: str | None = None,
             at: str | None = None, **details: Any) -> CustodyEvent:
    """Append one custody event. ``seal_numbers`` None keeps the current seals.

    Raises ValidationError (``custody.refused``; nothing written) for a break in the
    chain or an unknown item.
    """
    case = offences.load(session, case_id, audit=False)
    item = case.item(item_id)
    if item is None:
        raise refused([Problem("item_id", Code.CUSTODY_UNKNOWN_ITEM, {"value": item_id})])
    with session.write():  # read the chain and append in one transaction
        history = chain(session, case_id, item_id)
        state = model.current(item, history)
        now = utc_now()
        event = CustodyEvent(
            new_id(), case_id, item_id, state.sequence + 1, action, from_custodian.strip(),
            to_custodian.strip(), at or now, now, session.device_id, session.username,
            seal_intact=seal_intact,
            seal_numbers=state.seal_numbers if seal_numbers is None else tuple(seal_numbers),
            reason=(reason or "").strip() or None, **details)
        problems = model.chain_problems(item, history, event)
        if problems:
            raise refused(problems)
        store.save(session, KIND, event.to_document(), status=model.STATUS,
                   action="custody_event.record",
                   terms={"custody": {_term(case_id, item_id)}})
    return event
