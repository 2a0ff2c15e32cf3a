"""HQ's next signing key and CA, announced by the current key (issue 9, item 6).

Before HQ switches to a new Ed25519 signing key or a new CA, it publishes, in the pulled
collection ``hq_keys`` under the key ``next``::

    {"signing_key": base64(next Ed25519 public key), "ca_pem": next CA (PEM) or null,
     "signature": base64(Ed25519 of the current key over MESSAGE)}

    MESSAGE = "checkpoint-hq-next-keys-v1\\n" + canonical({"ca_pem", "signing_key"})

The page that carries it is signed by the current key too; the signature inside the item
keeps the announcement verifiable where it is stored. A workstation that has it trusts
the next CA beside the pinned one and accepts answers signed by the next key, and then
makes it the pinned key (see ``checkpoint.services.sync.hq_keys``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.domain.chain import canonical
from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import wire

COLLECTION = "hq_keys"
NEXT = "next"
_CONTEXT = b"checkpoint-hq-next-keys-v1\n"


@dataclass(frozen=True)
class Announcement:
    signing_key: Ed25519PublicKey
    ca_pem: str | None


def _message(signing_key_b64: str, ca_pem: str | None) -> bytes:
    return _CONTEXT + canonical({"ca_pem": ca_pem, "signing_key": signing_key_b64}).encode()


def announce(current: Ed25519PrivateKey, next_key: Ed25519PublicKey,
             ca_pem: str | None) -> dict[str, Any]:
    """The ``hq_keys``/``next`` item's data, signed by ``current``."""
    key_b64 = wire.b64(next_key.public_bytes_raw())
    return {"signing_key": key_b64, "ca_pem": ca_pem,
            "signature": wire.b64(current.sign(_message(key_b64, ca_pem)))}


def read_announcement(current: Ed25519PublicKey, data: Any) -> Announcement:
    """The next key and CA, when ``current`` signed them. Raises ProtocolError."""
    if not isinstance(data, dict):
        raise ProtocolError("HQ's announcement of its next keys is malformed.")
    key_b64, ca_pem, signature = data.get("signing_key"), data.get("ca_pem"), data.get("signature")
    if not isinstance(key_b64, str) or not (ca_pem is None or isinstance(ca_pem, str)):
        raise ProtocolError("HQ's announcement of its next keys is malformed.")
    try:
        current.verify(wire.unb64(signature, "the announcement's signature"),
                       _message(key_b64, ca_pem))
        key = Ed25519PublicKey.from_public_bytes(wire.unb64(key_b64, "HQ's next key"))
    except (InvalidSignature, ValueError) as e:
        raise ProtocolError("HQ's announcement of its next keys is not signed by the key "
                            "pinned here.") from e
    return Announcement(key, ca_pem)
