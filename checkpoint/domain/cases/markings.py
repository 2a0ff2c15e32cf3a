"""Markings on hits, cases and referrals (DOMAIN.md).

Europol handling codes say what the receiver may do with the information:
H0 use only to fight crime; H1 not in judicial proceedings without the provider's
consent; H2 not to be passed on without consent; H3 other restrictions (spelled out).
The 4x4 evaluation grades the source (A always reliable, B mostly, C not, X cannot be
judged) and the information (1 known true, 2 known personally to the source, 3 not
known personally but corroborated, 4 cannot be judged).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, Problem, path


class HandlingCode(StrEnum):
    H0 = "H0"
    H1 = "H1"
    H2 = "H2"
    H3 = "H3"


class SourceGrade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    X = "X"


class InformationGrade(StrEnum):
    KNOWN_TRUE = "1"
    KNOWN_TO_SOURCE = "2"
    CORROBORATED = "3"
    UNKNOWN = "4"


@dataclass(frozen=True, slots=True)
class Marking(FromDocument):
    handling_code: HandlingCode = HandlingCode.H0
    restrictions: str | None = None
    source: SourceGrade = SourceGrade.X
    information: InformationGrade = InformationGrade.UNKNOWN

    @property
    def evaluation(self) -> str:
        """The 4x4 grade as written on a page, e.g. ``B2``."""
        return f"{self.source.value}{self.information.value}"

    def to_document(self) -> dict[str, Any]:
        return {"handling_code": self.handling_code.value, "restrictions": self.restrictions,
                "source": self.source.value, "information": self.information.value}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(handling_code=r.enum("handling_code", HandlingCode),
                   restrictions=r.opt_text("restrictions"),
                   source=r.enum("source", SourceGrade),
                   information=r.enum("information", InformationGrade))


def marking_problems(marking: Marking, where: str = "marking") -> list[Problem]:
    """H3 needs its restrictions spelled out (``marking.restrictions``)."""
    if marking.handling_code is HandlingCode.H3 and not (marking.restrictions or "").strip():
        return [Problem(path(where, "restrictions"), Code.H3_RESTRICTIONS)]
    return []
