"""Letters that look alike in the Latin, Cyrillic and Greek scripts, folded to Latin.

Plates, document numbers, VINs and container numbers are Latin letters and digits, but
an officer on a Ukrainian keyboard layout types ``АА 1234 ВК`` for the plate
``AA 1234 BK`` (Ukrainian plates use exactly the twelve letters common to both
scripts), and a hand-typed record may hold the Cyrillic form. Identifier keys are
folded at index and at query time so either form finds the other. Names are never
folded this way (they are transliterated: :func:`checkpoint.documents.name_key`).
"""

from __future__ import annotations

#: upper-case look-alikes and the Latin letter they are taken for
LOOKALIKES: dict[str, str] = {
    # Cyrillic (Ukrainian, Russian, Belarusian, Bulgarian, Serbian, Macedonian)
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q",
    "Ԝ": "W",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
_TABLE = str.maketrans(LOOKALIKES)


def fold_lookalikes(text: str) -> str:
    """``text`` in upper case with every look-alike letter replaced by its Latin twin."""
    return text.upper().translate(_TABLE)
