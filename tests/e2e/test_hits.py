"""Issue 10, item 3: finalizing an inspection screens its persons and vehicle against the
lists pulled from HQ; each hit becomes a journaled ``hit`` record linked to the
inspection that reaches HQ; the officer's triage is a new version that reaches HQ too."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.domain.inspection import Inspection
from checkpoint.errors import UsageError
from checkpoint.services import hits, inspections
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine
from hq import watchlists
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import inspection

SAMPLE = Path(__file__).parents[1] / "unit" / "screening" / "sample.ftm.jsonl"


def _draft(s: Session, surname: str, number: str) -> Inspection:
    doc = inspection(s, status="draft", finalized_at=None)
    person = doc["persons"][0]
    person.update(surname=None, given_names=None, surname_latin=surname,
                  given_names_latin="TARAS", birth_date="1961-03-09")
    person["document"].update(number=number, mrz=None)
    doc["vehicle"] = None
    doc["consignment"] = None  # the example's container is on the sample list
    doc["persons"] = [person]
    return Inspection.from_document(doc)


def test_a_hit_on_finalize_is_a_record_that_reaches_hq_with_its_triage(
        enrolled: Path, hq: Hq) -> None:
    with hq.tx() as tx:
        watchlists.publish_watchlist(tx, SAMPLE.read_text(encoding="utf-8").splitlines(),
                                     "UA-WANTED", authority="National Police")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        clean = inspections.finalize(s, _draft(s, "KOVALENKO", "FB765432"))
        assert hits.hits_of(s, clean.id) == []
        done = inspections.finalize(s, _draft(s, "SHEVCHENKO", "FE123456"))
        found = hits.hits_of(s, done.id)
        assert found, "the listed passport and name must hit"
        first_id, first = found[0]
        assert first["candidate"]["match"] == "identifier"  # identifier hits rank first
        assert first["candidate"]["snapshot"]["version"] == 1
        assert first["provisional"] and first["triage"] == "pending"
        with pytest.raises(UsageError):
            hits.triage(s, first_id, "false_positive")  # dismissing needs a reason
        triaged = hits.triage(s, first_id, "confirmed", action_taken="detained, NPU called")
        assert hits.hits_of(s, done.id)[0][0] == triaged
        engine.sync_now()
    with hq.tx() as tx:
        rows = tx.all("SELECT id, amends FROM records WHERE kind = 'hit' ORDER BY id")
    ids = {r[0] for r in rows}
    assert {first_id, triaged} <= ids
    assert (triaged, first_id) in {(r[0], r[1]) for r in rows}
