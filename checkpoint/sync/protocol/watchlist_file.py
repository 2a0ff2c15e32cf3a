"""Offline watchlist files: HQ's current lists on a USB stick, signed by HQ.

Layout (lengths big-endian)::

    MAGIC "CHECKPOINT-WATCHLIST-1\\n"
    u32 header length | header (compact JSON, see below)
    64-byte Ed25519 signature by HQ's signing key over
        "checkpoint-watchlist-file-v1\\n" | MAGIC | header | SHA-256(body)
    body: zlib-compressed JSON lines, one ``alert.v1`` document per line, the alerts of
          each list of the header one after the other, in the header's order

Header: ``{"format": "checkpoint-watchlist-file", "hq_id", "hq_key" (base64 of HQ's
Ed25519 public key), "created_at", "feed_version" (HQ's change-log version the file is
current to), "body_bytes", "lists": [{"list", "version", "authority", "published_at",
"entries", "max_age_hours"}]}``.

The key is the one that signs HQ's answers and pulled pages (the one a workstation pins
at enrollment): the file is verified with what the workstation already trusts. It is
signed, not encrypted: it is as sensitive as the lists it holds (docs/formats.md).
HQ writes it with :func:`write`; a workstation reads it with :func:`read`, checks it
with :func:`verify` before anything else, then streams its alerts with :func:`alerts`.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.errors import Code, FormatError, ProtocolError
from checkpoint.sync.protocol import wire

MAGIC = b"CHECKPOINT-WATCHLIST-1\n"
FORMAT = "checkpoint-watchlist-file"
_CONTEXT = b"checkpoint-watchlist-file-v1\n"
MAX_HEADER = 1024 * 1024
MAX_LINE = 1024 * 1024  # one alert.v1 document
_CHUNK = 1 << 20


def _form(message: str) -> FormatError:
    return FormatError(message, code=Code.WATCHLIST_FILE_FORM)


@dataclass(frozen=True)
class ListHeader:
    """One list of a file: what the workstation compares with the list it holds."""

    list_code: str
    version: int
    entries: int
    max_age_hours: int
    authority: str = ""
    published_at: str = ""


@dataclass(frozen=True)
class WatchlistFile:
    """A file read from disk: its header parsed, its signature not yet checked."""

    header: dict[str, Any]
    header_raw: bytes
    signature: bytes
    body: bytes
    lists: tuple[ListHeader, ...]

    @property
    def hq_id(self) -> str:
        return str(self.header["hq_id"])

    @property
    def feed_version(self) -> int:
        return int(self.header["feed_version"])

    @property
    def created_at(self) -> str:
        return str(self.header["created_at"])

    def signed_message(self) -> bytes:
        return _CONTEXT + MAGIC + self.header_raw + hashlib.sha256(self.body).digest()


def write(lists: Sequence[ListHeader], alert_docs: Iterable[dict[str, Any]], *, hq_id: str,
          created_at: str, feed_version: int, signing_key: Ed25519PrivateKey) -> bytes:
    """The bytes of a file holding ``alert_docs`` (the lists' alerts, in ``lists`` order)."""
    packer = zlib.compressobj(6)
    parts = [packer.compress((wire.dumps(doc) + "\n").encode("utf-8")) for doc in alert_docs]
    parts.append(packer.flush())
    body = b"".join(parts)
    header = {"format": FORMAT, "hq_id": hq_id, "created_at": created_at,
              "feed_version": feed_version, "body_bytes": len(body),
              "hq_key": wire.b64(signing_key.public_key().public_bytes_raw()),
              "lists": [{"list": x.list_code, "version": x.version, "entries": x.entries,
                         "max_age_hours": x.max_age_hours, "authority": x.authority,
                         "published_at": x.published_at} for x in lists]}
    header_raw = wire.dumps(header).encode("utf-8")
    signature = signing_key.sign(_CONTEXT + MAGIC + header_raw + hashlib.sha256(body).digest())
    return MAGIC + struct.pack(">I", len(header_raw)) + header_raw + signature + body


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _form("The watchlist file's header is not one this program knows.")
    return value


def _lists(header: dict[str, Any]) -> tuple[ListHeader, ...]:
    raw = header.get("lists")
    if not isinstance(raw, list) or not raw:
        raise _form("The watchlist file's header names no list.")
    out = []
    for x in raw:
        if not isinstance(x, dict) or not isinstance(x.get("list"), str) or not x["list"]:
            raise _form("The watchlist file's header is not one this program knows.")
        out.append(ListHeader(x["list"], _count(x.get("version")), _count(x.get("entries")),
                              _count(x.get("max_age_hours")), str(x.get("authority") or ""),
                              str(x.get("published_at") or "")))
    if len({x.list_code for x in out}) != len(out):
        raise _form("The watchlist file's header names a list twice.")
    return tuple(out)


def read(data: bytes) -> WatchlistFile:
    """Split a file into its parts. Raises FormatError (code WATCHLIST_FILE_FORM) when it
    is not a watchlist file, is truncated or damaged."""
    if not data.startswith(MAGIC):
        raise _form("This file is not a Checkpoint watchlist file.")
    rest = data[len(MAGIC):]
    if len(rest) < 4:
        raise _form("The watchlist file is truncated.")
    (length,) = struct.unpack(">I", rest[:4])
    if length > MAX_HEADER or len(rest) < 4 + length + 64:
        raise _form("The watchlist file is truncated or damaged.")
    header_raw = rest[4:4 + length]
    try:
        header = json.loads(header_raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise _form("The watchlist file's header is damaged.") from e
    if (not isinstance(header, dict) or header.get("format") != FORMAT
            or not isinstance(header.get("hq_id"), str) or not isinstance(header.get("hq_key"), str)
            or not isinstance(header.get("created_at"), str)):
        raise _form("The watchlist file's header is not one this program knows.")
    _count(header.get("feed_version"))
    body = rest[4 + length + 64:]
    if _count(header.get("body_bytes")) != len(body):
        raise _form("The watchlist file is truncated or damaged (its body is "
                    f"{len(body)} bytes, not {header['body_bytes']}).")
    return WatchlistFile(header, header_raw, rest[4 + length:4 + length + 64], body,
                         _lists(header))


def verify(found: WatchlistFile, hq_id: str, keys: Sequence[Ed25519PublicKey]) -> None:
    """Check that HQ ``hq_id`` signed the file with one of ``keys`` (the pinned key and the
    announced next one). Raises ProtocolError: WATCHLIST_FILE_OTHER_HQ when it names
    another HQ or key, WATCHLIST_FILE_SIGNATURE when the signature does not verify."""
    raw_keys = {k.public_bytes_raw(): k for k in keys}
    try:
        named = wire.unb64(found.header["hq_key"], "the file's HQ key")
    except ProtocolError:
        named = b""
    key = raw_keys.get(named)
    if found.hq_id != hq_id or key is None:
        raise ProtocolError("The watchlist file was signed by another HQ than the one this "
                            "workstation is enrolled with.", code=Code.WATCHLIST_FILE_OTHER_HQ)
    try:
        key.verify(found.signature, found.signed_message())
    except InvalidSignature as e:
        raise ProtocolError("The watchlist file's signature does not verify with HQ's key "
                            "(altered or forged).", code=Code.WATCHLIST_FILE_SIGNATURE) from e


def _lines(body: bytes) -> Iterator[bytes]:
    unpacker = zlib.decompressobj()
    pending = b""
    data = body
    try:
        while data or not unpacker.eof:
            chunk = unpacker.decompress(data, _CHUNK)
            data = unpacker.unconsumed_tail
            if not chunk and not data:
                break
            pending += chunk
            *whole, pending = pending.split(b"\n")
            if len(pending) > MAX_LINE:
                raise _form("The watchlist file holds a line too long to be an alert.")
            yield from whole
    except zlib.error as e:
        raise _form("The watchlist file's body is damaged.") from e
    if not unpacker.eof or unpacker.unused_data or pending:
        raise _form("The watchlist file's body is truncated or damaged.")


def alerts(found: WatchlistFile) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(list code, alert.v1 document)`` of every alert, streamed (call after
    :func:`verify`). Raises FormatError when the body does not hold what the header says."""
    lines = _lines(found.body)
    for lst in found.lists:
        for _ in range(lst.entries):
            line = next(lines, None)
            if line is None:
                raise _form(f"The watchlist file holds fewer alerts of {lst.list_code} than "
                            "its header says.")
            try:
                doc = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError) as e:
                raise _form("The watchlist file holds a line that is not JSON.") from e
            if not isinstance(doc, dict):
                raise _form("The watchlist file holds a line that is not an alert.")
            yield lst.list_code, doc
    if next(lines, None) is not None:
        raise _form("The watchlist file holds more alerts than its header says.")
