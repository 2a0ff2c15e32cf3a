"""The agency request signature: the signed message (golden vector) and its checks."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from hq import agency_auth


def test_the_signed_message_is_fixed_text() -> None:
    body = b'{"reference": "NPU-1"}'
    message = agency_auth.message("post", "/agency/v1/referrals/x/accept", body, "1765000000",
                                  "nonce-nonce-nonce-1", "UA-NPU", "duty.kovalenko")
    assert message == (
        "checkpoint-agency-v1\nPOST\n/agency/v1/referrals/x/accept\n"
        f"{hashlib.sha256(body).hexdigest()}\n1765000000\nnonce-nonce-nonce-1\nUA-NPU\n"
        "duty.kovalenko").encode()
    assert hashlib.sha256(message).hexdigest() == (
        "7ebf904b917189850bbb3a12818b0dab89bd5bed289d7a6adabbf2b35a92fced")


def test_the_headers_carry_a_signature_over_that_message() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    headers = agency_auth.sign_headers(key, "UA-NPU", "GET", "/agency/v1/referrals", b"",
                                       officer="duty", now=1765000000.0, nonce="n" * 20)
    assert headers[agency_auth.H_OFFICER] == "duty" and headers[agency_auth.H_TIME] == "1765000000"
    signed = agency_auth.message("GET", "/agency/v1/referrals", b"", "1765000000", "n" * 20,
                                 "UA-NPU", "duty")
    key.public_key().verify(base64.b64decode(headers[agency_auth.H_SIGNATURE]), signed,
                            ec.ECDSA(hashes.SHA256()))
