"""Rules for names that the workstation and HQ both apply (pure, no I/O).

- An operator account name: 2-64 ASCII letters, digits, ``. _ - @``, starting with a
  letter or digit; accounts are told apart case-insensitively (``Chief`` is ``chief``).
- Text a person typed or a file brought (names of people, places, free text): no
  control characters (NUL, escape, line separators inside a name…) and no
  bidirectional overrides or isolates (U+202A-U+202E, U+2066-U+2069), which make a
  name read differently on screen than it is stored ("Trojan Source"). Tab and
  newline are allowed only where a field is multi-line.
"""

from __future__ import annotations

import re
import unicodedata

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
USERNAME_RULE = ("2-64 letters, digits, '.', '_', '-' or '@', starting with a letter or "
                 "digit")

#: Bidirectional embeddings, overrides and isolates, and the marks that can reorder text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")


def username_problem(name: object) -> str | None:
    """Why ``name`` is not an acceptable account name, or None."""
    if not isinstance(name, str) or not USERNAME_RE.fullmatch(name):
        return f"not a valid user name: use {USERNAME_RULE}"
    return None


def account_key(name: str) -> str:
    """The form under which two account names are the same account."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character ``text`` must not hold, described (``U+202E``), or None.

    Refused: C0/C1 controls and DEL (tab and line breaks too unless ``multiline``),
    bidirectional controls, lone surrogates, and Unicode's line/paragraph separators.
    """
    for ch in text:
        code = ord(ch)
        if multiline and ch in "\t\n\r":
            continue
        if (code < 0x20 or 0x7F <= code < 0xA0 or ch in BIDI_CONTROLS
                or 0xD800 <= code <= 0xDFFF or ch in "\u2028\u2029"):
            return f"U+{code:04X}"
        if unicodedata.category(ch) == "Cc":
            return f"U+{code:04X}"
    return None
