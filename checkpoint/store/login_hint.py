"""The last operator's name, offered in the login window after a restart.

Why: with an empty name field an officer who starts typing at once types the password
into it, in clear, on a screen others see. What is kept, and why it is acceptable
(docs/security.md, "The last operator's name"):

- ``login-hint.json`` holds the name encrypted with AES-256-GCM under a key derived
  (HKDF-SHA256) from the slot file's name salt. That is not secrecy from someone who
  has the workstation folder (the salt is beside it, as it must be for a login to find
  a slot), but the name is never on disk in the clear: a search of the disk, a backup
  or a file listing does not show it, and the file is useless without the slot file.
- The name was already confirmable by anyone holding the slot file (its salted hash
  is there), so the hint reveals one name they could have tested for.
- A hint is only offered while the name still has a key slot (a removed operator's
  name is never offered), and a post that wants no name on disk at all turns
  "Remember the last operator's name" off in the settings, which deletes the file.
"""

from __future__ import annotations

import base64
import json
import logging
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkpoint.errors import KeyslotError
from checkpoint.store import slotfile
from checkpoint.store.files import atomic_write
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)
INFO = b"checkpoint login hint v1"


def _key(slots: KeySlots) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=INFO).derive(slots.name_salt)


def remember(layout: Layout, slots: KeySlots, username: str) -> None:
    nonce = os.urandom(12)
    ct = AESGCM(_key(slots)).encrypt(nonce, username.encode("utf-8"), INFO)
    data = {"v": 1, "nonce": base64.b64encode(nonce).decode(),
            "ct": base64.b64encode(ct).decode()}
    atomic_write(layout.login_hint, json.dumps(data).encode())


def recall(layout: Layout) -> str | None:
    """The remembered name if it still has a key slot here; None otherwise."""
    path = layout.login_hint
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        slots = slotfile.candidates(layout)[0]
        name = AESGCM(_key(slots)).decrypt(base64.b64decode(data["nonce"]),
                                           base64.b64decode(data["ct"]), INFO).decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, InvalidTag, KeyslotError):
        log.info("login hint unusable; not offered")
        return None
    return name if slots.find(name) is not None else None


def forget(layout: Layout, slots: KeySlots, username: str) -> None:
    """Delete the hint if it names ``username`` (their account was removed)."""
    name = recall(layout)
    if name is None or slots.user_hash(name) == slots.user_hash(username):
        clear(layout)


def clear(layout: Layout) -> None:
    (layout.login_hint).unlink(missing_ok=True)
