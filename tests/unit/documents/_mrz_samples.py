"""ICAO Doc 9303 specimens and a builder of MRZs with correct check digits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checkpoint.documents import check_digit

#: The parse date used by the tests, so that century decisions never drift.
TODAY = dt.date(2026, 6, 15)

TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2 = (
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
)
MRVA = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
)
MRVB = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "L8988901C4XXX4009078F9612109<<<<<<<<",
)
SPECIMENS = {"TD3": TD3, "TD1": TD1, "TD2": TD2, "MRVA": MRVA, "MRVB": MRVB}

# (line index, start, end) of the document number and the two dates, per format.
FIELD_SPANS = {
    "TD1": {"document_number": (0, 5, 14), "birth_date": (1, 0, 6), "expiry_date": (1, 8, 14)},
    **{
        fmt: {"document_number": (1, 0, 9), "birth_date": (1, 13, 19), "expiry_date": (1, 21, 27)}
        for fmt in ("TD2", "TD3", "MRVA", "MRVB")
    },
}


@dataclass(frozen=True)
class Fields:
    """What a generated MRZ holds, in the parser's conventions."""

    fmt: str
    code: str  # one or two letters
    state: str  # one to three letters
    surname: tuple[str, ...]
    given: tuple[str, ...]
    number: str  # 1-9 characters A-Z0-9
    nationality: str
    birth: dt.date
    sex: str  # M, F or <
    expiry: dt.date
    optional: str  # A-Z0-9, no filler


def _yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def build(f: Fields) -> tuple[str, ...]:
    """The MRZ lines of ``f`` with every check digit right."""
    width = {"TD1": 30, "TD2": 36, "TD3": 44, "MRVA": 44, "MRVB": 36}[f.fmt]
    code = f.code.ljust(2, "<")
    state, nationality = f.state.ljust(3, "<"), f.nationality.ljust(3, "<")
    name = "<".join(f.surname) + ("<<" + "<".join(f.given) if f.given else "")
    number = f.number.ljust(9, "<")
    birth, expiry = _yymmdd(f.birth), _yymmdd(f.expiry)
    if f.fmt == "TD1":
        l1 = f"{code}{state}{number}{check_digit(number)}" + f.optional.ljust(15, "<")
        l2 = f"{birth}{check_digit(birth)}{f.sex}{expiry}{check_digit(expiry)}{nationality}"
        l2 += "<" * 11
        l2 += check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
        return (l1, l2, name.ljust(30, "<"))
    l1 = f"{code}{state}" + name.ljust(width - 5, "<")
    l2 = f"{number}{check_digit(number)}{nationality}{birth}{check_digit(birth)}{f.sex}"
    l2 += f"{expiry}{check_digit(expiry)}"
    if f.fmt == "TD3":
        optional = f.optional.ljust(14, "<")
        l2 += optional + check_digit(optional)
    elif f.fmt == "TD2":
        l2 += f.optional.ljust(7, "<")
    else:  # visas: optional data to the end of the line, no composite digit
        l2 += f.optional.ljust(width - 28, "<")
    if f.fmt in ("TD3", "TD2"):
        l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:])
    return (l1, l2)
