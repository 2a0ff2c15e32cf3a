"""Country codes as travel documents and customs records use them.

:func:`validate_country` accepts ISO 3166-1 alpha-3 codes (from ``pycountry``)
and the codes ICAO Doc 9303 Part 3 adds for travel documents: ``D`` (Germany),
the British nationality classes ``GBD GBN GBO GBP GBS``, ``RKS`` (Kosovo, as
printed in its passports), the organizations ``EUE UNO UNA UNK XBA XCC XCE XCO
XDC XEC XES XIM XMP XOM XPO`` and the status codes ``XXA`` (stateless), ``XXB``
and ``XXC`` (refugees) and ``XXX`` (unspecified nationality). The ICAO specimen
state ``UTO`` (Utopia) is accepted only with ``allow_specimen=True``.
:func:`is_alpha2` answers whether a two-letter code is ISO 3166-1 alpha-2 (EORI).
"""

from __future__ import annotations

from collections.abc import Mapping

import pycountry

from checkpoint.errors import Code, ValidationError

__all__ = ["ICAO_CODES", "country_name", "is_alpha2", "validate_country"]

ICAO_CODES: Mapping[str, str] = {
    "D": "Germany",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
    "RKS": "Kosovo",
    "EUE": "European Union",
    "UNO": "United Nations Organization",
    "UNA": "Specialized agency of the United Nations",
    "UNK": "Resident of Kosovo (UNMIK travel document)",
    "XBA": "African Development Bank",
    "XCC": "Caribbean Community (CARICOM)",
    "XCE": "Council of Europe",
    "XCO": "Common Market for Eastern and Southern Africa (COMESA)",
    "XDC": "Southern African Development Community (SADC)",
    "XEC": "Economic Community of West African States (ECOWAS)",
    "XES": "Organisation of Eastern Caribbean States (OECS)",
    "XIM": "African Export-Import Bank (Afreximbank)",
    "XMP": "Parliamentary Assembly of the Mediterranean",
    "XOM": "Sovereign Military Order of Malta",
    "XPO": "INTERPOL",
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Unspecified nationality",
}
SPECIMEN_CODE = "UTO"
_SPECIMEN_NAME = "Utopia (ICAO specimen)"


def _clean(code: str) -> str:
    text = str(code).strip().rstrip("<")
    return "".join(ch.upper() if ch.isascii() else ch for ch in text)


def _name(code: str) -> str | None:
    if code in ICAO_CODES:
        return ICAO_CODES[code]
    if len(code) == 3 and code.isascii() and code.isalpha():
        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            return str(country.name)
    return None


def validate_country(code: str, *, allow_specimen: bool = False) -> str:
    """Return the upper-case country code (MRZ filler ``<`` at the end is dropped).

    Raises :class:`~checkpoint.errors.ValidationError` for anything that is not an
    ISO 3166-1 alpha-3 code or an ICAO travel-document code (see the module
    docstring); for a two-letter ISO code the message names the three-letter one.
    """
    text = _clean(code)
    if not text:
        raise ValidationError("No country code was given.", code=Code.MISSING)
    if text == SPECIMEN_CODE and allow_specimen:
        return text
    if _name(text) is not None:
        return text
    if text == SPECIMEN_CODE:
        raise ValidationError("UTO (Utopia) is the ICAO specimen state, not a real country.",
                              code=Code.COUNTRY_SPECIMEN, params={"value": text})
    two_letter = pycountry.countries.get(alpha_2=text) if is_alpha2(text) else None
    if two_letter is not None:
        raise ValidationError(
            f"{text} is a two-letter code; use the three-letter code {two_letter.alpha_3}.",
            code=Code.COUNTRY_ALPHA2, params={"value": text, "alpha3": two_letter.alpha_3})
    raise ValidationError(f"{text!r} is not an ISO 3166-1 alpha-3 or ICAO country code.",
                          code=Code.COUNTRY_UNKNOWN, params={"value": text})


def country_name(code: str) -> str:
    """The English name for a code :func:`validate_country` accepts, or for UTO.

    Raises :class:`~checkpoint.errors.ValidationError` for an unknown code.
    """
    text = _clean(code)
    if text == SPECIMEN_CODE:
        return _SPECIMEN_NAME
    name = _name(text)
    if name is None:
        raise ValidationError(f"{text!r} is not an ISO 3166-1 alpha-3 or ICAO country code.",
                              code=Code.COUNTRY_UNKNOWN, params={"value": text})
    return name


def is_alpha2(code: str) -> bool:
    """True when ``code`` (any case) is an ISO 3166-1 alpha-2 country code. Never raises."""
    text = str(code).strip().upper()
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        return False
    return pycountry.countries.get(alpha_2=text) is not None
