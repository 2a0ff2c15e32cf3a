"""Offline transfer bundles: what a workstation has not had acknowledged, on a USB stick.

Layout (all lengths big-endian)::

    MAGIC "CHECKPOINT-BUNDLE-1\\n"
    u32 header length | header (compact JSON: format, device, from_seq, to_seq,
                                 head_hash, count, created_at, hq_key)
    64-byte Ed25519 signature by the workstation over MAGIC | header | SHA-256(sealed)
    sealed: the push body (zlib JSON ``{"items": [...]}``) sealed to HQ's X25519 key,
            with the header as associated data

Only HQ can read it; HQ checks it came from the enrolled workstation before it
opens it, and applies the items exactly as an online push (same idempotency).
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.errors import FormatError, ProtocolError
from checkpoint.sync.protocol import box, wire

MAGIC = b"CHECKPOINT-BUNDLE-1\n"
FORMAT = "checkpoint-sync-bundle"
MAX_HEADER = 64 * 1024
#: A workstation id as text HQ can look up (printable ASCII: no surrogates, no controls).
_DEVICE_RE = re.compile(r"^[\x21-\x7e]{1,64}$")


@dataclass(frozen=True)
class Bundle:
    """A bundle read from a file, its signature not yet checked and its items sealed."""

    header: dict[str, Any]
    header_raw: bytes
    signature: bytes
    sealed: bytes

    @property
    def device(self) -> str:
        return str(self.header["device"])

    def signed_message(self) -> bytes:
        return MAGIC + self.header_raw + hashlib.sha256(self.sealed).digest()


def write(items_body: bytes, header: dict[str, Any], signing_key: Ed25519PrivateKey,
          hq_key: X25519PublicKey) -> bytes:
    """The bytes of a bundle holding ``items_body`` (a compressed push body)."""
    header = {**header, "format": FORMAT, "hq_key": wire.b64(box.raw_public(hq_key))}
    header_raw = wire.dumps(header).encode("utf-8")
    sealed = box.seal(items_body, hq_key, header_raw)
    signature = signing_key.sign(MAGIC + header_raw + hashlib.sha256(sealed).digest())
    return MAGIC + struct.pack(">I", len(header_raw)) + header_raw + signature + sealed


def read(data: bytes) -> Bundle:
    """Split a bundle into its parts. Raises FormatError when it is not one."""
    if not data.startswith(MAGIC):
        raise FormatError("This file is not a Checkpoint transfer bundle.")
    rest = data[len(MAGIC):]
    if len(rest) < 4:
        raise FormatError("The transfer bundle is truncated.")
    (length,) = struct.unpack(">I", rest[:4])
    if length > MAX_HEADER or len(rest) < 4 + length + 64:
        raise FormatError("The transfer bundle is truncated or damaged.")
    header_raw = rest[4:4 + length]
    try:
        header = json.loads(header_raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise FormatError("The transfer bundle's header is damaged.") from e
    device = header.get("device") if isinstance(header, dict) else None
    if (not isinstance(header, dict) or header.get("format") != FORMAT
            or not isinstance(device, str) or not _DEVICE_RE.fullmatch(device)):
        raise FormatError("The transfer bundle's header is not one this program knows.")
    return Bundle(header, header_raw, rest[4 + length:4 + length + 64], rest[4 + length + 64:])


def open_items(bundle: Bundle, device_key: Ed25519PublicKey,
               hq_private: X25519PrivateKey) -> bytes:
    """Check the workstation's signature, then unseal; return the push body.

    Raises ProtocolError when the signature is not the workstation's or the bundle was
    sealed to another key or altered.
    """
    try:
        device_key.verify(bundle.signature, bundle.signed_message())
    except InvalidSignature as e:
        raise ProtocolError("The transfer bundle is not signed by the workstation it names "
                            "(altered or forged).") from e
    return box.unseal(bundle.sealed, hq_private, bundle.header_raw)
