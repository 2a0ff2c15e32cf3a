"""Offence cases: open (from a finding or alone), edit the draft, add items, persons and
photos, submit, approve or refuse, amend, open for reading, list.

Drafts are saved without a journal entry per change (as inspections are); opening,
submitting, deciding and amending are journaled; reading a case is an audited view.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from checkpoint.domain.cases import offence as model
from checkpoint.domain.cases import review
from checkpoint.domain.cases.offence import OffenceCase, SeizedItem
from checkpoint.domain.cases.referral import ARTICLES_COLLECTION
from checkpoint.domain.goods import Attachment, AttachmentKind
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, ConflictError, Problem, UsageError
from checkpoint.services import settings
from checkpoint.services.cases import approval, store
from checkpoint.services.session import Session

KIND = model.KIND
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
MAX_PHOTO_BYTES = 15 * 1024 * 1024


def terms(case: OffenceCase) -> dict[str, set[str]]:
    """What an approved case is found by: its inspection and findings."""
    return {"case_inspection": {case.inspection_id} if case.inspection_id else set(),
            "case_finding": set(case.finding_ids)}


def _save(session: Session, case: OffenceCase, action: str | None) -> OffenceCase:
    case = replace(case, updated_at=utc_now())
    store.save(session, KIND, case.to_document(), status=case.status.value, action=action,
               amends=case.amends)
    return case


def load(session: Session, case_id: str, *, audit: bool = True) -> OffenceCase:
    """A case (the view journaled). Raises NotFoundError."""
    return OffenceCase.from_document(store.load(session, case_id, KIND, audit=audit).document)


def open_new(session: Session, **fields: Any) -> OffenceCase:
    """A new case on its own (journaled ``offence.create``)."""
    conf = settings.load(session.layout.home)
    case = model.new_case(session.username, session.device_id,
                          checkpoint=conf.checkpoint_code or None)
    return _save(session, replace(case, **fields), "offence.create")


def open_from_finding(session: Session, inspection_id: str, finding_id: str) -> OffenceCase:
    """A new case prefilled from a finding of a finalized inspection (journaled)."""
    rec = store.load(session, inspection_id, "inspection", audit=False)
    insp = Inspection.from_document(rec.document)
    case = model.from_finding(session.username, session.device_id, insp, finding_id)
    return _save(session, case, "offence.create")


def save_draft(session: Session, case: OffenceCase) -> OffenceCase:
    """Autosave the author's draft as it is now (no journal entry)."""
    approval.require_editable(session, case)
    return _save(session, case, None)


def add_item(session: Session, case: OffenceCase, **fields: Any) -> tuple[OffenceCase,
                                                                           SeizedItem]:
    """Add a seized item (held by this officer unless ``holder`` is given)."""
    approval.require_editable(session, case)
    item = SeizedItem(new_id(), **{"holder": session.username, **fields})
    return save_draft(session, replace(case, items=(*case.items, item))), item


def add_photo(session: Session, case: OffenceCase, data: bytes, media_type: str,
              item_id: str | None = None, caption: str | None = None) -> OffenceCase:
    """Store a photo encrypted and reference it from the case (and the item)."""
    if media_type not in PHOTO_TYPES:
        raise UsageError(f"A photo must be JPEG, PNG or WebP, not {media_type}.",
                         code=Code.PHOTO_TYPE, params={"media_type": media_type})
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise UsageError("A photo must be between 1 byte and 15 MB.", code=Code.PHOTO_SIZE,
                         params={"megabytes": MAX_PHOTO_BYTES // (1024 * 1024)})
    approval.require_editable(session, case)
    att_id, sha = store.attach(session, case.id, KIND, media_type, data)
    att = Attachment(att_id, AttachmentKind.PHOTO, media_type, sha, len(data), caption)
    items = tuple(replace(i, attachment_ids=(*i.attachment_ids, att_id)) if i.id == item_id
                  else i for i in case.items)
    return save_draft(session, replace(case, attachments=(*case.attachments, att),
                                       items=items))


def articles(session: Session) -> dict[str, dict[str, Any]]:
    """HQ's table of customs-code articles (pulled ``offence_codes``), by key."""
    return store.pulled_items(session, ARTICLES_COLLECTION)


def problems(session: Session, case: OffenceCase) -> list[Problem]:
    findings = None
    if case.inspection_id:
        rec = store.load(session, case.inspection_id, "inspection", audit=False)
        findings = {f["id"] for f in rec.document.get("findings") or []}
    return model.case_problems(case, articles(session), findings)


def submit(session: Session, case: OffenceCase) -> OffenceCase:
    """Hand the case to a supervisor. Raises ValidationError with every problem."""
    return approval.submit(session, KIND, case, problems(session, case))


def decide(session: Session, case_id: str, decision: review.Decision, seen_digest: str,
           reason: str | None = None) -> OffenceCase:
    """Approve or refuse a submitted case as a supervisor who is not its author."""
    case = load(session, case_id, audit=False)
    return approval.decide(session, KIND, case, decision, seen_digest, reason,
                           model.CaseStatus.APPROVED, terms)


def approve(session: Session, case_id: str, seen_digest: str) -> OffenceCase:
    return decide(session, case_id, review.Decision.APPROVE, seen_digest)


def refuse(session: Session, case_id: str, seen_digest: str, reason: str) -> OffenceCase:
    return decide(session, case_id, review.Decision.REFUSE, seen_digest, reason)


def amend(session: Session, case_id: str, reason: str) -> OffenceCase:
    """A new draft correcting an approved case (journaled with the reason); it goes
    through the two-person rule again."""
    original = load(session, case_id, audit=False)
    if original.is_draft:
        raise ConflictError("A draft is corrected by editing it, not by an amendment.",
                            code=Code.AMEND_DRAFT)
    if not reason.strip():
        raise UsageError("An amendment needs a reason.", code=Code.AMEND_REASON)
    now = utc_now()
    draft = replace(original, id=new_id(), status=model.CaseStatus.DRAFT, amends=original.id,
                    amendment_reason=reason.strip(), created_at=now, author=session.username,
                    device_id=session.device_id, review=review.Review())
    return _save(session, draft, "offence.amend")


def digest(case: OffenceCase) -> str:
    """The content digest a supervisor's decision names (shown with the case)."""
    return review.content_digest(case.to_document())


def page(session: Session, before: tuple[str, str] | None = None,
         limit: int = 100) -> list[OffenceCase]:
    """Cases newest first (drafts included)."""
    return [OffenceCase.from_document(r.document) for r in store.page(session, KIND, before,
                                                                      limit)]


def waiting(session: Session) -> list[OffenceCase]:
    """Cases submitted and waiting for a supervisor's decision."""
    return [c for c in page(session, limit=1000)
            if c.review.state is review.ReviewState.SUBMITTED]
