"""Workstations at HQ: one-time enrollment codes, enrollment, and request authentication.

A code is 20 characters of Crockford base32 (100 bits) shown as four groups; HQ
keeps only its SHA-256. Enrollment registers the workstation's Ed25519 verify key
and X25519 box key; a repeated enrollment by the same workstation with the same key
(its answer was lost) is answered again, anything else with a used code is refused.

Every other request is authenticated by :func:`authenticate`: a known, not revoked
workstation; a signature that verifies; a time within ±300 s of HQ's clock; a nonce
not seen before; a journal head not below the one HQ acknowledged (else a rollback
alert is raised).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from checkpoint.domain.chain import genesis_hash
from checkpoint.domain.ids import utc_now
from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import signing, wire
from hq.db import Tx
from hq.errors import HqRefusal

log = logging.getLogger(__name__)

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NONCE_KEEP_SECONDS = 2 * wire.MAX_SKEW_SECONDS + 60


def normalize_code(code: str) -> str:
    """Upper case, no dashes or spaces; O→0, I/L→1 (Crockford)."""
    text = code.upper().replace("-", "").replace(" ", "")
    return text.replace("O", "0").replace("I", "1").replace("L", "1")


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("ascii", "replace")).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(20))
    return "-".join(raw[i:i + 5] for i in range(0, 20, 5))


def issue_code(tx: Tx, post: str, valid_hours: float = 72.0) -> str:
    """A new one-time enrollment code for a workstation of ``post``."""
    code = new_code()
    tx.execute("INSERT INTO enroll_codes (code_hash, post, created_at, expires_at) "
               "VALUES (?, ?, ?, ?)", (code_hash(code), post, utc_now(),
                                        time.time() + valid_hours * 3600))
    return code


@dataclass(frozen=True)
class Device:
    id: str
    post: str
    verify_key: Ed25519PublicKey
    box_key: bytes
    head_seq: int
    head_hash: str


def enroll(tx: Tx, body: dict[str, object], auth: signing.RequestAuth, raw: bytes,
           target: str) -> Device:
    """Register a workstation with a one-time code. Raises HqRefusal."""
    try:
        device_id = str(body["device"])
        verify_raw = wire.unb64(body["verify_key"], "verify_key")
        box_raw = wire.unb64(body["box_key"], "box_key")
        code = str(body["code"])
        label = str(body.get("label") or "")[:200]
        key = Ed25519PublicKey.from_public_bytes(verify_raw)
        if len(box_raw) != 32 or device_id != auth.device:
            raise ValueError("bad key or device")
        signing.verify_request(key, auth, "POST", target, raw)
    except (KeyError, ValueError, ProtocolError) as e:
        raise HqRefusal(400, "bad_request", f"The enrollment request is malformed: {e}") from e
    row = tx.one("SELECT post, expires_at, used_at, used_by FROM enroll_codes WHERE "
                 "code_hash = ?", (code_hash(code),))
    if row is None:
        raise HqRefusal(403, "code_unknown", "HQ does not know this enrollment code: check it "
                        "or ask HQ for a new one.")
    post, expires_at, used_at, used_by = row
    existing = tx.one("SELECT verify_key FROM devices WHERE id = ?", (device_id,))
    if used_at is not None:
        if used_by == device_id and existing and existing[0] == wire.b64(verify_raw):
            found = load(tx, device_id)
            assert found is not None
            return found
        raise HqRefusal(403, "code_used", "This enrollment code was already used; ask HQ for "
                        "a new one.")
    if float(expires_at) < time.time():
        raise HqRefusal(403, "code_expired", "This enrollment code has expired; ask HQ for a "
                        "new one.")
    if existing is not None:
        raise HqRefusal(409, "already_enrolled", "This workstation is already enrolled at HQ.")
    tx.execute("UPDATE enroll_codes SET used_at = ?, used_by = ? WHERE code_hash = ?",
               (utc_now(), device_id, code_hash(code)))
    tx.execute("INSERT INTO devices (id, post, label, verify_key, box_key, enrolled_at, "
               "head_seq, head_hash) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
               (device_id, post, label, wire.b64(verify_raw), wire.b64(box_raw), utc_now(),
                genesis_hash(device_id)))
    log.info("workstation enrolled for post %s", post)
    found = load(tx, device_id)
    assert found is not None
    return found


def load(tx: Tx, device_id: str, *, lock: bool = False) -> Device | None:
    row = tx.lock_device(device_id) if lock else tx.one(
        "SELECT id, post, verify_key, box_key, head_seq, head_hash, revoked_at FROM devices "
        "WHERE id = ?", (device_id,))
    if row is None or row[6] is not None:
        return None
    return Device(row[0], row[1], Ed25519PublicKey.from_public_bytes(wire.unb64(row[2])),
                  wire.unb64(row[3]), int(row[4]), row[5])


def raise_alert(tx: Tx, device_id: str, kind: str, detail: str) -> None:
    log.warning("alert %s for a workstation", kind)
    tx.execute("INSERT INTO alerts (device_id, kind, detail, at) VALUES (?, ?, ?, ?)",
               (device_id, kind, detail, utc_now()))


def authenticate(tx: Tx, auth: signing.RequestAuth, method: str, target: str, raw: bytes,
                 *, lock: bool, now: float) -> Device:
    """The workstation that signed this request, its row locked when ``lock``.

    Raises HqRefusal: 401 unknown_device / bad_signature / signature_expired / replay,
    409 rollback (and records the alert, in its own transaction, via ``HqRefusal.alert``).
    """
    device = load(tx, auth.device, lock=lock)
    if device is None:
        raise HqRefusal(401, "unknown_device", "HQ does not know this workstation (never "
                        "enrolled, or revoked): enroll it again.")
    try:
        signing.verify_request(device.verify_key, auth, method, target, raw)
        sent = signing.parse_time(auth.time)
    except ProtocolError as e:
        raise HqRefusal(401, "bad_signature", f"HQ refused the request: {e}") from e
    if abs(sent - now) > wire.MAX_SKEW_SECONDS:
        raise HqRefusal(401, "signature_expired", "The request's signature time is more than "
                        f"{wire.MAX_SKEW_SECONDS} s from HQ's clock (expired or replayed).")
    if tx.one("SELECT 1 FROM nonces WHERE device_id = ? AND nonce = ?",
              (device.id, auth.nonce)):
        raise HqRefusal(401, "replay", "HQ has already seen this request (a replay); refused.")
    tx.execute("INSERT INTO nonces (device_id, nonce, seen_at) VALUES (?, ?, ?)",
               (device.id, auth.nonce, now))
    if auth.seq < device.head_seq:
        raise HqRefusal(409, "rollback", rollback_message(device.head_seq, auth.seq),
                        alert=(device.id, "rollback",
                               f"journal head {auth.seq} below acknowledged {device.head_seq}"))
    return device


def rollback_message(hq_seq: int, local_seq: int) -> str:
    return (f"HQ refused the journal: HQ has acknowledged entries up to {hq_seq} but this "
            f"workstation's journal goes differently from {local_seq}: it was rolled back "
            "(restored from an older backup?). HQ has raised an alert; contact HQ.")


def purge_nonces(tx: Tx, now: float) -> None:
    tx.execute("DELETE FROM nonces WHERE seen_at < ?", (now - NONCE_KEEP_SECONDS,))
