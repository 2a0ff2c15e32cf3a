"""Screening use cases: screen a query against the local watchlists; keep the index.

- :func:`screen` (any operator): ranked candidates with explanations, the ``hit``
  boolean and the snapshot (list, version, pulled at) of every list consulted.
- :func:`replace_list` / :func:`apply_delta` (a supervisor, journaled): put a full
  snapshot of a list in place, or apply an ADD/MOD/DEL delta, in one transaction.
  The sync pull applies HQ's pages through :func:`index_replace` / :func:`index_delta`,
  which work on the connection of the caller's transaction and stamp what they apply
  with the sync generation; at the end of a full resync :func:`index_sweep` removes
  what HQ did not send again (a supervisor's own lists are never swept).
- :func:`status`: the snapshots held; :func:`ages`: each list's age against its own
  maximum age, for ``checkpoint watchlist status`` and the status bar's warning.

Alerts arrive as :class:`~checkpoint.domain.alert.Alert`; read FollowTheMoney with
:func:`checkpoint.formats.ftm.parse_lines` first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.errors import UsageError
from checkpoint.screening import (
    HIT_THRESHOLD,
    KEYS_VERSION,
    Found,
    Query,
    Result,
    Snapshot,
    alert_keys,
    plan,
    rank,
)
from checkpoint.screening.match import PER_KEY, shortlist
from checkpoint.services.session import Session
from checkpoint.store import watchlist
from checkpoint.store.connection import translate_errors

__all__ = [
    "DEFAULT_MAX_AGE_HOURS",
    "ListAge",
    "age_hours",
    "ages",
    "apply_delta",
    "index_delta",
    "index_keep",
    "index_remove",
    "index_replace",
    "index_sweep",
    "reindex_if_stale",
    "replace_list",
    "screen",
    "status",
]


#: A list's maximum age when HQ sets none (INTERPOL MIND refreshes every 24-48 h).
DEFAULT_MAX_AGE_HOURS = 48


@dataclass(frozen=True)
class ListAge:
    """A list held and how old it is: hours since the workstation last got it current
    from HQ (by pull or offline file) against the list's own maximum age."""

    list_code: str
    version: int
    entries: int
    pulled_at: str
    max_age_hours: int
    age_hours: float

    @property
    def overdue(self) -> bool:
        return self.age_hours > self.max_age_hours


def age_hours(pulled_at: str, now: datetime) -> float:
    """Hours from ``pulled_at`` (a UTC timestamp) to ``now``; infinite when unreadable."""
    try:
        then = datetime.fromisoformat(pulled_at.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    return (now - then).total_seconds() / 3600


def _data(alert: Alert) -> str:
    return json.dumps(alert.to_document(), ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True)


def _indexed(alert: Alert, data: str | None = None) -> watchlist.IndexedAlert:
    keys = alert_keys(alert)
    return watchlist.IndexedAlert(alert.alert_id, data or _data(alert), keys.ids, keys.names)


def _keys_of(data: str) -> watchlist.IndexedAlert:
    return _indexed(Alert.from_document(json.loads(data)))


def _valid(list_code: str, alerts: Iterable[Alert]) -> Iterator[Alert]:
    for alert in alerts:
        if alert.list_code != list_code:
            raise UsageError(f"Alert {alert.alert_id!r} belongs to list {alert.list_code!r}, "
                             f"not {list_code!r}.")
        alert.check()
        yield alert


def _checked(list_code: str, alerts: Iterable[Alert]) -> Iterator[watchlist.IndexedAlert]:
    return (_indexed(a) for a in _valid(list_code, alerts))


def index_replace(conn: Any, list_code: str, version: int, pulled_at: str,
                  alerts: Iterable[Alert], generation: int | None = None) -> int:
    """Replace a list inside the caller's transaction; returns its entry count.
    ``generation``: the sync generation HQ's data is current in (None: a local list)."""
    return watchlist.replace_list(conn, list_code, version, pulled_at, KEYS_VERSION,
                                  _checked(list_code, alerts), _keys_of, generation)


def index_delta(conn: Any, list_code: str, version: int, pulled_at: str,
                upserts: Iterable[Alert], deletes: Iterable[str],
                generation: int | None = None) -> tuple[int, int, int]:
    """Apply a delta inside the caller's transaction; (added, changed, removed).

    An upsert identical to the alert held (a full resync re-sends everything) is only
    stamped ``generation``: no key is computed for it.
    """
    latest = {a.alert_id: a for a in upserts}  # the last of an id wins
    texts = {alert_id: _data(a) for alert_id, a in latest.items()}
    same = watchlist.unchanged(conn, list_code, texts)
    if generation is not None:
        watchlist.keep(conn, generation, list_code, sorted(same))
    fresh = (_indexed(a, texts[a.alert_id])
             for a in _valid(list_code, latest.values()) if a.alert_id not in same)
    return watchlist.apply_delta(conn, list_code, version, pulled_at, KEYS_VERSION,
                                 fresh, deletes, _keys_of, generation)


def index_keep(conn: Any, generation: int, list_code: str, alert_ids: Iterable[str] = (),
               *, header: bool = False) -> None:
    """HQ still has these alerts (and the list, ``header``) though they were not applied:
    stamp them ``generation`` so the end of a full resync keeps them."""
    watchlist.keep(conn, generation, list_code, alert_ids, header=header)


def index_sweep(conn: Any, generation: int) -> tuple[list[str], int]:
    """At the end of a full resync: remove the lists and alerts HQ did not send again;
    (lists removed, alerts removed)."""
    return watchlist.sweep(conn, generation, _keys_of)


def set_max_age(conn: Any, list_code: str, hours: int) -> None:
    """The list's maximum age from HQ (inside the caller's transaction)."""
    watchlist.set_max_age(conn, list_code, hours)


def file_marks(conn: Any) -> dict[str, int]:
    """Per list, the HQ feed version of the offline file it was last imported from (0:
    none): the pull skips the list's items at or below it."""
    return {r.list_code: r.file_feed_version for r in watchlist.lists(conn)
            if r.file_feed_version}


def mark_file(conn: Any, list_code: str, feed_version: int) -> None:
    """The list came from an offline file current to HQ's feed ``feed_version``."""
    watchlist.set_file_feed_version(conn, list_code, feed_version)


def clear_file_marks(conn: Any) -> None:
    """Forget every file mark (a full resync: everything is applied again)."""
    watchlist.set_file_feed_version(conn, None, 0)


def touch(conn: Any, now: str) -> int:
    """Every list is current with HQ as of ``now`` (a pull reached the end of HQ's feed)."""
    return watchlist.touch_lists(conn, now)


def reindex_if_stale(conn: Any) -> int:
    """Recompute every key when a list was indexed by another key algorithm (after an
    upgrade), inside the caller's transaction; returns the alerts reindexed (0: none)."""
    if not watchlist.stale_lists(conn, KEYS_VERSION):
        return 0
    return watchlist.reindex(conn, KEYS_VERSION, _keys_of)


def index_remove(conn: Any, list_code: str) -> int:
    """Withdraw a list inside the caller's transaction; returns how many alerts went."""
    return watchlist.remove_list(conn, list_code, _keys_of)


def replace_list(session: Session, list_code: str, version: int, alerts: Iterable[Alert],
                 *, pulled_at: str | None = None) -> int:
    """Put a full snapshot of a list in place (supervisor; journaled). Returns its size.

    All or nothing: an invalid alert raises ValidationError and the old snapshot stays.
    """
    session.require("supervisor")
    pulled_at = pulled_at or utc_now()
    with session.write() as conn:
        n = index_replace(conn, list_code, version, pulled_at, alerts)
        session.journal.append(session.username, "watchlist.replaced", f"watchlist:{list_code}",
                               {"version": version, "entries": n, "pulled_at": pulled_at})
    return n


def apply_delta(session: Session, list_code: str, version: int, upserts: Iterable[Alert],
                deletes: Iterable[str], *, pulled_at: str | None = None) -> tuple[int, int, int]:
    """Apply ADD/MOD (``upserts``) and DEL (alert ids) to a list (supervisor; journaled)."""
    session.require("supervisor")
    pulled_at = pulled_at or utc_now()
    with session.write() as conn:
        counts = index_delta(conn, list_code, version, pulled_at, upserts, deletes)
        session.journal.append(session.username, "watchlist.delta", f"watchlist:{list_code}",
                               {"version": version, "added": counts[0], "changed": counts[1],
                                "removed": counts[2], "pulled_at": pulled_at})
    return counts


def snapshots(conn: Any) -> list[Snapshot]:
    """The snapshots held, on the caller's connection."""
    return [Snapshot(r.list_code, r.version, r.pulled_at, r.entries)
            for r in watchlist.lists(conn)]


def status(session: Session) -> list[Snapshot]:
    """The snapshots this workstation holds, one per list."""
    with translate_errors():
        return snapshots(session.database.conn)


def ages_conn(conn: Any, now: datetime | None = None) -> list[ListAge]:
    """:func:`ages` on the caller's connection (the GUI's database thread)."""
    now = now or datetime.now(UTC)
    with translate_errors():
        rows = watchlist.lists(conn)
    return [ListAge(r.list_code, r.version, r.entries, r.pulled_at, r.max_age_hours,
                    age_hours(r.pulled_at, now)) for r in rows]


def ages(session: Session, now: datetime | None = None) -> list[ListAge]:
    """Every list held with its age at ``now`` (default: the clock) and maximum age."""
    return ages_conn(session.database.conn, now)


def screen_conn(conn: Any, query: Query, threshold: float = HIT_THRESHOLD) -> Result:
    """:func:`screen` on a bare connection (a worker thread's own, or a benchmark's)."""
    todo = plan(query)
    with translate_errors():
        snapshots = {r.list_code: Snapshot(r.list_code, r.version, r.pulled_at, r.entries)
                     for r in watchlist.lists(conn)}
        ids = [(q, k, [(r.rowid, r.list_code, r.data, r.country, r.value)
                       for r in watchlist.find_identifier(conn, k.kind, k.key)])
               for q, k in todo.identifiers]
        names = []
        for p in todo.persons:
            retrieved, counts = watchlist.find_names(conn, p.keys, PER_KEY)
            kept = shortlist(retrieved)
            if len(kept) < len(retrieved):
                todo.notes.append(f"{len(retrieved)} name candidates; the {len(kept)} with the "
                                  "most key evidence were scored")
            names.append((p, kept, counts))
        wanted = {rowid for _, rows, _ in names for rowid in rows}
        alerts = watchlist.load_alerts(conn, wanted) if wanted else {}
    return rank(Found(ids, names, alerts, snapshots), threshold, todo.notes)


def screen(session: Session, query: Query, *, threshold: float = HIT_THRESHOLD) -> Result:
    """Screen ``query`` against every list held (any operator; reads only).

    Raises StoreError when the database cannot be read.
    """
    return screen_conn(session.database.conn, query, threshold)
