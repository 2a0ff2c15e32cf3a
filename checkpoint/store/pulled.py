"""Reading HQ-owned data the pull keeps in ``hq_items`` (reference tables, referral status).

The pull writes these rows (``checkpoint.services.sync.pull``); features only read them.
:func:`awaiting_answers` tells the background sync whether the post waits for an
agency's answer to a referral or an owning authority's answer to a hit (it then pulls
more often).
"""

from __future__ import annotations

import json
from typing import Any


def item(conn: Any, collection: str, key: str) -> dict[str, Any] | None:
    """The data of one pulled item, or None when HQ has not published it (or deleted it)."""
    row = conn.execute("SELECT data FROM hq_items WHERE collection = ? AND key = ?",
                       (collection, key)).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    return data if isinstance(data, dict) else None


def items(conn: Any, collection: str) -> dict[str, dict[str, Any]]:
    """Every item of a collection by key (reference tables are small: agencies, articles)."""
    out: dict[str, dict[str, Any]] = {}
    for key, text in conn.execute("SELECT key, data FROM hq_items WHERE collection = ? "
                                  "ORDER BY key", (collection,)):
        data = json.loads(text)
        if isinstance(data, dict):
            out[str(key)] = data
    return out


def items_for(conn: Any, collection: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The items of ``keys`` that HQ has published."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for key, text in conn.execute(f"SELECT key, data FROM hq_items WHERE collection = ? "
                                      f"AND key IN ({marks})", (collection, *chunk)):
            data = json.loads(text)
            if isinstance(data, dict):
                out[str(key)] = data
    return out


#: Statuses HQ reports once an agency has answered a referral (or HQ closed it).
ANSWERED = ("accepted", "declined", "closed")


def awaiting_answers(conn: Any, since: str) -> int:
    """Approved referrals created at or after ``since`` for which HQ has not reported an
    answer yet (no ``referral_status`` item, or one that is not accepted, declined or
    closed), plus the hits' confirmation requests HQ opened since then and their owning
    authorities have not answered (``hit_answer`` items still ``awaiting``). One probe of
    the records index by kind and time, one hq_items lookup per such referral, and one
    scan of the (small) ``hit_answer`` items: the background sync asks after every run."""
    marks = ",".join("?" * len(ANSWERED))
    row = conn.execute(
        "SELECT count(*) FROM records r WHERE r.kind = 'referral' AND r.created_at >= ? "
        "AND r.status = 'approved' AND NOT EXISTS (SELECT 1 FROM hq_items h WHERE "
        "h.collection = 'referral_status' AND h.key = r.id AND "
        f"json_extract(h.data, '$.status') IN ({marks}))", (since, *ANSWERED)).fetchone()
    hits = conn.execute(
        "SELECT count(*) FROM hq_items WHERE collection = 'hit_answer' AND "
        "json_extract(data, '$.state') = 'awaiting' AND "
        "json_extract(data, '$.requested_at') >= ?", (since,)).fetchone()
    return int(row[0]) + int(hits[0])
