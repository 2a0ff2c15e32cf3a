"""Rules for operator names and passwords."""

from __future__ import annotations

import re
import unicodedata

from checkpoint.documents.lookalike import fold_lookalikes
from checkpoint.errors import Code, PasswordPolicyError, UsageError
from checkpoint.store.operators import ROLES

MIN_PASSWORD = 12
#: Latin (ASCII) or Cyrillic letters, digits and . _ - @; a letter or digit first
USERNAME_RE = re.compile(r"^[A-Za-z0-9\u0400-\u04FF][A-Za-z0-9\u0400-\u04FF._@-]{1,63}$")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def check_username(name: str) -> str:
    """Return the name (NFC) if it is acceptable; raise UsageError saying why not.

    Latin or Cyrillic letters are accepted, but not both in one name: they include
    letters that look identical (a Cyrillic "а" in "аnna"), and a name must read as
    the one it is."""
    name = unicodedata.normalize("NFC", name)
    if not USERNAME_RE.fullmatch(name):
        raise UsageError(
            f"{name!r} is not a valid user name: use 2-64 Latin or Cyrillic letters, digits, "
            "'.', '_', '-' or '@' (no space), starting with a letter or digit.",
            code=Code.USERNAME_FORM, params={"name": name},
        )
    if _LATIN.search(name) and _CYRILLIC.search(name):
        raise UsageError(
            f"{name!r} mixes Latin and Cyrillic letters, which can look identical: "
            "write the name in one script.",
            code=Code.USERNAME_MIXED_SCRIPT, params={"name": name},
        )
    return name


def look_alike_key(name: str) -> str:
    """What a name looks like on screen: two names with the same key are confusable
    (``APE`` in Latin and ``АРЕ`` in Cyrillic)."""
    return fold_lookalikes(unicodedata.normalize("NFC", name).casefold())


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError(f"Unknown role {role!r}: choose {' or '.join(ROLES)}.",
                         code=Code.ROLE_UNKNOWN, params={"role": role})
    return role


def check_password(password: str, username: str) -> None:
    """Raise PasswordPolicyError when ``password`` is not acceptable for ``username``."""
    if len(password) < MIN_PASSWORD:
        raise PasswordPolicyError(
            f"A password needs at least {MIN_PASSWORD} characters; this one has {len(password)}.",
            code=Code.PASSWORD_SHORT, params={"minimum": MIN_PASSWORD, "length": len(password)},
        )
    if password.strip().casefold() == username.strip().casefold():
        raise PasswordPolicyError("A password must not be the user name.",
                                  code=Code.PASSWORD_IS_NAME)
    if len(set(password)) < 4:
        raise PasswordPolicyError("A password needs at least 4 different characters.",
                                  code=Code.PASSWORD_SIMPLE, params={"distinct": 4})
