"""Exporting and importing inspections in the agreed formats.

Export writes finalized inspections (amendments included) in the ``inspection.v1``
form: JSON lines, or CSV flattened as ``checkpoint.formats.flat`` documents. Import
reads JSON lines, validates every document against the schema and the domain model,
and imports all of them in one transaction or none, with one error line per
rejected document. Imported records keep their origin (workstation id, author).
Each export and each imported record is a journal entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from checkpoint.domain.inspection import Inspection
from checkpoint.domain.search_terms import search_keys
from checkpoint.errors import FormatError, UsageError
from checkpoint.formats import validate_document
from checkpoint.formats.flat import write_csv
from checkpoint.services import journaled_records as record_service
from checkpoint.services.inspections import KIND
from checkpoint.services.session import Session
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors

FORMATS = ("jsonl", "csv")
PAGE = 2000


def _finalized(session: Session, since: str | None) -> Iterator[dict[str, Any]]:
    """Finalized inspections oldest first, read page by page."""
    conn = session.database.conn
    after = ("", "")
    while True:
        with translate_errors():
            batch = rows.finalized_oldest_first(conn, KIND, since, after, PAGE)
        if not batch:
            return
        for _, _, text in batch:
            # through the model: the document in its natural field order, checked on the way
            yield Inspection.from_document(json.loads(text)).to_document()
        after = (batch[-1][0], batch[-1][1])


def export(session: Session, out: TextIO, fmt: str = "jsonl", since: str | None = None) -> int:
    """Write finalized inspections to ``out``; return how many. Journaled."""
    if fmt not in FORMATS:
        raise UsageError(f"Unknown export format {fmt!r}: choose jsonl or csv.")
    docs = _finalized(session, since)
    if fmt == "csv":
        n = write_csv(docs, out)
    else:
        n = 0
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
    session.audit("inspection.export", KIND, {"format": fmt, "count": n, "since": since})
    return n


@dataclass
class ImportReport:
    imported: int = 0
    already_present: int = 0
    errors: list[str] = field(default_factory=list)


def _check_line(number: int, line: str) -> tuple[Inspection | None, list[str]]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as e:
        return None, [f"line {number}: not JSON ({e.msg} at column {e.colno})."]
    if not isinstance(doc, dict):
        return None, [f"line {number}: not a JSON object."]
    problems = validate_document(doc, "inspection.v1")
    if problems:
        return None, [f"line {number}: {p}" for p in problems]
    if doc.get("status") != "finalized":
        return None, [f"line {number}: only finalized inspections can be imported, "
                      f"this one is a {doc.get('status')}."]
    try:
        insp = Inspection.from_document(doc)
    except FormatError as e:
        return None, [f"line {number}: {p}" for p in (e.problems or [str(e)])]
    if insp.to_document() != {**insp.to_document(), **_with_derived(doc, insp)}:
        return None, [f"line {number}: the document does not read back the same."]
    return insp, []


def _with_derived(doc: dict[str, Any], insp: Inspection) -> dict[str, Any]:
    """``doc`` with the values the domain derives (a VIN's warnings) as it derived them."""
    vehicle = doc.get("vehicle")
    if insp.vehicle is None or not isinstance(vehicle, dict) or vehicle.get("vin_warnings"):
        return doc
    return {**doc, "vehicle": {**vehicle, "vin_warnings": list(insp.vehicle.vin_warnings)}}


def import_file(session: Session, path: Path) -> ImportReport:
    """Import a JSON-lines file all or nothing. Raises FormatError carrying the per-line
    errors when any document is rejected (then nothing is imported)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(f"Cannot read {path.name}: {e}") from e
    report = ImportReport()
    checked: list[tuple[int, Inspection]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        insp, problems = _check_line(number, line)
        if insp is not None and insp.id in seen:
            problems = [f"line {number}: the same record as line {seen[insp.id]}."]
        if problems or insp is None:
            report.errors += problems
            continue
        seen[insp.id] = number
        checked.append((number, insp))
    conn = session.database.conn
    for number, insp in checked:
        with translate_errors():
            existing = rows.get(conn, insp.id)
        if existing is not None:
            if existing.document == insp.to_document():
                report.already_present += 1
            else:
                report.errors.append(f"line {number}: a different record with this id exists.")
        if insp.amends and insp.amends not in seen:
            with translate_errors():
                known = rows.state(conn, insp.amends) is not None
            if not known:
                report.errors.append(
                    f"line {number}: it amends {insp.amends}, which is neither in the file "
                    "nor on this workstation.")
    if report.errors:
        raise FormatError(
            f"{path.name}: {len(report.errors)} problem(s); nothing was imported.", report.errors
        )
    checked.sort(key=lambda item: (item[1].created_at, item[1].id))  # originals first
    with session.write():
        for _, insp in checked:
            with translate_errors():
                if rows.state(conn, insp.id) is not None:
                    continue
            doc = insp.to_document()
            record_service.put(session, KIND, doc, search_keys(insp), status=doc["status"],
                               action="inspection.import", record_id=insp.id,
                               amends=insp.amends)
            report.imported += 1
    return report
