"""Euro exchange rates published by HQ, for the EUR equivalent of cash.

HQ publishes them as the reference collection ``eur_rates``, one entry per currency::

    checkpoint-hq publish-reference --post UA-YAH eur_rates rates.json
    [{"key": "USD", "eur_per_unit": 0.9234, "date": "2026-12-01"}, ...]

and every workstation pulls them with the rest of HQ's data. A currency without a
published rate gets no automatic equivalent: the officer types it.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from checkpoint.services.session import Session
from checkpoint.store import reference_table
from checkpoint.store.connection import translate_errors

log = logging.getLogger(__name__)
COLLECTION = "eur_rates"


class Rate(NamedTuple):
    """How many EUR one unit of the currency is worth, published for ``date``."""

    eur_per_unit: float
    date: str


EUR = Rate(1.0, "")


def rates(session: Session) -> dict[str, Rate]:
    """The published rates by ISO 4217 code (EUR itself is 1); malformed entries are left
    out (and logged by code only)."""
    with translate_errors():
        found = reference_table.entries(session.database.conn, COLLECTION)
    out = {"EUR": EUR}
    for key, entry in found.items():
        value = entry.get("eur_per_unit")
        if isinstance(value, int | float) and value > 0 and len(key) == 3:
            out[key.upper()] = Rate(float(value), str(entry.get("date") or ""))
        else:
            log.warning("an EUR rate entry is malformed: %s", key[:3])
    return out


def eur_equivalent(amount: float | None, rate: Rate | None) -> float | None:
    """``amount`` in EUR at ``rate`` (rounded to cents), None when either is unknown."""
    if amount is None or rate is None:
        return None
    return round(amount * rate.eur_per_unit, 2)
