"""ISO 4217 currency codes, from ``pycountry``."""

from __future__ import annotations

import pycountry

from checkpoint.errors import Code, ValidationError

__all__ = ["currency_name", "validate_currency"]


def _lookup(code: str) -> tuple[str, str]:
    text = str(code).strip().upper()
    if not text:
        raise ValidationError("No currency code was given.", code=Code.MISSING)
    if len(text) != 3 or not text.isascii() or not text.isalpha():
        raise ValidationError(f"The currency code {text!r} must be 3 letters (ISO 4217), e.g. EUR.",
                              code=Code.CURRENCY_FORM, params={"value": text})
    currency = pycountry.currencies.get(alpha_3=text)
    if currency is None:
        raise ValidationError(f"{text} is not an ISO 4217 currency code.",
                              code=Code.CURRENCY_UNKNOWN, params={"value": text})
    return text, str(currency.name)


def validate_currency(code: str) -> str:
    """Return the upper-case ISO 4217 alphabetic code; raise ValidationError if unknown."""
    return _lookup(code)[0]


def currency_name(code: str) -> str:
    """The English name of a currency ("EUR" → "Euro"); raise ValidationError if unknown."""
    return _lookup(code)[1]
