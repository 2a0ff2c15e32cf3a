"""Enrolling the workstation with HQ: a one-time code, the workstation's keys, HQ's CA.

The workstation's Ed25519 key (its identity, made at set-up) signs the enrollment
request; a new X25519 box key lets HQ seal operators' initial passwords to this
workstation. HQ answers with its Ed25519 signing key (which signs that answer and
everything after) and its X25519 key (for offline bundles). The CA the supervisor
gives is pinned: kept in the encrypted database and used as the only trust anchor.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.domain.ids import utc_now
from checkpoint.errors import ConflictError, ProtocolError, UsageError
from checkpoint.services.session import Session
from checkpoint.store import sync_tables as tables
from checkpoint.store.connection import translate_errors
from checkpoint.sync.client import DEFAULT_TIMEOUT, HqClient, check_url
from checkpoint.sync.protocol import box, wire

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    post: str
    hq_id: str
    hq_key_fingerprint: str


def check_ca(pem: bytes) -> str:
    """The CA certificate(s) as PEM text. Raises UsageError when ``pem`` holds none."""
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError as e:
        raise UsageError("The CA file is not a PEM certificate.") from e
    for cert in certs:
        try:
            bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            continue
        if bc.ca:
            return pem.decode("ascii")
    raise UsageError("The CA file holds no CA certificate (is it HQ's server certificate?).")


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def enroll(session: Session, url: str, code: str, ca_pem: bytes, *, plain_http: bool = False,
           label: str | None = None,
           timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Enrolled:
    """Register this workstation at HQ with a one-time ``code``. Supervisors only.

    Raises PermissionDeniedError, ConflictError (already enrolled), UsageError (bad URL or
    CA file), EnrollmentError (code unknown, used or expired), NetworkError, ProtocolError.
    """
    session.require("supervisor")
    conn = session.database.conn
    with translate_errors():
        existing = tables.load_enrollment(conn)
    if existing is not None:
        raise ConflictError(f"This workstation is already enrolled with HQ at "
                            f"{existing.hq_url}.")
    url = check_url(url, plain_http)
    ca_text = check_ca(ca_pem)
    ca_file = session.layout.home / "hq-ca.pem"
    ca_file.write_text(ca_text, encoding="ascii")
    box_key = X25519PrivateKey.generate()
    ident = session.identity
    body = {"device": ident.device_id, "verify_key": wire.b64(ident.public_bytes()),
            "box_key": wire.b64(box.raw_public(box_key.public_key())),
            "code": code.strip(), "label": label or ""}
    client = HqClient(url, device=ident.device_id, key=ident.signing_key, hq_key=None,
                      ca_file=ca_file if url.startswith("https://") else None,
                      plain_http=plain_http, timeout=timeout)
    with translate_errors():
        head = tables.journal_head(conn)
    try:
        reply = client.call("POST", "/v1/enroll", seq=head, body=wire.encode(body))
    finally:
        client.close()
    answer = reply.body
    try:
        hq_sign = wire.unb64(answer["signing_key"], "HQ's signing key")
        hq_box = wire.unb64(answer["box_key"], "HQ's box key")
        enrollment = tables.Enrollment(
            url, ca_text, str(answer["hq_id"]), Ed25519PublicKey.from_public_bytes(hq_sign),
            X25519PublicKey.from_public_bytes(hq_box), box_key, str(answer["post"]),
            plain_http, utc_now())
    except (KeyError, TypeError, ValueError) as e:
        raise ProtocolError("HQ's enrollment answer is malformed.") from e
    if answer.get("device") != ident.device_id:
        raise ProtocolError("HQ's enrollment answer names another workstation.")
    with session.write() as c:
        tables.save_enrollment(c, enrollment, box.raw_private(box_key))
        session.journal.append(session.username, "sync.enroll", f"hq:{enrollment.hq_id}", {
            "url": url, "post": enrollment.post, "hq_key": fingerprint(hq_sign)})
    log.info("workstation enrolled with HQ")
    return Enrolled(ident.device_id, enrollment.post, enrollment.hq_id, fingerprint(hq_sign))


def read_ca(path: Path) -> bytes:
    """The bytes of a CA file. Raises UsageError when it cannot be read."""
    try:
        return path.expanduser().read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the CA file {path}: {e.strerror}.") from e


def is_enrolled(session: Session) -> bool:
    """Whether this workstation is enrolled with HQ."""
    with translate_errors():
        return tables.load_enrollment(session.database.conn) is not None


def unsent_count(session: Session) -> int:
    """Finalized records HQ has not acknowledged yet (all of them until the first sync);
    the same figure as the sync status's ``unacknowledged``."""
    with translate_errors():
        return tables.unacknowledged_records(session.database.conn)
