"""What HQ publishes: operator accounts (with a one-time initial password) and reference data.

An operator account is published per workstation (``device:ID`` audience): its
initial password is sealed to that workstation's box key, so HQ's database never
holds it in the clear; the admin command shows it once, to hand to the officer.
Re-publishing an account issues a new initial password; revoking publishes a
tombstone, and the workstation removes the operator's key slot.

A name is checked with the workstation's own rule (:mod:`checkpoint.domain.names`),
so HQ never publishes an account every workstation would refuse on every pull. HQ
refuses a name that is the same account as another, case aside (``Chief`` beside
``chief``), or that looks the same on screen (``АРЕ`` in Cyrillic beside ``APE`` in
Latin: :func:`checkpoint.domain.names.look_alike_key`), both among what it published
and among the accounts a workstation made itself, as its pushed journal shows them: an
HQ account must never take over a post's local account (the workstation refuses that
too, for what HQ cannot have seen). Names are compared in Python, not with SQL's
``lower()``, which folds only ASCII on SQLite and depends on the locale on PostgreSQL;
a name is taken in NFC, the form the workstation seals and checks it in.
"""

from __future__ import annotations

import json
import secrets
import string
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from checkpoint.domain import names
from checkpoint.errors import Code
from checkpoint.sync.protocol import box, wire
from hq import feed
from hq.db import Tx
from hq.errors import HqRefusal

OPERATORS = "operators"
ROLES = ("inspector", "supervisor")
RESERVED = {OPERATORS}
_PASSWORD_ALPHABET = string.ascii_letters + string.digits


def new_password() -> str:
    return "-".join("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(5))
                    for _ in range(4))


def devices_for(tx: Tx, workstation: str | None, post: str | None) -> list[tuple[str, bytes]]:
    """(id, box key) of the target workstations. Raises HqRefusal when there are none."""
    if workstation:
        rows = tx.all("SELECT id, box_key FROM devices WHERE id = ? AND revoked_at IS NULL",
                      (workstation,))
    elif post:
        rows = tx.all("SELECT id, box_key FROM devices WHERE post = ? AND revoked_at IS NULL "
                      "ORDER BY id", (post,))
    else:
        raise HqRefusal(400, "no_target", "Name a workstation or a post.")
    if not rows:
        raise HqRefusal(404, "no_workstation", "No enrolled workstation matches.")
    return [(r[0], wire.unb64(r[1])) for r in rows]


def publish_operator(tx: Tx, username: str, role: str, targets: Sequence[tuple[str, bytes]],
                     password: str | None = None) -> str:
    """Publish an account to each target workstation; return its initial password."""
    if role not in ROLES:
        raise HqRefusal(400, "bad_role", f"Unknown role {role!r}: choose inspector or "
                        "supervisor.")
    username = unicodedata.normalize("NFC", username)
    problem = names.username_problem(username)
    if problem is not None:
        mixed = {Code.USERNAME_MIXED_SCRIPT: " (not Latin and Cyrillic letters in one name)",
                 Code.USERNAME_RESERVED: f", other than {', '.join(sorted(names.RESERVED_NAMES))} "
                                         "(the journal's names for HQ and unknown users)",
                 }.get(problem, "")
        raise HqRefusal(400, "bad_username", f"{username!r} is not a valid user name: use "
                        f"{names.USERNAME_RULE}{mixed}.")
    password = password or new_password()
    for device, _ in targets:
        _check_free(tx, device, username)
    for device, box_raw in targets:
        sealed = box.seal(password.encode(), X25519PublicKey.from_public_bytes(box_raw),
                          box.operator_password_ad(device, username, role))
        feed.publish(tx, OPERATORS, [(names.account_key(username), "put", {
            "username": username, "role": role, "password": wire.b64(sealed)})],
            audience=f"device:{device}")
    return password


def _check_free(tx: Tx, device: str, username: str) -> None:
    """Refuse ``username`` for ``device`` when another spelling or a look-alike of it is
    published there, or the workstation's journal shows a local account that is or looks
    like it. Raises HqRefusal."""
    key, look = names.account_key(username), names.look_alike_key(username)
    for (data,) in tx.all("SELECT data FROM changes WHERE collection = ? AND audience = ? "
                          "AND op = 'put'", (OPERATORS, f"device:{device}")):
        published = str(json.loads(data).get("username", ""))
        if published == username or names.look_alike_key(published) != look:
            continue
        same = names.account_key(published) == key
        raise HqRefusal(409, "name_taken", f"Workstation {device} already has the HQ "
                        f"account {published!r}; " + (
                            "names differing only in case are one account. Re-publish it "
                            "under that spelling or revoke it first." if same else
                            "it looks the same as this name (Latin and Cyrillic letters can "
                            "look identical). Choose another name."))
    local: dict[str, str] = {}  # account key -> its last local action, in journal order
    for subject, action in tx.all(
            "SELECT subject, action FROM entries WHERE device_id = ? AND actor <> 'hq' AND "
            "action IN ('operator.add', 'operator.remove') ORDER BY seq", (device,)):
        local[names.account_key(str(subject).removeprefix("operator:"))] = str(action)
    for name, action in local.items():
        if action == "operator.add" and names.look_alike_key(name) == look:
            raise HqRefusal(409, "name_taken", f"Workstation {device} has a local account "
                            f"{name!r} (made at the post) that is or looks like {username!r}; "
                            "HQ does not take over, demote or imitate a post's own account. "
                            "Choose another name.")


def revoke_operator(tx: Tx, username: str, targets: Sequence[tuple[str, bytes]]) -> None:
    for device, _ in targets:
        feed.publish(tx, OPERATORS, [(names.account_key(username), "delete", None)],
                     audience=f"device:{device}")


def publish_reference(tx: Tx, collection: str, entries: Iterable[dict[str, Any]],
                      audience: str = "*") -> tuple[int, int]:
    """Publish reference entries (each with a ``key``; ``"deleted": true`` removes one).

    Returns (count, last version). Raises HqRefusal for a reserved collection or an
    entry without a key.
    """
    if collection in RESERVED:
        raise HqRefusal(400, "reserved", f"{collection!r} is published with its own command.")
    items: list[tuple[str, str, dict[str, Any] | None]] = []
    for entry in entries:
        key = entry.get("key") if isinstance(entry, dict) else None
        if not isinstance(key, str) or not key:
            raise HqRefusal(400, "bad_entry", "Every reference entry needs a text \"key\".")
        if entry.get("deleted") is True:
            items.append((key, "delete", None))
        else:
            items.append((key, "put", entry))
    version = feed.publish(tx, collection, items, audience)
    return len(items), version
