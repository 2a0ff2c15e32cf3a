"""An HQ and a workstation written by the code before the rules moved (commit 405f971)
keep working with the code of now: the workstation opens, its journal verifies, and
its next push is accepted by the old HQ database, entry hashes and all.

The fixture is made by ``tests/fixtures/make_hq_compat_fixture.py`` from a checkout
of that commit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from checkpoint.domain.chain import document_digest
from checkpoint.services import audit, demo
from checkpoint.services import journaled_records as records
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine, is_enrolled
from hq import config as hq_config
from hq import pki
from hq.app import create_app
from hq.server import ServerThread
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD

COMMIT = "405f971"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / f"hq-{COMMIT}"


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    hq_folder, ws = tmp_path / "hq", tmp_path / "ws"
    shutil.copytree(FIXTURE / "hq", hq_folder)
    shutil.copytree(FIXTURE / "ws", ws)
    settings = json.loads((hq_folder / "hq.json").read_text())
    settings["database_url"] = f"sqlite:///{(hq_folder / 'hq.db').resolve()}"
    (hq_folder / "hq.json").write_text(json.dumps(settings))
    # a fresh server certificate from the fixture's CA (the pinned one): the fixture's own
    # expires after 825 days, the CA after ten years
    ca_key = serialization.load_pem_private_key((hq_folder / "ca-key.pem").read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate((hq_folder / "ca.pem").read_bytes())
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key, cert = pki.make_server_cert(ca_key, ca_cert, ["127.0.0.1", "localhost"])
    (hq_folder / "server.pem").write_bytes(pki.cert_pem(cert))
    (hq_folder / "server-key.pem").write_bytes(pki.private_pem(key))
    return hq_folder, ws


def test_an_hq_from_before_accepts_a_push_from_now(tmp_path: Path) -> None:
    hq_folder, ws = _copy(tmp_path)
    config = hq_config.load(hq_folder)
    app = create_app(config)
    server = ServerThread(app, config).start()
    db = app.state.hq.db
    try:
        with db.transaction() as tx:
            before = tx.one("SELECT count(*) FROM records")[0]
            old_head = tx.one("SELECT max(seq) FROM entries")[0]
        assert before > 0 and old_head > 0
        with login(ws, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            assert audit.verify_journal(s) >= old_head  # the old journal verifies with the new code
            # HQ listens on another port than when the fixture was made
            with s.database.transaction() as changed:
                changed.conn.execute("UPDATE sync_config SET hq_url = ?", (server.url,))
        with login(ws, INSPECTOR, INSPECTOR_PASSWORD) as s:
            demo.fill(s, 3, seed=11, days=1)
            report = SyncEngine.for_session(s).sync_now()
            assert (report.rejected, report.applied) == (0, report.pushed)
            assert report.pushed > 3
            local = s.database.query("SELECT seq, hash FROM journal ORDER BY seq")
            with db.transaction() as tx:
                assert tx.one("SELECT count(*) FROM records")[0] == before + 3
                hq_entries = tx.all("SELECT seq, hash FROM entries ORDER BY seq")
                at_hq = tx.all("SELECT id, digest FROM records")
            for record_id, digest in at_hq:  # old and new records: the same digest rule
                assert document_digest(records.get(s, record_id, audit=False).document) == digest
        assert [(int(a), str(b)) for a, b in hq_entries] == [
            (int(a), str(b)) for a, b in local[:len(hq_entries)]]
        assert hq_entries[-1][0] > old_head
    finally:
        server.stop()
        db.close()



def test_an_upgraded_workstation_keeps_its_sync_state(tmp_path: Path) -> None:
    """Issue 13, section 4: the enrollment and what was already sent come along with the
    upgrade: the next sync sends only the journal entries made since (the logins), none
    twice, and HQ's records stay as they were."""
    hq_folder, ws = _copy(tmp_path)
    config = hq_config.load(hq_folder)
    app = create_app(config)
    server = ServerThread(app, config).start()
    db = app.state.hq.db
    try:
        with db.transaction() as tx:
            before = tx.one("SELECT count(*) FROM records")[0]
            old_head = tx.one("SELECT max(seq) FROM entries")[0]
        with login(ws, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            assert is_enrolled(s)
            with s.database.transaction() as changed:
                changed.conn.execute("UPDATE sync_config SET hq_url = ?", (server.url,))
        with login(ws, INSPECTOR, INSPECTOR_PASSWORD) as s:
            report = SyncEngine.for_session(s).sync_now()
            head = s.database.query("SELECT max(seq) FROM journal")[0][0]
        assert (report.duplicates, report.rejected) == (0, 0), report
        assert report.applied == report.pushed == head - old_head, report
        with db.transaction() as tx:
            assert tx.one("SELECT count(*) FROM records")[0] == before
            assert tx.one("SELECT max(seq) FROM entries")[0] == head
    finally:
        server.stop()
        db.close()


OLD_CLIENT = r'''
import json, sys
from pathlib import Path

import checkpoint
from checkpoint.services import demo
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine

assert Path(checkpoint.__file__).resolve().is_relative_to(Path(sys.argv[1])), checkpoint.__file__
with login(Path(sys.argv[2]), "anna", "inspector pass 1") as s:
    with s.database.transaction() as changed:
        changed.conn.execute("UPDATE sync_config SET hq_url = ?", (sys.argv[3],))
    demo.fill(s, 3, seed=5, days=1)
    r = SyncEngine.for_session(s).sync_now()
    print(json.dumps({"pushed": r.pushed, "applied": r.applied, "rejected": r.rejected}))
'''


def test_hq_of_now_accepts_a_workstation_program_from_before(tmp_path: Path) -> None:
    """Issue 13, section 4: the program of the earlier release (its code taken from git at
    405f971, run in its own process on its own workstation folder) pushes to the HQ of now."""
    root = Path(__file__).resolve().parents[2]
    old = tmp_path / "old"
    old.mkdir()
    archive = subprocess.run(["git", "-C", str(root), "archive", COMMIT, "checkpoint"],
                             capture_output=True, check=False)
    if archive.returncode != 0:
        pytest.skip(f"the git history of {COMMIT} is not in this clone (shallow?)")
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
    hq_folder, ws = _copy(tmp_path)
    config = hq_config.load(hq_folder)
    app = create_app(config)
    server = ServerThread(app, config).start()
    db = app.state.hq.db
    try:
        with db.transaction() as tx:
            before = tx.one("SELECT count(*) FROM records")[0]
        env = {**os.environ, "PYTHONPATH": str(old), "CHECKPOINT_KDF_CALIBRATION": "floor"}
        ran = subprocess.run([sys.executable, "-c", OLD_CLIENT, str(old), str(ws), server.url],
                             env=env, cwd=tmp_path, capture_output=True, text=True,
                             timeout=300, check=False)
        assert ran.returncode == 0, ran.stderr[-3000:]
        report = json.loads(ran.stdout.strip().splitlines()[-1])
        assert report["rejected"] == 0 and report["pushed"] > 3, report
        assert report["applied"] == report["pushed"], report
        with db.transaction() as tx:
            assert tx.one("SELECT count(*) FROM records")[0] == before + 3
    finally:
        server.stop()
        db.close()
