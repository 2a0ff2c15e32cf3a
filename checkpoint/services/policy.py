"""Rules for operator names and passwords."""

from __future__ import annotations

import unicodedata

from checkpoint.domain import names
from checkpoint.errors import Code, PasswordPolicyError, UsageError
from checkpoint.store.operators import ROLES

MIN_PASSWORD = 12


def check_username(name: str) -> str:
    """Return the name (NFC) if it is acceptable (the rule HQ applies too, in
    :mod:`checkpoint.domain.names`); raise UsageError saying why not.

    Latin or Cyrillic letters are accepted, but not both in one name: they include
    letters that look identical (a Cyrillic "а" in "аnna"), and a name must read as
    the one it is."""
    name = unicodedata.normalize("NFC", name)
    code = names.username_problem(name)
    if code is Code.USERNAME_MIXED_SCRIPT:
        raise UsageError(
            f"{name!r} mixes Latin and Cyrillic letters, which can look identical: "
            "write the name in one script.", code=code, params={"name": name})
    if code is Code.USERNAME_RESERVED:
        raise UsageError(f"{name!r} is reserved (the journal names HQ and unknown users with "
                         "it): choose another name.", code=code, params={"name": name})
    if code is not None:
        raise UsageError(f"{name!r} is not a valid user name: use {names.USERNAME_RULE}.",
                         code=code, params={"name": name})
    return name


def look_alike_key(name: str) -> str:
    """What a name looks like on screen: two names with the same key are confusable
    (``APE`` in Latin and ``АРЕ`` in Cyrillic). The rule HQ applies too."""
    return names.look_alike_key(name)


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
