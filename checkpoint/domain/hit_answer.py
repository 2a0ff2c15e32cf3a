"""The confirmation round trip of a watchlist hit: request, deadline, answer.

A hit found at a post is **provisional** (DOMAIN.md: a local copy of a list can be
stale) until the authority that owns the alert answers. The rule both ends share:

- HQ opens a *confirmation request* when a hit reaches it triaged ``possible`` or
  ``confirmed`` by the officer (a ``pending`` hit waits for the officer; a dismissed
  ``false_positive`` asks nothing). One request per hit: its key is the id of the hit's
  first version (a triage is a new version amending it).
- The request goes to the alert's owning authority as HQ published the list (the
  alert's authority, else the list's; ``HQ`` when the list names none), with a
  deadline counted from when HQ opened it (HQ's clock, never the post's), by the
  alert's action code: :data:`DEADLINES`.
- The authority answers ``confirmed`` or ``not_confirmed`` with instructions, through
  HQ; the answer is final (a second answer is refused).
- HQ publishes the request and then its answer to the post as pulled data
  (collection :data:`COLLECTION`, key the hit id, document ``hit_answer.v1``).

Pure: no I/O. HQ and the workstation import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from checkpoint.domain.ids import format_utc, parse_utc
from checkpoint.errors import ValidationError

SCHEMA = "hit_answer.v1"
COLLECTION = "hit_answer"
#: Triage outcomes that open a confirmation request at HQ.
REQUESTED_FOR = ("possible", "confirmed")
AWAITING, CONFIRMED, NOT_CONFIRMED = "awaiting", "confirmed", "not_confirmed"
STATES = (AWAITING, CONFIRMED, NOT_CONFIRMED)
ANSWERS = (CONFIRMED, NOT_CONFIRMED)
#: Who answers when the published list names no authority.
DEFAULT_AUTHORITY = "HQ"
MAX_TEXT = 5000

#: How long the owning authority has to answer, by the alert's action code. A person
#: held at the border for an arrest or a refusal cannot wait for long; a seizure holds
#: goods, not people; SIRENE answers specific and discreet checks within 12 hours;
#: information only can wait for office days.
DEADLINES: Mapping[str, timedelta] = {
    "arrest": timedelta(hours=1),
    "refuse_entry": timedelta(hours=2),
    "seize_object": timedelta(hours=4),
    "specific_check": timedelta(hours=12),
    "discreet_check": timedelta(hours=12),
    "information": timedelta(days=3),
}
#: For an action code this version does not know (a newer HQ): the shortest, to be safe.
UNKNOWN_ACTION_DEADLINE = min(DEADLINES.values())


def deadline_for(action: str, opened_at: str) -> str:
    """The answer's deadline (UTC timestamp) for a request opened at ``opened_at``."""
    return format_utc(parse_utc(opened_at) + DEADLINES.get(action, UNKNOWN_ACTION_DEADLINE))


def is_overdue(state: str, deadline: str, now: str) -> bool:
    """An unanswered request past its deadline."""
    return state == AWAITING and parse_utc(now) > parse_utc(deadline)


@dataclass(frozen=True)
class HitAnswer:
    """A confirmation request as the post sees it, answered or not."""

    hit_id: str
    list_code: str
    alert_id: str
    authority: str
    action: str
    requested_at: str
    deadline: str
    state: str  # one of STATES
    instructions: str | None = None
    answered_by: str | None = None
    answered_at: str | None = None

    @property
    def answered(self) -> bool:
        return self.state in ANSWERS

    def to_document(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "hit_id": self.hit_id, "list": self.list_code,
                "alert_id": self.alert_id, "authority": self.authority,
                "action": self.action, "requested_at": self.requested_at,
                "deadline": self.deadline, "state": self.state,
                "instructions": self.instructions, "answered_by": self.answered_by,
                "answered_at": self.answered_at}

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> HitAnswer:
        """Read a ``hit_answer.v1`` object already checked against its schema; raises
        ValidationError when it contradicts itself (an answer without who gave it)."""
        try:
            answer = cls(str(doc["hit_id"]), str(doc["list"]), str(doc["alert_id"]),
                         str(doc["authority"]), str(doc["action"]), str(doc["requested_at"]),
                         str(doc["deadline"]), str(doc["state"]), doc.get("instructions"),
                         doc.get("answered_by"), doc.get("answered_at"))
        except (KeyError, TypeError) as e:
            raise ValidationError(f"A malformed {SCHEMA} document ({e}).") from e
        if answer.state not in STATES:
            raise ValidationError(f"{answer.state!r} is not a state of a confirmation request.")
        if answer.answered != bool(answer.answered_by and answer.answered_at):
            raise ValidationError("An answer names who gave it and when; a request awaiting "
                                  "one names neither.")
        return answer
