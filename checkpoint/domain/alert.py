"""An alert (watchlist entry) as HQ publishes it and a workstation screens against it.

One alert is one wanted subject: a person, a vehicle, a vessel, a container, or a
document on its own (a stolen blank passport). It carries the names and identifiers
to match on and what the officer must do on a hit (the action code of DOMAIN.md).

The document form (``alert.v1``) is what travels from HQ to the workstations and
what the workstation index keeps; :meth:`Alert.to_document` and
:meth:`Alert.from_document` are the one implementation both ends use. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from checkpoint.errors import Code, Problem, ValidationError

__all__ = [
    "ACTIONS",
    "ACTION_PRIORITY",
    "IDENTIFIER_KINDS",
    "SUBJECTS",
    "Alert",
    "AlertIdentifier",
    "AlertName",
    "highest_priority",
]

#: Action codes, most urgent first (the order is the priority among several hits).
ACTIONS: tuple[str, ...] = (
    "arrest",  # arrest / detain
    "refuse_entry",
    "seize_object",
    "specific_check",
    "discreet_check",  # covert: the subject must notice nothing
    "information",  # information only
)
ACTION_PRIORITY: Mapping[str, int] = {a: i for i, a in enumerate(ACTIONS)}
IDENTIFIER_KINDS: tuple[str, ...] = ("document", "plate", "vin", "container", "imo")
SUBJECTS: tuple[str, ...] = ("person", "vehicle", "vessel", "container", "document")
SEXES = ("M", "F")


@dataclass(frozen=True)
class AlertName:
    """One name of the subject; ``full`` is always set, the parts when the list gives them."""

    full: str
    given: str = ""
    surname: str = ""
    patronymic: str = ""
    weak: bool = False  # a weak alias: shown, but never a hit on its own

    def to_document(self) -> dict[str, Any]:
        out: dict[str, Any] = {"full": self.full}
        for key in ("given", "surname", "patronymic"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.weak:
            out["weak"] = True
        return out


@dataclass(frozen=True)
class AlertIdentifier:
    """An identifier as the list gives it; the index normalizes it (screening.identifiers)."""

    kind: str  # one of IDENTIFIER_KINDS
    value: str
    country: str = ""  # ISO 3166-1 alpha-3 (issuing state, plate country, flag), or ""

    def to_document(self) -> dict[str, Any]:
        out = {"kind": self.kind, "value": self.value}
        if self.country:
            out["country"] = self.country
        return out


@dataclass(frozen=True)
class Alert:
    """One watchlist entry. ``alert_id`` is unique within its list."""

    alert_id: str
    list_code: str
    subject: str
    entity_id: str = ""  # the FollowTheMoney entity it came from
    names: tuple[AlertName, ...] = ()
    birth_dates: tuple[str, ...] = ()  # YYYY, YYYY-MM or YYYY-MM-DD
    nationalities: tuple[str, ...] = ()  # alpha-3
    sex: str = ""  # "M", "F" or ""
    identifiers: tuple[AlertIdentifier, ...] = ()
    action: str = "information"
    instructions: str = ""
    authority: str = ""
    valid_from: str = ""
    valid_until: str = ""
    covert: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)  # anything else, shown as is

    def to_document(self) -> dict[str, Any]:
        """The ``alert.v1`` JSON object (empty fields left out)."""
        out: dict[str, Any] = {
            "schema": "alert.v1",
            "alert_id": self.alert_id,
            "list": self.list_code,
            "subject": self.subject,
            "action": self.action,
        }
        optional: dict[str, Any] = {
            "entity_id": self.entity_id,
            "names": [n.to_document() for n in self.names],
            "birth_dates": list(self.birth_dates),
            "nationalities": list(self.nationalities),
            "sex": self.sex,
            "identifiers": [i.to_document() for i in self.identifiers],
            "instructions": self.instructions,
            "authority": self.authority,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "covert": self.covert,
            "extra": dict(self.extra),
        }
        out.update({k: v for k, v in optional.items() if v})
        return out

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> Alert:
        """Read an ``alert.v1`` object; raises ValidationError naming what is wrong."""
        try:
            if doc.get("schema") != "alert.v1":
                raise ValidationError(f"Not an alert.v1 document: {doc.get('schema')!r}.")
            alert = cls(
                alert_id=str(doc["alert_id"]),
                list_code=str(doc["list"]),
                subject=str(doc["subject"]),
                entity_id=str(doc.get("entity_id", "")),
                names=tuple(AlertName(**n) for n in doc.get("names", ())),
                birth_dates=tuple(str(d) for d in doc.get("birth_dates", ())),
                nationalities=tuple(str(c) for c in doc.get("nationalities", ())),
                sex=str(doc.get("sex", "")),
                identifiers=tuple(AlertIdentifier(**i) for i in doc.get("identifiers", ())),
                action=str(doc.get("action", "information")),
                instructions=str(doc.get("instructions", "")),
                authority=str(doc.get("authority", "")),
                valid_from=str(doc.get("valid_from", "")),
                valid_until=str(doc.get("valid_until", "")),
                covert=bool(doc.get("covert", False)),
                extra=dict(doc.get("extra", {})),
            )
        except (KeyError, TypeError, AttributeError) as e:
            raise ValidationError(
                f"A malformed alert.v1 document ({type(e).__name__}: {e}).") from e
        alert.check()
        return alert

    def check(self) -> None:
        """Raise ValidationError when a field holds a value no alert may have."""
        problems: list[Problem] = []

        def bad(path: str, detail: str) -> None:
            problems.append(Problem(path, Code.INVALID, {"detail": detail}))

        if not self.alert_id or not self.list_code:
            bad("alert_id", "alert_id and list are required")
        if self.subject not in SUBJECTS:
            bad("subject", f"subject {self.subject!r} is not one of {', '.join(SUBJECTS)}")
        if self.action not in ACTION_PRIORITY:
            bad("action", f"action {self.action!r} is not one of {', '.join(ACTIONS)}")
        if self.sex and self.sex not in SEXES:
            bad("sex", f"sex {self.sex!r} is not M or F")
        for n, i in enumerate(self.identifiers):
            if i.kind not in IDENTIFIER_KINDS:
                bad(f"identifiers[{n}].kind", f"identifier kind {i.kind!r} is unknown")
        if not self.names and not self.identifiers:
            bad("names", "an alert needs a name or an identifier to match on")
        if problems:
            raise ValidationError(f"Alert {self.alert_id!r} is invalid.", problems)


def highest_priority(actions: list[str]) -> str:
    """The most urgent of several action codes (DOMAIN.md: show it, list the others)."""
    return min(actions, key=lambda a: ACTION_PRIORITY.get(a, len(ACTIONS)))
