"""Rules for names that the workstation and HQ both apply (pure, no I/O).

- An operator account name (NFC): 2-64 Latin (ASCII) or Cyrillic letters, digits,
  ``. _ - @``, starting with a letter or digit, and not Latin and Cyrillic letters in one
  name (they include letters that look identical: a Cyrillic "а" in "аnna"); accounts
  are told apart case-insensitively (``Chief`` is ``chief``). ``hq`` and ``unknown`` are
  reserved: the journal names HQ's changes and failed logins with them, and the
  workstation tells an account HQ made by its maker ``hq``, so an operator of that name
  would pass for HQ (and HQ could take over the accounts they made).
- Text a person typed or a file brought (names of people, places, free text): no
  control characters (NUL, escape, line separators inside a name…) and no
  bidirectional overrides or isolates (U+202A-U+202E, U+2066-U+2069), which make a
  name read differently on screen than it is stored ("Trojan Source"). Tab and
  newline are allowed only where a field is multi-line.
"""

from __future__ import annotations

import re
import unicodedata

from checkpoint.documents.lookalike import fold_lookalikes
from checkpoint.errors import Code, ValidationError

#: Latin (ASCII) or Cyrillic letters, digits and . _ - @; a letter or digit first
USERNAME_RE = re.compile(r"^[A-Za-z0-9\u0400-\u04FF][A-Za-z0-9\u0400-\u04FF._@-]{1,63}$")
USERNAME_RULE = ("2-64 Latin or Cyrillic letters, digits, '.', '_', '-' or '@' (no space), "
                 "starting with a letter or digit")
#: names the journal uses for actors that are not operators (case-folded)
RESERVED_NAMES = frozenset({"hq", "unknown"})
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

#: Bidirectional embeddings, overrides and isolates, and the marks that can reorder text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")


def username_problem(name: object) -> Code | None:
    """Why ``name`` (taken in NFC) is not an acceptable account name, else None:
    :attr:`Code.USERNAME_FORM` (the English rule is :data:`USERNAME_RULE`),
    :attr:`Code.USERNAME_MIXED_SCRIPT` or :attr:`Code.USERNAME_RESERVED`; params for their
    words: ``name``."""
    if not isinstance(name, str):
        return Code.USERNAME_FORM
    name = unicodedata.normalize("NFC", name)
    if not USERNAME_RE.fullmatch(name):
        return Code.USERNAME_FORM
    if _LATIN.search(name) and _CYRILLIC.search(name):
        return Code.USERNAME_MIXED_SCRIPT
    if name.casefold() in RESERVED_NAMES:
        return Code.USERNAME_RESERVED
    return None


def account_key(name: str) -> str:
    """The form under which two account names are the same account."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def look_alike_key(name: str) -> str:
    """What a name looks like on screen: two names with the same key are confusable
    (``APE`` in Latin and ``АРЕ`` in Cyrillic), so two accounts must not have it."""
    return fold_lookalikes(account_key(name))


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


def check_text(text: str, *, multiline: bool = False) -> str:
    """Return ``text`` when it holds no character :func:`unsafe_character` refuses.

    Raises ``ValidationError`` with code ``text.control`` and the character described
    (``character``: ``U+202E``, never the text itself); the caller gives the path.
    """
    found = unsafe_character(text, multiline=multiline)
    if found is None:
        return text
    raise ValidationError(f"The text holds the control character {found}.",
                          code=Code.TEXT_CONTROL, params={"character": found})
