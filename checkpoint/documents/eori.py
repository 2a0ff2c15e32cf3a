"""Economic Operators Registration and Identification (EORI) numbers.

Format only: an ISO 3166-1 alpha-2 country code (or XI, Northern Ireland) then
1 to 15 letters or digits, e.g. ``DE1234567890123``.
"""

from __future__ import annotations

import re

from checkpoint.documents.countries import is_alpha2
from checkpoint.errors import Code, ValidationError

__all__ = ["validate_eori"]

_SPACES = re.compile(r"\s+")


def validate_eori(number: str) -> str:
    """Return the EORI number compact and upper-case.

    Spaces are ignored. Raises :class:`~checkpoint.errors.ValidationError` when
    the prefix is not an alpha-2 country code (or XI), or when it is not followed
    by 1–15 letters or digits.
    """
    text = _SPACES.sub("", str(number))
    text = "".join(ch.upper() if ch.isascii() else ch for ch in text)
    if not text:
        raise ValidationError("No EORI number was given.", code=Code.MISSING)
    prefix, rest = text[:2], text[2:]
    if not (prefix == "XI" or is_alpha2(prefix)):
        raise ValidationError(
            f"The EORI number {text} must start with a two-letter country code "
            f"(e.g. DE, FR, XI), not {prefix!r}.",
            code=Code.EORI_COUNTRY, params={"value": text})
    if not rest:
        raise ValidationError(
            f"The EORI number {text} has nothing after the country code {prefix}.",
            code=Code.EORI_FORM, params={"value": text})
    if len(rest) > 15:
        raise ValidationError(
            f"The EORI number {text} has {len(rest)} characters after {prefix}; "
            "at most 15 are allowed.",
            code=Code.EORI_FORM, params={"value": text})
    if not re.fullmatch(r"[A-Z0-9]+", rest):
        raise ValidationError(
            f"After the country code, the EORI number {text} may hold only letters A–Z and digits.",
            code=Code.EORI_FORM, params={"value": text})
    return text
