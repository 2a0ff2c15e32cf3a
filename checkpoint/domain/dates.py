"""Calendar dates in records: full ``YYYY-MM-DD`` or partial ``YYYY`` / ``YYYY-MM``.

Birth dates may be partial because some states print only the year (or year and
month); the partial form keeps exactly what is known instead of inventing a day.
Timestamps are in :mod:`checkpoint.domain.ids`.
"""

from __future__ import annotations

import re
from datetime import date

from checkpoint.errors import Code, ValidationError

_PARTIAL_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def date_problem(text: str, *, partial: bool = False) -> str | None:
    """Why ``text`` is not a calendar date (a partial one if ``partial``); ``None`` if it is.

    The answer is a phrase such as ``"'2025-02-30' is not a real date"``.
    """
    match = _PARTIAL_DATE_RE.fullmatch(text)
    if match is None or (not partial and match.group(3) is None):
        form = "YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD"
        return f"{text!r} is not a date of the form {form}"
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return f"{text!r} is not a real date"
    return None


def check_date(text: str, *, partial: bool = False) -> str:
    """Return ``text`` when it is a calendar date (a partial one if ``partial``).

    Raises ``ValidationError`` with code ``date.form`` (not of the form) or
    ``date.unreal`` (no such day); the message is :func:`date_problem`'s phrase.
    """
    problem = date_problem(text, partial=partial)
    if problem is None:
        return text
    code = Code.DATE_UNREAL if problem.endswith("real date") else Code.DATE_FORM
    sentence = problem[:1].upper() + problem[1:] + "."
    raise ValidationError(sentence, code=code,
                          params={"value": text, "partial": "yes" if partial else "no"})
