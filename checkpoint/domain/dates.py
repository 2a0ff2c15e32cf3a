"""Calendar dates in records: full ``YYYY-MM-DD`` or partial ``YYYY`` / ``YYYY-MM``.

Birth dates may be partial because some states print only the year (or year and
month); the partial form keeps exactly what is known instead of inventing a day.
Timestamps are in :mod:`checkpoint.domain.ids`.
"""

from __future__ import annotations

import re
from datetime import date

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
