"""Watchlists pulled from HQ go into the screening index, not into ``hq_items``.

HQ publishes a list as ``watchlist_alert`` items (key ``LIST/ALERT_ID``, data an
``alert.v1`` document; ``hq/watchlists.py``) followed by one ``watchlist`` header (key
``LIST``: version, authority, published_at, entries). The alerts of a page are applied
to the index in one delta per list inside the page's transaction; the header sets the
list's version (it comes after the list's alerts, so a version shown is complete), and
a header tombstone withdraws the list. The header is also kept in ``hq_items`` (small)
for whoever wants the authority and publication time; it carries the list's maximum
age (``max_age_hours``, 48 when HQ gives none), kept with the list for the age warning.

A list imported from an offline file (:mod:`.watchlist_import`) is marked with the HQ
feed version the file was current to: the pull skips that list's items at or below it
(the file had them; HQ's feed keeps only the latest state of each key, so what it sends
above the mark is newer). A header never lowers the version held.

A full resync (HQ no longer knows the cursor, e.g. it compacted the tombstones of
alerts removed while the post was away) must leave the index holding exactly what HQ
sent in it. Everything applied is stamped with the sync generation (the resync's is a
new one); what HQ re-sent but was not applied (the same header, an offline file's
items under its mark, an item parked or set aside) is stamped too; and when the
resync's last page is applied, :func:`sweep` removes, in that page's transaction, the
lists and alerts stamped older. Until then the old entries keep screening: a resync
cut short screens against them and resumes from its last page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError, ValidationError
from checkpoint.services import screening
from checkpoint.store import sync_tables as tables
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
    marks: dict[str, int] = field(default_factory=dict)  # list → feed version of its file
    generation: int = 0  # the sync generation everything applied is stamped with
    kept: dict[str, set[str]] = field(default_factory=dict)  # HQ still has: stamp only
    kept_lists: set[str] = field(default_factory=set)

    def in_file(self, item: PulledItem) -> bool:
        """Whether an offline file already gave this item (its list's mark covers it)."""
        list_code = item.key.partition("/")[0] if item.collection == ALERTS else item.key
        return item.version <= self.marks.get(list_code, 0)

    def keep(self, item: PulledItem) -> None:
        """HQ still has this item, but it is not applied (the same header again, an
        offline file had it, it is parked): what is held of it stays after a resync."""
        if item.op == wire_items.DELETE:
            return
        if item.collection == LISTS:
            self.kept_lists.add(item.key)
        elif item.collection == ALERTS:
            list_code, _, alert_id = item.key.partition("/")
            self.kept.setdefault(list_code, set()).add(alert_id)

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
                                  sorted(self.deletes.get(list_code, set())), self.generation)
        for list_code in sorted(set(self.kept) | self.kept_lists):
            screening.index_keep(conn, self.generation, list_code,
                                 sorted(self.kept.get(list_code, ())),
                                 header=list_code in self.kept_lists)
        for header in self.headers:
            if header.op == wire_items.DELETE:
                screening.index_remove(conn, header.key)
                continue
            apply_header(conn, header.key, header.data, now, held.get(header.key, 0),
                         self.generation)


def sweep(conn: Any, generation: int) -> tuple[list[str], int]:
    """The end of a full resync of ``generation``, inside its last page's transaction:
    remove the lists and alerts HQ did not send again. (lists removed, alerts removed)

    What is parked or set aside (a newer version HQ sent that is not applied yet) is
    kept: HQ still has it, and the version held screens until the newer one applies.
    """
    batch = WatchlistBatch(generation=generation)
    for collection, key in tables.set_aside_keys(conn, (ALERTS, LISTS)):
        batch.keep(wire_items.PulledItem(0, collection, key, wire_items.PUT, {}))
    batch.apply(conn)
    return screening.index_sweep(conn, generation)


def apply_header(conn: Any, list_code: str, data: Any, now: str, held: int,
                 generation: int | None) -> None:
    """Set a list's version (never below ``held``) and maximum age from HQ's header.
    Raises ProtocolError when the header is malformed."""
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProtocolError(f"The header of watchlist {list_code!r} has no version.")
    max_age = data.get("max_age_hours", screening.DEFAULT_MAX_AGE_HOURS)
    if not isinstance(max_age, int) or isinstance(max_age, bool) or max_age < 1:
        raise ProtocolError(f"The header of watchlist {list_code!r} has a bad maximum age.")
    screening.index_delta(conn, list_code, max(version, held), now, (), (), generation)
    screening.set_max_age(conn, list_code, max_age)
