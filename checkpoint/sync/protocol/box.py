"""The sync box: secrets sealed to an X25519 key (:mod:`checkpoint.crypto.seal`), as bytes.

Used for an operator's one-time initial password (sealed by HQ to the workstation's
box key, so HQ's database keeps no password) and for offline transfer bundles
(sealed by the workstation to HQ's key). The associated data binds a sealed value to
its context; opening with other associated data fails.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.crypto import seal as sealing
from checkpoint.crypto.seal import raw_private, raw_public
from checkpoint.errors import ProtocolError

__all__ = ["INFO", "operator_password_ad", "raw_private", "raw_public", "seal", "unseal"]

INFO = b"checkpoint sync box v1"


def seal(plaintext: bytes, recipient: X25519PublicKey, ad: bytes) -> bytes:
    """``ephemeral public (32) | nonce (12) | ciphertext``."""
    return sealing.seal(plaintext, recipient, ad, label=INFO).to_bytes()


def unseal(blob: bytes, private: X25519PrivateKey, ad: bytes) -> bytes:
    """Open what :func:`seal` made. Raises ProtocolError for a wrong key or altered data."""
    try:
        sealed = sealing.Sealed.from_bytes(blob)
    except ValueError as e:
        raise ProtocolError("A sealed value is truncated.") from e
    try:
        return sealing.unseal(sealed, private, ad, label=INFO)
    except InvalidTag as e:
        raise ProtocolError("A sealed value does not open with this key (wrong key or "
                            "altered).") from e


def operator_password_ad(device: str, username: str, role: str) -> bytes:
    """What binds an operator's sealed initial password to its workstation, name and role."""
    return f"checkpoint operator password v1|{device}|{username}|{role}".encode()
