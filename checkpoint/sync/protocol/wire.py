"""Message bodies on the wire: compact JSON, zlib-compressed, with size limits.

Every body of the ``/v1`` API, in both directions, is UTF-8 JSON compressed with
zlib and sent as :data:`MEDIA_TYPE`. Signatures cover the bytes as sent, so neither
side ever needs to re-encode a body to check it. Decoding refuses a body that
inflates past a limit (a compression bomb) with ProtocolError.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib
from typing import Any

from checkpoint.errors import ProtocolError

PROTOCOL = "checkpoint-sync/1"
MEDIA_TYPE = "application/vnd.checkpoint.sync.v1+zlib"

H_DEVICE = "X-Checkpoint-Device"
H_TIME = "X-Checkpoint-Time"
H_NONCE = "X-Checkpoint-Nonce"
H_SEQ = "X-Checkpoint-Seq"
H_DIGEST = "X-Checkpoint-Content-SHA256"
H_SIGNATURE = "X-Checkpoint-Signature"
H_SERVER_TIME = "X-Checkpoint-Server-Time"
H_HQ_SIGNATURE = "X-Checkpoint-HQ-Signature"

#: Largest clock difference HQ accepts in a signed request, and the skew the client reports.
MAX_SKEW_SECONDS = 300
#: Largest body either side inflates (bytes after decompression).
MAX_BODY = 64 * 1024 * 1024
#: Item results of a push.
APPLIED, DUPLICATE, REJECTED = "applied", "duplicate", "rejected"

_NAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")


def dumps(obj: Any) -> str:
    """Compact JSON text (not canonical: signatures cover bytes, not values)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def compress(text: str, level: int = 6) -> bytes:
    return zlib.compress(text.encode("utf-8"), level)


def encode(obj: Any) -> bytes:
    """A body ready to send: compact JSON, compressed."""
    return compress(dumps(obj))


def decode(body: bytes, limit: int = MAX_BODY) -> Any:
    """The JSON value of a body. Raises ProtocolError when it is not one or is too large."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(body, limit)
        if inflater.unconsumed_tail:
            raise ProtocolError(f"A message inflates past the limit of {limit} bytes; refused.")
        raw += inflater.flush()
        if not inflater.eof:
            raise ProtocolError("A message body is truncated.")
        return json.loads(raw.decode("utf-8"))
    except zlib.error as e:
        raise ProtocolError("A message body is not compressed as the protocol requires.") from e
    except (UnicodeDecodeError, ValueError) as e:
        raise ProtocolError("A message body is not valid JSON.") from e


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str = "a field") -> bytes:
    """Decode standard base64. Raises ProtocolError naming ``what`` when it is not."""
    if not isinstance(text, str):
        raise ProtocolError(f"{what} is not base64 text.")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as e:
        raise ProtocolError(f"{what} is not valid base64.") from e


def check_name(name: str, what: str = "A collection name") -> str:
    """Collection names: lower-case letters, digits, ``_ . -``; at most 64 characters."""
    if not _NAME_RE.fullmatch(name):
        raise ProtocolError(f"{what} {name!r} is not valid (a-z, 0-9, '_', '.', '-').")
    return name
