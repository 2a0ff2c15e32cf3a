"""The rules both ends of the journal agree on: canonical JSON, digests, the hash chain.

One pure implementation, imported by the journal, the store, the sync code and HQ;
``tests/unit/golden/`` pins its bytes (every workstation journal and every HQ
database depends on them)::

    canonical(x)   = JSON, keys sorted, no spaces, UTF-8 (not \\u-escaped)
    digest(text)   = SHA-256 of the UTF-8 text, lower-case hex
    genesis(dev)   = digest("checkpoint journal v1 genesis:" + dev)
    hash(n)        = digest(canonical([seq, time, actor, action, subject,
                                       payload_digest, hash(n-1)]))
    checkpoint     = canonical({"device", "seq", "hash", "time"}) as UTF-8 bytes,
                     signed with the workstation's Ed25519 key

A record's document is stored in its canonical form, and the journal entry of a
change commits to the digest of that text (:func:`document_digest`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_PREFIX = "checkpoint journal v1 genesis:"


def canonical(obj: Any, *, ascii_only: bool = False) -> str:
    """The canonical JSON text of ``obj`` (``ascii_only``: non-ASCII as ``\\u`` escapes,
    the form of the key slot file's associated data)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=ascii_only)


def digest(text: str) -> str:
    """SHA-256 of ``text`` (UTF-8), lower-case hex."""
    return sha256_hex(text.encode("utf-8"))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_digest(document: Mapping[str, Any]) -> str:
    """The digest a journal entry commits to for ``document``."""
    return digest(canonical(document))


def genesis_hash(device_id: str) -> str:
    """The ``prev_hash`` of a workstation's first entry: binds the chain to the device."""
    return digest(GENESIS_PREFIX + device_id)


def entry_hash(seq: int, time: str, actor: str, action: str, subject: str,
               payload_digest: str, prev_hash: str) -> str:
    return digest(canonical([seq, time, actor, action, subject, payload_digest, prev_hash]))


def checkpoint_message(device_id: str, seq: int, head: str, time: str) -> bytes:
    """The bytes a signed checkpoint of the journal head signs."""
    return canonical({"device": device_id, "seq": seq, "hash": head, "time": time}).encode()


@dataclass(frozen=True)
class Entry:
    """One journal entry, as stored on the workstation and at HQ and sent in a push."""

    seq: int
    time: str
    actor: str
    action: str
    subject: str
    payload_digest: str
    payload: str | None
    prev_hash: str
    hash: str

    def payload_dict(self) -> dict[str, Any]:
        return dict(json.loads(self.payload)) if self.payload else {}

    def computed_hash(self) -> str:
        """The hash this entry must have, from its other fields."""
        return entry_hash(self.seq, self.time, self.actor, self.action, self.subject,
                          self.payload_digest, self.prev_hash)

    def is_intact(self) -> bool:
        """Whether the payload matches its digest and the entry its hash."""
        return ((self.payload is None or digest(self.payload) == self.payload_digest)
                and self.computed_hash() == self.hash)

    def committed_document(self) -> tuple[str, str] | None:
        """(record id, document digest) when this entry commits to a finalized (non-draft)
        document of the record named by its subject (``kind:id``); else None."""
        payload = self.payload
        if not payload or ":" not in self.subject or '"digest"' not in payload:
            return None
        try:
            p = json.loads(payload)
        except ValueError:
            return None
        if isinstance(p, dict) and isinstance(p.get("digest"), str) and p.get("status") not in (
                None, "draft"):
            return self.subject.split(":", 1)[1], p["digest"]
        return None
