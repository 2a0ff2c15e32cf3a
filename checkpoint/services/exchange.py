"""Exporting and importing inspections in the agreed formats.

Export writes finalized inspections (amendments included) in the ``inspection.v1``
form: JSON lines, or CSV flattened as ``checkpoint.formats.flat`` documents. Import
reads JSON lines, validates every document against the schema, the domain model and
the rules a record finalized here must pass (:func:`finalize_problems`: check digits
recomputed, countries, dates, no control characters in names), and imports all of
them in one transaction or none, with one error line per problem. An error line names
the line and the field, never the value (it may be personal data, and it goes to a
terminal). Imported records keep their origin (workstation id, author). Each export
and each imported record is a journal entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection, finalize_problems
from checkpoint.domain.keys import search_keys
from checkpoint.errors import FormatError, UsageError
from checkpoint.formats import validate_document
from checkpoint.formats.flat import write_csv
from checkpoint.services import records as record_service
from checkpoint.services.inspections import KIND
from checkpoint.services.session import Session
from checkpoint.store import records as rows
from checkpoint.store.connection import translate_errors

FORMATS = ("jsonl", "csv")
PAGE = 2000


def _finalized(session: Session, since: str | None) -> Iterator[dict[str, Any]]:
    """Finalized inspections oldest first, read page by page."""
    conn = session.database.conn
    after = ("", "")
    while True:
        with translate_errors():
            batch = conn.execute(
                "SELECT created_at, id, document FROM records WHERE kind = ? AND status <> 'draft' "
                "AND created_at >= ? AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?",
                (KIND, since or "", after[0], after[1], PAGE),
            ).fetchall()
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


#: Record times an import accepts: from this year to a day past the workstation's clock.
FIRST_YEAR = "2000"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(number: int, line: str) -> tuple[Any, list[str]]:
    """The JSON value of a line, or the problems that make it unreadable."""
    try:
        doc = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        return None, [f"line {number}: not JSON ({e.msg} at column {e.colno})."]
    except RecursionError:
        return None, [f"line {number}: not JSON this program reads (nested too deeply)."]
    except ValueError:  # NaN, Infinity, a number with thousands of digits
        return None, [f"line {number}: not JSON this program reads (NaN, Infinity or a "
                      "number too long)."]
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return None, [f"line {number}: holds text that is not valid Unicode (a lone "
                      "surrogate)."]
    except RecursionError:
        return None, [f"line {number}: not JSON this program reads (nested too deeply)."]
    return doc, []


def _time_problems(insp: Inspection) -> list[str]:
    latest = utc_now()[:4]
    latest = str(int(latest) + 1)
    times = {"created_at": insp.created_at, "updated_at": insp.updated_at,
             "started_at": insp.started_at, "finalized_at": insp.finalized_at}
    return [f"Inspection: {name} is not a plausible time." for name, value in times.items()
            if value is not None and not FIRST_YEAR <= value[:4] <= latest]


def _without_values(problem: str) -> str:
    """A finalize problem cut before the validator's reason (which may quote the value)."""
    head, sep, _ = problem.partition(" is invalid.")
    return head + sep if sep else problem


def _check_line(number: int, line: str) -> tuple[Inspection | None, list[str]]:
    doc, problems = _parse(number, line)
    if problems:
        return None, problems
    if not isinstance(doc, dict):
        return None, [f"line {number}: not a JSON object."]
    try:
        problems = validate_document(doc, "inspection.v1", values=False)
    except RecursionError:
        problems = ["the document is nested too deeply."]
    if problems:
        return None, [f"line {number}: {p}" for p in problems]
    if doc.get("status") != "finalized":
        return None, [f"line {number}: only finalized inspections can be imported."]
    try:
        insp = Inspection.from_document(doc)
    except FormatError as e:
        return None, [f"line {number}: {_without_values(p)}" for p in (e.problems or [str(e)])]
    if insp.to_document() != {**insp.to_document(), **doc}:
        return None, [f"line {number}: the document does not read back the same."]
    problems = finalize_problems(insp) + _time_problems(insp)
    if problems:
        return None, [f"line {number}: {_without_values(p)}" for p in problems]
    return insp, []


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
