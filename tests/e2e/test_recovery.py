"""A workstation restored from an old backup, poison items, offline transfer bundles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkpoint.errors import RemoteRejectedError
from checkpoint.services import journaled_records as records
from checkpoint.services import maintenance, sync
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import bundles
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, inspection, record_inspections
from tests.helpers import run_cli


def test_a_workstation_restored_from_an_old_backup_is_refused_with_a_rollback_alert(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    backup = tmp_path / "old.backup"
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 5)
        SyncEngine.for_session(s).sync_now()
        maintenance.backup(s, backup)
        record_inspections(s, 5)
        SyncEngine.for_session(s).sync_now()
        acknowledged = hq_journal(hq, s.device_id)
    maintenance.restore(enrolled, backup, force=True)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 1)
        engine = SyncEngine.for_session(s)
        with pytest.raises(RemoteRejectedError, match="rolled back"):
            engine.sync_now()
        assert engine.status().state == "error"
    assert "rollback" in hq.alerts()
    assert hq_journal(hq, hq.scalar("SELECT id FROM devices")) == acknowledged
    assert hq.scalar("SELECT count(*) FROM records") == 10


def test_a_poison_item_is_quarantined_and_the_rest_go_through(enrolled: Path, hq: Hq,
                                                             home: Path) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 10)
        poison = inspection(s, schema="inspection.v99")
        records.put(s, "inspection", poison, {}, status="finalized",
                    action="inspection.finalize", record_id=poison["id"])
        good = record_inspections(s, 10)
        engine = SyncEngine.for_session(s, batch_count=7)
        report = engine.sync_now()
        assert report.rejected == 1
        quarantined = engine.quarantined()
        assert [q.subject for q in quarantined] == [f"inspection:{poison['id']}"]
        assert "inspection.v99" in quarantined[0].reason
        status = engine.status()
        assert (status.state, status.quarantined, status.unacknowledged) == ("up_to_date", 1, 0)
        assert hq_journal(hq, s.device_id)[-1][0] == s.journal.head()[0]
        assert engine.sync_now().pushed == 0  # the queue is not blocked behind it
    assert hq.scalar("SELECT count(*) FROM records") == 20
    assert hq.scalar("SELECT count(*) FROM records WHERE id = ?", (good[-1],)) == 1
    assert hq.scalar("SELECT count(*) FROM rejections") == 1
    code, out, _ = run_cli(["sync", "quarantine", "--as", SUPERVISOR, "--password-stdin"],
                           stdin=SUPERVISOR_PASSWORD + "\n", home=enrolled)
    assert code == 0 and poison["id"] in out and "inspection.v99" in out


def test_hq_validates_documents_when_configured(tmp_path: Path, workstation: Path,
                                               hq: Hq) -> None:
    config = json.loads((hq.config.folder / "hq.json").read_text())
    assert config["validate_documents"] is False  # default: envelope and integrity only
    from dataclasses import replace

    from hq.app import create_app
    from hq.server import ServerThread

    strict = replace(hq.config, validate_documents=True)
    server = ServerThread(create_app(strict, hq.db), strict).start()
    try:
        from checkpoint.services.sync import enrollment

        with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            enrollment.enroll(s, server.url, hq.code(), hq.config.ca_cert.read_bytes())
            record_inspections(s, 2)
            bad = record_inspections(s, 1, lane=None, direction="sideways")
            engine = SyncEngine.for_session(s)
            report = engine.sync_now()
            assert report.rejected == 1 and len(engine.quarantined()) == 1
            reason = hq.scalar("SELECT reason FROM rejections")
            assert "not a valid inspection.v1" in reason and "/direction" in reason
            # HQ relaxes its checks: the supervisor offers the quarantined record again
            port = server.port
            server.stop()
            server = ServerThread(create_app(hq.config, hq.db), hq.config, port=port).start()
            retried = engine.retry_quarantined()
            assert (retried.pushed, retried.applied, retried.rejected) == (1, 1, 0)
            assert engine.quarantined() == []
        assert hq.scalar("SELECT count(*) FROM records WHERE id = ?", (bad[0],)) == 1
        assert hq.scalar("SELECT count(*) FROM rejections") == 0
    finally:
        server.stop()


def test_an_offline_bundle_is_applied_once_and_a_later_sync_sends_nothing_twice(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    bundle = tmp_path / "transfer.ckb"
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 25)
        exported = sync.export_bundle(s, bundle)
        assert exported.records == 25
        raw = bundle.read_bytes()
        assert b"inspection.v1" not in raw  # sealed to HQ
        first = bundles.import_bundle(hq.config, hq.db, raw)
        again = bundles.import_bundle(hq.config, hq.db, raw)
        assert (first.applied, first.duplicates) == (exported.entries, 0)
        assert (again.applied, again.duplicates) == (0, exported.entries)
        assert hq.scalar("SELECT count(*) FROM records") == 25
        record_inspections(s, 3)
        report = SyncEngine.for_session(s).sync_now()
        assert report.duplicates == 0 and report.applied == report.pushed
        assert report.pushed == s.journal.head()[0] - exported.to_seq
    assert hq.scalar("SELECT count(*) FROM records") == 28


def test_a_bundle_altered_or_from_an_unknown_workstation_is_refused(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    from checkpoint.errors import FormatError, ProtocolError

    bundle = tmp_path / "transfer.ckb"
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        sync.export_bundle(s, bundle)
    raw = bytearray(bundle.read_bytes())
    raw[-5] ^= 1
    with pytest.raises(ProtocolError, match="not signed by the workstation"):
        bundles.import_bundle(hq.config, hq.db, bytes(raw))
    with pytest.raises(FormatError):
        bundles.import_bundle(hq.config, hq.db, b"not a bundle")
    assert hq.scalar("SELECT count(*) FROM records") == 0
