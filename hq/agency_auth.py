"""How an agency's requests are authenticated: mutual TLS, and a signature per request.

The TLS handshake asks for a client certificate issued by HQ's CA (the server's
``ssl_cert_reqs`` is CERT_OPTIONAL, because workstations authenticate by their own
signed requests). The ASGI server does not pass the peer certificate to the
application, so each agency request is also signed with the certificate's private
key (ECDSA P-256, SHA-256) over::

    checkpoint-agency-v1 \\n METHOD \\n TARGET \\n SHA256(body) \\n TIME \\n NONCE \\n AGENCY
    \\n OFFICER

sent in ``X-Agency``, ``X-Agency-Time`` (Unix seconds), ``X-Agency-Nonce`` (16-64 URL-safe
characters), ``X-Agency-Signature`` (base64) and, optionally, ``X-Agency-Officer`` (the
agency's officer acting; empty in the message when absent). HQ checks it against the certificate
it issued to that agency, refuses a revoked agency, a time more than 300 s from its
clock, and a nonce it has seen (a replay); nonces are kept in the database, so several
HQ processes share them.
"""

from __future__ import annotations

import base64
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from checkpoint.domain.chain import sha256_hex
from hq.db import Tx
from hq.errors import HqRefusal

H_AGENCY, H_TIME, H_NONCE, H_SIGNATURE = ("X-Agency", "X-Agency-Time", "X-Agency-Nonce",
                                          "X-Agency-Signature")
H_OFFICER = "X-Agency-Officer"
MAX_SKEW = 300
NONCE_KEEP = 2 * MAX_SKEW + 60
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def message(method: str, target: str, body: bytes, when: str, nonce: str, agency: str,
            officer: str = "") -> bytes:
    digest = sha256_hex(body)
    return "\n".join(["checkpoint-agency-v1", method.upper(), target, digest, when, nonce,
                      agency, officer]).encode()


def sign_headers(key: ec.EllipticCurvePrivateKey, agency: str, method: str, target: str,
                 body: bytes, officer: str | None = None, now: float | None = None,
                 nonce: str | None = None) -> dict[str, str]:
    """The headers of a signed agency request (what an agency's client sends)."""
    when = str(int(now if now is not None else time.time()))
    nonce = nonce or secrets.token_urlsafe(18)
    sig = key.sign(message(method, target, body, when, nonce, agency, officer or ""),
                   ec.ECDSA(hashes.SHA256()))
    headers = {H_AGENCY: agency, H_TIME: when, H_NONCE: nonce,
               H_SIGNATURE: base64.b64encode(sig).decode()}
    if officer:
        headers[H_OFFICER] = officer
    return headers


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    kind: str


def _refuse(code: str, text: str) -> HqRefusal:
    return HqRefusal(401, code, text)


def authenticate(tx: Tx, headers: Mapping[str, str], method: str, target: str, body: bytes,
                 now: float) -> Agency:
    """The agency that signed this request. Raises HqRefusal 401 (unknown or revoked
    agency, bad signature, expired time, replayed nonce).

    The nonce is recorded in ``tx``; when the work that follows is refused and ``tx``
    rolls back, the caller records it again with :func:`remember` (or the refused request
    could be replayed)."""
    code = headers.get(H_AGENCY, "")
    when, nonce, sig = (headers.get(H_TIME, ""), headers.get(H_NONCE, ""),
                        headers.get(H_SIGNATURE, ""))
    if not (code and when.isdigit() and _NONCE_RE.fullmatch(nonce) and sig):
        raise _refuse("unsigned", "An agency request must be signed (X-Agency, X-Agency-Time, "
                      "X-Agency-Nonce, X-Agency-Signature).")
    row = tx.one("SELECT code, name, kind, cert_pem, revoked_at FROM agencies WHERE code = ?",
                 (code,))
    if row is None or not row[3]:
        raise _refuse("unknown_agency", f"HQ does not know agency {code!r}.")
    if row[4]:
        raise _refuse("revoked", f"Agency {code}'s credential was revoked at {row[4]}.")
    public = x509.load_pem_x509_certificate(str(row[3]).encode()).public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise _refuse("bad_signature", "The agency's certificate has no EC key.")
    try:
        public.verify(base64.b64decode(sig, validate=True),
                      message(method, target, body, when, nonce, code,
                              headers.get(H_OFFICER, "")),
                      ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError) as e:
        raise _refuse("bad_signature", "The request's signature does not match agency "
                      f"{code}'s certificate (forged or altered); refused.") from e
    if abs(int(when) - now) > MAX_SKEW:
        raise _refuse("signature_expired", f"The request's time is more than {MAX_SKEW} s "
                      "from HQ's clock (expired or replayed).")
    if tx.one("SELECT 1 FROM agency_nonces WHERE agency = ? AND nonce = ?", (code, nonce)):
        raise _refuse("replay", "HQ has already seen this request (a replay); refused.")
    remember(tx, code, nonce, now)
    if secrets.randbelow(50) == 0:
        tx.execute("DELETE FROM agency_nonces WHERE seen_at < ?", (now - NONCE_KEEP,))
    return Agency(str(row[0]), str(row[1]), str(row[2]))


def remember(tx: Tx, agency: str, nonce: str, now: float) -> None:
    """Record a nonce as used (idempotent)."""
    tx.execute("INSERT INTO agency_nonces (agency, nonce, seen_at) VALUES (?, ?, ?) "
               "ON CONFLICT (agency, nonce) DO NOTHING", (agency, nonce, now))
