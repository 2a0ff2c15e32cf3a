"""Identifiers of travel documents, goods and operators: parse, validate, normalize.

Pure functions with no I/O and no Qt; invalid input raises
:class:`checkpoint.errors.ValidationError` (or its subclass :class:`MrzError`)
with a sentence an officer can act on.

- :mod:`.mrz` — ICAO Doc 9303 MRZ: :func:`parse_mrz`, :class:`MrzResult`,
  :class:`CheckDigit`, :func:`check_digit`, :class:`MrzError`
- :mod:`.translit` — names: :func:`icao_transliterate`, :func:`mrz_name_field`,
  :func:`name_key`, :func:`name_variants`
- :mod:`.container` — ISO 6346: :func:`validate_container`
- :mod:`.vin` — ISO 3779: :func:`validate_vin`, :class:`VinResult`, :func:`vin_check_digit`
- :mod:`.hs` — Harmonized System: :func:`validate_hs`
- :mod:`.countries` — ISO 3166-1 alpha-3 and ICAO codes: :func:`validate_country`,
  :func:`country_name`, :func:`is_alpha2`
- :mod:`.currencies` — ISO 4217: :func:`validate_currency`, :func:`currency_name`
- :mod:`.eori` — EORI numbers: :func:`validate_eori`
- :mod:`.mrn` — customs declaration MRNs: :func:`validate_mrn`
"""

from checkpoint.documents.container import validate_container
from checkpoint.documents.countries import country_name, is_alpha2, validate_country
from checkpoint.documents.currencies import currency_name, validate_currency
from checkpoint.documents.eori import validate_eori
from checkpoint.documents.hs import validate_hs
from checkpoint.documents.mrn import validate_mrn
from checkpoint.documents.mrz import CheckDigit, MrzError, MrzResult, check_digit, parse_mrz
from checkpoint.documents.translit import (
    icao_transliterate,
    mrz_name_field,
    name_key,
    name_variants,
)
from checkpoint.documents.vin import VinResult, validate_vin, vin_check_digit

__all__ = [
    "CheckDigit",
    "MrzError",
    "MrzResult",
    "VinResult",
    "check_digit",
    "country_name",
    "currency_name",
    "icao_transliterate",
    "is_alpha2",
    "mrz_name_field",
    "name_key",
    "name_variants",
    "parse_mrz",
    "validate_container",
    "validate_country",
    "validate_currency",
    "validate_eori",
    "validate_hs",
    "validate_mrn",
    "validate_vin",
    "vin_check_digit",
]
