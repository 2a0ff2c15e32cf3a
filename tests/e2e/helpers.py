"""Making records and driving the client the way the tests need."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from checkpoint.domain.ids import new_id
from checkpoint.formats import load_example
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine, SyncReport
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD


def inspection(session: Session, **changes: Any) -> dict[str, Any]:
    """A complete inspection document (the shipped example with a new id)."""
    doc = load_example("inspection")
    doc.update(id=new_id(), device_id=session.device_id, author=session.username, **changes)
    return doc


def record_inspections(session: Session, count: int, **changes: Any) -> list[str]:
    """Finalize ``count`` inspections (one transaction: fast, same rows and journal)."""
    ids = []
    with session.write():
        for _ in range(count):
            doc = inspection(session, **changes)
            records.put(session, "inspection", doc, {"document": {doc["id"][-8:]}},
                        status="finalized", action="inspection.finalize", record_id=doc["id"])
            ids.append(doc["id"])
    return ids


def sync(home: Path, **options: Any) -> SyncReport:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return SyncEngine.for_session(s, **options).sync_now()


def local_journal(home: Path) -> list[tuple[int, str]]:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return [(int(r[0]), str(r[1])) for r in s.database.query(
            "SELECT seq, hash FROM journal ORDER BY seq")]


def hq_journal(hq: Any, device: str) -> list[tuple[int, str]]:
    with hq.tx() as tx:
        return [(int(r[0]), str(r[1])) for r in tx.all(
            "SELECT seq, hash FROM entries WHERE device_id = ? ORDER BY seq", (device,))]


def device_id(home: Path) -> str:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return s.device_id
