"""What a rule found wrong: a JSON-pointer path, a code and its parameters.

The core never returns a sentence for a screen to parse; the GUI words a problem
through ``tr()`` and the CLI through :func:`describe` (English). The house is moving
to one ``Problem`` type (``checkpoint.domain``); this one has the same three fields so
the two can be unified at the merge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from checkpoint.errors import ValidationError


@dataclass(frozen=True)
class Problem:
    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return describe(self)


#: English wording of every code, for the command line and the logs of tests.
MESSAGES: dict[str, str] = {
    "missing": "is missing",
    "invalid": "is invalid: {reason}",
    "unknown_article": "{value!r} is not an article of the customs code table from HQ",
    "unknown_agency": "{value!r} is not an agency in HQ's directory",
    "agency_refuses": "agency {agency} does not accept {what}",
    "no_persons": "a case needs at least one person",
    "criminal_needs_suspect": "a criminal case needs at least one suspect",
    "not_positive": "must be more than zero",
    "duplicate_id": "the id {value} is used twice",
    "h3_needs_restrictions": "handling code H3 needs its restrictions",
    "unknown_finding": "the finding {value} is not in the inspection",
    "deadline_in_past": "the deadline is in the past",
    "nothing_referred": "a referral needs a case, a hit, persons, goods or cash",
    "custody_sequence": "entry {value} does not follow entry {expected}",
    "custody_not_holder": "{value!r} did not hold the item (it is with {holder!r})",
    "custody_seal_changed": "the seal numbers changed without a reason",
    "custody_seal_broken": "a seal that is not intact needs a reason",
    "custody_closed": "the item was {action} already; nothing can follow",
    "custody_unknown_item": "the case has no seized item {value}",
    "transition_out_of_order": "a referral that is {current} cannot become {target}",
    "needs_reference": "accepting needs the agency's reference",
    "needs_reason": "needs a reason",
    "needs_outcome": "closing needs an outcome",
}


def describe(problem: Problem) -> str:
    """The English sentence for ``problem``: ``"/items/0/hs_code: is missing."``."""
    template = MESSAGES.get(problem.code, problem.code)
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        text = template
    return f"{problem.path or '/'}: {text}."


class ProblemsError(ValidationError):
    """A record breaks rules; ``.found`` holds the :class:`Problem` objects and
    ``.problems`` (the house's list of sentences) their English wording."""

    def __init__(self, message: str, found: Sequence[Problem]) -> None:
        super().__init__(message, [describe(p) for p in found])
        self.found = list(found)


def refuse(what: str, found: Sequence[Problem]) -> None:
    """Raise :class:`ProblemsError` when ``found`` is not empty."""
    if found:
        raise ProblemsError(f"{what}: {len(found)} problem(s). " + " ".join(
            describe(p) for p in found[:3]), found)
