"""ISO 3779 vehicle identification numbers (VIN).

:func:`validate_vin` accepts 17 characters of A–Z and 0–9 without I, O and Q.
Position 9 is a check digit that only North America requires (WMI starting
1–5: USA, Canada, Mexico): there a wrong one is an error; elsewhere it is often
not a check digit at all, so a mismatch is only a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkpoint.errors import Code, ValidationError

__all__ = ["VinResult", "validate_vin", "vin_check_digit"]

_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}  # fmt: skip
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class VinResult:
    """A VIN that passed, in compact upper case, with any ``warnings`` for the officer."""

    vin: str
    warnings: tuple[str, ...]


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / 49 CFR 565 check digit of a 17-character VIN ("0"–"9" or "X").

    Raises :class:`~checkpoint.errors.ValidationError` unless ``vin`` is 17 characters
    of A–Z (without I, O, Q) and 0–9, upper case.
    """
    if len(vin) != 17 or any(ch not in _VALUES for ch in vin):
        raise ValidationError(f"{vin!r} is not 17 VIN characters, so it has no check digit.")
    total = sum(_VALUES[ch] * w for ch, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def validate_vin(vin: str) -> VinResult:
    """Check a VIN; spaces and hyphens are ignored and letters read as capitals.

    Raises :class:`~checkpoint.errors.ValidationError` when it is not 17 characters,
    holds a character other than A–Z and 0–9, holds I, O or Q, or is a North
    American VIN whose check digit (position 9) is wrong.
    """
    text = _SEPARATORS.sub("", str(vin))
    text = "".join(ch.upper() if ch.isascii() else ch for ch in text)
    if not text:
        raise ValidationError("No VIN was given.", code=Code.MISSING)
    if len(text) != 17:
        raise ValidationError(f"The VIN {text} has {len(text)} characters; a VIN has 17.",
                              code=Code.VIN_LENGTH, params={"value": text, "length": len(text)})
    for pos, ch in enumerate(text, 1):
        if ch in "IOQ":
            raise ValidationError(
                f"The VIN {text} has {ch} at position {pos}; VINs never use I, O or Q "
                f"(read {'1' if ch == 'I' else '0'} instead?).",
                code=Code.VIN_LETTER, params={"value": text, "letter": ch, "position": pos})
        if ch not in _VALUES:
            raise ValidationError(
                f"The VIN {text} has {ch!r} at position {pos}; a VIN holds only A–Z and 0–9.",
                code=Code.VIN_CHARACTER, params={"value": text, "letter": ch, "position": pos})
    expected = vin_check_digit(text)
    found = text[8]
    if found == expected:
        return VinResult(text, ())
    if text[0] in "12345":
        raise ValidationError(
            f"The VIN {text} has check digit {found} at position 9; it should be {expected}. "
            "North American VINs must carry a correct check digit: compare it with the vehicle.",
            code=Code.VIN_CHECK, params={"value": text, "found": found, "expected": expected})
    return VinResult(text, (
        f"Position 9 of the VIN is {found}, not the check digit {expected}. Outside North "
        "America that is allowed, but compare the VIN with the one on the vehicle.",
    ))  # fmt: skip
