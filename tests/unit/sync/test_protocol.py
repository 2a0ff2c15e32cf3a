"""The shared protocol: bodies, signatures, sealing, bundles."""

from __future__ import annotations

import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.errors import FormatError, ProtocolError
from checkpoint.sync.protocol import box, bundle, signing, wire


def test_a_body_round_trips_and_a_bomb_or_garbage_is_refused() -> None:
    value = {"items": [{"n": i, "text": "Шевчук"} for i in range(100)]}
    assert wire.decode(wire.encode(value)) == value
    bomb = zlib.compress(b"[" + b"0," * 3_000_000 + b"0]")
    with pytest.raises(ProtocolError, match="limit"):
        wire.decode(bomb, limit=1_000_000)
    with pytest.raises(ProtocolError, match="compressed"):
        wire.decode(b"not zlib")
    with pytest.raises(ProtocolError, match="truncated"):
        wire.decode(wire.encode(value)[:-4])
    with pytest.raises(ProtocolError, match="JSON"):
        wire.decode(zlib.compress(b"{nope"))


def test_a_signed_request_verifies_and_any_change_breaks_it() -> None:
    key = Ed25519PrivateKey.generate()
    body = wire.encode({"x": 1})
    auth = signing.sign_request(key, "POST", "/v1/push", body, "dev", 7, 1_700_000_000.0)
    parsed = signing.parse_request(auth.headers())
    assert parsed == auth
    signing.verify_request(key.public_key(), parsed, "POST", "/v1/push", body)
    with pytest.raises(ProtocolError, match="tampered"):
        signing.verify_request(key.public_key(), parsed, "POST", "/v1/push", body + b"x")
    for method, target in (("GET", "/v1/push"), ("POST", "/v1/pull")):
        with pytest.raises(ProtocolError, match="does not verify"):
            signing.verify_request(key.public_key(), parsed, method, target, body)
    other = signing.RequestAuth("dev", auth.time, auth.nonce, 8, auth.digest, auth.signature)
    with pytest.raises(ProtocolError):
        signing.verify_request(key.public_key(), other, "POST", "/v1/push", body)
    with pytest.raises(ProtocolError, match="not signed"):
        signing.parse_request({})


def test_an_answer_is_bound_to_its_request_status_and_body() -> None:
    key = Ed25519PrivateKey.generate()
    headers = signing.sign_response(key, "nonce-1", 200, b"body", 1_700_000_000.25)
    assert signing.verify_response(key.public_key(), "nonce-1", 200, b"body", headers) == \
        pytest.approx(1_700_000_000.25, abs=0.001)
    for nonce, status, body in (("nonce-2", 200, b"body"), ("nonce-1", 409, b"body"),
                                ("nonce-1", 200, b"bodx")):
        with pytest.raises(ProtocolError):
            signing.verify_response(key.public_key(), nonce, status, body, headers)
    with pytest.raises(ProtocolError, match="not signed"):
        signing.verify_response(key.public_key(), "nonce-1", 200, b"body", {})


def test_sealed_values_open_only_with_the_key_and_context() -> None:
    recipient = X25519PrivateKey.generate()
    sealed = box.seal(b"secret", recipient.public_key(), b"ctx")
    assert box.unseal(sealed, recipient, b"ctx") == b"secret"
    with pytest.raises(ProtocolError):
        box.unseal(sealed, recipient, b"other ctx")
    with pytest.raises(ProtocolError):
        box.unseal(sealed, X25519PrivateKey.generate(), b"ctx")


def test_a_bundle_opens_for_hq_from_its_workstation_only() -> None:
    ws, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    data = bundle.write(b"items", {"device": "dev", "count": 1}, ws, hq.public_key())
    found = bundle.read(data)
    assert found.device == "dev"
    assert bundle.open_items(found, ws.public_key(), hq) == b"items"
    with pytest.raises(ProtocolError, match="not signed"):
        bundle.open_items(found, Ed25519PrivateKey.generate().public_key(), hq)
    with pytest.raises(ProtocolError):
        bundle.open_items(found, ws.public_key(), X25519PrivateKey.generate())
    for bad in (b"", b"CHECKPOINT-BUNDLE-1\n\x00", data[:40]):
        with pytest.raises(FormatError):
            bundle.read(bad)
