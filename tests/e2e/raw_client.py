"""A bare workstation for HQ tests: its own keys, hand-made journal entries and signed
requests sent as they are (no store, no login), to play an attacker or a careless
client byte by byte against the real HQ."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.domain.chain import canonical, digest, entry_hash, genesis_hash
from checkpoint.domain.ids import new_id
from checkpoint.sync.protocol import signing, wire


@dataclass
class Answer:
    status: int
    body: Any
    headers: Mapping[str, str]

    @property
    def error(self) -> str:
        return str(self.body.get("error", "")) if isinstance(self.body, dict) else ""


@dataclass
class RawDevice:
    url: str
    ca: str
    device: str = field(default_factory=new_id)
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    box: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    head_seq: int = 0
    head_hash: str = ""

    def __post_init__(self) -> None:
        self.head_hash = genesis_hash(self.device)
        self.http = requests.Session()
        self.http.trust_env = False

    def close(self) -> None:
        self.http.close()

    def sign(self, method: str, target: str, body: bytes, **kw: Any) -> signing.RequestAuth:
        return signing.sign_request(kw.pop("key", self.key), method, target, body,
                                    kw.pop("device", self.device), kw.pop("seq", self.head_seq),
                                    kw.pop("now", time.time()), **kw)

    def send(self, method: str, target: str, body: bytes = b"",
             auth: signing.RequestAuth | None = None, *, url: str | None = None,
             content_type: str = wire.MEDIA_TYPE, headers: dict[str, str] | None = None
             ) -> Answer:
        auth = auth or self.sign(method, target, body)
        r = self.http.request(method, (url or self.url) + target, data=body, verify=self.ca,
                              headers={**auth.headers(), "Content-Type": content_type,
                                       **(headers or {})}, timeout=60)
        value = wire.decode(r.content) if r.content else None
        return Answer(r.status_code, value, r.headers)

    def enroll_body(self, code: str) -> bytes:
        return wire.encode({"device": self.device, "code": code, "label": "raw",
                            "verify_key": wire.b64(self.key.public_key().public_bytes_raw()),
                            "box_key": wire.b64(self.box.public_key().public_bytes_raw())})

    def enroll(self, code: str, **kw: Any) -> Answer:
        return self.send("POST", "/v1/enroll", self.enroll_body(code), **kw)

    def entry(self, record: dict[str, Any] | None = None, *, action: str = "inspection.finalize",
              subject: str | None = None) -> dict[str, Any]:
        """The next journal entry (it extends this device's head), with ``record``."""
        seq, t = self.head_seq + 1, signing.format_time(time.time())
        doc = record.get("document") if isinstance(record, dict) else None
        try:
            payload = canonical({"digest": digest(canonical(doc))}) if doc is not None else "{}"
        except (TypeError, ValueError, UnicodeEncodeError):
            payload = canonical({"digest": "0" * 64})
        subject = subject or (f"{record.get('kind')}:{record.get('id')}"
                              if isinstance(record, dict) else "store:x")
        pd = digest(payload)
        h = entry_hash(seq, t, "anna", action, subject, pd, self.head_hash)
        item: dict[str, Any] = {"seq": seq, "time": t, "actor": "anna", "action": action,
                                "subject": subject, "payload_digest": pd, "payload": payload,
                                "prev_hash": self.head_hash, "hash": h}
        if record is not None:
            item["record"] = record
        self.head_seq, self.head_hash = seq, h
        return item

    def record(self, document: Any, **fields: Any) -> dict[str, Any]:
        rid = new_id()
        return {"id": rid, "kind": "inspection", "status": "finalized", "author": "anna",
                "device_id": self.device, "document": document, **fields}

    def push(self, items: list[dict[str, Any]], *, text: str | None = None, **kw: Any) -> Answer:
        body = wire.compress(text) if text is not None else wire.encode({"items": items})
        return self.send("POST", "/v1/push", body, **kw)
