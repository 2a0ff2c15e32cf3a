"""Name keys: how a name is indexed and how a query finds its candidates.

A name is cut into tokens; each token gets its Latin spellings
(:func:`~checkpoint.screening.schemes.latin_spellings`) and each spelling a
**skeleton**: a phonetic key made for cross-transcription matching, which no library
offers (metaphone and soundex are English rules: they keep SHCH and SZCZ apart).
The skeleton reads the digraphs of every scheme as one class and drops vowels:

- hushing and guttural sounds: SCHTSCH SHTSCH CHTCH SZCZ SHCH TSCH SCH TCH DZH ZH SH SZ
  CH CZ KH H G → ``X`` (Щ, Ч, Ш, Ж, Х and Г in all their spellings; Ukrainian Г is H);
- TS TZ TC Z S, and C before anything but A O U L R → ``S`` (Ц, З, С); C otherwise,
  CK, Q, K → ``K``; X → ``KS``; PH F → ``F``; TH → ``T``; W V → ``V``;
- vowels, Y and J dropped; repeated classes collapsed.

So ШЕВЧЕНКО, SHEVCHENKO, SCHEWTSCHENKO, SZEWCZENKO, ŠEVČENKO, CHEVTCHENKO all give
``XVXNK``. Vowel typos never change a skeleton; consonant typos are caught by the
typo keys below.

Index keys of a name (the same function makes the probe keys of a query, so equal
keys meet whatever the order of the tokens):

- ``P`` pair keys: every unordered pair of tokens (first :data:`MAX_TOKENS`), both
  skeletons sorted: ``PXVXNK|TRS``. A pair survives missing patronymics, middle names
  and swapped order.
- ``T`` typo keys: one token's skeleton and the first class of another:
  ``TTRS|X``; a consonant typo in one token is caught through the other.
- ``S`` single keys: a one-token name (or query) by its skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, permutations

from checkpoint.screening.schemes import latin_spellings, slavic_reading

__all__ = ["MAX_TOKENS", "PARTICLES", "TokenForms", "keys_of_name", "name_keys", "name_readings",
           "name_tokens", "skeleton", "token_forms", "tokenize"]

MAX_TOKENS = 5
MAX_NAME = 300
_SPLIT = re.compile(r"[^\w'’ʼ]+|_+")
_GROUPS = sorted(
    [("SCHTSCH", "X"), ("SHTSCH", "X"), ("CHTCH", "X"), ("SZCZ", "X"), ("SHCH", "X"),
     ("TSCH", "X"), ("SCH", "X"), ("TCH", "X"), ("DZH", "X"), ("ZH", "X"), ("SH", "X"),
     ("SZ", "X"), ("CH", "X"), ("CZ", "X"), ("KH", "X"), ("TS", "S"), ("TZ", "S"),
     ("TC", "S"), ("CK", "K"), ("PH", "F"), ("TH", "T"), ("QU", "KV")],
    key=lambda g: -len(g[0]))
_GROUP_RE = re.compile("|".join(g for g, _ in _GROUPS) + "|.")
_HARD_C = frozenset("AOULR")
_GROUP_MAP = dict(_GROUPS)
_LETTER = {"H": "X", "G": "X", "Z": "S", "C": "S", "Q": "K", "X": "KS", "W": "V", "F": "F"}
_DROPPED = frozenset("AEIOUYJ")
#: Particles that are scored but never keyed on (they would join every AL-… name).
PARTICLES = frozenset(
    ["AL", "EL", "UL", "BIN", "BEN", "IBN", "BINT", "VON", "VAN", "DER", "DEN", "DE", "DI", "DA",
     "DU", "LA", "LE", "DOS", "DAS", "DEL"])


def tokenize(name: str) -> list[str]:
    """Upper-case word tokens of a name (at most :data:`MAX_NAME` characters are read)."""
    text = unicodedata.normalize("NFC", str(name)[:MAX_NAME]).upper()
    return [t for t in (w.strip("'’ʼ") for w in _SPLIT.split(text)) if t and not t.isdigit()]


@lru_cache(maxsize=20_000)
def skeleton(spelling: str) -> str:
    """The cross-transcription consonant key of an A–Z spelling ("" for none)."""
    out: list[str] = []
    text = slavic_reading(spelling)
    for m in _GROUP_RE.finditer(text):
        group = m.group()
        if group in _GROUP_MAP:
            sym = _GROUP_MAP[group]
        elif group == "C" and text[m.end():m.end() + 1] in _HARD_C and m.end() < len(text):
            sym = "K"
        elif group in _DROPPED or not ("A" <= group <= "Z"):
            continue
        else:
            sym = _LETTER.get(group, group)
        for ch in sym:
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class TokenForms:
    """One token: as written, its Latin spellings and their skeletons."""

    text: str
    spellings: frozenset[str]
    skeletons: frozenset[str]

    @property
    def display(self) -> str:
        """The ICAO-like spelling used in explanations (the shortest, then alphabetical)."""
        return min(self.spellings, key=lambda s: (len(s), s)) if self.spellings else self.text


@lru_cache(maxsize=20_000)
def token_forms(token: str) -> TokenForms:
    spellings = latin_spellings(token)
    skeletons = frozenset(s for s in map(skeleton, spellings) if s)
    return TokenForms(token, spellings, skeletons)


def name_tokens(name: str) -> list[TokenForms]:
    """The tokens of a name that have a Latin spelling (others cannot be matched)."""
    return [f for f in map(token_forms, tokenize(name)) if f.spellings]


def name_readings(name: str) -> list[list[TokenForms]]:
    """The name's tokens, and a second reading when an Arabic article is glued on.

    AL-RASHID is often written ALRASHID; ALBERT is not AL BERT: so both readings are
    keyed and scored, and the better one counts.
    """
    plain = name_tokens(name)
    split: list[TokenForms] = []
    for t in plain:
        if len(t.text) >= 6 and t.text[:2] in ("AL", "EL") and t.text.isascii():
            split += [token_forms(t.text[:2]), token_forms(t.text[2:])]
        else:
            split.append(t)
    return [plain, split] if len(split) > len(plain) else [plain]


def keys_of_name(name: str) -> set[str]:
    """The keys of every reading of a name."""
    return set().union(*(name_keys(r) for r in name_readings(name)))


def name_keys(tokens: list[TokenForms]) -> set[str]:
    """The index keys of a name, or the probe keys of a query (module docstring)."""
    usable = [t for t in tokens if t.skeletons and t.text not in PARTICLES][:MAX_TOKENS]
    keys: set[str] = set()
    if len(usable) == 1:
        keys.update("S" + s for s in usable[0].skeletons)
    for a, b in combinations(usable, 2):
        for sa in a.skeletons:
            for sb in b.skeletons:
                keys.add("P" + "|".join(sorted((sa, sb))))
    for a, b in permutations(usable, 2):
        for sa in a.skeletons:
            if len(sa) >= 2:
                keys.update(f"T{sa}|{sb[0]}" for sb in b.skeletons)
    return keys
