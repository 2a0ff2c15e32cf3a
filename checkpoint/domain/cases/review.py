"""The two-person rule: a case or a referral leaves the post only approved by a
supervisor who is not its author.

The author *submits* the record (its content is then frozen for everybody; the
digest of that content is kept); a supervisor *approves* it or *refuses* it with a
reason, naming the digest of what they read, so an approval never covers content that
changed after it was shown. A refused record goes back to its author, who corrects it
and submits again. Roles are checked by the services; the rules of the record (who,
in which state, with which content) are here.

``content_digest`` covers the document without its workflow fields (``status``,
``updated_at``, ``review``): what was submitted is what is approved. It is the
journal's digest rule (:func:`checkpoint.domain.chain.document_digest`) applied to
that content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.chain import document_digest
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, ConflictError, PermissionDeniedError, Problem, ValidationError

WORKFLOW_FIELDS = ("status", "updated_at", "review")


class ReviewState(StrEnum):
    OPEN = "open"            # being written by its author
    SUBMITTED = "submitted"  # waiting for a supervisor; frozen
    REFUSED = "refused"      # back with its author, with the supervisor's reason
    APPROVED = "approved"    # may leave the post; frozen for good


class Decision(StrEnum):
    APPROVE = "approve"
    REFUSE = "refuse"


@dataclass(frozen=True, slots=True)
class Review(FromDocument):
    state: ReviewState = ReviewState.OPEN
    submitted_at: str | None = None
    content_digest: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    reason: str | None = None

    @property
    def editable(self) -> bool:
        return self.state in (ReviewState.OPEN, ReviewState.REFUSED)

    def to_document(self) -> dict[str, Any]:
        return {"state": self.state.value, "submitted_at": self.submitted_at,
                "content_digest": self.content_digest, "decided_by": self.decided_by,
                "decided_at": self.decided_at, "reason": self.reason}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(state=r.enum("state", ReviewState), submitted_at=r.opt_text("submitted_at"),
                   content_digest=r.opt_text("content_digest"),
                   decided_by=r.opt_text("decided_by"), decided_at=r.opt_text("decided_at"),
                   reason=r.opt_text("reason"))


def content_digest(document: Mapping[str, Any]) -> str:
    """SHA-256 of the document's canonical JSON without its workflow fields."""
    return document_digest({k: v for k, v in document.items() if k not in WORKFLOW_FIELDS})


def submit(review: Review, digest: str, now: str) -> Review:
    """The author hands the record to a supervisor. Raises ConflictError unless the
    record is open or was refused."""
    if not review.editable:
        raise ConflictError(f"This record is {review.state.value} already.",
                            code=Code.REVIEW_STATE, params={"state": review.state.value})
    return Review(ReviewState.SUBMITTED, now, digest)


def decide(review: Review, *, author: str, supervisor: str, decision: Decision,
           seen_digest: str, current_digest: str, now: str, reason: str | None) -> Review:
    """A supervisor approves or refuses a submitted record.

    Raises PermissionDeniedError when the supervisor is the author, ConflictError
    when the record is not waiting for a decision or its content is not the content
    the supervisor saw, ValidationError when a refusal has no reason.
    """
    if supervisor.casefold() == author.casefold():
        raise PermissionDeniedError(
            "The author of a record cannot approve or refuse it: a second supervisor must.",
            code=Code.REVIEW_OWN)
    if review.state is not ReviewState.SUBMITTED:
        raise ConflictError(f"This record is {review.state.value}, not waiting for a decision.",
                            code=Code.REVIEW_STATE, params={"state": review.state.value})
    if seen_digest != current_digest or review.content_digest != current_digest:
        raise ConflictError("The record changed since it was shown; open it again.",
                            code=Code.REVIEW_CHANGED)
    reason = (reason or "").strip() or None
    if decision is Decision.REFUSE and reason is None:
        raise ValidationError("A refusal needs a reason for the author.",
                              [Problem("review.reason", Code.MISSING)],
                              code=Code.REFUSAL_REASON)
    state = ReviewState.APPROVED if decision is Decision.APPROVE else ReviewState.REFUSED
    return replace(review, state=state, decided_by=supervisor, decided_at=now, reason=reason)
