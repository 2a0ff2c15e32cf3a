"""Watchlist hits in the shift review (a provider of :mod:`.kinds`).

A hit is found when an inspection is finalized (:mod:`checkpoint.services.hits`) and
belongs to the shift during which it was found (its document carries no ``shift_id``).
A triage is a new version amending the hit, so the review shows each version; what
the supervisor must notice is a hit whose *current* version is still ``pending``
(:func:`checkpoint.services.shifts.review` drops the flag from versions a triage
replaced). The charts count hits by list and by triage.
"""

from __future__ import annotations

from checkpoint.services.shifts.kinds import KindRow, ReviewKind, Summary, register

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


HITS = ReviewKind(HIT_KIND, (_LIST, _COVERT, _MATCH, _SCORE, _TRIAGE, _ALERT), _hit, _facts,
                  versions_replace=True)
register(HITS)
