"""The counts behind the supervisor's charts (tables ``review_stats``, ``review_stats_mark``).

Counts per UTC hour (``YYYY-MM-DDTHH``), metric and key, e.g. ``("2026-03-14T07",
"outcome", "released", 12)``. They are derived data: made from the finalized record
versions in the journal, up to the journal position in ``review_stats_mark``, and
brought up to date by the service before every chart. Nothing here is personal: only
counts under codes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

# The same condition as the partial index journal_record_versions (migration 0003),
# so that reading the versions after a position is an index range scan.
_VERSIONS = ("SELECT seq, subject FROM journal WHERE seq > ? "
             "AND json_extract(payload, '$.digest') IS NOT NULL "
             "AND coalesce(json_extract(payload, '$.status'), 'draft') <> 'draft' "
             "ORDER BY seq LIMIT ?")


class Count(NamedTuple):
    hour: str
    metric: str
    key: str
    n: int


class RecordValues(NamedTuple):
    id: str
    kind: str
    created_at: str
    amends: str | None
    values: tuple[Any, ...]


def mark(conn: Any) -> int:
    """The journal position counted so far."""
    r = conn.execute("SELECT seq FROM review_stats_mark WHERE id = 1").fetchone()
    return int(r[0]) if r else 0


def set_mark(conn: Any, seq: int) -> None:
    conn.execute("UPDATE review_stats_mark SET seq = ? WHERE id = 1", (seq,))


def versions_after(conn: Any, seq: int, limit: int) -> list[tuple[int, str]]:
    """(seq, subject) of journal entries after ``seq`` that commit to a finalized record."""
    return [(int(r[0]), str(r[1])) for r in conn.execute(_VERSIONS, (seq, limit))]


def _extract(paths: tuple[str, ...]) -> str:
    """One json_extract of every path: SQLite parses each document once and answers a JSON
    array of the values (objects and arrays in it as JSON)."""
    if len(paths) < 2:
        raise ValueError("give at least two JSON paths")
    return f"json_extract(document{', ?' * len(paths)})"


def _values(text: str | None, n: int) -> tuple[Any, ...]:
    values = json.loads(text) if text else [None] * n
    return tuple(values)


def record_values(conn: Any, ids: list[str], paths: tuple[str, ...]) -> list[RecordValues]:
    """For each record id: kind, creation time, what it amends and the JSON values at
    ``paths`` (extracted by SQLite, so whole documents are not parsed in Python)."""
    out: list[RecordValues] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id, kind, created_at, amends, {_extract(paths)} FROM "
                            f"records WHERE id IN ({marks})", (*paths, *chunk))
        out += [RecordValues(r[0], r[1], r[2], r[3], _values(r[4], len(paths))) for r in rows]
    return out


def add(conn: Any, counts: Mapping[tuple[str, str, str], int]) -> None:
    """Add counts (``(hour, metric, key) → n``) to what is held."""
    conn.executemany(
        "INSERT INTO review_stats (hour, metric, key, n) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (hour, metric, key) DO UPDATE SET n = n + excluded.n",
        [(h, m, k, n) for (h, m, k), n in counts.items()])


def between(conn: Any, first_hour: str, last_hour: str,
            metrics: Iterable[str] | None = None) -> list[Count]:
    """The counts of the hours from ``first_hour`` to ``last_hour`` (inclusive)."""
    rows = conn.execute("SELECT hour, metric, key, n FROM review_stats WHERE hour >= ? "
                        "AND hour <= ?", (first_hour, last_hour))
    wanted = None if metrics is None else set(metrics)
    return [Count(r[0], r[1], r[2], int(r[3])) for r in rows
            if wanted is None or r[1] in wanted]


class Row(NamedTuple):
    id: str
    kind: str
    status: str
    created_at: str
    author: str
    amends: str | None
    values: tuple[Any, ...]


def rows_between(conn: Any, kind: str, start: str, end: str, paths: tuple[str, ...],
                 limit: int, after: tuple[str, str] | None = None) -> list[Row]:
    """Records of ``kind`` created from ``start`` to ``end``, oldest first (after the
    keyset ``after`` = (created_at, id)), with the JSON values at ``paths`` extracted by
    SQLite: a review reads a shift's records without parsing their documents in Python."""
    sql = (f"SELECT id, kind, status, created_at, author, amends, {_extract(paths)} FROM "
           "records WHERE kind = ? AND created_at >= ? AND created_at <= ?")
    params: list[Any] = [*paths, kind, start, end]
    if after is not None:
        sql += " AND (created_at, id) > (?, ?)"
        params += [after[0], after[1]]
    sql += " ORDER BY created_at, id LIMIT ?"
    params.append(limit)
    return [Row(r[0], r[1], r[2], r[3], r[4], r[5], _values(r[6], len(paths)))
            for r in conn.execute(sql, params)]
