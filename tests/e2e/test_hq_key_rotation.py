"""Issue 9, item 6: HQ rotates its own signing key and CA. It announces the next ones,
signed by the current key, through the pull; workstations that pulled the announcement
go on across the switch and pin the new key; one that missed it is re-admitted with the
new CA. Real HQ over TLS, restarted on its port with the new files; SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509

from checkpoint.errors import ProtocolError
from checkpoint.services import sync
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from checkpoint.store import sync_tables
from hq import cli as hq_cli
from hq.app import create_app
from hq.faults import Faults
from hq.server import ServerThread
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import record_inspections
from tests.e2e.helpers import sync as sync_home


def _hq_command(hq: Hq, *args: str) -> None:
    assert hq_cli.main(["--dir", str(hq.config.folder), *args]) == 0


def _restart(hq: Hq) -> None:
    """Stop HQ and serve it again on the same port, from the files now in its folder."""
    port = hq.server.port
    hq.stop()
    hq.app = create_app(hq.config, faults=Faults())
    hq.db = hq.app.state.hq.db
    hq.server = ServerThread(hq.app, hq.config, port=port).start()


def _pinned(home: Path) -> sync_tables.Enrollment:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        found = sync_tables.load_enrollment(s.database.conn)
    assert found is not None
    return found


def _raw(hq: Hq) -> bytes:
    return hq.config.signing_key().public_key().public_bytes_raw()


def test_hq_rotates_its_key_and_ca_and_a_workstation_goes_on(enrolled: Path, hq: Hq) -> None:
    sync_home(enrolled)
    old_key = _raw(hq)
    _hq_command(hq, "rotate-keys", "prepare", "--ca")
    sync_home(enrolled)  # the announcement arrives, signed by the current key
    announced = _pinned(enrolled)
    assert announced.hq_signing_key.public_bytes_raw() == old_key
    assert announced.next_hq_signing_key is not None
    assert len(x509.load_pem_x509_certificates(announced.ca_pem.encode())) == 2
    _hq_command(hq, "rotate-keys", "activate")
    _restart(hq)
    new_key = _raw(hq)
    assert new_key != old_key
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        report = SyncEngine.for_session(s).sync_now()  # over the new CA, signed by the new key
        assert report.applied >= 2
        actions = [e.action for e in s.journal.entries()]
    assert "sync.hq_keys_announced" in actions and "sync.hq_key" in actions
    pinned = _pinned(enrolled)
    assert pinned.hq_signing_key.public_bytes_raw() == new_key
    assert pinned.next_hq_signing_key is None
    assert pinned.ca_pem == hq.config.ca_cert.read_text()  # the old CA is no longer trusted
    sync_home(enrolled)  # and it goes on


def test_an_announcement_not_signed_by_the_pinned_key_is_set_aside(enrolled: Path,
                                                                   hq: Hq) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from checkpoint.sync.protocol import hq_keys
    from hq import feed

    forged = hq_keys.announce(Ed25519PrivateKey.generate(),
                              Ed25519PrivateKey.generate().public_key(), None)
    with hq.tx() as tx:
        feed.publish(tx, hq_keys.COLLECTION, [(hq_keys.NEXT, "put", forged)])
    assert sync_home(enrolled).pull_refused == 1
    assert _pinned(enrolled).next_hq_signing_key is None


def test_a_workstation_that_missed_the_announcement_is_readmitted_with_the_new_ca(
        enrolled: Path, hq: Hq, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sync_home(enrolled)
    _hq_command(hq, "rotate-keys", "prepare", "--ca")
    _hq_command(hq, "rotate-keys", "activate")  # before the workstation synced
    _restart(hq)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s, pytest.raises(ProtocolError):
        SyncEngine.for_session(s).sync_now()  # TLS: not the pinned CA
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        device = s.device_id
    capsys.readouterr()
    _hq_command(hq, "readmit", device, "--reason", "missed the key rotation")
    code = capsys.readouterr().out.strip()
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        done = sync.readmit(s, code, hq.config.ca_cert.read_bytes())
        assert done.hq_key_changed
        SyncEngine.for_session(s).sync_now()
    assert _pinned(enrolled).hq_signing_key.public_bytes_raw() == _raw(hq)
