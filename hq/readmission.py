"""Re-admitting a workstation after a rollback or a key change (issue 9, item 6).

A workstation restored from an old backup goes back in its journal: HQ refuses its
pushes (409 ``rollback``) and raises an alert; one whose key changed is refused as
``bad_signature``. The way back is a decision at HQ and a code at the post:

1. An HQ administrator checks with the post what happened (restored from which
   backup, why the key changed) and runs ``checkpoint-hq readmit WORKSTATION --reason
   …``: :func:`issue` resolves the workstation's open alerts and issues a one-time
   readmission code for its next **epoch** (HQ keeps only the code's SHA-256).
2. A supervisor at the post runs ``checkpoint enroll --readmit CODE``: the request is
   signed by the key in its body, like an enrollment (the key may be new), and names
   the workstation's journal head. :func:`readmit` takes the code with one conditional
   update, stores the keys, moves the workstation to the new epoch and allows its next
   push to go back in the journal once (``rebase_allowed``).
3. At that push, the first entry that differs from HQ's at the same seq is the *fork*:
   :func:`rebase` moves HQ's entries from there on into ``superseded_entries`` (kept as
   evidence, with the epoch they belonged to), sets the head to the entry before, and
   the push goes on. The records that the restored workstation wrote after the fork and
   before it was re-admitted (its journal head in the readmission request) are stored
   with ``after_restore = 1``; every record carries the epoch it arrived in. Records HQ
   had received from the lost part of the journal stay at HQ.

A readmission with no divergence (a key change only) never rebases; the allowance
ends with the first push that adds entries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from checkpoint.domain.chain import genesis_hash
from checkpoint.domain.ids import is_id, utc_now
from checkpoint.domain.names import unsafe_character
from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import signing, wire
from hq import devices
from hq.db import Tx
from hq.devices import Device
from hq.errors import HqRefusal

log = logging.getLogger(__name__)


def issue(tx: Tx, device_id: str, reason: str, *, now: float,
          valid_hours: float = 72.0) -> tuple[str, int]:
    """Resolve the workstation's open alerts and issue a readmission code for its next
    epoch; return (code, epoch). A code issued before and not used is replaced.
    Raises HqRefusal (404 unknown workstation, 400 bad reason or validity)."""
    if not 0 < valid_hours <= 24 * 365:
        raise HqRefusal(400, "bad_validity", "A readmission code is valid for more than 0 "
                        "and at most 8760 hours.")
    reason = reason.strip()
    if not reason or len(reason) > 500 or unsafe_character(reason) is not None:
        raise HqRefusal(400, "bad_reason", "Say why the workstation is re-admitted (at most "
                        "500 characters of plain text).")
    device = devices.load(tx, device_id, lock=True)
    if device is None:
        raise HqRefusal(404, "no_workstation", f"No enrolled workstation {device_id}.")
    epoch = device.epoch + 1
    code = devices.new_code()
    tx.execute("DELETE FROM readmissions WHERE device_id = ? AND epoch = ? AND used_at IS NULL",
               (device_id, epoch))
    tx.execute("INSERT INTO readmissions (device_id, epoch, code_hash, reason, issued_at, "
               "expires_at) VALUES (?, ?, ?, ?, ?, ?)",
               (device_id, epoch, devices.code_hash(code), reason, utc_now(),
                now + valid_hours * 3600))
    tx.execute("UPDATE alerts SET resolved_at = ?, resolution = ? WHERE device_id = ? AND "
               "resolved_at IS NULL", (utc_now(), f"readmission to epoch {epoch}: {reason}",
                                       device_id))
    log.info("readmission code issued for a workstation (epoch %d)", epoch)
    return code, epoch


@dataclass(frozen=True)
class Readmitted:
    device: Device
    epoch: int


def readmit(tx: Tx, body: dict[str, object], auth: signing.RequestAuth, raw: bytes,
            target: str, *, now: float) -> Readmitted:
    """Take a readmission code: the workstation's keys, its new epoch. Raises HqRefusal."""
    try:
        device_id = str(body["device"])
        verify_raw = wire.unb64(body["verify_key"], "verify_key")
        box_raw = wire.unb64(body["box_key"], "box_key")
        code = body["code"]
        if not isinstance(code, str) or unsafe_character(code) is not None:
            raise ValueError("the code must be plain text")
        key = Ed25519PublicKey.from_public_bytes(verify_raw)
        if len(box_raw) != 32 or device_id != auth.device or not is_id(device_id):
            raise ValueError("bad key or device")
        signing.verify_request(key, auth, "POST", target, raw)
    except (KeyError, ValueError, ProtocolError) as e:
        raise HqRefusal(400, "bad_request", f"The readmission request is malformed: {e}") from e
    devices.check_time(auth, now)
    devices.claim_nonce(tx, device_id, auth.nonce, now)
    try:
        return _take(tx, device_id, devices.code_hash(code), verify_raw, box_raw, auth.seq, now)
    except HqRefusal as e:  # authentic: a replay of it is a replay
        e.seen = e.seen or (device_id, auth.nonce)
        raise


def _take(tx: Tx, device_id: str, hashed: str, verify_raw: bytes, box_raw: bytes,
          head: int, now: float) -> Readmitted:
    row = tx.one("SELECT epoch, expires_at, used_at FROM readmissions WHERE device_id = ? AND "
                 "code_hash = ?", (device_id, hashed))
    if row is None:
        raise HqRefusal(403, "code_unknown", "HQ has no such readmission code for this "
                        "workstation: check it or ask HQ for a new one.")
    epoch, expires_at, used_at = int(row[0]), float(row[1]), row[2]
    if used_at is not None:
        raise HqRefusal(403, "code_used", "This readmission code was already used; ask HQ "
                        "for a new one.")
    if expires_at < now:
        raise HqRefusal(403, "code_expired", "This readmission code has expired; ask HQ for "
                        "a new one.")
    device = devices.load(tx, device_id, lock=True)
    if device is None or device.epoch != epoch - 1:
        raise HqRefusal(409, "epoch_changed", "The workstation was re-admitted since this "
                        "code was issued; ask HQ for a new one.")
    taken = tx.execute("UPDATE readmissions SET used_at = ?, head_at_readmit = ? WHERE "
                       "device_id = ? AND epoch = ? AND used_at IS NULL",
                       (utc_now(), head, device_id, epoch)).rowcount
    if taken != 1:
        raise HqRefusal(403, "code_used", "This readmission code was already used.")
    tx.execute("UPDATE devices SET verify_key = ?, box_key = ?, epoch = ?, rebase_allowed = 1, "
               "last_seen = ? WHERE id = ?",
               (wire.b64(verify_raw), wire.b64(box_raw), epoch, utc_now(), device_id))
    log.warning("workstation re-admitted (epoch %d)", epoch)
    found = devices.load(tx, device_id)
    assert found is not None
    return Readmitted(found, epoch)


def rebase(tx: Tx, device: Device, seq: int) -> Device:
    """Entry ``seq`` of a re-admitted workstation differs from HQ's: supersede HQ's
    entries from ``seq`` on and go on from the entry before. Returns the device as it
    now is (its head moved back, the allowance used)."""
    fork = seq - 1
    tx.execute("INSERT INTO superseded_entries (device_id, epoch, seq, time, actor, action, "
               "subject, payload_digest, payload, prev_hash, hash, received_at) SELECT "
               "device_id, ?, seq, time, actor, action, subject, payload_digest, payload, "
               "prev_hash, hash, received_at FROM entries WHERE device_id = ? AND seq >= ?",
               (device.epoch - 1, device.id, seq))
    tx.execute("DELETE FROM entries WHERE device_id = ? AND seq >= ?", (device.id, seq))
    tx.execute("DELETE FROM rejections WHERE device_id = ? AND seq >= ?", (device.id, seq))
    row = tx.one("SELECT hash FROM entries WHERE device_id = ? AND seq = ?", (device.id, fork))
    head_hash = str(row[0]) if row is not None else genesis_hash(device.id)
    tx.execute("UPDATE devices SET head_seq = ?, head_hash = ?, rebase_allowed = 0 WHERE id = ?",
               (fork, head_hash, device.id))
    tx.execute("UPDATE readmissions SET rebased_at = ?, fork_seq = ?, old_head_seq = ?, "
               "old_head_hash = ? WHERE device_id = ? AND epoch = ?",
               (utc_now(), fork, device.head_seq, device.head_hash, device.id, device.epoch))
    log.warning("a re-admitted workstation's journal goes on from entry %d (HQ had %d)",
                fork, device.head_seq)
    return replace(device, head_seq=fork, head_hash=head_hash, rebase_allowed=False)


def stranded_range(tx: Tx, device: Device) -> tuple[int, int] | None:
    """The seqs (after, up to) of the entries a restored workstation wrote after its fork
    and before it was re-admitted, in its current epoch; None when it never forked."""
    if device.epoch == 0:
        return None
    row = tx.one("SELECT fork_seq, head_at_readmit FROM readmissions WHERE device_id = ? AND "
                 "epoch = ?", (device.id, device.epoch))
    if row is None or row[0] is None:
        return None
    return int(row[0]), int(row[1] or 0)
