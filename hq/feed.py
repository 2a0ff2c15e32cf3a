"""HQ-owned data for workstations: a compacted change log read in signed pages.

Publishing ``(collection, key)`` for an audience (``*`` every workstation,
``post:CODE``, ``device:ID``) appends a change with the next version and deletes the
older changes of the same key and audience, so the log holds the latest state of
every key plus tombstones, in version order. A workstation pulls the changes after
its cursor. The cursor is opaque to it: ``v2.EPOCH.VERSION.HORIZON.MAC`` authenticated
with HQ's cursor secret (``v1.EPOCH.VERSION.MAC``, without the horizon, is still read).
A cursor from another epoch (HQ's database was replaced), with a bad MAC, or older than
the horizon and issued before the horizon moved there (tombstones after it were
compacted away) is unknown: the workstation must resync from the start. A cursor
issued under the current horizon is known whatever its version: the resync that
follows a compaction pages through versions below the horizon, and nothing it has not
seen was dropped since it started.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checkpoint.domain.ids import utc_now
from checkpoint.sync.protocol import wire
from checkpoint.sync.protocol.items import encode_pulled_item
from hq.db import Tx
from hq.devices import Device
from hq.errors import HqRefusal

PAGE_LIMIT = 5000
PAGE_BYTES = 4 * 1024 * 1024


def epoch(tx: Tx) -> str:
    row = tx.one("SELECT value FROM meta WHERE key = 'epoch'")
    if row is None:
        value = os.urandom(8).hex()
        tx.execute("INSERT INTO meta (key, value) VALUES ('epoch', ?) ON CONFLICT (key) "
                   "DO NOTHING", (value,))
        row = tx.one("SELECT value FROM meta WHERE key = 'epoch'")
    return str(row[0])


def horizon(tx: Tx) -> int:
    row = tx.one("SELECT value FROM meta WHERE key = 'horizon'")
    return int(row[0]) if row else 0


def _mac(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()[:32]


def make_cursor(secret: bytes, ep: str, version: int, hz: int = 0) -> str:
    """The cursor after ``version``, issued under horizon ``hz``."""
    body = f"v2.{ep}.{version}.{hz}"
    return f"{body}.{_mac(secret, body)}"


def read_cursor(secret: bytes, ep: str, hz: int, cursor: str) -> int:
    """The version a cursor stands for. Raises HqRefusal 410 when HQ does not know it."""
    unknown = HqRefusal(410, "cursor_unknown", "HQ no longer knows this pull position; the "
                        "workstation must pull everything again (its outbox is kept).")
    parts = cursor.split(".")
    size = {"v1": 4, "v2": 5}.get(parts[0])
    if (len(cursor) > 200 or len(parts) != size
            or not all(p.isascii() and p.isdigit() for p in parts[2:-1])):
        raise unknown
    if not hmac.compare_digest(_mac(secret, ".".join(parts[:-1])), parts[-1]) or parts[1] != ep:
        raise unknown
    version = int(parts[2])
    issued_under = int(parts[3]) if size == 5 else -1
    if version < hz and issued_under != hz:
        raise unknown
    return version


def audiences(device: Device) -> tuple[str, str, str]:
    return ("*", f"post:{device.post}", f"device:{device.id}")


def publish(tx: Tx, collection: str, items: Iterable[tuple[str, str, dict[str, Any] | None]],
            audience: str = "*") -> int:
    """Publish ``(key, op, data)`` items ("put" with data, "delete" with None) for an
    audience; return the last version. Raises HqRefusal for a bad collection name."""
    try:
        wire.check_name(collection)
    except Exception as e:
        raise HqRefusal(400, "bad_collection", str(e)) from e
    tx.lock_changes()
    now = utc_now()
    rows = [(collection, key, audience, op, wire.dumps(data if data is not None else {}), now)
            for key, op, data in items]
    for start in range(0, len(rows), 5000):
        chunk = rows[start:start + 5000]
        tx.many("DELETE FROM changes WHERE collection = ? AND key = ? AND audience = ?",
                [(c, k, a) for c, k, a, *_ in chunk])
        tx.many("INSERT INTO changes (collection, key, audience, op, data, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", chunk)
    row = tx.one("SELECT max(version) FROM changes")
    return int(row[0] or 0)


def compact(tx: Tx, before_version: int) -> int:
    """Drop tombstones older than ``before_version`` and move the horizon there.

    Cursors before the horizon become unknown (their workstations resync). Returns
    the number of tombstones dropped. The horizon is at most one past the last change,
    so a horizon is never reused for a later compaction that drops more.
    """
    tx.lock_changes()
    before_version = min(before_version, int(tx.one("SELECT max(version) FROM changes")[0]
                                             or 0) + 1)
    cur = tx.execute("DELETE FROM changes WHERE op = 'delete' AND version < ?",
                     (before_version,))
    tx.execute("INSERT INTO meta (key, value) VALUES ('horizon', ?) ON CONFLICT (key) DO "
               "UPDATE SET value = excluded.value", (str(before_version),))
    return int(cur.rowcount or 0)


@dataclass
class Page:
    items_json: list[str]
    cursor: str
    more: bool
    reset: bool


def page(tx: Tx, device: Device, secret: bytes, cursor: str | None, limit: int) -> Page:
    """The changes after ``cursor`` for this workstation. Raises HqRefusal 410."""
    ep, hz = epoch(tx), horizon(tx)
    after = read_cursor(secret, ep, hz, cursor) if cursor else 0
    limit = max(1, min(limit, PAGE_LIMIT))
    rows = tx.all("SELECT version, collection, key, op, data FROM changes WHERE version > ? "
                  "AND audience IN (?, ?, ?) ORDER BY version LIMIT ?",
                  (after, *audiences(device), limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    out: list[str] = []
    size, last = 0, after
    for version, collection, key, op, data in rows:
        text = encode_pulled_item(version, collection, key, op, data)
        if out and size + len(text) > PAGE_BYTES:
            more = True
            break
        out.append(text)
        size += len(text)
        last = int(version)
    return Page(out, make_cursor(secret, ep, last, hz), more, cursor is None)
