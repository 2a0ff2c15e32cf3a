"""Confirmation requests of watchlist hits at HQ: opened at intake, answered, published.

The rule (which hits, to whom, by when) is :mod:`checkpoint.domain.hit_answer`. When a
push brings a hit triaged ``possible`` or ``confirmed``, :func:`on_intake` opens one
request per hit (keyed by the id of the hit's first version; a later triage of the same
hit updates the triage it shows, never opens a second one) addressed to the alert's
owning authority *as HQ published the list* (not as the post's copy says), with the
deadline of the alert's action code counted from now, and publishes it to the post as a
``hit_answer.v1`` item (state ``awaiting``). The authority answers through HQ
(:func:`answer`: ``checkpoint-hq hit-answer``, or the agency's API and web inbox when
the authority is a registered agency's code): confirmed or not confirmed, with
instructions; HQ publishes the answer to the post, where the hit stops being
provisional. Every opening and answer is a line of HQ's audit (``agency_audit``, the
authority in its ``agency`` column, who in ``officer``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from checkpoint.domain import hit_answer as rule
from checkpoint.domain.ids import utc_now
from hq import agencies, feed
from hq.db import Tx
from hq.devices import Device
from hq.errors import HqRefusal
from hq.watchlists import ALERTS, LISTS

_COLUMNS = ("id, hit_record_id, device_id, post, list_code, alert_id, authority, action, "
            "triage, requested_at, deadline, state, instructions, answered_by, answered_at")


@dataclass(frozen=True)
class Request:
    id: str
    hit_record_id: str
    device_id: str
    post: str
    list_code: str
    alert_id: str
    authority: str
    action: str
    triage: str
    requested_at: str
    deadline: str
    state: str
    instructions: str | None
    answered_by: str | None
    answered_at: str | None

    def answer_document(self) -> dict[str, Any]:
        return rule.HitAnswer(self.id, self.list_code, self.alert_id, self.authority,
                              self.action, self.requested_at, self.deadline, self.state,
                              self.instructions, self.answered_by,
                              self.answered_at).to_document()

    def overdue(self, now: str | None = None) -> bool:
        return rule.is_overdue(self.state, self.deadline, now or utc_now())


def _row(r: Sequence[Any]) -> Request:
    return Request(*(None if v is None else str(v) for v in r))  # type: ignore[arg-type]


def _published(tx: Tx, collection: str, key: str) -> dict[str, Any]:
    row = tx.one("SELECT data FROM changes WHERE collection = ? AND key = ? AND audience = '*' "
                 "AND op = 'put'", (collection, key))
    data = json.loads(row[0]) if row else None
    return data if isinstance(data, dict) else {}


def owner(tx: Tx, list_code: str, alert_id: str, claimed: dict[str, Any]) -> tuple[str, str]:
    """(authority, action) of an alert as HQ published it: the alert's own authority, else
    its list's; what the post's copy claims only when HQ no longer publishes the alert."""
    alert = _published(tx, ALERTS, f"{list_code}/{alert_id}")
    header = _published(tx, LISTS, list_code)
    authority = (str(alert.get("authority") or "") or str(header.get("authority") or "")
                 or (str(claimed.get("authority") or "") if not alert else "")
                 or rule.DEFAULT_AUTHORITY)
    action = str(alert.get("action") or claimed.get("action") or "information")
    return authority[:200], action[:40]


def _root(tx: Tx, record_id: str, amends: str | None) -> str:
    """The id of a hit's first version (a triage amends the version before it)."""
    root, seen = record_id, {record_id}
    while amends and amends not in seen:
        seen.add(amends)
        root = amends
        row = tx.one("SELECT amends FROM records WHERE id = ?", (amends,))
        amends = str(row[0]) if row and row[0] else None
    return root


def get(tx: Tx, hit_id: str, agency: str | None = None) -> Request:
    """The request of a hit, by the id of any of its versions; with ``agency``, only if
    addressed to that agency (its code is the alert's authority). Raises HqRefusal 404."""
    req = _get(tx, hit_id)
    if agency is not None and req.authority != agency:
        raise HqRefusal(404, "no_hit_request", f"There is no confirmation request for hit "
                        f"{hit_id} addressed to agency {agency}.")
    return req


def _get(tx: Tx, hit_id: str) -> Request:
    row = tx.one(f"SELECT {_COLUMNS} FROM hit_requests WHERE id = ? OR hit_record_id = ?",
                 (hit_id, hit_id))
    if row is None:
        found = tx.one("SELECT amends FROM records WHERE id = ? AND kind = 'hit'", (hit_id,))
        if found is not None:
            row = tx.one(f"SELECT {_COLUMNS} FROM hit_requests WHERE id = ?",
                         (_root(tx, hit_id, found[0]),))
    if row is None:
        raise HqRefusal(404, "no_hit_request", f"There is no confirmation request for hit "
                        f"{hit_id}: HQ has no such hit, or its officer has not triaged it as "
                        "possible or confirmed yet.")
    return _row(row)


def _publish(tx: Tx, req: Request) -> None:
    feed.publish(tx, rule.COLLECTION, [(req.id, "put", req.answer_document())],
                 audience=f"post:{req.post}")


def on_intake(tx: Tx, device: Device, records: Sequence[tuple[str, str, str | None, str]]
              ) -> int:
    """Open (or update the triage of) the requests of pushed ``(id, kind, amends,
    document text)`` hit records; return how many were opened."""
    opened = 0
    for rid, kind, amends, text in records:
        if kind != "hit":
            continue
        doc = json.loads(text)
        triage = doc.get("triage")
        candidate = doc.get("candidate")
        if not isinstance(triage, str) or not isinstance(candidate, dict):
            continue
        root = _root(tx, rid, amends)
        held = tx.one("SELECT state FROM hit_requests WHERE id = ?", (root,))
        if held is not None:  # a later triage (even a dismissal) is shown with the request
            tx.execute("UPDATE hit_requests SET hit_record_id = ?, triage = ? WHERE id = ?",
                       (rid, triage[:40], root))
            continue
        if triage not in rule.REQUESTED_FOR:
            continue
        list_code = str(candidate.get("list") or "")[:64]
        alert_id = str(candidate.get("alert_id") or "")[:200]
        authority, action = owner(tx, list_code, alert_id, candidate)
        now = utc_now()
        tx.execute(f"INSERT INTO hit_requests ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?, ?)",
                   (root, rid, device.id, device.post, list_code, alert_id, authority, action,
                    str(triage), now, rule.deadline_for(action, now), rule.AWAITING, None,
                    None, None))
        req = get(tx, root)
        _publish(tx, req)
        agencies.audit(tx, authority, None, "hit.request", root,
                       f"opened for {device.post}, answer by {req.deadline}")
        opened += 1
    return opened


def answer(tx: Tx, hit_id: str, state: str, *, authority: str, by: str,
           instructions: object = None) -> Request:
    """Record the owning authority's answer and publish it to the post.

    Raises HqRefusal: 400 (not an answer, no name, instructions too long), 404 (no
    request for that hit), 403 (another authority than the alert's), 409 (answered
    already: an answer is final).
    """
    if state not in rule.ANSWERS:
        raise HqRefusal(400, "bad_answer", f"{state!r} is not an answer: confirmed or "
                        "not_confirmed.")
    who = by.strip() if isinstance(by, str) else ""
    if not who or len(who) > 150:
        raise HqRefusal(400, "bad_request", "An answer names who gives it (at most 150 "
                        "characters).")
    if instructions is not None and (not isinstance(instructions, str)
                                     or len(instructions) > rule.MAX_TEXT):
        raise HqRefusal(400, "bad_request", f"The instructions must be text of at most "
                        f"{rule.MAX_TEXT} characters.")
    text = instructions.strip() or None if isinstance(instructions, str) else None
    req = get(tx, hit_id)
    if authority.strip().casefold() != req.authority.casefold():
        raise HqRefusal(403, "wrong_authority", f"Hit {req.id} is answered by {req.authority}, "
                        f"the authority that owns alert {req.list_code}/{req.alert_id}, not "
                        f"by {authority.strip() or 'nobody'}.")
    if req.state != rule.AWAITING:
        raise HqRefusal(409, "hit_answered", f"Hit {req.id} was already answered "
                        f"({req.state.replace('_', ' ')} by {req.answered_by} at "
                        f"{req.answered_at}); an answer is final.")
    now = utc_now()
    answered_by = f"{req.authority}: {who}"[:200]
    cur = tx.execute("UPDATE hit_requests SET state = ?, instructions = ?, answered_by = ?, "
                     "answered_at = ? WHERE id = ? AND state = ?",
                     (state, text, answered_by, now, req.id, rule.AWAITING))
    if not cur.rowcount:  # answered by a concurrent transaction since it was read
        raise HqRefusal(409, "hit_answered", f"Hit {req.id} was answered meanwhile; an "
                        "answer is final.")
    done = get(tx, req.id)
    _publish(tx, done)
    agencies.audit(tx, req.authority, who, "hit.answer", req.id, state)
    return done


def dossier(tx: Tx, req: Request) -> dict[str, Any]:
    """What the owning authority reads to answer: the request and the hit as the post
    found and triaged it (match, score, the explanation with the matched name pairs)."""
    row = tx.one("SELECT document FROM records WHERE id = ?", (req.hit_record_id,))
    doc = json.loads(row[0]) if row else {}
    found = doc.get("candidate")
    c: dict[str, Any] = found if isinstance(found, dict) else {}
    hit = {k: doc.get(k) for k in ("found_at", "triage", "action_taken", "triaged_by")}
    hit.update({k: c.get(k) for k in ("match", "score", "subject", "covert", "explanation")})
    return {"request": {**req.answer_document(), "post": req.post,
                        "overdue": req.overdue()}, "hit": hit}


def listing(tx: Tx, *, authority: str | None = None, state: str | None = None,
            overdue_only: bool = False, limit: int = 1000) -> list[Request]:
    """Requests, oldest deadline first; ``overdue_only``: awaiting and past the deadline."""
    sql = f"SELECT {_COLUMNS} FROM hit_requests WHERE 1 = 1"
    params: list[Any] = []
    if authority is not None:
        sql += " AND authority = ?"
        params.append(authority)
    if state is not None or overdue_only:
        sql += " AND state = ?"
        params.append(rule.AWAITING if overdue_only else state)
    if overdue_only:
        sql += " AND deadline < ?"
        params.append(utc_now())
    sql += " ORDER BY deadline, id LIMIT ?"
    params.append(max(1, min(limit, 10000)))
    return [_row(r) for r in tx.all(sql, params)]
