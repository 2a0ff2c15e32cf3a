"""The two-person rule as a use case, for offence cases and referrals alike.

``submit`` (the author; the content is frozen and its digest kept) and ``decide`` (a
supervisor who is not the author; approval or refusal with a reason, bound to the
digest of the content the supervisor was shown). Both are one transaction: the
record and its journal entry (``<kind>.submit``, ``<kind>.approve``,
``<kind>.refuse``). An approved record's row is frozen by the store; until then it
stays a draft on the workstation and does not leave the post.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from checkpoint.domain.cases import review
from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, ConflictError, PermissionDeniedError, Problem, ValidationError
from checkpoint.services.cases import store
from checkpoint.services.session import Session

SUPERVISOR = "supervisor"
NAMES = {"offence": "offence case", "referral": "referral"}


class Reviewed(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def review(self) -> review.Review: ...

    @property
    def is_draft(self) -> bool: ...

    def to_document(self) -> dict[str, Any]: ...


T = TypeVar("T", bound=Reviewed)


def require_editable(session: Session, record: Reviewed) -> None:
    """Raise unless ``record`` is a draft its author (this operator) may still change."""
    if not record.is_draft or record.review.state is review.ReviewState.APPROVED:
        raise ConflictError("This record is approved and frozen; amend it instead.",
                            code=Code.REVIEW_APPROVED)
    if record.review.state is review.ReviewState.SUBMITTED:
        raise ConflictError("This record waits for a supervisor's decision and cannot be "
                            "changed now.", code=Code.REVIEW_WAITING)
    if record.author.casefold() != session.username.casefold():
        raise PermissionDeniedError("This draft belongs to another officer.",
                                    code=Code.NOT_OWN_DRAFT)


def submit(session: Session, kind: str, record: T, problems: list[Problem],
           terms: Mapping[str, Iterable[str]] | None = None) -> T:
    """The author hands a complete record to a supervisor. Raises ValidationError
    (``Code.NOT_SUBMITTABLE``) listing every problem, ConflictError /
    PermissionDeniedError."""
    require_editable(session, record)
    if problems:
        raise ValidationError(f"The {NAMES.get(kind, kind)} cannot be submitted yet: "
                              f"{len(problems)} problem(s).", problems, code=Code.NOT_SUBMITTABLE,
                              params={"count": len(problems)})
    now = utc_now()
    digest = review.content_digest(record.to_document())
    done = replace(record, review=review.submit(record.review, digest, now),  # type: ignore[type-var]
                   updated_at=now)
    store.save(session, kind, done.to_document(), status="draft", action=f"{kind}.submit",
               terms=terms)
    return done


def decide(session: Session, kind: str, record: T, decision: review.Decision,
           seen_digest: str, reason: str | None, approved_status: Any,
           terms: Callable[[T], Mapping[str, Iterable[str]]]) -> T:
    """A supervisor's approval or refusal. Raises PermissionDeniedError (not a
    supervisor, or the author), ConflictError (not submitted, changed since shown),
    ValidationError (a refusal without a reason)."""
    if session.role != SUPERVISOR:
        raise PermissionDeniedError(
            f"Only a supervisor may approve or refuse; {session.username} is an "
            f"{session.role}.", code=Code.ROLE_REQUIRED,
            params={"role": SUPERVISOR, "username": session.username, "actual": session.role})
    now = utc_now()
    current = review.content_digest(record.to_document())
    decided = review.decide(record.review, author=record.author, supervisor=session.username,
                            decision=decision, seen_digest=seen_digest,
                            current_digest=current, now=now, reason=reason)
    approve = decision is review.Decision.APPROVE
    done = replace(record, review=decided, updated_at=now,  # type: ignore[type-var]
                   **({"status": approved_status} if approve else {}))
    store.save(session, kind, done.to_document(), status=str(done.to_document()["status"]),
               action=f"{kind}.{'approve' if approve else 'refuse'}",
               terms=terms(done) if approve else None)
    return done
