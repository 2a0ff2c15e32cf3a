"""Watchlist screening: identifier keys, name keys across scripts, the explained scorer.

Pure (no Qt, no SQL): the store keeps the index (``checkpoint.store.watchlist``), the
service wires the two (``checkpoint.services.screening``).

- :mod:`.identifiers` — :func:`identifier_key`: one normalized key per document number,
  plate (Cyrillic look-alikes folded), VIN, ISO 6346 container and IMO number
- :mod:`.schemes` — :func:`latin_spellings`: a token under every transliteration scheme
- :mod:`.names` — :func:`skeleton` (cross-transcription phonetic key) and
  :func:`name_keys` (the index and probe keys of a name)
- :mod:`.score` — the name scorer and the birth date / nationality / sex adjustments
- :mod:`.match` — :func:`plan` what to probe, :func:`rank` what was found
- :mod:`.model` — the query and result dataclasses (:class:`Result` is the JSON of
  ``checkpoint screen --json``)
"""

from checkpoint.screening.match import KEYS_VERSION, Found, Plan, alert_keys, plan, rank
from checkpoint.screening.model import (
    HIT_THRESHOLD,
    Candidate,
    IdentifierQuery,
    PersonQuery,
    Query,
    Result,
    Snapshot,
)

__all__ = [
    "HIT_THRESHOLD",
    "KEYS_VERSION",
    "Candidate",
    "Found",
    "IdentifierQuery",
    "PersonQuery",
    "Plan",
    "Query",
    "Result",
    "Snapshot",
    "alert_keys",
    "plan",
    "rank",
]
