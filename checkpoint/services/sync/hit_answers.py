"""The confirmation requests of watchlist hits and their answers, pulled from HQ.

HQ publishes a ``hit_answer.v1`` item (collection ``hit_answer``, key the id of the
hit's first version: :mod:`checkpoint.domain.hit_answer`) when it opens a hit's
confirmation request and again when the owning authority answers. The pull keeps it in
``hq_items`` like any HQ-owned data (:mod:`checkpoint.services.hits` reads it); this
handler checks it first, so an item of the wrong shape is set aside in the pull
quarantine with its reason and never reaches the hit, and journals what arrived
(``hit.request`` / ``hit.answer``, actor ``hq``, with the authority and who answered),
so the post's journal says who confirmed a hit and when it learned of it.
"""

from __future__ import annotations

from typing import Any

from checkpoint.domain import hit_answer as rule
from checkpoint.errors import ProtocolError, ValidationError
from checkpoint.formats import validate_document
from checkpoint.services.sync.context import SyncContext
from checkpoint.sync.protocol.items import DELETE, PulledItem

COLLECTION = rule.COLLECTION


def check(item: PulledItem) -> rule.HitAnswer:
    """The answer an item carries. Raises ProtocolError when it has the wrong shape."""
    try:
        problems = validate_document(item.data, rule.SCHEMA, values=False)
    except RecursionError:
        problems = ["nested too deeply"]
    if problems:
        raise ProtocolError(f"HQ sent a malformed hit answer: {' '.join(problems[:3])}")
    try:
        answer = rule.HitAnswer.from_document(item.data)
    except ValidationError as e:
        raise ProtocolError(f"HQ sent a malformed hit answer: {e}") from e
    if answer.hit_id != item.key:
        raise ProtocolError("HQ sent a hit answer filed under another hit's key.")
    return answer


def apply(ctx: SyncContext, conn: Any, item: PulledItem) -> bool:
    """Check and journal a pulled request or answer (the pull then keeps it)."""
    if item.op == DELETE:
        return False
    answer = check(item)
    action = "hit.answer" if answer.answered else "hit.request"
    ctx.journal.append("hq", action, f"hit:{answer.hit_id}", {
        "authority": answer.authority, "state": answer.state, "deadline": answer.deadline,
        "answered_by": answer.answered_by, "answered_at": answer.answered_at,
        "version": item.version})
    return True
