"""The signed shift report: its content, its signatures, and the record HQ receives.

:func:`content` gathers what the report says (``shift_report.v1`` without its
``seal``): the post, the shift, its officers, counts, the charts of the shift and of
the last 30 days, notable events, the items handed over, the journal head at the
closing and the journal's verification result. :func:`make` signs the content with
the workstation's Ed25519 key, has the PDF drawn by the renderer it is given (the
GUI's :mod:`checkpoint.gui.review.report_pdf`; services never import Qt), seals the
file (:mod:`checkpoint.formats.report_seal`), and keeps the report as a finalized
``shift_report`` record with the sealed PDF attached, so it goes to HQ with the next
sync. Writing it to a file is journaled as an export, printing as a print.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import Code, ConflictError, UsageError
from checkpoint.formats import report_seal
from checkpoint.services import journaled_records as records
from checkpoint.services import settings
from checkpoint.services.session import Session
from checkpoint.services.shifts import review as reviews
from checkpoint.services.shifts import stats
from checkpoint.store import record_table as rows

KIND = "shift_report"
SCHEMA = "shift_report.v1"
LANGUAGES = ("en", "uk")
MAX_NOTABLE = 200

#: ``render(content, content_signature, verification_code) -> PDF bytes``
Renderer = Callable[[dict[str, Any], str, str], bytes]


@dataclass(frozen=True)
class Made:
    report_id: str
    pdf: bytes           # sealed
    verification_code: str
    content: dict[str, Any]


def _series(charts: stats.Charts) -> list[dict[str, Any]]:
    return [{"scope": charts.scope, "code": s.code, "labels": list(s.labels),
             "values": list(s.values)} for s in charts.series]


def _officers(data: reviews.ReviewData) -> list[dict[str, Any]]:
    records_by: Counter[str] = Counter(i.author for i in data.items
                                       if "amendment" not in i.flags)
    views: Counter[str] = Counter(e.actor for e in data.events if e.category == "view")
    role = {data.shift.supervisor: "supervisor"}
    return [{"name": name, "role": role.get(name, "officer"), "records": records_by[name],
             "views": views[name]} for name in data.officers]


def content(session: Session, shift_id: str | None, language: str,
            check: reviews.JournalCheck | None = None) -> dict[str, Any]:
    """What the report of a closed shift says. Raises PermissionDeniedError,
    NotFoundError, ConflictError (the shift is still open), UsageError (language)."""
    if language not in LANGUAGES:
        raise UsageError("The report language must be en or uk.", code=Code.SETTING_CHOICE,
                         params={"setting": "language", "choices": ", ".join(LANGUAGES)})
    data = reviews.load(session, shift_id)
    shift = data.shift
    if shift.handover is None:
        raise ConflictError("The shift is still open: its report is made once it is closed.",
                            code=Code.SHIFT_NOT_CLOSED)
    check = check or reviews.check_journal(session, data)
    head_seq, head_hash = session.journal.head()
    h = shift.handover
    notable = [{"code": x.code, "severity": x.severity, "actor": x.actor, "time": x.time,
                "subject": x.subject, "params": {k: str(v) for k, v in x.params.items()}}
               for x in data.highlights[:MAX_NOTABLE]]
    if not check.intact:
        notable.insert(0, {"code": "journal_broken", "severity": "high", "actor": "",
                           "time": check.checked_at, "subject": "",
                           "params": {"seq": str(check.first_bad or 0)}})
    return {
        "schema": SCHEMA,
        "id": new_id(),
        "status": "finalized",
        "created_at": utc_now(),
        "device_id": session.device_id,
        "author": session.username,
        "language": language,
        "shift": {
            "shift_id": shift.shift_id, "version": shift.version, "state": shift.state.value,
            "checkpoint": shift.checkpoint, "supervisor": shift.supervisor,
            "officers": list(shift.officers), "lanes": list(shift.lanes),
            "opened_at": shift.opened_at, "closed_at": h.closed_at, "closed_by": h.closed_by,
            "handover_note": h.note, "open_items": list(h.open_items),
            "acknowledged_by": h.acknowledged_by, "acknowledged_at": h.acknowledged_at,
            "reviewed_by": shift.review.reviewed_by if shift.review else None,
            "reviewed_at": shift.review.reviewed_at if shift.review else None,
            "review_remarks": shift.review.remarks if shift.review else None,
        },
        "journal": {
            "head_at_close": h.journal_head.to_document(),
            "head_now": {"seq": head_seq, "hash": head_hash},
            "intact": check.intact, "entries": check.entries, "first_bad": check.first_bad,
            "checked_at": check.checked_at, "scope": check.scope, "first": check.first,
            "anchor": check.anchor,
        },
        "officers": _officers(data),
        "counts": data.counts(),
        "unacknowledged": data.unacknowledged,
        "charts": _series(stats.shift(data)) + _series(stats.days(session)),
        "notable": notable,
    }


def make(session: Session, render: Renderer, shift_id: str | None = None,
         language: str | None = None) -> Made:
    """Make, sign, seal and keep the report of a closed shift (the newest when no id).

    Raises what :func:`content` raises.
    """
    language = language or settings.load(session.layout.home).language
    body = content(session, shift_id, language)
    key = session.identity.signing_key
    signature = report_seal.sign_content(key, body)
    code = report_seal.verification_code(signature)
    pdf = report_seal.seal(render(body, signature, code), key, report_id=body["id"],
                           device_id=session.device_id, content=body,
                           content_signature=signature)
    document = {**body, "seal": {
        "content_signature": signature, "verification_code": code,
        "pdf_sha256": _sha(pdf), "key_id": report_seal.key_id(key.public_key())}}
    with session.write() as conn:
        records.put(session, KIND, document, {}, status="finalized",
                    action="shift_report.create", record_id=body["id"])
        att_id, sha = rows.put_attachment(conn, body["id"], "application/pdf", pdf)
        session.journal.append(session.username, "shift_report.attach",
                               f"{KIND}:{body['id']}", {"attachment": att_id, "sha256": sha})
    return Made(body["id"], pdf, code, body)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export(session: Session, made: Made, path: Path) -> None:
    """Write the sealed PDF to ``path`` (atomically) and journal the export."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(made.pdf)
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"Cannot write the report to {path}: {e.strerror}",
                         code=Code.FILE_WRITE,
                         params={"file": str(path), "reason": e.strerror or str(e)}) from e
    session.audit("shift_report.export", f"{KIND}:{made.report_id}", {"file": path.name})


def printed(session: Session, report_id: str) -> None:
    session.audit("shift_report.print", f"{KIND}:{report_id}", {})


def verify_file(session: Session | None, data: bytes) -> report_seal.SealCheck:
    """Check a report file: against this workstation's key when logged in, else against
    the key its seal names."""
    key = None if session is None else session.identity.verify_key
    return report_seal.verify(data, key)
