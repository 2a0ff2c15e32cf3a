"""Reading the data HQ published and the workstation pulled (table ``hq_items``)."""

from __future__ import annotations

import json
from typing import Any


def items(conn: Any, collection: str) -> list[tuple[str, int, dict[str, Any]]]:
    """(key, version, data) of every item held in ``collection``, by key."""
    rows = conn.execute("SELECT key, version, data FROM hq_items WHERE collection = ? "
                        "ORDER BY key", (collection,))
    return [(str(r[0]), int(r[1]), json.loads(r[2])) for r in rows]
