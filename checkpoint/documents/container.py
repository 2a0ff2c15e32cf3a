"""ISO 6346 freight container numbers (owner code, category, serial, check digit).

:func:`validate_container` returns the compact form (``CSQU3054383``) or raises
:class:`~checkpoint.errors.ValidationError` naming what is wrong. The check digit
itself is computed by ``stdnum.iso6346``; this module only explains the failures.
"""

from __future__ import annotations

import re

from stdnum import iso6346
from stdnum.exceptions import ValidationError as StdnumValidationError

from checkpoint.errors import Code, ValidationError

__all__ = ["validate_container"]

_SEPARATORS = re.compile(r"[\s\-./]+")
_CATEGORIES = "UJZR"


def _compact(number: str) -> str:
    text = _SEPARATORS.sub("", str(number))
    return "".join(ch.upper() if ch.isascii() else ch for ch in text)


def validate_container(number: str) -> str:
    """Check an ISO 6346 container number and return it compact and upper-case.

    Spaces, hyphens, dots and slashes are ignored. Raises
    :class:`~checkpoint.errors.ValidationError` when the length, the owner code
    (3 letters), the category letter (U freight container, J detachable
    equipment, Z trailer or chassis; R is also accepted, as ``stdnum`` does),
    the serial number (6 digits) or the check digit is wrong; for the check
    digit the message says which digit was expected.
    """
    text = _compact(number)
    if not text:
        raise ValidationError("No container number was given.", code=Code.MISSING)
    if len(text) != 11:
        raise ValidationError(
            f"The container number {text} has {len(text)} characters; an ISO 6346 number "
            "has 11 (owner code, category letter, 6-digit serial, check digit).",
            code=Code.CONTAINER_FORM, params={"value": text})
    owner, category, serial, digit = text[:3], text[3], text[4:10], text[10]
    if not re.fullmatch(r"[A-Z]{3}", owner):
        raise ValidationError(
            f"The container number {text} must start with a 3-letter owner code, not {owner!r}.",
            code=Code.CONTAINER_FORM, params={"value": text})
    if category not in _CATEGORIES:
        raise ValidationError(
            f"The container number {text} has {category!r} as its 4th character; the category "
            "letter must be U (freight container), J (detachable equipment) "
            "or Z (trailer, chassis).",
            code=Code.CONTAINER_CATEGORY, params={"value": text, "category": category})
    if not re.fullmatch(r"[0-9]{6}", serial):
        raise ValidationError(
            f"The container number {text} must have a 6-digit serial number after "
            f"{owner}{category}, not {serial!r}.",
            code=Code.CONTAINER_FORM, params={"value": text})
    expected = iso6346.calc_check_digit(text[:10])
    if not digit.isdigit() or digit != expected:
        raise ValidationError(
            f"The container number {text} has check digit {digit}; it should be {expected}. "
            "Compare the number with the one on the container.",
            code=Code.CONTAINER_CHECK, params={"value": text, "found": digit, "expected": expected})
    try:
        return str(iso6346.validate(text))
    except StdnumValidationError as e:  # should not happen once the checks above pass
        raise ValidationError(f"The container number {text} is not valid: {e}.",
                              code=Code.CONTAINER_FORM, params={"value": text}) from e
