"""The seal of a signed shift report PDF: made at the workstation, checked anywhere.

Two signatures by the workstation's Ed25519 key:

- the **content signature**, over the canonical JSON of the report's content (the
  ``shift_report.v1`` document without its signature fields), which includes the
  journal head at the shift's closing. It is printed on the report with its
  **verification code** (:func:`verification_code`), and HQ keeps the content as a
  record, so a paper copy can be checked against HQ by its code;
- the **file signature**, over the SHA-256 of the PDF's bytes, the content digest
  and the content signature. It is appended to the PDF as a comment line after the
  PDF's end, followed by a repeat of the PDF's ``startxref`` so readers still find
  the cross-reference table::

      <the PDF as written>%CHECKPOINT-SEAL-V1 <base64 JSON>\\nstartxref\\nN\\n%%EOF\\n

Any change to the file (one byte of text, a swapped or removed page, anything added
after the seal) makes :func:`verify` fail with a reason code. The workstation and
HQ (``checkpoint report verify``, ``checkpoint-hq report verify``) import this one
implementation.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MARK = b"%CHECKPOINT-SEAL-V1 "
FILE_PURPOSE = "checkpoint shift report file v1"
_TAIL = re.compile(rb"\nstartxref\n([0-9]+)\n%%EOF\n\Z")
_SEAL_FIELDS = ("report_id", "device_id", "key", "content_digest", "content_signature",
                "pdf_sha256", "signature")

MESSAGES = {
    "valid": "valid: signed by workstation {device_id} (key {key_id}); the file is exactly "
             "as it was signed.",
    "no_seal": "invalid: the file carries no Checkpoint seal (it was not made by "
               "Checkpoint, or its seal was cut off).",
    "malformed_seal": "invalid: the seal at the end of the file is damaged.",
    "appended": "invalid: something was added to the file after it was signed.",
    "pdf_changed": "invalid: the PDF was changed after it was signed (its bytes differ "
                   "from the signed file: edited text, a swapped, added or removed page).",
    "bad_signature": "invalid: the seal's signature does not verify (the seal was forged "
                     "or edited).",
    "wrong_key": "invalid: the report was not signed by the key of workstation "
                 "{device_id} (key {key_id}); it claims key {claimed_id}.",
}


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_digest(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


def key_id(key: Ed25519PublicKey) -> str:
    """A short fingerprint of a verify key (16 hex digits of its SHA-256)."""
    return hashlib.sha256(key.public_bytes_raw()).hexdigest()[:16]


def verification_code(content_signature: str) -> str:
    """The code printed on the report: 16 base32 characters of the SHA-256 of the content
    signature, in groups of four (``ABCD-EFGH-IJKL-MNOP``)."""
    raw = hashlib.sha256(base64.b64decode(content_signature)).digest()
    text = base64.b32encode(raw).decode("ascii")[:16]
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def sign_content(key: Ed25519PrivateKey, content: dict[str, Any]) -> str:
    return base64.b64encode(key.sign(canonical(content))).decode("ascii")


def check_content(key: Ed25519PublicKey, content: dict[str, Any], signature: str) -> bool:
    try:
        key.verify(base64.b64decode(signature), canonical(content))
    except (InvalidSignature, ValueError):
        return False
    return True


def _file_message(seal: dict[str, Any]) -> bytes:
    return canonical({"purpose": FILE_PURPOSE, **{k: seal[k] for k in _SEAL_FIELDS[:-1]}})


def seal(pdf: bytes, key: Ed25519PrivateKey, *, report_id: str, device_id: str,
         content: dict[str, Any], content_signature: str) -> bytes:
    """The PDF with its seal appended. Raises ValueError when ``pdf`` does not end like a
    PDF written by Qt (``startxref`` … ``%%EOF``)."""
    pdf = pdf if pdf.endswith(b"\n") else pdf + b"\n"
    tail = re.search(rb"\nstartxref\r?\n([0-9]+) ?\r?\n%%EOF\r?\n?\Z", pdf)
    if tail is None:
        raise ValueError("not a complete PDF (no startxref at its end)")
    body = {"report_id": report_id, "device_id": device_id,
            "key": base64.b64encode(key.public_key().public_bytes_raw()).decode("ascii"),
            "content_digest": content_digest(content), "content_signature": content_signature,
            "pdf_sha256": hashlib.sha256(pdf).hexdigest()}
    body["signature"] = base64.b64encode(key.sign(_file_message(body))).decode("ascii")
    line = MARK + base64.b64encode(canonical(body)) + b"\n"
    return pdf + line + b"startxref\n" + tail.group(1) + b"\n%%EOF\n"


@dataclass(frozen=True)
class SealCheck:
    code: str                         # "valid" or the reason it is invalid
    seal: dict[str, Any] | None = None
    expected_key: str | None = None   # key id of the key checked against, if one

    @property
    def valid(self) -> bool:
        return self.code == "valid"

    def message(self) -> str:
        s = self.seal or {}
        claimed = ""
        if s.get("key"):
            try:
                claimed = key_id(Ed25519PublicKey.from_public_bytes(base64.b64decode(s["key"])))
            except ValueError:
                claimed = "?"
        return MESSAGES[self.code].format(device_id=s.get("device_id", "?"),
                                          key_id=self.expected_key or claimed,
                                          claimed_id=claimed)


def read_seal(data: bytes) -> tuple[bytes, dict[str, Any]] | SealCheck:
    """(the signed PDF bytes, the seal) or the SealCheck saying why there is none."""
    at = data.rfind(b"\n" + MARK)
    if at < 0:
        return SealCheck("no_seal")
    pdf = data[:at + 1]
    end = data.find(b"\n", at + 1)
    if end < 0:
        return SealCheck("malformed_seal")
    if _TAIL.fullmatch(data[end:]) is None:
        return SealCheck("appended")
    try:
        body = json.loads(base64.b64decode(data[at + 1 + len(MARK):end], validate=True))
    except ValueError:
        return SealCheck("malformed_seal")
    if not (isinstance(body, dict) and all(isinstance(body.get(k), str) for k in _SEAL_FIELDS)):
        return SealCheck("malformed_seal")
    return pdf, body


def verify(data: bytes, expected: Ed25519PublicKey | None = None) -> SealCheck:
    """Check a sealed report file, against ``expected`` (the workstation's enrolled key)
    when given, else against the key named in the seal (which proves only that the file
    is unchanged since that key sealed it: confirm the key id with HQ)."""
    found = read_seal(data)
    if isinstance(found, SealCheck):
        return found
    pdf, body = found
    expected_id = None if expected is None else key_id(expected)
    try:
        claimed = Ed25519PublicKey.from_public_bytes(base64.b64decode(body["key"]))
    except ValueError:
        return SealCheck("malformed_seal", body)
    if expected is not None and claimed.public_bytes_raw() != expected.public_bytes_raw():
        return SealCheck("wrong_key", body, expected_id)
    key = expected or claimed
    try:
        key.verify(base64.b64decode(body["signature"]), _file_message(body))
    except (InvalidSignature, ValueError):
        return SealCheck("bad_signature", body, expected_id)
    if hashlib.sha256(pdf).hexdigest() != body["pdf_sha256"]:
        return SealCheck("pdf_changed", body, expected_id)
    return SealCheck("valid", body, expected_id)
