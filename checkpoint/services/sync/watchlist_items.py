"""Watchlists pulled from HQ go into the screening index, not into ``hq_items``.

HQ publishes a list as ``watchlist_alert`` items (key ``LIST/ALERT_ID``, data an
``alert.v1`` document; ``hq/watchlists.py``) followed by one ``watchlist`` header (key
``LIST``: version, authority, published_at, entries). The alerts of a page are applied
to the index in one delta per list inside the page's transaction; the header sets the
list's version (it comes after the list's alerts, so a version shown is complete), and
a header tombstone withdraws the list. The header is also kept in ``hq_items`` (small)
for whoever wants the authority and publication time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError, ValidationError
from checkpoint.services import screening
from checkpoint.sync.protocol import items as wire_items
from checkpoint.sync.protocol.items import PulledItem

ALERTS = "watchlist_alert"
LISTS = "watchlist"


@dataclass
class WatchlistBatch:
    """The watchlist items of one page, gathered in order and applied at its end."""

    upserts: dict[str, dict[str, Alert]] = field(default_factory=dict)
    deletes: dict[str, set[str]] = field(default_factory=dict)
    headers: list[PulledItem] = field(default_factory=list)

    def add_alert(self, item: PulledItem) -> None:
        list_code, _, alert_id = item.key.partition("/")
        if not list_code or not alert_id:
            raise ProtocolError(f"A pulled watchlist alert has a malformed key {item.key!r}.")
        if item.op == wire_items.DELETE:
            self.upserts.get(list_code, {}).pop(alert_id, None)
            self.deletes.setdefault(list_code, set()).add(alert_id)
            return
        try:
            alert = Alert.from_document(item.data)
        except ValidationError as e:
            raise ProtocolError(f"HQ sent an invalid watchlist alert {item.key!r}: {e}") from e
        if alert.list_code != list_code or alert.alert_id != alert_id:
            raise ProtocolError(f"A pulled watchlist alert {item.key!r} names another list "
                                "or alert.")
        self.deletes.get(list_code, set()).discard(alert_id)
        self.upserts.setdefault(list_code, {})[alert_id] = alert

    def apply(self, conn: Any) -> None:
        """Apply everything gathered inside the caller's transaction."""
        now = utc_now()
        held = {s.list_code: s.version for s in screening.snapshots(conn)}
        for list_code in sorted(set(self.upserts) | set(self.deletes)):
            screening.index_delta(conn, list_code, held.get(list_code, 0), now,
                                  self.upserts.get(list_code, {}).values(),
                                  sorted(self.deletes.get(list_code, set())))
        for header in self.headers:
            if header.op == wire_items.DELETE:
                screening.index_remove(conn, header.key)
                continue
            version = header.data.get("version")
            if not isinstance(version, int):
                raise ProtocolError(f"The header of watchlist {header.key!r} has no version.")
            screening.index_delta(conn, header.key, version, now, (), ())
