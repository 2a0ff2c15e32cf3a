"""Identifier keys: the one normalized form an identifier is indexed and looked up under.

Both sides (the alert when it is indexed, the typed or scanned value when it is
screened) go through :func:`identifier_key`, so equal keys mean the same identifier
however it was written:

- every kind: upper case, spaces, hyphens, dots, slashes and MRZ fillers ``<`` dropped,
  and Cyrillic letters that look like Latin ones folded to Latin (А→A, В→B, Е→E, К→K,
  М→M, Н→H, О→O, Р→P, С→C, Т→T, У→Y, Х→X, І→I…), since plates and document series
  are typed in either script (Ukrainian plates use only those letters);
- ``vin``: I, O, Q never occur in a VIN, so a typed I is read as 1 and O, Q as 0;
- ``container``: ISO 6346 compact form (``stdnum.iso6346``); the check digit is not
  required to match (a list may hold a mistyped number; the officer sees it);
- ``imo``: the 7 digits, without an ``IMO`` prefix.

The country (issuing state, plate country, flag) is kept beside the key, not in it:
a document number listed without its state still matches, and the explanation says
whether the state was compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import iso6346

__all__ = ["IdentifierKey", "identifier_key", "normalize_country"]

_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ї": "I", "Ј": "J",
    "Ѕ": "S", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})  # fmt: skip
_SEPARATORS = re.compile(r"[\s\-./<_]+")
_VIN_FOLD = str.maketrans({"I": "1", "O": "0", "Q": "0"})
MAX_LENGTH = 40


@dataclass(frozen=True)
class IdentifierKey:
    kind: str
    key: str  # what the index holds
    country: str  # alpha-3 or ""


def _fold(value: str) -> str:
    text = _SEPARATORS.sub("", str(value).upper()).translate(_LOOKALIKES)
    return "".join(ch for ch in text if ch.isalnum())[:MAX_LENGTH]


def identifier_key(kind: str, value: str, country: str = "") -> IdentifierKey | None:
    """The index key of an identifier, or None when nothing usable is left. Never raises."""
    text = _fold(value)
    if kind == "vin":
        text = text.translate(_VIN_FOLD)
    elif kind == "container":
        text = iso6346.compact(text) if text else text
    elif kind == "imo":
        text = text.removeprefix("IMO")
        if not text.isdigit():
            return None
    if len(text) < 2 or not text.isascii():
        return None
    return IdentifierKey(kind, text, normalize_country(country))


def normalize_country(code: str) -> str:
    """Upper-case alpha-3 (MRZ ``D`` → ``DEU``; fillers dropped); "" when not 3 letters."""
    text = str(code or "").strip().rstrip("<").upper()
    if text == "D":
        return "DEU"
    return text if len(text) == 3 and text.isascii() and text.isalpha() else ""
