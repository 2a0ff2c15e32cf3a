"""Hits: a screening candidate at or above the threshold becomes a record of kind ``hit``.

When an inspection is finalized, each of its persons (name, birth date, nationality,
sex, travel document), its vehicle (plate, VIN, IMO) and its containers are screened
against the lists held; every candidate with ``hit`` true becomes a ``hit.v1`` record
linked to the inspection, with the candidate as ``screening-result.v1`` gives it
(alert, snapshot, match type, score, explanation), journaled and sent to HQ like any
finalized record. A hit is **provisional** until the owning authority answers. The
officer triages it (false positive / possible / confirmed, with the action taken): a
new version amending it.

A hit triaged possible or confirmed reaches HQ with the next push; HQ opens a
confirmation request to the alert's owning authority with a deadline and publishes it,
and later the authority's answer, as pulled ``hit_answer`` items keyed by the hit's first
version (:mod:`checkpoint.domain.hit_answer`, checked on arrival by
:mod:`checkpoint.services.sync.hit_answers`). :func:`hits_of` shows each hit with its
request or answer under ``confirmation`` and ``provisional`` false once answered; the
stored record itself never changes (pulled data is HQ's, the record the officer's).
"""

from __future__ import annotations

from typing import Any

from checkpoint.domain import hit_answer
from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, ConflictError, UsageError, ValidationError
from checkpoint.screening import IdentifierQuery, PersonQuery, Query
from checkpoint.services import journaled_records as records
from checkpoint.services import screening
from checkpoint.services.session import Session
from checkpoint.store import pulled, record_table
from checkpoint.store.connection import translate_errors

KIND = "hit"
TERM = "hit_of"  # the search term linking a hit to its inspection
TRIAGE = ("false_positive", "possible", "confirmed")


def _queries(insp: Inspection) -> list[tuple[str | None, Query]]:
    out: list[tuple[str | None, Query]] = []
    for p in insp.persons:
        ids: tuple[IdentifierQuery, ...] = ()
        if p.document is not None and p.document.number:
            ids = (IdentifierQuery("document", p.document.number,
                                   p.document.issuing_state or ""),)
        surname = p.surname_latin or p.surname or ""
        given = p.given_names_latin or p.given_names or ""
        persons = ((PersonQuery(surname, given, p.birth_date or "", p.nationality or "",
                                str(p.sex.value) if p.sex else ""),)
                   if surname or given else ())
        if persons or ids:
            out.append((p.id, Query(persons, ids)))
    v = insp.vehicle
    wanted: list[tuple[str, str | None, str]] = []
    if v is not None:
        wanted += [("plate", v.plate, v.registration_country or ""), ("vin", v.vin, ""),
                   ("imo", v.imo_number, "")]
    if insp.consignment is not None:
        wanted += [("container", c.number, "") for c in insp.consignment.containers]
    ids = tuple(IdentifierQuery(kind, value, country) for kind, value, country in wanted
                if value)
    if ids:
        out.append((None, Query((), ids)))
    return out


def screening_key(insp: Inspection) -> str:
    """What screening a draft depends on: equal keys give equal results (the form screens
    again only when a name, document, plate, VIN, IMO or container changed)."""
    return repr(_queries(insp))


def preview(session: Session, insp: Inspection) -> list[tuple[str, dict[str, Any]]]:
    """Screen a draft as it stands (as the officer types): ``("", document)`` for each hit
    finalizing would record, shaped like a hit's document; nothing is written."""
    found: list[tuple[str, dict[str, Any]]] = []
    for person_id, query in _queries(insp):
        for c in screening.screen(session, query).candidates:
            if c.hit:
                found.append(("", {"inspection_id": insp.id, "person_id": person_id,
                                   "candidate": c.to_json(), "triage": "pending",
                                   "provisional": True}))
    found.sort(key=lambda h: (h[1]["candidate"]["match"] != "identifier",
                              -float(h[1]["candidate"]["score"])))
    return found


def record_hits(session: Session, insp: Inspection) -> list[str]:
    """Screen a finalized inspection and write a ``hit`` record per hit; their ids."""
    made: list[str] = []
    for person_id, query in _queries(insp):
        result = screening.screen(session, query)
        for c in result.candidates:
            if not c.hit:
                continue
            doc: dict[str, Any] = {
                "schema": "hit.v1", "inspection_id": insp.id, "person_id": person_id,
                "found_at": utc_now(), "provisional": True, "candidate": c.to_json(),
                "triage": "pending", "action_taken": None, "reason": None,
                "triaged_by": None}
            rec, _ = records.put(session, KIND, doc, {TERM: {insp.id}}, status="finalized",
                                 action="hit.found")
            made.append(rec.id)
    return made


def triage(session: Session, hit_id: str, outcome: str, *, action_taken: str = "",
           reason: str = "") -> str:
    """Record the officer's triage of a hit as a new version amending it; its id.

    Dismissing (false_positive) needs a reason. Raises UsageError for an unknown
    outcome, ConflictError when the hit was already corrected by a later version.
    """
    if outcome not in TRIAGE:
        raise UsageError(f"A hit is triaged as one of {', '.join(TRIAGE)}.",
                         code=Code.HIT_TRIAGE, params={"choices": ", ".join(TRIAGE)})
    if outcome == "false_positive" and not reason.strip():
        raise UsageError("Dismissing a hit needs a reason.", code=Code.HIT_NEEDS_REASON)
    old = records.get(session, hit_id)
    if old.kind != KIND:
        raise UsageError(f"{hit_id} is not a hit.", code=Code.HIT_NOT_A_HIT,
                         params={"value": hit_id})
    with translate_errors():
        superseded = bool(record_table.amendments(session.database.conn, hit_id))
    if superseded:
        raise ConflictError("This hit was already triaged; triage its newest version.",
                            code=Code.HIT_TRIAGED)
    doc = {**old.document, "triage": outcome, "action_taken": action_taken or None,
           "reason": reason or None, "triaged_by": session.username}
    rec, _ = records.put(session, KIND, doc, {TERM: {doc["inspection_id"]}},
                         status="finalized", action="hit.triage", amends=hit_id)
    return rec.id


def hits_of(session: Session, inspection_id: str) -> list[tuple[str, dict[str, Any]]]:
    """The current version of each hit of an inspection: (id, document), identifier
    matches first, then by score. Each document also gives ``hit_id`` (the id of the
    hit's first version, which HQ's answer names), ``confirmation`` (the pulled
    ``hit_answer.v1`` document, or None before HQ opened a request) and ``provisional``
    (false once the owning authority answered)."""
    with translate_errors():
        conn = session.database.conn
        ids = record_table.current_ids(conn, record_table.find_ids(conn, TERM, inspection_id))
        found = [(r.id, r.document) for r in record_table.get_many(conn, ids)]
        roots = {rid: record_table.first_version(conn, rid) for rid, _ in found}
    known = answers(session, list(roots.values()))
    out: list[tuple[str, dict[str, Any]]] = []
    for rid, doc in found:
        answer = known.get(roots[rid])
        out.append((rid, {**doc, "hit_id": roots[rid],
                          "confirmation": answer.to_document() if answer else None,
                          "provisional": not (answer and answer.answered)}))
    return sorted(out, key=lambda h: (h[1]["candidate"]["match"] != "identifier",
                                      -float(h[1]["candidate"]["score"])))


def answers(session: Session, hit_ids: list[str]) -> dict[str, hit_answer.HitAnswer]:
    """HQ's confirmation requests and answers of hits (by the id of their first version),
    as last pulled; a hit HQ has not asked about yet is absent."""
    with translate_errors():
        held = pulled.items_for(session.database.conn, hit_answer.COLLECTION, hit_ids)
    out: dict[str, hit_answer.HitAnswer] = {}
    for key, doc in held.items():
        try:
            out[key] = hit_answer.HitAnswer.from_document(doc)
        except ValidationError:  # checked on arrival; never trust a stored copy blindly
            continue
    return out
