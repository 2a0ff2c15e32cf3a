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
from checkpoint.errors import Code, ConflictError, EnrollmentError, ProtocolError, UsageError
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
        raise UsageError("The CA file is not a PEM certificate.", code=Code.CA_FORM) from e
    for cert in certs:
        try:
            bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            continue
        if bc.ca:
            return pem.decode("ascii")
    raise UsageError("The CA file holds no CA certificate (is it HQ's server certificate?).",
                     code=Code.CA_NOT_CA)


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


@dataclass(frozen=True)
class Readmitted:
    device_id: str
    epoch: int
    hq_key_fingerprint: str
    hq_key_changed: bool


def readmit(session: Session, code: str, ca_pem: bytes | None = None, *,
            timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Readmitted:
    """Re-admit this enrolled workstation at HQ with a one-time readmission ``code``
    (after HQ refused it for a rollback, or its key changed; ``checkpoint-hq readmit``
    issues the code). Supervisors only.

    The request carries the workstation's keys as they are now and is signed by its key;
    HQ's answer must be signed by the HQ key pinned at enrollment, unless ``ca_pem`` (a
    new CA from HQ, given by the supervisor) is pinned instead: then the answer announces
    HQ's key, as at enrollment. What was written after a restore is pushed at the next
    sync; HQ keeps it marked as written after the restore.

    Raises PermissionDeniedError, EnrollmentError (not enrolled; code unknown, used or
    expired), UsageError (a CA file that is not one), NetworkError, ProtocolError.
    """
    session.require("supervisor")
    conn = session.database.conn
    with translate_errors():
        existing = tables.load_enrollment(conn)
        head = tables.journal_head(conn)
    if existing is None:
        raise EnrollmentError("This workstation is not enrolled with HQ yet.",
                              code=Code.NOT_ENROLLED)
    ca_text = check_ca(ca_pem) if ca_pem is not None else existing.ca_pem
    ca_file = session.layout.home / "hq-ca.pem"
    ca_file.write_text(ca_text, encoding="ascii")
    ident = session.identity
    body = {"device": ident.device_id, "verify_key": wire.b64(ident.public_bytes()),
            "box_key": wire.b64(box.raw_public(existing.box_private.public_key())),
            "code": code.strip()}
    pinned = existing.hq_signing_key if ca_pem is None else None
    client = HqClient(existing.hq_url, device=ident.device_id, key=ident.signing_key,
                      hq_key=pinned, plain_http=existing.plain_http, timeout=timeout,
                      ca_file=ca_file if existing.hq_url.startswith("https://") else None)
    try:
        reply = client.call("POST", "/v1/readmit", seq=head, body=wire.encode(body))
    finally:
        client.close()
    answer = reply.body
    try:
        hq_sign = wire.unb64(answer["signing_key"], "HQ's signing key")
        signing_key = Ed25519PublicKey.from_public_bytes(hq_sign)
        box_key = X25519PublicKey.from_public_bytes(wire.unb64(answer["box_key"], "box key"))
        epoch = int(answer["epoch"])
    except (KeyError, TypeError, ValueError) as e:
        raise ProtocolError("HQ's readmission answer is malformed.") from e
    if answer.get("device") != ident.device_id:
        raise ProtocolError("HQ's readmission answer names another workstation.")
    changed = hq_sign != existing.hq_signing_key.public_bytes_raw()
    with session.write() as c:
        tables.update_hq_keys(c, signing_key, box_key, ca_text)
        tables.update_progress(c, last_error=None, last_error_kind=None)
        session.journal.append(session.username, "sync.readmit", f"hq:{existing.hq_id}", {
            "epoch": epoch, "head": head, "hq_key": fingerprint(hq_sign),
            "hq_key_changed": changed, "new_ca": ca_pem is not None})
    log.warning("workstation re-admitted by HQ (epoch %d)", epoch)
    return Readmitted(ident.device_id, epoch, fingerprint(hq_sign), changed)


def read_ca(path: Path) -> bytes:
    """The bytes of a CA file. Raises UsageError when it cannot be read."""
    try:
        return path.expanduser().read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the CA file {path}: {e.strerror}.",
                         code=Code.FILE_UNREADABLE,
                         params={"path": str(path), "reason": e.strerror or ""}) from e


def is_enrolled(session: Session) -> bool:
    """Whether this workstation is enrolled with HQ."""
    with translate_errors():
        return tables.load_enrollment(session.database.conn) is not None


def unsent_count(session: Session) -> int:
    """Finalized records HQ has not acknowledged yet (all of them until the first sync);
    the same figure as the sync status's ``unacknowledged``."""
    with translate_errors():
        return tables.unacknowledged_records(session.database.conn)
