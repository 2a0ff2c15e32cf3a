"""Keeping the store safe: rekey, backup, restore, recovery with HQ's key."""

from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.crypto.wipe import wipe
from checkpoint.domain.ids import utc_now
from checkpoint.errors import (
    Code,
    ConflictError,
    FormatError,
    KeyslotError,
    NotFoundError,
    UsageError,
)
from checkpoint.journal import Journal
from checkpoint.services import policy
from checkpoint.services.session import Session, layout_for, open_database
from checkpoint.store import identity, operators, slotfile, throttle
from checkpoint.store.connection import Database, connect, raw_key, translate_errors
from checkpoint.store.files import atomic_write, fsync_dir
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)

BACKUP_FORMAT = "checkpoint-backup"
BACKUP_VERSION = 1
PLAIN_SQLITE = b"SQLite format 3\x00"


def rekey(session: Session) -> None:
    """Rotate the data key: re-encrypt the database and re-seal every slot. Supervisors only.

    Crash-safe: the re-sealed slot file is written first (``keyslots.json.rekey``) and
    promoted after the database is re-encrypted; a login finishes an interrupted rekey.
    """
    session.require("supervisor")
    new_key = os.urandom(32)
    new_slots = KeySlots.parse(session.slots.to_bytes(bytes(session.data_key)))
    new_slots.rekey(new_key)
    atomic_write(session.layout.keyslots_rekey, new_slots.to_bytes(new_key))
    session.audit("store.rekey", "store", {"key_id": new_slots.key_id})
    key = raw_key(new_key)
    try:
        with translate_errors():
            session.database.conn.reset_key(key)
    finally:
        wipe(key)
    slotfile.save(session.layout, new_slots, new_key)
    session.layout.keyslots_rekey.unlink(missing_ok=True)
    session.slots = new_slots
    session.data_key[:] = new_key
    log.info("data key rotated")


def backup(session: Session, dest: Path) -> Path:
    """Write an encrypted copy of the workstation (database + slot file) to ``dest``.

    The copy stays encrypted under the same data key; it opens with the same passwords.
    """
    dest = dest.expanduser().resolve()
    if dest.is_dir():
        raise UsageError(f"{dest} is a folder; give a file name for the backup.")
    if not dest.parent.is_dir():
        raise NotFoundError(f"The folder {dest.parent} does not exist.")
    entry = session.audit("store.backup", "store", {"file": dest.name})
    tmp_db = dest.with_name(f".{dest.name}.db.tmp")
    tmp_zip = dest.with_name(f".{dest.name}.tmp")
    try:
        tmp_db.unlink(missing_ok=True)
        target = Database(connect(tmp_db, bytes(session.data_key), must_exist=False))
        try:
            with translate_errors():
                session.database.conn.backup(target.conn)
        finally:
            target.close()
        manifest = {
            "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "created_at": utc_now(),
            "device_id": session.device_id, "journal_seq": entry.seq, "journal_hash": entry.hash,
        }
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=1))
            zf.write(tmp_db, "checkpoint.db")
            zf.writestr("keyslots.json", session.slots.to_bytes(bytes(session.data_key)))
        with tmp_zip.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp_zip.replace(dest)
        fsync_dir(dest.parent)
    finally:
        for p in (tmp_db, Path(f"{tmp_db}-wal"), Path(f"{tmp_db}-shm"), tmp_zip):
            p.unlink(missing_ok=True)
    return dest


def _read_backup(src: Path) -> tuple[dict[str, object], bytes, bytes]:
    if not src.is_file():
        raise NotFoundError(f"There is no backup file at {src}.")
    try:
        with zipfile.ZipFile(src) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            db = zf.read("checkpoint.db")
            slots = zf.read("keyslots.json")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise FormatError(
            f"{src.name} is not a readable Checkpoint backup (damaged or truncated)."
        ) from e
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise FormatError(f"{src.name} is not a Checkpoint backup.")
    if manifest.get("version") != BACKUP_VERSION:
        raise FormatError(f"{src.name} has unsupported backup version {manifest.get('version')!r}.")
    if db.startswith(PLAIN_SQLITE) or len(db) < 4096:
        raise FormatError(f"{src.name} holds an unencrypted or truncated database; refused.")
    KeySlots.parse(slots)
    return manifest, db, slots


def restore(home: Path, src: Path, *, force: bool = False) -> Path | None:
    """Put a backup in place as the workstation in ``home``.

    An existing workstation is refused unless ``force``; then its files are moved
    aside into a ``replaced-<time>`` folder (returned). Raises FormatError for a
    damaged backup, ConflictError when a workstation exists and not ``force``.
    """
    _, db, slots = _read_backup(src)
    layout = Layout(home)
    moved: Path | None = None
    if layout.is_initialized() or layout.database.exists():
        if not force:
            raise ConflictError(
                f"A workstation already exists in {home}; replacing it needs force (its "
                "files are then kept in a replaced-<time> folder).",
                code=Code.WORKSTATION_EXISTS, params={"home": str(home)},
            )
        moved = home / f"replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
        moved.mkdir(mode=0o700)
        for p in (layout.database, Path(f"{layout.database}-wal"), Path(f"{layout.database}-shm"),
                  layout.keyslots, layout.keyslots_backup, layout.keyslots_rekey):
            if p.exists():
                shutil.move(str(p), moved / p.name)
    layout.ensure()
    atomic_write(layout.database, db)
    atomic_write(layout.keyslots_backup, slots)
    atomic_write(layout.keyslots, slots)
    state = throttle.load(layout)
    state.pending.append({"user_hash": "", "time": utc_now(), "outcome": "restored"})
    throttle.save(layout, state)
    return moved


def recover(home: Path, private_key: X25519PrivateKey, new_password: str,
            supervisor: str | None = None) -> str:
    """Set a new supervisor password using HQ's recovery private key; return the name.

    Raises KeyslotError (no recovery slot / wrong key), UsageError (which supervisor?),
    PasswordPolicyError.
    """
    layout = layout_for(home)
    data_key: bytes | None = None
    slots: KeySlots | None = None
    last: KeyslotError | None = None
    for copy in slotfile.candidates(layout):
        try:
            key = copy.recover(private_key)
        except KeyslotError as e:
            last = e
            continue
        if copy.mac_ok(key):
            data_key, slots = key, copy
            break
    if data_key is None or slots is None:
        raise last or KeyslotError("The key slot file was modified outside Checkpoint.")
    database = open_database(layout, data_key)
    try:
        conn = database.conn
        sups = [o for o in operators.active(conn) if o.role == "supervisor"]
        if supervisor is None:
            if len(sups) != 1:
                raise UsageError(
                    f"The workstation has {len(sups)} supervisors: name one with --supervisor."
                )
            chosen = sups[0]
        else:
            match = [o for o in sups if o.username.casefold() == supervisor.casefold()]
            if not match:
                raise NotFoundError(f"There is no active supervisor named {supervisor}.")
            chosen = match[0]
        policy.check_password(new_password, chosen.username)
        slots.put_operator(chosen.username, "supervisor", new_password, data_key)
        slotfile.save(layout, slots, data_key)
        with database.transaction() as db:
            ident = identity.load(db.conn)
            Journal(db.conn, ident.device_id, ident.signing_key).append(
                "hq-recovery", "operator.recovered", f"operator:{chosen.username}", {})
    finally:
        database.close()
    state = throttle.load(layout)
    state.succeeded(slots.user_hash(chosen.username))
    throttle.save(layout, state)
    return chosen.username

