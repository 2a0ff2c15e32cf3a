"""The words of the shift report and of the review's codes, in the app's one catalogue.

Every sentence here is English source text in the context ``Report`` of the app's
translation files (``resources/translations/checkpoint_uk.ts``, compiled to ``.qm``);
lupdate collects them from the ``QT_TRANSLATE_NOOP`` marks. :class:`Words` words a key
in one language: :meth:`Words.app` through the translator the app installed (the review
screen), :meth:`Words.of` through a translator of its own for the language asked (the
report, drawn in the workstation's language whatever the running program shows, from
the command line too, and on the database thread). So the screen and the paper say the
same thing, from the same catalogue.

Keys: plain words and sentences (``{name}`` placeholders), ``chart.*`` and ``scope.*``
(chart titles), ``count.*`` (the report's counts), ``hl.*`` (a highlight's code),
outcome and risk-area codes, ``match.*`` (a hit's match type), ``state.*``, ``status.*``,
``kind.*`` (record kinds), ``flag.*`` and ``category.*`` (the audit trail's categories).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from checkpoint.gui.language import translator
from checkpoint.gui.problems import QT_TRANSLATE_NOOP

CONTEXT = "Report"

WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Report", "Shift report"),
    "post": QT_TRANSLATE_NOOP("Report", "Post"),
    "workstation": QT_TRANSLATE_NOOP("Report", "Workstation"),
    "shift": QT_TRANSLATE_NOOP("Report", "Shift"),
    "opened": QT_TRANSLATE_NOOP("Report", "Opened"),
    "closed": QT_TRANSLATE_NOOP("Report", "Closed (handed over by {by})"),
    "acknowledged": QT_TRANSLATE_NOOP("Report", "Handover acknowledged"),
    "not_acknowledged": QT_TRANSLATE_NOOP("Report", "not acknowledged yet"),
    "reviewed": QT_TRANSLATE_NOOP("Report", "Reviewed"),
    "not_reviewed": QT_TRANSLATE_NOOP("Report", "not reviewed yet"),
    "remarks": QT_TRANSLATE_NOOP("Report", "Review remarks"),
    "supervisor": QT_TRANSLATE_NOOP("Report", "Supervisor responsible"),
    "lanes": QT_TRANSLATE_NOOP("Report", "Lanes"),
    "officers": QT_TRANSLATE_NOOP("Report", "Officers on duty"),
    "officer": QT_TRANSLATE_NOOP("Report", "Officer"),
    "role": QT_TRANSLATE_NOOP("Report", "Role"),
    "records": QT_TRANSLATE_NOOP("Report", "Records"),
    "views": QT_TRANSLATE_NOOP("Report", "Views of personal records"),
    "counts": QT_TRANSLATE_NOOP("Report", "Counts"),
    "charts": QT_TRANSLATE_NOOP("Report", "Charts"),
    "notable": QT_TRANSLATE_NOOP("Report", "Notable events"),
    "none": QT_TRANSLATE_NOOP("Report", "None."),
    "open_items": QT_TRANSLATE_NOOP("Report", "Open items handed over"),
    "handover_note": QT_TRANSLATE_NOOP("Report", "Handover note"),
    "journal": QT_TRANSLATE_NOOP("Report", "Journal"),
    "journal_head": QT_TRANSLATE_NOOP(
        "Report",
        "Journal head at closing: entry {seq}, hash {hash}"),
    "journal_intact": QT_TRANSLATE_NOOP(
        "Report",
        "Journal verified {at}: intact ({entries} entries)."),
    "journal_shift_intact": QT_TRANSLATE_NOOP(
        "Report",
        "Journal entries {first} to {last} of the shift verified "
        "{at}: intact, anchored at the signed checkpoint at entry "
        "{anchor}."),
    "journal_shift_unanchored": QT_TRANSLATE_NOOP(
        "Report",
        "Journal entries {first} to {last} of the shift verified "
        "{at}: intact (no signed checkpoint since yet)."),
    "journal_broken": QT_TRANSLATE_NOOP(
        "Report",
        "Journal verified {at}: BROKEN from entry {seq}."),
    "unacknowledged": QT_TRANSLATE_NOOP("Report", "Records not yet acknowledged by HQ: {n}"),
    "signature": QT_TRANSLATE_NOOP("Report", "Signature"),
    "signature_text": QT_TRANSLATE_NOOP(
        "Report",
        "Signed by workstation {device} with its Ed25519 key over the "
        "content of this report and the journal head. Verify with "
        "`checkpoint report verify FILE` or at HQ with `checkpoint-hq "
        "report verify FILE`."),
    "code": QT_TRANSLATE_NOOP("Report", "Verification code"),
    "made": QT_TRANSLATE_NOOP("Report", "Made {at} by {by}"),
    "page": QT_TRANSLATE_NOOP("Report", "Page {n}"),
    "chart.per_hour": QT_TRANSLATE_NOOP("Report", "Inspections per hour (shift)"),
    "chart.per_day": QT_TRANSLATE_NOOP("Report", "Inspections per day (last 30 days)"),
    "chart.hour_of_day": QT_TRANSLATE_NOOP("Report", "Inspections by hour of day (last 30 days)"),
    "chart.outcome": QT_TRANSLATE_NOOP("Report", "Outcomes"),
    "chart.risk_area": QT_TRANSLATE_NOOP("Report", "Findings by risk area"),
    "chart.hit_list": QT_TRANSLATE_NOOP("Report", "Hits by list"),
    "chart.hit_triage": QT_TRANSLATE_NOOP("Report", "Hits by triage"),
    "scope.shift": QT_TRANSLATE_NOOP("Report", "this shift"),
    "scope.days": QT_TRANSLATE_NOOP("Report", "last 30 days"),
    "count.kind.inspection": QT_TRANSLATE_NOOP("Report", "Inspections"),
    "count.outside_shift": QT_TRANSLATE_NOOP("Report", "Records made outside a shift"),
    "count.flag.amendment": QT_TRANSLATE_NOOP("Report", "Amendments"),
    "count.flag.check_digit_override": QT_TRANSLATE_NOOP("Report", "Check-digit overrides"),
    "count.flag.draft": QT_TRANSLATE_NOOP("Report", "Unfinished drafts"),
    "count.event.login": QT_TRANSLATE_NOOP("Report", "Logins"),
    "count.event.login_failed": QT_TRANSLATE_NOOP("Report", "Failed logins"),
    "count.event.view": QT_TRANSLATE_NOOP("Report", "Views of records"),
    "count.event.export": QT_TRANSLATE_NOOP("Report", "Exports"),
    "count.event.print": QT_TRANSLATE_NOOP("Report", "Prints"),
    "count.event.sync": QT_TRANSLATE_NOOP("Report", "Syncs"),
    "count.event.account": QT_TRANSLATE_NOOP("Report", "Account changes"),
    "hl.journal_broken": QT_TRANSLATE_NOOP("Report", "The journal is broken from entry {seq}"),
    "hl.amendment_after_finalize": QT_TRANSLATE_NOOP(
        "Report",
        "Amendment after finalize by {actor}: {reason}"),
    "hl.check_digit_override": QT_TRANSLATE_NOOP(
        "Report",
        "Check-digit override by {actor}: {override_reason}"),
    "hl.many_views": QT_TRANSLATE_NOOP("Report", "{actor} viewed {count} personal records"),
    "hl.failed_logins": QT_TRANSLATE_NOOP("Report", "{count} failed login(s) for {actor}"),
    "hl.overdue_referral": QT_TRANSLATE_NOOP("Report", "Overdue referral ({actor})"),
    "hl.untriaged_hit": QT_TRANSLATE_NOOP("Report", "Hit not triaged ({actor})"),
    "hl.overdue_hit_answer": QT_TRANSLATE_NOOP(
        "Report", "{authority} has not confirmed a hit by its deadline ({actor})"),
    "hl.unacknowledged": QT_TRANSLATE_NOOP(
        "Report",
        "{count} record(s) not yet acknowledged by HQ"),
    "hl.outside_shift": QT_TRANSLATE_NOOP(
        "Report",
        "{count} record(s) by {actor} made outside a shift"),
    "hl.unfinished_draft": QT_TRANSLATE_NOOP("Report", "Unfinished draft by {actor}"),
    "released": QT_TRANSLATE_NOOP("Report", "released"),
    "secondary_inspection": QT_TRANSLATE_NOOP("Report", "secondary inspection"),
    "refused_entry": QT_TRANSLATE_NOOP("Report", "refused entry"),
    "detained": QT_TRANSLATE_NOOP("Report", "detained"),
    "referred": QT_TRANSLATE_NOOP("Report", "referred"),
    "none_outcome": QT_TRANSLATE_NOOP("Report", "no outcome"),
    "drugs": QT_TRANSLATE_NOOP("Report", "drugs"),
    "tobacco_alcohol_fuel": QT_TRANSLATE_NOOP("Report", "tobacco, alcohol, fuel"),
    "ipr_health_safety": QT_TRANSLATE_NOOP("Report", "IPR, health and safety"),
    "weapons_strategic": QT_TRANSLATE_NOOP("Report", "weapons, strategic goods"),
    "environment_cites_waste": QT_TRANSLATE_NOOP("Report", "environment, CITES, waste"),
    "cultural_heritage": QT_TRANSLATE_NOOP("Report", "cultural heritage"),
    "currency": QT_TRANSLATE_NOOP("Report", "currency"),
    "state.open": QT_TRANSLATE_NOOP("Report", "open"),
    "state.closed": QT_TRANSLATE_NOOP("Report", "closed"),
    "state.reviewed": QT_TRANSLATE_NOOP("Report", "reviewed"),
    "status.draft": QT_TRANSLATE_NOOP("Report", "draft"),
    "status.finalized": QT_TRANSLATE_NOOP("Report", "finalized"),
    "status.approved": QT_TRANSLATE_NOOP("Report", "approved"),
    "review_open": QT_TRANSLATE_NOOP("Report", "being written"),
    "review_submitted": QT_TRANSLATE_NOOP("Report", "awaiting approval"),
    "review_refused": QT_TRANSLATE_NOOP("Report", "returned to its author"),
    "review_approved": QT_TRANSLATE_NOOP("Report", "approved"),
    "kind.inspection": QT_TRANSLATE_NOOP("Report", "inspection"),
    "kind.shift": QT_TRANSLATE_NOOP("Report", "shift"),
    "kind.offence": QT_TRANSLATE_NOOP("Report", "offence case"),
    "kind.referral": QT_TRANSLATE_NOOP("Report", "referral"),
    "kind.shift_report": QT_TRANSLATE_NOOP("Report", "shift report"),
    "kind.hit": QT_TRANSLATE_NOOP("Report", "watchlist hit"),
    "hit_pending": QT_TRANSLATE_NOOP("Report", "not triaged"),
    "hit_false_positive": QT_TRANSLATE_NOOP("Report", "false positive"),
    "hit_possible": QT_TRANSLATE_NOOP("Report", "possible match"),
    "hit_confirmed": QT_TRANSLATE_NOOP("Report", "confirmed"),
    "pending": QT_TRANSLATE_NOOP("Report", "not triaged"),
    "false_positive": QT_TRANSLATE_NOOP("Report", "false positive"),
    "possible": QT_TRANSLATE_NOOP("Report", "possible match"),
    "confirmed": QT_TRANSLATE_NOOP("Report", "confirmed"),
    "flag.covert": QT_TRANSLATE_NOOP("Report", "discreet check"),
    "match.identifier": QT_TRANSLATE_NOOP("Report", "identifier match"),
    "match.name": QT_TRANSLATE_NOOP("Report", "name match"),
    "kind.operation_ack": QT_TRANSLATE_NOOP("Report", "operation acknowledgement"),
    "kind.operation_link": QT_TRANSLATE_NOOP("Report", "operation link"),
    "kind.operation_report": QT_TRANSLATE_NOOP("Report", "operation report"),
    "flag.amendment": QT_TRANSLATE_NOOP("Report", "amendment"),
    "flag.check_digit_override": QT_TRANSLATE_NOOP("Report", "check-digit override"),
    "flag.draft": QT_TRANSLATE_NOOP("Report", "draft"),
    "flag.overdue": QT_TRANSLATE_NOOP("Report", "overdue"),
    "flag.untriaged": QT_TRANSLATE_NOOP("Report", "not triaged"),
    "flag.provisional": QT_TRANSLATE_NOOP("Report", "provisional"),
    "flag.answer_overdue": QT_TRANSLATE_NOOP("Report", "owner's answer overdue"),
    "flag.owner_confirmed": QT_TRANSLATE_NOOP("Report", "confirmed by the owner"),
    "flag.owner_not_confirmed": QT_TRANSLATE_NOOP("Report", "not confirmed by the owner"),
    "flag.outside": QT_TRANSLATE_NOOP("Report", "outside a shift"),
    "category.login": QT_TRANSLATE_NOOP("Report", "login"),
    "category.login_failed": QT_TRANSLATE_NOOP("Report", "failed login"),
    "category.view": QT_TRANSLATE_NOOP("Report", "view"),
    "category.export": QT_TRANSLATE_NOOP("Report", "export"),
    "category.print": QT_TRANSLATE_NOOP("Report", "print"),
    "category.sync": QT_TRANSLATE_NOOP("Report", "sync"),
    "category.account": QT_TRANSLATE_NOOP("Report", "account"),
    "category.record": QT_TRANSLATE_NOOP("Report", "record"),
    "category.shift": QT_TRANSLATE_NOOP("Report", "shift"),
    "category.operation": QT_TRANSLATE_NOOP("Report", "operation"),
    "category.store": QT_TRANSLATE_NOOP("Report", "store"),
    "category.audit": QT_TRANSLATE_NOOP("Report", "audit"),
    "category.other": QT_TRANSLATE_NOOP("Report", "other"),
    "role.supervisor": QT_TRANSLATE_NOOP("Report", "supervisor"),
    "role.officer": QT_TRANSLATE_NOOP("Report", "officer"),
}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


class Words:
    """The catalogue in one language: ``text(key, **params)`` and ``label(code)``."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        self._translate = translate

    @classmethod
    def app(cls) -> Words:
        """Through the translator the app installed (the language the screens show)."""
        return cls(lambda source: QCoreApplication.translate(CONTEXT, source))

    @classmethod
    def of(cls, language: str) -> Words:
        """In ``language`` whatever the app shows (English when it has no catalogue)."""
        found = translator(language)
        if found is None:
            return cls(lambda source: source)
        return cls(lambda source: found.translate(CONTEXT, source) or source)

    def known(self, key: str) -> bool:
        return key in WORDS

    def text(self, key: str, **params: Any) -> str:
        """The sentence for ``key`` with ``params`` filled in; an unknown key comes back
        as itself (a code this version does not know yet)."""
        source = WORDS.get(key)
        if source is None:
            return key
        return self._translate(source).format_map(_Blank(params))

    def label(self, code: str, prefix: str = "") -> str:
        """A code in words (an outcome or risk area; with ``prefix``, e.g. ``kind.``, one
        of that family); an unknown code is shown with spaces for underscores."""
        key = prefix + ("none_outcome" if code == "none" and not prefix else code)
        return self.text(key) if key in WORDS else code.replace("_", " ")
