"""Movement Reference Numbers (MRN) of customs declarations (EU Customs Code, NCTS).

An MRN has 18 characters: two digits of the year, the ISO 3166-1 alpha-2 code of
the declaring country, 12 letters or digits, a procedure letter and a check
character (``25UA205050000123E0``). :func:`validate_mrn` checks that form; it does
not check the last character, whose algorithm differs between customs systems.
"""

from __future__ import annotations

import re

from checkpoint.errors import Code, ValidationError

__all__ = ["MRN_RE", "validate_mrn"]

#: Year, country, then 14 letters or digits.
MRN_RE = re.compile(r"^[0-9]{2}[A-Z]{2}[A-Z0-9]{14}$")


def validate_mrn(mrn: str) -> str:
    """Return the MRN stripped and upper-case.

    Raises :class:`~checkpoint.errors.ValidationError` (code ``mrn.form``, or
    ``missing`` when empty) unless it has the 18-character form.
    """
    text = str(mrn).strip().upper()
    if not text:
        raise ValidationError("No MRN was given.", code=Code.MISSING)
    if MRN_RE.fullmatch(text) is None:
        raise ValidationError(f"{text!r} is not an 18-character MRN like 25UA205050000123E0.",
                              code=Code.MRN_FORM, params={"value": text})
    return text
