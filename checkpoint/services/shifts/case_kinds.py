"""Offence cases and referrals in the shift review (providers of :mod:`.kinds`).

A case or referral belongs to the shift during which it was created (the review reads
records by creation time): their documents carry no ``shift_id`` (their schemas are
closed), so in the review they are never "outside a shift". What the supervisor sees:
the person, the agency, the approval state and the deadline; amendments and unfinished
drafts are flagged like an inspection's. Overdue referrals are found over every
referral, not only the shift's (:func:`checkpoint.store.pulled.overdue_referrals`): a
referral made days ago is overdue now.
"""

from __future__ import annotations

from checkpoint.services.shifts.kinds import KindRow, ReviewKind, Summary, register

OFFENCE_KIND = "offence"  # checkpoint.domain.cases.offence.KIND
REFERRAL_KIND = "referral"  # checkpoint.domain.cases.referral.KIND

_PERSON = ("$.persons[0].surname", "$.persons[0].given_names")


def _person(row: KindRow) -> str:
    return " ".join(str(row.get(p)) for p in _PERSON if row.get(p))


def _flags(row: KindRow, detail: dict[str, str]) -> tuple[str, ...]:
    flags: list[str] = []
    if row.amends:
        flags.append("amendment")
        detail["amends"] = row.amends
        detail["reason"] = str(row.get("$.amendment_reason") or "")
    if row.status == "draft":
        flags.append("draft")
    return tuple(flags)


def _outcome(row: KindRow) -> str | None:
    """The approval state as the review words it (``review_submitted``, ...)."""
    state = row.get("$.review.state")
    return f"review_{state}" if state else None


def _offence(row: KindRow) -> Summary:
    detail = {k: str(row.get(p)) for k, p in (("review", "$.review.state"),
                                              ("risk_area", "$.risk_area"),
                                              ("case_kind", "$.kind")) if row.get(p)}
    flags = _flags(row, detail)
    label = _person(row) or str(row.get("$.risk_area") or "")
    return Summary(label=label, outcome=_outcome(row), flags=flags, detail=detail)


def _referral(row: KindRow) -> Summary:
    detail = {k: str(row.get(p)) for k, p in (("review", "$.review.state"),
                                              ("agency", "$.agency"),
                                              ("deadline", "$.deadline")) if row.get(p)}
    flags = _flags(row, detail)
    who = _person(row)
    label = " · ".join(x for x in (str(row.get("$.agency") or ""), who) if x)
    return Summary(label=label, outcome=_outcome(row), flags=flags, detail=detail)


OFFENCES = ReviewKind(
    OFFENCE_KIND,
    ("$.kind", "$.risk_area", "$.review.state", "$.amendment_reason", *_PERSON),
    _offence)
REFERRALS = ReviewKind(
    REFERRAL_KIND,
    ("$.agency", "$.deadline", "$.review.state", "$.amendment_reason", *_PERSON),
    _referral)
register(OFFENCES)
register(REFERRALS)
