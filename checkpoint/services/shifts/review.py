"""The supervisor's review of a shift: what was recorded, what was done, what stands out.

:func:`load` gathers, for one shift, every record of a registered kind
(:mod:`.kinds`) made during it, with the records made *outside a shift* since the
shift before it, and the shift's audit trail from the journal (:mod:`.trail`). It
computes the highlights a supervisor must notice without asking
(:class:`Highlight`: a code and its parameters; the GUI and the report word them).
:func:`check_journal` verifies the whole journal (slow on a large store: the GUI
runs it after the first paint). :func:`mark_reviewed` records the review as a new
shift version signed by the workstation's key, and signs a journal checkpoint.

Only a supervisor may load or mark a review; loading it is journaled (``shift.view``).
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from checkpoint.domain import shift as model
from checkpoint.domain.chain import canonical
from checkpoint.domain.ids import format_utc, parse_utc, utc_now
from checkpoint.domain.shift import JournalHead, Review, Shift
from checkpoint.errors import JournalError
from checkpoint.services.cases import referrals
from checkpoint.services.session import Session
from checkpoint.services.shifts import case_kinds, kinds, lifecycle, trail
from checkpoint.services.shifts import hit_kinds as _hit_kinds  # noqa: F401  (registers)
from checkpoint.services.shifts.trail import AuditEvent
from checkpoint.store import record_table, review_stats, sync_tables
from checkpoint.store.connection import translate_errors

#: Views of personal records by one officer in one shift from which it is highlighted.
MANY_VIEWS = 20
#: Records made outside a shift are looked for this far back before the opening.
GAP_LIMIT = timedelta(hours=24)
PAGE = 2000

SEVERITY = {
    "journal_broken": "high",
    "amendment_after_finalize": "high",
    "check_digit_override": "high",
    "many_views": "high",
    "failed_logins": "medium",
    "overdue_referral": "high",
    "untriaged_hit": "high",
    "overdue_hit_answer": "high",
    "unacknowledged": "medium",
    "outside_shift": "medium",
    "unfinished_draft": "medium",
}


@dataclass(frozen=True)
class ReviewItem:
    kind: str
    record_id: str
    status: str
    author: str
    time: str
    label: str
    outcome: str | None
    flags: tuple[str, ...]
    detail: dict[str, str]
    amends: str | None
    shift_mark: str  # "this", "outside" (no shift) or "other"
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Highlight:
    code: str
    severity: str
    actor: str = ""
    time: str = ""
    subject: str = ""  # "kind:id" of the record concerned, if one
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JournalCheck:
    intact: bool
    entries: int                # entries checked
    first_bad: int | None
    message: str
    checked_at: str
    scope: str = "whole"        # "shift": the shift's entries, anchored; "whole": all
    first: int = 1              # the first entry checked
    anchor: int | None = None   # the signed checkpoint the shift's entries are anchored at


@dataclass
class ReviewData:
    shift: Shift
    previous: Shift | None
    window_start: str
    window_end: str | None
    after_seq: int
    until_seq: int | None
    items: list[ReviewItem]
    events: list[AuditEvent]
    highlights: list[Highlight]
    unacknowledged: int
    enrolled: bool

    @property
    def officers(self) -> list[str]:
        names = {i.author for i in self.items} | {e.actor for e in self.events}
        names |= set(self.shift.officers) | {self.shift.supervisor}
        return sorted(n for n in names if n and n != "hq")

    def counts(self) -> dict[str, int]:
        """Records per kind, inspections per outcome, findings, flags (for the report)."""
        out: Counter[str] = Counter()
        for i in self.items:
            out[f"kind.{i.kind}"] += 1
            if i.outcome and "amendment" not in i.flags:
                out[f"outcome.{i.outcome}"] += 1
            for f in i.flags:
                out[f"flag.{f}"] += 1
            if i.shift_mark == "outside":
                out["outside_shift"] += 1
        for e in self.events:
            out[f"event.{e.category}"] += 1
        return dict(sorted(out.items()))

    def filtered(self, *, officer: str | None = None, kind: str | None = None,
                 since: str | None = None, until: str | None = None,
                 ) -> tuple[list[ReviewItem], list[AuditEvent]]:
        """Items and events of one officer, one kind (a record kind or an audit
        category) and a time range (UTC timestamps), each when given."""
        def keep(who: str, what: set[str], when: str) -> bool:
            return ((officer is None or who.casefold() == officer.casefold())
                    and (kind is None or kind in what)
                    and (since is None or when >= since)
                    and (until is None or when <= until))

        items = [i for i in self.items if keep(i.author, {i.kind}, i.time)]
        events = [e for e in self.events if keep(e.actor, {e.category, e.subject_kind},
                                                e.time)]
        return items, events


def _require(session: Session) -> None:
    session.require(lifecycle.SUPERVISOR)


def _window(shift: Shift, previous: Shift | None) -> tuple[str, int]:
    """Where the review starts: (time, journal position). Records made outside a shift
    since the previous shift closed belong to this review (at most GAP_LIMIT back, which
    is also how far back the first shift of a workstation looks); its audit trail starts
    at the previous closing when that was recent, else at the opening."""
    opened = parse_utc(shift.opened_at)
    earliest = format_utc(opened - GAP_LIMIT)
    if previous is not None and previous.handover is not None:
        gap = opened - parse_utc(previous.handover.closed_at)
        if timedelta(0) <= gap <= GAP_LIMIT:
            return previous.handover.closed_at, previous.handover.journal_head.seq + 1
        if gap < GAP_LIMIT:
            earliest = max(earliest, previous.handover.closed_at)
    return earliest, shift.opened_after.seq


SHIFT_PATH = "$.shift_id"


def paths_of(provider: kinds.ReviewKind) -> tuple[str, ...]:
    """The provider's paths, with the shift id every review needs."""
    return tuple(dict.fromkeys((SHIFT_PATH, *provider.paths)))


def kind_row(row: review_stats.Row, paths: tuple[str, ...]) -> kinds.KindRow:
    return kinds.KindRow(row.id, row.kind, row.status, row.created_at, row.author, row.amends,
                         dict(zip(paths, row.values, strict=True)))


def _mark(shift: Shift, row: kinds.KindRow, provider: kinds.ReviewKind) -> str:
    if SHIFT_PATH not in provider.paths:  # a kind that belongs to its shift by time
        return "this"
    sid = row.get(SHIFT_PATH)
    if sid == shift.shift_id:
        return "this"
    return "outside" if sid is None else "other"


def _replaced(conn: Any, record_id: str) -> bool:
    """Whether a finalized later version replaces the record (a hit's triage)."""
    with translate_errors():
        return any(r.status != "draft" for r in record_table.amendments(conn, record_id))


def _items(session: Session, shift: Shift, start: str, end: str | None) -> list[ReviewItem]:
    out: list[ReviewItem] = []
    conn = session.database.conn
    for provider in kinds.providers():
        paths = paths_of(provider)
        after: tuple[str, str] | None = None
        while True:
            with translate_errors():
                found = review_stats.rows_between(conn, provider.kind, start, end or "9999",
                                                  paths, PAGE, after)
            for r in found:
                row = kind_row(r, paths)
                s = provider.summarize(row)
                flags, detail = s.flags, s.detail
                replaced = provider.versions_replace and _replaced(conn, row.id)
                if provider.versions_replace:  # counted as its current version only
                    facts = () if replaced else tuple(provider.facts(row))
                    if not facts:
                        flags = tuple(f for f in flags if f != "untriaged")
                else:
                    facts = () if row.amends else tuple(provider.facts(row))
                if provider.pulled is not None and not replaced:
                    with translate_errors():
                        more, extra = provider.pulled(conn, row)
                    flags, detail = flags + more, {**detail, **extra}
                out.append(ReviewItem(row.kind, row.id, row.status, row.author,
                                      row.created_at, s.label, s.outcome, flags, detail,
                                      row.amends, _mark(shift, row, provider), facts))
            if len(found) < PAGE:
                break
            after = (found[-1].created_at, found[-1].id)
    out.sort(key=lambda i: (i.time, i.record_id))
    return out


def _is_version(payload: dict[str, Any]) -> bool:
    return bool(payload.get("digest")) and payload.get("status") not in (None, "draft")


def _trail(session: Session, after: int, until: int | None,
           acked: int) -> tuple[list[AuditEvent], int]:
    events: list[AuditEvent] = []
    unacked = 0
    for e in trail.entries_between(session, after, until):
        if e.seq > acked and e.payload and '"digest"' in e.payload and _is_version(
                e.payload_dict()):
            unacked += 1
        if e.action != "inspection.autosave":
            events.append(AuditEvent(e.seq, e.time, e.actor, e.action, e.subject,
                                     trail.category(e.action)))
    return events, unacked


def highlights(items: list[ReviewItem], events: list[AuditEvent], unacknowledged: int,
               *, many_views: int = MANY_VIEWS,
               overdue: Sequence[tuple[str, str, str, str, str]] = ()) -> list[Highlight]:
    """What a supervisor must notice, most serious first. ``overdue``: the referrals past
    their deadline with no answer (:func:`overdue_referrals`), whenever they were made."""
    out: list[Highlight] = []
    for rid, author, created, deadline, agency in overdue:
        out.append(Highlight("overdue_referral", SEVERITY["overdue_referral"], author,
                             created, f"{case_kinds.REFERRAL_KIND}:{rid}",
                             {"deadline": deadline, "agency": agency}))
    for i in items:
        for flag in i.flags:
            code = kinds.FLAG_HIGHLIGHTS.get(flag)
            if code:
                out.append(Highlight(code, SEVERITY.get(code, "medium"), i.author, i.time,
                                     f"{i.kind}:{i.record_id}", dict(i.detail)))
    outside = Counter(i.author for i in items if i.shift_mark == "outside")
    for who, n in sorted(outside.items()):
        out.append(Highlight("outside_shift", SEVERITY["outside_shift"], who,
                             params={"count": n}))
    failed = Counter(e.subject.split(":", 1)[-1] for e in events if e.category == "login_failed")
    for who, n in sorted(failed.items()):
        out.append(Highlight("failed_logins", SEVERITY["failed_logins"], who,
                             params={"count": n}))
    personal = {p.kind for p in kinds.providers() if p.personal}
    views = Counter(e.actor for e in events if e.category == "view"
                    and e.subject_kind in personal)
    for who, n in sorted(views.items()):
        if n >= many_views:
            out.append(Highlight("many_views", SEVERITY["many_views"], who,
                                 params={"count": n, "threshold": many_views}))
    if unacknowledged:
        out.append(Highlight("unacknowledged", SEVERITY["unacknowledged"],
                             params={"count": unacknowledged}))
    order = {"high": 0, "medium": 1}
    out.sort(key=lambda h: (order.get(h.severity, 2), h.code, h.time))
    return out


def overdue_referrals(session: Session) -> list[tuple[str, str, str, str, str]]:
    """(id, author, created_at, deadline, agency) of the approved referrals past their
    deadline that no agency has answered yet (as HQ last reported), whenever they were
    made: the cases' own rule (:func:`checkpoint.services.cases.referrals.overdue`)."""
    return [(s.referral.id, s.referral.author, s.referral.created_at,
             str(s.referral.deadline), str(s.referral.agency or ""))
            for s in referrals.overdue(session)]


def journal_highlight(check: JournalCheck) -> Highlight | None:
    if check.intact:
        return None
    return Highlight("journal_broken", "high", params={"seq": check.first_bad or 0,
                                                       "message": check.message})


def load(session: Session, shift_id: str | None = None, *,
         many_views: int = MANY_VIEWS) -> ReviewData:
    """The review of a shift (the newest when no id is given).

    Raises PermissionDeniedError for an inspector, NotFoundError for an unknown shift.
    """
    _require(session)
    shift = lifecycle.get(session, shift_id)
    previous = lifecycle.previous_of(session, shift)
    start, after = _window(shift, previous)
    end = shift.closed_at
    until = None if shift.handover is None else shift.handover.journal_head.seq + 1
    with translate_errors():
        state = sync_tables.load_progress(session.database.conn)
        enrolled = sync_tables.load_enrollment(session.database.conn) is not None
    items = _items(session, shift, start, end)
    events, unacked = _trail(session, after, until, state.acked_seq)
    found = highlights(items, events, unacked, many_views=many_views,
                       overdue=overdue_referrals(session))
    session.audit("shift.view", f"shift:{shift.shift_id}", {"items": len(items)})
    return ReviewData(shift, previous, start, end, after, until, items, events, found,
                      unacked, enrolled)


def check_journal(session: Session, data: ReviewData | None = None) -> JournalCheck:
    """Verify the journal (journaled as ``audit.verify``).

    With a review: the shift's entries (from its window's start to its closing, or to
    the head while open), recomputed and anchored at the next signed checkpoint
    (milliseconds). Without: the whole chain and every signed checkpoint (about 30 µs an
    entry: half a minute at a million; the GUI runs it on demand, in the background).
    """
    _require(session)
    now = utc_now()
    scope = "whole" if data is None else "shift"
    first = 1 if data is None else data.after_seq + 1
    anchor: int | None = None
    try:
        with translate_errors():
            if data is None:
                n = session.journal.verify(session.identity.verify_key)
            else:
                n, anchor = session.journal.verify_range(data.after_seq, data.until_seq,
                                                         session.identity.verify_key)
    except JournalError as e:
        session.audit("audit.verify", "journal", {"intact": False, "first_bad": e.seq,
                                                  "scope": scope})
        return JournalCheck(False, 0, e.seq, str(e), now, scope, first)
    session.audit("audit.verify", "journal", {"intact": True, "entries": n, "scope": scope})
    return JournalCheck(True, n, None, "", now, scope, first, anchor)


def sign(session: Session, message: dict[str, Any]) -> str:
    """The workstation's Ed25519 signature (base64) over the canonical JSON of ``message``."""
    signature = session.identity.signing_key.sign(canonical(message).encode("utf-8"))
    return base64.b64encode(signature).decode("ascii")


def mark_reviewed(session: Session, shift_id: str | None, remarks: str) -> Shift:
    """Mark a closed shift reviewed with the supervisor's remarks.

    The shift's journal entries are verified first (:func:`check_journal`) and the result
    is part of the review; the review is
    signed by the workstation's key over the shift, the remarks, the result and the
    journal head, written as the next shift version (journaled ``shift.review``), and a
    signed checkpoint of the journal head follows. Raises PermissionDeniedError,
    NotFoundError, ConflictError (open, or reviewed already).
    """
    _require(session)
    data = load(session, shift_id)
    shift = data.shift
    model.check_reviewable(shift)
    check = check_journal(session, data)
    with session.write():
        seq, head = session.journal.head()
        at = utc_now()
        jh = JournalHead(seq, head)
        message = model.review_message(
            shift, reviewed_by=session.username, reviewed_at=at, remarks=remarks.strip(),
            journal_head=jh, journal_intact=check.intact, first_bad_entry=check.first_bad)
        review = Review(session.username, at, remarks.strip(), jh, check.intact,
                        check.first_bad, sign(session, message))
        done = lifecycle.save_reviewed(session, model.reviewed(shift, review))
        session.journal.sign_head()
    return done
