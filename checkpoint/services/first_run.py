"""The first run of a workstation: what the set-up wizard checks and then does.

Each check raises an error with a code the GUI words (``checkpoint.errors.Code``), so
a page of the wizard can say what is wrong before anything is written. :func:`create`
makes the workstation (data key, database, first supervisor, HQ's recovery slot) and
saves its settings; :func:`enroll` then registers it with HQ as that supervisor
(:func:`checkpoint.services.sync.enroll`, the service of Sync ▸ Enroll with HQ…). They
are two calls so that a refused one-time code does not undo the workstation: the
wizard offers the code again, or enrollment later.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from checkpoint.errors import Code, UsageError
from checkpoint.services import policy, settings, workstation
from checkpoint.services.session import login
from checkpoint.services.sync import Enrolled, check_ca
from checkpoint.services.sync import enroll as enroll_with_hq
from checkpoint.sync.client import check_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryKey:
    """HQ's X25519 recovery public key as read from its file."""

    pem: bytes
    fingerprint: str  # the first 16 hex digits of SHA-256 of the raw key, for HQ to confirm


@dataclass(frozen=True)
class HqAccess:
    """What enrolling needs: HQ's address, the one-time code, HQ's CA certificate."""

    url: str
    code: str
    ca_pem: bytes


def read_file(path: Path) -> bytes:
    """The bytes of a small file given by a person. Raises UsageError (FILE_UNREADABLE)."""
    try:
        return path.expanduser().read_bytes()
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise UsageError(f"Cannot read {path}: {reason}.", code=Code.FILE_UNREADABLE,
                         params={"path": str(path), "reason": reason}) from e


def check_supervisor(name: str, password: str) -> None:
    """Raise UsageError (USERNAME_FORM) or PasswordPolicyError for an unacceptable pair."""
    policy.check_username(name)
    policy.check_password(password, name)


def read_recovery_key(path: Path) -> RecoveryKey:
    """HQ's recovery public key from its PEM file. Raises UsageError (FILE_UNREADABLE,
    RECOVERY_KEY_FORM, RECOVERY_KEY_TYPE)."""
    pem = read_file(path)
    key = workstation.load_public_key(pem)
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return RecoveryKey(pem, hashlib.sha256(raw).hexdigest()[:16])


def check_hq(url: str, code: str, ca_path: Path) -> HqAccess:
    """HQ's address (HTTPS), the code and the CA file, checked without the network.
    Raises UsageError (URL_FORM, URL_PLAIN, FILE_UNREADABLE, CA_FORM, CA_NOT_CA)."""
    checked = check_url(url.strip(), plain_http=False)
    pem = read_file(ca_path)
    check_ca(pem)
    return HqAccess(checked, code.strip(), pem)


def create(home: Path, supervisor: str, password: str, recovery: RecoveryKey | None,
           conf: settings.Settings) -> str:
    """Make the workstation in ``home`` and save its settings; return its device id.

    Raises AlreadyInitializedError, UsageError, PasswordPolicyError.
    """
    conf.validate()
    key = workstation.load_public_key(recovery.pem) if recovery is not None else None
    device = workstation.init_workstation(home, supervisor, password, key)
    settings.save(home, conf)
    log.info("first run: workstation made")
    return device


def enroll(home: Path, supervisor: str, password: str, access: HqAccess,
           label: str | None = None) -> Enrolled:
    """Enroll the workstation in ``home`` with HQ as its supervisor.

    Raises what :func:`checkpoint.services.session.login` and
    :func:`checkpoint.services.sync.enroll` raise (EnrollmentError for a refused code,
    NetworkError, ProtocolError when HQ cannot be verified with the CA).
    """
    with login(home, supervisor, password) as session:
        return enroll_with_hq(session, access.url, access.code, access.ca_pem,
                              label=label or None)
