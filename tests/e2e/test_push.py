"""Push: everything recorded offline reaches HQ exactly once, in journal order."""

from __future__ import annotations

from pathlib import Path

from checkpoint.domain.chain import document_digest
from checkpoint.services import journaled_records as records
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, inspection, record_inspections


def test_500_offline_inspections_reach_hq_with_their_journal_and_a_resync_sends_nothing(
        enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        ids = record_inspections(s, 500)
        engine = SyncEngine.for_session(s, batch_count=120)
        assert engine.status().unacknowledged == 500
        report = engine.sync_now()
        local = [(int(r[0]), str(r[1])) for r in s.database.query(
            "SELECT seq, hash FROM journal ORDER BY seq")]
        assert report.pushed == len(local) and report.applied == len(local)
        assert hq_journal(hq, s.device_id) == local
        with hq.tx() as tx:
            rows = tx.all("SELECT id, digest FROM records WHERE device_id = ?", (s.device_id,))
        assert sorted(r[0] for r in rows) == sorted(ids)
        for rid, digest in rows[:20]:
            assert digest == document_digest(records.get(s, rid, audit=False).document)
        assert engine.status().unacknowledged == 0
        assert engine.status().state == "up_to_date"

        again = engine.sync_now()
        assert (again.pushed, again.applied, again.duplicates) == (0, 0, 0)
        assert hq.scalar("SELECT count(*) FROM records") == 500


def test_a_draft_goes_up_as_a_journal_entry_without_its_document(enrolled: Path,
                                                                 hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        draft = inspection(s, status="draft", finalized_at=None)
        records.put(s, "inspection", draft, {}, status="draft", action="inspection.create",
                    record_id=draft["id"])
        SyncEngine.for_session(s).sync_now()
        with hq.tx() as tx:
            entry = tx.one("SELECT action FROM entries WHERE subject = ?",
                           (f"inspection:{draft['id']}",))
            stored = tx.one("SELECT count(*) FROM records WHERE id = ?", (draft["id"],))
        assert entry[0] == "inspection.create"
        assert stored[0] == 0


def test_a_record_goes_up_with_its_photos(enrolled: Path, hq: Hq) -> None:
    from checkpoint.store import record_table as rows

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        doc = inspection(s)
        with s.write() as conn:
            records.put(s, "inspection", doc, {}, status="draft", action="inspection.create",
                        record_id=doc["id"])
            att_id, sha = rows.put_attachment(conn, doc["id"], "image/jpeg", b"\xff\xd8photo")
        records.put(s, "inspection", doc, {}, status="finalized",
                    action="inspection.finalize", record_id=doc["id"])
        SyncEngine.for_session(s).sync_now()
    with hq.tx() as tx:
        row = tx.one("SELECT record_id, sha256, data FROM attachments WHERE id = ?", (att_id,))
    assert row[0] == doc["id"] and row[1] == sha and bytes(row[2]) == b"\xff\xd8photo"


def test_cancel_stops_at_a_batch_boundary_and_keeps_what_was_acknowledged(
        enrolled: Path, hq: Hq) -> None:
    import threading

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 100)
        engine = SyncEngine.for_session(s, batch_count=20)
        cancel = threading.Event()
        report = engine.sync_now(progress=lambda p: cancel.set(), cancel=cancel)
        assert report.cancelled and 0 < report.pushed < 100
        status = engine.status()
        sent = hq.scalar("SELECT count(*) FROM records")
        assert status.state != "error" and 0 < sent < 100
        assert status.unacknowledged == 100 - sent
        assert engine.sync_now().pushed == s.journal.head()[0] - report.pushed
    assert hq.scalar("SELECT count(*) FROM records") == 100


def test_a_sync_an_operator_asked_for_is_journaled_by_the_engine(enrolled: Path,
                                                                  hq: Hq) -> None:
    from tests.helpers import run_cli

    def runs(s: object) -> list[str]:
        return [str(r[0]) for r in s.database.query(  # type: ignore[attr-defined]
            "SELECT actor FROM journal WHERE action = 'sync.run' ORDER BY seq")]

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()  # the timer's run: the program's, not journaled
        assert runs(s) == []
        engine.sync_now(asked=True)  # "Sync now"
        assert runs(s) == [SUPERVISOR]
        assert hq_journal(hq, s.device_id)[-1][0] == s.journal.head()[0]  # it travelled
    code, _, _ = run_cli(["sync", "now", "--as", SUPERVISOR, "--password-stdin"],
                         stdin=SUPERVISOR_PASSWORD + "\n", home=enrolled)
    assert code == 0
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert runs(s) == [SUPERVISOR, SUPERVISOR]
