"""The workstation's identity: its id and Ed25519 key, kept inside the encrypted store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.errors import DamagedStoreError


@dataclass(frozen=True)
class Identity:
    device_id: str
    created_at: str
    signing_key: Ed25519PrivateKey

    @property
    def verify_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    def public_bytes(self) -> bytes:
        return self.verify_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )


def create(conn: Any, device_id: str, created_at: str) -> Identity:
    key = Ed25519PrivateKey.generate()
    ident = Identity(device_id, created_at, key)
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    conn.execute(
        "INSERT INTO workstation (id, created_at, signing_key, verify_key) VALUES (?, ?, ?, ?)",
        (device_id, created_at, raw, ident.public_bytes()),
    )
    return ident


def load(conn: Any) -> Identity:
    row = conn.execute("SELECT id, created_at, signing_key FROM workstation").fetchone()
    if row is None:
        raise DamagedStoreError("The workstation database has no identity; it is damaged.")
    return Identity(str(row[0]), str(row[1]), Ed25519PrivateKey.from_private_bytes(bytes(row[2])))
