"""The watchlist index: alerts, exact identifier keys and name keys, per list snapshot.

Tables (migration ``0004_watchlist``), all inside the encrypted database:

- ``watchlist_lists``: one row per list: the snapshot that answers (version,
  pulled_at: when the workstation last got it current from HQ), its entry count, the
  version of the key algorithm it was built with, its maximum age (hours, from HQ) and
  the HQ feed version of the offline file it was last imported from (0: none);
- ``watchlist_alerts``: one row per alert, the ``alert.v1`` JSON; its integer rowid is
  what the key tables point at;
- both carry the sync ``generation`` (migration ``0010``) the list or alert was last
  confirmed current in by HQ (NULL: loaded locally by a supervisor): a full resync
  stamps what HQ sends again and :func:`sweep` removes, at its end, what is older;
- ``watchlist_ids`` (kind, key) → alert, with the listed country and value: an
  identifier lookup is one probe of its primary key;
- ``watchlist_names`` key → alert: the name keys of ``checkpoint.screening.names``;
  a name query is one ``IN`` probe over a handful of keys.

The key tables have no index by alert (it would double their size): to remove an
alert its keys are computed again from its stored JSON by the caller's ``keys_of``.
When the key algorithm changes (``keys_version``), :func:`reindex` recomputes them all.
The caller computes every key (screening is pure and knows no SQL); this module
only stores and probes. Everything runs inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

__all__ = [
    "IdRow",
    "IndexedAlert",
    "ListRow",
    "apply_delta",
    "find_identifier",
    "find_names",
    "keep",
    "lists",
    "load_alerts",
    "reindex",
    "remove_list",
    "replace_list",
    "set_file_feed_version",
    "set_max_age",
    "stale_lists",
    "sweep",
    "touch_lists",
    "unchanged",
]

BATCH = 2000


@dataclass(frozen=True)
class IndexedAlert:
    """One alert ready for the index: its id, JSON text and the keys computed for it."""

    alert_id: str
    data: str
    ids: Sequence[tuple[str, str, str, str]]  # (kind, key, country, value as listed)
    names: Collection[str]


@dataclass(frozen=True)
class ListRow:
    list_code: str
    version: int
    pulled_at: str
    entries: int
    keys_version: str
    max_age_hours: int = 48
    file_feed_version: int = 0


@dataclass(frozen=True)
class IdRow:
    rowid: int
    list_code: str
    data: str
    country: str
    value: str


KeysOf = Callable[[str], IndexedAlert]


def lists(conn: Any) -> list[ListRow]:
    rows = conn.execute("SELECT list, version, pulled_at, entries, keys_version, max_age_hours, "
                        "file_feed_version FROM watchlist_lists ORDER BY list").fetchall()
    return [ListRow(*r) for r in rows]


def set_max_age(conn: Any, list_code: str, hours: int) -> None:
    conn.execute("UPDATE watchlist_lists SET max_age_hours = ? WHERE list = ?",
                 (hours, list_code))


def set_file_feed_version(conn: Any, list_code: str | None, feed_version: int) -> None:
    """Mark a list (``None``: every list) as current to HQ's feed ``feed_version``."""
    if list_code is None:
        conn.execute("UPDATE watchlist_lists SET file_feed_version = ?", (feed_version,))
    else:
        conn.execute("UPDATE watchlist_lists SET file_feed_version = ? WHERE list = ?",
                     (feed_version, list_code))


def touch_lists(conn: Any, pulled_at: str) -> int:
    """Every list is current as of ``pulled_at`` (a pull reached the end of HQ's feed)."""
    return int(conn.execute("UPDATE watchlist_lists SET pulled_at = ? WHERE pulled_at < ?",
                            (pulled_at, pulled_at)).rowcount)


def _insert(conn: Any, list_code: str, alerts: Iterable[IndexedAlert],
            generation: int | None) -> int:
    count = 0
    it = iter(alerts)
    while batch := list(islice(it, BATCH)):
        ids: list[tuple[str, str, int, str, str]] = []
        names: list[tuple[str, int]] = []
        for a in batch:
            cur = conn.execute("INSERT INTO watchlist_alerts (list, alert_id, data, "
                               "generation) VALUES (?, ?, ?, ?)",
                               (list_code, a.alert_id, a.data, generation))
            rowid = int(cur.lastrowid)
            ids += [(kind, key, rowid, country, value) for kind, key, country, value in a.ids]
            names += [(key, rowid) for key in a.names]
        ids.sort()
        names.sort()
        conn.executemany("INSERT OR IGNORE INTO watchlist_ids (kind, key, alert, country, value) "
                         "VALUES (?, ?, ?, ?, ?)", ids)
        conn.executemany("INSERT OR IGNORE INTO watchlist_names (key, alert) VALUES (?, ?)", names)
        count += len(batch)
    return count


def _delete(conn: Any, rowid: int, data: str, keys_of: KeysOf) -> None:
    old = keys_of(data)
    conn.executemany("DELETE FROM watchlist_ids WHERE kind = ? AND key = ? AND alert = ?",
                     [(kind, key, rowid) for kind, key, _, _ in old.ids])
    conn.executemany("DELETE FROM watchlist_names WHERE key = ? AND alert = ?",
                     [(key, rowid) for key in old.names])
    conn.execute("DELETE FROM watchlist_alerts WHERE rowid = ?", (rowid,))


def _count(conn: Any, list_code: str) -> int:
    return int(conn.execute("SELECT count(*) FROM watchlist_alerts WHERE list = ?",
                            (list_code,)).fetchone()[0])


def _set_list(conn: Any, list_code: str, version: int, pulled_at: str, keys_version: str,
              generation: int | None) -> None:
    conn.execute(
        "INSERT INTO watchlist_lists (list, version, pulled_at, entries, keys_version, "
        "generation) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (list) DO UPDATE SET "
        "version = excluded.version, pulled_at = excluded.pulled_at, "
        "entries = excluded.entries, keys_version = excluded.keys_version, "
        "generation = excluded.generation",
        (list_code, version, pulled_at, _count(conn, list_code), keys_version, generation))


def remove_list(conn: Any, list_code: str, keys_of: KeysOf) -> int:
    """Remove a list and every key of its alerts; returns the number of alerts removed."""
    others = conn.execute("SELECT count(*) FROM watchlist_lists WHERE list <> ?",
                          (list_code,)).fetchone()[0]
    n = int(conn.execute("SELECT count(*) FROM watchlist_alerts WHERE list = ?",
                         (list_code,)).fetchone()[0])
    if others == 0:  # the only list: empty the tables instead of deleting key by key
        for table in ("watchlist_names", "watchlist_ids", "watchlist_alerts"):
            conn.execute(f"DELETE FROM {table}")
    else:
        rows = conn.execute("SELECT rowid, data FROM watchlist_alerts WHERE list = ?",
                            (list_code,)).fetchall()
        for rowid, data in rows:
            _delete(conn, rowid, data, keys_of)
    conn.execute("DELETE FROM watchlist_lists WHERE list = ?", (list_code,))
    return n


def replace_list(conn: Any, list_code: str, version: int, pulled_at: str, keys_version: str,
                 alerts: Iterable[IndexedAlert], keys_of: KeysOf,
                 generation: int | None = None) -> int:
    """Put a full snapshot of a list in place of the one there (if any); returns its size.
    The list and its alerts are stamped ``generation``."""
    remove_list(conn, list_code, keys_of)
    n = _insert(conn, list_code, alerts, generation)
    _set_list(conn, list_code, version, pulled_at, keys_version, generation)
    return n


def apply_delta(conn: Any, list_code: str, version: int, pulled_at: str, keys_version: str,
                upserts: Iterable[IndexedAlert], deletes: Iterable[str],
                keys_of: KeysOf, generation: int | None = None) -> tuple[int, int, int]:
    """Add or change ``upserts``, remove ``deletes`` (alert ids); (added, changed, removed).

    An alert id given twice among ``upserts`` counts once: the last one wins. An upsert
    identical to the alert held (a full resync sends everything again) keeps its row and
    keys and is only stamped; the list and every upsert are stamped ``generation``.
    """
    added = changed = removed = 0
    upserts = {a.alert_id: a for a in upserts}.values()
    for alert_id in deletes:
        row = conn.execute("SELECT rowid, data FROM watchlist_alerts WHERE list = ? AND "
                           "alert_id = ?", (list_code, alert_id)).fetchone()
        if row is not None:
            _delete(conn, row[0], row[1], keys_of)
            removed += 1
    fresh = []
    for alert in upserts:
        row = conn.execute("SELECT rowid, data FROM watchlist_alerts WHERE list = ? AND "
                           "alert_id = ?", (list_code, alert.alert_id)).fetchone()
        if row is not None and row[1] == alert.data:  # the same: no key is recomputed
            conn.execute("UPDATE watchlist_alerts SET generation = ? WHERE rowid = ?",
                         (generation, row[0]))
            continue
        if row is not None:
            _delete(conn, row[0], row[1], keys_of)
            changed += 1
        else:
            added += 1
        fresh.append(alert)
    _insert(conn, list_code, fresh, generation)
    _set_list(conn, list_code, version, pulled_at, keys_version, generation)
    return added, changed, removed


def unchanged(conn: Any, list_code: str, texts: dict[str, str]) -> set[str]:
    """The alert ids of ``texts`` (alert id → JSON) held with exactly that JSON (one
    unique-index probe each)."""
    same = set()
    for alert_id, text in texts.items():
        row = conn.execute("SELECT data FROM watchlist_alerts WHERE list = ? AND alert_id = ?",
                           (list_code, alert_id)).fetchone()
        if row is not None and row[0] == text:
            same.add(alert_id)
    return same


def keep(conn: Any, generation: int, list_code: str, alert_ids: Iterable[str] = (),
         *, header: bool = False) -> None:
    """Stamp what HQ still has though it was not applied (an offline file had it, or a
    newer version is parked or set aside): ``alert_ids`` of the list, and the list's row
    itself when ``header``. One primary-key or unique-index probe per row."""
    conn.executemany("UPDATE watchlist_alerts SET generation = ? WHERE list = ? AND "
                     "alert_id = ?", [(generation, list_code, a) for a in alert_ids])
    if header:
        conn.execute("UPDATE watchlist_lists SET generation = ? WHERE list = ?",
                     (generation, list_code))


def sweep(conn: Any, generation: int, keys_of: KeysOf) -> tuple[list[str], int]:
    """After a full resync of ``generation``: remove the lists and alerts HQ did not send
    again (stamped older; NULL, a supervisor's local list, is never swept). Returns the
    lists removed and the number of alerts removed (theirs included).

    The stale alerts are found through the index on ``generation`` (a range probe: the
    cost is in the alerts removed, not the alerts held); each costs its keys recomputed.
    """
    gone = [r[0] for r in conn.execute("SELECT list FROM watchlist_lists WHERE generation < ? "
                                       "ORDER BY list", (generation,)).fetchall()]
    removed = sum(remove_list(conn, code, keys_of) for code in gone)
    shrunk: set[str] = set()
    while rows := conn.execute("SELECT id, list, data FROM watchlist_alerts WHERE "
                               "generation < ? ORDER BY generation, id LIMIT ?",
                               (generation, BATCH)).fetchall():
        for rowid, list_code, data in rows:
            _delete(conn, rowid, data, keys_of)
            shrunk.add(list_code)
        removed += len(rows)
    for list_code in sorted(shrunk):
        conn.execute("UPDATE watchlist_lists SET entries = ? WHERE list = ?",
                     (_count(conn, list_code), list_code))
    return gone, removed


def stale_lists(conn: Any, keys_version: str) -> list[str]:
    rows = conn.execute("SELECT list FROM watchlist_lists WHERE keys_version <> ? ORDER BY list",
                        (keys_version,)).fetchall()
    return [r[0] for r in rows]


def reindex(conn: Any, keys_version: str, keys_of: KeysOf) -> int:
    """Compute every key again from the stored alerts (the key algorithm changed).

    The old keys cannot be recomputed (their algorithm is gone), so both key tables are
    emptied and refilled, a batch of alerts at a time; returns the alerts reindexed.
    """
    conn.execute("DELETE FROM watchlist_names")
    conn.execute("DELETE FROM watchlist_ids")
    last, count = 0, 0
    while rows := conn.execute("SELECT id, data FROM watchlist_alerts WHERE id > ? ORDER BY id "
                               "LIMIT ?", (last, BATCH)).fetchall():
        ids: list[tuple[str, str, int, str, str]] = []
        names: list[tuple[str, int]] = []
        for rowid, data in rows:
            keys = keys_of(data)
            ids += [(kind, key, rowid, country, value) for kind, key, country, value in keys.ids]
            names += [(key, rowid) for key in keys.names]
        conn.executemany("INSERT OR IGNORE INTO watchlist_ids (kind, key, alert, country, value) "
                         "VALUES (?, ?, ?, ?, ?)", sorted(ids))
        conn.executemany("INSERT OR IGNORE INTO watchlist_names (key, alert) VALUES (?, ?)",
                         sorted(names))
        last, count = rows[-1][0], count + len(rows)
    conn.execute("UPDATE watchlist_lists SET keys_version = ?", (keys_version,))
    return count


def find_identifier(conn: Any, kind: str, key: str) -> list[IdRow]:
    """Every alert listing this identifier key (one primary-key probe)."""
    rows = conn.execute(
        "SELECT a.rowid, a.list, a.data, i.country, i.value FROM watchlist_ids i "
        "JOIN watchlist_alerts a ON a.rowid = i.alert WHERE i.kind = ? AND i.key = ?",
        (kind, key)).fetchall()
    return [IdRow(*r) for r in rows]


def find_names(conn: Any, keys: Collection[str],
               per_key: int) -> tuple[dict[int, set[str]], dict[str, int]]:
    """Alert rowids under any of ``keys`` → the keys that found each; and per key how
    many alerts it holds (``per_key + 1`` meaning "more").

    A key with more than ``per_key`` alerts is too common to narrow anything down (a
    typo key of a very frequent name) and is left out; its alerts can still come in
    through the other keys.
    """
    found: dict[int, set[str]] = {}
    counts: dict[str, int] = {}
    for key in sorted(keys):
        rows = conn.execute("SELECT alert FROM watchlist_names WHERE key = ? LIMIT ?",
                            (key, per_key + 1)).fetchall()
        counts[key] = len(rows)
        if len(rows) > per_key:
            continue
        for (rowid,) in rows:
            found.setdefault(rowid, set()).add(key)
    return found, counts


def load_alerts(conn: Any, rowids: Collection[int]) -> dict[int, tuple[str, str]]:
    """rowid → (list, alert JSON) for the candidates."""
    out: dict[int, tuple[str, str]] = {}
    ids = sorted(rowids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute("SELECT rowid, list, data FROM watchlist_alerts WHERE rowid IN ("
                            + ",".join("?" * len(chunk)) + ")", chunk).fetchall()
        out.update({r[0]: (r[1], r[2]) for r in rows})
    return out
