"""Reading and writing the key slot file and its backup copy.

Both copies are written atomically (backup first). Reading takes the main copy
and falls back to the backup when the main one is garbled, truncated, missing, or
fails its integrity check once a slot has unlocked; a main copy that failed is
rewritten from the intact backup.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from checkpoint.errors import KeyslotError, WrongPasswordError
from checkpoint.store.files import atomic_write, locked
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)
T = TypeVar("T")


def save(layout: Layout, slots: KeySlots, data_key: bytes) -> None:
    raw = slots.to_bytes(data_key)
    atomic_write(layout.keyslots_backup, raw)
    atomic_write(layout.keyslots, raw)


def _locked(layout: Layout) -> contextlib.AbstractContextManager[None]:
    """An exclusive lock on the slot file for a read-modify-write (app, sync and CLI)."""
    return locked(layout.home / ".keyslots.lock")


def current(layout: Layout, data_key: bytes) -> KeySlots:
    """The slot file as it is on disk now, checked with the data key.

    Raises KeyslotError when no copy passes its integrity check.
    """
    for copy in candidates(layout):
        if copy.mac_ok(data_key):
            return copy
    raise KeyslotError(
        "The key slot file was modified outside Checkpoint; restore the workstation from a "
        "backup or use HQ's recovery key."
    )


def update(layout: Layout, data_key: bytes, change: Callable[[KeySlots], T]) -> tuple[KeySlots, T]:
    """Re-read the slot file, apply ``change`` and write it back, under a lock, so two
    programs (the app and a sync, say) never overwrite each other's slots."""
    with _locked(layout):
        slots = current(layout, data_key)
        result = change(slots)
        save(layout, slots, data_key)
    return slots, result


def _read(path_label: str, raw: bytes | None, errors: list[str]) -> KeySlots | None:
    if raw is None:
        errors.append(f"the {path_label} is missing")
        return None
    try:
        return KeySlots.parse(raw)
    except KeyslotError as e:
        errors.append(f"the {path_label}: {e}")
        return None


def candidates(layout: Layout) -> list[KeySlots]:
    """The parseable copies, main first. Raises KeyslotError when none is."""
    return _copies(layout)[0]


def _copies(layout: Layout) -> tuple[list[KeySlots], bool]:
    """The parseable, distinct copies (main first) and whether the main copy is among them."""
    errors: list[str] = []
    found: list[KeySlots] = []
    raws: list[bytes] = []
    main_parsed = False
    for label, path in (("key slot file", layout.keyslots),
                        ("backup key slot file", layout.keyslots_backup)):
        raw = path.read_bytes() if path.exists() else None
        parsed = _read(label, raw, errors)
        main_parsed = main_parsed or (parsed is not None and path == layout.keyslots)
        if parsed is not None and raw not in raws:
            found.append(parsed)
            raws.append(raw)  # type: ignore[arg-type]
    if not found:
        raise KeyslotError(
            "The key slot file and its backup copy are both damaged or missing; "
            "restore the workstation from a backup or use HQ's recovery key."
        )
    if errors:
        log.warning("key slot copy unusable: %s", "; ".join(errors))
    return found, main_parsed


@dataclass
class Unlocked:
    slots: KeySlots
    data_key: bytes
    role: str
    repaired: bool


def unlock(layout: Layout, username: str, password: str) -> Unlocked:
    """Unlock the data key with an operator's password.

    Raises WrongPasswordError (unknown name, wrong password, edited slot) or
    KeyslotError (damaged or tampered file with no intact copy).
    """
    copies, main_ok = _copies(layout)
    tampered = False
    for index, slots in enumerate(copies):
        try:
            data_key, role = slots.unlock(username, password)
        except WrongPasswordError:
            continue
        if not slots.mac_ok(data_key):
            tampered = True
            continue
        repaired = index > 0 or not main_ok
        if repaired:
            save(layout, slots, data_key)
            log.warning("key slot file restored from its intact copy")
        return Unlocked(slots, data_key, role, repaired)
    if tampered:
        raise KeyslotError(
            "The key slot file was modified outside Checkpoint and no intact copy is left; "
            "restore the workstation from a backup or use HQ's recovery key."
        )
    raise WrongPasswordError()

