"""Names: ICAO transliteration, MRZ name fields and search keys.

- :func:`icao_transliterate` writes a name the way ICAO Doc 9303 Part 3 puts it in
  a machine-readable zone: Latin capitals, Cyrillic by the ICAO table
  (Хабибуллин → KHABIBULLIN), Ä→AE, Å→AA, Ø→OE, ß→SS, Þ→TH, other accents dropped.
- :func:`mrz_name_field` builds the ``SURNAME<<GIVEN<NAMES`` field.
- :func:`name_key` is the one normalized form used for searching.
- :func:`name_variants` adds the keys the same name gets under other schemes
  (Ukrainian 2010, Russian 1997 and 2010 passports, BGN/PCGN, English, German,
  French, and H for Х), so that Хабибуллин meets both KHABIBULLIN and HABIBULLIN.

Scripts without a table here (Arabic, Chinese, Hebrew…) are dropped, so a name
written only in them gets an empty key; callers must never match on an empty key.
Greek follows ELOT 743 (simplified), since Doc 9303 has no Greek table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from checkpoint.documents import _translit_tables as tables
from checkpoint.errors import ValidationError

__all__ = ["icao_transliterate", "mrz_name_field", "name_key", "name_variants"]

_HYPHENS = frozenset("-‐‑‒–—−")
_APOSTROPHES = frozenset("'’‘ʼ`´ʹ")
_SPACES = re.compile(r" +")

# A context rule sees (previous letter or "", the letter, next letter or "") and
# returns the Latin for the letter, or None to use the scheme's table.
_Rule = Callable[[str, str, str], str | None]


@dataclass(frozen=True)
class _Scheme:
    overrides: Mapping[str, str] = field(default_factory=dict)
    rule: _Rule | None = None


def _initial(prev: str) -> bool:
    """True when the letter starts a word (an apostrophe does not break a word)."""
    return not prev or not (prev.isalpha() or prev in _APOSTROPHES)


def _ua_2010_rule(prev: str, ch: str, nxt: str) -> str | None:
    if ch == "Г" and prev == "З":
        return "GH"
    if _initial(prev):
        return tables.UA_2010_INITIAL.get(ch)
    return None


def _bgn_rule(prev: str, ch: str, nxt: str) -> str | None:
    if ch in "ЕЁ" and (_initial(prev) or prev in tables.CYRILLIC_VOWELS | tables.SOFTENERS):
        return "YE"
    return None


def _german_rule(prev: str, ch: str, nxt: str) -> str | None:
    vowels = tables.CYRILLIC_VOWELS
    if ch == "Е" and (_initial(prev) or prev in vowels | tables.SOFTENERS):
        return "JE"
    if ch == "Ё" and prev in "ЖШЧЩ":
        return "O"
    if ch == "С" and prev in vowels and nxt in vowels:
        return "SS"
    return None


def _french_rule(prev: str, ch: str, nxt: str) -> str | None:
    if ch == "С" and prev in tables.CYRILLIC_VOWELS and nxt in tables.CYRILLIC_VOWELS:
        return "SS"
    return None


_ICAO = _Scheme()
_VARIANT_SCHEMES: tuple[_Scheme, ...] = (
    _ICAO,
    _Scheme(tables.PLAIN_LATIN_OVERRIDES),
    _Scheme(tables.UA_2010_OVERRIDES, _ua_2010_rule),
    _Scheme(tables.RU_1997_OVERRIDES),
    _Scheme(tables.RU_2010_OVERRIDES),
    _Scheme(tables.BGN_PCGN_OVERRIDES, _bgn_rule),
    _Scheme(tables.ENGLISH_OVERRIDES),
    _Scheme(tables.GERMAN_OVERRIDES, _german_rule),
    _Scheme(tables.FRENCH_OVERRIDES, _french_rule),
)


def _fallback(ch: str) -> str:
    """Latin for a character no table names: its base letter, or nothing."""
    base = _base(ch)
    if base in tables.BASE:
        return tables.BASE[base]
    compat = unicodedata.normalize("NFKD", ch).upper()
    return "".join(c for c in compat if "A" <= c <= "Z")


def _base(ch: str) -> str:
    """The letter without its accents (Ύ → Υ); "" for ""."""
    return unicodedata.normalize("NFD", ch)[:1]


def _letter(ch: str, scheme: _Scheme) -> str:
    if ch in scheme.overrides:
        return scheme.overrides[ch]
    if ch in tables.BASE:
        return tables.BASE[ch]
    if "A" <= ch <= "Z":
        return ch
    if ch.isspace():
        return " "
    if ch in _HYPHENS:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    return _fallback(ch)


# Greek capitals whose base letter is Υ (with or without accents): only these need the
# ΟΥ check, so the decomposition is not computed for every other letter.
_UPSILONS = frozenset(ch for ch in map(chr, range(0x370, 0x2000)) if _base(ch) == "Υ")


def _transliterate(name: str, scheme: _Scheme, kh: str | None = None) -> str:
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).upper())
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        latin = scheme.rule(prev, ch, nxt) if scheme.rule else None
        if latin is None:
            latin = kh if kh is not None and ch == "Х" else _letter(ch, scheme)
        if ch in _UPSILONS and _base(prev) == "Ο":  # Greek ΟΥ is one sound, U
            latin = "U"
        out.append(latin)
    return _SPACES.sub(" ", "".join(out)).strip()


def icao_transliterate(name: str) -> str:
    """Write ``name`` in ICAO Doc 9303 Latin capitals.

    Letters go through the ICAO tables; spaces, hyphens and apostrophes are kept
    (runs of spaces become one); every other character (digits, punctuation,
    letters of scripts without a table) is dropped. Never raises.
    """
    return _transliterate(str(name), _ICAO)


def _mrz_words(text: str) -> list[str]:
    latin = icao_transliterate(text).replace("'", "")
    return [w for w in re.split(r"[ \-]+", latin) if w]


def mrz_name_field(surname: str, given: str, width: int) -> str:
    """The MRZ name field: ``SURNAME<<GIVEN<NAMES``, cut to ``width`` and padded with ``<``.

    Spaces and hyphens inside a name become ``<``; apostrophes are left out, as
    Doc 9303 Part 3 asks. A name longer than the field is truncated at ``width``.
    Raises :class:`ValidationError` when ``width`` is not a positive number.
    """
    if not isinstance(width, int) or isinstance(width, bool) or width < 1:
        raise ValidationError(f"The name field width must be a positive number, not {width!r}.")
    field_text = "<".join(_mrz_words(surname))
    given_words = _mrz_words(given)
    if given_words:
        field_text += "<<" + "<".join(given_words)
    return field_text[:width].ljust(width, "<")


def _prepare(name: str) -> str:
    """Turn MRZ fillers, digits and punctuation (but not apostrophes) into spaces."""
    chars = []
    for ch in unicodedata.normalize("NFC", str(name)):
        keep = ch in _APOSTROPHES or unicodedata.category(ch)[0] in "LM"
        chars.append(ch if keep else " ")
    return "".join(chars)


def _key(latin: str, apostrophe: str = "") -> str:
    text = latin.replace("'", apostrophe).replace("-", " ")
    return _SPACES.sub(" ", text).strip()


def name_key(name: str) -> str:
    """The normalized key under which a name is searched.

    ICAO transliteration, upper case A–Z only, words separated by single spaces:
    MRZ fillers (``<``), hyphens, punctuation and digits separate words;
    apostrophes are dropped (O'Brien → OBRIEN), as in an MRZ, so a key taken from
    the printed name equals the key taken from the MRZ. "Хабибуллин",
    "KHABIBULLIN" and "khabibullin" all give "KHABIBULLIN". Idempotent; may be
    empty (see the module docstring). Never raises.
    """
    return _key(icao_transliterate(_prepare(name)))


def name_variants(name: str) -> set[str]:
    """Every search key the name may have been written under.

    Always holds :func:`name_key` (unless it is empty), plus the keys under the
    other schemes named in the module docstring, each also with H for Х, and
    with apostrophes read as word breaks. A name in plain ASCII has no other
    spellings to derive: its variants are its key (and the apostrophe form).
    """
    prepared = _prepare(name)
    schemes = (_ICAO,) if prepared.isascii() else _VARIANT_SCHEMES
    khs = (None, "H") if "Х" in prepared.upper() else (None,)  # without Х both are the same
    keys: set[str] = set()
    for scheme in schemes:
        for kh in khs:
            latin = _transliterate(prepared, scheme, kh)
            keys.add(_key(latin))
            keys.add(_key(latin, " "))
    keys.discard("")
    return keys
