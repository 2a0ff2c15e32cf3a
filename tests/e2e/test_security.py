"""Forged, altered, replayed or misdirected traffic is refused, on both sides."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.domain.chain import canonical, digest, entry_hash
from checkpoint.errors import ProtocolError, UsageError
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine, enrollment
from checkpoint.services.sync.push import read_items
from checkpoint.store import sync_tables as sync_state
from checkpoint.sync.client import Clock
from checkpoint.sync.protocol import signing, wire
from checkpoint.sync.protocol.items import push_body
from hq.app import create_app
from hq.config import init_hq
from hq.server import ServerThread
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import record_inspections


def _send(hq: Hq, method: str, path: str, body: bytes, auth: signing.RequestAuth
          ) -> tuple[int, dict[str, Any]]:
    session = requests.Session()
    session.trust_env = False
    r = session.request(method, hq.url + path, data=body, verify=str(hq.config.ca_cert),
                        headers={**auth.headers(), "Content-Type": wire.MEDIA_TYPE})
    return r.status_code, wire.decode(r.content)


def _push_body(s: Session) -> tuple[bytes, int]:
    items = read_items(s.database.conn, 0, 1000)
    return push_body([i.text for i in items]), items[-1].seq


def _sign(s: Session, method: str, path: str, body: bytes, **kw: Any) -> signing.RequestAuth:
    key = kw.pop("key", s.identity.signing_key)
    return signing.sign_request(key, method, path, body, kw.pop("device", s.device_id),
                                kw.pop("seq", 10_000), kw.pop("now", time.time()), **kw)


def test_hq_refuses_a_tampered_body_a_replay_an_expired_signature_and_unknown_keys(
        enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 3)
        body, _ = _push_body(s)
        auth = _sign(s, "POST", "/v1/push", body)
        tampered = wire.compress(wire.decode(body).__repr__())
        assert _send(hq, "POST", "/v1/push", tampered, auth)[1]["error"] == "bad_signature"

        status, answer = _send(hq, "POST", "/v1/push", body, auth)
        assert status == 200 and answer["results"][0]["status"] == "applied"
        status, answer = _send(hq, "POST", "/v1/push", body, auth)
        assert (status, answer["error"]) == (401, "replay")

        old = _sign(s, "POST", "/v1/push", body, now=time.time() - 1000)
        assert _send(hq, "POST", "/v1/push", body, old)[1]["error"] == "signature_expired"

        stranger = _sign(s, "POST", "/v1/push", body, key=Ed25519PrivateKey.generate())
        assert _send(hq, "POST", "/v1/push", body, stranger)[1]["error"] == "bad_signature"
        unknown = _sign(s, "POST", "/v1/push", body, device="01900000-0000-7000-8000-000000000000")
        assert _send(hq, "POST", "/v1/push", body, unknown)[0:1] == (401,)
        assert _send(hq, "POST", "/v1/push", body, unknown)[1]["error"] == "unknown_device"
    assert hq.scalar("SELECT count(*) FROM records") == 3


def test_hq_refuses_a_gap_and_a_fork_and_raises_alerts(enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 4)
        items = read_items(s.database.conn, 0, 1000)
        gap = push_body([i.text for i in items[2:]])
        status, answer = _send(hq, "POST", "/v1/push", gap, _sign(s, "POST", "/v1/push", gap))
        assert (status, answer["error"]) == (409, "gap")

        t, prev = "2025-01-01T00:00:00.000Z", "f" * 64
        pd = digest(canonical({}))
        fake = {"seq": 1, "time": t, "actor": "x", "action": "a", "subject": "s",
                "payload_digest": pd, "payload": canonical({}), "prev_hash": prev,
                "hash": entry_hash(1, t, "x", "a", "s", pd, prev)}
        fork = push_body([wire.dumps(fake)])
        status, answer = _send(hq, "POST", "/v1/push", fork, _sign(s, "POST", "/v1/push", fork))
        assert (status, answer["error"]) == (409, "fork")

        altered = wire.decode(push_body([i.text for i in items]))
        altered["items"][1]["actor"] = "someone else"
        bad = wire.encode(altered)
        status, answer = _send(hq, "POST", "/v1/push", bad, _sign(s, "POST", "/v1/push", bad))
        assert (status, answer["error"]) == (400, "bad_entry")
    assert hq.alerts() == ["gap", "fork"]
    assert hq.scalar("SELECT count(*) FROM entries") == 0


def test_a_pull_page_with_a_bad_hq_signature_is_refused_and_nothing_applied(
        enrolled: Path, hq: Hq) -> None:
    hq.publish_reference("checkpoints", [{"key": "UA-PL-01", "name": "Yahodyn"}])
    hq.faults.add("/v1/pull", "corrupt")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        with pytest.raises(ProtocolError, match="does not verify with HQ's signing key"):
            engine.sync_now()
        assert s.database.query("SELECT count(*) FROM hq_items")[0][0] == 0
        assert sync_state.load_progress(s.database.conn).cursor is None
        assert engine.status().state == "error"
        engine.sync_now()
        assert s.database.query("SELECT key FROM hq_items")[0][0] == "UA-PL-01"


def _rogue(tmp_path: Path, port: int) -> tuple[ServerThread, Path]:
    rogue = init_hq(tmp_path / "rogue", ["127.0.0.1", "localhost"])
    return ServerThread(create_app(rogue), rogue, port=port).start(), rogue.ca_cert


def test_a_server_with_a_certificate_from_another_ca_is_refused(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    port = hq.server.port
    hq.server.stop()
    server, _ = _rogue(tmp_path, port)
    try:
        with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s, \
                pytest.raises(ProtocolError, match="certificate from the CA pinned"):
            SyncEngine.for_session(s).sync_now()
    finally:
        server.stop()


def test_hostile_ca_bundle_and_proxy_variables_change_nothing(
        enrolled: Path, hq: Hq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rogue_server, rogue_ca = _rogue(tmp_path, 0)
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, str(rogue_ca))
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, rogue_server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            record_inspections(s, 2)
            SyncEngine.for_session(s).sync_now()  # straight to HQ, trusting the pinned CA
        assert hq.scalar("SELECT count(*) FROM records") == 2
    finally:
        rogue_server.stop()


def test_plain_http_needs_the_development_flag(workstation: Path, hq: Hq) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s, \
            pytest.raises(UsageError, match="development"):
        enrollment.enroll(s, "http://127.0.0.1:1", "X", hq.config.ca_cert.read_bytes())


def test_a_wrong_workstation_clock_is_reported_but_does_not_stop_sync(
        enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        engine = SyncEngine.for_session(s, clock=Clock(lambda: time.time() + 3600))
        engine.sync_now()
        status = engine.status()
        assert status.skew_warning and status.clock_skew is not None
        assert -3700 < status.clock_skew < -3500
    assert hq.scalar("SELECT count(*) FROM records") == 2


def test_plain_http_works_only_as_a_development_setup(workstation: Path, hq: Hq) -> None:
    server = ServerThread(create_app(hq.config, hq.db), hq.config, plain_http=True).start()
    try:
        assert server.url.startswith("http://")
        with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            enrollment.enroll(s, server.url, hq.code(), hq.config.ca_cert.read_bytes(),
                              plain_http=True)
            record_inspections(s, 2)
            report = SyncEngine.for_session(s).sync_now()  # signatures still checked
            assert report.applied == report.pushed > 2
    finally:
        server.stop()
    assert hq.scalar("SELECT count(*) FROM records") == 2


def test_hq_refuses_an_oversized_body_before_reading_it(enrolled: Path, hq: Hq) -> None:
    from hq.app import MAX_REQUEST_BYTES

    session = requests.Session()
    session.trust_env = False

    def endless() -> Any:
        chunk = b"\0" * 1024 * 1024
        for _ in range(MAX_REQUEST_BYTES // len(chunk) + 2):
            yield chunk

    r = session.post(hq.url + "/v1/push", data=endless(), verify=str(hq.config.ca_cert),
                     headers={"Content-Type": wire.MEDIA_TYPE}, timeout=120)
    assert r.status_code == 413 and wire.decode(r.content)["error"] == "too_large"
