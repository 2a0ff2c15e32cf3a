"""Issue 9, item 6: the way back after a rollback or a key change. HQ resolves the alert
and re-admits the workstation under a new epoch with a one-time code; the records
written after the restore reach HQ marked as such. Real HQ over TLS, the real commands
at both ends; SQLite and PostgreSQL."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.errors import EnrollmentError, RemoteRejectedError
from checkpoint.services import maintenance, sync
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import cli as hq_cli
from hq import readmission
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, local_journal, record_inspections
from tests.helpers import run_cli


def _hq_readmit(hq: Hq, device: str, capsys: pytest.CaptureFixture[str]) -> str:
    """`checkpoint-hq readmit DEVICE --reason …`; the code it prints."""
    capsys.readouterr()
    assert hq_cli.main(["--dir", str(hq.config.folder), "readmit", device, "--reason",
                        "restored from the backup of the morning"]) == 0
    return capsys.readouterr().out.strip()


def _open_alerts(hq: Hq) -> int:
    return int(hq.scalar("SELECT count(*) FROM alerts WHERE resolved_at IS NULL"))


def test_a_restored_workstation_is_readmitted_and_its_stranded_records_reach_hq(
        enrolled: Path, hq: Hq, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's case: HQ detected the rollback (409 and an alert), but `checkpoint
    enroll` said "already enrolled", HQ had no command, and the records written after the
    restore were stranded."""
    backup = tmp_path / "old.backup"
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        device = s.device_id
        record_inspections(s, 4)
        SyncEngine.for_session(s).sync_now()
        maintenance.backup(s, backup)
        lost = record_inspections(s, 3)  # reach HQ, then the post loses them
        SyncEngine.for_session(s).sync_now()
    old_head = hq_journal(hq, device)[-1]
    maintenance.restore(enrolled, backup, force=True)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        stranded = record_inspections(s, 5)
        with pytest.raises(RemoteRejectedError, match="rolled back"):
            SyncEngine.for_session(s).sync_now()
    assert _open_alerts(hq) == 1
    code = _hq_readmit(hq, device, capsys)
    assert _open_alerts(hq) == 0  # resolved, with the reason
    assert "restored from the backup" in hq.scalar("SELECT resolution FROM alerts")
    exit_code, out, err = run_cli(["enroll", "--readmit", code, "--as", SUPERVISOR,
                                   "--password-stdin"], SUPERVISOR_PASSWORD + "\n",
                                  home=enrolled)
    assert exit_code == 0, err
    assert "epoch 1" in out
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report = SyncEngine.for_session(s).sync_now()
        assert report.rejected == 0
        after = record_inspections(s, 1)  # written after the readmission
        SyncEngine.for_session(s).sync_now()
        assert [e.action for e in s.journal.entries()].count("sync.readmit") == 1
    at_hq = hq_journal(hq, device)
    assert local_journal(enrolled)[:len(at_hq)] == at_hq  # one chain again (then its logins)
    with hq.tx() as tx:
        marked = {r[0] for r in tx.all("SELECT id FROM records WHERE after_restore = 1")}
        epochs = dict(tx.all("SELECT id, epoch FROM records"))
        superseded = tx.all("SELECT epoch, seq, hash FROM superseded_entries ORDER BY seq")
        fork, head = tx.one("SELECT fork_seq, old_head_seq FROM readmissions")
    assert marked == set(stranded)  # the stranded records, marked as such
    assert {epochs[i] for i in stranded + after} == {1}
    assert all(epochs[i] == 0 for i in lost)  # what HQ had from the lost part stays
    assert superseded[-1][1:] == old_head and {e for e, _, _ in superseded} == {0}
    assert head == old_head[0] and fork < head
    # the code was used once: again is refused, and so is a plain enrollment
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        with pytest.raises(EnrollmentError) as e:
            sync.readmit(s, code)
        assert e.value.params.get("hq_code") == "code_used"


def _new_workstation_key(home: Path) -> None:
    """The workstation's Ed25519 key changes (a repaired or re-made identity)."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    public = key.public_key().public_bytes_raw()
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s, s.write() as c:
        c.execute("UPDATE workstation SET signing_key = ?, verify_key = ?", (raw, public))


def test_a_workstation_whose_key_changed_is_readmitted(enrolled: Path, hq: Hq,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        device = s.device_id
        record_inspections(s, 2)
        SyncEngine.for_session(s).sync_now()
    _new_workstation_key(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        with pytest.raises(RemoteRejectedError):
            SyncEngine.for_session(s).sync_now()
    code = _hq_readmit(hq, device, capsys)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert sync.readmit(s, code).epoch == 1
        SyncEngine.for_session(s).sync_now()
    at_hq = hq_journal(hq, device)
    assert local_journal(enrolled)[:len(at_hq)] == at_hq
    with hq.tx() as tx:
        assert tx.one("SELECT count(*) FROM superseded_entries")[0] == 0  # no rebase
        assert tx.one("SELECT count(*), sum(after_restore) FROM records") == (4, 0)
        assert tx.one("SELECT rebase_allowed FROM devices")[0] == 0  # the allowance ended


def test_a_readmission_code_is_for_one_workstation_and_expires(enrolled: Path, hq: Hq,
                                                               workstation: Path) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        device = s.device_id
    with hq.tx() as tx:
        code, _ = readmission.issue(tx, device, "test", now=time.time(), valid_hours=1)
        with pytest.raises(Exception, match="No enrolled workstation"):
            readmission.issue(tx, "01900000-0000-7000-8000-000000000000", "x", now=time.time())
    with hq.tx() as tx:  # expired
        tx.execute("UPDATE readmissions SET expires_at = 0")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        with pytest.raises(EnrollmentError) as e:
            sync.readmit(s, code)
        assert e.value.params.get("hq_code") == "code_expired"
        with pytest.raises(EnrollmentError) as e:
            sync.readmit(s, "AAAAA-AAAAA-AAAAA-AAAAA")
        assert e.value.params.get("hq_code") == "code_unknown"
