"""Letter tables behind :mod:`checkpoint.documents.translit`.

Keys are upper-case letters (the text is NFC-normalized and upper-cased before
lookup); values are upper-case A–Z strings, possibly empty.

- ``ICAO_CYRILLIC``: ICAO Doc 9303 Part 3, transliteration of Cyrillic characters
  (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian letters).
- ``ICAO_LATIN``: ICAO Doc 9303 Part 3, multinational Latin-based characters that
  do not simply lose an accent (Ä→AE, Å→AA, Ø→OE, Þ→TH…). Every other accented
  Latin letter is reduced to its base letter by Unicode decomposition.
- ``GREEK``: ELOT 743 (the Greek passport scheme), simplified; Doc 9303 has no
  Greek table, and without one a Greek name would have no Latin key at all.
- ``*_OVERRIDES``: how other schemes differ from ICAO, used only to build search
  variants (:func:`checkpoint.documents.translit.name_variants`).
"""

from __future__ import annotations

from collections.abc import Mapping

ICAO_CYRILLIC: Mapping[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Ђ": "D", "Ѓ": "G",
    "Е": "E", "Ё": "E", "Є": "IE", "Ж": "ZH", "З": "Z", "Ѕ": "DZ", "И": "I", "І": "I",
    "Ї": "I", "Й": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "LJ", "М": "M", "Н": "N",
    "Њ": "NJ", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "C", "Ќ": "K",
    "У": "U", "Ў": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Џ": "DZ", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
}  # fmt: skip

ICAO_LATIN: Mapping[str, str] = {
    "Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ẞ": "SS",
    "Þ": "TH", "Ð": "D", "Đ": "D", "Ħ": "H", "Ł": "L", "Ŧ": "T", "Ŋ": "N", "Œ": "OE",
    "Ĳ": "IJ", "Ŀ": "L", "Ə": "A", "ı": "I",
}  # fmt: skip

GREEK: Mapping[str, str] = {
    "Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH",
    "Ι": "I", "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P",
    "Ρ": "R", "Σ": "S", "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "CH", "Ψ": "PS", "Ω": "O",
}  # fmt: skip

BASE: Mapping[str, str] = {**ICAO_CYRILLIC, **ICAO_LATIN, **GREEK}

# Latin letters written without the ICAO expansion (Müller → MULLER), as many
# databases and older documents hold them.
PLAIN_LATIN_OVERRIDES: Mapping[str, str] = {
    "Ä": "A", "Å": "A", "Ö": "O", "Ø": "O", "Ü": "U",
}  # fmt: skip

# Ukraine, Cabinet of Ministers resolution No 55 of 27 January 2010 (context rules
# for word-initial Є Ї Й Ю Я and for ЗГ live in translit.py).
UA_2010_OVERRIDES: Mapping[str, str] = {
    "Г": "H", "И": "Y", "Є": "IE", "Ї": "I", "Й": "I", "Ю": "IU", "Я": "IA",
}  # fmt: skip
UA_2010_INITIAL: Mapping[str, str] = {"Є": "YE", "Ї": "YI", "Й": "Y", "Ю": "YU", "Я": "YA"}

# Russian internal-affairs ministry passports, 1997–2010.
RU_1997_OVERRIDES: Mapping[str, str] = {
    "Й": "Y", "Ъ": "", "Ю": "YU", "Я": "YA",
}  # fmt: skip

# Russian migration service passports, 2010–2013 (Ц → TC is its hallmark).
RU_2010_OVERRIDES: Mapping[str, str] = {"Ц": "TC", "Ъ": ""}

# BGN/PCGN 1947 (Е and Ё become YE word-initially and after a vowel, Й, Ъ or Ь).
BGN_PCGN_OVERRIDES: Mapping[str, str] = {
    "Й": "Y", "Ъ": "", "Ю": "YU", "Я": "YA",
}  # fmt: skip

# The everyday English spelling (Fyodor, Pyotr).
ENGLISH_OVERRIDES: Mapping[str, str] = {
    "Ё": "YO", "Й": "Y", "Ъ": "", "Ю": "YU", "Я": "YA",
}  # fmt: skip

# German (Duden) spelling: Х → CH, Ж/Ш → SCH, Ц → Z, В → W.
GERMAN_OVERRIDES: Mapping[str, str] = {
    "В": "W", "Ё": "JO", "Ж": "SCH", "З": "S", "Й": "I", "Х": "CH", "Ц": "Z",
    "Ч": "TSCH", "Ш": "SCH", "Щ": "SCHTSCH", "Ъ": "", "Ю": "JU", "Я": "JA",
}  # fmt: skip

# French spelling: У → OU, Ш → CH, Ч → TCH, Ж → J.
FRENCH_OVERRIDES: Mapping[str, str] = {
    "Ё": "IO", "Ж": "J", "У": "OU", "Ч": "TCH", "Ш": "CH", "Щ": "CHTCH", "Ъ": "",
    "Ю": "IOU",
}  # fmt: skip

CYRILLIC_VOWELS = frozenset("АЕЁИІЇОУЫЭЮЯЄ")
SOFTENERS = frozenset("ЙЪЬ")
