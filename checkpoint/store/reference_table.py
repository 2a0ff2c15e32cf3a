"""Reference data HQ publishes (``checkpoint-hq publish-reference COLLECTION FILE``), as
pulled into ``hq_items``: read by collection for the feature that uses it."""

from __future__ import annotations

import json
from typing import Any


def entries(conn: Any, collection: str) -> dict[str, dict[str, Any]]:
    """The entries of ``collection`` held on this workstation, by key."""
    rows = conn.execute("SELECT key, data FROM hq_items WHERE collection = ?",
                        (collection,)).fetchall()
    out: dict[str, dict[str, Any]] = {}
    for key, data in rows:
        value = json.loads(data)
        if isinstance(value, dict):
            out[str(key)] = value
    return out
