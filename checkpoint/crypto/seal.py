"""Sealing a secret to an X25519 public key: ephemeral X25519, HKDF-SHA256, AES-256-GCM.

The one implementation behind two uses, which differ only in their label and their
encoding:

- a key slot seals the data key to the slot's public key (label
  ``checkpoint keyslot seal v1``; base64 fields ``ephemeral``, ``nonce``, ``ct`` in the
  slot file: :meth:`Sealed.to_fields`);
- the sync box seals an operator's initial password or an offline bundle (label
  ``checkpoint sync box v1``; bytes ``ephemeral (32) | nonce (12) | ciphertext``:
  :meth:`Sealed.to_bytes`).

The AES key is ``HKDF-SHA256(shared secret, salt=None, info=label | ephemeral public |
recipient public)``. The associated data binds a sealed value to its context: opening
with other associated data fails. ``tests/unit/golden/test_seal_vectors.py`` pins the
bytes of both uses.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


@dataclass(frozen=True)
class Sealed:
    """A sealed value: the ephemeral public key, the GCM nonce, ciphertext and tag."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.ephemeral + self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, blob: bytes) -> Sealed:
        """Split :meth:`to_bytes`. Raises ValueError when ``blob`` is too short."""
        if len(blob) < KEY_BYTES + NONCE_BYTES + TAG_BYTES:
            raise ValueError("a sealed value is truncated")
        return cls(blob[:KEY_BYTES], blob[KEY_BYTES:KEY_BYTES + NONCE_BYTES],
                   blob[KEY_BYTES + NONCE_BYTES:])

    def to_fields(self) -> dict[str, str]:
        return {"ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce),
                "ct": _b64(self.ciphertext)}

    @classmethod
    def from_fields(cls, fields: object) -> Sealed:
        """Read :meth:`to_fields`. Raises ValueError when a field is missing or not base64."""
        if not isinstance(fields, dict):
            raise ValueError("a sealed value is not an object")
        try:
            return cls(_unb64(fields["ephemeral"]), _unb64(fields["nonce"]),
                       _unb64(fields["ct"]))
        except KeyError as e:
            raise ValueError(f"a sealed value lacks {e.args[0]!r}") from e


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except UnicodeEncodeError as e:
        raise ValueError("not base64 text") from e


def _aes_key(label: bytes, shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=label + eph_pub + recipient_pub).derive(
        shared)


def seal(plaintext: bytes, recipient: X25519PublicKey, ad: bytes, *, label: bytes,
         ephemeral: X25519PrivateKey | None = None, nonce: bytes | None = None) -> Sealed:
    """Encrypt ``plaintext`` so that only the holder of ``recipient``'s private key opens it.

    ``ephemeral`` and ``nonce`` are fresh random values unless given (golden tests only:
    reusing either breaks the seal).
    """
    eph = ephemeral or X25519PrivateKey.generate()
    eph_pub = raw_public(eph.public_key())
    key = _aes_key(label, eph.exchange(recipient), eph_pub, raw_public(recipient))
    nonce = nonce or os.urandom(NONCE_BYTES)
    return Sealed(eph_pub, nonce, AESGCM(key).encrypt(nonce, plaintext, ad))


def unseal(sealed: Sealed, private: X25519PrivateKey, ad: bytes, *, label: bytes) -> bytes:
    """Open what :func:`seal` made.

    Raises ``cryptography.exceptions.InvalidTag`` for a wrong key, label or associated
    data, or altered bytes; ValueError when the ephemeral key is malformed.
    """
    eph = X25519PublicKey.from_public_bytes(sealed.ephemeral)
    key = _aes_key(label, private.exchange(eph), sealed.ephemeral,
                   raw_public(private.public_key()))
    return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, ad)
