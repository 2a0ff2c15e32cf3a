"""Harmonized System (HS) goods classification codes.

:func:`validate_hs` checks the format only: 6 digits (international subheading),
8 or 10 digits (national subdivisions), in a chapter that exists (01–97, not 77).
Whether the code is in the tariff is for the local tariff table from HQ.
"""

from __future__ import annotations

import re

from checkpoint.errors import Code, ValidationError

__all__ = ["validate_hs"]

_SEPARATORS = re.compile(r"[\s.]+")


def validate_hs(code: str) -> str:
    """Return the HS code as bare digits ("8471.30.00" → "84713000").

    Dots and spaces are ignored. Raises :class:`~checkpoint.errors.ValidationError`
    when anything but digits remains, when there are not 6, 8 or 10 digits, or
    when the chapter (first two digits) is not 01–97 or is the reserved 77.
    """
    text = _SEPARATORS.sub("", str(code))
    if not text:
        raise ValidationError("No HS code was given.", code=Code.MISSING)
    if not re.fullmatch(r"[0-9]+", text):
        raise ValidationError(f"The HS code {text!r} may hold only digits (and dots or spaces).",
                              code=Code.HS_FORM, params={"value": text})
    if len(text) not in (6, 8, 10):
        raise ValidationError(
            f"The HS code {text} has {len(text)} digits; give 6 (international subheading), "
            "8 or 10 (national subdivision).",
            code=Code.HS_LENGTH, params={"value": text, "digits": len(text)})
    chapter = int(text[:2])
    if not 1 <= chapter <= 97 or chapter == 77:
        raise ValidationError(
            f"The HS code {text} is in chapter {text[:2]}, which does not exist "
            "(chapters run from 01 to 97, and 77 is reserved).",
            code=Code.HS_CHAPTER, params={"value": text, "chapter": text[:2]})
    return text
