"""Looking up journaled prints of a record (for checking a printed PDF).

The journal has no index by subject (every write would pay for it); verifying a print
is rare and scans it: about a second per million entries.
"""

from __future__ import annotations

import json
from typing import Any


def printed(conn: Any, subject: str, action: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(time, actor, payload) of the journal entries ``action`` on ``subject``."""
    out = []
    for time, actor, payload in conn.execute(
            "SELECT time, actor, payload FROM journal WHERE subject = ? AND action = ? "
            "ORDER BY seq", (subject, action)):
        data = json.loads(payload) if payload else {}
        out.append((str(time), str(actor), data if isinstance(data, dict) else {}))
    return out
