"""The audit trail of a shift: its journal entries, each put in a category.

The journal is the audit trail (every login, failed login, view of a personal
record, change, export, print, sync and account change has its entry). A shift's
entries are the journal positions between its opening and its closing (both kept in
the shift record), so reading them is a primary-key range scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from checkpoint.domain.chain import Entry
from checkpoint.services.session import Session
from checkpoint.store.connection import translate_errors

# action (exact, or the part after the record kind) → category
_EXACT = {
    "auth.login": "login",
    "auth.login_failed": "login_failed",
    "keyslots.repaired": "store",
    "store.restored": "store",
    "store.rekey": "store",
    "store.backup": "export",
    "audit.verify": "audit",
    "workstation.init": "account",
}
_PREFIX = {
    "operator.": "account",
    "sync.": "sync",
    "shift.": "shift",
    "operation.": "operation",
}
_SUFFIX = {
    "view": "view",
    "export": "export",
    "print": "print",
    "create": "record",
    "autosave": "record",
    "finalize": "record",
    "amend": "record",
    "discard": "record",
    "attach": "record",
    "demo": "record",
    "import": "record",
}
CATEGORIES = ("login", "login_failed", "view", "export", "print", "sync", "account",
              "record", "shift", "operation", "store", "audit", "other")


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    time: str
    actor: str
    action: str
    subject: str
    category: str

    @property
    def subject_kind(self) -> str:
        return self.subject.split(":", 1)[0] if ":" in self.subject else ""

    @property
    def subject_id(self) -> str:
        return self.subject.split(":", 1)[1] if ":" in self.subject else ""


def category(action: str) -> str:
    if action in _EXACT:
        return _EXACT[action]
    for prefix, cat in _PREFIX.items():
        if action.startswith(prefix):
            return cat
    return _SUFFIX.get(action.rsplit(".", 1)[-1], "other")


def _event(e: Entry) -> AuditEvent:
    return AuditEvent(e.seq, e.time, e.actor, e.action, e.subject, category(e.action))


def entries_between(session: Session, after: int, until: int | None) -> Iterator[Entry]:
    """Journal entries with ``after < seq <= until`` (to the end when ``until`` is None)."""
    with translate_errors():
        for e in session.journal.entries(after=after):
            if until is not None and e.seq > until:
                return
            yield e


def events(session: Session, after: int, until: int | None) -> list[AuditEvent]:
    """The audit events of a journal range, oldest first; autosaves left out."""
    return [_event(e) for e in entries_between(session, after, until)
            if e.action != "inspection.autosave"]
