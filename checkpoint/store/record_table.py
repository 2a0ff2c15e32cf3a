"""The records table: every kind of record, as its exchange document (JSON).

A document is stored in its canonical form (:mod:`checkpoint.domain.chain`), the text
its journal entry's digest commits to. A record is a draft (mutable, autosaved) until
it is finalized; after that a trigger makes the row read-only, and corrections are
new records that amend it.
``search_terms`` indexes the identifiers and name keys of each record so that a
lookup among millions is one index probe.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from checkpoint.domain.chain import canonical
from checkpoint.domain.ids import new_id


@dataclass(frozen=True)
class StoredRecord:
    id: str
    kind: str
    status: str
    created_at: str
    updated_at: str
    author: str
    device_id: str
    amends: str | None
    document: dict[str, Any]


_COLUMNS = "id, kind, status, created_at, updated_at, author, device_id, amends, document"


def _row(r: Any) -> StoredRecord:
    return StoredRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]))


def put(conn: Any, rec: StoredRecord, terms: Mapping[str, Iterable[str]], *,
        is_new: bool, text: str | None = None) -> None:
    """Insert a new record, or update the row of a draft.

    Search terms are written when the record is no longer a draft (finalized
    records never change, so their terms are written once). Raises the store's
    integrity error when the row exists and is frozen (a trigger refuses it).
    ``text`` is the document's canonical text when the caller has it already.
    """
    text = canonical(rec.document) if text is None else text
    if is_new:
        conn.execute(
            f"INSERT INTO records ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rec.id, rec.kind, rec.status, rec.created_at, rec.updated_at, rec.author,
             rec.device_id, rec.amends, text),
        )
    else:
        conn.execute(
            "UPDATE records SET status = ?, updated_at = ?, document = ? WHERE id = ?",
            (rec.status, rec.updated_at, text, rec.id),
        )
    if rec.status != "draft":
        rows = sorted({(kind, term) for kind, values in terms.items() for term in values if term})
        for start in range(0, len(rows), 300):
            chunk = rows[start:start + 300]
            conn.execute(
                "INSERT OR IGNORE INTO search_terms (kind, term, record_id) VALUES "
                + ",".join(["(?, ?, ?)"] * len(chunk)),
                [x for kind, term in chunk for x in (kind, term, rec.id)],
            )


class RecordState(NamedTuple):
    """What a record's row says besides its document."""

    status: str
    created_at: str
    author: str
    device_id: str


def state(conn: Any, record_id: str) -> RecordState | None:
    """The status, creation, author and device of a record, without reading its document."""
    r = conn.execute(
        "SELECT status, created_at, author, device_id FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    return RecordState(str(r[0]), str(r[1]), str(r[2]), str(r[3])) if r else None


def get(conn: Any, record_id: str) -> StoredRecord | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()
    return _row(r) if r else None


def get_many(conn: Any, ids: list[str]) -> list[StoredRecord]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id IN ({marks})", ids).fetchall()
    by_id = {r[0]: _row(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def delete_draft(conn: Any, record_id: str) -> None:
    conn.execute("DELETE FROM records WHERE id = ? AND status = 'draft'", (record_id,))


def set_draft_author(conn: Any, record_id: str, author: str) -> None:
    """Hand a draft to another officer (a finalized record never changes hands)."""
    conn.execute("UPDATE records SET author = ? WHERE id = ? AND status = 'draft'",
                 (author, record_id))


def drafts(conn: Any, author: str, kind: str) -> list[StoredRecord]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE status = 'draft' AND author = ? AND kind = ? "
        "ORDER BY updated_at DESC", (author, kind),
    ).fetchall()
    return [_row(r) for r in rows]


def drafts_of_others(conn: Any, author: str, kind: str) -> list[StoredRecord]:
    """Drafts of ``kind`` by anyone but ``author``, newest change first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE status = 'draft' AND author <> ? AND kind = ? "
        "ORDER BY updated_at DESC", (author, kind),
    ).fetchall()
    return [_row(r) for r in rows if str(r[5]).casefold() != author.casefold()]


def amendments(conn: Any, record_id: str) -> list[StoredRecord]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE amends = ? ORDER BY created_at", (record_id,)
    ).fetchall()
    return [_row(r) for r in rows]


def later_versions(conn: Any, record_id: str) -> list[StoredRecord]:
    """The versions that correct ``record_id``, oldest first, along its amendment chain:
    at each step the newest finalized amendment (or, when none is finalized yet, the
    newest draft amendment, which ends the chain)."""
    out: list[StoredRecord] = []
    seen = {record_id}
    current = record_id
    while True:
        children = amendments(conn, current)
        finalized = [c for c in children if c.status != "draft"]
        step = finalized[-1] if finalized else (children[-1] if children else None)
        if step is None or step.id in seen:
            return out
        out.append(step)
        seen.add(step.id)
        if step.status == "draft":
            return out
        current = step.id


def first_version(conn: Any, record_id: str) -> str:
    """The id of the first version of ``record_id``'s amendment chain (itself when it
    amends nothing)."""
    row = conn.execute(
        "WITH RECURSIVE chain(id, amends, depth) AS (SELECT id, amends, 0 FROM records "
        "WHERE id = ? UNION ALL SELECT r.id, r.amends, c.depth + 1 FROM records r "
        "JOIN chain c ON r.id = c.amends WHERE c.depth < 1000) "
        "SELECT id FROM chain ORDER BY depth DESC LIMIT 1", (record_id,)).fetchone()
    return str(row[0]) if row else record_id


def current_ids(conn: Any, ids: list[str]) -> list[str]:
    """Each record replaced by its current version (the newest finalized version of its
    amendment chain), in the given order, each once."""
    out: list[str] = []
    for record_id in ids:
        finalized = [r for r in later_versions(conn, record_id) if r.status != "draft"]
        current = finalized[-1].id if finalized else record_id
        if current not in out:
            out.append(current)
    return out


#: A row is listed unless a finalized amendment replaces it, or it is itself an
#: amendment still in draft (it is shown on the record it corrects and among drafts).
_CURRENT = ("NOT (records.amends IS NOT NULL AND records.status = 'draft') AND NOT EXISTS "
            "(SELECT 1 FROM records AS a WHERE a.amends = records.id AND a.status <> 'draft')")


def find_ids(conn: Any, term_kind: str, term: str, *, prefix: bool = False,
             limit: int = 200) -> list[str]:
    """Record ids with a search term equal to (or starting with) ``term``."""
    if prefix:
        rows = conn.execute(
            "SELECT DISTINCT record_id FROM search_terms WHERE kind = ? AND term >= ? AND term < ? "
            "LIMIT ?", (term_kind, term, term + "\uffff", limit),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT record_id FROM search_terms WHERE kind = ? AND term = ? LIMIT ?",
            (term_kind, term, limit),
        ).fetchall()
    return [r[0] for r in rows]


def newest_first(conn: Any, ids: list[str], limit: int, since: str | None = None) -> list[str]:
    """The given record ids ordered by creation time, newest first, at most ``limit``;
    only those created at or after ``since`` (a UTC timestamp) when it is given."""
    out: list[tuple[str, str]] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        out += conn.execute(
            f"SELECT created_at, id FROM records WHERE id IN ({marks}) AND created_at >= ?",
            [*chunk, since or ""]).fetchall()
    out.sort(reverse=True)
    return [i for _, i in out[:limit]]


def count(conn: Any, kind: str, since: str | None = None) -> int:
    """Records of ``kind`` as lists show them, each in its current version (created at or
    after ``since``, a UTC timestamp, when given): all rows, less those an amendment hides,
    counted over the amendments' index (amendments are few)."""
    r = conn.execute("SELECT count(*) FROM records WHERE kind = ? AND created_at >= ?",
                     (kind, since or "")).fetchone()
    drafts = conn.execute(
        "SELECT count(*) FROM records WHERE amends IS NOT NULL AND status = 'draft' "
        "AND kind = ? AND created_at >= ?", (kind, since or "")).fetchone()
    replaced = conn.execute(
        "SELECT count(DISTINCT a.amends) FROM records AS a JOIN records AS o ON o.id = a.amends "
        "WHERE a.amends IS NOT NULL AND a.status <> 'draft' AND o.kind = ? "
        "AND o.created_at >= ?", (kind, since or "")).fetchone()
    return int(r[0]) - int(drafts[0]) - int(replaced[0])


def page(conn: Any, kind: str, before: tuple[str, str] | None, limit: int,
         since: str | None = None, *, ascending: bool = False) -> list[StoredRecord]:
    """Records newest first (oldest first when ``ascending``), strictly after the keyset
    ``before`` = (created_at, id) in that order; each in its current version only (a
    record a finalized amendment replaces is left out)."""
    sql = f"SELECT {_COLUMNS} FROM records WHERE kind = ? AND created_at >= ? AND {_CURRENT}"
    params: list[Any] = [kind, since or ""]
    if before is not None:
        sql += f" AND (created_at, id) {'>' if ascending else '<'} (?, ?)"
        params += [before[0], before[1]]
    order = "ASC" if ascending else "DESC"
    sql += f" ORDER BY created_at {order}, id {order} LIMIT ?"
    params.append(limit)
    return [_row(r) for r in conn.execute(sql, params).fetchall()]


def finalized_oldest_first(conn: Any, kind: str, since: str | None,
                           after: tuple[str, str], limit: int) -> list[tuple[str, str, str]]:
    """(created_at, id, document text) of finalized records of ``kind`` created at or after
    ``since``, oldest first, strictly after the keyset ``after`` = (created_at, id)."""
    rows = conn.execute(
        "SELECT created_at, id, document FROM records WHERE kind = ? AND status <> 'draft' "
        "AND created_at >= ? AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?",
        (kind, since or "", after[0], after[1], limit),
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def put_attachment(conn: Any, record_id: str, media_type: str, data: bytes) -> tuple[str, str]:
    """Store attachment bytes (encrypted with the database). Returns (id, sha256)."""
    att_id = new_id()
    sha = hashlib.sha256(data).hexdigest()
    conn.execute(
        "INSERT INTO attachments (id, record_id, media_type, sha256, size, data) "
        "VALUES (?, ?, ?, ?, ?, ?)", (att_id, record_id, media_type, sha, len(data), data),
    )
    return att_id, sha


def get_attachment(conn: Any, att_id: str) -> tuple[str, bytes] | None:
    r = conn.execute("SELECT media_type, data FROM attachments WHERE id = ?", (att_id,)).fetchone()
    return (str(r[0]), bytes(r[1])) if r else None
