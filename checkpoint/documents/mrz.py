"""ICAO Doc 9303 machine-readable zone (MRZ) parser.

A keyboard-wedge reader types the MRZ as 2 or 3 lines. :func:`parse_mrz` reads
them in any of the five layouts of Doc 9303 Parts 4–7:

====== ============== ===================================================
format lines × chars  document
====== ============== ===================================================
TD1    3 × 30         ID card (Part 5)
TD2    2 × 36         TD2 official travel document (Part 6)
TD3    2 × 44         passport (Part 4)
MRVA   2 × 44         visa, format A (Part 7); first character V
MRVB   2 × 36         visa, format B (Part 7); first character V
====== ============== ===================================================

Text that is not an MRZ at all (wrong number of lines, wrong lengths, lines of
two different layouts, characters outside A–Z, 0–9 and ``<``) raises
:class:`MrzError` with a sentence the officer can act on. A readable MRZ always
gives an :class:`MrzResult`, whose ``checks`` report every check digit and
whose ``problems`` report impossible contents (a 13th month, a digit in a
country code); ``valid`` is False when any of them failed. Bad check digits are
reported, never silently accepted and never turned into an exception.

Dates are ISO strings. A part that Doc 9303 marks unknown (``<<``; ``00`` is read
the same way, as many states print it) shortens the date: ``"1974-08"`` (day
unknown), ``"1974"`` (month unknown) or ``""`` (year unknown, or not a date).
Two-digit years: a birth year after the current two-digit year is 19YY, else
20YY; an expiry year is 20YY unless that is more than 50 years ahead (19YY).
"""

from __future__ import annotations

import datetime as dt
import string
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from checkpoint.errors import Code, Param, Problem, ValidationError

__all__ = ["CheckDigit", "MrzError", "MrzResult", "check_digit", "parse_mrz"]

_DIGITS_AND_LETTERS = string.digits + string.ascii_uppercase
_VALUES = {c: i for i, c in enumerate(_DIGITS_AND_LETTERS)} | {"<": 0}
_WEIGHTS = (7, 3, 1)
_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)

_LENGTH = {"TD1": 30, "TD2": 36, "TD3": 44, "MRVA": 44, "MRVB": 36}
_BY_LENGTH = {30: "TD1", 36: "TD2", 44: "TD3"}
_LINE_KIND = {
    "TD1": "an ID card (TD1) line",
    "TD2": "a TD2 document line",
    "TD3": "a passport (TD3) line",
    "MRVA": "a visa (MRV-A) line",
    "MRVB": "a visa (MRV-B) line",
}
_DOCUMENT = {"TD2": "a TD2 document", "TD3": "a passport (TD3)"}
_RESCAN = "Scan the machine-readable zone again."


class MrzError(ValidationError):
    """The text cannot be read as an MRZ: ``code`` and ``params`` say why (the first
    finding), ``problems`` lists every finding; ``str()`` is an English sentence."""

    def __init__(self, message: str, code: str, params: Mapping[str, Param] | None = None,
                 problems: Sequence[Problem] = ()) -> None:
        super().__init__(message, problems or [Problem("", code, params or {})],
                         code=code, params=params)


def check_digit(s: str) -> str:
    """The Doc 9303 check digit of ``s``: weights 7-3-1, ``<`` = 0, A = 10 … Z = 35.

    Lower-case ASCII letters count as capitals. Raises :class:`MrzError` for any
    other character that cannot appear in an MRZ.
    """
    total = 0
    for i, ch in enumerate(str(s).translate(_UPPER)):
        value = _VALUES.get(ch)
        if value is None:
            raise MrzError(
                f"{ch!r} cannot appear in a machine-readable zone, so it has no "
                "check-digit value (only A–Z, 0–9 and < do).",
                Code.MRZ_CHARACTER, {"line": 1, "position": i + 1, "character": _shown(ch)},
            )
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


@dataclass(frozen=True)
class CheckDigit:
    """One check digit: the ``value`` it covers, the digit ``expected`` and the one ``found``."""

    field: str
    value: str
    expected: str
    found: str
    ok: bool


@dataclass(frozen=True)
class MrzResult:
    """The fields of an MRZ, in the module's conventions (see the module docstring).

    ``optional_data`` is the optional data of line 1 (TD1) or line 2 (other
    formats), ``optional_data_2`` the optional data of TD1 line 2 (else "");
    both without filler at either end. ``document_code`` has its filler removed
    ("P<" → "P", "ID" stays). ``sex`` is "M", "F" or "X" (for ``<``).
    """

    format: str
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str
    sex: str
    expiry_date: str
    optional_data: str
    optional_data_2: str
    raw: tuple[str, ...]
    checks: tuple[CheckDigit, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def failed_checks(self) -> tuple[CheckDigit, ...]:
        """The check digits that do not match, in MRZ order."""
        return tuple(c for c in self.checks if not c.ok)

    @property
    def valid(self) -> bool:
        """True when every check digit matches and no field is impossible."""
        return not self.failed_checks and not self.problems


# --- reading the lines -------------------------------------------------------------


def _trim(line: str) -> str:
    """Strip whitespace and control characters (STX, ETX…) from both ends."""
    start, end = 0, len(line)
    while start < end and (line[start].isspace() or unicodedata.category(line[start]) == "Cc"):
        start += 1
    while end > start and (line[end - 1].isspace() or unicodedata.category(line[end - 1]) == "Cc"):
        end -= 1
    return line[start:end]


def _split(text: str) -> list[str]:
    if not isinstance(text, str):
        raise MrzError("The machine-readable zone must be given as text. " + _RESCAN,
                       Code.MRZ_NOTHING)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        raise MrzError(
            "The reader typed Cyrillic letters: the keyboard layout is not English. "
            "Switch the layout to English and scan the document again.",
            Code.MRZ_CYRILLIC,
        )
    lines = [_trim(line).translate(_UPPER) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise MrzError("Nothing was read. " + _RESCAN, Code.MRZ_NOTHING)
    return lines


def _detect(lines: list[str]) -> str:
    """The format of the lines; raises :class:`MrzError` when they fit none."""
    n = len(lines)
    if n == 1:
        raise MrzError(
            "Only one line was read; a machine-readable zone has 2 lines "
            "(passport, visa) or 3 (ID card). " + _RESCAN,
            Code.MRZ_LINE_COUNT, {"count": n},
        )
    if n > 3:
        raise MrzError(
            f"{n} lines were read; a machine-readable zone has 2 lines "
            "(passport, visa) or 3 (ID card). " + _RESCAN,
            Code.MRZ_LINE_COUNT, {"count": n},
        )
    kinds = [
        (i, _BY_LENGTH[len(line)]) for i, line in enumerate(lines, 1) if len(line) in _BY_LENGTH
    ]
    for (i, a), (j, b) in pairwise(kinds):
        if a != b:
            raise MrzError(
                f"Line {i} is {len(lines[i - 1])} characters, {_LINE_KIND[a]}, but line {j} "
                f"is {len(lines[j - 1])}, {_LINE_KIND[b]}: the lines come from different "
                "documents or scans. Scan the document again.",
                Code.MRZ_MIXED_LINES, {"line": i, "length": len(lines[i - 1]), "other_line": j,
                                       "other_length": len(lines[j - 1])},
            )
    if kinds:
        first, base = kinds[0]
    elif n == 3:
        first, base = 1, "TD1"
    else:
        raise MrzError(
            f"Line 1 is {len(lines[0])} characters; a machine-readable zone line "
            "has 44 (passport, TD3), 36 (TD2) or 30 (ID card, TD1). " + _RESCAN,
            Code.MRZ_LINE_LENGTH, {"line": 1, "length": len(lines[0])},
        )
    if base == "TD1" and n != 3:
        raise MrzError(
            f"Only {n} lines were read, but line {first} has 30 characters like an "
            "ID card (TD1), whose zone has 3 lines. " + _RESCAN,
            Code.MRZ_LINE_COUNT, {"count": n},
        )
    if base != "TD1" and n != 2:
        raise MrzError(
            f"{n} lines were read, but line {first} has {_LENGTH[base]} characters "
            f"like {_DOCUMENT[base]}, whose zone has 2 lines. " + _RESCAN,
            Code.MRZ_LINE_COUNT, {"count": n},
        )
    fmt = base
    if base != "TD1" and lines[0].startswith("V"):
        fmt = "MRVA" if base == "TD3" else "MRVB"
    for i, line in enumerate(lines, 1):
        if len(line) != _LENGTH[fmt]:
            raise MrzError(
                f"Line {i} is {len(line)} characters; {_LINE_KIND[fmt]} "
                f"has {_LENGTH[fmt]}. " + _RESCAN,
                Code.MRZ_LINE_LENGTH, {"line": i, "length": len(line)},
            )
    return fmt


def _describe(ch: str) -> str:
    if ch == " ":
        return "a space"
    if not ch.isprintable():
        return f"the control character U+{ord(ch):04X}"
    return repr(ch)


def _shown(ch: str) -> str:
    """A character as a message may quote it: itself, or its code point when unseen."""
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def _check_characters(lines: list[str]) -> None:
    bad = [(i, p, ch) for i, line in enumerate(lines, 1) for p, ch in enumerate(line, 1)
           if ch not in _VALUES]
    if bad:
        problems = [Problem("", Code.MRZ_CHARACTER,
                            {"line": i, "position": p, "character": _shown(ch)})
                    for i, p, ch in bad]
        i, p, ch = bad[0]
        raise MrzError(
            f"Line {i}, position {p} holds {_describe(ch)}, which cannot appear in a "
            "machine-readable zone (only A–Z, 0–9 and <). If the reader typed it, check "
            "that the keyboard layout is English (US).",
            Code.MRZ_CHARACTER, problems[0].params, problems)


# --- reading the fields ------------------------------------------------------------


def _words(raw: str) -> str:
    """MRZ name components with fillers as single spaces ("ANNA<MARIA<<<" → "ANNA MARIA")."""
    return " ".join(raw.replace("<", " ").split())


class _Fields:
    """Collects check digits and problems while the fields are read."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.checks: list[CheckDigit] = []
        self.problems: list[Problem] = []

    def _problem(self, field: str, code: str, **params: Param) -> None:
        self.problems.append(Problem(field, code, params))

    def check(self, field: str, value: str, found: str, *, filler_ok: bool = False) -> None:
        expected = check_digit(value)
        ok = found == expected or (filler_ok and found == "<" and set(value) <= {"<"})
        self.checks.append(CheckDigit(field, value, expected, found, ok))

    def code(self, field: str, raw: str) -> str:
        code = raw.rstrip("<")
        if not code.isalpha() and code:
            self._problem(field, Code.MRZ_NOT_LETTERS, value=raw)
        return code

    def sex(self, raw: str) -> str:
        if raw in ("M", "F", "X"):
            return raw
        if raw != "<":
            self._problem("sex", Code.MRZ_SEX, value=raw)
        return "X"

    def name(self, raw: str) -> tuple[str, str]:
        if any(ch.isdigit() for ch in raw):
            self._problem("name", Code.MRZ_NAME_DIGITS, value=raw.rstrip("<"))
        surname, _, given = raw.partition("<<")
        return _words(surname), _words(given)

    def date(self, field: str, raw: str, *, expiry: bool) -> str:
        parts = (raw[0:2], raw[2:4], raw[4:6])
        if not all(p.isdigit() or p == "<<" for p in parts):
            self._problem(field, Code.MRZ_DATE, value=raw)
            return ""
        yy, mm, dd = parts
        if yy == "<<":
            return ""
        year = self._century(int(yy), expiry=expiry)
        if mm in ("<<", "00"):
            return f"{year:04d}"
        if not 1 <= int(mm) <= 12:
            self._problem(field, Code.MRZ_MONTH, value=raw, month=mm)
            return ""
        if dd in ("<<", "00"):
            return f"{year:04d}-{mm}"
        try:
            return dt.date(year, int(mm), int(dd)).isoformat()
        except ValueError:
            self._problem(field, Code.MRZ_DAY, value=raw, day=dd, month=mm)
            return ""

    def _century(self, yy: int, *, expiry: bool) -> int:
        this_year = self.today.year
        year = this_year // 100 * 100 + yy
        if expiry:
            if year - this_year > 50:
                year -= 100
            elif this_year - year > 50:
                year += 100
        elif year > this_year:
            year -= 100
        return year

    def number(
        self, principal: str, found: str, optional: str, *, long_ok: bool
    ) -> tuple[str, str]:
        """The document number and what is left of ``optional``.

        With ``long_ok`` (TD1, TD2) a ``<`` in the check-digit position means a
        number longer than 9 characters: the rest of it, then its check digit,
        open the optional data (Doc 9303 Part 5, 4.2.2; Part 6, 4.2.2).
        """
        overflow = optional.split("<", 1)[0]
        if long_ok and found == "<" and overflow and "<" not in principal:
            number = principal + overflow[:-1]
            self.check("document_number", number, overflow[-1])
            return number, optional[len(overflow) :]
        self.check("document_number", principal, found)
        number = principal.rstrip("<")
        if "<" in number:
            self._problem("document_number", Code.MRZ_NUMBER_FILLER, value=principal)
        return number, optional


def _td1(lines: list[str], f: _Fields) -> MrzResult:
    l1, l2, l3 = lines
    number, optional = f.number(l1[5:14], l1[14], l1[15:30], long_ok=True)
    birth = f.date("birth_date", l2[0:6], expiry=False)
    f.check("birth_date", l2[0:6], l2[6])
    sex = f.sex(l2[7])
    expiry = f.date("expiry_date", l2[8:14], expiry=True)
    f.check("expiry_date", l2[8:14], l2[14])
    f.check("composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    surname, given = f.name(l3)
    return MrzResult(
        format="TD1", document_code=f.code("document_code", l1[0:2]),
        issuing_state=f.code("issuing_state", l1[2:5]), surname=surname, given_names=given,
        document_number=number, nationality=f.code("nationality", l2[15:18]),
        birth_date=birth, sex=sex, expiry_date=expiry, optional_data=optional.strip("<"),
        optional_data_2=l2[18:29].strip("<"), raw=tuple(lines),
        checks=tuple(f.checks), problems=tuple(f.problems),
    )  # fmt: skip


def _two_lines(fmt: str, lines: list[str], f: _Fields) -> MrzResult:
    l1, l2 = lines
    width = _LENGTH[fmt]
    # TD3 and TD2 end with a composite digit; TD3 also checks its optional data.
    end = {"TD3": 42, "TD2": 35}.get(fmt, width)
    number, optional = f.number(l2[0:9], l2[9], l2[28:end], long_ok=fmt == "TD2")
    birth = f.date("birth_date", l2[13:19], expiry=False)
    f.check("birth_date", l2[13:19], l2[19])
    sex = f.sex(l2[20])
    expiry = f.date("expiry_date", l2[21:27], expiry=True)
    f.check("expiry_date", l2[21:27], l2[27])
    if fmt == "TD3":
        f.check("optional_data", l2[28:42], l2[42], filler_ok=True)
    if fmt in ("TD3", "TD2"):
        f.check("composite", l2[0:10] + l2[13:20] + l2[21 : width - 1], l2[width - 1])
    surname, given = f.name(l1[5:])
    return MrzResult(
        format=fmt, document_code=f.code("document_code", l1[0:2]),
        issuing_state=f.code("issuing_state", l1[2:5]), surname=surname, given_names=given,
        document_number=number, nationality=f.code("nationality", l2[10:13]),
        birth_date=birth, sex=sex, expiry_date=expiry, optional_data=optional.strip("<"),
        optional_data_2="", raw=tuple(lines), checks=tuple(f.checks),
        problems=tuple(f.problems),
    )  # fmt: skip


def parse_mrz(text: str, *, today: dt.date | None = None) -> MrzResult:
    """Read the MRZ that a reader typed into ``text``.

    Lines may be separated by ``\\n``, ``\\r\\n`` or ``\\r``; blank lines,
    surrounding whitespace and control characters are ignored and lower-case
    letters are read as capitals. ``today`` (default: the local date) decides
    the century of two-digit years.

    Raises :class:`MrzError` when the text is not a readable MRZ. Check-digit
    failures and impossible dates do not raise: they are in the result.
    """
    lines = _split(text)
    fmt = _detect(lines)
    _check_characters(lines)
    fields = _Fields(today or dt.date.today())
    if fmt == "TD1":
        return _td1(lines, fields)
    return _two_lines(fmt, lines, fields)
