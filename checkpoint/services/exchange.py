"""Exporting and importing inspections in the agreed formats.

Export writes finalized inspections (amendments included) in the ``inspection.v1``
form: JSON lines, or CSV flattened as ``checkpoint.formats.flat`` documents. Import
reads JSON lines, validates every document against the schema, the domain model and
the rules a record finalized here must pass (:func:`finalize_problems`: check digits
recomputed, countries, dates, no control characters in names), and imports all of
them in one transaction or none. A refused file raises ``ValidationError`` (code
``import.refused``) with one :class:`~checkpoint.errors.Problem` per finding: its path
in the line's document, its code, and ``line`` among its params; the command line words
them naming the line and the field, never the value (it may be personal data, and it
goes to a terminal). Imported records keep their origin (workstation id, author) as a
claim: each is journaled as an ``inspection.import`` by the importing operator, which is
how it travels to HQ as an imported record (``protocol.items.is_imported``, documented in
docs/protocol.md); a record that claims this workstation as its origin but is not here
is refused (``import.own_origin``: this workstation did not make it). Each export is a
journal entry too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection, finalize_problems
from checkpoint.domain.search_terms import search_keys
from checkpoint.errors import Code, FormatError, Param, Problem, UsageError, ValidationError
from checkpoint.errors import path as doc_path
from checkpoint.formats import validate_document
from checkpoint.formats.flat import write_csv
from checkpoint.services import journaled_records as record_service
from checkpoint.services.inspections import KIND
from checkpoint.services.session import Session
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors
from checkpoint.sync.protocol.items import import_action

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
    problems: list[Problem] = field(default_factory=list)


#: Record times an import accepts: from this year to a year past the workstation's clock.
FIRST_YEAR = "2000"


def _problem(number: int, code: str, where: str = "", **params: Param) -> Problem:
    """A problem of line ``number``; ``where`` is its path in the line's document."""
    return Problem(where, code, {"line": number, **params})


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(number: int, line: str) -> tuple[Any, list[Problem]]:
    """The JSON value of a line, or the problems that make it unreadable."""
    try:
        doc = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        return None, [_problem(number, Code.IMPORT_NOT_JSON, column=e.colno)]
    except (RecursionError, ValueError):  # too deep; NaN, Infinity, thousands of digits
        return None, [_problem(number, Code.IMPORT_UNREADABLE)]
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return None, [_problem(number, Code.IMPORT_NOT_UNICODE)]
    except RecursionError:
        return None, [_problem(number, Code.IMPORT_UNREADABLE)]
    return doc, []


def _time_problems(number: int, insp: Inspection) -> list[Problem]:
    latest = str(int(utc_now()[:4]) + 1)
    times = {"created_at": insp.created_at, "updated_at": insp.updated_at,
             "started_at": insp.started_at, "finalized_at": insp.finalized_at}
    return [_problem(number, Code.TIME_IMPLAUSIBLE, name, first=FIRST_YEAR, last=latest)
            for name, value in times.items()
            if value is not None and not FIRST_YEAR <= value[:4] <= latest]


def _format_problems(number: int, lines: list[str]) -> list[Problem]:
    """The schema's (or the reader's) ``/pointer: sentence`` lines as problems."""
    out = []
    for text in lines:
        pointer, sep, detail = text.partition(": ")
        if not sep or not pointer.startswith("/"):
            pointer, detail = "", text
        parts = [int(p) if p.isdigit() else p.replace("~1", "/").replace("~0", "~")
                 for p in pointer.split("/")[1:] if p]
        out.append(_problem(number, Code.IMPORT_SCHEMA, doc_path(*parts), detail=detail))
    return out


def _check_line(number: int, line: str) -> tuple[Inspection | None, list[Problem]]:
    doc, problems = _parse(number, line)
    if problems:
        return None, problems
    if not isinstance(doc, dict):
        return None, [_problem(number, Code.IMPORT_NOT_OBJECT)]
    try:
        schema_lines = validate_document(doc, "inspection.v1", values=False)
    except RecursionError:
        return None, [_problem(number, Code.IMPORT_UNREADABLE)]
    if schema_lines:
        return None, _format_problems(number, schema_lines)
    if doc.get("status") != "finalized":
        return None, [_problem(number, Code.IMPORT_NOT_FINALIZED, "status")]
    try:
        insp = Inspection.from_document(doc)
    except FormatError as e:
        return None, _format_problems(number, e.problems or [str(e)])
    if insp.to_document() != {**insp.to_document(), **_with_derived(doc, insp)}:
        return None, [_problem(number, Code.IMPORT_READS_DIFFERENTLY)]
    # the rules of a finalize here (their params may hold values: see cli.wording)
    problems = [_problem(number, p.code, p.path, **p.params) for p in finalize_problems(insp)]
    problems += _time_problems(number, insp)
    return (None, problems) if problems else (insp, [])


def _with_derived(doc: dict[str, Any], insp: Inspection) -> dict[str, Any]:
    """``doc`` with the values the domain derives (a VIN's warnings) as it derived them."""
    vehicle = doc.get("vehicle")
    if insp.vehicle is None or not isinstance(vehicle, dict) or vehicle.get("vin_warnings"):
        return doc
    return {**doc, "vehicle": {**vehicle, "vin_warnings": list(insp.vehicle.vin_warnings)}}


def import_file(session: Session, path: Path) -> ImportReport:
    """Import a JSON-lines file all or nothing.

    Raises ``ValidationError`` (code ``import.refused``) carrying a problem per finding
    when any document is rejected (then nothing is imported); ``FormatError`` when the
    file cannot be read at all.
    """
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
            problems = [_problem(number, Code.IMPORT_DUPLICATE, other_line=seen[insp.id])]
        if problems or insp is None:
            report.problems += problems
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
                report.problems.append(_problem(number, Code.IMPORT_ID_TAKEN, "id"))
        elif insp.device_id == session.device_id:  # claims to be ours, and we never made it
            report.problems.append(_problem(number, Code.IMPORT_OWN_ORIGIN, "device_id"))
        if insp.amends and insp.amends not in seen:
            with translate_errors():
                known = rows.state(conn, insp.amends) is not None
            if not known:
                report.problems.append(_problem(number, Code.IMPORT_AMENDS_UNKNOWN, "amends",
                                                amends=insp.amends))
    if report.problems:
        count = len(report.problems)
        raise ValidationError(f"{path.name}: {count} problem(s); nothing was imported.",
                              report.problems, code=Code.IMPORT_REFUSED,
                              params={"file": path.name, "count": count})
    checked.sort(key=lambda item: (item[1].created_at, item[1].id))  # originals first
    with session.write():
        for _, insp in checked:
            with translate_errors():
                if rows.state(conn, insp.id) is not None:
                    continue
            doc = insp.to_document()
            record_service.put(session, KIND, doc, search_keys(insp), status=doc["status"],
                               action=import_action(KIND), record_id=insp.id,
                               amends=insp.amends)
            report.imported += 1
    return report
