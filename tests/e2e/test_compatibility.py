"""An HQ and a workstation written by the code before the rules moved (commit 405f971)
keep working with the code of now: the workstation opens, its journal verifies, and
its next push is accepted by the old HQ database, entry hashes and all.

The fixture is made by ``tests/fixtures/make_hq_compat_fixture.py`` from a checkout
of that commit.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from checkpoint.domain.chain import document_digest
from checkpoint.services import audit, demo
from checkpoint.services import journaled_records as records
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import config as hq_config
from hq import pki
from hq.app import create_app
from hq.server import ServerThread
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hq-405f971"


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

