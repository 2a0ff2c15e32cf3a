"""Watchlist hits in the shift review (a provider of :mod:`.kinds`).

A hit is found when an inspection is finalized (:mod:`checkpoint.services.hits`) and
belongs to the shift during which it was found (its document carries no ``shift_id``).
A triage is a new version amending the hit, so the review shows each version; what
the supervisor must notice is a hit whose *current* version is still ``pending``
(:func:`checkpoint.services.shifts.review` drops the flag from versions a triage
replaced). The charts count hits by list and by triage.

The current version of a hit also says where its confirmation stands, from HQ's pulled
``hit_answer`` item (:mod:`checkpoint.domain.hit_answer`): ``provisional`` while the
owning authority has not answered a hit triaged possible or confirmed, ``answer_overdue``
(highlighted) past the deadline, ``owner_confirmed`` or ``owner_not_confirmed`` with the
authority's instructions as the row's reason.
"""

from __future__ import annotations

from typing import Any

from checkpoint.domain import hit_answer
from checkpoint.domain.ids import utc_now
from checkpoint.errors import ValidationError
from checkpoint.services.shifts.kinds import KindRow, ReviewKind, Summary, register
from checkpoint.store import pulled, record_table

HIT_KIND = "hit"  # checkpoint.services.hits.KIND

_LIST, _COVERT, _MATCH, _SCORE, _TRIAGE, _ALERT = (
    "$.candidate.list", "$.candidate.covert", "$.candidate.match", "$.candidate.score",
    "$.triage", "$.candidate.alert_id")


def _hit(row: KindRow) -> Summary:
    triage = str(row.get(_TRIAGE) or "pending")
    detail = {"list": str(row.get(_LIST) or ""), "alert": str(row.get(_ALERT) or ""),
              "match": str(row.get(_MATCH) or ""), "score": str(row.get(_SCORE) or ""),
              "triage": triage}
    flags: list[str] = []
    if triage == "pending":
        flags.append("untriaged")
    if row.get(_COVERT) in (True, 1):
        flags.append("covert")
    label = " · ".join(x for x in (detail["list"], detail["alert"], detail["match"]) if x)
    return Summary(label=label, outcome=f"hit_{triage}", flags=tuple(flags), detail=detail)


def _facts(row: KindRow) -> list[tuple[str, str]]:
    return [("hit_list", str(row.get(_LIST) or "")),
            ("hit_triage", str(row.get(_TRIAGE) or "pending"))]


def _confirmation(conn: Any, row: KindRow) -> tuple[tuple[str, ...], dict[str, str]]:
    """Flags and detail of a hit's confirmation request or answer as last pulled."""
    doc = pulled.item(conn, hit_answer.COLLECTION, record_table.first_version(conn, row.id))
    try:
        answer = hit_answer.HitAnswer.from_document(doc) if doc else None
    except ValidationError:
        answer = None
    if answer is None:
        asked = row.get(_TRIAGE) in hit_answer.REQUESTED_FOR
        return ("provisional",) if asked else (), {}
    detail = {"authority": answer.authority, "deadline": answer.deadline,
              "confirmation": answer.state}
    if answer.answered:
        detail["reason"] = f"{answer.authority}: {answer.instructions or ''}".rstrip(": ")
        detail["answered_by"] = str(answer.answered_by)
        return (f"owner_{answer.state}",), detail
    late = hit_answer.is_overdue(answer.state, answer.deadline, utc_now())
    return ("provisional", "answer_overdue") if late else ("provisional",), detail


HITS = ReviewKind(HIT_KIND, (_LIST, _COVERT, _MATCH, _SCORE, _TRIAGE, _ALERT), _hit, _facts,
                  versions_replace=True, pulled=_confirmation)
register(HITS)
