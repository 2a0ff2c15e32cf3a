"""Setting up a workstation: the data key, the database, the first supervisor."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import AlreadyInitializedError, UsageError
from checkpoint.journal import Journal
from checkpoint.services import policy
from checkpoint.services.session import open_database
from checkpoint.store import identity, kdf, operators, slotfile
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)


def load_public_key(pem: bytes) -> X25519PublicKey:
    """HQ's X25519 recovery public key from PEM. Raises UsageError when it is not one."""
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as e:
        raise UsageError("The recovery key file is not a PEM public key.") from e
    if not isinstance(key, X25519PublicKey):
        raise UsageError("The recovery key must be an X25519 public key.")
    return key


def load_private_key(pem: bytes) -> X25519PrivateKey:
    """HQ's X25519 recovery private key from PEM. Raises UsageError when it is not one."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as e:
        raise UsageError("The recovery key file is not an unencrypted PEM private key.") from e
    if not isinstance(key, X25519PrivateKey):
        raise UsageError("The recovery key must be an X25519 private key.")
    return key


def _clear_orphans(layout: Layout) -> None:
    """Remove a database left by an interrupted init (it has no key slot, so it is unreadable)."""
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{layout.database}{suffix}")
        if p.exists():
            log.warning("removing an unreadable database left by an interrupted set-up")
            p.unlink()


def init_workstation(home: Path, supervisor: str, password: str,
                     recovery_public_key: X25519PublicKey | None = None) -> str:
    """Create the workstation in ``home``; return its device id.

    Raises AlreadyInitializedError, UsageError (bad name), PasswordPolicyError.
    """
    policy.check_username(supervisor)
    policy.check_password(password, supervisor)
    layout = Layout(home)
    if layout.is_initialized():
        raise AlreadyInitializedError(f"A workstation already exists in {home}.",
                                      params={"home": str(home)})
    layout.ensure()
    _clear_orphans(layout)
    data_key = os.urandom(32)
    slots = KeySlots.new(kdf.calibrate())
    slots.put_operator(supervisor, "supervisor", password, data_key)
    if recovery_public_key is not None:
        slots.set_recovery(recovery_public_key, data_key)
    device_id = new_id()
    now = utc_now()
    database = open_database(layout, data_key, create=True)
    try:
        with database.transaction() as db:
            ident = identity.create(db.conn, device_id, now)
            operators.insert(db.conn, operators.Operator(
                new_id(), supervisor, "supervisor", now, supervisor, True, False))
            journal = Journal(db.conn, device_id, ident.signing_key)
            journal.append(supervisor, "workstation.init", f"workstation:{device_id}",
                           {"recovery_slot": recovery_public_key is not None})
            journal.append(supervisor, "operator.add", f"operator:{supervisor}",
                           {"role": "supervisor"})
            journal.sign_head()
    finally:
        database.close()
    # the slot file last: without it the half-made database is recognisably unfinished
    slotfile.save(layout, slots, data_key)
    log.info("workstation initialised")
    return device_id


