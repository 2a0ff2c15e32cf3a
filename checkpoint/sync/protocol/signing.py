"""Signed requests (workstation → HQ) and signed answers (HQ → workstation).

A request carries six headers; the workstation's Ed25519 key signs::

    checkpoint-request-v1 \\n METHOD \\n PATH?QUERY \\n SHA-256(body) \\n TIME \\n NONCE
    \\n DEVICE \\n SEQ

``TIME`` is a UTC timestamp (HQ accepts ±300 s of its own clock), ``NONCE`` 16 random
bytes (HQ refuses a nonce it has seen: a replay), ``SEQ`` the device's journal head
sequence (HQ refuses a head below what it has acknowledged: a rollback).

Every answer HQ gives on ``/v1`` is signed with HQ's Ed25519 key over::

    checkpoint-response-v1 \\n NONCE-OF-THE-REQUEST \\n STATUS \\n SHA-256(body) \\n SERVER-TIME

so an answer cannot be forged, altered or replayed for another request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import wire

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_time(moment: float) -> str:
    """A POSIX time as ``2025-03-14T07:41:09.512Z``."""
    dt = datetime.fromtimestamp(moment, UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_time(text: str) -> float:
    """The POSIX time of a protocol timestamp. Raises ProtocolError."""
    try:
        return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC).timestamp()
    except (TypeError, ValueError) as e:
        raise ProtocolError(f"{text!r} is not a protocol timestamp.") from e


def new_nonce() -> str:
    return os.urandom(16).hex()


def request_message(method: str, target: str, digest: str, time: str, nonce: str,
                    device: str, seq: int) -> bytes:
    parts = ["checkpoint-request-v1", method.upper(), target, digest, time, nonce, device,
             str(seq)]
    return "\n".join(parts).encode("utf-8")


def response_message(nonce: str, status: int, digest: str, server_time: str) -> bytes:
    return "\n".join(["checkpoint-response-v1", nonce, str(status), digest,
                      server_time]).encode("utf-8")


@dataclass(frozen=True)
class RequestAuth:
    """The signature headers of one request, parsed."""

    device: str
    time: str
    nonce: str
    seq: int
    digest: str
    signature: bytes

    def headers(self) -> dict[str, str]:
        return {wire.H_DEVICE: self.device, wire.H_TIME: self.time, wire.H_NONCE: self.nonce,
                wire.H_SEQ: str(self.seq), wire.H_DIGEST: self.digest,
                wire.H_SIGNATURE: wire.b64(self.signature)}


def sign_request(key: Ed25519PrivateKey, method: str, target: str, body: bytes, device: str,
                 seq: int, now: float, nonce: str | None = None) -> RequestAuth:
    """Sign a request for ``target`` (path and query exactly as sent)."""
    nonce = nonce or new_nonce()
    time = format_time(now)
    digest = wire.sha256_hex(body)
    sig = key.sign(request_message(method, target, digest, time, nonce, device, seq))
    return RequestAuth(device, time, nonce, seq, digest, sig)


def parse_request(headers: Mapping[str, str]) -> RequestAuth:
    """The signature headers of a request. Raises ProtocolError when one is missing or bad."""
    try:
        device = headers[wire.H_DEVICE]
        seq = int(headers[wire.H_SEQ])
        nonce = headers[wire.H_NONCE]
        time, digest = headers[wire.H_TIME], headers[wire.H_DIGEST]
        sig = wire.unb64(headers[wire.H_SIGNATURE], "The request signature")
    except KeyError as e:
        raise ProtocolError(f"The request is not signed (no {e.args[0]} header).") from e
    except ValueError as e:
        raise ProtocolError("The request's sequence header is not a number.") from e
    if not (8 <= len(nonce) <= 64) or seq < 0 or len(digest) != 64:
        raise ProtocolError("The request's signature headers are malformed.")
    return RequestAuth(device, time, nonce, seq, digest, sig)


def verify_request(key: Ed25519PublicKey, auth: RequestAuth, method: str, target: str,
                   body: bytes) -> None:
    """Check the signature and that it covers this body. Raises ProtocolError."""
    if wire.sha256_hex(body) != auth.digest:
        raise ProtocolError("The request body does not match its signed digest (tampered).")
    message = request_message(method, target, auth.digest, auth.time, auth.nonce,
                              auth.device, auth.seq)
    try:
        key.verify(auth.signature, message)
    except InvalidSignature as e:
        raise ProtocolError("The request signature does not verify with this workstation's "
                            "key.") from e


def sign_response(key: Ed25519PrivateKey, nonce: str, status: int, body: bytes,
                  now: float) -> dict[str, str]:
    """The headers that sign an answer to the request that carried ``nonce``."""
    server_time = format_time(now)
    sig = key.sign(response_message(nonce, status, wire.sha256_hex(body), server_time))
    return {wire.H_SERVER_TIME: server_time, wire.H_HQ_SIGNATURE: wire.b64(sig)}


def verify_response(key: Ed25519PublicKey, nonce: str, status: int, body: bytes,
                    headers: Mapping[str, str]) -> float:
    """Check HQ's signature on an answer; return HQ's clock (POSIX). Raises ProtocolError."""
    sig_text = headers.get(wire.H_HQ_SIGNATURE)
    server_time = headers.get(wire.H_SERVER_TIME)
    if not sig_text or not server_time:
        raise ProtocolError("HQ's answer is not signed; refused (is something between this "
                            "workstation and HQ?).")
    sig = wire.unb64(sig_text, "HQ's signature")
    try:
        key.verify(sig, response_message(nonce, status, wire.sha256_hex(body), server_time))
    except InvalidSignature as e:
        raise ProtocolError("HQ's answer does not verify with HQ's signing key; refused "
                            "and nothing from it applied.") from e
    return parse_time(server_time)
