"""The OpenAPI description of the ``/v1`` operations: parameters, bodies and answers.

A request body is JSON, sent zlib-compressed (:data:`wire.MEDIA_TYPE`, what the
workstation sends) or, for tools and API fuzzers, as plain ``application/json``; the
signature covers the bytes as sent either way. The JSON Schemas below describe the
values; HQ's own checks (``hq/limits.py``, ``hq/devices.py``, ``hq/intake.py``) are
what decides, and each refusal is a signed 4xx with ``error`` and ``message``.
Answers are always zlib-compressed JSON, signed in the ``X-Checkpoint-HQ-*`` headers.
"""

from __future__ import annotations

from typing import Any

from checkpoint.sync.protocol import wire

_HEX64 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_B64 = {"type": "string", "contentEncoding": "base64"}

ENROLL_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["device", "verify_key", "box_key", "code"],
    "properties": {
        "device": {"type": "string", "format": "uuid",
                   "description": "the workstation's id (UUIDv7), as in the signature headers"},
        "verify_key": {**_B64, "description": "the workstation's Ed25519 key (32 bytes); it "
                       "signs this request"},
        "box_key": {**_B64, "description": "the workstation's X25519 key (32 bytes)"},
        "code": {"type": "string", "maxLength": 64,
                 "description": "the one-time code HQ issued, e.g. 7K2QM-…"},
        "label": {"type": "string", "maxLength": 200},
    },
}

READMIT_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["device", "verify_key", "box_key", "code"],
    "properties": {
        "device": ENROLL_REQUEST["properties"]["device"],
        "verify_key": {**_B64, "description": "the workstation's Ed25519 key now (32 bytes; "
                       "it may be new); it signs this request"},
        "box_key": {**_B64, "description": "the workstation's X25519 key now (32 bytes)"},
        "code": {"type": "string", "maxLength": 64,
                 "description": "the readmission code `checkpoint-hq readmit` issued"},
    },
}

PUSH_ITEM: dict[str, Any] = {
    "type": "object",
    "required": ["seq", "time", "actor", "action", "subject", "payload_digest", "payload",
                 "prev_hash", "hash"],
    "properties": {
        "seq": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
        "time": {"type": "string", "maxLength": 40},
        "actor": {"type": "string", "maxLength": 200},
        "action": {"type": "string", "maxLength": 100},
        "subject": {"type": "string", "maxLength": 300},
        "payload_digest": _HEX64,
        "payload": {"type": "string", "description": "canonical JSON the digest covers"},
        "prev_hash": _HEX64,
        "hash": _HEX64,
        "record": {
            "type": "object",
            "description": "the finalized record the entry journals, if any",
            "required": ["id", "kind", "status", "device_id", "document"],
            "properties": {
                "id": {"type": "string"}, "kind": {"type": "string"},
                "status": {"type": "string", "maxLength": 32},
                "device_id": {"type": "string"},
                "author": {"type": "string", "maxLength": 200},
                "amends": {"type": ["string", "null"]},
                "document": {"type": "object"},
                "attachments": {"type": "array", "items": {
                    "type": "object", "required": ["id", "media_type", "sha256", "size", "data"],
                    "properties": {"id": {"type": "string"}, "media_type": {"type": "string"},
                                   "sha256": _HEX64, "size": {"type": "integer"},
                                   "data": _B64}}},
            },
        },
    },
}

PUSH_REQUEST: dict[str, Any] = {
    "type": "object", "required": ["items"],
    "properties": {"items": {"type": "array", "maxItems": 5000, "items": PUSH_ITEM}},
}

_ANSWER = {"content": {wire.MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}}
_SIGNED_HEADERS = [
    {"name": h, "in": "header", "required": True, "schema": {"type": "string"}}
    for h in (wire.H_DEVICE, wire.H_TIME, wire.H_NONCE, wire.H_SEQ, wire.H_DIGEST,
              wire.H_SIGNATURE)
]
_COMMON: dict[int | str, dict[str, Any]] = {
    200: {"description": "Signed answer (zlib JSON)", **_ANSWER},
    400: {"description": "Malformed request, body or journal entry (error, message)",
          **_ANSWER},
    401: {"description": "Unknown workstation, bad or expired signature, replay", **_ANSWER},
    413: {"description": "Request body too large (compressed or inflated)", **_ANSWER},
    503: {"description": "HQ's database is unavailable; retry (Retry-After)", **_ANSWER},
}
_OPERATIONS: dict[str, tuple[str, dict[str, Any] | None, list[dict[str, Any]],
                             dict[int | str, dict[str, Any]]]] = {
    "enroll": ("Enroll a workstation with a one-time code", ENROLL_REQUEST, [], {
        403: {"description": "Code unknown, used or expired", **_ANSWER},
        409: {"description": "This workstation is already enrolled", **_ANSWER},
        429: {"description": "Too many enrollment attempts from this address "
              "(Retry-After)", **_ANSWER}}),
    "readmit": ("Re-admit an enrolled workstation under a new epoch (after a rollback or a "
                "key change) with a one-time code", READMIT_REQUEST, [], {
        403: {"description": "Code unknown, used or expired", **_ANSWER},
        409: {"description": "The workstation was re-admitted since the code was issued",
              **_ANSWER},
        429: {"description": "Too many attempts from this address (Retry-After)", **_ANSWER}}),
    "head": ("The workstation's last acknowledged journal head", None, [], {
        409: {"description": "Journal rollback (alert raised)", **_ANSWER}}),
    "push": ("Push journal entries and their records", PUSH_REQUEST, [], {
        409: {"description": "Journal rollback, fork or gap (alert raised)", **_ANSWER}}),
    "pull": ("Pull HQ-owned data after a cursor", None, [
        {"name": "cursor", "in": "query", "required": False, "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 5000}}], {
        409: {"description": "Journal rollback (alert raised)", **_ANSWER},
        410: {"description": "Cursor unknown: resync from the start", **_ANSWER}}),
}


def operation(name: str) -> dict[str, Any]:
    """The FastAPI route arguments that describe operation ``name``."""
    summary, schema, params, extra = _OPERATIONS[name]
    spec: dict[str, Any] = {"parameters": [*_SIGNED_HEADERS, *params]}
    if schema is not None:
        spec["requestBody"] = {"required": True, "content": {
            "application/json": {"schema": schema},
            wire.MEDIA_TYPE: {"schema": {"type": "string", "format": "binary",
                                         "description": "the same JSON, zlib-compressed"}}}}
    return {"summary": summary, "openapi_extra": spec, "responses": {**_COMMON, **extra}}
