"""Latin spellings of one name token, under every scheme it may have been written in.

A token in Cyrillic gets the spellings of :func:`checkpoint.documents.name_variants`
(ICAO 9303, Ukrainian 2010, Russian passports 1997 and 2010, BGN/PCGN, English,
German, French, and H for Х) plus the Polish and Czech transcriptions below. A token
in a script we have no table for gets rigour's transliteration (Armenian, Georgian,
Hangul; rigour's Rust core costs ~0.1 ms a token, so it is not asked for Cyrillic,
Greek or Latin, which the tables cover).
A Latin token gets its ICAO form (Ä→AE), its plain form (Ä→A) and its Slavic reading
(Š→SH, Č→CH, Ž→ZH, Ż→ZH, Ł→L, Ř→RZ), so that a Czech or Polish document meets the
Cyrillic or English spelling of the same name.

Polish (PWN) and Czech (ČSN) transcriptions of Russian and Ukrainian, simplified:
Е/Ё/Ю/Я/Є take J at the start of a word and after a vowel, I (Polish) or nothing
(Czech) after a consonant; Polish Л is Ł except before a soft vowel.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from checkpoint.documents.translit import icao_transliterate, name_variants
from checkpoint.screening._rigour import maybe_ascii

__all__ = ["latin_spellings", "slavic_reading"]

_COMMON: Mapping[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "З": "Z", "И": "I",
    "І": "I", "Й": "J", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P",
    "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "CH", "Ц": "C", "Ъ": "",
    "Ы": "Y", "Ь": "", "Э": "E",
}  # fmt: skip
_POLISH: Mapping[str, str] = {
    **_COMMON, "В": "W", "Ж": "Ż", "Ч": "CZ", "Ш": "SZ", "Щ": "SZCZ", "Ь": "I",
}  # fmt: skip
_CZECH: Mapping[str, str] = {**_COMMON, "Ж": "Ž", "Ч": "Č", "Ш": "Š", "Щ": "ŠČ"}
_IOTATED = {"Е": "E", "Ё": "O", "Ю": "U", "Я": "A", "Є": "E", "Ї": "I"}
_VOWELS = frozenset("АЕЁИІЇОУЫЭЮЯЄ")
_SOFT = frozenset("ЕЁИІЇЮЯЄЬ")
_UKRAINIAN = frozenset("ІЇЄҐ")
_SLAVIC: Mapping[str, str] = {
    "Š": "SH", "Č": "CH", "Ž": "ZH", "Ż": "ZH", "Ł": "L", "Ř": "RZ", "Ś": "S", "Ć": "C",
    "Ź": "Z", "Ń": "N", "Ň": "N", "Ď": "D", "Ť": "T", "Ě": "E", "Ů": "U",
}  # fmt: skip


def _transcribe(token: str, table: Mapping[str, str], polish: bool) -> str:
    out = []
    ukrainian = any(ch in _UKRAINIAN for ch in token)
    for i, ch in enumerate(token):
        prev = token[i - 1] if i else ""
        nxt = token[i + 1] if i + 1 < len(token) else ""
        if ch == "Е" and ukrainian:  # Ukrainian Е is a plain E (Є is the iotated one)
            out.append("E")
        elif ch in _IOTATED:
            vowel = _IOTATED[ch]
            if not prev or prev in _VOWELS or prev in "ЪЬ'’":
                out.append("J" + vowel)
            elif prev in "ЖШЧЩЦ" or (polish and prev == "Л"):
                out.append(vowel)
            elif not polish:
                out.append(vowel if ch == "Е" else "J" + vowel)
            else:
                out.append("I" + vowel)
        elif ch == "Г" and ukrainian:
            out.append("H")
        elif ch == "И" and ukrainian:
            out.append("Y")
        elif ch == "Л" and polish:
            out.append("L" if nxt in _SOFT else "Ł")
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def slavic_reading(latin: str) -> str:
    """Polish and Czech letters as the digraphs the other schemes use (ŻUKOW → ZHUKOW)."""
    return "".join(_SLAVIC.get(ch, ch) for ch in latin)


def _ascii(text: str) -> str:
    return "".join(ch for ch in icao_transliterate(text) if "A" <= ch <= "Z")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("Ł", "L"))
    return "".join(ch for ch in decomposed if "A" <= ch <= "Z")


@lru_cache(maxsize=20_000)
def latin_spellings(token: str) -> frozenset[str]:
    """Every A–Z spelling of one upper-case token (empty for a token with no letters)."""
    forms: set[str] = set()
    if token.isascii():
        forms.add("".join(ch for ch in token if "A" <= ch <= "Z"))
    elif any("\u0400" <= ch <= "\u04ff" for ch in token):
        forms.update(v.replace(" ", "") for v in name_variants(token))
        for polish, table in ((True, _POLISH), (False, _CZECH)):
            written = _transcribe(token, table, polish)
            forms.update((_plain(written), _plain(slavic_reading(written))))
    else:
        latin = _ascii(token)
        forms.update((latin, _plain(token), _ascii(slavic_reading(token))))
        if not latin:  # a script without a table of ours: Armenian, Georgian, Hangul…
            forms.add(_plain(maybe_ascii(token).upper()))
    forms.discard("")
    return frozenset(forms)
