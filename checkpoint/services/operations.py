"""Joint-operation notices at the post: show, acknowledge, match, link, report.

Notices arrive with the pull (HQ-owned collection ``operations``; nothing in the
sync code is particular to them). A notice is *pending* until a supervisor at the
post acknowledges it (an ``operation_ack`` record, journaled, sent to HQ); the app
shows pending notices at once and at login. An inspection whose persons,
documents, vehicle, containers, goods or findings match a target may be linked to
the operation with the operation's reporting fields filled in (``operation_link``);
a controlled-delivery target (``do_not_intercept``) is flagged so the GUI can make it
impossible to miss. The post's report (``operation_report``) gathers its linked
inspections with their outcomes and the supervisor's remarks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.domain.operation import Notice, Target, matches
from checkpoint.errors import Code, NotFoundError, UsageError
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session
from checkpoint.store import pulled
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors
from checkpoint.store.sync_tables import load_enrollment

COLLECTION = "operations"
ACK, LINK, REPORT = "operation_ack", "operation_link", "operation_report"


@dataclass(frozen=True)
class PostNotice:
    notice: Notice
    acknowledged_by: str | None
    acknowledged_at: str | None
    linked: int
    reported_at: str | None = None  # the post's last operation report, if any

    @property
    def pending(self) -> bool:
        return self.acknowledged_at is None


@dataclass(frozen=True)
class Match:
    notice: Notice
    targets: tuple[Target, ...]

    @property
    def do_not_intercept(self) -> bool:
        return any(t.action == "do_not_intercept" for t in self.targets)


def _answers(session: Session, kind: str) -> list[dict[str, Any]]:
    with translate_errors():
        return [r.document for r in rows.page(session.database.conn, kind, None, 5000)]


def _post(session: Session) -> str:
    with translate_errors():
        e = load_enrollment(session.database.conn)
    return e.post if e is not None else ""


def notices(session: Session, *, now: str | None = None,
            include_past: bool = False) -> list[PostNotice]:
    """The notices this post holds (current ones unless ``include_past``), newest first."""
    now = now or utc_now()
    with translate_errors():
        held = [Notice.from_document(d) for d in
                pulled.items(session.database.conn, COLLECTION).values()]
    acks = {d["operation_id"]: d for d in _answers(session, ACK)}
    links: dict[str, int] = {}
    for d in _answers(session, LINK):
        links[d["operation_id"]] = links.get(d["operation_id"], 0) + 1
    reported: dict[str, str] = {}
    for d in _answers(session, REPORT):
        reported[d["operation_id"]] = max(reported.get(d["operation_id"], ""), d["created_at"])
    out = []
    for n in held:
        if not include_past and n.valid_to < now:
            continue
        a = acks.get(n.id)
        out.append(PostNotice(n, a["author"] if a else None, a["created_at"] if a else None,
                              links.get(n.id, 0), reported.get(n.id)))
    return sorted(out, key=lambda p: p.notice.published_at, reverse=True)


def pending(session: Session) -> list[PostNotice]:
    """Current notices no supervisor at the post has acknowledged yet."""
    return [p for p in notices(session) if p.pending]


def _notice(session: Session, operation_id: str) -> Notice:
    for p in notices(session, include_past=True):
        if p.notice.id == operation_id or p.notice.id.startswith(operation_id):
            return p.notice
    raise NotFoundError("This post holds no such operation.", code=Code.OPERATION_UNKNOWN)


def _put(session: Session, kind: str, doc: dict[str, Any], action: str) -> dict[str, Any]:
    base = {"schema": f"{kind}.v1", "id": new_id(), "status": "finalized",
            "created_at": utc_now(), "device_id": session.device_id,
            "author": session.username}
    document = {**base, **doc}
    records.put(session, kind, document, {}, status="finalized", action=action,
                record_id=document["id"])
    return document


def acknowledge(session: Session, operation_id: str) -> dict[str, Any]:
    """A supervisor acknowledges a notice for the post. Raises PermissionDeniedError,
    NotFoundError."""
    session.require("supervisor")
    n = _notice(session, operation_id)
    return _put(session, ACK, {"operation_id": n.id, "post": _post(session),
                               "notice_published_at": n.published_at}, "operation.acknowledge")


def match_inspection(session: Session, inspection: dict[str, Any]) -> list[Match]:
    """The current notices whose targets the inspection document matches."""
    out = []
    for p in notices(session):
        found = matches(p.notice, inspection)
        if found:
            out.append(Match(p.notice, tuple(found)))
    return out


def link(session: Session, operation_id: str, inspection_id: str,
         fields: dict[str, str]) -> dict[str, Any]:
    """Link an inspection to the operation with its reporting fields. Raises
    NotFoundError, UsageError (a reporting field missing or unknown)."""
    n = _notice(session, operation_id)
    rec = records.get(session, inspection_id, audit=False)
    if rec.kind != "inspection":
        raise NotFoundError("There is no such inspection.")
    unknown = set(fields) - set(n.reporting)
    missing = [f for f in n.reporting if not str(fields.get(f, "")).strip()]
    if unknown or missing:
        names = ", ".join(missing or sorted(unknown))
        raise UsageError(f"Fill the operation's reporting fields: {names}.",
                         code=Code.OPERATION_FIELDS, params={"fields": names})
    targets = [t.id for t in matches(n, rec.document)]
    return _put(session, LINK, {"operation_id": n.id, "inspection_id": inspection_id,
                                "targets": targets, "fields": dict(fields)}, "operation.link")


def report(session: Session, operation_id: str, remarks: str) -> dict[str, Any]:
    """The post's report on the operation (linked inspections, outcomes, remarks).
    Supervisors only."""
    session.require("supervisor")
    n = _notice(session, operation_id)
    linked = [d for d in _answers(session, LINK) if d["operation_id"] == n.id]
    with translate_errors():
        found = {r.id: r for r in rows.get_many(session.database.conn,
                                                 [d["inspection_id"] for d in linked])}
    items = [{"inspection_id": d["inspection_id"],
              "outcome": found[d["inspection_id"]].document.get("outcome")
              if d["inspection_id"] in found else None,
              "targets": d["targets"], "fields": d["fields"]} for d in linked]
    return _put(session, REPORT, {"operation_id": n.id, "post": _post(session),
                                  "linked": items, "remarks": remarks.strip()},
                "operation.report")
