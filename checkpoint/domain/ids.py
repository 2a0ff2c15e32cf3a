"""Record identifiers and timestamps.

Every record is identified by a client-generated UUIDv7 (time-ordered, so ids made on
one workstation sort by creation time and index well) and carries UTC timestamps in
one fixed-width form, ``2025-03-14T07:41:09.512Z``: ISO 8601, UTC marked with ``Z``,
millisecond precision. Fixed width means that sorting the strings sorts the times.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import uuid6

from checkpoint.errors import ValidationError

#: The one accepted timestamp form (see the module docstring).
TIMESTAMP_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$")

#: A UUIDv7 in its canonical lower-case text form.
UUID7_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def new_id() -> str:
    """Return a new UUIDv7 as canonical lower-case text."""
    return str(uuid6.uuid7())


def is_id(text: str) -> bool:
    """Tell whether ``text`` is a UUIDv7 in canonical lower-case form."""
    return UUID7_RE.fullmatch(text) is not None


def format_utc(moment: datetime) -> str:
    """Format an aware ``datetime`` as a record timestamp.

    Raises ``ValueError`` for a naive datetime: a time without a zone is ambiguous.
    """
    if moment.tzinfo is None:
        raise ValueError("a record timestamp needs an aware datetime")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def utc_now() -> str:
    """Return the current time as a record timestamp (``YYYY-MM-DDTHH:MM:SS.mmmZ``)."""
    return format_utc(datetime.now(UTC))


def parse_utc(text: str) -> datetime:
    """Parse a record timestamp into an aware UTC ``datetime``.

    Raises ``ValidationError`` when ``text`` is not in the one accepted form or is not a
    real time (``2025-02-30T…``).
    """
    if TIMESTAMP_RE.fullmatch(text) is None:
        raise ValidationError(f"{text!r} is not a UTC timestamp like 2025-03-14T07:41:09.512Z.")
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00")
    except ValueError as e:
        raise ValidationError(f"{text!r} is not a real date and time.") from e
