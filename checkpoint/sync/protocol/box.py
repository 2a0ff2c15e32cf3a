"""Sealing secrets to an X25519 public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM).

Used for an operator's one-time initial password (sealed by HQ to the workstation's
box key, so HQ's database keeps no password) and for offline transfer bundles
(sealed by the workstation to HQ's key). The associated data binds a sealed value to
its context; opening with other associated data fails.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkpoint.errors import ProtocolError

INFO = b"checkpoint sync box v1"


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _key(shared: bytes, eph: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=INFO + eph + recipient).derive(shared)


def seal(plaintext: bytes, recipient: X25519PublicKey, ad: bytes) -> bytes:
    """``ephemeral public (32) | nonce (12) | ciphertext``."""
    eph = X25519PrivateKey.generate()
    eph_pub = raw_public(eph.public_key())
    key = _key(eph.exchange(recipient), eph_pub, raw_public(recipient))
    nonce = os.urandom(12)
    return eph_pub + nonce + AESGCM(key).encrypt(nonce, plaintext, ad)


def unseal(blob: bytes, private: X25519PrivateKey, ad: bytes) -> bytes:
    """Open what :func:`seal` made. Raises ProtocolError for a wrong key or altered data."""
    if len(blob) < 32 + 12 + 16:
        raise ProtocolError("A sealed value is truncated.")
    eph_pub, nonce, ct = blob[:32], blob[32:44], blob[44:]
    key = _key(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub,
               raw_public(private.public_key()))
    try:
        return AESGCM(key).decrypt(nonce, ct, ad)
    except InvalidTag as e:
        raise ProtocolError("A sealed value does not open with this key (wrong key or "
                            "altered).") from e


def operator_password_ad(device: str, username: str, role: str) -> bytes:
    """What binds an operator's sealed initial password to its workstation, name and role."""
    return f"checkpoint operator password v1|{device}|{username}|{role}".encode()
