"""Referrals at HQ: addressed to agencies at intake, answered by them, published back.

When a workstation's push brings an approved referral, :func:`on_intake` files it for
its agency with status ``sent`` (HQ acknowledged) and publishes that status to the
post. Agencies (API or web inbox) and HQ's administrators then move it along the
lifecycle of :mod:`checkpoint.domain.cases.referral` (received → accepted/declined →
closed; out of order is refused, 409) and add messages. Every change bumps the
referral's ``version`` (the agency's list cursor), appends an event naming who made it,
and publishes a ``referral_status.v1`` item to the post (pulled data, HQ wins).
An agency sees only the referrals addressed to it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from checkpoint.domain.cases.referral import (
    STATUS_COLLECTION,
    STATUS_SCHEMA,
    ReferralStatus,
    transition_problems,
)
from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, Problem
from hq import feed
from hq.db import Tx
from hq.devices import Device
from hq.errors import HqRefusal

_COLUMNS = ("id, agency, device_id, post, status, agency_reference, reason, outcome, deadline, "
            "events, updated_at, version")
MAX_TEXT = 5000

#: HQ's English for the lifecycle's refusals (agencies read it in the API and the inbox;
#: the error code is the problem's code).
REFUSALS: dict[str, str] = {
    Code.TRANSITION_ORDER: "a referral that is {current} cannot become {target}",
    Code.NEEDS_REFERENCE: "accepting needs the agency's reference",
    Code.NEEDS_REASON: "declining needs a reason",
    Code.NEEDS_OUTCOME: "closing needs an outcome",
}


def refusal_text(problem: Problem) -> str:
    template = REFUSALS.get(problem.code, problem.code)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return template


@dataclass(frozen=True)
class Filed:
    id: str
    agency: str
    device_id: str
    post: str
    status: str
    agency_reference: str | None
    reason: str | None
    outcome: str | None
    deadline: str | None
    events: list[dict[str, Any]]
    updated_at: str
    version: int

    def status_document(self) -> dict[str, Any]:
        return {"schema": STATUS_SCHEMA, "referral_id": self.id, "agency": self.agency,
                "status": self.status, "agency_reference": self.agency_reference,
                "reason": self.reason, "outcome": self.outcome, "deadline": self.deadline,
                "updated_at": self.updated_at, "events": self.events}

    def summary(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "post": self.post,
                "deadline": self.deadline, "agency_reference": self.agency_reference,
                "updated_at": self.updated_at, "version": self.version}


def _row(r: Sequence[Any]) -> Filed:
    return Filed(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5], r[6], r[7], r[8],
                 json.loads(r[9]), str(r[10]), int(r[11]))


def _next_version(tx: Tx) -> int:
    tx.lock_changes()
    return int(tx.one("SELECT coalesce(max(version), 0) + 1 FROM referrals")[0])


def _publish(tx: Tx, filed: Filed) -> None:
    feed.publish(tx, STATUS_COLLECTION, [(filed.id, "put", filed.status_document())],
                 audience=f"post:{filed.post}")


def on_intake(tx: Tx, device: Device, records: Sequence[tuple[str, str, str]]) -> int:
    """File the approved referrals among pushed ``(id, kind, document text)`` records."""
    filed = 0
    for rid, kind, text in records:
        if kind != "referral":
            continue
        doc = json.loads(text)
        if doc.get("status") != "approved" or not doc.get("agency"):
            continue
        if tx.one("SELECT 1 FROM referrals WHERE id = ?", (rid,)):
            continue
        now = utc_now()
        events = [{"at": now, "status": "sent", "by": "HQ", "note": None}]
        tx.execute(f"INSERT INTO referrals ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?)", (rid, doc["agency"], device.id, device.post, "sent", None, None,
                             None, doc.get("deadline"), json.dumps(events), now,
                             _next_version(tx)))
        _publish(tx, get(tx, rid))
        filed += 1
    return filed


def get(tx: Tx, referral_id: str, agency: str | None = None) -> Filed:
    """A filed referral; with ``agency``, only if addressed to it. Raises HqRefusal 404."""
    row = tx.one(f"SELECT {_COLUMNS} FROM referrals WHERE id = ?", (referral_id,))
    if row is None or (agency is not None and row[1] != agency):
        whom = f" addressed to agency {agency}" if agency else ""
        raise HqRefusal(404, "no_referral", f"There is no referral {referral_id}{whom}.")
    return _row(row)


def listing(tx: Tx, agency: str | None = None, status: str | None = None, after: int = 0,
            limit: int = 500) -> list[Filed]:
    """Referrals changed after version ``after`` (an agency's cursor), oldest change first."""
    sql = f"SELECT {_COLUMNS} FROM referrals WHERE version > ?"
    params: list[Any] = [after]
    if agency is not None:
        sql += " AND agency = ?"
        params.append(agency)
    if status is not None:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY version LIMIT ?"
    params.append(max(1, min(limit, 1000)))
    return [_row(r) for r in tx.all(sql, params)]


def _text(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise HqRefusal(400, "bad_request", f"{what} must be text of at most {MAX_TEXT} "
                        "characters.")
    return value.strip() or None


def _change(tx: Tx, filed: Filed, event: dict[str, Any], **fields: Any) -> Filed:
    now = utc_now()
    events = [*filed.events, {**event, "at": now}]
    sets = ", ".join(f"{k} = ?" for k in fields)
    tx.execute(f"UPDATE referrals SET {sets}{', ' if sets else ''}events = ?, updated_at = ?, "
               "version = ? WHERE id = ?",
               (*fields.values(), json.dumps(events), now, _next_version(tx), filed.id))
    done = get(tx, filed.id)
    _publish(tx, done)
    return done


def transition(tx: Tx, referral_id: str, target: str, actor: str, *, agency: str | None = None,
               reference: object = None, reason: object = None, outcome: object = None
               ) -> Filed:
    """Move a referral to ``target`` as ``actor``. Raises HqRefusal: 404 (not this
    agency's), 409 (out of order, or without its reference / reason / outcome)."""
    filed = get(tx, referral_id, agency)
    try:
        wanted = ReferralStatus(target)
    except ValueError as e:
        raise HqRefusal(400, "bad_status", f"Unknown status {target!r}.") from e
    ref, why, result = (_text(reference, "The reference"), _text(reason, "The reason"),
                        _text(outcome, "The outcome"))
    found = transition_problems(ReferralStatus(filed.status), wanted, reference=ref,
                                reason=why, outcome=result)
    if found:
        raise HqRefusal(409, found[0].code, f"Refused: {refusal_text(found[0])}.",
                        problems=[{"path": p.path, "code": p.code, "params": dict(p.params)}
                                  for p in found])
    fields: dict[str, Any] = {"status": wanted.value}
    if wanted is ReferralStatus.ACCEPTED:
        fields["agency_reference"] = ref
    if wanted is ReferralStatus.DECLINED:
        fields["reason"] = why
    if wanted is ReferralStatus.CLOSED:
        fields["outcome"] = result
    note = ref or why or result
    return _change(tx, filed, {"status": wanted.value, "by": actor, "note": note}, **fields)


def message(tx: Tx, referral_id: str, actor: str, text: object,
            agency: str | None = None) -> Filed:
    """Add a message to a referral's history (published to the post with the status)."""
    filed = get(tx, referral_id, agency)
    body = _text(text, "A message")
    if body is None:
        raise HqRefusal(400, "bad_request", "A message needs text.")
    return _change(tx, filed, {"status": "message", "by": actor, "note": body})


def dossier(tx: Tx, filed: Filed) -> dict[str, Any]:
    """What an agency reads: the referral document, its case (if any) and their photos."""
    ids = [filed.id]
    docs = {str(r[0]): json.loads(r[1]) for r in tx.all(
        "SELECT id, document FROM records WHERE id = ?", (filed.id,))}
    referral = docs.get(filed.id, {})
    case_id = referral.get("case_id")
    case = None
    if isinstance(case_id, str):
        row = tx.one("SELECT document FROM records WHERE id = ?", (case_id,))
        case = json.loads(row[0]) if row else None
        ids.append(case_id)
    # the photos of the referral and its case, and those the case took over from the
    # inspection's findings (stored with the inspection)
    wanted = [a["id"] for a in (case or {}).get("attachments") or [] if isinstance(a, dict)]
    marks = ",".join("?" * len(ids))
    sql = ("SELECT id, record_id, media_type, sha256, size, data FROM attachments WHERE "
           f"record_id IN ({marks})")
    if wanted:
        sql += f" OR id IN ({','.join('?' * len(wanted))})"
    attachments = [{"id": r[0], "record_id": r[1], "media_type": r[2], "sha256": r[3],
                    "size": int(r[4]), "data": base64.b64encode(bytes(r[5])).decode()}
                   for r in tx.all(sql, [*ids, *wanted])]
    return {"status": filed.status_document(), "referral": referral, "case": case,
            "attachments": attachments}
